import Papa from 'papaparse';

/** A column of an exported or displayed table. */
export interface CsvColumn {
	key: string;
	label: string;
	/** A second column written right after this one from the same value (place names' English labels on English pages). */
	csvAlso?: { label: string; value: (v: unknown) => string };
}

/**
 * First characters that make a spreadsheet read a cell as a formula (=, +, -, @, tab, CR). Text starting
 * with one gets a leading apostrophe in every CSV the project writes: here, and in the ingest's DuckDB
 * COPY (src/lib/node/write.ts builds its SQL from this list). Numbers are never changed.
 */
export const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r'] as const;

const FORMULA_RE = new RegExp(`^[${FORMULA_PREFIXES.join('').replace('-', '\\-')}]`);

/** Text as it goes into a CSV cell: formula-looking text prefixed with an apostrophe, anything else unchanged. */
export function neutraliseFormula(s: string): string {
	return s !== '' && (FORMULA_PREFIXES as readonly string[]).includes(s[0]) ? `'${s}` : s;
}

/** A value as PapaParse writes it: non-finite numbers empty (Papa would write NaN), everything else as it is. */
function plain(v: unknown): unknown {
	return typeof v === 'number' && !Number.isFinite(v) ? null : v;
}

/**
 * Rows as CSV (RFC 4180, CRLF) with a UTF-8 BOM so Excel reads Chinese correctly; raw values, not formatted.
 * PapaParse's `unparse` quotes and, with `escapeFormulae` (the FORMULA_PREFIXES), prefixes formula-looking text with an
 * apostrophe (and quotes it) so spreadsheets show it instead of evaluating it; numbers are never changed.
 */
export function toCsv(columns: CsvColumn[], rows: Record<string, unknown>[]): string {
	const body = Papa.unparse(
		{
			fields: columns.flatMap((c) => (c.csvAlso ? [c.label, c.csvAlso.label] : [c.label])),
			data: rows.map((r) => columns.flatMap((c) => (c.csvAlso ? [plain(r[c.key]), r[c.key] == null ? null : c.csvAlso.value(r[c.key])] : [plain(r[c.key])])))
		},
		{ newline: '\r\n', escapeFormulae: FORMULA_RE }
	);
	return '\uFEFF' + body + '\r\n';
}

/** A file-name-safe slug of a title (keeps CJK). */
export function fileSlug(title: string): string {
	return title.replace(/[\\/:*?"<>|\s×·：]+/g, '-').replace(/^-+|-+$/g, '') || 'chart';
}
