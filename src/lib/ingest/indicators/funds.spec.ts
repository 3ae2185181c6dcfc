import { describe, expect, it } from 'vitest';
import { solveFundsRow, type FundKey, type FundValues } from './funds';
import { fundsColOf } from './header';

const STD: FundKey[] = ['initial', 'budget', 'actual', 'weight', 'rate', 'points'];

// The 资金总额 row of a funds table, read against its header's columns (values worked out by hand
// from the arithmetic: rate = actual ÷ budget, points = weight × rate).
const ROWS: [what: string, cells: string[], cols: FundKey[], want: FundValues & { ok?: boolean; ambiguous?: boolean }][] = [
	['every cell in place', ['86', '80', '76.4', '10', '95.5%', '9.55'], STD, { initial: 86, budget: 80, actual: 76.4, weight: 10, rate: 0.955, points: 9.55 }],
	[
		'a rate that does not hold is still read as written (the rate check reports it)',
		['50', '50', '40', '10', '90%', '9'],
		STD,
		{ initial: 50, budget: 50, actual: 40, weight: 10, rate: 0.9, points: 9 }
	],
	['the rate cell missing: 126/126 with 10 points', ['126', '126', '126', '10', '10'], STD, { budget: 126, actual: 126, weight: 10, rate: null, points: 10 }],
	[
		'the points cell empty',
		['238.93', '251.89', '251.89', '100.00%', '10', ''],
		['initial', 'budget', 'actual', 'rate', 'weight', 'points'],
		{ initial: 238.93, budget: 251.89, actual: 251.89, rate: 1, weight: 10, points: null }
	],
	['all glued, one cell short: 20 | 20 | 10 | 100.00% | 10', ['202010100.00%10'], STD, { budget: 20, actual: 20, weight: 10, rate: 1, points: 10 }],
	[
		'glued, no 全年预算数 column: 310.2 | 154.74 | 10 | 50% | 5',
		['310.2154.741050%5'],
		['initial', 'actual', 'weight', 'rate', 'points'],
		{ initial: 310.2, budget: 310.2, actual: 154.74, weight: 10, rate: 0.5, points: 5 }
	],
	[
		'two cells glued, the rest apart: 45 | 45 | 36 | 10 | 80% | 8',
		['4545', '36', '10', '80%', '8'],
		STD,
		{ budget: 45, actual: 36, weight: 10, rate: 0.8, points: 8 }
	],
	[
		'a zero row is read as written (the caller refuses a zero budget)',
		['0', '0', '0', '10', '0', '0'],
		STD,
		{ initial: 0, budget: 0, actual: 0, weight: 10, rate: 0, points: 0 }
	],
	// amounts in 元 with two decimals, glued as a one-line form gives them: 0.00 | 860000.00 | 843520.00 | 10 | 98.08% and 9.8
	[
		'glued 元 amounts with two decimals',
		['0.00860000.00843520.001098.08%', '9.8'],
		STD,
		{ initial: 0, budget: 860000, actual: 843520, weight: 10, rate: 0.9808, points: 9.8 }
	],
	[
		'a spreadsheet dump: 元 without separators, the rate as a raw float kept as written',
		['260000', '286000', '277800', '10', '0.971328671328671', '9.7'],
		STD,
		{ initial: 260000, budget: 286000, actual: 277800, weight: 10, rate: 0.971328671328671, points: 9.7 }
	],
	[
		'a raw float that does not hold is still read as written (the rate check reports it)',
		['260000', '286000', '277800', '10', '0.871328671328671', '9.7'],
		STD,
		{ budget: 286000, actual: 277800, rate: 0.871328671328671 }
	],
	['nothing consistent: the money stays blank', ['3020', '80%', '8'], STD, { rate: 0.8, points: 8, ambiguous: true }],
	['a percentage where money is expected', ['95%'], ['budget'], { ok: false }],
	['words are no funds row', ['见附表'], STD, { ok: false }]
];

describe('solveFundsRow', () => {
	it.each(ROWS)('%s', (_, cells, cols, want) => {
		const { ok = true, ambiguous = false, ...values } = want;
		const got = solveFundsRow(cells, cols);
		expect(got.ok).toBe(ok);
		expect(got.ambiguous).toBe(ambiguous);
		for (const [k, v] of Object.entries(values)) expect(got.values[k as FundKey], k).toBe(v);
		if (!ok) expect(got.values).toEqual({});
	});
});

const HEADS: [string, ReturnType<typeof fundsColOf>][] = [
	['项目资金（万元）', 'label'],
	['项目资金（元）', 'label'],
	['年度预算数(万元)', 'label'],
	['(万元)', 'label'],
	['预算执行情况(10分)', 'label'],
	['年初预算数', 'initial'],
	['年初预算', 'initial'],
	['全年预算数（A）', 'budget'],
	['调整后预算数', 'budget'],
	['全年(调整)预算数', 'budget'],
	['全年执行数(B)', 'actual'],
	['预算执行数', 'actual'],
	['执行率(B/A)', 'rate'],
	['预算执行率(B/A×100%)', 'rate'],
	['预算执行率', 'rate'],
	['分值(10分)', 'weight'],
	['权重', 'weight'],
	['得分', 'points'],
	['得分计算方法', 'other'],
	['原因', 'other'],
	['年度资金总额', null],
	['社区服务项目个数', null]
];

describe('fundsColOf', () => {
	it.each(HEADS)('%s → %s', (h, want) => expect(fundsColOf(h)).toBe(want));
});

// (more cells than columns: the text path tries the first cells and keeps them only when a sum holds;
// see grid-text.spec.ts for a funds row followed by the next row's figures without their label)
