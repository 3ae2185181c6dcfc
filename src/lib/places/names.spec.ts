import { afterEach, describe, expect, it } from 'vitest';
import { hasPlaceNames, placeName, setPlaceNames } from './names';
import { execByDistrictOption } from '../charts/overview';
import { streetsOption } from '../charts/districts';
import { toCsv } from '../format/csv';
import { englishLabel } from './english';

afterEach(() => setPlaceNames(null));

const rows = [{ district: '白云区', reports: 3, budget_wan: 100, actual_wan: 90, execution_rate: 0.9, mean_score: 88 }];

describe('English place names on the older pages', () => {
	it('labels a place in English when the page ships labels, as it is otherwise', () => {
		expect(placeName('白云区')).toBe('白云区');
		expect(hasPlaceNames()).toBe(false);
		setPlaceNames({ 白云区: englishLabel('白云区', 'district') });
		expect(hasPlaceNames()).toBe(true);
		expect(placeName('白云区')).toBe('Baiyun District (白云区)');
		expect(placeName('火星区')).toBe('火星区');
	});

	it('charts: short English axis labels and the full label in tooltips, Chinese names kept for click-through', () => {
		const ctx = { locale: 'en' as const, ink: '#000', place: (n: string) => englishLabel(n) };
		const o = execByDistrictOption(rows as never, ctx) as {
			xAxis: { data: string[]; axisLabel: { formatter: (v: string) => string } };
			series: { data: { name: string }[] }[];
			tooltip: { formatter: (p: { dataIndex: number }) => string };
		};
		expect(o.xAxis.data).toEqual(['白云区']);
		expect(o.xAxis.axisLabel.formatter('白云区')).toBe('Baiyun');
		expect(o.series[0].data[0].name).toBe('白云区');
		expect(o.tooltip.formatter({ dataIndex: 0 })).toContain('Baiyun District (白云区)');
		const s = streetsOption(
			[{ district: '白云区', street: '石门街道', reports: 1, budget_wan: 1, actual_wan: 1, execution_rate: 1, mean_score: 90 }] as never,
			ctx
		) as { yAxis: { axisLabel: { formatter: (v: string) => string } } };
		expect(s.yAxis.axisLabel.formatter('石门街道')).toBe('Shimen');
		// Chinese pages: no formatter, the name itself.
		const zh = execByDistrictOption(rows as never, { locale: 'zh', ink: '#000' }) as { xAxis: { axisLabel: { formatter?: unknown } } };
		expect(zh.xAxis.axisLabel.formatter).toBeUndefined();
	});

	it('CSVs keep the Chinese name and add the English label beside it', () => {
		const csv = toCsv(
			[
				{ key: 'district', label: 'District', csvAlso: { label: 'District (English)', value: (v) => englishLabel(String(v)) } },
				{ key: 'reports', label: 'Reports' }
			],
			[
				{ district: '白云区', reports: 3 },
				{ district: null, reports: 1 }
			]
		);
		expect(csv).toBe('\uFEFFDistrict,District (English),Reports\r\n白云区,Baiyun District (白云区),3\r\n,,1\r\n');
	});
});
