import { DEFAULT_FILTERS } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll, svgOf, ssrContext } from '$lib/charts/load.server';
import { yearMoneyOption, yearTrendOption } from '$lib/charts/years';
import { gradesByYearOption } from '$lib/charts/overview';

/** Trends by year, prerendered. */
export async function load({ url }) {
	const C = ssrContext(url);
	const rows = await queryAll(PAGE_QUERIES.years(DEFAULT_FILTERS));
	const has = rows.years.length > 0;
	return {
		rows,
		svg: {
			trend: svgOf(yearTrendOption(rows.years, C), has),
			money: svgOf(yearMoneyOption(rows.years, C), has),
			grades: svgOf(gradesByYearOption(rows.gradesByYear, C), rows.gradesByYear.length > 0)
		}
	};
}
