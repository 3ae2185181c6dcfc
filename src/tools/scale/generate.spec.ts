import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { generationSql, placeList } from './generate';

const N = 2000;
let inst: DuckDBInstance;
let conn: DuckDBConnection;
const q = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
const one = async (sql: string) => Number(Object.values((await q(sql))[0])[0]);

async function generate(c: DuckDBConnection, reports: number, seed: number) {
	for (const s of generationSql({ reports, seed })) await c.run(s);
}

beforeAll(async () => {
	inst = await DuckDBInstance.create(':memory:');
	conn = await inst.connect();
	await generate(conn, N, 11);
});
afterAll(() => {
	conn?.closeSync();
	inst?.closeSync();
});

describe('generated tables', () => {
	it('has N reports with unique 16-hex ids, all synthetic, and ~20 indicators each', async () => {
		expect(await one('SELECT count(*) FROM reports')).toBe(N);
		expect(await one('SELECT count(DISTINCT report_id) FROM reports')).toBe(N);
		expect(await one(`SELECT count(*) FROM reports WHERE NOT regexp_full_match(report_id, '[0-9a-f]{16}')`)).toBe(0);
		expect(await one('SELECT count(*) FROM reports WHERE NOT synthetic')).toBe(0);
		const perReport = await q('SELECT min(n) AS lo, max(n) AS hi, avg(n) AS mean FROM (SELECT report_id, count(*) AS n FROM indicators GROUP BY ALL)');
		expect(perReport[0].lo).toBeGreaterThanOrEqual(18);
		expect(perReport[0].hi).toBeLessThanOrEqual(22);
		expect(Number(perReport[0].mean)).toBeGreaterThan(19.5);
		expect(Number(perReport[0].mean)).toBeLessThan(20.5);
		expect(await one('SELECT count(*) FROM indicators WHERE report_id NOT IN (SELECT report_id FROM reports)')).toBe(0);
		expect(await one('SELECT count(*) FROM (SELECT report_id, name FROM indicators GROUP BY ALL HAVING count(*) > 1)')).toBe(0);
	});

	it('grades follow the 财预〔2020〕10号 bands wherever a score exists', async () => {
		const bad = await one(
			`SELECT count(*) FROM reports WHERE score IS NOT NULL AND grade IS DISTINCT FROM CASE WHEN score >= 90 THEN '优' WHEN score >= 80 THEN '良' WHEN score >= 60 THEN '中' ELSE '差' END`
		);
		expect(bad).toBe(0);
		expect(await one(`SELECT count(*) FROM reports WHERE score < 0 OR score > 100`)).toBe(0);
		expect(await one(`SELECT count(*) FROM reports WHERE grade IS NOT NULL AND grade_basis NOT IN ('stated', 'score')`)).toBe(0);
		expect(await one(`SELECT count(*) FROM reports WHERE grade_basis = 'score' AND score IS NULL`)).toBe(0);
		expect(await one(`SELECT count(*) FROM reports WHERE grade IS NULL AND grade_basis IS NOT NULL`)).toBe(0);
	});

	it('execution_rate = actual/budget when both are known, rates mostly 85–100%', async () => {
		expect(
			await one(
				'SELECT count(*) FROM reports WHERE budget_wan IS NOT NULL AND actual_wan IS NOT NULL AND abs(execution_rate - actual_wan / budget_wan) > 1e-12'
			)
		).toBe(0);
		expect(
			await one('SELECT count(*) FROM reports WHERE (budget_wan IS NULL OR actual_wan IS NULL) AND execution_rate IS DISTINCT FROM execution_rate_stated')
		).toBe(0);
		const share = await one('SELECT avg(CASE WHEN execution_rate BETWEEN 0.85 AND 1.0 THEN 1 ELSE 0 END) FROM reports');
		expect(share).toBeGreaterThan(0.7);
		expect(share).toBeLessThan(0.9);
		expect(await one('SELECT count(*) FROM reports WHERE execution_rate > 1.0 OR execution_rate < 0.3')).toBe(0);
		expect(await one('SELECT count(*) FROM reports WHERE budget_wan IS NULL')).toBeGreaterThan(0);
	});

	it('spending lines sum to the actual spend; achieved matches the numbers', async () => {
		expect(
			await one(
				'SELECT count(*) FROM (SELECT e.report_id, sum(e.amount_yuan) AS s, any_value(r.actual_wan) AS a FROM expenditures e JOIN reports r USING (report_id) GROUP BY 1) WHERE abs(s - a * 10000) > 0.05 * 5'
			)
		).toBe(0);
		expect(
			await one(
				`SELECT count(*) FROM indicators WHERE target_value IS NOT NULL AND actual_value IS NOT NULL AND achieved IS DISTINCT FROM CASE WHEN target_text LIKE '=0%' THEN actual_value <= target_value ELSE actual_value >= target_value END`
			)
		).toBe(0);
		expect(await one('SELECT count(*) FROM indicators WHERE target_value IS NULL AND achieved IS NOT NULL')).toBe(0);
		expect(await one(`SELECT count(*) FROM findings WHERE kind NOT IN ('问题', '建议', '经验')`)).toBe(0);
	});

	it('places are real Guangzhou districts and streets with their division codes', async () => {
		const pl = placeList();
		const known = new Set(pl.map((p) => `${p.district}|${p.street ?? ''}|${p.code}`));
		const rows = await q(`SELECT DISTINCT district, coalesce(street, '') AS street, division_code, unit_level FROM reports`);
		for (const r of rows) expect(known.has(`${r.district}|${r.street}|${r.division_code}`)).toBe(true);
		expect(rows.every((r) => (r.street === '' ? r.unit_level === 'district' : r.unit_level === 'street'))).toBe(true);
		expect(await one(`SELECT count(*) FROM divisions WHERE level = 'street'`)).toBe(pl.filter((p) => p.street).length);
	});

	it('the same seed gives the same rows; another seed different ones', async () => {
		// Separate databases: the generator's DROP TABLE IF EXISTS would find main's tables through the search path.
		const digest = async (c: DuckDBConnection) =>
			(
				await c.runAndReadAll(`SELECT (SELECT sum(hash(r)) FROM reports r)::VARCHAR || '/' || (SELECT sum(hash(i)) FROM indicators i)::VARCHAR AS d`)
			).getRowObjectsJS()[0].d;
		for (const [seed, same] of [
			[11, true],
			[12, false]
		] as const) {
			const db = await DuckDBInstance.create(':memory:');
			const c = await db.connect();
			await generate(c, N, seed);
			if (same) expect(await digest(c)).toBe(await digest(conn));
			else expect(await digest(c)).not.toBe(await digest(conn));
			c.closeSync();
			db.closeSync();
		}
	});
});
