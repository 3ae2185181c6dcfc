import { describe, expect, it } from 'vitest';
import { dropPartialDuplicates } from './duplicates';
import type { RawIndicator } from './shared';

const row = (name: string, target: string | null, actual: string | null, level1: string | null = null): RawIndicator => ({
	level1,
	level2: null,
	name,
	target_text: target,
	target_value: null,
	actual_text: actual,
	actual_value: null,
	unit: null,
	weight: null,
	points: null,
	achieved: null,
	origin: 'narrative',
	start: 0,
	end: 0
});

describe('dropPartialDuplicates', () => {
	it('drops a target read alone when the table states it with its result', () => {
		const rows = [row('受益脱贫人口数', '≥31人', null, '决策'), row('受益脱贫人口数', '≥31人', '33人'), row('道路硬化', '≥0.82km', '0.85km')];
		expect(dropPartialDuplicates(rows).map((r) => [r.name, r.target_text, r.actual_text, r.level1])).toEqual([
			['受益脱贫人口数', '≥31人', '33人', null],
			['道路硬化', '≥0.82km', '0.85km', null]
		]);
	});
	it('drops a result read alone when a row of the same name states its target too', () => {
		const rows = [row('新建蓄水池', null, '14座'), row('新建蓄水池', '不少于14座', '14座')];
		expect(dropPartialDuplicates(rows)).toEqual([rows[1]]);
	});
	it('keeps rows that disagree, and rows of other names', () => {
		const rows = [row('新建蓄水池', null, '12座'), row('新建蓄水池', '不少于14座', '14座'), row('新建水池', '≥2座', null)];
		expect(dropPartialDuplicates(rows)).toEqual(rows);
	});
});
