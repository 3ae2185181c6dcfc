/**
 * Which pre-aggregated summary tables a builder may read comes in as a plan (sqltext/plan.ts): the one
 * attachDataset returned for the connector the page queries. Builders answer from a summary when the filters
 * touch only its dimensions; without a plan they read the detail rows.
 */
import type { Filters } from './filters';
import type { QueryPlan, SummaryTable } from '../sqltext/plan';

export { DETAIL_PLAN, SUMMARY_TABLES, planWith, type QueryPlan, type SummaryTable } from '../sqltext/plan';

/**
 * True when `table` is in `plan` and answers `f`: summary_reports covers every filter; the others have no street
 * column (a street is a drill-down, read from detail rows). Summaries have no user_data column: a view of the
 * user's rows alone reads detail rows.
 */
export function useSummary(plan: QueryPlan, table: SummaryTable, f: Filters): boolean {
	if (!plan.summaries.includes(table) || f.source === 'user') return false;
	return table === 'summary_reports' || f.street == null;
}
