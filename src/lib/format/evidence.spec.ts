import { describe, expect, it } from 'vitest';
import { locateFigure, segments, sentenceAt } from './evidence';

describe('segments', () => {
	it('cuts at every boundary and records covering ranges', () => {
		const s = segments('abcdefgh', [
			{ id: 'a', start: 1, end: 4 },
			{ id: 'b', start: 3, end: 6 }
		]);
		expect(s.map((x) => [x.text, x.ids.join('+')])).toEqual([
			['a', ''],
			['bc', 'a'],
			['d', 'a+b'],
			['ef', 'b'],
			['gh', '']
		]);
		expect(s.map((x) => x.text).join('')).toBe('abcdefgh');
	});
	it('clips and ignores bad ranges', () => {
		const s = segments('abc', [
			{ id: 'x', start: 2, end: 99 },
			{ id: 'y', start: 2, end: 1 },
			{ id: 'z', start: Number.NaN, end: 2 }
		]);
		expect(s.map((x) => [x.text, x.ids.join('+')])).toEqual([
			['ab', ''],
			['c', 'x']
		]);
	});
	it('keeps markup characters as plain text', () => {
		expect(segments('<script>', [{ id: 'a', start: 0, end: 8 }])[0].text).toBe('<script>');
	});
});

describe('sentenceAt / locateFigure', () => {
	const text = '一、基本情况。全年预算数为12.5万元，实际支出12.5万元；执行率100%。\n综合评分92分，评价等级为优。总额112.5万元。';
	it('finds the sentence around an offset', () => {
		const i = text.indexOf('执行率');
		expect(text.slice(...sentenceAt(text, i))).toBe('执行率100%。');
	});
	const cases: [Parameters<typeof locateFigure>[1], number, RegExp | undefined, string | null][] = [
		['wan', 12.5, /预算/, '全年预算数为12.5万元，实际支出12.5万元；'],
		['rate', 1, undefined, '执行率100%。'],
		['score', 92, undefined, '综合评分92分，评价等级为优。'],
		['wan', 2.5, undefined, null],
		['score', 93, undefined, null]
	];
	it.each(cases)('%s %s', (kind, v, near, expected) => {
		const r = locateFigure(text, kind, v, near);
		expect(r == null ? null : text.slice(r[0], r[1])).toBe(expected);
	});
	it('null value → null', () => expect(locateFigure(text, 'score', null)).toBeNull());
});
