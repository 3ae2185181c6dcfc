import { DEFAULT_FILTERS, reportsListQuery } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll, svgOf, ssrContext } from '$lib/charts/load.server';
import { themesOption } from '$lib/charts/indicators';
import { barsHeight, heatHeight, themeHeatOption } from '$lib/charts/districts';

/** Problem themes and their sentences, prerendered; synthetic report ids so sentences can be labelled. */
export async function load({ url }) {
	const C = ssrContext(url);
	const rows = await queryAll(PAGE_QUERIES.findings(DEFAULT_FILTERS));
	const { synthetic } = await queryAll({ synthetic: reportsListQuery({ ...DEFAULT_FILTERS, source: 'synthetic' }, { limit: 100000 }) });
	const themes = new Set(rows.byDistrictYear.map((r) => r.theme)).size;
	const has = rows.byDistrictYear.length > 0;
	return {
		rows,
		syntheticIds: synthetic.map((r) => r.report_id as string),
		svg: {
			themes: svgOf(themesOption(rows.themes, C), rows.themes.length > 0, barsHeight(new Set(rows.themes.map((r) => r.theme)).size)),
			byDistrict: svgOf(themeHeatOption(rows.byDistrictYear, 'district', C), has, heatHeight(themes, new Set(rows.byDistrictYear.map((r) => r.district)).size > 8)),
			byYear: svgOf(themeHeatOption(rows.byDistrictYear, 'year', C), has, heatHeight(themes))
		}
	};
}
