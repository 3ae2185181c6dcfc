/** Indicators `/indicators`: achievement by level-1 and level-2 indicator, the most used indicators and their achieved rate. */
import type { Filters } from '../queries/filters';
import { indicatorAchievementQuery, topIndicatorsQuery, type TopIndicatorRow } from '../queries/indicators';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { withLocal } from '../queries/combined';
import { indicatorAchievementOption } from '../charts/overview';
import { achievedRateOption, topIndicatorsOption } from '../charts/indicators';
import { barsHeight } from '../charts/districts';
import { t } from '../i18n';
import { definePage, type Cols } from './spec';

const levelColumns = (c: Cols) => [c.level1, c.level2, c.total, c.achieved, c.notAchieved, c.unknown];
/** The top indicators whose achieved rate is known (what the target-and-actual chart plots). */
const known = (r: { top: readonly TopIndicatorRow[] }) => r.top.filter((x) => x.achieved_rate != null);

export const indicators = definePage({
	answers: 'indicators',
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({
		achievement: withLocal(indicatorAchievementQuery(f, p), { kind: 'indicatorAchievement', f }),
		top: topIndicatorsQuery(f, 20, p)
	}),
	charts: [
		{
			id: 'levels',
			title: () => t('chart.indicatorLevels'),
			rows: (r) => r.achievement,
			option: (r, ctx) => indicatorAchievementOption(r.achievement, ctx, 'level1'),
			columns: levelColumns,
			height: (r) => barsHeight(new Set(r.achievement.map((x) => x.level1)).size)
		},
		{
			id: 'levels2',
			title: () => t('chart.indicatorAchievement'),
			rows: (r) => r.achievement,
			option: (r, ctx) => indicatorAchievementOption(r.achievement, ctx),
			columns: levelColumns,
			height: (r) => barsHeight(r.achievement.length)
		},
		{
			id: 'top',
			title: () => t('chart.topIndicators'),
			rows: (r) => r.top,
			option: (r, ctx) => topIndicatorsOption(r.top, ctx),
			columns: (c) => [c.name, c.level1, c.n, c.withTarget, c.achievedRate],
			height: (r) => barsHeight(r.top.length)
		},
		{
			id: 'achieved',
			title: () => t('chart.targetActual'),
			rows: known,
			option: (r, ctx) => achievedRateOption(r.top, ctx),
			columns: (c) => [c.name, c.level1, c.withTarget, c.achievedRate],
			height: (r) => barsHeight(known(r).length)
		}
	]
});
