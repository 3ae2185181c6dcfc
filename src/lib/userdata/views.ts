/**
 * The user's own tables (schema `mine`) and the main.{table} views that show shipped and user rows
 * together, with a `user_data` flag. Runs through any engine's Run (DuckDB-WASM in the browser, native in tests).
 */
import { createTableSql } from '../schema/tables';
import { ident, str } from '../queries/sql';
import { DETAIL_ALIAS, type Run } from '../db/setup';
import type { TableName } from '../ingest/types';
import { UPLOAD_TABLES } from './validate';

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
export function unionViewSql(t: TableName, shipped: string | null, withUser = true): string {
	const mine = `SELECT *, true AS user_data FROM ${userTable(t)}`;
	if (!shipped) return `CREATE OR REPLACE VIEW main.${ident(t)} AS ${mine}`;
	const ship = `SELECT *, false AS user_data FROM ${shipped}`;
	return `CREATE OR REPLACE VIEW main.${ident(t)} AS ${withUser ? `${ship} UNION ALL BY NAME ${mine}` : ship}`;
}

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
	for (const t of UPLOAD_TABLES) await run(unionViewSql(t, source.get(t) ?? null, (counts[t] ?? 0) > 0));
}

/**
 * Creates the user tables (if absent) and re-creates main.{table} for every uploadable table over the
 * shipped table and the user's (refreshUserViews). The shipped table is read where setup.ts put it:
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
