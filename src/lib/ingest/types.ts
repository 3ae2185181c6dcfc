/**
 * Record types for the tables of SCHEMA.md (shared/design/SCHEMA.md): the contract between
 * the extractor, the ingest CLI, the demo generator, the dashboard and uploads.
 * Money in 万元 as number except ExpenditureRow.amount_yuan; rates are fractions (1.0 = 100%);
 * a value the report does not state is null, never 0.
 */

export type Grade = '优' | '良' | '中' | '差';
export type GradeBasis = 'stated' | 'score';
export type UnitLevel = 'street' | 'district';
export type EvaluationType = '单位自评' | '部门评价' | '财政评价';
export type FindingKind = '问题' | '建议' | '经验';
export type IndicatorOrigin = 'table' | 'narrative';

/** One row per evaluation report. */
export interface ReportRow {
	report_id: string;
	source_file: string;
	title: string | null;
	year: number | null;
	province: string | null;
	city: string | null;
	district: string | null;
	street: string | null;
	division_code: string | null;
	unit: string | null;
	unit_level: UnitLevel | null;
	project_name: string | null;
	evaluation_type: EvaluationType | null;
	budget_wan: number | null;
	actual_wan: number | null;
	execution_rate: number | null;
	execution_rate_stated: number | null;
	score: number | null;
	grade: Grade | null;
	grade_basis: GradeBasis | null;
	party_orgs: number | null;
	party_members: number | null;
	synthetic: boolean;
	warnings: string | null;
}

/** One row per performance indicator (绩效指标). */
export interface IndicatorRow {
	report_id: string;
	seq: number;
	level1: string | null;
	level2: string | null;
	name: string;
	target_text: string | null;
	target_value: number | null;
	actual_text: string | null;
	actual_value: number | null;
	unit: string | null;
	weight: number | null;
	points: number | null;
	achieved: boolean | null;
	origin: IndicatorOrigin;
	evidence_start: number | null;
	evidence_end: number | null;
}

/** One row per itemised spending line. */
export interface ExpenditureRow {
	report_id: string;
	seq: number;
	item: string;
	amount_yuan: number | null;
	evidence_start: number | null;
	evidence_end: number | null;
}

/** One problem, suggestion or practice named in a report. */
export interface FindingRow {
	report_id: string;
	seq: number;
	kind: FindingKind;
	text: string;
	theme: string;
	evidence_start: number | null;
	evidence_end: number | null;
}

/** The normalised text every evidence offset points into. */
export interface SourceRow {
	report_id: string;
	source_file: string;
	sha256: string;
	text: string;
	/** The published original's web address, when a manifest gives one (an extension of SCHEMA.md). */
	source_url: string | null;
}

/** How much a check matters: an error kept a value out of the row, a warning asks a person to look. */
export type CheckSeverity = 'error' | 'warning' | 'info';

/**
 * One thing the extractor could not read, or read but doubts (an extension of SCHEMA.md: table `checks`).
 * `field` is a column of the reports table (or `indicators`, `place`, `document`); `code` a stable key
 * for filters (see CHECK_CODES in ingest/checks.ts); `reason` says it in Chinese and English.
 */
export interface CheckRow {
	report_id: string;
	seq: number;
	field: string;
	severity: CheckSeverity;
	code: string;
	reason: string;
}

/** Offsets of the text behind one report-level figure (an extension of SCHEMA.md: table `evidence`). */
export interface EvidenceRow {
	report_id: string;
	field: string;
	evidence_start: number;
	evidence_end: number;
}

/** A place a report can belong to. */
export interface DivisionRow {
	code: string;
	name: string;
	/** 'province' is an extension of SCHEMA.md's three levels (reports from anywhere in China). */
	level: 'province' | 'city' | 'district' | 'street';
	parent_code: string | null;
}

/** Character offsets [start, end) into SourceRow.text of the text that states a report-level field. */
export type Evidence = Partial<Record<keyof ReportRow, [number, number]>>;

/** Everything extracted from one document. */
export interface Extraction {
	report: ReportRow;
	indicators: IndicatorRow[];
	expenditures: ExpenditureRow[];
	findings: FindingRow[];
	source: SourceRow;
	/** Offsets of the sentence behind each report-level figure (budget_wan, score, year, …). */
	evidence: Evidence;
	/** Same strings as report.warnings, as a list. */
	warnings: string[];
	/** What could not be read or is doubtful, one row each (table `checks`). */
	checks: CheckRow[];
	/**
	 * A document evaluating several projects: the other reports it holds, one per project, in document
	 * order (this extraction is the unit-level report, or the first project). Each has its own report_id.
	 */
	more?: Extraction[];
}

/** What the caller knows about a document besides its text. */
export interface ExtractInput {
	/** The document's text, already decoded to a JS string. */
	text: string;
	/** File name (no directory) the text came from. */
	sourceFile: string;
	/** sha256 hex of the original bytes; if absent, the sha256 of the UTF-8 text is used. */
	sha256?: string;
	/** City that place look-ups are scoped to; default 广州市. */
	city?: string;
	/** Demonstration report (manifest or demo corpus). */
	synthetic?: boolean;
	/** Facts stated outside the text (a manifest row); these win over the text, with a warning on disagreement. */
	manifest?: ManifestEntry;
}

/** One row of an ingest manifest CSV. */
export interface ManifestEntry {
	source_file: string;
	district?: string | null;
	street?: string | null;
	year?: number | null;
	source_url?: string | null;
	synthetic?: boolean | null;
	unit?: string | null;
	project_name?: string | null;
	evaluation_type?: EvaluationType | null;
}

/** The extractor's answer: records, or a reason the text is not an evaluation report. */
export type ExtractResult = { ok: true; value: Extraction } | { ok: false; reason: string };

/** Table names in SCHEMA.md order. */
export const TABLES = ['reports', 'indicators', 'expenditures', 'findings', 'sources', 'divisions', 'checks', 'evidence', 'corrections'] as const;
export type TableName = (typeof TABLES)[number];
