import { describe, expect, it } from 'vitest';
import { chineseApprox, hardWrap, num, pctText, splitPoints, toFullWidth, yuanText } from './format';

describe('format helpers', () => {
	it.each([
		[1234500, '1,234,500.00'],
		[99975, '99,975.00'],
		[500, '500.00'],
		[0.5, '0.50']
	])('yuanText(%s) = %s', (x, want) => expect(yuanText(x)).toBe(want));

	it.each([
		[98.5, 6, '98.5'],
		[0.1 + 0.2, 6, '0.3'],
		[17.539, 2, '17.54'],
		[100, 2, '100']
	])('num(%s, %s) = %s', (x, d, want) => expect(num(x, d)).toBe(want));

	it.each([
		[0.9925, '99.25%'],
		[1, '100%'],
		[0.68592, '68.59%']
	])('pctText(%s) = %s', (x, want) => expect(pctText(x)).toBe(want));

	it.each([
		[200, '二百余'],
		[5000, '五千余'],
		[250, null],
		[50, null]
	])('chineseApprox(%s) = %s', (x, want) => expect(chineseApprox(x)).toBe(want));

	it('writes digits and % full width', () => expect(toFullWidth('得分98.5分，100%')).toBe('得分９８.５分，１００％'));

	it('splits points into near-equal integer parts', () => {
		expect(splitPoints(50, 3)).toEqual([17, 17, 16]);
		expect(splitPoints(10, 2)).toEqual([5, 5]);
	});

	it('hard-wraps without splitting a number or starting a line with closing punctuation', () => {
		const line = '项目支出预算数为1,234,567.89元，实际支出数为99.96万元。';
		const parts = hardWrap(line, 16);
		expect(parts.join('')).toBe(line);
		for (const p of parts.slice(1)) expect(p[0]).not.toMatch(/[，。；、：）”%]/);
		expect(parts.some((p) => p.includes('1,234,567.89'))).toBe(true);
		expect(parts.every((p) => p.length <= 20)).toBe(true);
		expect(parts.length).toBeGreaterThan(1);
	});
});
