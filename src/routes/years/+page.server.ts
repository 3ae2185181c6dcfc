import { prerenderPage } from '$lib/pages/load.server';
import { years } from '$lib/pages';

/** Trends by year, prerendered. */
export async function load({ url }) {
	return prerenderPage(years, url);
}
