/**
 * The user's own tables (schema `mine`) and the main.{table} views that show shipped and user rows
 * together, with a `user_data` flag. Runs through any engine's Run (DuckDB-WASM in the browser, native in tests).
 */
import { createTableSql } from '../schema/tables';
import { ident, str } from '../queries/sql';
import { DETAIL_ALIAS, type Run } from '../db/setup';
import type { TableName } from '../ingest/types';
import { UPLOAD_TABLES } from './validate';
import { correctionsUnionSql, overlayIndicatorsSql, overlayReportsSql } from '../corrections/overlay';

/** Schema holding the user's tables; the shipped ones stay in the read-only attached `ds`. */
export const USER_SCHEMA = 'mine';

/** Qualified name of the user's copy of a table. */
export function userTable(t: TableName): string {
	return `${ident(USER_SCHEMA)}.${ident(t)}`;
}

/**
 * The view definition: shipped rows (user_data false), then the user's rows (user_data true). While the
 * user has no rows in a table its view reads the shipped table alone: the union would cost every
 * dashboard query (about twice the time in DuckDB-WASM) to add nothing.
 */
export function unionViewSql(t: TableName, shipped: string | null, withUser = true, fixes: string | null = null): string {
	const body = unionSelect(t, shipped, withUser);
	// The browser's own corrections (review), when there are any, are put into the rows every view reads.
	const fixed =
		fixes && t === 'reports' ? overlayReportsSql(`(${body})`, fixes) : fixes && t === 'indicators' ? overlayIndicatorsSql(`(${body})`, fixes) : body;
	return `CREATE OR REPLACE VIEW main.${ident(t)} AS ${fixed}`;
}

/** The rows of main.{t} before the browser's corrections: shipped (user_data false), then the user's. */
function unionSelect(t: TableName, shipped: string | null, withUser: boolean): string {
	const mine = `SELECT *, true AS user_data FROM ${userTable(t)}`;
	if (!shipped) return mine;
	const ship = `SELECT *, false AS user_data FROM ${shipped}`;
	return withUser ? `${ship} UNION ALL BY NAME ${mine}` : ship;
}

/** The browser's corrections (review): the same columns as the shipped corrections table, in schema `mine`. */
export const FIXES_TABLE = `${ident(USER_SCHEMA)}.${ident('corrections')}`;

/** Where each shipped table is read: the split dataset's detail file (`dd`) first, else the dataset (`alias`). */
async function shippedTables(run: Run, alias: string): Promise<Map<string, string>> {
	const dbs = [DETAIL_ALIAS, alias].map(str).join(', ');
	const found = await run(
		`SELECT database_name AS db, table_name AS name FROM duckdb_tables() WHERE database_name IN (${dbs}) AND schema_name = 'main' UNION ALL SELECT database_name, view_name FROM duckdb_views() WHERE database_name IN (${dbs}) AND schema_name = 'main' AND NOT internal`
	);
	const source = new Map<string, string>();
	for (const db of [alias, DETAIL_ALIAS]) for (const r of found) if (r.db === db) source.set(String(r.name), `${ident(db)}.main.${ident(String(r.name))}`);
	return source;
}

/** Re-creates main.{table} for every uploadable table: the union where the user has rows, the shipped table alone elsewhere. */
export async function refreshUserViews(run: Run, alias = 'ds'): Promise<void> {
	const source = await shippedTables(run, alias);
	const counts = await userCounts(run);
	const [{ n: fixCount }] = await run(`SELECT count(*)::INTEGER AS n FROM ${FIXES_TABLE}`);
	const fixes = Number(fixCount) > 0 ? FIXES_TABLE : null;
	for (const t of UPLOAD_TABLES) await run(unionViewSql(t, source.get(t) ?? null, (counts[t] ?? 0) > 0, fixes));
	const base = (t: TableName) => `(${unionSelect(t, source.get(t) ?? null, (counts[t] ?? 0) > 0)})`;
	await run(`CREATE OR REPLACE VIEW main.corrections AS ${correctionsUnionSql(source.get('corrections') ?? null, fixes, base('reports'), base('indicators'))}`);
}

/**
 * Creates the user tables (if absent) and re-creates main.{table} for every uploadable table over the
 * shipped table and the user's (refreshUserViews), and main.corrections over the shipped corrections and the
 * browser's (mine.corrections, the review's). The shipped table is read where setup.ts put it:
 * the split dataset's detail file (`dd`) first, else the dataset (`alias`). Call after attaching.
 */
export async function installUserViews(run: Run, alias = 'ds'): Promise<void> {
	await run(`CREATE SCHEMA IF NOT EXISTS ${ident(USER_SCHEMA)}`);
	const mainTables = new Set(
		(await run(`SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'`)).map((r) => String(r.name))
	);
	for (const t of UPLOAD_TABLES) {
		await run(createTableSql(t, userTable(t)).replace(/^CREATE TABLE /, 'CREATE TABLE IF NOT EXISTS '));
		// attachDataset made an empty placeholder table where the file lacks this table; a view replaces it.
		if (mainTables.has(t)) await run(`DROP TABLE main.${ident(t)}`);
	}
	await run(createTableSql('corrections', FIXES_TABLE).replace(/^CREATE TABLE /, 'CREATE TABLE IF NOT EXISTS '));
	if (mainTables.has('corrections')) await run('DROP TABLE main.corrections');
	await refreshUserViews(run, alias);
}

/** report_ids already visible (shipped and the user's), or only the shipped ones when the user's are about to be replaced. */
export async function loadedReportIds(run: Run, shippedOnly = false): Promise<Set<string>> {
	const rows = await run(`SELECT report_id FROM main.reports${shippedOnly ? ' WHERE NOT user_data' : ''}`);
	return new Set(rows.map((r) => String(r.report_id)));
}

/** Row counts of the user's tables. */
export async function userCounts(run: Run): Promise<Record<string, number>> {
	const sql = UPLOAD_TABLES.map((t) => `SELECT ${str(t)} AS t, count(*)::INTEGER AS n FROM ${userTable(t)}`).join(' UNION ALL ');
	const out: Record<string, number> = {};
	for (const r of await run(sql)) out[String(r.t)] = Number(r.n);
	return out;
}
