/**
 * Which pre-aggregated summary tables the open dataset has. The connector records them once, after
 * attaching; builders then answer from a summary when the filters touch only its dimensions.
 */
import type { Filters } from './filters';

/** Summary tables a dataset may ship (see src/tools/scale/summary.ts for their definitions). */
export const SUMMARY_TABLES = ['summary_reports', 'summary_scores', 'summary_indicators', 'summary_findings'] as const;

/** One summary table's name. */
export type SummaryTable = (typeof SUMMARY_TABLES)[number];

let present = new Set<SummaryTable>();
/** Set while the detail rows differ from what the summaries were computed from (corrections made in this browser). */
let bypass = false;

/** Turns the summaries off (on) while the browser's corrections are overlaid on the detail rows, and back. */
export function setSummaryBypass(on: boolean): void {
	bypass = on;
}

/** Records the summary tables of the open dataset (unknown names ignored; an empty list turns summaries off). */
export function setSummaryTables(names: Iterable<string>): void {
	present = new Set([...names].filter((n): n is SummaryTable => (SUMMARY_TABLES as readonly string[]).includes(n)));
}

/** The summary tables currently recorded. */
export function summaryTables(): SummaryTable[] {
	return [...present];
}

/**
 * True when `table` is present and answers `f`: summary_reports covers every filter; the others
 * have no street column (a street is a drill-down, read from detail rows).
 */
export function useSummary(table: SummaryTable, f: Filters): boolean {
	// Summaries have no user_data column (and know nothing of the user's rows).
	if (bypass || !present.has(table) || f.source === 'user') return false;
	return table === 'summary_reports' || f.street == null;
}
