import { DEFAULT_FILTERS } from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import { review } from '$lib/pages';

/** The review queue, prerendered for the unfiltered view; the page reruns it under the reader's filters. */
export async function load() {
	return { rows: await queryAll(review.queries(DEFAULT_FILTERS)) };
}
