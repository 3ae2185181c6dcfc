/** The report list (search, sort, paging) and one report's detail rows. */
import type { CheckRow, EvidenceRow, ExpenditureRow, FindingRow, IndicatorRow, ReportRow, SourceRow } from '../ingest/types';
import { reportWhere, type Filters } from './filters';
import { ident, ilikeContains, int, str } from './sql';
import type { Sql } from './typed';

/** Columns of the report list, in order. */
export const REPORT_LIST_COLUMNS = [
	'report_id',
	'title',
	'year',
	'district',
	'street',
	'unit',
	'project_name',
	'evaluation_type',
	'budget_wan',
	'actual_wan',
	'execution_rate',
	'execution_rate_stated',
	'score',
	'grade',
	'grade_basis',
	'synthetic',
	'warnings'
] as const;

/** A column the report list can be sorted by. */
export type ReportSortKey = (typeof REPORT_LIST_COLUMNS)[number];

/** One row of the report list. */
export type ReportListRow = Pick<ReportRow, ReportSortKey>;

/** Search, sort and paging for the report list. */
export interface ReportListOptions {
	/** Case-insensitive substring of title, unit, project, district, street or id. */
	search?: string | null;
	/** Default: year desc, then district, street, id. */
	sort?: ReportSortKey | null;
	dir?: 'asc' | 'desc';
	/** Default 50. */
	limit?: number;
	offset?: number;
}

const SEARCHED = ['title', 'unit', 'project_name', 'district', 'street', 'report_id'];

function listWhere(f: Filters, search: string | null | undefined): string {
	const extra: string[] = [];
	const s = search?.trim();
	if (s) extra.push(`(${SEARCHED.map((c) => ilikeContains(`r.${c}`, s)).join(' OR ')})`);
	return reportWhere(f, 'r', extra);
}

/** A page of the filtered, searched, sorted report list. */
export function reportsListQuery(f: Filters, opts: ReportListOptions = {}): Sql<ReportListRow> {
	const cols = REPORT_LIST_COLUMNS.map((c) => `r.${c}`).join(', ');
	let order = 'r.year DESC NULLS LAST, r.district NULLS LAST, r.street NULLS LAST, r.report_id';
	if (opts.sort != null) {
		if (!(REPORT_LIST_COLUMNS as readonly string[]).includes(opts.sort)) {
			throw new RangeError(`reportsListQuery: cannot sort by ${String(opts.sort)}`);
		}
		const dir = opts.dir === 'desc' ? 'DESC' : 'ASC';
		order = `r.${ident(opts.sort)} ${dir} NULLS LAST, r.report_id`;
	}
	return `SELECT ${cols} FROM reports r WHERE ${listWhere(f, opts.search)} ORDER BY ${order} LIMIT ${int(opts.limit ?? 50)} OFFSET ${int(opts.offset ?? 0)}`;
}

/** Count of the report list. */
export interface CountRow {
	n: number;
}

/** How many reports the list would show in total (for paging). */
export function reportsCountQuery(f: Filters, opts: Pick<ReportListOptions, 'search'> = {}): string {
	return `SELECT count(*) AS n FROM reports r WHERE ${listWhere(f, opts.search)}`;
}

/** The full reports row of one report (zero or one row). */
export function reportQuery(id: string): Sql<ReportRow> {
	return `SELECT * FROM reports WHERE report_id = ${str(id)}`;
}

/** One report's indicators in report order. */
export function reportIndicatorsQuery(id: string): Sql<IndicatorRow> {
	return `SELECT * FROM indicators WHERE report_id = ${str(id)} ORDER BY seq`;
}

/** One report's itemised spending in report order. */
export function reportExpendituresQuery(id: string): Sql<ExpenditureRow> {
	return `SELECT * FROM expenditures WHERE report_id = ${str(id)} ORDER BY seq`;
}

/** One report's findings in report order. */
export function reportFindingsQuery(id: string): Sql<FindingRow> {
	return `SELECT * FROM findings WHERE report_id = ${str(id)} ORDER BY seq`;
}

/** One report's source text (zero or one row). */
export function reportSourceQuery(id: string): Sql<SourceRow> {
	return `SELECT * FROM sources WHERE report_id = ${str(id)}`;
}

/** One report's checks (what the extractor could not read or doubts), errors first. */
export function reportChecksQuery(id: string): Sql<CheckRow> {
	return `SELECT * FROM checks WHERE report_id = ${str(id)} ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, seq`;
}

/** One report's evidence offsets of its report-level figures. */
export function reportEvidenceQuery(id: string): string {
	return `SELECT field, evidence_start, evidence_end FROM evidence WHERE report_id = ${str(id)} ORDER BY field`;
}

/** One report's corrections by people (which fields were corrected, from what, by whom). */
export function reportCorrectionsQuery(id: string): string {
	return `SELECT field, old_value, new_value, reason, reviewer, corrected_at, evidence_start, evidence_end FROM corrections WHERE report_id = ${str(id)} ORDER BY field`;
}

/** One report's count of error and warning checks. */
export interface CheckCountRow {
	report_id: string;
	n: number;
}

/** Reports that need a person to look: count of their error and warning checks. */
export function checkCountsQuery(): Sql<CheckCountRow> {
	return `SELECT report_id, count(*)::INTEGER AS n FROM checks WHERE severity <> 'info' GROUP BY report_id ORDER BY report_id`;
}

export type { ReportRow, IndicatorRow, ExpenditureRow, FindingRow, SourceRow, CheckRow, EvidenceRow };

/** One report in the review queue: its checks that ask for a person (errors and warnings). */
export interface ReviewRow {
	report_id: string;
	title: string | null;
	project_name: string | null;
	year: number | null;
	district: string | null;
	street: string | null;
	budget_wan: number | null;
	synthetic: boolean;
	errors: number;
	warnings: number;
	/** Check codes, sorted, joined by ','. */
	codes: string;
}

/**
 * The review queue under the filters: reports with error or warning checks, those whose figures can move
 * the dashboard most first — kept-out values (errors) first, then by budget, then by number of checks.
 */
export function reviewQueueQuery(f: Filters, limit = 2000): Sql<ReviewRow> {
	return `SELECT r.report_id, r.title, r.project_name, r.year, r.district, r.street, r.budget_wan, r.synthetic,
  count(*) FILTER (WHERE k.severity = 'error')::INTEGER AS errors,
  count(*) FILTER (WHERE k.severity = 'warning')::INTEGER AS warnings,
  string_agg(DISTINCT k.code, ',' ORDER BY k.code) AS codes
FROM reports r JOIN checks k ON k.report_id = r.report_id AND k.severity <> 'info'
WHERE ${reportWhere(f, 'r')}
GROUP BY ALL
ORDER BY count(*) FILTER (WHERE k.severity = 'error') DESC, r.budget_wan DESC NULLS LAST, count(*) DESC, r.report_id
LIMIT ${int(limit)}`;
}
