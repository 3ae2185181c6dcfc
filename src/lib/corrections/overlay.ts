/**
 * The corrections a person made in this browser, overlaid on the rows every view reads: pure SQL builders.
 * The browser keeps its corrections in a table (schema `mine`, the same columns as the `corrections` table);
 * main.reports and main.indicators then read the shipped (and uploaded) rows with each corrected value put
 * in, exactly as applyCorrections (corrections.ts) puts them in for the CLI: a correction applies only where
 * the row still holds its old value (an empty old value matches NULL; numbers within 1e-9), and the derived
 * figures follow (execution_rate from budget and spend, else the stated rate; a grade not stated in the
 * report from the corrected score; a corrected grade is a stated one). main.corrections shows the shipped
 * corrections and the browser's applied ones, told apart by `user_data`.
 */
import { tableSpec, type ColumnType } from '../schema/tables';
import { ident, str } from '../queries/sql';
import { fieldType } from './fields';

/** Columns of the corrections table, in order. */
export const CORRECTION_TABLE_COLUMNS = tableSpec('corrections').columns.map((c) => c.name);

/** reports columns a person may correct, with their types. */
export const REPORT_FIELDS: [string, ColumnType][] = tableSpec('reports')
	.columns.map((c) => [c.name, fieldType(c.name)] as [string, ColumnType | null])
	.filter((x): x is [string, ColumnType] => x[1] !== null);

/** indicators columns a person may correct (field `indicators.<seq>.<column>`), with their types. */
export const INDICATOR_FIELDS: [string, ColumnType][] = tableSpec('indicators')
	.columns.map((c) => [c.name, fieldType(`indicators.1.${c.name}`)] as [string, ColumnType | null])
	.filter((x): x is [string, ColumnType] => x[1] !== null);

const q = ident;

/** SQL: the row's value `col` (of `type`) still is the correction's old value `old` (text, NULL = ''). */
function matches(col: string, type: ColumnType, old: string): string {
	const o = `coalesce(${old}, '')`;
	if (type === 'DOUBLE' || type === 'INTEGER') {
		return `(CASE WHEN ${o} = '' THEN ${col} IS NULL ELSE coalesce(abs(${col} - TRY_CAST(${o} AS DOUBLE)) <= 1e-9 * greatest(1, abs(${col})), false) END)`;
	}
	if (type === 'BOOLEAN') return `(coalesce(CAST(${col} AS VARCHAR), '') = ${o})`;
	return `(coalesce(CAST(${col} AS VARCHAR), '') = ${o})`;
}

/** SQL: the corrected value of `type` from the correction's text (an empty text is NULL). */
function typedValue(text: string, type: ColumnType): string {
	return `TRY_CAST(nullif(${text}, '') AS ${type})`;
}

/** SQL CASE: whether correction `c` (field name `key`) matches the row `b` for each field in `fields`. */
function matchCase(fields: [string, ColumnType][], key: string, b: string, c: string): string {
	return `CASE ${key} ${fields.map(([f, t]) => `WHEN ${str(f)} THEN ${matches(`${b}.${q(f)}`, t, `${c}.old_value`)}`).join(' ')} ELSE false END`;
}

const IND_FIELD = `'^indicators\\.[0-9]+\\.[A-Za-z_]+$'`;
const indSeq = (c: string) => `TRY_CAST(split_part(${c}.field, '.', 2) AS INTEGER)`;
const indCol = (c: string) => `split_part(${c}.field, '.', 3)`;

/** The browser's corrections of report-level fields that apply to `reports` (a relation: table, view or parenthesised SELECT). */
function appliedReportFixes(reports: string, fixes: string): string {
	return `SELECT c.* FROM ${fixes} c JOIN ${reports} b ON b.report_id = c.report_id WHERE ${matchCase(REPORT_FIELDS, 'c.field', 'b', 'c')}`;
}

/** The browser's corrections of indicator fields that apply to `indicators`. */
function appliedIndicatorFixes(indicators: string, fixes: string): string {
	return `SELECT c.* FROM ${fixes} c JOIN ${indicators} b ON b.report_id = c.report_id AND b.seq = ${indSeq('c')} WHERE regexp_matches(c.field, ${IND_FIELD}) AND ${matchCase(INDICATOR_FIELDS, indCol('c'), 'b', 'c')}`;
}

/** Pivot columns of applied corrections: for each field, whether it is corrected and its new text. */
function pivot(fields: [string, ColumnType][], colExpr: string): string {
	return fields
		.map(([f]) => `bool_or(${colExpr} = ${str(f)}) AS ${q(`fix:${f}`)}, any_value(new_value) FILTER (WHERE ${colExpr} = ${str(f)}) AS ${q(`new:${f}`)}`)
		.join(',\n    ');
}

/** Each correctable column replaced by its corrected value where a correction applies. */
function replaced(fields: [string, ColumnType][]): string {
	return fields
		.map(([f, t]) => `CASE WHEN coalesce(p.${q(`fix:${f}`)}, false) THEN ${typedValue(`p.${q(`new:${f}`)}`, t)} ELSE b.${q(f)} END AS ${q(f)}`)
		.join(',\n    ');
}

/** Score → grade where the grade follows the score (corrections.ts derive()). */
const GRADE_OF_SCORE = `CASE WHEN score IS NULL THEN NULL WHEN score >= 90 THEN '优' WHEN score >= 80 THEN '良' WHEN score >= 60 THEN '中' ELSE '差' END`;

/**
 * SELECT of `reports` (a relation with the reports columns, and maybe more such as user_data) with the
 * browser's corrections in `fixes` overlaid and derived figures recomputed. Columns and their order are kept.
 */
export function overlayReportsSql(reports: string, fixes: string): string {
	const rate = ['budget_wan', 'actual_wan', 'execution_rate_stated'].map((f) => `coalesce(p.${q(`fix:${f}`)}, false)`).join(' OR ');
	return `WITH b AS (SELECT * FROM ${reports}),
a AS (${appliedReportFixes('b', fixes)}),
p AS (
  SELECT report_id,
    ${pivot(REPORT_FIELDS, 'field')}
  FROM a GROUP BY report_id
),
o AS (
  SELECT b.* REPLACE (
    ${replaced(REPORT_FIELDS)}
  ),
  ${rate} AS "fix:rate",
  coalesce(p."fix:score", false) AS "fix:score",
  coalesce(p."fix:grade", false) AS "fix:grade"
  FROM b LEFT JOIN p ON p.report_id = b.report_id
)
SELECT * EXCLUDE ("fix:rate", "fix:score", "fix:grade") REPLACE (
  CASE WHEN "fix:rate" THEN (CASE WHEN budget_wan IS NOT NULL AND actual_wan IS NOT NULL AND budget_wan > 0 THEN actual_wan / budget_wan ELSE execution_rate_stated END) ELSE execution_rate END AS execution_rate,
  CASE WHEN "fix:grade" THEN grade WHEN "fix:score" AND coalesce(grade_basis, '') <> 'stated' THEN ${GRADE_OF_SCORE} ELSE grade END AS grade,
  CASE WHEN "fix:grade" THEN (CASE WHEN grade IS NULL THEN NULL ELSE 'stated' END) WHEN "fix:score" AND coalesce(grade_basis, '') <> 'stated' THEN (CASE WHEN score IS NULL THEN NULL ELSE 'score' END) ELSE grade_basis END AS grade_basis
) FROM o`;
}

/** SELECT of `indicators` with the browser's corrections of indicator fields (`indicators.<seq>.<column>`) overlaid. */
export function overlayIndicatorsSql(indicators: string, fixes: string): string {
	return `WITH b AS (SELECT * FROM ${indicators}),
a AS (SELECT c.report_id, ${indSeq('c')} AS seq, ${indCol('c')} AS col, c.new_value FROM (${appliedIndicatorFixes('b', fixes)}) c),
p AS (
  SELECT report_id, seq,
    ${pivot(INDICATOR_FIELDS, 'col')}
  FROM a GROUP BY report_id, seq
)
SELECT b.* REPLACE (
    ${replaced(INDICATOR_FIELDS)}
  )
FROM b LEFT JOIN p ON p.report_id = b.report_id AND p.seq = b.seq`;
}

/**
 * SELECT for main.corrections: the shipped corrections (user_data false; none when `shipped` is null) and,
 * when `fixes` is given, the browser's corrections that apply to `reports` / `indicators` (user_data true).
 */
export function correctionsUnionSql(shipped: string | null, fixes: string | null, reports: string, indicators: string): string {
	const cols = CORRECTION_TABLE_COLUMNS.map((c) => `c.${q(c)}`).join(', ');
	const parts = [
		shipped
			? `SELECT *, false AS user_data FROM ${shipped}`
			: `SELECT ${CORRECTION_TABLE_COLUMNS.map((c) => `NULL::${tableSpec('corrections').columns.find((x) => x.name === c)!.type} AS ${q(c)}`).join(', ')}, false AS user_data WHERE false`
	];
	if (fixes) {
		parts.push(`SELECT ${cols}, true AS user_data FROM (${appliedReportFixes(reports, fixes)}) c`);
		parts.push(`SELECT ${cols}, true AS user_data FROM (${appliedIndicatorFixes(indicators, fixes)}) c`);
	}
	return parts.join('\nUNION ALL BY NAME\n');
}

/** One row of the browser's corrections table. */
export interface FixRow {
	report_id: string;
	field: string;
	old_value?: string | null;
	new_value?: string | null;
	reason?: string | null;
	reviewer?: string | null;
	corrected_at?: string | null;
	evidence_start?: number | null;
	evidence_end?: number | null;
}

/** INSERT statements putting `rows` into the browser's corrections table `table` (500 rows each); '' is stored as NULL. */
export function insertFixesSql(table: string, rows: FixRow[]): string[] {
	const lit = (v: unknown) => {
		if (v === null || v === undefined || v === '') return 'NULL';
		if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : 'NULL';
		return str(String(v));
	};
	const out: string[] = [];
	for (let i = 0; i < rows.length; i += 500) {
		const values = rows
			.slice(i, i + 500)
			.map(
				(r) =>
					`(${CORRECTION_TABLE_COLUMNS.map((c) => (c === 'report_id' || c === 'field' ? str(String(r[c as keyof FixRow] ?? '')) : lit(r[c as keyof FixRow]))).join(', ')})`
			);
		out.push(`INSERT INTO ${table} (${CORRECTION_TABLE_COLUMNS.map(q).join(', ')}) VALUES ${values.join(', ')}`);
	}
	return out;
}
