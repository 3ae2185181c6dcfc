import { DEFAULT_FILTERS } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll } from '$lib/charts/load.server';

/** The review queue, prerendered for the unfiltered view; the page reruns it under the reader's filters. */
export async function load() {
	return { rows: await queryAll(PAGE_QUERIES.review(DEFAULT_FILTERS)) };
}
