import { DEFAULT_FILTERS } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll, svgOf, ssrContext } from '$lib/charts/load.server';
import { indicatorAchievementOption } from '$lib/charts/overview';
import { achievedRateOption, topIndicatorsOption } from '$lib/charts/indicators';
import { barsHeight } from '$lib/charts/districts';

/** Indicator outcomes, prerendered. */
export async function load({ url }) {
	const C = ssrContext(url);
	const rows = await queryAll(PAGE_QUERIES.indicators(DEFAULT_FILTERS));
	const levels1 = new Set(rows.achievement.map((r) => r.level1)).size;
	return {
		rows,
		svg: {
			levels: svgOf(indicatorAchievementOption(rows.achievement, C, 'level1'), rows.achievement.length > 0, barsHeight(levels1)),
			levels2: svgOf(indicatorAchievementOption(rows.achievement, C), rows.achievement.length > 0, barsHeight(rows.achievement.length)),
			top: svgOf(topIndicatorsOption(rows.top, C), rows.top.length > 0, barsHeight(rows.top.length)),
			achieved: svgOf(achievedRateOption(rows.top, C), rows.top.some((r) => r.achieved_rate != null), barsHeight(rows.top.filter((r) => r.achieved_rate != null).length))
		}
	};
}
