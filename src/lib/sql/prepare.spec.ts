/** The console's setup recipe on native DuckDB over the fixture: the user's kept uploads are in, then it is locked. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { REPORTS, writeFixture } from '../../../test/unit/db/fixture';
import { plainValue, type Row } from '../db/connector';
import type { Run } from '../db/setup';
import type { SavedBatch } from '../userdata/persist';
import { prepareConsole } from './prepare';

const dir = join(tmpdir(), `sql-prepare-${process.pid}`);
const FILE = join(dir, 'dataset.duckdb');
const report = (i: number, id: string) => ({ ...REPORTS[i], report_id: id, source_file: `${id}.txt` });
// What /data kept in IndexedDB: one report appended, the user's reports replaced by two others, then a report with a finding.
const SAVED: SavedBatch[] = [
	{ file: 'a.txt', table: 'report', mode: 'append', rows: { reports: [report(0, 'user-a')] }, at: '2026-01-01T00:00:00Z' },
	{ file: 'b.csv', table: 'reports', mode: 'replace', rows: { reports: [report(1, 'user-b'), report(2, 'user-c')] }, at: '2026-01-02T00:00:00Z' },
	{
		file: 'c.txt',
		table: 'report',
		mode: 'append',
		rows: { reports: [report(3, 'user-d')], findings: [{ report_id: 'user-d', seq: 1, kind: '问题', text: '台账不全', theme: '其他' }] },
		at: '2026-01-03T00:00:00Z'
	}
];

/** A fresh in-memory database (what the console's reset opens). */
async function open(): Promise<{ run: Run; close: () => void }> {
	const db = await DuckDBInstance.create(':memory:');
	const conn = await db.connect();
	return {
		run: async (sql) => (await conn.runAndReadAll(sql)).getRowObjectsJS().map((r) => plainValue(r) as Row),
		close: () => {
			conn.closeSync();
			db.closeSync();
		}
	};
}
const n = async (run: Run, sql: string) => Number((await run(sql))[0].n);

let db: { run: Run; close: () => void };
beforeAll(async () => {
	await writeFixture(dir);
	db = await open();
}, 120_000);
afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('prepareConsole', () => {
	it('attaches, replays the saved uploads in order into the union views, locks, and returns the plan of the console engine (no page-wide state to keep)', async () => {
		expect(await prepareConsole(db.run, FILE, SAVED)).toEqual({ locked: true, batches: 3, plan: { summaries: [] } });
		expect((await db.run('SELECT report_id FROM reports WHERE user_data ORDER BY report_id')).map((r) => r.report_id)).toEqual(['user-b', 'user-c', 'user-d']);
		expect(await n(db.run, 'SELECT count(*) AS n FROM reports')).toBe(REPORTS.length + 3);
		expect(await n(db.run, 'SELECT count(*) AS n FROM findings WHERE user_data')).toBe(1);
		await expect(db.run('SET lock_configuration = false')).rejects.toThrow(/locked/);
		await expect(db.run("ATTACH 'x.duckdb' AS x")).rejects.toThrow(/disabled by configuration/);
	});

	it('with nothing saved the views show the shipped rows only, user_data false', async () => {
		const fresh = await open();
		try {
			await prepareConsole(fresh.run, FILE, []);
			expect(await n(fresh.run, 'SELECT count(*) AS n FROM reports WHERE NOT user_data')).toBe(REPORTS.length);
			expect(await n(fresh.run, 'SELECT count(*) AS n FROM reports WHERE user_data')).toBe(0);
		} finally {
			fresh.close();
		}
	});

	it('a split dataset: the detail file named in dataset_meta goes through the resolver and its tables show with the uploads', async () => {
		const split = join(dir, 'split');
		rmSync(split, { recursive: true, force: true });
		const w = await open();
		await w.run(`ATTACH '${FILE}' AS src (READ_ONLY)`);
		await w.run(`ATTACH '${split}-main.duckdb' AS m`);
		await w.run(`CREATE TABLE m.main.reports AS SELECT * FROM src.main.reports`);
		await w.run(`CREATE TABLE m.main.dataset_meta AS SELECT 'detail_file' AS key, 'detail.duckdb' AS value`);
		await w.run(`ATTACH '${split}-detail.duckdb' AS d`);
		await w.run(`CREATE TABLE d.main.indicators AS SELECT * FROM src.main.indicators`);
		w.close();
		const asked: string[] = [];
		const c = await open();
		try {
			await prepareConsole(c.run, `${split}-main.duckdb`, SAVED, async (f) => (asked.push(f), `${split}-detail.duckdb`));
			expect(asked).toEqual(['detail.duckdb']);
			const shipped = await n(c.run, 'SELECT count(*) AS n FROM dd.main.indicators');
			expect(shipped).toBeGreaterThan(0);
			expect(await n(c.run, 'SELECT count(*) AS n FROM indicators WHERE NOT user_data')).toBe(shipped);
			expect(await n(c.run, 'SELECT count(*) AS n FROM reports WHERE user_data')).toBe(3);
		} finally {
			c.close();
			for (const f of ['main', 'detail']) rmSync(`${split}-${f}.duckdb`, { force: true });
		}
	});

	it('a reset (fresh database, same recipe) drops what the user made in the console and brings the uploads back', async () => {
		await db.run('CREATE TABLE scratch AS SELECT 1 AS x');
		const again = await open();
		try {
			await prepareConsole(again.run, FILE, SAVED);
			expect(await n(again.run, 'SELECT count(*) AS n FROM reports WHERE user_data')).toBe(3);
			await expect(again.run('SELECT * FROM scratch')).rejects.toThrow();
		} finally {
			again.close();
		}
	});
});
