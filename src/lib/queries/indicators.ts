/** Indicator (绩效指标) achievement over the filtered reports. */
import { reportWhere, type Filters } from './filters';
import { level1Order } from './fragments';
import { int } from './sql';
import { DETAIL_PLAN, useSummary, type QueryPlan } from './plan';

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
export function indicatorAchievementQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_indicators', f))
		return `SELECT s.level1 AS level1, s.level2 AS level2, sum(s.n)::BIGINT AS total, sum(s.achieved)::BIGINT AS achieved, sum(s.not_achieved)::BIGINT AS not_achieved, (sum(s.n) - sum(s.achieved) - sum(s.not_achieved))::BIGINT AS unknown FROM summary_indicators s WHERE ${reportWhere(f, 's')} GROUP BY s.level1, s.level2 ORDER BY ${level1Order('s.level1')}, s.level1 NULLS LAST, total DESC, s.level2 NULLS LAST`;
	return `SELECT i.level1 AS level1, i.level2 AS level2, count(*) AS total, count(*) FILTER (WHERE i.achieved) AS achieved, count(*) FILTER (WHERE NOT i.achieved) AS not_achieved, count(*) FILTER (WHERE i.achieved IS NULL) AS unknown FROM indicators i JOIN reports r ON r.report_id = i.report_id WHERE ${reportWhere(f)} GROUP BY i.level1, i.level2 ORDER BY ${level1Order('i.level1')}, i.level1 NULLS LAST, total DESC, i.level2 NULLS LAST`;
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
export function topIndicatorsQuery(f: Filters, limit = 20, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_indicators', f))
		return `SELECT s.name AS name, s.level1 AS level1, sum(s.n)::BIGINT AS n, sum(s.with_target)::BIGINT AS with_target, sum(s.achieved) / nullif(sum(s.achieved) + sum(s.not_achieved), 0) AS achieved_rate FROM summary_indicators s WHERE ${reportWhere(f, 's')} GROUP BY s.name, s.level1 ORDER BY n DESC, s.name, s.level1 NULLS LAST LIMIT ${int(limit)}`;
	return `SELECT i.name AS name, i.level1 AS level1, count(*) AS n, count(i.target_value) AS with_target, count(*) FILTER (WHERE i.achieved) / nullif(count(i.achieved), 0) AS achieved_rate FROM indicators i JOIN reports r ON r.report_id = i.report_id WHERE ${reportWhere(f)} GROUP BY i.name, i.level1 ORDER BY n DESC, i.name, i.level1 NULLS LAST LIMIT ${int(limit)}`;
}
