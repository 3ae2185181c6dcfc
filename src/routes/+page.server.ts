import { DEFAULT_FILTERS, checkCountsQuery } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll, svgOf, ssrContext } from '$lib/charts/load.server';
import { execByDistrictOption, gradesByYearOption, indicatorAchievementOption, scoreBoxOption } from '$lib/charts/overview';
import { barsHeight } from '$lib/charts/districts';

/** The overview's default view, computed at build time: rows for the page and SVG for each chart. */
export async function load({ url }) {
	const C = ssrContext(url);
	const rows = await queryAll(PAGE_QUERIES.overview(DEFAULT_FILTERS));
	const { review } = await queryAll({ review: checkCountsQuery() });
	return {
		rows,
		reviewCount: review.length,
		svg: {
			exec: svgOf(execByDistrictOption(rows.exec, C), rows.exec.length > 0),
			box: svgOf(scoreBoxOption(rows.box, C), rows.box.length > 0),
			gradesByYear: svgOf(gradesByYearOption(rows.gradesByYear, C), rows.gradesByYear.length > 0),
			indicators: svgOf(indicatorAchievementOption(rows.indicators, C), rows.indicators.length > 0, barsHeight(rows.indicators.length))
		}
	};
}
