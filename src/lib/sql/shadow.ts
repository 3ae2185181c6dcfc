/**
 * Which shipped table names no longer lead to the shipped tables. DuckDB resolves a bare name through its
 * search path: the temp schema first, then the schemas set by USE / SET schema / SET search_path, then main.
 * The guard refuses temp objects named like a shipped table; a changed search path (USE mine) is allowed,
 * so after each statement the console asks the catalog and warns while a shipped name is hidden.
 */
import { DATASET_TABLES } from '../db/connector';

/** A shipped table hidden by another object of the same name. */
export interface Shadow {
	/** The shipped table's name (reports, findings …). */
	table: string;
	/** The object a bare `table` now reads, qualified (temp.main.reports, mine.reports). */
	by: string;
	/** A statement that makes the bare name lead to the shipped table again. */
	undo: string;
}

/** One object named like a shipped table, with the search path at the time of asking (shadowSql's rows). */
export interface ShadowRow {
	db: string;
	schema: string;
	name: string;
	kind: 'table' | 'view';
	path: string[];
	cur: string;
}

const names = DATASET_TABLES.map((t) => `'${t}'`).join(', ');

/** Every table and view named like a shipped table, in the temp catalog or the current database, with the search path. */
export const SHADOW_SQL = `SELECT o.db, o.schema, o.name, o.kind, current_schemas(true) AS path, current_database() AS cur FROM (
SELECT database_name AS db, schema_name AS schema, table_name AS name, 'table' AS kind FROM duckdb_tables() WHERE table_name IN (${names})
UNION ALL SELECT database_name, schema_name, view_name, 'view' FROM duckdb_views() WHERE view_name IN (${names}) AND NOT internal
) o WHERE o.db IN ('temp', current_database())`;

/**
 * The shipped names a bare reference no longer reaches (pure). current_schemas(true) lists the temp schema
 * first, then the set path, then the current database's main: a schema of the current database listed
 * before that main hides main's view when it holds an object of the same name.
 */
export function shadowsFrom(rows: ShadowRow[]): Shadow[] {
	const out = new Map<string, Shadow>();
	for (const r of rows) {
		if (out.has(r.name)) continue;
		if (r.db === 'temp') {
			out.set(r.name, { table: r.name, by: `temp.${r.schema}.${r.name}`, undo: `DROP ${r.kind.toUpperCase()} temp.${r.schema}.${r.name}` });
			continue;
		}
		if (r.schema === 'main') continue;
		const path = Array.isArray(r.path) ? r.path.map(String) : [];
		const main = path.indexOf('main', 1);
		const at = path.indexOf(r.schema, 1);
		if (at > 0 && (main < 0 || at < main)) out.set(r.name, { table: r.name, by: `${r.schema}.${r.name}`, undo: 'USE main' });
	}
	return [...out.values()].sort((a, b) => DATASET_TABLES.indexOf(a.table as never) - DATASET_TABLES.indexOf(b.table as never));
}
