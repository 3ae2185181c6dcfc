/** Indicator (绩效指标) achievement over the filtered reports. */
import type { Filters } from './filters';
import { level1Order } from './fragments';
import { aggregate, aggregateSql, type Aggregate } from './measures';
import { DETAIL_PLAN, stateTable, type QueryPlan } from './plan';
import type { Sql } from './typed';

export { indicatorLevel1 } from './measures';

/** Indicator outcomes per level-1 category (indicatorLevel1) and level-2 indicator. */
export const INDICATOR_ACHIEVEMENT: Aggregate = {
	fact: 'indicators',
	by: ['level1', 'level2'],
	measures: [['indicators', 'total'], 'achieved', 'not_achieved', 'unknown'],
	order: (c) => [level1Order(c('level1')), `${c('level1')} NULLS LAST`, 'total DESC', `${c('level2')} NULLS LAST`]
};

/** The most frequent indicator names with their level-1 category (the builder adds the LIMIT). */
export const TOP_INDICATORS: Aggregate = {
	fact: 'indicators',
	by: ['name', 'level1'],
	measures: [['indicators', 'n'], 'with_target', 'achieved_rate'],
	order: (c) => ['n DESC', c('name'), `${c('level1')} NULLS LAST`]
};

/** Achievement counts for one (level1, level2) pair. */
export interface IndicatorAchievementRow {
	level1: string | null;
	level2: string | null;
	total: number;
	achieved: number;
	not_achieved: number;
	/** achieved IS NULL: target or actual not numeric. */
	unknown: number;
}

/** Indicators per (level1, level2) split into achieved / not achieved / unknown. */
export function indicatorAchievementQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<IndicatorAchievementRow> {
	// A district alone: its rows of the per-district levels table (sqltext/plan.ts STATE_TABLES), fetched whole, instead
	// of its rows of summary_indicators read by range requests. (No district: summary_indicators_national is smaller.)
	const levels = f.district != null ? stateTable(plan, 'summary_levels_district', f) : null;
	if (levels) return aggregateSql(INDICATOR_ACHIEVEMENT, f, 'summary', levels);
	return aggregate(INDICATOR_ACHIEVEMENT, f, plan);
}

/** One frequently used indicator. */
export interface TopIndicatorRow {
	name: string;
	level1: string | null;
	n: number;
	/** Occurrences with a numeric target. */
	with_target: number;
	/** Achieved / occurrences where achievement is known (fraction), null if never known. */
	achieved_rate: number | null;
}

/** The `limit` most frequent indicator names (with their level1), most frequent first. */
export function topIndicatorsQuery(f: Filters, limit = 20, plan: QueryPlan = DETAIL_PLAN): Sql<TopIndicatorRow> {
	return aggregate({ ...TOP_INDICATORS, limit }, f, plan);
}
