/** Overview `/`: headline tiles (the page's own), execution and scores by district, grades by year, indicator outcomes. */
import type { Filters } from '../queries/filters';
import { indicatorAchievementQuery } from '../queries/indicators';
import { reportSets, withLocal } from '../queries/combined';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { execByDistrictOption, gradesByYearOption, indicatorAchievementOption, scoreBoxOption } from '../charts/overview';
import { barsHeight } from '../charts/districts';
import { t } from '../i18n';
import { definePage } from './spec';

export const overview = definePage({
	answers: 'overview',
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({
		...reportSets(f, ['kpi', 'gradeMix', 'exec', 'box', 'gradesByYear'], p),
		indicators: withLocal(indicatorAchievementQuery(f, p), { kind: 'indicatorAchievement', f })
	}),
	charts: [
		{
			id: 'exec',
			title: () => t('chart.execByDistrict'),
			rows: (r) => r.exec,
			option: (r, ctx, f) => execByDistrictOption(r.exec, ctx, f.district),
			columns: (c) => [c.district, c.reports, c.budget, c.actual, c.executionRate, c.meanScore],
			hint: () => t('chart.clickHint')
		},
		{
			id: 'box',
			title: () => t('chart.scoreBoxByDistrict'),
			rows: (r) => r.box,
			option: (r, ctx) => scoreBoxOption(r.box, ctx),
			columns: (c) => [c.district, c.n, c.min, c.q1, c.median, c.q3, c.max]
		},
		{
			id: 'grades',
			title: () => t('chart.gradesByYear'),
			rows: (r) => r.gradesByYear,
			option: (r, ctx) => gradesByYearOption(r.gradesByYear, ctx),
			columns: (c) => [c.year, c.grade, c.n]
		},
		{
			id: 'indicators',
			title: () => t('chart.indicatorAchievement'),
			rows: (r) => r.indicators,
			option: (r, ctx) => indicatorAchievementOption(r.indicators, ctx),
			columns: (c) => [c.level1, c.level2, c.total, c.achieved, c.notAchieved, c.unknown],
			height: (r) => barsHeight(r.indicators.length)
		}
	]
});
