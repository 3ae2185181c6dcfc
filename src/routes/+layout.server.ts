import { DEFAULT_FILTERS, filterOptionsQuery, kpiQuery, type FilterOptionRow, type KpiRow } from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import { shippedDataVersion } from '$lib/public/version.server';

/** Filter choices and the number of synthetic reports, computed once at build time for every page. */
export async function load() {
	const r = await queryAll({ options: filterOptionsQuery(), kpi: kpiQuery(DEFAULT_FILTERS) });
	return {
		filterOptions: r.options as FilterOptionRow[],
		syntheticTotal: (r.kpi[0] as KpiRow | undefined)?.synthetic_reports ?? 0,
		// "as of" date and data version, on every page's footer and every exported chart
		...(() => {
			const v = shippedDataVersion();
			return { dataVersion: v.version, asOf: v.asOf };
		})()
	};
}
