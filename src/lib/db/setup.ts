/** How every engine (native, WASM) turns the shipped files into the dataset's tables: one recipe. */
import { createTableSql } from '../schema/tables';
import { ident, str } from '../sqltext/sql';
import { DATASET_TABLES, type Connector, type Row } from './connector';
import { DETAIL_PLAN, STATE_TABLES, SUMMARY_TABLES, planWith, topLevelOf, topLevelSql, type QueryPlan } from '../sqltext/plan';

/** Name of the shipped single-file dataset (static/data/dataset.duckdb), also its name in DuckDB-WASM's file system. */
export const DATASET_FILE = 'dataset.duckdb';

/** Runs one statement and returns its rows. */
export type Run = (sql: string) => Promise<Row[]>;

/** Nothing is fetched at run time: no extension installs or auto-loads. */
export const NO_EXTENSION_DOWNLOADS = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];

/** Tables and views in the main schema of attached database `alias`. */
export function presentTablesSql(alias: string): string {
	const a = str(alias);
	return `SELECT table_name AS name FROM duckdb_tables() WHERE database_name = ${a} AND schema_name = 'main' UNION SELECT view_name FROM duckdb_views() WHERE database_name = ${a} AND schema_name = 'main'`;
}

/** Turns the detail file named in dataset_meta into something the engine can ATTACH (WASM: register it by URL first). */
export type DetailResolver = (file: string) => Promise<string>;

/**
 * Attaches `file` READ_ONLY as `ds` and creates main.{table} views over it, so user tables can live
 * in main while the shipped ones stay read-only. A table missing from the file becomes an empty
 * table with the SCHEMA.md columns, so every dashboard query still runs. A large (split) dataset names
 * a detail file in ds.dataset_meta: with `detail` given it is attached as `dd` and the detail views read
 * from it. Summary tables (in either file) get main views too; the plan returned names them for the builders (queries/plan.ts):
 * the caller keeps it with its connector (`Connector.plan`).
 */
export async function attachDataset(run: Run, file: string, alias = 'ds', detail?: DetailResolver): Promise<QueryPlan> {
	await run(`ATTACH ${str(file)} AS ${ident(alias)} (READ_ONLY)`);
	const present = new Set((await run(presentTablesSql(alias))).map((r) => String(r.name)));
	let inDetail = new Set<string>();
	if (detail && present.has('dataset_meta')) {
		const [meta] = await run(`SELECT value FROM ${ident(alias)}.main.dataset_meta WHERE key = 'detail_file'`);
		if (meta) {
			await run(`ATTACH ${str(await detail(String(meta.value)))} AS ${ident(DETAIL_ALIAS)} (READ_ONLY)`);
			inDetail = new Set((await run(presentTablesSql(DETAIL_ALIAS))).map((r) => String(r.name)));
		}
	}
	for (const t of DATASET_TABLES) {
		const from = inDetail.has(t) ? DETAIL_ALIAS : present.has(t) ? alias : null;
		await run(from ? `CREATE VIEW main.${ident(t)} AS SELECT * FROM ${ident(from)}.main.${ident(t)}` : createTableSql(t, `main.${ident(t)}`));
	}
	// A large dataset keeps its fine summaries in the detail file (read by range requests like the detail rows) and
	// coarse copies in the file fetched whole; the plan names both, the builders pick the coarsest that answers.
	const summaries = SUMMARY_TABLES.filter((t) => present.has(t) || inDetail.has(t));
	for (const t of summaries) await run(`CREATE VIEW main.${ident(t)} AS SELECT * FROM ${ident(present.has(t) ? alias : DETAIL_ALIAS)}.main.${ident(t)}`);
	// Answers for district-only states (sqltext/plan.ts STATE_TABLES), in the file fetched whole.
	const states = STATE_TABLES.filter((t) => present.has(t));
	for (const t of states) await run(`CREATE VIEW main.${ident(t)} AS SELECT * FROM ${ident(alias)}.main.${ident(t)}`);
	// The dataset's top place level (the overview's place charts group by it), from the smallest table of report rows
	// with province and city: the coarse summary fetched whole at scale, else the reports.
	const counts = summaries.includes('summary_reports_district')
		? 'summary_reports_district'
		: summaries.includes('summary_reports')
			? 'summary_reports'
			: 'reports';
	const [top] = await run(topLevelSql(`main.${ident(counts)}`));
	return planWith([...summaries, ...states], topLevelOf(top));
}

/** Alias of the attached detail file of a split dataset. */
export const DETAIL_ALIAS = 'dd';

/** main.{table} views over read_parquet of each file `fileOf(table)` returns (null: an empty table). Native only; no summaries. */
export async function parquetViews(run: Run, fileOf: (table: string) => string | null): Promise<QueryPlan> {
	for (const t of DATASET_TABLES) {
		const file = fileOf(t);
		await run(file ? `CREATE VIEW main.${ident(t)} AS SELECT * FROM read_parquet(${str(file)})` : createTableSql(t, `main.${ident(t)}`));
	}
	return DETAIL_PLAN;
}

/** Serialises calls on one connection: each query starts after the previous one settled. */
export function serial<A, R>(fn: (a: A) => Promise<R>): (a: A) => Promise<R> {
	let tail: Promise<unknown> = Promise.resolve();
	return (a) => {
		const next = tail.then(() => fn(a));
		tail = next.catch(() => undefined);
		return next;
	};
}

/**
 * A Connector over a function that runs one statement; statements run one at a time, close() waits for them.
 * `queued`: `exec` hands the statement to an engine that already runs them one at a time, in the order sent
 * (DuckDB-WASM's worker, one message at a time), so each is sent at once: the worker never idles waiting for
 * the page to take one result and send the next statement.
 */
export function serialConnector(exec: (sql: string) => Promise<Row[]>, shutdown: () => Promise<void> | void, queued = false): Connector {
	let closed = false;
	const run = queued ? exec : serial(exec);
	return {
		query<T = Row>(sql: string): Promise<T[]> {
			if (closed) return Promise.reject(new Error('connector closed'));
			return run(sql) as Promise<T[]>;
		},
		async close() {
			if (closed) return;
			closed = true;
			await run('SELECT 1').catch(() => undefined);
			await shutdown();
		}
	};
}
