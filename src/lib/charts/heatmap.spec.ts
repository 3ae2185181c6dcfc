import { describe, expect, it } from 'vitest';
import { heatmapOption, NO_DATA } from './heatmap';
import { RAMP } from './palette';
import { yearTrendOption } from './years';

type O = any;
const zh = { locale: 'zh' as const, ink: '#111' };

describe('heat map cells without data', () => {
	const o: O = heatmapOption(
		{
			title: 't',
			xs: ['2022', '2023'],
			ys: ['A', 'B'],
			cells: [
				{ x: '2022', y: 'A', value: 0.5 },
				{ x: '2023', y: 'A', value: 0.9 },
				{ x: '2022', y: 'B', value: null }
			],
			format: (v) => String(v),
			valueName: 'v'
		},
		zh
	);
	it('are a series of their own, every empty cell once', () =>
		expect(o.series[1].data.map((d: O) => d.value.slice(0, 2))).toEqual([
			[0, 1],
			[1, 1]
		]));
	it('in a colour apart from the scale, which colours the data only', () => {
		expect(RAMP).not.toContain(NO_DATA);
		expect(o.series[1].itemStyle.color).toBe(NO_DATA);
		expect(o.visualMap.seriesIndex).toBe(0);
	});
	it('say so on hover', () => expect(o.tooltip.formatter({ seriesIndex: 1, dataIndex: 0 })).toContain('无数据'));
});

describe('dual axes', () => {
	it.each([
		[0, 0.05],
		[1, 5]
	])('axis %i steps by at least %d', (i, step) => {
		const o: O = yearTrendOption(
			[
				{ year: 2022, reports: 1, budget_wan: 1, actual_wan: 0.9, execution_rate: 0.86, mean_score: 88 },
				{ year: 2023, reports: 1, budget_wan: 1, actual_wan: 1, execution_rate: 0.99, mean_score: 93 }
			],
			zh
		);
		expect(o.yAxis[i].minInterval).toBe(step);
	});
});
