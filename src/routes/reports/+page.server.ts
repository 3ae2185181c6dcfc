import { DEFAULT_FILTERS, checkCountsQuery } from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import { reports } from '$lib/pages';

/** The report list, prerendered in full (a few thousand rows at most; searched in the browser). */
export async function load() {
	const { counts } = await queryAll({ counts: checkCountsQuery() });
	return {
		rows: await queryAll(reports.queries(DEFAULT_FILTERS)),
		checkCounts: Object.fromEntries(counts.map((r) => [String(r.report_id), Number(r.n)])) as Record<string, number>
	};
}
