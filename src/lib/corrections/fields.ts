/** Which fields a person may correct, and their types: a column of reports, or indicators.<seq>.<column>. Small and pure. */
import { tableSpec, type ColumnType } from '../schema/tables';

const REPORT_FIELDS = new Map(tableSpec('reports').columns.map((c) => [c.name, c.type]));
const INDICATOR_FIELDS = new Map(tableSpec('indicators').columns.map((c) => [c.name, c.type]));
/** Columns that identify a row or are derived: never corrected by hand. */
const FIXED = new Set([
	'report_id',
	'source_file',
	'synthetic',
	'warnings',
	'execution_rate',
	'grade_basis',
	'seq',
	'origin',
	'evidence_start',
	'evidence_end'
]);

/** The column type a correction's field has: a reports column, or indicators.<seq>.<column>; null if unknown or fixed. */
export function fieldType(field: string): ColumnType | null {
	const m = /^indicators\.(\d+)\.(\w+)$/.exec(field);
	if (m) return FIXED.has(m[2]) ? null : (INDICATOR_FIELDS.get(m[2]) ?? null);
	return FIXED.has(field) ? null : (REPORT_FIELDS.get(field) ?? null);
}
