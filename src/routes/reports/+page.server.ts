import { DEFAULT_FILTERS, checkCountsQuery } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll } from '$lib/charts/load.server';

/** The report list, prerendered in full (a few thousand rows at most; searched in the browser). */
export async function load() {
	const { counts } = await queryAll({ counts: checkCountsQuery() });
	return { rows: await queryAll(PAGE_QUERIES.reports(DEFAULT_FILTERS)), checkCounts: Object.fromEntries(counts.map((r) => [String(r.report_id), Number(r.n)])) as Record<string, number> };
}
