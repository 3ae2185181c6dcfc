/** A column of an exported or displayed table. */
export interface CsvColumn {
	key: string;
	label: string;
}

/**
 * First characters that make a spreadsheet read a cell as a formula (=, +, -, @, tab, CR). Text starting
 * with one gets a leading apostrophe in every CSV the project writes: here, and in the ingest's DuckDB
 * COPY (src/lib/node/write.ts builds its SQL from this list). Numbers are never changed.
 */
export const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r'] as const;

/** Text as it goes into a CSV cell: formula-looking text prefixed with an apostrophe, anything else unchanged. */
export function neutraliseFormula(s: string): string {
	return s !== '' && (FORMULA_PREFIXES as readonly string[]).includes(s[0]) ? `'${s}` : s;
}

function cell(v: unknown): string {
	if (v == null) return '';
	const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : String(v);
	// Quote when needed; prefix formula-looking text so spreadsheets show it instead of evaluating it.
	const safe = typeof v === 'number' ? s : neutraliseFormula(s);
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV (RFC 4180, CRLF) with a UTF-8 BOM so Excel reads Chinese correctly; raw values, not formatted. */
export function toCsv(columns: CsvColumn[], rows: Record<string, unknown>[]): string {
	const lines = [columns.map((c) => cell(c.label)).join(',')];
	for (const r of rows) lines.push(columns.map((c) => cell(r[c.key])).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A file-name-safe slug of a title (keeps CJK). */
export function fileSlug(title: string): string {
	return title.replace(/[\\/:*?"<>|\s×·：]+/g, '-').replace(/^-+|-+$/g, '') || 'chart';
}
