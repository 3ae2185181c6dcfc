import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { scoreFixture, type ExpectedDoc } from './fixture-eval';

const TEXT = '加乐镇2021年胡椒标准化种植补贴到户项目绩效自评报告\n项目预算20万元，实际支出19万元。\n五、存在问题\n1.胡椒园排水设施老化。';

const outcome = (expected: ExpectedDoc, field: string) =>
	scoreFixture('t', 'x', expected, extract({ text: TEXT, sourceFile: 't.txt' })).find((r) => r.field === field)?.outcome;

describe('the ruler: names and stops written in more than one way', () => {
	it('a project with or without the town it is in is the same project; another name is not', () => {
		const e = (project_name: string): ExpectedDoc => ({ source_file: 't.txt', report: { project_name } }) as unknown as ExpectedDoc;
		expect(outcome(e('胡椒标准化种植补贴到户项目'), 'project_name')).toBe('correct');
		expect(outcome(e('加乐镇胡椒标准化种植补贴到户项目'), 'project_name')).toBe('correct');
		expect(outcome(e('澄迈县加乐镇胡椒标准化种植补贴到户项目'), 'project_name')).toBe('correct');
		expect(outcome(e('胡椒种苗补贴项目'), 'project_name')).toBe('wrong');
	});
	it('a works with or without 项目 after its 工程 is the same project', () => {
		const text = '某区某某河道治理工程项目2019年度财政重点绩效评价报告\n项目预算20万元，实际支出19万元。';
		const r = extract({ text, sourceFile: 't.txt' });
		const e = (project_name: string): ExpectedDoc => ({ source_file: 't.txt', report: { project_name } }) as unknown as ExpectedDoc;
		const of = (x: ExpectedDoc) => scoreFixture('t', 'x', x, r).find((f) => f.field === 'project_name')?.outcome;
		expect([of(e('某某河道治理工程项目')), of(e('某某河道治理工程')), of(e('某某河道疏浚工程项目'))]).toEqual(['correct', 'correct', 'wrong']);
	});
	it('a full stop typed "." is the stop "。"; other words are another finding', () => {
		const e = (t: string): ExpectedDoc => ({ source_file: 't.txt', report: {}, findings: { 问题: [t] } }) as unknown as ExpectedDoc;
		expect(outcome(e('胡椒园排水设施老化.'), 'finding:问题')).toBe('correct');
		expect(outcome(e('胡椒园灌溉设施老化.'), 'finding:问题')).toBe('missing');
	});
	it('a stop typed twice in the text (",," / ",。") is the one stop the extractor writes', () => {
		const e = (t: string): ExpectedDoc => ({ source_file: 't.txt', report: {}, findings: { 问题: [t] } }) as unknown as ExpectedDoc;
		expect(outcome(e('胡椒园排水设施老化,。'), 'finding:问题')).toBe('correct');
		expect(outcome(e('胡椒园排水,,设施老化。'), 'finding:问题')).toBe('missing');
		expect(outcome(e('胡椒园排水设施老化!'), 'finding:问题')).toBe('correct');
	});
});

describe('the ruler: the same item listed for two works', () => {
	it('each written row is matched once, the one with the same amount first; a differing amount is still wrong', () => {
		const text =
			'某站2019年度山洪沟治理工程专项资金绩效评价报告\n资金总计40万元,其中甲河治理工程:监理费15万元,测绘费3.6万元;乙河治理工程:监理费11.8万元,测绘费2.4万元。实际支出40万元。';
		const rows = (items: [string, number][]) =>
			scoreFixture(
				't',
				'x',
				{ source_file: 't.txt', report: {}, expenditures: items.map(([item, amount_yuan]) => ({ item, amount_yuan })) } as unknown as ExpectedDoc,
				extract({ text, sourceFile: 't.txt' })
			)
				.filter((r) => r.field === 'expenditure')
				.map((r) => r.outcome);
		expect(
			rows([
				['监理费', 118000],
				['监理费', 150000],
				['测绘费', 36000],
				['测绘费', 24000]
			])
		).toEqual(['correct', 'correct', 'correct', 'correct']);
		expect(
			rows([
				['监理费', 150000],
				['监理费', 99000]
			])
		).toEqual(['correct', 'wrong']);
	});
});

describe('the ruler: a spending item with or without the word for spending', () => {
	it('"X支出" is the item X; another item is not, and 项目支出 stays itself', () => {
		const text = '某镇2021年度道路划线项目绩效自评报告\n项目预算36万元,实际支出34.56万元。其中划线施工支出212,000元,标识标牌制作支出133,600元。';
		const r = extract({ text, sourceFile: 't.txt' });
		const e = (item: string): ExpectedDoc => ({ source_file: 't.txt', report: {}, expenditures: [{ item, amount_yuan: 212000 }] }) as unknown as ExpectedDoc;
		const of = (x: ExpectedDoc) => scoreFixture('t', 'x', x, r).find((f) => f.field === 'expenditure')?.outcome;
		expect([of(e('划线施工')), of(e('划线施工支出')), of(e('划线设计'))]).toEqual(['correct', 'correct', 'missing']);
	});
});
