/**
 * The one place user-supplied values become SQL text. Every builder splices values only through
 * these helpers, so escaping is reviewed and tested here once.
 */

/** A SQL string literal: single quotes doubled; NUL rejected (DuckDB strings cannot hold it). */
export function str(value: string): string {
	if (typeof value !== 'string') throw new TypeError(`sql.str: expected a string, got ${typeof value}`);
	if (value.includes('\u0000')) throw new RangeError('sql.str: NUL character in a string literal');
	return `'${value.replaceAll("'", "''")}'`;
}

/** A SQL numeric literal from a finite number (NaN, Infinity and non-numbers throw). */
export function num(value: number): string {
	if (typeof value !== 'number' || !Number.isFinite(value)) {
		throw new RangeError(`sql.num: expected a finite number, got ${String(value)}`);
	}
	return String(value);
}

/** A non-negative integer literal (LIMIT / OFFSET); anything else throws. */
export function int(value: number): string {
	if (!Number.isSafeInteger(value) || value < 0) {
		throw new RangeError(`sql.int: expected a non-negative integer, got ${String(value)}`);
	}
	return String(value);
}

/** A quoted identifier: double quotes doubled. */
export function ident(name: string): string {
	if (typeof name !== 'string' || name.length === 0) throw new RangeError('sql.ident: empty identifier');
	if (name.includes('\u0000')) throw new RangeError('sql.ident: NUL character in an identifier');
	return `"${name.replaceAll('"', '""')}"`;
}

/** A pattern for `ILIKE … ESCAPE '\'` matching `value` anywhere, with % _ \ taken literally. */
export function containsPattern(value: string): string {
	return str(`%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** `expr ILIKE <pattern> ESCAPE '\'` for a substring search, case-insensitive. */
export function ilikeContains(expr: string, value: string): string {
	return `${expr} ILIKE ${containsPattern(value)} ESCAPE '\\'`;
}

/** Join conditions with AND; an empty list is TRUE. */
export function and(conditions: string[]): string {
	return conditions.length ? conditions.join(' AND ') : 'TRUE';
}
