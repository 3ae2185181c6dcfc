/** The console's defence in depth, on DuckDB-WASM itself (Node build, same engine as the browser bundles). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixture } from '../../../test/unit/db/fixture';
import { openWasmNodeConnector } from '../../../test/unit/db/wasm-node';
import type { Connector } from '../db/connector';
import { LOCKDOWN } from './prepare';
import { checkSql, SAFE_SETTINGS } from './guard';
import { SHADOW_SQL, shadowsFrom, type ShadowRow } from './shadow';

const dir = join(tmpdir(), `sql-lockdown-${process.pid}`);
let db: Connector;
/** Every setting DuckDB-WASM has, with its value before the lock. */
let settings: { name: string; value: string | null }[];
beforeAll(async () => {
	await writeFixture(dir);
	db = await openWasmNodeConnector(join(dir, 'dataset.duckdb'));
	settings = await db.query('SELECT name, value FROM duckdb_settings() ORDER BY name');
	for (const s of LOCKDOWN) await db.query(s);
}, 120_000);

/** Whether the locked engine runs `sql` (an error other than the lock counts as running: the guard is not for those). */
async function engineAccepts(sql: string): Promise<boolean> {
	try {
		await db.query(sql);
		return true;
	} catch (e) {
		return !/configuration has been locked|cannot be set globally|disabled by configuration/i.test((e as Error).message);
	}
}
const shadows = async () => shadowsFrom(await db.query<ShadowRow>(SHADOW_SQL));
afterAll(async () => {
	await db?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('locked console database', () => {
	it('engine.ts (Vite assets, not importable here) sets up through prepareConsole, with the saved batches and a detail resolver', () => {
		const src = readFileSync(new URL('./engine.ts', import.meta.url), 'utf8');
		// The browser's engine hands its saved batches and detail resolver to over(), which prepares through
		// prepareConsole (over() itself runs for real on DuckDB-WASM's Node build in session.spec.ts).
		expect(src).toMatch(/ConsoleEngine\.over\(connector, kill, saved, detailFile\)/);
		expect(src).toMatch(/prepareConsole\(\(sql\) => db\.query\(sql\), file, saved, detail\)/);
		expect(src).toMatch(/file = DATASET_FILE/);
		expect(LOCKDOWN).toEqual(['SET enable_external_access = false', 'SET lock_configuration = true']);
	});

	it('still reads the shipped tables after locking', async () => {
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM reports')).toEqual([{ n: 9 }]);
	});

	it.each([
		['SET enable_external_access = true', /locked/],
		['RESET lock_configuration', /locked/],
		['SET lock_configuration = false', /locked/],
		["SELECT * FROM read_csv('/etc/hostname')", /disabled by configuration/],
		["ATTACH 'other.duckdb' AS o", /disabled by configuration/],
		["COPY (SELECT 1) TO 'out.csv'", /disabled by configuration/],
		["INSERT INTO ds.main.reports (report_id, source_file) VALUES ('x', 'y')", /read-only|read only/i]
	])('%s fails', async (sql, re) => {
		await expect(db.query(sql)).rejects.toThrow(re);
	});

	it('user tables and views work, and a dropped shipped view can be re-created over the read-only data', async () => {
		await db.query('CREATE TABLE mine AS SELECT district, count(*) AS n FROM reports GROUP BY ALL');
		expect((await db.query('SELECT count(*)::INTEGER AS n FROM mine'))[0].n).toBeGreaterThan(0);
		await db.query('DROP VIEW reports');
		await expect(db.query('SELECT 1 FROM reports')).rejects.toThrow();
		await db.query('CREATE VIEW main.reports AS SELECT * FROM ds.main.reports');
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM reports')).toEqual([{ n: 9 }]);
	});
});

describe('the guard agrees with the locked engine on settings', () => {
	it('threads and memory_limit are refused by both', async () => {
		for (const sql of ['SET threads = 1', "SET memory_limit = '1GB'", 'RESET threads', 'RESET memory_limit']) {
			expect(checkSql(sql)?.code, sql).toBe('config');
			await expect(db.query(sql), sql).rejects.toThrow(/locked/);
		}
	});

	it('every setting DuckDB-WASM has: SET, SET SESSION, SET GLOBAL and RESET pass the guard exactly when the engine takes them', async () => {
		expect(settings.length).toBeGreaterThan(100);
		const disagree: string[] = [];
		const accepted: string[] = [];
		for (const { name, value } of settings) {
			// Its own value: accepted or not, nothing changes.
			const v = value == null ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
			for (const sql of [`SET ${name} = ${v}`, `SET SESSION ${name} = ${v}`, `SET GLOBAL ${name} = ${v}`, `RESET ${name}`]) {
				const guard = checkSql(sql) === null;
				const engine = await engineAccepts(sql);
				if (guard !== engine) disagree.push(`${sql}: guard ${guard ? 'allows' : 'refuses'}, engine ${engine ? 'runs it' : 'refuses'}`);
				if (engine) accepted.push(name);
			}
		}
		expect(disagree).toEqual([]);
		expect([...new Set(accepted)].sort()).toEqual([...SAFE_SETTINGS].sort());
	}, 60_000);
});

describe('a shipped name hidden by another object', () => {
	it('CREATE TEMP VIEW reports would hide the shipped table: the guard refuses it, naming the table', async () => {
		expect(checkSql('CREATE TEMP VIEW reports AS SELECT 1 AS x')).toMatchObject({ code: 'shadow', detail: 'reports' });
		// What the guard prevents, on the engine itself: the bare name reads the temp view, and the console says so.
		await db.query('CREATE TEMP VIEW reports AS SELECT 1 AS x');
		expect(await db.query('SELECT * FROM reports')).toEqual([{ x: 1 }]);
		expect(await shadows()).toEqual([{ table: 'reports', by: 'temp.main.reports', undo: 'DROP VIEW temp.main.reports' }]);
		const undo = 'DROP VIEW temp.main.reports';
		expect(checkSql(undo)).toBeNull();
		await db.query(undo);
		expect(await shadows()).toEqual([]);
		expect(await db.query('SELECT count(*)::INTEGER AS n FROM reports')).toEqual([{ n: 9 }]);
	});

	it('a schema searched before main (SET schema, USE) is named with its undo; one searched after main is not', async () => {
		await db.query('CREATE SCHEMA s');
		await db.query('CREATE TABLE s.findings AS SELECT 1 AS x');
		expect(await shadows()).toEqual([]);
		for (const set of ["SET schema = 's'", 'USE s', "SET search_path = 's,main'"]) {
			expect(checkSql(set), set).toBeNull();
			await db.query(set);
			expect(await db.query('SELECT * FROM findings'), set).toEqual([{ x: 1 }]);
			expect(await shadows(), set).toEqual([{ table: 'findings', by: 's.findings', undo: 'USE main' }]);
			await db.query('USE main');
			expect(await shadows(), set).toEqual([]);
		}
		await db.query("SET search_path = 'main,s'");
		expect(await shadows()).toEqual([]);
		await db.query('RESET search_path');
		await db.query('DROP SCHEMA s CASCADE');
	});
});
