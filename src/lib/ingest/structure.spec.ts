import { describe, expect, it } from 'vitest';
import { splitLines } from './structure';

// Invented wording throughout.
const CASES: [what: string, text: string, ranks: number[]][] = [
	[
		'a news item\'s sections "一是…。" to "五是…。" at the starts of their lines are first-rank headings',
		[
			'某县2021年度育苗项目绩效自评报告',
			'一是项目基本情况。县财政安排资金20万元。',
			'二是资金使用情况。实际支出19万元。',
			'三是绩效目标完成情况。育苗5万株。',
			'四是自评结果。自评得分90分。',
			'五是存在的问题。培训不足。'
		].join('\n'),
		[0, 1, 1, 1, 1, 1]
	],
	[
		'a list "一是…二是…" inside a numbered section stays a list',
		['一、存在的问题', '一是资金拨付较慢。', '二是台账不全。', '三是宣传不够。', '四是培训偏少。'].join('\n'),
		[1, 0, 0, 0, 0]
	],
	[
		'four list items that name no section ("一是资金拨付较慢。") in a report without numbered sections stay a list',
		['存在问题:', '一是资金拨付较慢。', '二是台账不全。', '三是宣传不够。', '四是培训偏少。'].join('\n'),
		[0, 0, 0, 0, 0]
	],
	[
		'three such lines, or lines out of order, are no sections',
		['一是项目基本情况。', '二是资金使用情况。', '四是自评结果。', '三是存在的问题。'].join('\n'),
		[0, 0, 0, 0]
	]
];

describe('decimal headings glued to their titles', () => {
	it('"4.2存在绩效问题" and "5.1经验教训" alone on their lines are headings under "4." and over "(1)"; "4.2万元" and a sentence are not', () => {
		const lines = splitLines(['4.绩效评价结论', '4.2存在绩效问题', '5.1经验教训', '(1)资料不全', '4.2万元用于培训。', '4.5分扣在资料不全上'].join('\n'));
		expect(lines.map((l) => [l.rank, l.body])).toEqual([
			[3, '绩效评价结论'],
			[3.5, '存在绩效问题'],
			[3.5, '经验教训'],
			[4, '资料不全'],
			[0, '4.2万元用于培训。'],
			[0, '4.5分扣在资料不全上']
		]);
	});
});

describe('sections a report opens with 一是 … 五是', () => {
	for (const [what, text, ranks] of CASES)
		it(what, () => {
			expect(splitLines(text).map((l) => l.rank)).toEqual(ranks);
		});
	it('the heading line keeps its title and its text after the ordinal', () => {
		const l = splitLines('一是项目概况。甲。\n二是资金。乙。\n三是目标。丙。\n四是结果。丁。')[3];
		expect(l.body).toBe('结果。丁。');
	});
});

describe('sections numbered in words ("第五,存在问题。")', () => {
	it('a short title alone on its line after "第N," is a first-rank heading; a sentence opening "第一," is not', () => {
		const lines = splitLines(['第四,自评结论。', '第五,存在问题', '第一,要把大棚保温设施配齐,第二,要安排技术员驻点。'].join('\n'));
		expect(lines.map((l) => [l.rank, l.body])).toEqual([
			[1, '自评结论。'],
			[1, '存在问题'],
			[0, '第一,要把大棚保温设施配齐,第二,要安排技术员驻点。']
		]);
	});
});
