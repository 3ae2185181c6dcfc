/**
 * Pre-aggregated summary tables for the leadership views. Their dimensions are the report filters
 * (district, street, year, evaluation_type, grade, synthetic) and the place chain above them (province,
 * city: places/queries.ts reads rows by place at any level), so every dashboard filter can be answered from them; sums are kept separately from counts so means stay exact.
 *
 * Fine tables (summary_reports with street, the child summaries by district) and coarse copies of three of them
 * (summary_reports_district without street; summary_indicators_national and summary_findings_national without any
 * place): a dataset whose fine tables are large (the whole country at 10⁶ reports: 7.9 million rows, 63 MB) ships
 * the coarse ones in the file fetched whole and the fine ones in the file read by HTTP range requests
 * (write.ts, `lazySummaries`); the builders read the coarsest one that has the place columns a query needs
 * (sqltext/plan.ts `pickSummary`).
 */

import { COARSE_SUMMARY_TABLES, STATE_TABLES, SUMMARY_GRAIN, SUMMARY_TABLES, planWith, type StateTable, type SummaryTable } from '../../lib/queries/plan';
import { scoreBoxByCityQuery, scoreBoxByDistrictQuery, scoreBoxByProvinceQuery } from '../../lib/queries/districts';
import { DEFAULT_FILTERS } from '../../lib/queries/filters';

export { COARSE_SUMMARY_TABLES, STATE_TABLES, SUMMARY_TABLES, type StateTable, type SummaryTable };

/** The fine summary tables (always built when summaries are). */
export const FINE_SUMMARY_TABLES = SUMMARY_TABLES.filter((t) => !(COARSE_SUMMARY_TABLES as readonly string[]).includes(t));

/** The report-level dimensions shared by summary_reports, summary_indicators and summary_findings. */
export const SUMMARY_DIMS = ['province', 'city', 'district', 'street', 'year', 'evaluation_type', 'grade', 'synthetic'] as const;

/** The report dimensions of `t`: its place columns (SUMMARY_GRAIN), then year, evaluation_type, grade, synthetic. */
function dims(t: SummaryTable): string[] {
	const places = SUMMARY_GRAIN[t].places as readonly string[];
	return SUMMARY_DIMS.filter((d) => places.includes(d) || !['province', 'city', 'district', 'street'].includes(d));
}
/** Child-table summaries leave street out (a street is a drill-down, read from detail rows), which keeps them small at 10⁶ reports. */
export const CHILD_DIMS = SUMMARY_DIMS.filter((d) => d !== 'street');
const BOTH = 'r.budget_wan IS NOT NULL AND r.actual_wan IS NOT NULL';

/** The grouping columns of summary table `t` (its key: one row per combination). */
export function summaryKeys(t: SummaryTable): string[] {
	const kind = SUMMARY_GRAIN[t].kind;
	if (kind === 'summary_scores') return ['province', 'city', 'district', 'year', 'evaluation_type', 'grade', 'synthetic', 'score'];
	return [...dims(t), ...(kind === 'summary_indicators' ? ['level1', 'level2', 'name'] : kind === 'summary_findings' ? ['kind', 'theme'] : [])];
}

const cols = (t: SummaryTable) =>
	dims(t)
		.map((d) => `r.${d}`)
		.join(', ');

/** The SELECT of a table of report rows (summary_reports and its coarse copy). */
const reportsSelect = (t: SummaryTable) =>
	`SELECT ${cols(t)}, count(*)::BIGINT AS reports, sum(r.budget_wan) AS budget_sum, sum(r.actual_wan) AS actual_sum, sum(r.budget_wan) FILTER (WHERE ${BOTH}) AS both_budget_sum, sum(r.actual_wan) FILTER (WHERE ${BOTH}) AS both_actual_sum, sum(r.score) AS score_sum, count(r.score)::BIGINT AS score_n FROM reports r GROUP BY ALL`;
const indicatorsSelect = (t: SummaryTable) =>
	`SELECT ${cols(t)}, i.level1, i.level2, i.name, count(*)::BIGINT AS n, count(*) FILTER (WHERE i.achieved)::BIGINT AS achieved, count(*) FILTER (WHERE NOT i.achieved)::BIGINT AS not_achieved, count(i.target_value)::BIGINT AS with_target FROM indicators i JOIN reports r ON r.report_id = i.report_id GROUP BY ALL`;
// Distinct reports per group add up over groups: a report is in one group of the report dimensions.
const findingsSelect = (t: SummaryTable) =>
	`SELECT ${cols(t)}, f.kind, f.theme, count(*)::BIGINT AS n, count(DISTINCT f.report_id)::BIGINT AS reports FROM findings f JOIN reports r ON r.report_id = f.report_id GROUP BY ALL`;

/** SELECT statements (over the detail tables reports r, indicators, findings) that define each summary table. */
export const SUMMARY_SELECT: Record<SummaryTable, string> = {
	summary_reports: reportsSelect('summary_reports'),
	// Street is left out: a score distribution per street is a drill-down, read from the detail rows. Province and city
	// are kept for the score box per province and per city (the overview of data over several of them).
	summary_scores: `SELECT r.province, r.city, r.district, r.year, r.evaluation_type, r.grade, r.synthetic, r.score, count(*)::BIGINT AS n FROM reports r WHERE r.score IS NOT NULL GROUP BY ALL`,
	summary_indicators: indicatorsSelect('summary_indicators'),
	summary_findings: findingsSelect('summary_findings'),
	summary_reports_district: reportsSelect('summary_reports_district'),
	summary_indicators_national: indicatorsSelect('summary_indicators_national'),
	summary_findings_national: findingsSelect('summary_findings_national')
};

/** CREATE TABLE statements for `tables` (default: the fine ones) in schema `schema` (tables read from the current schema). */
export function summarySql(schema = 'main', tables: readonly SummaryTable[] = FINE_SUMMARY_TABLES): string[] {
	return tables.map((t) => `CREATE OR REPLACE TABLE ${schema}.${t} AS ${SUMMARY_SELECT[t]} ORDER BY ALL`);
}

/**
 * The ORDER BY of a summary table copied into the file read by range requests: district first, so the rows of one
 * district are contiguous and a district filter reads only the blocks whose zone maps can hold it.
 */
export function rangeReadOrder(t: SummaryTable): string {
	const keys = summaryKeys(t);
	return keys.includes('district') ? ['district', ...keys.filter((k) => k !== 'district')].join(', ') : keys.join(', ');
}

/**
 * The answer tables for district-only filter states (sqltext/plan.ts STATE_TABLES), over the fine summaries in the
 * current schema: the score box per district is the builder's own summary SQL for the unfiltered state (every
 * district at once: a district's rows are the same under a district filter, the quartiles being per district), the
 * levels table summary_indicators summed to district × level1 × level2.
 */
export const STATE_SELECT: Record<StateTable, string> = {
	summary_box_district: scoreBoxByDistrictQuery(DEFAULT_FILTERS, planWith(['summary_scores'])),
	summary_box_province: scoreBoxByProvinceQuery(DEFAULT_FILTERS, planWith(['summary_scores'])),
	summary_box_city: scoreBoxByCityQuery(DEFAULT_FILTERS, planWith(['summary_scores'])),
	summary_levels_district:
		'SELECT district, level1, level2, sum(n)::BIGINT AS n, sum(achieved)::BIGINT AS achieved, sum(not_achieved)::BIGINT AS not_achieved, sum(with_target)::BIGINT AS with_target FROM summary_indicators WHERE district IS NOT NULL GROUP BY ALL'
};

/** The row order of each answer table: its place columns. */
const STATE_ORDER: Record<StateTable, string> = {
	summary_box_district: 'district',
	summary_levels_district: 'district',
	summary_box_province: 'province',
	summary_box_city: 'province, city'
};

/** CREATE TABLE statements for the answer tables in `schema` (the fine summaries read from the current schema). */
export function stateTablesSql(schema = 'main'): string[] {
	return STATE_TABLES.map((t) => `CREATE OR REPLACE TABLE ${schema}.${t} AS SELECT * FROM (${STATE_SELECT[t]}) ORDER BY ${STATE_ORDER[t]}`);
}
