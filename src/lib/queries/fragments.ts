/** SQL fragments shared by several builders (no user values here). */

/** Both money figures known: the population of the weighted execution rate. */
export const BOTH_MONEY = 'r.budget_wan IS NOT NULL AND r.actual_wan IS NOT NULL';

/** Weighted execution rate sum(actual)/sum(budget) over reports with both figures known; NULL if none. */
export const EXEC_RATE = `sum(r.actual_wan) FILTER (WHERE ${BOTH_MONEY}) / nullif(sum(r.budget_wan) FILTER (WHERE ${BOTH_MONEY}), 0)`;

/** budget_wan, actual_wan (each summed over reports that state it), execution_rate, mean_score. */
export const MONEY_AND_SCORE = `sum(r.budget_wan) AS budget_wan, sum(r.actual_wan) AS actual_wan, ${EXEC_RATE} AS execution_rate, avg(r.score) AS mean_score`;

/** summary_reports (alias s) counterparts of the fragments above: sums of sums, means from sum/count. */
export const S_REPORTS = 'coalesce(sum(s.reports), 0)::BIGINT';
/** Weighted execution rate from summary_reports. */
export const S_EXEC_RATE = 'sum(s.both_actual_sum) / nullif(sum(s.both_budget_sum), 0)';
/** Mean score from summary_reports. */
export const S_MEAN_SCORE = 'sum(s.score_sum) / nullif(sum(s.score_n), 0)';
/** MONEY_AND_SCORE from summary_reports. */
export const S_MONEY_AND_SCORE = `sum(s.budget_sum) AS budget_wan, sum(s.actual_sum) AS actual_wan, ${S_EXEC_RATE} AS execution_rate, ${S_MEAN_SCORE} AS mean_score`;

/** Sort key putting 优 良 中 差 first, in that order, anything else after. */
export function gradeOrder(expr: string): string {
	return `CASE ${expr} WHEN '优' THEN 1 WHEN '良' THEN 2 WHEN '中' THEN 3 WHEN '差' THEN 4 ELSE 5 END`;
}

/** Sort key for level-1 indicators in the order of the standard framework. */
export function level1Order(expr: string): string {
	return `CASE ${expr} WHEN '决策' THEN 1 WHEN '过程' THEN 2 WHEN '产出' THEN 3 WHEN '效益' THEN 4 WHEN '满意度' THEN 5 ELSE 6 END`;
}
