import { prerenderPage } from '$lib/pages/load.server';
import { indicators } from '$lib/pages';

/** Indicator outcomes, prerendered. */
export async function load({ url }) {
	return prerenderPage(indicators, url);
}
