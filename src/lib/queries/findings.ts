/** Problems, suggestions and practices (findings) over the filtered reports. */
import { reportWhere, type Filters } from './filters';
import { int, str } from './sql';
import { DETAIL_PLAN, useSummary, type QueryPlan } from './plan';
import type { Sql } from './typed';

/** Findings per theme and kind. */
export interface FindingThemeRow {
	theme: string;
	kind: string;
	n: number;
	/** Distinct reports naming the theme with that kind. */
	reports: number;
}

/** Findings per (theme, kind), most frequent first. */
export function findingThemesQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<FindingThemeRow> {
	if (useSummary(plan, 'summary_findings', f))
		return `SELECT s.theme AS theme, s.kind AS kind, sum(s.n)::BIGINT AS n, sum(s.reports)::BIGINT AS reports FROM summary_findings s WHERE ${reportWhere(f, 's')} GROUP BY s.theme, s.kind ORDER BY n DESC, s.theme, s.kind`;
	return `SELECT fi.theme AS theme, fi.kind AS kind, count(*) AS n, count(DISTINCT fi.report_id) AS reports FROM findings fi JOIN reports r ON r.report_id = fi.report_id WHERE ${reportWhere(f)} GROUP BY fi.theme, fi.kind ORDER BY n DESC, fi.theme, fi.kind`;
}

/** Problems of one theme in one district and year. */
export interface FindingThemeDistrictYearRow {
	district: string;
	year: number;
	theme: string;
	n: number;
}

/** Problems (kind 问题) per (district, year, theme). */
export function findingThemesByDistrictYearQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<FindingThemeDistrictYearRow> {
	if (useSummary(plan, 'summary_findings', f))
		return `SELECT s.district AS district, s.year AS year, s.theme AS theme, sum(s.n)::BIGINT AS n FROM summary_findings s WHERE ${reportWhere(f, 's', ["s.kind = '问题'", 's.district IS NOT NULL', 's.year IS NOT NULL'])} GROUP BY s.district, s.year, s.theme ORDER BY s.district, s.year, n DESC, s.theme`;
	return `SELECT r.district AS district, r.year AS year, fi.theme AS theme, count(*) AS n FROM findings fi JOIN reports r ON r.report_id = fi.report_id WHERE ${reportWhere(f, 'r', ["fi.kind = '问题'", 'r.district IS NOT NULL', 'r.year IS NOT NULL'])} GROUP BY r.district, r.year, fi.theme ORDER BY r.district, r.year, n DESC, fi.theme`;
}

/** Options narrowing findingsQuery. */
export interface FindingsOptions {
	theme?: string | null;
	kind?: string | null;
	/** Default 200. */
	limit?: number;
}

/** One finding with where and when it was made. */
export interface FindingListRow {
	report_id: string;
	district: string | null;
	street: string | null;
	year: number | null;
	kind: string;
	theme: string;
	text: string;
	seq: number;
	evidence_start: number | null;
	evidence_end: number | null;
}

/** Individual findings, newest year first, optionally of one theme and/or kind. */
export function findingsQuery(f: Filters, opts: FindingsOptions = {}): Sql<FindingListRow> {
	const extra: string[] = [];
	if (opts.theme != null) extra.push(`fi.theme = ${str(opts.theme)}`);
	if (opts.kind != null) extra.push(`fi.kind = ${str(opts.kind)}`);
	return `SELECT fi.report_id AS report_id, r.district AS district, r.street AS street, r.year AS year, fi.kind AS kind, fi.theme AS theme, fi.text AS text, fi.seq AS seq, fi.evidence_start AS evidence_start, fi.evidence_end AS evidence_end FROM findings fi JOIN reports r ON r.report_id = fi.report_id WHERE ${reportWhere(f, 'r', extra)} ORDER BY r.year DESC NULLS LAST, r.district NULLS LAST, r.street NULLS LAST, fi.report_id, fi.seq LIMIT ${int(opts.limit ?? 200)}`;
}
