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
		['基本支出246.1万元,项目支出68.4万元。', null, []]
	])('%s (spent %s) → %j', (text, actual, want) => {
		expect(categorySplit(text, actual).map((e) => [e.item, e.amount_yuan])).toEqual(want);
	});
});
