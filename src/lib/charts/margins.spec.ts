import { describe, expect, it } from 'vitest';
import { fixedGrid, gridMargins, textWidth } from './margins';
import { execByDistrictOption, gradesByYearOption, indicatorAchievementOption } from './overview';
import { streetsOption } from './districts';
import { yearTrendOption } from './years';
import { quickChartOption } from '../sql/chart';
import { streetTilesOption } from '../places/tiles';
import { DEFAULT_CONTEXT, type ChartOption } from './types';

describe('textWidth: CJK full width, other characters 0.62 em', () => {
	it.each([
		['', 12, 0],
		['白云区', 12, 36],
		['优', 10, 10],
		['Baiyun', 12, 45], // 6 × 0.62 × 12 = 44.6
		['100%', 12, 30], // 4 × 0.62 × 12 = 29.8
		['2023年', 12, 42], // 4 × 7.44 + 12 = 41.8
		['（一）', 12, 36], // full-width parentheses
		['𠀀', 12, 12] // a supplementary-plane ideograph: one character, full width
	])('%j at %d px → %d px', (text, size, want) => {
		expect(textWidth(text, size)).toBe(want);
	});
});

const cat = (data: string[], axisLabel: Record<string, unknown> = {}) => ({ type: 'category', data, axisLabel });
const bars = (data: number[], extra: Record<string, unknown> = {}) => ({ type: 'bar', data, ...extra });

describe('gridMargins', () => {
	it.each<[string, Record<string, unknown>, ReturnType<typeof gridMargins>]>([
		['no grid', { xAxis: {}, yAxis: {}, series: [] }, null],
		['two grids', { grid: [{}, {}], xAxis: {}, yAxis: {} }, null],
		['no axes', { grid: { left: 8 }, series: [] }, null],
		['a margin in percent', { grid: { left: '10%' }, xAxis: cat(['a']), yAxis: { type: 'value' }, series: [bars([1])] }, null],
		['a string label template', { grid: {}, xAxis: cat(['a'], { formatter: '{value} 元' }), yAxis: { type: 'value' }, series: [bars([1])] }, null],
		['a time axis', { grid: {}, xAxis: { type: 'time' }, yAxis: { type: 'value' }, series: [] }, null],
		[
			'hidden axes: the margins given',
			{ grid: { left: 118, right: 4, top: 8, bottom: 8 }, xAxis: { ...cat(['0', '1']), show: false }, yAxis: { ...cat(['0']), show: false } },
			{ left: 118, right: 4, top: 8, bottom: 8 }
		],
		[
			// y: 白云区 36 + margin 8 + slack 4 = 48; x: value labels 0…1 ('1' and '0': 8 px wide) centred on the ends
			'horizontal bars: the longest category label sets the left margin',
			{ grid: { left: 8, right: 16, top: 8, bottom: 8 }, yAxis: cat(['白云区', '黄埔']), xAxis: { type: 'value' }, series: [bars([0.5, 1])] },
			{ left: 48, right: 16, top: 8, bottom: 8 + 15 + 4 }
		],
		[
			'a truncation width caps the estimate',
			{
				grid: { left: 8, right: 8, top: 8, bottom: 8 },
				yAxis: cat(['一二三四五六七八九十'], { width: 60, overflow: 'truncate' }),
				xAxis: { type: 'value' },
				series: []
			},
			{ left: 60 + 12, right: 8, top: 8, bottom: 27 }
		],
		[
			'containLabel: the labels added to the margins given',
			{ grid: { left: 10, right: 10, top: 10, bottom: 10, containLabel: true }, yAxis: cat(['白云区']), xAxis: { type: 'value' }, series: [] },
			{ left: 10 + 48, right: 10 + 8, top: 10, bottom: 10 + 27 }
		]
	])('%s', (_name, option, want) => {
		expect(gridMargins(option as ChartOption, 600)).toEqual(want);
	});

	it('rotated category labels: their height across the axis, their hang to the left of the first band', () => {
		const names = ['白云区', '天河区', '越秀区', '海珠区', '荔湾区', '黄埔区', '番禺区'];
		const o = {
			grid: { left: 8, right: 16, top: 28, bottom: 8 },
			xAxis: cat(names, { rotate: 40 }),
			yAxis: { type: 'value' },
			series: [bars(names.map(() => 1))]
		};
		const m = gridMargins(o as ChartOption, 640)!;
		const rad = (40 * Math.PI) / 180;
		expect(m.bottom).toBe(Math.ceil(36 * Math.sin(rad) + 15 * Math.cos(rad)) + 8 + 4);
		// The value axis's widest label ('0.9', 23 px) sets the left margin; the 36 px labels hang 28 px left of a 44 px half band.
		expect(m.left).toBe(23 + 8 + 4);
		// Narrow: the band is 9 px wide; a 72 px first label hangs 56 px left of its middle, past the value labels.
		const long = { ...o, xAxis: cat(['广州市白云区', ...names.slice(1)], { rotate: 40 }) };
		expect(gridMargins(long as ChartOption, 90)!.left).toBe(Math.ceil(Math.ceil(72 * Math.cos(rad)) - (90 - 8 - 16) / 7 / 2 + 4));
	});

	it('stacked series: the value axis reaches the stacks’ sums', () => {
		const o = {
			grid: { left: 0, right: 0, top: 0, bottom: 0 },
			xAxis: cat(['a', 'b']),
			yAxis: { type: 'value' },
			series: [bars([600, 300], { stack: 's' }), bars([500, 100], { stack: 's' })]
		};
		// 1100 in steps of 250 → 1250: '1250' is 30 px, + 8 + 4.
		expect(gridMargins(o as ChartOption, 600)!.left).toBe(42);
		const unstacked = { ...o, series: [bars([600, 300]), bars([500, 100])] };
		// 600 in steps of 200 → 600: '600' is 23 px.
		expect(gridMargins(unstacked as ChartOption, 600)!.left).toBe(35);
	});

	// Ticks of about five nice steps; the widest of the top, the bottom and a half step inside them, + 8 + 4.
	it.each([
		[56, 27], // 0…60 in 20s: '60', '50' (15 px)
		[0.97, 35], // 0…1 in 0.2s: '0.9' (23 px)
		[780, 35], // 0…800 in 200s: '800'
		[-30, 35] // -30…0 in 10s: '-30'
	])('value labels: data up to %d → a left margin of %d px', (v, left) => {
		const o = { grid: { left: 0, right: 0, top: 0, bottom: 0 }, xAxis: cat(['a', 'b']), yAxis: { type: 'value' }, series: [bars([v, 0])] };
		expect(gridMargins(o as ChartOption, 600)!.left).toBe(left);
	});

	it('a value axis name at its end: room above the axis and half its width to the side', () => {
		const o = { grid: { left: 0, right: 0, top: 0, bottom: 0 }, xAxis: cat(['a']), yAxis: { type: 'value', name: '执行率（%）' }, series: [bars([1])] };
		const m = gridMargins(o as ChartOption, 600)!;
		expect(m.top).toBe(15 + 15);
		expect(m.left).toBeGreaterThanOrEqual(Math.ceil(textWidth('执行率（%）') / 2));
	});
});

describe('fixedGrid', () => {
	it('turns the measuring off and keeps the rest of the grid', () => {
		const o = { grid: { left: 8, right: 8, top: 8, bottom: 8, show: true }, yAxis: cat(['白云区']), xAxis: { type: 'value' }, series: [] };
		expect((fixedGrid(o as ChartOption, 600) as { grid: unknown }).grid).toEqual({
			left: 48,
			right: 8,
			top: 8,
			bottom: 27,
			show: true,
			containLabel: false,
			outerBoundsMode: 'none'
		});
	});
	it('an option it cannot lay out is returned as it is', () => {
		const o = { series: [{ type: 'pie', data: [] }] } as ChartOption;
		expect(fixedGrid(o, 600)).toBe(o);
	});

	// Every kind of chart the app draws gets fixed margins (none falls back to ECharts' measuring).
	const ctx = DEFAULT_CONTEXT;
	it.each<[string, ChartOption]>([
		[
			'execution by district',
			execByDistrictOption([{ district: '白云区', reports: 3, budget_wan: 10, actual_wan: 9, execution_rate: 0.9, mean_score: 90 }] as never, ctx)
		],
		['grades by year', gradesByYearOption([{ year: 2023, grade: '优', n: 4 }] as never, ctx)],
		['indicator outcomes', indicatorAchievementOption([{ level1: '产出指标', level2: '数量指标', achieved: 3, not_achieved: 1, unknown: 0 }] as never, ctx)],
		['streets', streetsOption([{ district: '白云区', street: '石门街道', reports: 1, execution_rate: 0.8, mean_score: 80 }] as never, ctx)],
		['years: two value axes', yearTrendOption([{ year: 2023, execution_rate: 0.9, mean_score: 88 }] as never, ctx)],
		['SQL quick chart', quickChartOption({ kind: 'bar', x: 'd', y: 'n' }, [{ d: '白云区', n: 3 }])],
		['street tiles', streetTilesOption([{ name: '石门街道', execution_rate: 0.9 }] as never, (n) => n, ctx)]
	])('%s', (_name, option) => {
		const g = (fixedGrid(option, 600) as { grid: Record<string, unknown> }).grid;
		expect(g.outerBoundsMode).toBe('none');
		expect(g.containLabel).toBe(false);
	});
});
