/** Native DuckDB (@duckdb/node-api) connector over the dataset files: tests, scripts and prerendering. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { plainValue, type Connector, type Row } from './connector';
import { DATASET_FILE, NO_EXTENSION_DOWNLOADS, attachDataset, parquetViews, serialConnector } from './setup';

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
	const dbFile = resolve(root, DATASET_FILE);
	const mode = opts.source ?? 'auto';
	const useDb = mode === 'duckdb' || (mode === 'auto' && existsSync(dbFile));
	if (useDb && !existsSync(dbFile)) throw new Error(`数据集不存在 / dataset not found: ${dbFile}`);
	if (!useDb && !existsSync(root)) throw new Error(`数据目录不存在 / data directory not found: ${root}`);

	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const run = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as Row[];
	let plan;
	try {
		for (const s of NO_EXTENSION_DOWNLOADS) await run(s);
		if (useDb) plan = await attachDataset(run, dbFile, 'ds', async (f) => resolve(root, f));
		else plan = await parquetViews(run, (t) => (existsSync(resolve(root, `${t}.parquet`)) ? resolve(root, `${t}.parquet`) : null));
	} catch (e) {
		conn.closeSync();
		instance.closeSync();
		throw new Error(`数据加载失败 / failed to load the dataset in ${root}: ${(e as Error).message}`, { cause: e });
	}
	const db = nodeConnector(instance, conn);
	db.plan = plan;
	return db;
}

/** Wraps an open native connection as a Connector; queries run one at a time on it. */
export function nodeConnector(instance: DuckDBInstance, conn: DuckDBConnection): Connector {
	return serialConnector(
		async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJS().map((r) => plainValue(r) as Row),
		() => {
			conn.closeSync();
			instance.closeSync();
		}
	);
}
