import { describe, expect, it } from 'vitest';
import { labelOf, valueLike } from './cells';

// A level cell as forms write it, full or clipped by a narrow column; a name is no label.
describe('labelOf', () => {
	it.each([
		['产出指标', '产出', null],
		['数量指标（20分）', '产出', '数量'],
		['满意度指标', '满意度', null],
		// a narrow column clips them
		['满意', '满意度', null],
		['社会', '效益', '社会效益'],
		['经济', '效益', '经济效益'],
		['服务', '满意度', '服务对象满意度'],
		// a section's number before it
		['一、产出指标', '产出', null],
		['(二)效益指标', '效益', null]
	])('%s → %s / %s', (cell, level1, level2) => {
		const l = labelOf(cell);
		expect([l?.level1 ?? null, l?.level2 ?? null]).toEqual([level1, level2]);
	});
	it.each(['服务对象', '社会效益明显', '满意率', '质量合格率', '1、产出指标'])('%s is no label', (cell) => expect(labelOf(cell)).toBeNull());
});

describe('valueLike', () => {
	it.each([
		['36家', true],
		['≥40家', true],
		['91.7%', true],
		['12个行政村', true],
		['3200亩高标准农田', true],
		// a reason cell that opens with a count is a sentence
		['4家作坊因场地租赁到期退出', false],
		['2个村因土地流转纠纷未能开工', false],
		['因场地到期退出4家', false]
	])('%s → %s', (t, want) => expect(valueLike(t)).toBe(want));
});
