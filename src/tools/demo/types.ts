import type { EvaluationType, FindingKind, Grade, GradeBasis, IndicatorRow, UnitLevel } from '../../lib/ingest/types';

/** The page layouts the generator writes. */
export type Layout = 'narrative' | 'grid' | 'key';

/** Report-level values a generated document states, in SCHEMA.md units (万元, fractions). */
export interface TruthReport {
	title: string | null;
	year: number;
	province: string;
	city: string;
	district: string;
	street: string | null;
	division_code: string;
	unit: string;
	unit_level: UnitLevel;
	project_name: string;
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
}

/** One indicator as the document states it; level1/level2 in the SCHEMA.md vocabulary (产出, 数量 …). */
export type TruthIndicator = Omit<IndicatorRow, 'report_id' | 'seq' | 'evidence_start' | 'evidence_end'>;

/** One itemised spending line, in yuan. */
export interface TruthExpenditure {
	item: string;
	amount_yuan: number;
}

/** One problem, suggestion or practice, text without its list marker. */
export interface TruthFinding {
	kind: FindingKind;
	text: string;
	theme: string;
}

/**
 * Everything a generated document states. Strings are in simplified Chinese with ASCII digits even
 * when the document is written in traditional characters or full-width digits (see `variants`).
 */
export interface Truth {
	file: string;
	synthetic: true;
	layout: Layout;
	/** Presentation variants applied: 'traditional', 'fullwidth', 'hardwrap', 'markdown', 'yuan', … */
	variants: string[];
	report: TruthReport;
	indicators: TruthIndicator[];
	expenditures: TruthExpenditure[];
	findings: TruthFinding[];
}

/** One generated document. */
export interface DemoDocument {
	file: string;
	text: string;
	truth: Truth;
}
