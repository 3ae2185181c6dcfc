/** Indicator (绩效指标) achievement over the filtered reports. */
import { reportWhere, type Filters } from './filters';
import { level1Order } from './fragments';
import { int } from './sql';
import { DETAIL_PLAN, useSummary, type QueryPlan } from './plan';
import type { Sql } from './typed';

/**
 * The level-1 category an indicator is counted under: its stated level1, except that satisfaction indicators
 * are one category, 满意度. The 2020 framework for 项目支出 (财预〔2020〕10号) makes 满意度 a level-1 indicator of its own
 * (满意度 · 服务对象满意度); key evaluations on the 决策/过程/产出/效益 frame put the same indicator under 效益
 * (效益 · 服务对象满意度). Counted as stated, one indicator appeared as two categories; so a row whose level1 is 满意度
 * or whose level2 names satisfaction (…满意度…) counts under 满意度, the more common form. The indicators table keeps
 * the level1 the report states; only the aggregates group this way.
 */
export function indicatorLevel1(level1: string, level2: string): string {
	return `CASE WHEN ${level1} = '满意度' OR ${level2} LIKE '%满意度%' THEN '满意度' ELSE ${level1} END`;
}

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
	if (useSummary(plan, 'summary_indicators', f))
		return `SELECT level1, level2, sum(n)::BIGINT AS total, sum(achieved)::BIGINT AS achieved, sum(not_achieved)::BIGINT AS not_achieved, (sum(n) - sum(achieved) - sum(not_achieved))::BIGINT AS unknown FROM (SELECT ${indicatorLevel1('s.level1', 's.level2')} AS level1, s.level2 AS level2, s.n, s.achieved, s.not_achieved FROM summary_indicators s WHERE ${reportWhere(f, 's')}) GROUP BY level1, level2 ORDER BY ${level1Order('level1')}, level1 NULLS LAST, total DESC, level2 NULLS LAST`;
	return `SELECT level1, level2, count(*) AS total, count(*) FILTER (WHERE achieved) AS achieved, count(*) FILTER (WHERE NOT achieved) AS not_achieved, count(*) FILTER (WHERE achieved IS NULL) AS unknown FROM (SELECT ${indicatorLevel1('i.level1', 'i.level2')} AS level1, i.level2 AS level2, i.achieved FROM indicators i JOIN reports r ON r.report_id = i.report_id WHERE ${reportWhere(f)}) GROUP BY level1, level2 ORDER BY ${level1Order('level1')}, level1 NULLS LAST, total DESC, level2 NULLS LAST`;
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
	if (useSummary(plan, 'summary_indicators', f))
		return `SELECT name, level1, sum(n)::BIGINT AS n, sum(with_target)::BIGINT AS with_target, sum(achieved) / nullif(sum(achieved) + sum(not_achieved), 0) AS achieved_rate FROM (SELECT s.name AS name, ${indicatorLevel1('s.level1', 's.level2')} AS level1, s.n, s.with_target, s.achieved, s.not_achieved FROM summary_indicators s WHERE ${reportWhere(f, 's')}) GROUP BY name, level1 ORDER BY n DESC, name, level1 NULLS LAST LIMIT ${int(limit)}`;
	return `SELECT name, level1, count(*) AS n, count(target_value) AS with_target, count(*) FILTER (WHERE achieved) / nullif(count(achieved), 0) AS achieved_rate FROM (SELECT i.name AS name, ${indicatorLevel1('i.level1', 'i.level2')} AS level1, i.target_value, i.achieved FROM indicators i JOIN reports r ON r.report_id = i.report_id WHERE ${reportWhere(f)}) GROUP BY name, level1 ORDER BY n DESC, name, level1 NULLS LAST LIMIT ${int(limit)}`;
}
