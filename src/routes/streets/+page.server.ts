import { prerenderPage } from '$lib/pages/load.server';
import { streets } from '$lib/pages';

/** Streets compared, prerendered. */
export async function load({ url }) {
	return prerenderPage(streets, url);
}
