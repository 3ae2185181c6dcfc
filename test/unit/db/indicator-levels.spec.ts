/**
 * Issue 16 item 11: 效益 · 服务对象满意度 and 满意度 · 服务对象满意度 are one indicator category. The aggregates count a
 * satisfaction row (level1 满意度, or a level2 naming 满意度) under 满意度, over detail rows and over summary_indicators
 * alike; the rest keeps its stated level1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { SUMMARY_SELECT } from '../../../src/tools/scale/summary';
import { indicatorAchievementQuery, topIndicatorsQuery, type IndicatorAchievementRow } from '../../../src/lib/queries/indicators';
import { DEFAULT_FILTERS } from '../../../src/lib/queries/filters';
import { planWith } from '../../../src/lib/sqltext/plan';

let db: DuckDBInstance;
let c: DuckDBConnection;
const rows = async <T>(sql: string) => (await c.runAndReadAll(sql)).getRowObjectsJS() as T[];

beforeAll(async () => {
	db = await DuckDBInstance.create(':memory:');
	c = await db.connect();
	await c.run(`CREATE TABLE reports AS SELECT * FROM (VALUES
		('a', '广东省', '广州市', '白云区', NULL, 2023, '单位自评', '优', true),
		('b', '广东省', '广州市', '海珠区', NULL, 2023, '部门评价', '良', true)
	) t(report_id, province, city, district, street, year, evaluation_type, grade, synthetic)`);
	await c.run(`CREATE TABLE indicators AS SELECT * FROM (VALUES
		('a', '满意度', '服务对象满意度', '群众满意度', 90.0, true),
		('a', '满意度', NULL, '满意度', NULL, NULL),
		('b', '效益', '服务对象满意度', '群众满意度', 90.0, false),
		('b', '效益', '社会效益', '覆盖率', 1.0, true),
		('b', '产出', '数量', '场次', 10.0, true)
	) t(report_id, level1, level2, name, target_value, achieved)`);
	await c.run(`CREATE TABLE summary_indicators AS ${SUMMARY_SELECT.summary_indicators}`);
});
afterAll(() => c?.closeSync());

describe('indicator categories', () => {
	const expected = [
		['产出', '数量', 1, 1, 0, 0],
		['效益', '社会效益', 1, 1, 0, 0],
		['满意度', '服务对象满意度', 2, 1, 1, 0],
		['满意度', null, 1, 0, 0, 1]
	];
	const cols = (r: IndicatorAchievementRow) => [r.level1, r.level2, Number(r.total), Number(r.achieved), Number(r.not_achieved), Number(r.unknown)];

	it('counts 效益 · 服务对象满意度 under 满意度, once (detail rows)', async () => {
		expect((await rows<IndicatorAchievementRow>(indicatorAchievementQuery(DEFAULT_FILTERS))).map(cols)).toEqual(expected);
	});

	it('gives the same rows from summary_indicators', async () => {
		expect((await rows<IndicatorAchievementRow>(indicatorAchievementQuery(DEFAULT_FILTERS, planWith(['summary_indicators'])))).map(cols)).toEqual(expected);
	});

	it('lists a satisfaction indicator once among the most used', async () => {
		for (const plan of [undefined, planWith(['summary_indicators'])]) {
			const top = await rows<{ name: string; level1: string; n: number }>(topIndicatorsQuery(DEFAULT_FILTERS, 10, plan));
			expect(top.filter((r) => r.name === '群众满意度').map((r) => [r.level1, Number(r.n)])).toEqual([['满意度', 2]]);
			expect(top.find((r) => r.name === '覆盖率')?.level1).toBe('效益');
		}
	});
});
