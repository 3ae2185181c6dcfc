import { DEFAULT_FILTERS, filterOptionsQuery, kpiQuery, type FilterOptionRow, type KpiRow } from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import { shippedDataVersion } from '$lib/public/version.server';
import { localeFromPath } from '$lib/i18n/path';
import { englishNames } from '$lib/places/english';
import { buildConnector } from '$lib/db/dataset.server';

/** At most this many names are shipped (a country-wide dataset's streets would weigh more than they help). */
const MAX_NAMES = 5000;

function placeNamesOf(options: FilterOptionRow[]): Record<string, string> {
	const districts = options.filter((o) => o.kind === 'district').map((o) => o.value);
	const streets = options.filter((o) => o.kind === 'street').map((o) => o.value);
	return { ...englishNames(districts.slice(0, MAX_NAMES), 'district'), ...englishNames(streets.slice(0, Math.max(0, MAX_NAMES - districts.length)), 'street') };
}

/** Filter choices and the number of synthetic reports, computed once at build time for every page. */
export async function load({ url }) {
	const r = await queryAll({ options: filterOptionsQuery(), kpi: kpiQuery(DEFAULT_FILTERS) });
	// The dataset's top place level: the overview groups its place charts by it (queries/plan.ts overviewLevel).
	const placeTop = (await buildConnector()).plan?.top ?? 'district';
	// Over several provinces or cities the overview names them: their English labels too, on English pages.
	const tops =
		placeTop !== 'district' && localeFromPath(url.pathname) === 'en'
			? await queryAll({ p: 'SELECT DISTINCT province, city FROM reports WHERE province IS NOT NULL ORDER BY ALL' })
			: null;
	const topNames = tops
		? {
				...englishNames(
					tops.p.map((x) => x.province as string),
					'province'
				),
				...englishNames(
					tops.p.map((x) => x.city as string | null),
					'city'
				)
			}
		: {};
	return {
		placeTop,
		filterOptions: r.options as FilterOptionRow[],
		syntheticTotal: (r.kpi[0] as KpiRow | undefined)?.synthetic_reports ?? 0,
		// English pages: every district's and street's English label (filters, tables, CSVs, charts); none in Chinese.
		placeNames: localeFromPath(url.pathname) === 'en' ? { ...topNames, ...placeNamesOf(r.options as FilterOptionRow[]) } : null,
		// "as of" date and data version, on every page's footer and every exported chart
		...(() => {
			const v = shippedDataVersion();
			return { dataVersion: v.version, asOf: v.asOf };
		})()
	};
}
