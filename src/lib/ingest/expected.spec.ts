import { describe, expect, it } from 'vitest';
import { matchIndicator } from './expected';

const want = { name: '验收合格率', level1: '产出', level2: null, actual_text: '100%', actual_value: 1, unit: '%' };

describe('matchIndicator: correct, missing or wrong', () => {
	it.each([
		['all listed values equal', [{ name: '工程验收合格率', level1: '产出', level2: '质量', actual_text: '100%', actual_value: 1, unit: '%' }], 0, false],
		[
			'a level left blank is missing, not wrong',
			[{ name: '验收合格率', level1: null, level2: null, actual_text: '100%', actual_value: 1, unit: '%' }],
			-1,
			false
		],
		['a different value is wrong', [{ name: '验收合格率', level1: '产出', level2: null, actual_text: '98%', actual_value: 0.98, unit: '%' }], -1, true],
		[
			'the blank candidate explains the miss when another one conflicts',
			[
				{ name: '验收合格率', level1: '效益', actual_text: '100%', actual_value: 1, unit: '%' },
				{ name: '验收合格率', level1: null, actual_text: '100%', actual_value: 1, unit: '%' }
			],
			-1,
			false
		],
		['no indicator with that name', [{ name: '满意度', level1: '满意度', actual_text: '95%', actual_value: 0.95, unit: '%' }], -1, false]
	])('%s', (_t, xs, index, conflict) => {
		const m = matchIndicator(xs, want, new Set());
		expect(m.index).toBe(index);
		expect(m.conflict).toBe(conflict);
	});
});

describe("an older scheme's level-1 labels", () => {
	it('效果 is 效益 and 投入 is 决策, as levels.ts maps them; another level stays wrong', () => {
		const x = { name: '签约率', level1: '效益', actual_text: '57%', actual_value: 0.57, unit: '%' };
		expect(matchIndicator([x], { ...x, level1: '效果' }, new Set()).index).toBe(0);
		expect(matchIndicator([{ ...x, level1: '决策' }], { ...x, level1: '投入' }, new Set()).index).toBe(0);
		expect(matchIndicator([{ ...x, level1: '产出' }], { ...x, level1: '效果' }, new Set()).conflict).toBe(true);
		// (the one level-2 under 满意度)
		const y = { name: '牧户满意度', level1: '满意度', level2: '服务对象满意度', actual_text: '95%', actual_value: 0.95, unit: '%' };
		expect(matchIndicator([y], { ...y, level2: '满意度' }, new Set()).index).toBe(0);
	});
});

describe("a target's or result's text with its label word before the figure", () => {
	it('"实际完成8个" is "8个" and "目标值≥90%" is "≥90%"; another figure stays wrong', () => {
		const x = { name: '整治行政村数', target_text: '≥8个', actual_text: '8个', actual_value: 8, unit: '个' };
		expect(matchIndicator([x], { ...x, actual_text: '实际完成8个' }, new Set()).index).toBe(0);
		expect(matchIndicator([{ ...x, target_text: '目标值≥8个' }], x, new Set()).index).toBe(0);
		expect(matchIndicator([x], { ...x, actual_text: '实际完成9个' }, new Set()).conflict).toBe(true);
	});
});
