import { describe, expect, it } from 'vitest';
import { categorySplit } from './expenditures';

describe("categorySplit: a department's spending by its two categories", () => {
	it.each([
		[
			'全年支出314.5万元,其中基本支出246.1万元,项目支出68.4万元。',
			314.5,
			[
				['基本支出', 2461000],
				['项目支出', 684000]
			]
		],
		[
			'实际支出2,876,000元,其中:基本支出2,219,000元、项目支出657,000元。',
			287.6,
			[
				['基本支出', 2219000],
				['项目支出', 657000]
			]
		],
		[
			'全年决算数196.1万元。其中基本支出为132.4万元；项目支出为63.7万元。',
			196.1,
			[
				['基本支出', 1324000],
				['项目支出', 637000]
			]
		],
		// the budget's split adds up to the budget, not to what was spent: no rows
		['年初预算326.4万元,其中基本支出248.6万元,项目支出77.8万元;全年支出314.5万元。', 314.5, []],
		// one category alone is no split
		['全年支出314.5万元,其中基本支出246.1万元。', 314.5, []],
		['基本支出246.1万元,项目支出68.4万元。', null, []],
		// a form's cells under 全年预算数 / 全年执行数, in the form's 万元: the column that adds up to the spend
		[
			'全年预算数全年执行数执行率资金来源:(1)财政拨款 86.5 84.05 97%资金结构:(1)基本支出 61.5 60.1 (2)项目支出 25 23.95年度总体目标',
			84.05,
			[
				['基本支出', 601000],
				['项目支出', 239500]
			]
		],
		['资金结构:(1)基本支出 61.5 60.1 (2)项目支出 25 23.95', 90, []]
	])('%s (spent %s) → %j', (text, actual, want) => {
		expect(categorySplit(text, actual).map((e) => [e.item, e.amount_yuan])).toEqual(want);
	});
});
