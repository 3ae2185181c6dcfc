import { error } from '@sveltejs/kit';
import { DEFAULT_FILTERS, filterOptionsQuery, type FilterOptionRow } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll, svgOf, ssrContext } from '$lib/charts/load.server';
import { barsHeight, streetsOption } from '$lib/charts/districts';
import { yearTrendOption } from '$lib/charts/years';

/** One prerendered page per district present in the data. */
export async function entries() {
	const { options } = await queryAll({ options: filterOptionsQuery() });
	return (options as FilterOptionRow[]).filter((o) => o.kind === 'district').map((o) => ({ name: o.value }));
}

/** A district's streets, years and reports, prerendered. */
export async function load({ params, url }) {
	const C = ssrContext(url);
	const f = { ...DEFAULT_FILTERS, district: params.name };
	const rows = await queryAll(PAGE_QUERIES.district(f));
	if (rows.kpi[0]?.reports === 0) error(404, `no reports for district ${params.name}`);
	return {
		name: params.name,
		rows,
		svg: {
			streets: svgOf(streetsOption(rows.streets, C), rows.streets.length > 0, barsHeight(rows.streets.length)),
			years: svgOf(yearTrendOption(rows.years, C), rows.years.length > 0, 300)
		}
	};
}
