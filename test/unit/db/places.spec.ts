/**
 * The place builders (src/lib/places/queries.ts) on native DuckDB, over a small nationwide dataset written
 * here: two provinces, three cities, two districts both named 白云区 (广州市 and 贵阳市). Every expected
 * number is worked out by hand from the rows below. The same rows are summarised with the summary_reports
 * definition, and every builder that may read it must give the detail rows' answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { createTableSql } from '../../../src/lib/schema/tables';
import { nodeConnector } from '../../../src/lib/db/node';
import type { Connector, Row } from '../../../src/lib/db/connector';
import { str, num } from '../../../src/lib/sqltext/sql';
import { DETAIL_PLAN, planWith } from '../../../src/lib/sqltext/plan';
import { SUMMARY_SELECT } from '../../../src/tools/scale/summary';
import { emptySelection, type Level, type PlaceSelection } from '../../../src/lib/places/hierarchy';
import {
	anyPlace,
	compareIndicatorsQuery,
	compareProblemsQuery,
	compareQuery,
	placeCountsQuery,
	placeOptionsQuery,
	placeReportsQuery,
	placeRowsQuery,
	rankQuery,
	type PlaceFilters
} from '../../../src/lib/places/queries';

// id, year, province, city, district, street, type, budget, actual, score, grade, synthetic
type Rep = [string, number, string, string, string, string | null, string, number | null, number | null, number | null, string | null, boolean];
const GD = '广东省',
	CAN = '广州市',
	SZ = '深圳市',
	GY = '贵阳市',
	GZS = '贵州省';
const ROWS: Rep[] = [
	['a1', 2022, GD, CAN, '白云区', '石门街道', '单位自评', 100, 90, 92, '优', true],
	['a2', 2023, GD, CAN, '白云区', '石门街道', '单位自评', 100, 50, 70, '中', true],
	['a3', 2023, GD, CAN, '白云区', '江高镇', '部门评价', 50, 50, 88, '良', false],
	['a4', 2023, GD, CAN, '海珠区', '海幢街道', '单位自评', 40, 40, 95, '优', true],
	['a5', 2022, GD, CAN, '海珠区', null, '财政评价', 60, 30, 60, '中', true],
	['b1', 2023, GD, SZ, '南山区', '粤海街道', '单位自评', 200, 200, 90, '优', true],
	['b2', 2022, GD, SZ, '南山区', '粤海街道', '单位自评', 100, null, null, null, true],
	['c1', 2023, GZS, GY, '白云区', '大山洞街道', '单位自评', 80, 40, 50, '差', true],
	['c2', 2023, GZS, GY, '云岩区', null, '单位自评', 20, 20, 80, '良', true]
];
// indicators: report, level1, achieved
const IND: [string, string, boolean | null][] = [
	['a1', '产出', true],
	['a1', '产出', false],
	['a1', '效益', true],
	['a2', '产出', null],
	['c1', '产出', false],
	['c1', '效益', false],
	['c2', '效益', true]
];
// findings (problems): report, theme
const PROB: [string, string][] = [
	['a1', '资金使用'],
	['a2', '资金使用'],
	['a2', '绩效目标'],
	['a3', '绩效目标'],
	['c1', '资金使用'],
	['c2', '档案管理']
];

let db: Connector;
const F = (places: Partial<PlaceSelection> = {}, over: Partial<PlaceFilters> = {}): PlaceFilters =>
	anyPlace({ places: { ...emptySelection(), ...places }, ...over });
const SUM = planWith(['summary_reports']);

beforeAll(async () => {
	const inst = await DuckDBInstance.create(':memory:');
	const conn = await inst.connect();
	for (const t of ['reports', 'indicators', 'findings'] as const) await conn.run(createTableSql(t));
	const v = (x: string | number | boolean | null) => (x == null ? 'NULL' : typeof x === 'number' ? num(x) : typeof x === 'boolean' ? String(x) : str(x));
	for (const [id, year, prov, city, dist, street, type, b, a, score, grade, syn] of ROWS)
		await conn.run(
			`INSERT INTO reports (report_id, source_file, title, year, province, city, district, street, evaluation_type, budget_wan, actual_wan, score, grade, synthetic) VALUES (${[id, `${id}.txt`, `${dist}${street ?? ''}报告`, year, prov, city, dist, street, type, b, a, score, grade, syn].map(v).join(', ')})`
		);
	let seq = 0;
	for (const [id, l1, ach] of IND)
		await conn.run(`INSERT INTO indicators (report_id, seq, level1, name, achieved) VALUES (${v(id)}, ${++seq}, ${v(l1)}, 'x', ${v(ach)})`);
	for (const [id, theme] of PROB)
		await conn.run(`INSERT INTO findings (report_id, seq, kind, text, theme) VALUES (${v(id)}, ${++seq}, '问题', 't', ${v(theme)})`);
	await conn.run(`CREATE TABLE summary_reports AS ${SUMMARY_SELECT.summary_reports}`);
	db = nodeConnector(inst, conn);
});
afterAll(async () => db?.close());

const round = (rows: Row[]) =>
	rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, x]) => [k, typeof x === 'number' ? Math.round(x * 1e9) / 1e9 : x])));

describe('placeRowsQuery', () => {
	it('provinces of the whole country', async () => {
		const rows = await db.query(placeRowsQuery('province', F()));
		// 广东: 7 reports, budget 650, actual 460; both known: a1..a5, b1 → 550 budget, 460 actual; scores 92 70 88 95 60 90 → 82.5
		expect(round(rows)).toEqual([
			{ province: GD, reports: 7, budget_wan: 650, actual_wan: 460, execution_rate: Math.round((460 / 550) * 1e9) / 1e9, mean_score: 82.5 },
			{ province: GZS, reports: 2, budget_wan: 100, actual_wan: 60, execution_rate: 0.6, mean_score: 65 }
		]);
	});

	it('keeps the two 白云区 apart by their chain', async () => {
		const rows = await db.query(placeRowsQuery('district', F({ district: ['白云区'] })));
		expect(rows.map((r) => [r.city, r.district, r.reports])).toEqual([
			[CAN, '白云区', 3],
			[GY, '白云区', 1]
		]);
	});

	it('cities of one province, under a year and a type filter', async () => {
		const rows = await db.query(placeRowsQuery('city', F({ province: [GD] }, { years: [2023], types: ['单位自评'] })));
		// 2023 单位自评 in 广东: a2, a4 (广州), b1 (深圳)
		expect(rows.map((r) => [r.city, r.reports, r.mean_score])).toEqual([
			[CAN, 2, 82.5],
			[SZ, 1, 90]
		]);
	});

	it('streets leave district-level units out; several grades at once', async () => {
		const rows = await db.query(placeRowsQuery('street', F({ city: [CAN] }, { grades: ['优', '中'] })));
		// 优/中 in 广州: a1 石门 优, a2 石门 中, a4 海幢 优, a5 (no street) 中
		expect(rows.map((r) => [r.district, r.street, r.reports])).toEqual([
			['海珠区', '海幢街道', 1],
			['白云区', '石门街道', 2]
		]);
	});

	const LEVELS_F: [Level, PlaceFilters][] = [
		['province', F()],
		['city', F({ province: [GD, GZS] })],
		['district', F({ city: [CAN, GY] }, { years: [2022, 2023] })],
		['district', F({}, { source: 'real' })],
		['street', F({ district: ['白云区'] }, { grades: ['优', '良', '中', '差'] })],
		['city', F({}, { types: ['单位自评', '部门评价'], source: 'synthetic' })]
	];
	it.each(LEVELS_F)('summary_reports gives the detail answer at %s', async (level, f) => {
		const detail = round(await db.query(placeRowsQuery(level, f, DETAIL_PLAN)));
		const summary = round(await db.query(placeRowsQuery(level, f, SUM)));
		expect(placeRowsQuery(level, f, SUM)).toContain('FROM summary_reports s');
		expect(summary).toEqual(detail);
		expect(detail.length).toBeGreaterThan(0);
	});

	it('the user-data source reads detail rows even with a summary', () => {
		expect(placeRowsQuery('city', F({}, { source: 'user' }), SUM)).toContain('FROM reports r');
	});

	it('values are escaped', async () => {
		const rows = await db.query(placeRowsQuery('district', F({ district: ["x' OR '1'='1"] })));
		expect(rows).toEqual([]);
	});
});

describe('placeCountsQuery', () => {
	it('counts provinces and cities (detail and summary)', async () => {
		for (const plan of [DETAIL_PLAN, SUM]) {
			expect(await db.query(placeCountsQuery(F(), plan))).toEqual([{ provinces: 2, cities: 3 }]);
			expect(await db.query(placeCountsQuery(F({ city: [CAN] }), plan))).toEqual([{ provinces: 1, cities: 1 }]);
		}
	});
});

describe('rankQuery', () => {
	it('ranks a district in its city and nationally', async () => {
		const rows = await db.query(rankQuery('district', F({ district: ['海珠区'] })));
		// district means: 广州白云 (92+70+88)/3=83.33, 海珠 77.5, 南山 90, 贵阳白云 50, 云岩 80
		// 海珠 in 广州: 2nd of 2; overall: 90, 83.3, 80, 77.5 → 4th of 5
		expect(rows.map((r) => [r.city, r.district, r.rank_in_parent, r.of_in_parent, r.rank_overall, r.of_overall])).toEqual([[CAN, '海珠区', 2, 2, 4, 5]]);
	});

	it('ranks provinces among themselves; a summary plan agrees', async () => {
		for (const plan of [DETAIL_PLAN, SUM]) {
			const rows = await db.query(rankQuery('province', F(), plan));
			expect(rows.map((r) => [r.province, r.rank_in_parent, r.of_in_parent])).toEqual([
				[GD, 1, 2],
				[GZS, 2, 2]
			]);
		}
	});
});

describe('compare', () => {
	const groups = [
		{ key: '广州白云', filters: F({ city: [CAN], district: ['白云区'] }) },
		{ key: '贵阳白云', filters: F({ city: [GY], district: ['白云区'] }) }
	];
	it('headline figures per group', async () => {
		const rows = await db.query(compareQuery(groups));
		expect(round(rows)).toEqual([
			{
				g: 0,
				reports: 3,
				budget_wan: 250,
				actual_wan: 190,
				execution_rate: 0.76,
				mean_score: Math.round((250 / 3) * 1e9) / 1e9,
				min_score: 70,
				max_score: 92,
				excellent: 1,
				good: 1,
				fair: 1,
				poor: 0
			},
			{
				g: 1,
				reports: 1,
				budget_wan: 80,
				actual_wan: 40,
				execution_rate: 0.5,
				mean_score: 50,
				min_score: 50,
				max_score: 50,
				excellent: 0,
				good: 0,
				fair: 0,
				poor: 1
			}
		]);
	});

	it('years as groups', async () => {
		const rows = await db.query(
			compareQuery([
				{ key: '2022', filters: F({}, { years: [2022] }) },
				{ key: '2023', filters: F({}, { years: [2023] }) }
			])
		);
		expect(rows.map((r) => r.reports)).toEqual([3, 6]);
	});

	it('indicator outcomes per group and level 1', async () => {
		const rows = await db.query(compareIndicatorsQuery(groups));
		// 广州白云: a1 产出 (true,false), a2 产出 (null) → 产出 n 3 judged 2 rate .5; a1 效益 true → 1/1
		expect(rows).toEqual([
			{ g: 0, level1: '产出', n: 3, judged: 2, achieved_rate: 0.5 },
			{ g: 0, level1: '效益', n: 1, judged: 1, achieved_rate: 1 },
			{ g: 1, level1: '产出', n: 1, judged: 1, achieved_rate: 0 },
			{ g: 1, level1: '效益', n: 1, judged: 1, achieved_rate: 0 }
		]);
	});

	it('recurring problems per group with their share of reports', async () => {
		const rows = await db.query(compareProblemsQuery(groups, 1));
		// 广州白云: 资金使用 a1 a2 (2 of 3), 绩效目标 a2 a3 (2 of 3) → tie broken by name; 贵阳白云: 资金使用 1 of 1
		expect(round(rows)).toEqual([
			{ g: 0, theme: '绩效目标', reports: 2, share: Math.round((2 / 3) * 1e9) / 1e9 },
			{ g: 1, theme: '资金使用', reports: 1, share: 1 }
		]);
	});

	it('refuses no groups', () => expect(() => compareQuery([])).toThrow(RangeError));
});

describe('placeOptionsQuery', () => {
	it('years, types and grades present, grades in their order', async () => {
		const rows = await db.query<{ k: string; v: string }>(placeOptionsQuery());
		expect(rows.filter((r) => r.k === 'grade').map((r) => r.v)).toEqual(['优', '良', '中', '差']);
		expect(rows.filter((r) => r.k === 'year').map((r) => r.v)).toEqual(['2022', '2023']);
		expect(
			rows
				.filter((r) => r.k === 'type')
				.map((r) => r.v)
				.sort()
		).toEqual(['单位自评', '财政评价', '部门评价'].sort());
	});
});

describe('placeReportsQuery', () => {
	it('a street lists its reports, latest year first', async () => {
		const rows = await db.query(placeReportsQuery(F({ city: [CAN], district: ['白云区'], street: ['石门街道'] })));
		expect(rows.map((r) => r.report_id)).toEqual(['a2', 'a1']);
	});
});
