import { describe, expect, it } from 'vitest';
import { exportCaption, filterSummary } from './export';
import { DEFAULT_FILTERS } from '../queries/filters';

describe('chart export caption', () => {
	it.each([
		[{}, 'zh', '全部数据（未筛选）'],
		[{ district: '白云区', yearFrom: 2022, yearTo: 2023 }, 'zh', '区：白云区 · 年度：2022–2023'],
		[{ source: 'real' }, 'en', 'Source: Real reports only'],
		[{ grade: '优', yearFrom: 2024 }, 'en', 'Years: 2024–… · Grade: Excellent']
	] as const)('%j (%s)', (f, l, want) => expect(filterSummary({ ...DEFAULT_FILTERS, ...f }, l)).toBe(want));

	it('title, filters, source with version and dates, synthetic mark', () => {
		const lines = exportCaption({
			title: '各区预算执行率',
			filters: { ...DEFAULT_FILTERS, district: '白云区' },
			locale: 'zh',
			date: '2026-12-05',
			version: 'v1',
			asOf: '2026-12-04',
			synthetic: true
		});
		expect(lines).toEqual([
			'各区预算执行率',
			'筛选：区：白云区',
			'来源：绩效评价洞察 · 数据版本 v1（截至 2026-12-04）· 导出于 2026-12-05',
			'含示范数据：部分报告为合成，非真实报告'
		]);
		expect(exportCaption({ title: 't', filters: DEFAULT_FILTERS, locale: 'en', date: 'd', version: null, asOf: null, synthetic: false })).toHaveLength(3);
	});
});
