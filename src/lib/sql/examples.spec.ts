/** Every example runs on native DuckDB over E's hand-made fixture; expected rows worked out by hand from test/unit/db/fixture.ts. */
import { describe, expect, it } from 'vitest';
import { fixtureDatabase } from '../../../test/unit/db/fixture';
import { EXAMPLES, exampleById } from './examples';
import { checkSql } from './guard';

const db = fixtureDatabase('sql-examples');

const run = (id: string) => db().query(exampleById(id)!.sql);
const round = (x: unknown) => (typeof x === 'number' ? Math.round(x * 10000) / 10000 : x);

describe('example queries', () => {
	it('all pass the guard and have distinct ids', () => {
		for (const e of EXAMPLES) expect(checkSql(e.sql), e.id).toBeNull();
		expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
	});

	it('streets under 90% in 2022 with their problems', async () => {
		// 海幢 2022: r1 90/100 + r8 30/60 = 120/160 = 0.75; 石门 2022: r4 150/200 = 0.75.
		expect(await run('streets-under-90-2022')).toEqual([
			{ district: '海珠区', street: '海幢街道', execution_rate: 0.75, theme: '培训教育', problem: '培训次数不足' },
			{ district: '海珠区', street: '海幢街道', execution_rate: 0.75, theme: '资金管理', problem: '资金支付滞后' },
			{ district: '白云区', street: '石门街道', execution_rate: 0.75, theme: '资金管理', problem: '预算执行率偏低' }
		]);
	});

	it('execution rate by district', async () => {
		// 海珠 (r1, r2, r8) 170/210; 白云 (r4, r5) 230/280; no district (r7) 15/30; O'Brien (r9) 10/10.
		const rows = await run('execution-by-district');
		expect(rows.map((r) => [r.district, r.reports, round(r.execution_rate)])).toEqual([
			[null, 1, 0.5],
			['海珠区', 3, round(170 / 210)],
			['白云区', 2, round(230 / 280)],
			["O'Brien区", 1, 1]
		]);
	});

	it('self vs department scores', async () => {
		// Only 海幢街道 2022 has both: r1 自评 92, r8 部门 88.
		expect(await run('self-vs-department')).toEqual([{ district: '海珠区', street: '海幢街道', year: 2022, self_score: 92, dept_score: 88, gap: -4 }]);
	});

	it('problems by theme', async () => {
		expect(await run('problems-by-theme')).toEqual([
			{ theme: '培训教育', reports: 2, findings: 2, example: '培训形式单一' },
			{ theme: '资金管理', reports: 2, findings: 2, example: '资金支付滞后' },
			{ theme: '其他', reports: 1, findings: 1, example: "It's 'quoted'" }
		]);
	});

	it('indicators below target', async () => {
		const rows = await run('indicators-below-target');
		expect(rows.map((r) => [r.district, r.street, r.year, r.name, r.target_value, r.actual_value])).toEqual([
			['海珠区', '海幢街道', 2022, '三会一课召开次数', 8, 6],
			['白云区', '石门街道', 2022, '慰问覆盖率', 0.9, 0.8]
		]);
	});

	it('grades by year', async () => {
		const rows = await run('grades-by-year');
		expect(rows.map((r) => [r.year, r['优'], r['良'], r['中'], r['差']])).toEqual([
			[2022, 1, 1, 0, 1],
			[2023, 1, 1, 2, 0],
			[null, 0, 0, 1, 0]
		]);
	});
});
