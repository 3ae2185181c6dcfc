/** Fixed SQL for the methodology page (no user input reaches these strings). */
import type { Sql } from '../queries/typed';

/** A real (non-synthetic) report as listed on the methodology page. */
export interface RealReportRow {
	report_id: string;
	source_file: string;
	title: string | null;
	year: number | null;
	district: string | null;
	street: string | null;
	unit: string | null;
	/** The published original, when the ingest manifest gave its address. */
	source_url: string | null;
}

/** Real reports, by year, district and file name. */
export function realReportsQuery(): Sql<RealReportRow> {
	return `SELECT r.report_id, r.source_file, r.title, r.year, r.district, r.street, r.unit, s.source_url FROM reports r LEFT JOIN sources s USING (report_id) WHERE NOT r.synthetic ORDER BY r.year NULLS LAST, r.district NULLS LAST, r.source_file`;
}

/** A kind of extraction warning: its leading words, how many reports carry it, and one example. */
export interface WarningKindRow {
	kind: string;
	reports: number;
	example: string;
}

/** Warning kinds (the text before the first '：' or bracket) by number of reports carrying them, most first. */
export function warningKindsQuery(limit = 10): Sql<WarningKindRow> {
	return `WITH w AS (SELECT DISTINCT r.report_id, trim(u.w) AS w FROM reports r, unnest(string_split(r.warnings, '; ')) AS u(w) WHERE r.warnings IS NOT NULL AND trim(u.w) <> '') SELECT trim(regexp_extract(w, '^[^：:(（]+')) AS kind, count(DISTINCT report_id) AS reports, min(w) AS example FROM w GROUP BY 1 ORDER BY reports DESC, kind LIMIT ${Math.max(1, Math.floor(limit))}`;
}

/** Reports with at least one warning. */
export function warnedReportsQuery(): string {
	return `SELECT count(*) AS n FROM reports r WHERE r.warnings IS NOT NULL AND trim(r.warnings) <> ''`;
}
