import { describe, expect, it } from 'vitest';
import { execByDistrictOption, gradesByYearOption, indicatorAchievementOption, scoreBoxOption, sortByRate } from './overview';
import { districtYearHeatOption, streetsOption, themeHeatOption } from './districts';
import { yearTrendOption } from './years';
import { achievedRateOption, themesOption, topIndicatorsOption } from './indicators';
import { renderSvg } from './ssr';
import { categoryLabelInterval, esc, LABELS_BUILT, MANY_CATEGORIES, percentTick, RATE_BOUNDS, SCORE_BOUNDS } from './base';
import { labelInk } from './heatmap';
import { SSR_INK } from './palette';
import type { ChartContext } from './types';

const zh: ChartContext = { locale: 'zh', ink: '#111111' };
const en: ChartContext = { locale: 'en', ink: '#111111' };
// Options are plain objects with a few formatter functions; index loosely.
type O = any;

const exec = [
	{ district: '海珠区', reports: 3, budget_wan: 100, actual_wan: 90, execution_rate: 0.9, mean_score: 88.26 },
	{ district: '白云区', reports: 2, budget_wan: 50, actual_wan: 50, execution_rate: 1, mean_score: 92 },
	{ district: '越秀区', reports: 1, budget_wan: null, actual_wan: null, execution_rate: null, mean_score: null }
];

describe('execByDistrictOption', () => {
	it('sorts by rate (unknown last), keeps names for click-to-filter, no animation', () => {
		const o: O = execByDistrictOption(exec, zh);
		expect(o.xAxis.data).toEqual(['白云区', '海珠区', '越秀区']);
		expect(o.series[0].data.map((d: O) => [d.name, d.value])).toEqual([
			['白云区', 1],
			['海珠区', 0.9],
			['越秀区', null]
		]);
		expect(o.animation).toBe(false);
		expect(o.aria.enabled).toBe(true);
		expect(o.aria.label.description).toContain('各区预算执行率');
		expect(o.aria.label.description).toContain('白云区 100.0%');
	});
	it('tooltip shows exact formatted values, escaped', () => {
		const o: O = execByDistrictOption([{ ...exec[0], district: '<b>区' }], en);
		const html: string = o.tooltip.formatter({ dataIndex: 0 });
		expect(html).toContain('&#60;b&#62;区');
		expect(html).toContain('Execution rate：90.0%');
		expect(html).toContain('Budget：¥1.00 m');
		expect(html).toContain('Mean score：88.3');
	});
	it('dims other districts when one is selected', () => {
		const o: O = execByDistrictOption(exec, zh, '海珠区');
		expect(o.series[0].data.map((d: O) => d.itemStyle?.opacity ?? 1)).toEqual([0.35, 1, 0.35]);
	});
	it('sortByRate does not mutate', () => {
		const copy = [...exec];
		sortByRate(exec);
		expect(exec).toEqual(copy);
	});
});

describe('other builders', () => {
	it('scoreBoxOption orders by median and passes five numbers', () => {
		const o: O = scoreBoxOption(
			[
				{ district: 'A', n: 3, min: 60, q1: 70, median: 80, q3: 85, max: 95 },
				{ district: 'B', n: 2, min: 85, q1: 88, median: 90, q3: 92, max: 96 }
			],
			zh
		);
		expect(o.xAxis.data).toEqual(['B', 'A']);
		expect(o.series[0].data[1].value).toEqual([60, 70, 80, 85, 95]);
		expect(o.tooltip.formatter({ dataIndex: 1 })).toContain('中位数：80.0');
	});
	it('gradesByYearOption stacks grades in 优良中差 order with zeros for gaps', () => {
		const o: O = gradesByYearOption(
			[
				{ year: 2023, grade: '良', n: 2 },
				{ year: 2022, grade: '优', n: 5 },
				{ year: 2023, grade: '优', n: 1 }
			],
			en
		);
		expect(o.xAxis.data).toEqual(['2022', '2023']);
		expect(o.series.map((s: O) => [s.name, s.data])).toEqual([
			['Excellent', [5, 1]],
			['Good', [0, 2]]
		]);
		expect(o.series.every((s: O) => s.stack === 'grade')).toBe(true);
		expect(o.tooltip.formatter([{ dataIndex: 1 }])).toContain('Total：3');
	});
	it('indicatorAchievementOption sums level-2 rows into level 1', () => {
		const rows = [
			{ level1: '产出', level2: '数量', total: 5, achieved: 3, not_achieved: 1, unknown: 1 },
			{ level1: '产出', level2: '质量', total: 2, achieved: 2, not_achieved: 0, unknown: 0 },
			{ level1: '效益', level2: '社会效益', total: 1, achieved: 0, not_achieved: 0, unknown: 1 }
		];
		const o1: O = indicatorAchievementOption(rows, zh, 'level1');
		expect(o1.yAxis.data).toEqual(['效益', '产出']);
		expect(o1.series.map((s: O) => s.data)).toEqual([
			[0, 5],
			[0, 1],
			[1, 1]
		]);
		expect(o1.tooltip.formatter([{ dataIndex: 1 }])).toContain('完成率：83.3%');
		const o2: O = indicatorAchievementOption(rows, en);
		expect(o2.yAxis.data).toEqual(['Benefit · Social benefit', 'Output · Quality', 'Output · Quantity']);
	});
	it('districtYearHeatOption places cells and drops nulls', () => {
		const o: O = districtYearHeatOption(
			[
				{ district: '海珠区', year: 2022, reports: 2, execution_rate: 0.95, mean_score: 90 },
				{ district: '白云区', year: 2023, reports: 1, execution_rate: null, mean_score: 80 }
			],
			'execution_rate',
			zh
		);
		expect(o.xAxis.data).toEqual(['2022', '2023']);
		expect(o.series[0].data).toHaveLength(1);
		const [x, y, v] = o.series[0].data[0].value;
		expect([o.xAxis.data[x], o.yAxis.data[y], v]).toEqual(['2022', '海珠区', 0.95]);
		expect(o.visualMap.formatter(0.95)).toBe('95.0%');
		expect(o.series[0].data[0].label.color).toBe('#111111');
	});
	it('themeHeatOption sums over years when grouped by district', () => {
		const o: O = themeHeatOption(
			[
				{ district: 'A', year: 2022, theme: '资金管理', n: 2 },
				{ district: 'A', year: 2023, theme: '资金管理', n: 3 }
			],
			'district',
			zh
		);
		expect(o.series[0].data.map((d: O) => d.value[2])).toEqual([5]);
	});
	it('streets, years, indicators, themes', () => {
		const s: O = streetsOption(
			[
				{ district: 'A', street: 'S1', reports: 1, budget_wan: 1, actual_wan: 1, execution_rate: 1, mean_score: 90 },
				{ district: 'A', street: 'S2', reports: 1, budget_wan: 1, actual_wan: 0.5, execution_rate: 0.5, mean_score: 70 }
			],
			zh
		);
		expect(s.yAxis.data).toEqual(['S2', 'S1']);
		const y: O = yearTrendOption(
			[
				{ year: 2023, reports: 1, budget_wan: 1, actual_wan: 1, execution_rate: 1, mean_score: 90 },
				{ year: 2021, reports: 2, budget_wan: 2, actual_wan: 1, execution_rate: 0.5, mean_score: 80 }
			],
			zh
		);
		expect(y.xAxis.data).toEqual(['2021', '2023']);
		expect(y.series[1].data).toEqual([80, 90]);
		const top = [
			{ name: '覆盖率', level1: '产出', n: 9, with_target: 8, achieved_rate: 0.75 },
			{ name: '次数', level1: '产出', n: 12, with_target: 0, achieved_rate: null }
		];
		expect((topIndicatorsOption(top, zh) as O).yAxis.data).toEqual(['覆盖率', '次数']);
		expect((achievedRateOption(top, zh) as O).yAxis.data).toEqual(['覆盖率']);
		const th: O = themesOption(
			[
				{ theme: '宣传', kind: '问题', n: 1, reports: 1 },
				{ theme: '资金管理', kind: '问题', n: 4, reports: 3 },
				{ theme: '资金管理', kind: '建议', n: 2, reports: 2 }
			],
			zh
		);
		expect(th.yAxis.data).toEqual(['宣传', '资金管理']);
		expect(th.series.map((x: O) => x.data.map((d: O) => d.value))).toEqual([
			[1, 4],
			[0, 2]
		]);
	});
});

describe('renderSvg (server-side rendering)', () => {
	it('renders a scalable SVG whose text uses the page colour and is escaped', () => {
		const svg = renderSvg(execByDistrictOption([{ ...exec[0], district: '<script>x</script>' }], { locale: 'zh', ink: SSR_INK }), 600, 300);
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('viewBox="0 0 600 300"');
		expect(svg).not.toMatch(/^<svg[^>]* width="600"/);
		expect(svg).toContain('fill="currentColor"');
		expect(svg).not.toContain(SSR_INK);
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('&lt;script&gt;');
	});
});

describe('esc', () => {
	it('escapes HTML', () => expect(esc(`<a href="x">'&`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;'));
});

describe('labelInk', () => {
	it.each([
		[0, '#111111'],
		[70, '#111111'],
		[71, '#ffffff'],
		[100, '#ffffff']
	] as const)('%s → %s', (v, ink) => expect(labelInk(v, 0, 100)).toBe(ink));
	it('flat range → dark', () => expect(labelInk(5, 5, 5)).toBe('#111111'));
});

describe('percentTick', () => {
	it('whole percents where they suffice, one decimal where ticks are closer, never the same label twice', () => {
		expect(percentTick(0)).toBe('0%');
		expect(percentTick(1)).toBe('100%');
		expect(percentTick(0.2)).toBe('20%');
		// the year trend of a district with rates 96.4–98.6% gets ticks every half percent (seen as 97% 97% 98% 98%)
		const ticks = [0.96, 0.965, 0.97, 0.975, 0.98, 0.985, 0.99].map(percentTick);
		expect(ticks).toEqual(['96%', '96.5%', '97%', '97.5%', '98%', '98.5%', '99%']);
	});
	it('is the tick formatter of the year trend rate axis', () => {
		const o = yearTrendOption([{ year: 2023, reports: 2, budget_wan: 10, actual_wan: 9.65, execution_rate: 0.965, mean_score: 90 }], zh) as any;
		const axes = Array.isArray(o.yAxis) ? o.yAxis : [o.yAxis];
		const rate = axes[0].axisLabel.formatter;
		expect([0.965, 0.97, 0.975].map(rate)).toEqual(['96.5%', '97%', '97.5%']);
	});
});

describe('axis bounds for rates and scores', () => {
	it('a single year at 95.1% and 99.5 points gets 90–100% and 95–100, not a free range of 40–160', () => {
		expect([RATE_BOUNDS.min({ min: 0.951, max: 0.951 }), RATE_BOUNDS.max({ min: 0.951, max: 0.951 })]).toEqual([0.9, 1]);
		expect([SCORE_BOUNDS.min({ min: 99.5, max: 99.5 }), SCORE_BOUNDS.max({ min: 99.5, max: 99.5 })]).toEqual([95, 100]);
	});
	it('rates: 5-point steps around the data with room, never below 0; overspending stays visible', () => {
		expect([RATE_BOUNDS.min({ min: 0.79, max: 0.97 }), RATE_BOUNDS.max({ min: 0.79, max: 0.97 })]).toEqual([0.75, 1]);
		expect(RATE_BOUNDS.max({ min: 0.5, max: 0.98 })).toBe(1); // 0.98 + 0.02 is 1.0 exactly, not 1.05 from float fuzz
		expect(RATE_BOUNDS.min({ min: 0.01, max: 0.5 })).toBe(0);
		expect(RATE_BOUNDS.max({ min: 0.9, max: 1.27 })).toBe(1.3);
	});
	it('scores: within 0–100 unless a score is above 100', () => {
		expect([SCORE_BOUNDS.min({ min: 55, max: 92 }), SCORE_BOUNDS.max({ min: 55, max: 92 })]).toEqual([50, 95]);
		expect(SCORE_BOUNDS.min({ min: 1, max: 50 })).toBe(0);
		expect(SCORE_BOUNDS.max({ min: 90, max: 104.5 })).toBe(105);
	});
	it('are the bounds of the year trend and the score box axes', () => {
		const trend = yearTrendOption([{ year: 2024, reports: 1, budget_wan: 150, actual_wan: 142.6, execution_rate: 0.951, mean_score: 99.5 }], zh) as O;
		expect(trend.yAxis[0].min).toBe(RATE_BOUNDS.min);
		expect(trend.yAxis[1].max).toBe(SCORE_BOUNDS.max);
		expect((scoreBoxOption([{ district: '南沙区', n: 9, min: 86, q1: 89, median: 94.7, q3: 99.4, max: 100 }], zh) as O).yAxis.max).toBe(SCORE_BOUNDS.max);
	});
});

describe('many categories (the whole country: 2,940 districts)', () => {
	it.each([
		[0, 0],
		[11, 0],
		[180, 0],
		[300, 0],
		[301, 3],
		[2940, 29]
	])('%d categories → label interval %d', (n, want) => expect(categoryLabelInterval(n)).toBe(want));

	it('at most LABELS_BUILT labels are built past MANY_CATEGORIES', () => {
		for (const n of [301, 999, 2940, 41000]) expect(Math.ceil(n / (categoryLabelInterval(n) + 1))).toBeLessThanOrEqual(LABELS_BUILT);
	});

	const many = (n: number) =>
		Array.from({ length: n }, (_, i) => ({ district: `区${i}`, reports: 1, budget_wan: 1, actual_wan: 1, execution_rate: i / n, mean_score: 80 }));

	it.each([
		[11, false, 0],
		[MANY_CATEGORIES, false, 0],
		[2940, true, 29]
	])('execution by district over %d districts: large mode %s, label interval %d', (n, large, interval) => {
		const o = execByDistrictOption(many(n), zh) as O;
		expect(o.series[0].large === true).toBe(large);
		expect(o.xAxis.axisLabel.interval).toBe(interval);
		expect(o.series[0].data).toHaveLength(n);
	});
});
