/** `--tables --nationwide`: generated rows over the whole country, with a consistent place chain and divisions. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { generationSql } from './generate';

let inst: DuckDBInstance;
let conn: DuckDBConnection;
const q = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS();

beforeAll(async () => {
	inst = await DuckDBInstance.create(':memory:');
	conn = await inst.connect();
	for (const s of generationSql({ reports: 20000, seed: 9, nationwide: true })) await conn.run(s);
}, 120000);
afterAll(() => {
	conn?.closeSync();
	inst?.closeSync();
});

describe('generationSql nationwide', () => {
	it('spreads reports over the provinces and hundreds of cities, all synthetic', async () => {
		const [r] = await q(`SELECT count(*) n, count(DISTINCT province) p, count(DISTINCT city) c, count(*) FILTER (WHERE NOT synthetic) AS n_real FROM reports`);
		expect(Number(r.n)).toBe(20000);
		expect(Number(r.p)).toBeGreaterThanOrEqual(31);
		expect(Number(r.c)).toBeGreaterThan(250);
		expect(Number(r.n_real)).toBe(0);
	});

	it('every report’s chain is a real one: its code is under its district, its district under its city in divisions', async () => {
		const bad = await q(`SELECT count(*) n FROM reports r
			LEFT JOIN divisions d ON d.code = r.division_code
			LEFT JOIN divisions dd ON dd.level = 'district' AND dd.name = r.district AND r.division_code LIKE dd.code || '%'
			LEFT JOIN divisions p ON p.level = 'province' AND p.name = r.province AND r.division_code LIKE p.code || '%'
			WHERE d.code IS NULL OR dd.code IS NULL OR p.code IS NULL`);
		expect(Number(bad[0].n)).toBe(0);
	});

	it('the same district name in two cities stays two places', async () => {
		const rows = await q(`SELECT count(DISTINCT (city, district)) k FROM reports WHERE district = '白云区'`);
		expect(Number(rows[0].k)).toBe(2);
	});
});
