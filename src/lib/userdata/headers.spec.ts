import { describe, expect, it } from 'vitest';
import { mapChineseHeader, rowReportId } from './headers';
import { validateRows } from './validate';
import { templateCsv } from './template';
import { validateCsvBytes } from './csv';

describe('Chinese headers', () => {
	it.each([
		[
			['标题', '年度', '区'],
			['title', 'year', 'district']
		],
		[
			['预算（万元）', '支出(万元)', '执行率'],
			['budget_wan', 'actual_wan', 'execution_rate']
		],
		[
			['报告编号', '得分', '等级', '备考'],
			['report_id', 'score', 'grade', '备考']
		]
	])('%j → %j', (h, want) => expect(mapChineseHeader(h)?.columns).toEqual(want));
	it('an English header is left alone', () => expect(mapChineseHeader(['report_id', 'title', 'year'])).toBeNull());
	it('ids are stable per row and differ between rows', () => {
		expect(rowReportId('a.csv', ['x', 1])).toBe(rowReportId('a.csv', ['x', 1]));
		expect(rowReportId('a.csv', ['x', 1])).not.toBe(rowReportId('a.csv', ['x', 2]));
	});
});

describe('uploaded report rows', () => {
	const header = ['标题', '年度', '区', '预算', '支出', '执行率'];
	const v = validateRows('mine.csv', header, [
		['A', '2026', '火星区', '100', '90', ''],
		['B', '2026', '白云区', '200', '150', ''],
		['C', '2026', '白云区', '200', '150', '80%'],
		['D', '2026', '白云区', '', '150', '']
	]);
	it('load as reports with generated ids', () => {
		expect(v.fatal).toBe(false);
		expect(v.table).toBe('reports');
		expect(v.rows.every((r) => typeof r.report_id === 'string')).toBe(true);
	});
	it.each([
		[0, null, 0.9],
		[1, '白云区', 0.75],
		[2, '白云区', 0.8],
		[3, '白云区', null]
	])('row %i: district %s, rate %s (stated wins, computed when budget and spend are given)', (i, district, rate) => {
		expect(v.rows[i].district).toBe(district);
		expect(v.rows[i].execution_rate).toBe(rate);
	});
	it('the unknown district is a warning naming its line (the header is line 1)', () => {
		expect(v.notes.find((n) => n.column === 'district')).toMatchObject({ row: 2, value: '火星区' });
	});
	it('a report already loaded is said to be loaded, not to be corrected', () => {
		const d = validateRows('r.csv', ['report_id', 'source_file', 'synthetic'], [['x', 'f', 'false']], { existingIds: new Set(['x']) });
		expect(d.problems[0].en).toMatch(/already loaded.*nothing to correct/);
	});
	it('the CSV template uploads as one good reports row', () => {
		const t = validateCsvBytes('reports-template.csv', new TextEncoder().encode(templateCsv()), {});
		expect(t.problems).toEqual([]);
		expect(t.rows).toHaveLength(1);
		expect(t.rows[0].execution_rate).toBeCloseTo(110 / 120.5, 6);
	});
});
