import { prerenderPage } from '$lib/pages/load.server';
import { districts } from '$lib/pages';

/** Districts compared: ranking rows and heat maps, prerendered. */
export async function load({ url }) {
	return prerenderPage(districts, url);
}
