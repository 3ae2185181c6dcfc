/** The console's defence in depth, on DuckDB-WASM itself (Node build, same engine as the browser bundles). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixture } from '../../../test/unit/db/fixture';
import { openWasmNodeConnector } from '../../../test/unit/db/wasm-node';
import type { Connector } from '../db/connector';
import { LOCKDOWN } from './prepare';

const dir = join(tmpdir(), `sql-lockdown-${process.pid}`);
let db: Connector;
beforeAll(async () => {
	await writeFixture(dir);
	db = await openWasmNodeConnector(join(dir, 'dataset.duckdb'));
	for (const s of LOCKDOWN) await db.query(s);
}, 120_000);
afterAll(async () => {
	await db?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('locked console database', () => {
	it('engine.ts (Vite assets, not importable here) sets up through prepareConsole, with the saved batches and a detail resolver', () => {
		const src = readFileSync(new URL('./engine.ts', import.meta.url), 'utf8');
		expect(src).toMatch(/prepareConsole\(run, DATASET_FILE, saved, detailFile\)/);
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
		['INSERT INTO ds.main.reports (report_id, source_file) VALUES (\'x\', \'y\')', /read-only|read only/i]
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
