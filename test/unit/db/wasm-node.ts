/** DuckDB-WASM's Node build (same engine and storage code as the browser bundles) as a Connector, for tests. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Connector, Row } from '../../../src/lib/db/connector';
import { arrowToRows } from '../../../src/lib/db/arrow';
import { DATASET_FILE, NO_EXTENSION_DOWNLOADS, attachDataset } from '../../../src/lib/db/setup';

const require = createRequire(import.meta.url);

/** Opens DuckDB-WASM (blocking Node bindings) with `file` registered as a buffer and attached like the browser does. */
export async function openWasmNodeConnector(file: string | null): Promise<Connector & { version: string }> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate(() => undefined);
	db.open({});
	const conn = db.connect();
	const run = async (sql: string): Promise<Row[]> => arrowToRows(conn.query(sql));
	for (const s of NO_EXTENSION_DOWNLOADS) await run(s);
	let plan;
	if (file) {
		db.registerFileBuffer(DATASET_FILE, new Uint8Array(readFileSync(file)));
		plan = await attachDataset(run, DATASET_FILE);
	}
	const [{ v }] = await run('SELECT version() AS v');
	return {
		version: String(v),
		plan,
		query: <T = Row>(sql: string) => run(sql) as Promise<T[]>,
		async close() {
			conn.close();
			db.reset?.();
		}
	};
}
