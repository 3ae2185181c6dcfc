/** Native DuckDB (@duckdb/node-api) connector over the dataset files: tests, scripts and prerendering. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createTableSql } from '../schema/tables';
import { ident, str } from '../queries/sql';
import { DATASET_TABLES, plainValue, type Connector, type Row } from './connector';

/** How openNodeConnector reads the directory. */
export interface NodeConnectorOptions {
	/** 'auto' (default): dataset.duckdb if present, else the Parquet files. */
	source?: 'auto' | 'duckdb' | 'parquet';
}

/**
 * Opens an in-memory DuckDB whose default schema has one view per dataset table, over
 * `dir`/dataset.duckdb (attached READ_ONLY) or `dir`/{table}.parquet. A table missing from the
 * files becomes an empty table with the SCHEMA.md columns, so every query still runs.
 * A relative `dir` resolves against process.cwd() (the project root under vite and vitest).
 */
export async function openNodeConnector(dir = 'static/data', opts: NodeConnectorOptions = {}): Promise<Connector> {
	const root = resolve(process.cwd(), dir);
	const dbFile = resolve(root, 'dataset.duckdb');
	const mode = opts.source ?? 'auto';
	const useDb = mode === 'duckdb' || (mode === 'auto' && existsSync(dbFile));
	if (useDb && !existsSync(dbFile)) throw new Error(`数据集不存在 / dataset not found: ${dbFile}`);
	if (!useDb && !existsSync(root)) throw new Error(`数据目录不存在 / data directory not found: ${root}`);

	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const run = async (sql: string): Promise<Row[]> => (await conn.runAndReadAll(sql)).getRowObjectsJS() as Row[];
	try {
		await run('SET autoinstall_known_extensions = false');
		if (useDb) {
			await run(`ATTACH ${str(dbFile)} AS ds (READ_ONLY)`);
			const present = new Set(
				(await run("SELECT table_name FROM duckdb_tables() WHERE database_name = 'ds' AND schema_name = 'main' UNION SELECT view_name FROM duckdb_views() WHERE database_name = 'ds' AND schema_name = 'main'")).map((r) => String(r.table_name))
			);
			for (const t of DATASET_TABLES) {
				await run(present.has(t) ? `CREATE VIEW main.${ident(t)} AS SELECT * FROM ds.main.${ident(t)}` : createTableSql(t, `main.${ident(t)}`));
			}
		} else {
			for (const t of DATASET_TABLES) {
				const file = resolve(root, `${t}.parquet`);
				await run(existsSync(file) ? `CREATE VIEW main.${ident(t)} AS SELECT * FROM read_parquet(${str(file)})` : createTableSql(t, `main.${ident(t)}`));
			}
		}
	} catch (e) {
		conn.closeSync();
		instance.closeSync();
		throw new Error(`数据加载失败 / failed to load the dataset in ${root}: ${(e as Error).message}`, { cause: e });
	}
	return nodeConnector(instance, conn);
}

/** Wraps an open native connection as a Connector; queries run one at a time on it. */
export function nodeConnector(instance: DuckDBInstance, conn: Awaited<ReturnType<DuckDBInstance['connect']>>): Connector {
	let closed = false;
	let tail: Promise<unknown> = Promise.resolve();
	return {
		query<T = Row>(sql: string): Promise<T[]> {
			if (closed) return Promise.reject(new Error('connector closed'));
			const next = tail.then(async () => {
				const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
				return rows.map((r) => plainValue(r) as T);
			});
			tail = next.catch(() => undefined);
			return next;
		},
		async close() {
			if (closed) return;
			closed = true;
			await tail;
			conn.closeSync();
			instance.closeSync();
		}
	};
}
