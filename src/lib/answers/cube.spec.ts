/**
 * The report cube's evaluation (answers/cube.ts) over a hand-made table: every expected figure below is worked out
 * by hand from the rows, never captured from the code. test/unit/db/cube.spec.ts checks the same functions against
 * native DuckDB on the fixture and the bundled dataset.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import { reportSets, withLocal, type LocalQuery, type ReportSet } from '../queries/combined';
import { CUBE_DIMS, INDICATOR_CUBE_SUMS, REPORT_CUBE_SUMS, compareText, cubeAnswer, cubeAnswers, decodeCube, encodeTable, type CubeData } from './cube';

const F = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });

/** district, street, year, type, grade, synthetic, score, budget, actual (one report each). */
type R = [string | null, string | null, number | null, string | null, string | null, boolean, number | null, number | null, number | null];
const REPORTS: R[] = [
	['海珠区', '海幢街道', 2022, '单位自评', '优', false, 92, 100, 90],
	['海珠区', '海幢街道', 2023, '部门评价', '良', false, 85, 50, 50],
	['海珠区', '南华西街道', 2023, '单位自评', '中', true, 78, 40, null],
	['白云区', '石门街道', 2022, '单位自评', '差', true, 55, 200, 150],
	['白云区', null, 2023, '财政评价', '优', false, 95, 80, 80],
	['白云区', '石门街道', 2023, null, null, true, null, null, 10],
	[null, null, null, '单位自评', '中', true, 70, 30, 15]
];
const reportRow = ([district, street, year, evaluation_type, grade, synthetic, score, budget, actual]: R) => {
	const both = budget != null && actual != null;
	return {
		district,
		street,
		year,
		evaluation_type,
		grade,
		synthetic,
		score,
		n: 1,
		budget,
		actual,
		both_budget: both ? budget : null,
		both_actual: both ? actual : null,
		score_sum: score,
		score_n: score == null ? 0 : 1
	};
};

/** district, street, year, type, grade, synthetic, level1, level2, n, achieved, not achieved. */
type I = [string | null, string | null, number | null, string | null, string | null, boolean | null, string | null, string | null, number, number, number];
const INDICATORS: I[] = [
	['海珠区', '海幢街道', 2022, '单位自评', '优', false, '产出', '数量指标', 3, 2, 1],
	['海珠区', '南华西街道', 2023, '单位自评', '中', true, '产出', '数量指标', 2, 0, 1],
	['白云区', '石门街道', 2022, '单位自评', '差', true, '满意度', '服务对象满意度', 4, 4, 0],
	['白云区', null, 2023, '财政评价', '优', false, '决策', null, 1, 0, 0],
	[null, null, null, '单位自评', '中', null, null, '其他', 2, 1, 1]
];
const indicatorRow = ([district, street, year, evaluation_type, grade, synthetic, level1, level2, n, achieved, not_achieved]: I) => ({
	district,
	street,
	year,
	evaluation_type,
	grade,
	synthetic,
	level1,
	level2,
	n,
	achieved,
	not_achieved
});

const DATA: CubeData = {
	version: 'v1',
	reports: encodeTable(REPORTS.map(reportRow), [...CUBE_DIMS, 'score', ...REPORT_CUBE_SUMS]),
	indicators: encodeTable(INDICATORS.map(indicatorRow), [...CUBE_DIMS, 'level1', 'level2', ...INDICATOR_CUBE_SUMS])
};
const CUBE = decodeCube(JSON.parse(JSON.stringify(DATA)) as CubeData);
const set = (s: ReportSet, over: Partial<Filters> = {}) => cubeAnswer(CUBE, { kind: 'reportSet', set: s, f: F(over) });

const ZERO = { reports: 0, synthetic_reports: 0, budget_wan: null, actual_wan: null, execution_rate: null, mean_score: null, scored_reports: 0 };

describe('cubeAnswer: report sets', () => {
	const cases: [string, ReportSet, Partial<Filters>, unknown[]][] = [
		[
			'headline figures over every report: budget 100+50+40+200+80+30, rate over the five with both (385/460), mean of six scores',
			'kpi',
			{},
			[{ reports: 7, synthetic_reports: 4, budget_wan: 500, actual_wan: 395, execution_rate: 385 / 460, mean_score: 475 / 6, scored_reports: 6 }]
		],
		[
			'a combination (白云区 from 2023): two reports, one without budget or score',
			'kpi',
			{ district: '白云区', yearFrom: 2023 },
			[{ reports: 2, synthetic_reports: 1, budget_wan: 80, actual_wan: 90, execution_rate: 1, mean_score: 95, scored_reports: 1 }]
		],
		['no report: still one row, zeros and NULLs', 'kpi', { district: 'nowhere' }, [ZERO]],
		['a year range that keeps nothing (from 2024 to 2022)', 'kpi', { yearFrom: 2024, yearTo: 2022 }, [ZERO]],
		[
			'grades in 优 良 中 差 order, the report without a grade left out',
			'gradeMix',
			{},
			[
				{ grade: '优', n: 2 },
				{ grade: '良', n: 1 },
				{ grade: '中', n: 2 },
				{ grade: '差', n: 1 }
			]
		],
		[
			'real reports by district (海 U+6D77 before 白 U+767D); no district left out',
			'exec',
			{ source: 'real' },
			[
				{ district: '海珠区', reports: 2, budget_wan: 150, actual_wan: 140, execution_rate: 140 / 150, mean_score: 88.5 },
				{ district: '白云区', reports: 1, budget_wan: 80, actual_wan: 80, execution_rate: 1, mean_score: 95 }
			]
		],
		[
			'score boxes: quartiles interpolated at (n − 1)·q as quantile_cont does; the unscored report left out',
			'box',
			{},
			[
				{ district: '海珠区', n: 3, min: 78, q1: 81.5, median: 85, q3: 88.5, max: 92 },
				{ district: '白云区', n: 2, min: 55, q1: 65, median: 75, q3: 85, max: 95 }
			]
		],
		[
			'streets: no rate when no report states both figures (南华西街道), the district-level unit left out',
			'streets',
			{},
			[
				{ district: '海珠区', street: '南华西街道', reports: 1, budget_wan: 40, actual_wan: null, execution_rate: null, mean_score: 78 },
				{ district: '海珠区', street: '海幢街道', reports: 2, budget_wan: 150, actual_wan: 140, execution_rate: 140 / 150, mean_score: 88.5 },
				{ district: '白云区', street: '石门街道', reports: 2, budget_wan: 200, actual_wan: 160, execution_rate: 0.75, mean_score: 55 }
			]
		],
		[
			'grades by year for synthetic reports of 单位自评 (the unknown year left out)',
			'gradesByYear',
			{ source: 'synthetic', evaluationType: '单位自评' },
			[
				{ year: 2022, grade: '差', n: 1 },
				{ year: 2023, grade: '中', n: 1 }
			]
		],
		[
			'district × year to 2022',
			'districtYear',
			{ yearTo: 2022 },
			[
				{ district: '海珠区', year: 2022, reports: 1, execution_rate: 0.9, mean_score: 92 },
				{ district: '白云区', year: 2022, reports: 1, execution_rate: 0.75, mean_score: 55 }
			]
		],
		[
			'years of one street within its district and grade 良',
			'years',
			{ district: '海珠区', street: '海幢街道', grade: '良' },
			[{ year: 2023, reports: 1, budget_wan: 50, actual_wan: 50, execution_rate: 1, mean_score: 85 }]
		]
	];
	it.each(cases)('%s', (_, s, over, want) => expect(set(s, over)).toEqual(want));

	it("answers nothing for this browser's own rows (source=user)", () => {
		expect(set('kpi', { source: 'user' })).toBeNull();
	});

	it('no score box from a table without scores (a large dataset ships its cube without them)', () => {
		const rows = REPORTS.map(reportRow).map(({ score: _, ...r }) => r);
		const cube = decodeCube({ version: 'v1', reports: encodeTable(rows, [...CUBE_DIMS, ...REPORT_CUBE_SUMS]) });
		expect(cube.scores).toBe(false);
		expect(cubeAnswer(cube, { kind: 'reportSet', set: 'box', f: F() })).toBeNull();
		expect(cubeAnswer(cube, { kind: 'reportSet', set: 'kpi', f: F() })).toEqual(set('kpi'));
		expect(cubeAnswer(cube, { kind: 'indicatorAchievement', f: F() })).toBeNull();
	});
});

describe('cubeAnswer: indicator outcomes', () => {
	const ind = (over: Partial<Filters> = {}) => cubeAnswer(CUBE, { kind: 'indicatorAchievement', f: F(over) });
	it('by level 1 in framework order (决策 过程 产出 效益 满意度, then others and NULL), most first within one', () => {
		expect(ind()).toEqual([
			{ level1: '决策', level2: null, total: 1, achieved: 0, not_achieved: 0, unknown: 1 },
			{ level1: '产出', level2: '数量指标', total: 5, achieved: 2, not_achieved: 2, unknown: 1 },
			{ level1: '满意度', level2: '服务对象满意度', total: 4, achieved: 4, not_achieved: 0, unknown: 0 },
			{ level1: null, level2: '其他', total: 2, achieved: 1, not_achieved: 1, unknown: 0 }
		]);
	});
	it('a NULL synthetic flag is neither real nor synthetic, as NOT NULL is not true', () => {
		expect(ind({ source: 'synthetic' })).toEqual([
			{ level1: '产出', level2: '数量指标', total: 2, achieved: 0, not_achieved: 1, unknown: 1 },
			{ level1: '满意度', level2: '服务对象满意度', total: 4, achieved: 4, not_achieved: 0, unknown: 0 }
		]);
		expect(ind({ district: '海珠区', street: '海幢街道', yearFrom: 2023 })).toEqual([]);
	});
});

describe('cubeAnswers', () => {
	it('answers the queries a page marks for it and leaves the others to the engine', () => {
		const f = F({ district: '白云区', grade: '优' });
		const queries = {
			...reportSets(f, ['kpi', 'exec']),
			top: 'SELECT 1',
			achievement: withLocal('SELECT 2', { kind: 'indicatorAchievement', f } as LocalQuery)
		};
		const got = cubeAnswers(CUBE, queries);
		expect(Object.keys(got).sort()).toEqual(['achievement', 'exec', 'kpi']);
		expect(got.exec).toEqual([{ district: '白云区', reports: 1, budget_wan: 80, actual_wan: 80, execution_rate: 1, mean_score: 95 }]);
	});
});

describe('compareText', () => {
	it('orders by code point, as DuckDB orders UTF-8 bytes (JavaScript puts U+FFFD after a surrogate pair)', () => {
		expect(compareText('\uFFFD', '𠀀')).toBeLessThan(0);
		expect('\uFFFD' < '𠀀').toBe(false);
		expect(compareText('南华西街道', '海幢街道')).toBeLessThan(0);
		expect(compareText('海珠', '海珠区')).toBeLessThan(0);
		expect(compareText('a', 'a')).toBe(0);
	});
});

describe('encodeTable', () => {
	it('codes strings by dictionary and booleans as 0/1, keeps NULL, and decodes to the same rows', () => {
		const t = encodeTable(
			[
				{ district: '海珠区', synthetic: true, n: 2 },
				{ district: null, synthetic: false, n: 1 },
				{ district: '海珠区', synthetic: null, n: 3 }
			],
			['district', 'synthetic', 'n']
		);
		expect(t).toEqual({ rows: 3, dict: { district: ['海珠区'] }, columns: { district: [0, null, 0], synthetic: [1, 0, null], n: [2, 1, 3] } });
	});
});
