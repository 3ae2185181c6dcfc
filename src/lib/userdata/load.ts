/** Atomic loading of validated rows into the user's tables: one transaction, all or nothing. */
import { tableSpec } from '../schema/tables';
import { ident, num, str } from '../queries/sql';
import type { Run } from '../db/setup';
import type { TableName } from '../ingest/types';
import type { LoadMode, TableRows, TypedRow } from './types';
import { refreshUserViews, userTable } from './views';
import { UPLOAD_TABLES } from './validate';

/** Rows per INSERT statement. */
export const CHUNK = 500;

/** One value as a SQL literal. */
export function literal(v: unknown): string {
	if (v === null || v === undefined) return 'NULL';
	if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
	if (typeof v === 'number') return num(v);
	if (typeof v === 'bigint') return v.toString();
	return str(String(v));
}

/** INSERT statements for `rows` into the user's table `t`, CHUNK rows each. */
export function insertSql(t: TableName, rows: TypedRow[]): string[] {
	const cols = tableSpec(t).columns.map((c) => c.name);
	const head = `INSERT INTO ${userTable(t)} (${cols.map(ident).join(', ')}) VALUES `;
	const out: string[] = [];
	for (let i = 0; i < rows.length; i += CHUNK) {
		out.push(
			head +
				rows
					.slice(i, i + CHUNK)
					.map((r) => `(${cols.map((c) => literal(r[c])).join(', ')})`)
					.join(', ')
		);
	}
	return out;
}

/**
 * Loads rows for one or more tables in one transaction. 'replace' first empties the user's copy of
 * each table in the batch; the shipped tables are never touched. On any error everything is rolled
 * back and the error rethrown, so the user's earlier data is unchanged.
 */
export async function loadRows(run: Run, batch: TableRows, mode: LoadMode, onProgress?: (share: number) => void): Promise<Record<string, number>> {
	const tables = UPLOAD_TABLES.filter((t) => batch[t] !== undefined);
	const statements: string[] = [];
	if (mode === 'replace') for (const t of tables) statements.push(`DELETE FROM ${userTable(t)}`);
	const counts: Record<string, number> = {};
	for (const t of tables) {
		statements.push(...insertSql(t, batch[t]!));
		counts[t] = batch[t]!.length;
	}
	await run('BEGIN TRANSACTION');
	try {
		for (let i = 0; i < statements.length; i++) {
			await run(statements[i]);
			onProgress?.((i + 1) / statements.length);
		}
		// In the same transaction: the views gain (or drop) the user's rows exactly when they do.
		await refreshUserViews(run);
		await run('COMMIT');
	} catch (e) {
		await run('ROLLBACK').catch(() => undefined);
		throw new Error(`载入失败，数据未改变 / loading failed, nothing was changed: ${(e as Error).message}`, { cause: e });
	}
	return counts;
}

/** Removes every user row (the shipped data is untouched), atomically. */
export async function forgetRows(run: Run): Promise<void> {
	await run('BEGIN TRANSACTION');
	try {
		for (const t of UPLOAD_TABLES) await run(`DELETE FROM ${userTable(t)}`);
		await refreshUserViews(run);
		await run('COMMIT');
	} catch (e) {
		await run('ROLLBACK').catch(() => undefined);
		throw e;
	}
}

/** The user's rows of every table (for saving in the browser). */
export async function snapshotRows(run: Run): Promise<TableRows> {
	const out: TableRows = {};
	for (const t of UPLOAD_TABLES) {
		const cols = tableSpec(t)
			.columns.map((c) => ident(c.name))
			.join(', ');
		out[t] = (await run(`SELECT ${cols} FROM ${userTable(t)}`)) as TypedRow[];
	}
	return out;
}
