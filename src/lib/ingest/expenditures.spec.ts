import { describe, expect, it } from 'vitest';
import { categorySplit, cellColumnItems, cellItemRow, extractExpenditures, itemLine, listedItems, plannedSpentTable } from './expenditures';
import { splitLines } from './structure';

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
		['资金结构:(1)基本支出 61.5 60.1 (2)项目支出 25 23.95', 90, []],
		// its economic classes, adding up to the spend
		[
			'全年实际支出205.4万元,其中工资福利支出120.3万元,商品和服务支出46.8万元,项目支出38.3万元。',
			205.4,
			[
				['工资福利支出', 1203000],
				['商品和服务支出', 468000],
				['项目支出', 383000]
			]
		],
		// (not adding up: no rows)
		['全年实际支出205.4万元,其中工资福利支出120.3万元,商品和服务支出46.8万元。', 205.4, []],
		// 人员经费 and 公用经费, the parts of 基本支出, with 项目支出 in one list that adds up: three rows
		[
			'全年实际支出205.4万元,其中人员经费120.3万元,公用经费46.8万元,项目支出38.3万元。',
			205.4,
			[
				['人员经费', 1203000],
				['公用经费', 468000],
				['项目支出', 383000]
			]
		],
		['全年实际支出205.4万元,其中人员经费120.3万元,公用经费46.8万元。', 205.4, []],
		// a cover's cells one a line, in the label's unit or, without one, the form's 万元
		[
			'全年支出数(万元)\n612.40\n其中:基本支出(万元)\n401.15\n项目支出(万元)\n211.25\n预算执行率\n97.1%',
			612.4,
			[
				['基本支出', 4011500],
				['项目支出', 2112500]
			]
		],
		[
			'全年支出数(万元)\n612.40\n其中:基本支出\n401.15\n项目支出\n211.25',
			612.4,
			[
				['基本支出', 4011500],
				['项目支出', 2112500]
			]
		],
		[
			'其中:基本支出(元)\n4011500\n项目支出(元)\n2112500',
			612.4,
			[
				['基本支出', 4011500],
				['项目支出', 2112500]
			]
		],
		// a form run into one line, one figure after each
		[
			'按支出性质分: 其中:基本支出 401.15 政府性基金预算 0 0 0 项目支出 211.25 年度总体目标',
			612.4,
			[
				['基本支出', 4011500],
				['项目支出', 2112500]
			]
		],
		// three columns (年初预算数 全年预算数 全年执行数): the spend is whichever adds up
		[
			'其中:基本支出\t186.20\t186.20\t184.05\t—\n项目支出\t60.00\t55.50\t51.25\t—',
			235.3,
			[
				['基本支出', 1840500],
				['项目支出', 512500]
			]
		],
		// a piped row whose spending figure ends it
		[
			'| 其中:一般公共预算 | 300.0 | 290.0 | 285.5 | 其中:基本支出 | 240.25 | |\n| 其他资金 | 0 | 0 | 0 | 项目支出 | 45.25 | |',
			285.5,
			[
				['基本支出', 2402500],
				['项目支出', 452500]
			]
		],
		// (cells that add up to something else: the budget's split, no rows)
		['其中:基本支出(万元)\n420.00\n项目支出(万元)\n230.00', 612.4, []]
	])('%s (spent %s) → %j', (text, actual, want) => {
		expect(categorySplit(text, actual).map((e) => [e.item, e.amount_yuan])).toEqual(want);
	});
});

describe('extractExpenditures: prose lists', () => {
	const items = (text: string) => extractExpenditures(text, splitLines(text), []).map((e) => [e.item, e.amount_yuan]);
	it.each([
		[
			'a list after "支出构成为:"',
			'实际支出96.5万元。支出构成为:管网铺设68.2万元,水表更换19.1万元,设计及监理9.2万元。',
			[
				['管网铺设', 682000],
				['水表更换', 191000],
				['设计及监理', 92000]
			]
		],
		[
			'amounts written after the currency\'s name ("人民币298,800.00元")',
			'全年实际支出人民币331,560.00元。其中:浮筏材料补助人民币298,800.00元,技术指导费人民币32,760.00元。',
			[
				['浮筏材料补助', 298800],
				['技术指导费', 32760]
			]
		],
		[
			'"其中" after a spend written with thousands separators',
			'全年实际支出1,045,600.00元,其中温室修缮支出702,000.00元,水肥设备购置支出343,600.00元。',
			[
				['温室修缮支出', 702000],
				['水肥设备购置支出', 343600]
			]
		]
	])('%s', (_n, text, want) => expect(items(text)).toEqual(want));
});

describe('spending lists: 支出明细为, 其中 after a comma, a line of items of its own', () => {
	it.each([
		[
			'支出明细为:',
			'全年实际支出20万元。支出明细为:桥面铺装12.5万元,护栏更换7.5万元。',
			[
				['桥面铺装', 125000],
				['护栏更换', 75000]
			]
		],
		[
			'其中, after the spend',
			'全年实际支出300,000元,执行率100%。其中,课时补助180,000元,教材印制120,000元。',
			[
				['课时补助', 180000],
				['教材印制', 120000]
			]
		]
	])('%s', (_w, text, rows) => {
		expect(extractExpenditures(text, splitLines(text), []).map((e) => [e.item, e.amount_yuan])).toEqual(rows);
	});
	it('a line of items under its heading, when they add up to what was spent', () => {
		const text = '(二)资金使用情况\n步道维护12.00万元,保洁劳务6.50万元,宣传1.50万元。\n二、绩效目标完成情况';
		expect(itemLine(text, 20).map((e) => [e.item, e.amount_yuan])).toEqual([
			['步道维护', 120000],
			['保洁劳务', 65000],
			['宣传', 15000]
		]);
		expect(itemLine(text, 25)).toEqual([]);
		expect(itemLine('中央资金12万元,县级资金8万元。', 20)).toEqual([]);
	});
});

describe('an item whose name ends in 计', () => {
	it('"勘察设计8.00万元" keeps its 计 (only 共计 / 合计 / a bare 计 before the amount are dropped)', () => {
		const text = '支出构成为:修缮施工52.30万元,监测设备11.15万元,勘察设计8.00万元。';
		expect(extractExpenditures(text, splitLines(text), []).map((e) => e.item)).toEqual(['修缮施工', '监测设备', '勘察设计']);
	});
});

describe("listedItems: items one a line, or after a lead that says the money's use, adding up to what was spent", () => {
	const rows = (text: string, actual: number | null) => listedItems(text, actual).map((e) => [e.item, e.amount_yuan]);
	it.each([
		[
			'a dash list, one item a line',
			'3. 资金使用\n- 道路清扫:150,000元\n- 垃圾转运:62,500元\n- 工具购置:12,500元\n二、绩效目标',
			22.5,
			[
				['道路清扫', 150000],
				['垃圾转运', 62500],
				['工具购置', 12500]
			]
		],
		[
			"the budget's own list above is passed over (its words name the whole, and it adds up to something else)",
			'- 年初预算:20万元\n- 年中追加:2.5万元\n- 全年预算:22.5万元\n资金使用\n- 道路清扫:15万元\n- 垃圾转运:7.5万元',
			22.5,
			[
				['道路清扫', 150000],
				['垃圾转运', 75000]
			]
		],
		[
			'a sentence after 资金支出方面, a closing remark after the items',
			'资金支出方面,课程设计84,000元,讲师课酬56,000元,场地租赁20,000元,资金使用符合规定。',
			16,
			[
				['课程设计', 84000],
				['讲师课酬', 56000],
				['场地租赁', 20000]
			]
		]
	])('%s', (_w, text, actual, expected) => {
		expect(rows(text, actual)).toEqual(expected);
	});
	it.each([
		['items that add up to something else', '资金使用方面,课程设计84,000元,讲师课酬56,000元。', 16],
		['no spending known', '- 道路清扫:150,000元\n- 垃圾转运:62,500元', null],
		["the money's whole, not its items", '资金使用情况:预算20万元,实际支出16万元。', 16],
		['a single item', '- 道路清扫:160,000元', 16]
	])('nothing for %s', (_w, text, actual) => {
		expect(rows(text, actual)).toEqual([]);
	});
});

describe("heldout95 spending: a list's own numbers, 支出构成为 with no colon, a table one cell a line", () => {
	const items = (text: string) => extractExpenditures(text, splitLines(text), []).map((e) => [e.item, e.amount_yuan]);
	it('"支出明细:(1)…;(2)…": the items without their numbers', () => {
		expect(items('支出明细:(1)路面改造工程款80,000元;(2)设计及监理费20,000元。')).toEqual([
			['路面改造工程款', 80000],
			['设计及监理费', 20000]
		]);
	});
	it('"支出构成为运营补助…、设备购置…": the items, no colon after the lead', () => {
		expect(items('3)支出构成为运营补助43,600元、设备购置13,880元。')).toEqual([
			['运营补助', 43600],
			['设备购置', 13880]
		]);
	});
	const cells = (text: string, actual: number | null) => cellColumnItems(text, actual).map((e) => [e.item, e.amount_yuan]);
	const TABLE =
		'二、项目支出明细情况 |\n支出内容 |\n实际支出数 |\n备注 |\n||||\n30227 委托业务费 |\n31,200.00 |\n技术服务 |\n30216 培训费 |\n4,000.00 |\n种植户培训 |\n三、项目绩效指标 |';
	it('a table one cell a line: each item over its amount, the economic code and the remark dropped, in 元', () => {
		expect(cells(TABLE, 3.52)).toEqual([
			['委托业务费', 31200],
			['培训费', 4000]
		]);
	});
	it('…in 万元 when that is what adds up; nothing when the items add up to something else', () => {
		expect(cells('支出内容\n实际支出数\n公益岗位补助\n30.24\n3月8日\n人身意外保险\n4.22\n支出合计\n34.46', 34.46)).toEqual([
			['公益岗位补助', 302400],
			['人身意外保险', 42200]
		]);
		expect(cells(TABLE, 4)).toEqual([]);
	});
});

describe('a line of items closed by their own total', () => {
	it('"A…万元,B…万元,合计…万元": the items, the total no item', () => {
		expect(itemLine('救助金37.8万元,核查工作经费2.1万元,合计39.9万元。', 39.9).map((e) => [e.item, e.amount_yuan])).toEqual([
			['救助金', 378000],
			['核查工作经费', 21000]
		]);
	});
});

describe('listedItems after "按支出类别:"', () => {
	it('the items, when they add up to what was spent', () => {
		expect(listedItems('按支出类别:绿化养护人工费238,000元,苗木补植及肥料96,000元,设施维修65,000元。', 39.9).map((e) => e.item)).toEqual([
			'绿化养护人工费',
			'苗木补植及肥料',
			'设施维修'
		]);
	});
});

describe('listedItems after "2021年支付", closed by their own total', () => {
	it('the items before "合计…", nothing after it', () => {
		expect(
			listedItems('该笔资金为县级培训资金,2021年支付讲师课酬62,000元,场地租赁34,000元,误工补贴27,000元,合计123,000元,结余27,000元。', 12.3).map((e) => [
				e.item,
				e.amount_yuan
			])
		).toEqual([
			['讲师课酬', 62000],
			['场地租赁', 34000],
			['误工补贴', 27000]
		]);
	});
});

describe('plannedSpentTable', () => {
	const table = (rows: string[], total = '支出合计 | 90.00 | 84.30 | ||') =>
		['二、项目支出明细情况 | ||||', '支出内容(经济科目) | 计划支出数(万元) | 实际支出数(万元) | ||', ...rows, total, '三、项目绩效情况 | ||'].join('\n');
	const rows = ['设备维护费 | 50.00 | 48.20 | ||', '人员劳务费 | 30.00 | 30.00 | ||', '宣传材料印制 | 10.00 | 6.10 | ||'];
	it('each item with its spent cell, when they add up to what was spent', () => {
		expect(plannedSpentTable(table(rows), 84.3).map((e) => [e.item, e.amount_yuan])).toEqual([
			['设备维护费', 482000],
			['人员劳务费', 300000],
			['宣传材料印制', 61000]
		]);
	});
	it('items that do not add up to the spend: none', () => {
		expect(plannedSpentTable(table(rows), 90)).toEqual([]);
	});
	it('a row that is no item and amount: none', () => {
		expect(plannedSpentTable(table([...rows.slice(0, 2), '其中:专项 | 10.00 | 备注 | ||']), 84.3)).toEqual([]);
	});
});

describe('cellItemRow', () => {
	it('"支出明细 | 某项 182000元 | …" adding up to the spend: the items', () => {
		expect(cellItemRow('支出明细 | 器材购置 182000元 | 值守补贴 156000元 | 维修保养 53000元 | ||||', 39.1).map((e) => [e.item, e.amount_yuan])).toEqual([
			['器材购置', 182000],
			['值守补贴', 156000],
			['维修保养', 53000]
		]);
	});
	it('items that do not add up: none', () => {
		expect(cellItemRow('支出明细 | 器材购置 182000元 | 值守补贴 156000元 |', 39.1)).toEqual([]);
	});
});
