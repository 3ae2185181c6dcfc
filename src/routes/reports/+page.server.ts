import { DEFAULT_FILTERS } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll } from '$lib/charts/load.server';

/** The report list, prerendered in full (a few thousand rows at most; searched in the browser). */
export async function load() {
	return { rows: await queryAll(PAGE_QUERIES.reports(DEFAULT_FILTERS)) };
}
