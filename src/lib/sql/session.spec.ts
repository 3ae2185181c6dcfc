/**
 * The SQL console's session (state machine, run loop, history, export) driven on DuckDB-WASM's Node build over
 * the fixture dataset, through the same ConsoleEngine and connector seam (`arrow()`) the browser uses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { REPORTS, writeFixture } from '../../../test/unit/db/fixture';
import { openWasmNodeConnector } from '../../../test/unit/db/wasm-node';
import { ConsoleEngine, type StreamingConnector } from './engine';
import { ConsoleSession, type Marks } from './session.svelte';
import { HISTORY_KEY } from './history';

const dir = join(tmpdir(), `sql-session-${process.pid}`);

/** A Storage in memory (localStorage's interface). */
function memoryStorage(): Storage {
	const m = new Map<string, string>();
	return {
		get length() {
			return m.size;
		},
		clear: () => m.clear(),
		getItem: (k) => m.get(k) ?? null,
		key: (i) => [...m.keys()][i] ?? null,
		removeItem: (k) => void m.delete(k),
		setItem: (k, v) => void m.set(k, String(v))
	};
}

/** Marks as a list, to see what the editor would show. */
function recordMarks(): Marks & { list: [number, number, string][] } {
	const list: [number, number, string][] = [];
	return { list, markError: (a, b, m) => void list.push([a, b, m]), clearError: () => void (list.length = 0) };
}

const engines: ConsoleEngine[] = [];
async function openEngine(): Promise<ConsoleEngine> {
	const db = (await openWasmNodeConnector(join(dir, 'dataset.duckdb'), { attach: false })) as StreamingConnector;
	const e = await ConsoleEngine.over(db, () => void db.close(), []);
	engines.push(e);
	return e;
}

let session: ConsoleSession;
let storage: Storage;
beforeAll(async () => {
	await writeFixture(dir);
	storage = memoryStorage();
	session = new ConsoleSession({ open: openEngine, storage });
	await session.open();
}, 120_000);
afterAll(() => {
	session?.close();
	rmSync(dir, { recursive: true, force: true });
});

const all = (sql: string) => ({ text: sql, from: 0 });

describe('ConsoleSession on DuckDB-WASM (Node build)', () => {
	it('opens the locked engine over the dataset: ready, no result', () => {
		expect(session.status).toEqual({ kind: 'ready' });
		expect(session.engine?.locked).toBe(true);
		expect(session.engine?.version).toMatch(/^v1\./);
		expect(session.result).toBeNull();
	});

	it('runs a statement: done, its rows, and a history entry with the row count', async () => {
		const sql = 'SELECT district, count(*)::INTEGER AS n FROM reports GROUP BY district ORDER BY district';
		await session.run(all(sql), sql);
		expect(session.status).toEqual({ kind: 'done' });
		// DuckDB sorts NULL last.
		const named = [...new Set(REPORTS.map((r) => r.district))];
		const districts = [...named.filter((d) => d != null).sort(), ...named.filter((d) => d == null)];
		expect(session.result?.rows.map((r) => r.district)).toEqual(districts);
		expect(session.result?.total).toBe(districts.length);
		expect(session.history[0]).toMatchObject({ sql, ok: true, rows: districts.length });
		expect(JSON.parse(storage.getItem(HISTORY_KEY)!)[0].sql).toBe(sql);
	});

	it('an error clears the previous result and is marked where it is', async () => {
		expect(session.result).not.toBeNull();
		const doc = 'SELECT 1;\nSELECT nope FROM reports';
		const marks = recordMarks();
		await session.run({ text: 'SELECT nope FROM reports', from: 10 }, doc, marks);
		expect(session.status).toMatchObject({ kind: 'error', line: 2 });
		expect(session.result).toBeNull();
		expect(marks.list).toHaveLength(1);
		expect(doc.slice(marks.list[0][0], marks.list[0][1])).toBe('nope');
		expect(session.history[0]).toMatchObject({ ok: false, rows: null });
	});

	it('a refused statement clears the result too, and never reaches the engine', async () => {
		await session.run(all('SELECT 42 AS x'), 'SELECT 42 AS x');
		expect(session.result?.rows).toEqual([{ x: 42 }]);
		await session.run(all("COPY reports TO 'x.csv'"), "COPY reports TO 'x.csv'");
		expect(session.status.kind).toBe('refused');
		expect(session.result).toBeNull();
	});

	it('several statements run in order; the last one is the result; tables made show in the panel', async () => {
		const sql = 'CREATE TABLE mine_t AS SELECT 97 AS v UNION ALL SELECT 97.5; SELECT v FROM mine_t ORDER BY v';
		await session.run(all(sql), sql);
		expect(session.status).toEqual({ kind: 'done' });
		expect(session.result?.rows.map((r) => Number(r.v))).toEqual([97, 97.5]);
		expect(session.mine.map((t) => t.name)).toContain('mine_t');
	});

	it('exports the result as CSV and as an Excel workbook that read back', async () => {
		const csv = await session.exportFile('csv');
		expect(csv?.name).toMatch(/^query-\d{8}-\d{6}\.csv$/);
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv!.blob.arrayBuffer())).toBe('\uFEFFv\r\n97\r\n97.5\r\n');
		const xlsx = await session.exportFile('xlsx');
		expect(await readXlsxFile(Buffer.from(await xlsx!.blob.arrayBuffer()))).toEqual([['v'], [97], [97.5]]);
	});

	it('nothing to run is said so; reset opens a fresh engine without the user tables', async () => {
		await session.run(null, '');
		expect(session.status).toEqual({ kind: 'nothing' });
		const before = session.engine;
		await session.reset();
		expect(session.status).toEqual({ kind: 'reset' });
		expect(session.engine).not.toBe(before);
		expect(before?.dead).toBe(true);
		expect(session.mine).toEqual([]);
		await session.run(all('SELECT count(*) AS n FROM mine_t'), 'SELECT count(*) AS n FROM mine_t');
		expect(session.status.kind).toBe('error');
	});
});
