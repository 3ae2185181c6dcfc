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
	it('a full stop typed "." is the stop "。"; other words are another finding', () => {
		const e = (t: string): ExpectedDoc => ({ source_file: 't.txt', report: {}, findings: { 问题: [t] } }) as unknown as ExpectedDoc;
		expect(outcome(e('胡椒园排水设施老化.'), 'finding:问题')).toBe('correct');
		expect(outcome(e('胡椒园灌溉设施老化.'), 'finding:问题')).toBe('missing');
	});
});
