/** What a report page shows (prerendered from the dataset, or read from the browser database for an uploaded report). */
import type { CheckRow, ExpenditureRow, FindingRow, IndicatorRow, ReportRow, SourceRow } from '../ingest/types';

/** A correction of the data (the corrections table): which field, from what to what, by whom, when, why. */
export interface ShippedCorrection {
	field: string;
	old_value: string | null;
	new_value: string | null;
	reason: string | null;
	reviewer: string | null;
	corrected_at: string | null;
	evidence_start?: number | null;
	evidence_end?: number | null;
}

/** Everything a report page shows: its rows, source text, checks, evidence offsets and corrections. */
export interface ReportData {
	report: ReportRow;
	indicators: IndicatorRow[];
	expenditures: ExpenditureRow[];
	findings: FindingRow[];
	source: SourceRow | null;
	checks: CheckRow[];
	evidence: { field: string; evidence_start: number; evidence_end: number }[];
	corrections: ShippedCorrection[];
}
