import { describe, expect, it } from 'vitest';
import { completeTargets, dropPartialDuplicates } from './duplicates';
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

describe('completeTargets', () => {
	const target = (name: string, text: string, value: number, unit: string): RawIndicator => ({
		...row(name, text, null),
		target_value: value,
		unit,
		origin: 'table'
	});
	const result = (name: string, text: string, value: number, unit: string, t: [string, number] | null = null): RawIndicator => ({
		...row(name, t ? t[0] : null, text),
		actual_value: value,
		target_value: t ? t[1] : null,
		unit
	});
	it('a table of targets takes each result the prose states once, by name and unit', () => {
		const rows = completeTargets([
			target('示范种植面积', '≥5000亩', 5000, '亩'),
			target('统一供应良种', '≥400吨', 400, '吨'),
			result('全年落实示范种植面积', '5260亩', 5260, '亩'),
			result('统一供应良种', '376吨', 376, '吨', ['400吨', 400])
		]);
		expect(rows.map((r) => [r.name, r.target_text, r.actual_text, r.achieved])).toEqual([
			['示范种植面积', '≥5000亩', '5260亩', true],
			['统一供应良种', '≥400吨', '376吨', false]
		]);
	});
	it('another unit, another target or a name stated twice leaves both rows', () => {
		const rows = [
			target('示范种植面积', '≥5000亩', 5000, '亩'),
			result('示范种植面积', '52公顷', 52, '公顷'),
			target('供应良种', '≥400吨', 400, '吨'),
			result('供应良种', '376吨', 376, '吨', ['380吨', 380]),
			target('培训', '≥10场', 10, '场'),
			result('培训', '12场', 12, '场'),
			result('培训', '3场', 3, '场')
		];
		expect(completeTargets(rows)).toHaveLength(7);
	});
});
