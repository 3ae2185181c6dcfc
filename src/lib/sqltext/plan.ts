/**
 * A query plan: what the open dataset lets builders read besides the detail tables. `attachDataset` returns one
 * (db/setup.ts), it travels with the connector (`Connector.plan`), and the page passes it to the builders
 * (queries/plan.ts `useSummary`). Plain data, no module state: the dashboard's and the console's engines each
 * have their own.
 */

/** Summary tables a dataset may ship (see src/tools/scale/summary.ts for their definitions). */
export const SUMMARY_TABLES = ['summary_reports', 'summary_scores', 'summary_indicators', 'summary_findings'] as const;

/** One summary table's name. */
export type SummaryTable = (typeof SUMMARY_TABLES)[number];

/** What builders may read: the summary tables present (none: detail rows only). */
export interface QueryPlan {
	readonly summaries: readonly SummaryTable[];
}

/** Detail rows only: the plan of a dataset without summaries, of the user's rows and of corrections overlaid. */
export const DETAIL_PLAN: QueryPlan = Object.freeze({ summaries: Object.freeze([]) as readonly SummaryTable[] });

/** The plan of a dataset holding `names` (unknown names ignored). */
export function planWith(names: Iterable<string>): QueryPlan {
	const summaries = SUMMARY_TABLES.filter((t) => [...names].includes(t));
	return summaries.length ? Object.freeze({ summaries }) : DETAIL_PLAN;
}
