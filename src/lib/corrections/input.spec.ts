import { describe, expect, it } from 'vitest';
import { correctionProblems, fieldKind, guessField, mergeImported, normaliseInput, upsertCorrection, valueFromSelection } from './input';
import type { Correction } from './corrections';

const c = (field: string, old_value: string, new_value: string, report_id = 'aaaa000000000001', line?: number): Correction => ({
	report_id,
	field,
	old_value,
	new_value,
	reason: '',
	reviewer: '王芳',
	corrected_at: '2026-12-05T08:00:00Z',
	line
});

describe('typed values', () => {
	it.each([
		['budget_wan', ' 120 ', '120'],
		['budget_wan', '1,200', '1200'],
		['budget_wan', '１２０．５', '120.5'],
		['budget_wan', '120万元', '120'],
		['budget_wan', '1,234,500元', '123.45'],
		['execution_rate_stated', '95.5%', '0.955'],
		['execution_rate_stated', '0.9', '0.9'],
		['score', '91分', '91'],
		['year', '2023年', '2023'],
		['unit', '  某街道办事处 ', '某街道办事处'],
		['score', '', ''],
		['score', '九十', '九十']
	])('%s %j → %j', (field, typed, want) => expect(normaliseInput(field, typed)).toBe(want));

	it('kinds: derived and identifying fields are none', () => {
		expect([fieldKind('budget_wan'), fieldKind('execution_rate_stated'), fieldKind('grade'), fieldKind('unit'), fieldKind('party_orgs')]).toEqual([
			'wan',
			'rate',
			'choice',
			'text',
			'int'
		]);
		expect([fieldKind('execution_rate'), fieldKind('report_id'), fieldKind('colour')]).toEqual([null, null, null]);
	});
});

describe('a selected sentence', () => {
	it.each([
		['budget_wan', '2023年全年预算安排资金 1,234,500.00 元，用于党建活动。', '123.45'],
		['budget_wan', '年初预算数为45.6万元；', '45.6'],
		['actual_wan', '实际支出 38 万元，执行率 83.33%。', '38'],
		['execution_rate_stated', '实际支出 38 万元，执行率 83.33%。', '0.8333'],
		['score', '经综合评价，该项目得分为 92.5 分，等级为“优”。', '92.5'],
		['grade', '经综合评价，该项目得分为 92.5 分，等级为“优”。', '优'],
		['grade', '评分标准：优（90分以上）、良……本项目评为良。', '良'],
		['year', '2023年度党建工作经费', '2023'],
		['party_members', '覆盖党员 1,280 名', '1280'],
		['evaluation_type', '本次为部门评价', '部门评价'],
		['unit', '  某某街道办事处 ', '某某街道办事处'],
		['score', '无数字的句子', '']
	])('%s from %j → %j', (field, text, want) => expect(valueFromSelection(field, text)).toBe(want));

	it('guesses the field a sentence is about', () => {
		expect(guessField('执行率为 95%')).toBe('execution_rate_stated');
		expect(guessField('全年预算 120 万元')).toBe('budget_wan');
		expect(guessField('项目得分 88 分')).toBe('score');
		expect(guessField('党建引领')).toBe(null);
	});
});

describe('checked with the rules of corrections.csv', () => {
	it('names a value of the wrong type or outside sense, accepts a good one', () => {
		expect(correctionProblems(c('budget_wan', '100', '一百'))[0].en).toMatch(/not a number/);
		expect(correctionProblems(c('score', '85', '150'))[0].en).toMatch(/between 0 and 100/);
		expect(correctionProblems(c('execution_rate_stated', '', '95'))[0].en).toMatch(/looks like a percent/);
		expect(correctionProblems(c('grade', '良', 'A'))[0].en).toMatch(/优, 良, 中 or 差/);
		expect(correctionProblems(c('execution_rate', '0.9', '0.8'))[0].en).toMatch(/unknown field/);
		expect(correctionProblems(c('budget_wan', '100', '120'))).toEqual([]);
		expect(correctionProblems(c('unit', '某局', '=cmd|x'))).toEqual([]);
		expect(correctionProblems({ ...c('unit', '某局', '某\u0000局') })[0].en).toBe('new_value contains a NUL character');
	});
});

describe('one correction per report and field', () => {
	it('a field corrected again keeps the value the machine read', () => {
		const a = upsertCorrection([], c('budget_wan', '100', '120'));
		const b = upsertCorrection(a, c('budget_wan', '120', '130'));
		expect(b).toEqual([{ ...c('budget_wan', '100', '130') }]);
		expect(upsertCorrection(b, c('score', '85', '86'))).toHaveLength(2);
	});
	it('an import adds new ones, skips the same, names a conflicting one and keeps what is kept', () => {
		const kept = [c('budget_wan', '100', '120'), c('score', '85', '86')];
		const { add, same, problems } = mergeImported(kept, [
			c('budget_wan', '100', '120', undefined, 2),
			c('score', '85', '90', undefined, 3),
			c('year', '2023', '2022', undefined, 4)
		]);
		expect(add.map((r) => r.field)).toEqual(['year']);
		expect(same).toBe(1);
		expect(problems).toEqual([
			{
				line: 3,
				zh: expect.stringContaining('保留已有更正'),
				en: 'score of aaaa000000000001 is already corrected in this browser to "86": kept that, "90" not imported'
			}
		]);
	});
});
