/**
 * Where a filter change's statement time goes (issue 18), bundled by `npm run bench:split` (esbuild →
 * bench/tmp/split.mjs) and run in a blank page: the overview's statements for each filter state of a sequence,
 * each statement alone through a DuckDB-WASM instance from the same bundles as the app's, twice in a row: the first
 * run reads what it needs of `detail.duckdb` by HTTP range requests, the second finds those blocks in DuckDB's
 * buffer pool (the difference is the range reads' cost). Bytes read per statement come from the server (`bytes()`,
 * a binding the driver exposes). Other districts' statements run untimed first (the engine compiled, as after the
 * app's warm-up, without filling the buffer pool with the timed districts' blocks).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { overview } from '../../lib/pages/overview';
import { DEFAULT_FILTERS, type Filters } from '../../lib/queries/filters';
import { sqlOf, statements } from '../../lib/queries/combined';
import { attachDataset, NO_EXTENSION_DOWNLOADS } from '../../lib/db/setup';
import { arrowToRows } from '../../lib/db/arrow';
import type { Row } from '../../lib/db/connector';

/** One statement under one filter state. */
export interface SplitStatement {
	district: string;
	/** Which of the page's named queries the statement answers. */
	names: string[];
	/** The first FROM table of the statement (the summary or detail table it scans). */
	table: string;
	first_ms: number;
	again_ms: number;
	bytes: number;
	rows: number;
}

declare global {
	interface Window {
		bytes?: () => Promise<number>;
		runSplit: typeof runSplit;
	}
}

const fromTable = (sql: string): string => /\bFROM\s+([\w.]+)/i.exec(sql)?.[1] ?? '?';

export async function runSplit(districts: string[], warm: string[]): Promise<SplitStatement[]> {
	const worker = new Worker('/__bench/duckdb-browser-eh.worker.js');
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate('/__bench/duckdb-eh.wasm');
	await db.open({ filesystem: { reliableHeadRequests: true, allowFullHTTPReads: false, forceFullHTTPReads: false } });
	const c = await db.connect();
	const run = async (sql: string): Promise<Row[]> => arrowToRows(await c.query(sql));
	for (const s of NO_EXTENSION_DOWNLOADS) await run(s);
	await db.registerFileBuffer('dataset.duckdb', new Uint8Array(await (await fetch('/data/dataset.duckdb')).arrayBuffer()));
	const plan = await attachDataset(run, 'dataset.duckdb', 'ds', async (file) => {
		await db.registerFileURL(file, new URL(`/data/${file}`, location.href).href, duckdb.DuckDBDataProtocol.HTTP, false);
		return file;
	});
	const bytes = async () => (window.bytes ? await window.bytes() : 0);
	const pass = async (list: string[], timed: boolean) => {
		const out: SplitStatement[] = [];
		for (const d of list) {
			const f: Filters = { ...DEFAULT_FILTERS, district: d || null };
			const qs = overview.queries(f, plan);
			for (const sql of statements(qs)) {
				const names = Object.entries(qs)
					.filter(([, q]) => sqlOf(q) === sql)
					.map(([k]) => k);
				const b0 = await bytes();
				const t0 = performance.now();
				const rows = await run(sql);
				const t1 = performance.now();
				const b1 = await bytes();
				await run(sql);
				const t2 = performance.now();
				if (timed) out.push({ district: d, names, table: fromTable(sql), first_ms: t1 - t0, again_ms: t2 - t1, bytes: b1 - b0, rows: rows.length });
			}
		}
		return out;
	};
	await pass(warm, false);
	const out = await pass(districts, true);
	await c.close();
	await db.terminate();
	return out;
}

window.runSplit = runSplit;
