import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, formatPercent, formatScore, formatWan, formatWanPlain, formatYuan } from './index';

describe('formatWan', () => {
	const cases: [number | null, 'zh' | 'en', string][] = [
		[null, 'zh', '—'],
		[Number.NaN, 'zh', '—'],
		[3.456, 'zh', '3.46万元'],
		[45.67, 'zh', '45.7万元'],
		[999.94, 'zh', '999.9万元'],
		[1234.5, 'zh', '1,235万元'],
		[9999, 'zh', '9,999万元'],
		[10_000, 'zh', '1.00亿元'],
		[123_456, 'zh', '12.35亿元'],
		[-50, 'zh', '-50.0万元'],
		[3.456, 'en', '¥0.03 m'],
		[99.96, 'en', '¥1.00 m'],
		[150, 'en', '¥1.50 m'],
		[1234.5, 'en', '¥12.35 m'],
		[123_456, 'en', '¥1,234.56 m']
	];
	it.each(cases)('%s (%s) → %s', (v, l, out) => expect(formatWan(v, l)).toBe(out));
	it('plain 万元 keeps two decimals', () => expect(formatWanPlain(1234.5)).toBe('1,234.50'));
	it('plain English amounts are million yuan, as their header says', () => expect(formatWanPlain(1234.5, 'en')).toBe('12.35'));
});

describe('formatPercent / formatCount / formatScore / formatYuan', () => {
	const cases: [() => string, string][] = [
		[() => formatPercent(0.98765), '98.8%'],
		[() => formatPercent(1), '100.0%'],
		[() => formatPercent(1.2346), '123.5%'],
		[() => formatPercent(0), '0.0%'],
		[() => formatPercent(null), '—'],
		[() => formatCount(1234567), '1,234,567'],
		[() => formatCount(1234567, 'en'), '1,234,567'],
		[() => formatCount(0), '0'],
		[() => formatCount(undefined), '—'],
		[() => formatScore(89.96), '90.0'],
		[() => formatScore(92.34, 'en'), '92.3'],
		[() => formatYuan(12345.6), '12,345.60']
	];
	it.each(cases.map(([f, out], i) => [i, f, out] as const))('case %i', (_i, f, out) => expect(f()).toBe(out));
});

describe('formatDateTime', () => {
	const t = Date.UTC(2026, 10, 22, 6, 53, 15);
	it('reads as a Chinese or an English reader expects', () => {
		expect(formatDateTime(t, 'zh', 'UTC')).toBe('2026/11/22 06:53:15');
		expect(formatDateTime(t, 'en', 'UTC')).toBe('11/22/2026, 06:53:15 AM');
		expect(formatDateTime(t, 'zh', 'Asia/Shanghai')).toBe('2026/11/22 14:53:15');
	});
	it('shows a dash for nothing', () => {
		expect(formatDateTime(null)).toBe('—');
		expect(formatDateTime(Number.NaN, 'en')).toBe('—');
	});
});

describe('numberFormat', () => {
	it('keeps one formatter per locale and digits, and formats as a new one would', async () => {
		const { numberFormat } = await import('./index');
		expect(numberFormat('zh', 1, 1)).toBe(numberFormat('zh', 1, 1));
		expect(numberFormat('en', 1, 1)).not.toBe(numberFormat('zh', 1, 1));
		expect(numberFormat('en', 2, 2).format(1234.5)).toBe(new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(1234.5));
	});
});
