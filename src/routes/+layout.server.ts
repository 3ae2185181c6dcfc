import { DEFAULT_FILTERS, filterOptionsQuery, kpiQuery, type FilterOptionRow, type KpiRow } from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDataVersion } from '$lib/public/version';

/** The shipped dataset's version folder (static/data is a link to it), or null. */
function versionFolder(): string | null {
	try {
		return basename(realpathSync('static/data'));
	} catch {
		return null;
	}
}

/** Filter choices and the number of synthetic reports, computed once at build time for every page. */
export async function load() {
	const r = await queryAll({ options: filterOptionsQuery(), kpi: kpiQuery(DEFAULT_FILTERS) });
	return {
		filterOptions: r.options as FilterOptionRow[],
		syntheticTotal: (r.kpi[0] as KpiRow | undefined)?.synthetic_reports ?? 0,
		// "as of" date and data version, on every page's footer and every exported chart
		...(() => {
			const v = parseDataVersion(versionFolder());
			return { dataVersion: v.version, asOf: v.asOf };
		})()
	};
}
