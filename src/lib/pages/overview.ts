/**
 * Overview `/`: headline tiles (the page's own), execution and scores by place, grades by year, indicator outcomes.
 * The place charts group at the data's top level (queries/plan.ts `overviewLevel`): by district for one city (the
 * bundled data) or with a district chosen; by province over several provinces; by city over one province's cities.
 */
import type { Filters } from '../queries/filters';
import { indicatorAchievementQuery } from '../queries/indicators';
import { reportSets, withLocal } from '../queries/combined';
import { DETAIL_PLAN, overviewLevel, type QueryPlan } from '../queries/plan';
import { OVERVIEW_SETS, levelOfRows, type ExecPlaceRow, type ScoreBoxPlaceRow } from '../queries/places';
import type { TypedQuery } from '../queries/typed';
import { BOX_TITLE, EXEC_TITLE, execByDistrictOption, gradesByYearOption, indicatorAchievementOption, scoreBoxOption } from '../charts/overview';
import { barsHeight } from '../charts/districts';
import { t } from '../i18n';
import { definePage, type Cols } from './spec';
import type { PlaceLevel } from '../queries/places';

/** The place columns of the execution and score box tables at `level` (a city with its province). */
function placeColumns(c: Cols, level: PlaceLevel): Cols[keyof Cols][] {
	return level === 'province' ? [c.province] : level === 'city' ? [c.province, c.city] : [c.district];
}

export const overview = definePage({
	answers: 'overview',
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => {
		// The place charts' sets at the data's top level; their results keep the names exec and box at every level.
		const { exec, box } = OVERVIEW_SETS[overviewLevel(f, p)];
		const q = reportSets(f, ['kpi', 'gradeMix', exec, box, 'gradesByYear'], p);
		return {
			kpi: q.kpi,
			gradeMix: q.gradeMix,
			exec: q[exec] as TypedQuery<ExecPlaceRow>,
			box: q[box] as TypedQuery<ScoreBoxPlaceRow>,
			gradesByYear: q.gradesByYear,
			indicators: withLocal(indicatorAchievementQuery(f, p), { kind: 'indicatorAchievement', f })
		};
	},
	charts: [
		{
			id: 'exec',
			title: (r) => t(EXEC_TITLE[levelOfRows(r.exec)]),
			rows: (r) => r.exec,
			option: (r, ctx, f) => execByDistrictOption(r.exec, ctx, f.district, levelOfRows(r.exec)),
			columns: (c, r) => [...placeColumns(c, r ? levelOfRows(r.exec) : 'district'), c.reports, c.budget, c.actual, c.executionRate, c.meanScore],
			hint: (r) => t(r && levelOfRows(r.exec) !== 'district' ? 'chart.clickHintPlace' : 'chart.clickHint')
		},
		{
			id: 'box',
			title: (r) => t(BOX_TITLE[levelOfRows(r.box)]),
			rows: (r) => r.box,
			option: (r, ctx) => scoreBoxOption(r.box, ctx, levelOfRows(r.box)),
			columns: (c, r) => [...placeColumns(c, r ? levelOfRows(r.box) : 'district'), c.n, c.min, c.q1, c.median, c.q3, c.max]
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
