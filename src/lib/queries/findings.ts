/** Problems, suggestions and practices (findings) over the filtered reports. */
import { reportWhere, type Filters } from './filters';
import { int, str } from './sql';
import { aggregate, type Aggregate } from './measures';
import { DETAIL_PLAN, type QueryPlan } from './plan';
import type { Sql } from './typed';

/** Findings and the reports naming them per theme and kind, most frequent first. */
export const FINDING_THEMES: Aggregate = {
	fact: 'findings',
	by: ['theme', 'kind'],
	measures: [
		['findings', 'n'],
		['finding_reports', 'reports']
	],
	order: (c) => ['n DESC', c('theme'), c('kind')]
};

/** Problems (kind 问题) per district, year and theme. */
export const PROBLEM_THEMES_BY_DISTRICT_YEAR: Aggregate = {
	fact: 'findings',
	by: ['district', 'year', 'theme'],
	measures: [['findings', 'n']],
	where: (c) => [`${c('kind')} = '问题'`, `${c('district')} IS NOT NULL`, `${c('year')} IS NOT NULL`],
	order: (c) => [c('district'), c('year'), 'n DESC', c('theme')]
};

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
	return aggregate(FINDING_THEMES, f, plan);
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
	return aggregate(PROBLEM_THEMES_BY_DISTRICT_YEAR, f, plan);
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
