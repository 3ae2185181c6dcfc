import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { reportBytesToRows } from './report';
import { USER_EN, USER_ZH } from '../i18n/userdata';

describe('report → rows', () => {
	// Values read by a person from test/userdata/good/2024-nanhuaxi-report.txt.
	it('a hand-written report gives one reports row, its source, indicators and findings', () => {
		const r = reportBytesToRows('2024-nanhuaxi-report.txt', readFileSync('test/userdata/good/2024-nanhuaxi-report.txt'));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.rows.reports).toHaveLength(1);
		expect(r.rows.reports![0]).toMatchObject({
			year: 2024,
			district: '海珠区',
			street: '南华西街道',
			budget_wan: 80,
			actual_wan: 72,
			execution_rate: 0.9,
			score: 91,
			grade: '优',
			evaluation_type: '单位自评',
			synthetic: false,
			source_file: '2024-nanhuaxi-report.txt'
		});
		expect(r.rows.sources![0].report_id).toBe(r.reportId);
		expect(r.rows.findings!.map((f) => f.kind)).toEqual(['问题', '建议']);
		expect(r.rows.indicators!.some((i) => i.name === '慰问覆盖率' && i.actual_value === 1)).toBe(true);
	});
	it('the same report again is a duplicate of loaded data', () => {
		const bytes = readFileSync('test/userdata/good/2024-nanhuaxi-report.txt');
		const first = reportBytesToRows('a.txt', bytes);
		expect(first.ok).toBe(true);
		const again = reportBytesToRows('b.txt', bytes, new Set([first.ok ? first.reportId : '']));
		expect(again.ok).toBe(false);
		if (!again.ok) expect(again.problem.en).toContain('already loaded');
	});
	const bad: [string, string, string][] = [
		['not a report', '会议纪要：讨论社区活动。', 'not an evaluation report'],
		['unknown layout', '绩效评价说明：预算执行的一般要求。', 'unknown report layout'],
		['empty', '', 'empty file']
	];
	it.each(bad)('%s', (_n, text, msg) => {
		const r = reportBytesToRows('x.txt', new TextEncoder().encode(text));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.problem.en).toContain(msg);
	});
});

describe('UI messages', () => {
	it('every key has a non-empty Chinese and English text with the same placeholders', () => {
		for (const k of Object.keys(USER_ZH) as (keyof typeof USER_ZH)[]) {
			const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(USER_EN[k], k).toBeTruthy();
			expect(ph(USER_EN[k]), k).toEqual(ph(USER_ZH[k]));
		}
	});
});
