import { describe, expect, it } from 'vitest';
import { parseGridCells, resolveTotal, splitGluedScores } from './grid';
import { colOf } from './header';
import { gluedPairs } from './rows';
import type { Cell, RawIndicator } from './shared';

/** Rows of real cells (as an xlsx or docx reader hands them), with running offsets. */
function cells(rows: string[][]): Cell[][] {
	let at = 0;
	return rows.map((r) =>
		r.map((text) => {
			const c = { text, start: at, end: at + text.length };
			at += text.length + 1;
			return c;
		})
	);
}

type Row = [
	level1: string | null,
	level2: string | null,
	name: string,
	target: string | null,
	actual: string | null,
	weight: number | null,
	points: number | null,
	achieved: boolean | null
];

// Real cells keep their empty cells, so every value sits in its own column.
const CELL_CASES: [what: string, rows: string[][], want: Row[], facts: Record<string, number>, checks: string[]][] = [
	[
		'standard header, merged level cells, an empty 完成值 and 得分',
		[
			['项目资金（元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
			['年度资金总额', '500000', '480000', '456000', '10', '95%', '9.5'],
			['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
			['', '产出指标', '数量指标', '改造公厕座数', '≥8座', '9座', '30', '30', ''],
			['', '', '时效指标', '完工及时率', '≥95%', '', '30', '', '尚未验收'],
			['', '满意度指标', '服务对象满意度指标', '使用者满意度', '≥90%', '93%', '30', '28', ''],
			['总分', '', '', '', '', '', '100', '67.5', '']
		],
		[
			['产出', '数量', '改造公厕座数', '≥8座', '9座', 30, 30, true],
			['产出', '时效', '完工及时率', '≥95%', null, 30, null, null],
			['满意度', '服务对象满意度', '使用者满意度', '≥90%', '93%', 30, 28, true]
		],
		// 元 → 万元: 48 and 45.6; 45.6 / 48 = 95%; the 完工及时率 row has no 得分, so points are not summed
		{ budget: 48, actual: 45.6, rate: 0.95, execWeight: 10, execPoints: 9.5, totalWeight: 100, score: 67.5, weightSum: 100 },
		[]
	],
	[
		'a 指标性质 / 度量单位 header; weights that miss the total by 5',
		[
			['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分'],
			['产出指标', '数量指标', '义诊场次', '≥', '20', '场', '24', '40', '40'],
			['效益指标', '社会效益指标', '签约家庭医生户数', '≥', '1500', '户', '1432', '35', '33'],
			['满意度指标', '服务对象满意度指标', '居民满意度', '≥', '85', '%', '91', '20', '20'],
			['合计', '', '', '', '', '', '', '100', '93']
		],
		[
			['产出', '数量', '义诊场次', '≥20场', '24', 40, 40, true],
			['效益', '社会效益', '签约家庭医生户数', '≥1500户', '1432', 35, 33, false],
			['满意度', '服务对象满意度', '居民满意度', '≥85%', '91', 20, 20, true]
		],
		{ totalWeight: 100, score: 93, weightSum: 95 },
		['分值 95 ≠ 总分 100']
	],
	[
		'其中 rows only: no total, so no budget',
		[
			['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数'],
			['其中：财政拨款', '30', '30', '29'],
			['其他资金', '5', '5', '5']
		],
		[],
		{},
		[]
	]
];

describe('parseGridCells on real cells', () => {
	it.each(CELL_CASES)('%s', (_, rows, want, facts, checks) => {
		const r = parseGridCells(cells(rows));
		expect(r.rows.map((x) => [x.level1, x.level2, x.name, x.target_text, x.actual_text, x.weight, x.points, x.achieved])).toEqual(want);
		const got: Record<string, number> = {};
		for (const [k, v] of Object.entries(r.facts)) got[k] = Math.round((typeof v === 'number' ? v : v.value) * 1e6) / 1e6;
		expect(got).toEqual(facts);
		expect(r.checks.map((c) => c.detail)).toEqual(checks);
		expect(r.checks.every((c) => c.code === 'grid_sum_mismatch')).toBe(true);
	});
});

describe('a bare result beside a rate target is a percentage, read nearer the target', () => {
	const row = (target: string, actual: string) =>
		parseGridCells(
			cells([
				['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
				['产出指标', '质量指标', '检测报告差错率', target, actual, '10', '10'],
				['满意度指标', '服务对象满意度指标', '企业满意度', '≥90%', '93%', '10', '10']
			])
		).rows[0];
	it.each([
		['≤1%', '0.6', 0.006, true],
		['≤1%', '1.4', 0.014, false],
		['≥95%', '97', 0.97, true],
		// a fraction beside a large rate stays a fraction
		['≥95%', '0.97', 0.97, true],
		['≥90%', '1', 1, true]
	])('%s / %s → %s', (target, actual, value, achieved) => {
		const r = row(target, actual);
		expect([r.actual_value, r.achieved]).toEqual([value, achieved]);
	});
});

// The 总分 row: [cells, sums of weights / points (and of the funds row), weight first?] → weight, points.
type Sums = { w: number | null; p: number | null; execW: number | null; execP: number | null };
const NO_SUMS: Sums = { w: null, p: null, execW: null, execP: null };
const TOTALS: [
	what: string,
	cells: (string | null)[],
	sums: Sums,
	weightFirst: boolean,
	want: { weight: number | null; points: number | null; unsure: boolean }
][] = [
	['two cells', ['100', '94.5'], NO_SUMS, true, { weight: 100, points: 94.5, unsure: false }],
	['two cells, 得分 column first', ['94.5', '100'], NO_SUMS, false, { weight: 100, points: 94.5, unsure: false }],
	['得分 above 分值 is no reading', ['90', '95'], NO_SUMS, true, { weight: null, points: null, unsure: true }],
	['glued "100100"', ['100100'], NO_SUMS, true, { weight: 100, points: 100, unsure: false }],
	['glued "10096.5"', ['10096.5'], NO_SUMS, true, { weight: 100, points: 96.5, unsure: false }],
	['one cell that is the weights sum (90 + funds 10)', ['100'], { w: 90, p: null, execW: 10, execP: null }, true, { weight: 100, points: null, unsure: false }],
	['one cell that is the points sum', ['87'], { w: 100, p: 87, execW: null, execP: null }, true, { weight: null, points: 87, unsure: false }],
	['one cell, both sums equal to it', ['100'], { w: 100, p: 100, execW: null, execP: null }, true, { weight: 100, points: 100, unsure: false }],
	['one cell and nothing to tell which', ['96'], NO_SUMS, true, { weight: null, points: null, unsure: true }],
	['trailing empty cells', ['100', null, null], { w: 90, p: null, execW: 10, execP: null }, true, { weight: 100, points: null, unsure: false }],
	['no cells', [], NO_SUMS, true, { weight: null, points: null, unsure: false }]
];

describe('resolveTotal', () => {
	it.each(TOTALS)('%s', (_, c, sums, wf, want) => expect(resolveTotal(c, sums, wf)).toEqual(want));
});

// Cells read as two glued cells, for the placement to check against 得分 ≤ 分值 ≤ 100.
const PAIRS: [string, [string, string][]][] = [
	['1010', [['10', '10']]],
	['10095', [['100', '95']]],
	[
		'15100%',
		[
			['1', '5100%'],
			['15', '100%']
		]
	],
	['1048万元', [['10', '48万元']]],
	['92%20', [['92%', '20']]],
	['98.5%10', [['98.5%', '10']]],
	['92%0', []],
	['15≥3.2公里', [['15', '≥3.2公里']]],
	['3000', []],
	['95%', []],
	['1095%', [['10', '95%']]],
	['明显改善', []]
];

describe('gluedPairs', () => {
	it.each(PAIRS)('%s', (t, want) => expect(gluedPairs(t)).toEqual(want));
});

const HEADS: [string, ReturnType<typeof colOf>][] = [
	['一级指标', 'l1'],
	['三级指标', 'name'],
	['指标性质', 'nature'],
	['年度指标值(A)', 'target'],
	['指标值', 'target'],
	['度量单位', 'unit'],
	['全年实际值(B)', 'actual'],
	['实际完成值', 'actual'],
	['分值', 'weight'],
	['权重', 'weight'],
	['得分', 'points'],
	['得分计算方法', 'other'],
	['偏差原因分析及改进措施', 'reason'],
	['未完成原因分析', 'reason'],
	['产出指标', null],
	['社区服务项目个数', null]
];

describe('colOf', () => {
	it.each(HEADS)('%s → %s', (h, want) => expect(colOf(h)).toBe(want));
});

describe('one table per project', () => {
	it('keeps each 自评表 of a document apart, the first one as the document facts', () => {
		const form = (budget: string, actual: string, rate: string, pts: string, name: string, score: string) => [
			['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
			['年度资金总额', budget, budget, actual, '10', rate, pts],
			['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
			['产出指标', '数量指标', name, '≥4次', '4次', '90', '90'],
			['总分', '', '', '', '', '100', score]
		];
		// 18 / 20 = 90% → 9 points, 99 in all; 5 / 5 = 100% → 10 points, 100 in all
		const r = parseGridCells(cells([...form('20', '18', '90%', '9', '消防演练次数', '99'), ...form('5', '5', '100%', '10', '应急培训次数', '100')]));
		const v = (f: object) => Object.fromEntries(Object.entries(f).map(([k, x]) => [k, typeof x === 'number' ? x : (x as { value: number }).value]));
		expect(r.tables.map((t) => [t.rows.map((x) => x.name), v(t.facts)])).toEqual([
			[['消防演练次数'], { budget: 20, actual: 18, rate: 0.9, execWeight: 10, execPoints: 9, totalWeight: 100, score: 99, weightSum: 100 }],
			[['应急培训次数'], { budget: 5, actual: 5, rate: 1, execWeight: 10, execPoints: 10, totalWeight: 100, score: 100, weightSum: 100 }]
		]);
		expect(v(r.facts)).toEqual(v(r.tables[0].facts));
		expect(r.tables[0].end).toBeLessThanOrEqual(r.tables[1].start);
		expect(r.checks).toEqual([]);
	});
});

describe('splitGluedScores: weight and points glued when the borders were lost', () => {
	const row = (name: string, weight: number | null, points: number | null, target: string | null = '≥1') =>
		({ name, weight, points, target_text: target, actual_text: target }) as unknown as RawIndicator;
	const read = (rows: RawIndicator[]) => {
		splitGluedScores(rows);
		return rows.map((r) => [r.name, r.weight, r.points]);
	};
	it.each([
		[
			'weights far past 100, each a glued pair: split, points never above the weight, a section row and a round weight kept',
			[row('管理指标', 30, null, null), row('A', 88, null), row('B', 86, null), row('C', 77, null), row('D', 1515, null), row('E', 1010, null)],
			[
				['管理指标', 30, null],
				['A', 8, 8],
				['B', 8, 6],
				['C', 7, 7],
				['D', 15, 15],
				['E', 10, 10]
			]
		],
		[
			'weights adding up to 100 are weights',
			[row('A', 40, null), row('B', 35, null), row('C', 25, null)],
			[
				['A', 40, null],
				['B', 35, null],
				['C', 25, null]
			]
		],
		[
			'a split that still leaves more than 100 is no split',
			[
				row('A', 98, null),
				row('B', 97, null),
				row('C', 96, null),
				row('D', 95, null),
				row('E', 94, null),
				row('F', 93, null),
				row('G', 92, null),
				row('H', 91, null),
				row('I', 99, null),
				row('J', 99, null),
				row('K', 99, null),
				row('L', 99, null),
				row('M', 99, null)
			],
			null
		]
	])('%s', (_n, rows, want) => {
		const before = rows.map((r) => [r.name, r.weight, r.points]);
		expect(read(rows)).toEqual(want ?? before);
	});
});
