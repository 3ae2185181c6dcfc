import { describe, expect, it } from 'vitest';
import { topProblems } from './briefing';
import type { FindingListRow, FindingThemeRow } from '../queries';

const theme = (theme: string, kind: string, n: number): FindingThemeRow => ({ theme, kind, n, reports: 1 }) as FindingThemeRow;
const finding = (theme: string, text: string, kind = '问题'): FindingListRow =>
	({ report_id: 'r', district: '海珠区', street: null, year: 2023, kind, theme, text, seq: 1, evidence_start: 0, evidence_end: 1 }) as FindingListRow;

describe('topProblems', () => {
	const themes = [theme('宣传', '问题', 2), theme('培训教育', '问题', 5), theme('资金管理', '建议', 9), theme('指标设置', '问题', 5), theme('其他', '问题', 1)];
	const findings = [
		finding('培训教育', '培训次数不足'),
		finding('培训教育', '培训次数不足'),
		finding('培训教育', '培训内容单一'),
		finding('培训教育', '第三句'),
		finding('指标设置', '指标不够细化'),
		finding('资金管理', '应加快支出', '建议'),
		finding('宣传', '宣传形式单一'),
		finding('指标设置', '<script>alert(1)</script>')
	];
	it('ranks problem themes by count (ties by name), skips other kinds, dedupes and caps examples', () => {
		const got = topProblems(themes, findings, 3, 2);
		expect(got.map((g) => [g.theme, g.n, g.examples.map((e) => e.text)])).toEqual([
			['培训教育', 5, ['培训次数不足', '培训内容单一']],
			['指标设置', 5, ['指标不够细化', '<script>alert(1)</script>']],
			['宣传', 2, ['宣传形式单一']]
		]);
	});
	it('skips themes without sentences', () => expect(topProblems([theme('其他', '问题', 3)], findings)).toEqual([]));
	it('is empty without themes', () => expect(topProblems([], findings)).toEqual([]));
});
