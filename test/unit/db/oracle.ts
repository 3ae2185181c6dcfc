/**
 * The builders' hand-written SQL as it was before queries/measures.ts (commit 345f6cd), kept verbatim as the test
 * oracle of the measure table: measures.spec.ts runs each builder's generated SQL and this SQL on native DuckDB
 * and asserts equal rows. Do not edit to follow the builders: it is what they must keep answering.
 */
import { reportWhere, type Filters } from '../../../src/lib/queries/filters';
import { useSummary, DETAIL_PLAN, type QueryPlan } from '../../../src/lib/queries/plan';
import { int } from '../../../src/lib/queries/sql';

/** Options of evaluationComparisonQuery. */
interface EvaluationComparisonOptions {
	pairedOnly?: boolean;
}

const BOTH_MONEY = 'r.budget_wan IS NOT NULL AND r.actual_wan IS NOT NULL';
const EXEC_RATE = `sum(r.actual_wan) FILTER (WHERE ${BOTH_MONEY}) / nullif(sum(r.budget_wan) FILTER (WHERE ${BOTH_MONEY}), 0)`;
const MONEY_AND_SCORE = `sum(r.budget_wan) AS budget_wan, sum(r.actual_wan) AS actual_wan, ${EXEC_RATE} AS execution_rate, avg(r.score) AS mean_score`;
const S_REPORTS = 'coalesce(sum(s.reports), 0)::BIGINT';
const S_EXEC_RATE = 'sum(s.both_actual_sum) / nullif(sum(s.both_budget_sum), 0)';
const S_MEAN_SCORE = 'sum(s.score_sum) / nullif(sum(s.score_n), 0)';
const S_MONEY_AND_SCORE = `sum(s.budget_sum) AS budget_wan, sum(s.actual_sum) AS actual_wan, ${S_EXEC_RATE} AS execution_rate, ${S_MEAN_SCORE} AS mean_score`;

function gradeOrder(expr: string): string {
	return `CASE ${expr} WHEN '优' THEN 1 WHEN '良' THEN 2 WHEN '中' THEN 3 WHEN '差' THEN 4 ELSE 5 END`;
}

function level1Order(expr: string): string {
	return `CASE ${expr} WHEN '决策' THEN 1 WHEN '过程' THEN 2 WHEN '产出' THEN 3 WHEN '效益' THEN 4 WHEN '满意度' THEN 5 ELSE 6 END`;
}

export function kpiQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT ${S_REPORTS} AS reports, coalesce(sum(s.reports) FILTER (WHERE s.synthetic), 0)::BIGINT AS synthetic_reports, sum(s.budget_sum) AS budget_wan, sum(s.actual_sum) AS actual_wan, ${S_EXEC_RATE} AS execution_rate, ${S_MEAN_SCORE} AS mean_score, coalesce(sum(s.score_n), 0)::BIGINT AS scored_reports FROM summary_reports s WHERE ${reportWhere(f, 's')}`;
	return `SELECT count(*) AS reports, count(*) FILTER (WHERE r.synthetic) AS synthetic_reports, sum(r.budget_wan) AS budget_wan, sum(r.actual_wan) AS actual_wan, ${EXEC_RATE} AS execution_rate, avg(r.score) AS mean_score, count(r.score) AS scored_reports FROM reports r WHERE ${reportWhere(f)}`;
}

export function gradeMixQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.grade AS grade, ${S_REPORTS} AS n FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.grade IS NOT NULL'])} GROUP BY s.grade ORDER BY ${gradeOrder('s.grade')}, s.grade`;
	return `SELECT r.grade AS grade, count(*) AS n FROM reports r WHERE ${reportWhere(f, 'r', ['r.grade IS NOT NULL'])} GROUP BY r.grade ORDER BY ${gradeOrder('r.grade')}, r.grade`;
}

export function gradesByYearQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.year AS year, s.grade AS grade, ${S_REPORTS} AS n FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.year IS NOT NULL', 's.grade IS NOT NULL'])} GROUP BY s.year, s.grade ORDER BY s.year, ${gradeOrder('s.grade')}, s.grade`;
	return `SELECT r.year AS year, r.grade AS grade, count(*) AS n FROM reports r WHERE ${reportWhere(f, 'r', ['r.year IS NOT NULL', 'r.grade IS NOT NULL'])} GROUP BY r.year, r.grade ORDER BY r.year, ${gradeOrder('r.grade')}, r.grade`;
}

export function yearsQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.year AS year, ${S_REPORTS} AS reports, ${S_MONEY_AND_SCORE} FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.year IS NOT NULL'])} GROUP BY s.year ORDER BY s.year`;
	return `SELECT r.year AS year, count(*) AS reports, ${MONEY_AND_SCORE} FROM reports r WHERE ${reportWhere(f, 'r', ['r.year IS NOT NULL'])} GROUP BY r.year ORDER BY r.year`;
}

export function execByDistrictQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.district AS district, ${S_REPORTS} AS reports, ${S_MONEY_AND_SCORE} FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.district IS NOT NULL'])} GROUP BY s.district ORDER BY s.district`;
	return `SELECT r.district AS district, count(*) AS reports, ${MONEY_AND_SCORE} FROM reports r WHERE ${reportWhere(f, 'r', ['r.district IS NOT NULL'])} GROUP BY r.district ORDER BY r.district`;
}

export function scoreBoxByDistrictQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_scores', f)) return scoreBoxFromSummary(f);
	return `SELECT r.district AS district, count(*) AS n, min(r.score) AS "min", quantile_cont(r.score, 0.25) AS q1, quantile_cont(r.score, 0.5) AS median, quantile_cont(r.score, 0.75) AS q3, max(r.score) AS "max" FROM reports r WHERE ${reportWhere(f, 'r', ['r.district IS NOT NULL', 'r.score IS NOT NULL'])} GROUP BY r.district ORDER BY r.district`;
}

export function districtYearQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.district AS district, s.year AS year, ${S_REPORTS} AS reports, ${S_EXEC_RATE} AS execution_rate, ${S_MEAN_SCORE} AS mean_score FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.district IS NOT NULL', 's.year IS NOT NULL'])} GROUP BY s.district, s.year ORDER BY s.district, s.year`;
	return `SELECT r.district AS district, r.year AS year, count(*) AS reports, ${EXEC_RATE} AS execution_rate, avg(r.score) AS mean_score FROM reports r WHERE ${reportWhere(f, 'r', ['r.district IS NOT NULL', 'r.year IS NOT NULL'])} GROUP BY r.district, r.year ORDER BY r.district, r.year`;
}

export function streetsQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.district AS district, s.street AS street, ${S_REPORTS} AS reports, ${S_MONEY_AND_SCORE} FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.district IS NOT NULL', 's.street IS NOT NULL'])} GROUP BY s.district, s.street ORDER BY s.district, s.street`;
	return `SELECT r.district AS district, r.street AS street, count(*) AS reports, ${MONEY_AND_SCORE} FROM reports r WHERE ${reportWhere(f, 'r', ['r.district IS NOT NULL', 'r.street IS NOT NULL'])} GROUP BY r.district, r.street ORDER BY r.district, r.street`;
}

export function indicatorAchievementQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_indicators', f))
		return `SELECT level1, level2, sum(n)::BIGINT AS total, sum(achieved)::BIGINT AS achieved, sum(not_achieved)::BIGINT AS not_achieved, (sum(n) - sum(achieved) - sum(not_achieved))::BIGINT AS unknown FROM (SELECT ${indicatorLevel1('s.level1', 's.level2')} AS level1, s.level2 AS level2, s.n, s.achieved, s.not_achieved FROM summary_indicators s WHERE ${reportWhere(f, 's')}) GROUP BY level1, level2 ORDER BY ${level1Order('level1')}, level1 NULLS LAST, total DESC, level2 NULLS LAST`;
	return `SELECT level1, level2, count(*) AS total, count(*) FILTER (WHERE achieved) AS achieved, count(*) FILTER (WHERE NOT achieved) AS not_achieved, count(*) FILTER (WHERE achieved IS NULL) AS unknown FROM (SELECT ${indicatorLevel1('i.level1', 'i.level2')} AS level1, i.level2 AS level2, i.achieved FROM indicators i JOIN reports r ON r.report_id = i.report_id WHERE ${reportWhere(f)}) GROUP BY level1, level2 ORDER BY ${level1Order('level1')}, level1 NULLS LAST, total DESC, level2 NULLS LAST`;
}

export function topIndicatorsQuery(f: Filters, limit = 20, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_indicators', f))
		return `SELECT name, level1, sum(n)::BIGINT AS n, sum(with_target)::BIGINT AS with_target, sum(achieved) / nullif(sum(achieved) + sum(not_achieved), 0) AS achieved_rate FROM (SELECT s.name AS name, ${indicatorLevel1('s.level1', 's.level2')} AS level1, s.n, s.with_target, s.achieved, s.not_achieved FROM summary_indicators s WHERE ${reportWhere(f, 's')}) GROUP BY name, level1 ORDER BY n DESC, name, level1 NULLS LAST LIMIT ${int(limit)}`;
	return `SELECT name, level1, count(*) AS n, count(target_value) AS with_target, count(*) FILTER (WHERE achieved) / nullif(count(achieved), 0) AS achieved_rate FROM (SELECT i.name AS name, ${indicatorLevel1('i.level1', 'i.level2')} AS level1, i.target_value, i.achieved FROM indicators i JOIN reports r ON r.report_id = i.report_id WHERE ${reportWhere(f)}) GROUP BY name, level1 ORDER BY n DESC, name, level1 NULLS LAST LIMIT ${int(limit)}`;
}

export function findingThemesQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_findings', f))
		return `SELECT s.theme AS theme, s.kind AS kind, sum(s.n)::BIGINT AS n, sum(s.reports)::BIGINT AS reports FROM summary_findings s WHERE ${reportWhere(f, 's')} GROUP BY s.theme, s.kind ORDER BY n DESC, s.theme, s.kind`;
	return `SELECT fi.theme AS theme, fi.kind AS kind, count(*) AS n, count(DISTINCT fi.report_id) AS reports FROM findings fi JOIN reports r ON r.report_id = fi.report_id WHERE ${reportWhere(f)} GROUP BY fi.theme, fi.kind ORDER BY n DESC, fi.theme, fi.kind`;
}

export function findingThemesByDistrictYearQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	if (useSummary(plan, 'summary_findings', f))
		return `SELECT s.district AS district, s.year AS year, s.theme AS theme, sum(s.n)::BIGINT AS n FROM summary_findings s WHERE ${reportWhere(f, 's', ["s.kind = '问题'", 's.district IS NOT NULL', 's.year IS NOT NULL'])} GROUP BY s.district, s.year, s.theme ORDER BY s.district, s.year, n DESC, s.theme`;
	return `SELECT r.district AS district, r.year AS year, fi.theme AS theme, count(*) AS n FROM findings fi JOIN reports r ON r.report_id = fi.report_id WHERE ${reportWhere(f, 'r', ["fi.kind = '问题'", 'r.district IS NOT NULL', 'r.year IS NOT NULL'])} GROUP BY r.district, r.year, fi.theme ORDER BY r.district, r.year, n DESC, fi.theme`;
}

export function evaluationComparisonQuery(f: Filters, opts: EvaluationComparisonOptions = {}): string {
	const having = opts.pairedOnly === false ? '' : ' HAVING count(DISTINCT r.evaluation_type) >= 2';
	return `SELECT r.district AS district, r.street AS street, r.year AS year, avg(r.score) FILTER (WHERE r.evaluation_type = '单位自评') AS self_score, avg(r.score) FILTER (WHERE r.evaluation_type = '部门评价') AS dept_score, avg(r.score) FILTER (WHERE r.evaluation_type = '财政评价') AS finance_score FROM reports r WHERE ${reportWhere(f, 'r', ['r.year IS NOT NULL', 'r.score IS NOT NULL', 'r.evaluation_type IS NOT NULL'], ['evaluationType'])} GROUP BY r.district, r.street, r.year${having} ORDER BY r.district NULLS LAST, r.street NULLS FIRST, r.year`;
}

function scoreBoxFromSummary(f: Filters): string {
	const q = (name: string, p: number) => {
		const h = `any_value((tot - 1) * ${p})`;
		const lo = `min(score) FILTER (WHERE hi > floor((tot - 1) * ${p}))`;
		const up = `min(score) FILTER (WHERE hi > ceil((tot - 1) * ${p}))`;
		return `${lo} + (${h} - floor(${h})) * (${up} - ${lo}) AS ${name}`;
	};
	return `WITH f AS (SELECT s.district AS district, s.score AS score, sum(s.n) AS n FROM summary_scores s WHERE ${reportWhere(f, 's', ['s.district IS NOT NULL'])} GROUP BY s.district, s.score), c AS (SELECT district, score, sum(n) OVER (PARTITION BY district ORDER BY score ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS hi, sum(n) OVER (PARTITION BY district) AS tot FROM f) SELECT district, any_value(tot)::BIGINT AS n, min(score) AS "min", ${q('q1', 0.25)}, ${q('median', 0.5)}, ${q('q3', 0.75)}, max(score) AS "max" FROM c GROUP BY district ORDER BY district`;
}

function indicatorLevel1(level1: string, level2: string): string {
	return `CASE WHEN ${level1} = '满意度' OR ${level2} LIKE '%满意度%' THEN '满意度' ELSE ${level1} END`;
}
