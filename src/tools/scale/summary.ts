/**
 * Pre-aggregated summary tables for the leadership views. Their dimensions are the report filters
 * (district, street, year, evaluation_type, grade, synthetic) and the place chain above them (province,
 * city: places/queries.ts reads rows by place at any level), so every dashboard filter can be answered from them; sums are kept separately from counts so means stay exact.
 */

import { SUMMARY_TABLES, type SummaryTable } from '../../lib/queries/plan';

export { SUMMARY_TABLES, type SummaryTable };

/** The report-level dimensions shared by summary_reports, summary_indicators and summary_findings. */
export const SUMMARY_DIMS = ['province', 'city', 'district', 'street', 'year', 'evaluation_type', 'grade', 'synthetic'] as const;

const DIMS = SUMMARY_DIMS.map((d) => `r.${d}`).join(', ');
/** Child-table summaries leave street out (a street is a drill-down, read from detail rows), which keeps them small at 10⁶ reports. */
export const CHILD_DIMS = SUMMARY_DIMS.filter((d) => d !== 'street');
const CDIMS = CHILD_DIMS.map((d) => `r.${d}`).join(', ');
const BOTH = 'r.budget_wan IS NOT NULL AND r.actual_wan IS NOT NULL';

/** SELECT statements (over the detail tables reports r, indicators, findings) that define each summary table. */
export const SUMMARY_SELECT: Record<SummaryTable, string> = {
	summary_reports: `SELECT ${DIMS}, count(*)::BIGINT AS reports, sum(r.budget_wan) AS budget_sum, sum(r.actual_wan) AS actual_sum, sum(r.budget_wan) FILTER (WHERE ${BOTH}) AS both_budget_sum, sum(r.actual_wan) FILTER (WHERE ${BOTH}) AS both_actual_sum, sum(r.score) AS score_sum, count(r.score)::BIGINT AS score_n FROM reports r GROUP BY ALL`,
	// Street is left out: a score distribution per street is a drill-down, read from the detail rows.
	summary_scores: `SELECT r.district, r.year, r.evaluation_type, r.grade, r.synthetic, r.score, count(*)::BIGINT AS n FROM reports r WHERE r.score IS NOT NULL GROUP BY ALL`,
	summary_indicators: `SELECT ${CDIMS}, i.level1, i.level2, i.name, count(*)::BIGINT AS n, count(*) FILTER (WHERE i.achieved)::BIGINT AS achieved, count(*) FILTER (WHERE NOT i.achieved)::BIGINT AS not_achieved, count(i.target_value)::BIGINT AS with_target FROM indicators i JOIN reports r ON r.report_id = i.report_id GROUP BY ALL`,
	summary_findings: `SELECT ${CDIMS}, f.kind, f.theme, count(*)::BIGINT AS n, count(DISTINCT f.report_id)::BIGINT AS reports FROM findings f JOIN reports r ON r.report_id = f.report_id GROUP BY ALL`
};

/** CREATE TABLE statements for every summary table in schema `schema` (tables read from the current schema). */
export function summarySql(schema = 'main'): string[] {
	return SUMMARY_TABLES.map((t) => `CREATE OR REPLACE TABLE ${schema}.${t} AS ${SUMMARY_SELECT[t]} ORDER BY ALL`);
}
