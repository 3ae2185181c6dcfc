/** Pure helpers for the results grid: column types, sorting, the visible window, cell text. */
import type { DataType, Field } from 'apache-arrow';
import { Type } from 'apache-arrow';

/** A result column: name and a DuckDB-style type name. */
export interface ResultColumn {
	name: string;
	type: string;
	numeric: boolean;
}

/** DuckDB-style name of an Arrow type (by typeId, so a second copy of apache-arrow still works). */
export function arrowTypeName(t: DataType): string {
	const x = t as unknown as { bitWidth?: number; isSigned?: boolean; precision?: number; scale?: number; unit?: number; children?: { type: DataType }[] };
	switch (t.typeId) {
		case Type.Int:
		case Type.Int8:
		case Type.Int16:
		case Type.Int32:
		case Type.Int64:
		case Type.Uint8:
		case Type.Uint16:
		case Type.Uint32:
		case Type.Uint64: {
			const names: Record<number, string> = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' };
			return (x.isSigned === false ? 'U' : '') + (names[x.bitWidth ?? 32] ?? 'INTEGER');
		}
		case Type.Float:
		case Type.Float16:
		case Type.Float32:
		case Type.Float64:
			return x.precision === 1 ? 'FLOAT' : 'DOUBLE';
		case Type.Decimal:
			return `DECIMAL(${x.precision},${x.scale})`;
		case Type.Utf8:
		case Type.LargeUtf8:
			return 'VARCHAR';
		case Type.Bool:
			return 'BOOLEAN';
		case Type.Date:
		case Type.DateDay:
		case Type.DateMillisecond:
			return 'DATE';
		case Type.Timestamp:
		case Type.TimestampSecond:
		case Type.TimestampMillisecond:
		case Type.TimestampMicrosecond:
		case Type.TimestampNanosecond:
			return 'TIMESTAMP';
		case Type.Time:
			return 'TIME';
		case Type.Interval:
			return 'INTERVAL';
		case Type.Binary:
		case Type.LargeBinary:
			return 'BLOB';
		case Type.List:
			return `${arrowTypeName(x.children![0].type)}[]`;
		case Type.Struct:
			return 'STRUCT';
		case Type.Map:
			return 'MAP';
		case Type.Dictionary:
			return arrowTypeName((t as unknown as { dictionary: DataType }).dictionary);
		case Type.Null:
			return 'NULL';
		default:
			return String(t);
	}
}

const NUMERIC = /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT)|FLOAT|DOUBLE|DECIMAL)/;

/** Result columns from an Arrow schema's fields. */
export function resultColumns(fields: Field[]): ResultColumn[] {
	return fields.map((f) => {
		const type = arrowTypeName(f.type);
		return { name: f.name, type, numeric: NUMERIC.test(type) };
	});
}

function compare(a: unknown, b: unknown): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
	return String(a).localeCompare(String(b), 'zh-Hans-CN');
}

/** Row order for sorting by `key`: a permutation of indices, stable, nulls last in both directions. */
export function sortOrder(rows: Record<string, unknown>[], key: string, dir: 'asc' | 'desc'): number[] {
	const idx = rows.map((_, i) => i);
	const sign = dir === 'asc' ? 1 : -1;
	return idx.sort((i, j) => {
		const a = rows[i][key];
		const b = rows[j][key];
		if (a == null || b == null) return a == null && b == null ? i - j : a == null ? 1 : -1;
		return sign * compare(a, b) || i - j;
	});
}

/** The rows to render for a scroll position: [first, end) with `overscan` extra rows either side. */
export function visibleWindow(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 8): [number, number] {
	const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
	const end = Math.min(total, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
	return [first, Math.max(first, end)];
}

/**
 * Text of one cell: NULL shown as such, lists and structs as JSON, numbers unrounded; with `digits`, a number
 * written with fewer decimals is padded with zeros to that many (97 beside 97.25 reads 97.00), never rounded.
 */
export function cellText(v: unknown, digits = 0): string {
	if (v === null || v === undefined) return 'NULL';
	if (typeof v === 'object') return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? Number(x) : x));
	const s = String(v);
	if (typeof v !== 'number' || digits === 0 || !Number.isFinite(v) || /e/i.test(s)) return s;
	const dot = s.indexOf('.');
	const have = dot < 0 ? 0 : s.length - dot - 1;
	return have >= digits ? s : `${s}${dot < 0 ? '.' : ''}${'0'.repeat(digits - have)}`;
}

/** The most decimals any number of a column is written with (exponent forms aside): its cells are padded to it. */
export function columnDigits(rows: Record<string, unknown>[], key: string): number {
	let d = 0;
	for (const r of rows) {
		const v = r[key];
		if (typeof v !== 'number' || !Number.isFinite(v)) continue;
		const s = String(v);
		const dot = s.indexOf('.');
		if (dot >= 0 && !/e/i.test(s)) d = Math.max(d, s.length - dot - 1);
	}
	return d;
}
