/** DuckDB-WASM's Node build (same engine and storage code as the browser bundles) as a Connector, for tests. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Connector, Row } from '../../../src/lib/db/connector';
import { arrowToRows } from '../../../src/lib/db/arrow';
import { DATASET_FILE, NO_EXTENSION_DOWNLOADS, attachDataset } from '../../../src/lib/db/setup';

const require = createRequire(import.meta.url);

/**
 * Opens DuckDB-WASM (blocking Node bindings) with `file` registered as a buffer (as dataset.duckdb) and, unless
 * `attach` is false, attached like the browser does. `arrow()` hands out the result's batches as the browser's connector
 * streams them (the blocking bindings answer whole and cannot interrupt a statement).
 */
export async function openWasmNodeConnector(file: string | null, { attach = true } = {}): Promise<Connector & { version: string }> {
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
		if (attach) plan = await attachDataset(run, DATASET_FILE);
	}
	const [{ v }] = await run('SELECT version() AS v');
	return {
		version: String(v),
		plan,
		// The blocking bindings answer whole: the stream hands out the result's batches one by one. They build their
		// tables with apache-arrow's CommonJS build; the app's code uses its ES module (other classes): through IPC.
		async arrow(sql: string) {
			const { tableFromIPC } = await import('apache-arrow');
			const table = tableFromIPC(require('apache-arrow').tableToIPC(conn.query(sql), 'stream'));
			return {
				schema: table.schema,
				async *[Symbol.asyncIterator]() {
					for (const batch of table.batches) yield batch;
				}
			};
		},
		query: <T = Row>(sql: string) => run(sql) as Promise<T[]>,
		async close() {
			conn.close();
			db.reset?.();
		}
	};
}
