/** What a report page shows (prerendered from the dataset, or read from the browser database for an uploaded report). */
import type { CorrectionRow } from '../corrections/corrections';
import type { CheckRow, ExpenditureRow, FindingRow, IndicatorRow, ReportRow, SourceRow } from '../ingest/types';

/** A correction of the data (the corrections table): which field, from what to what, by whom, when, why. */
export type ShippedCorrection = Omit<CorrectionRow, 'report_id' | 'evidence_start' | 'evidence_end'> &
	Partial<Pick<CorrectionRow, 'evidence_start' | 'evidence_end'>>;

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
	/** English pages: the report's province, city, district and street in English ("Baiyun District (白云区)"), keyed by the Chinese name. */
	placeLabels?: Record<string, string> | null;
}
