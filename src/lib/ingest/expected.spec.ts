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
