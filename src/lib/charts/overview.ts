import type { GradesByYearRow, IndicatorAchievementRow } from '../queries';
import type { ExecPlaceRow, PlaceLevel, ScoreBoxPlaceRow } from '../queries/places';
import { placeOfRow } from '../queries/places';
import { formatCount, formatPercent, formatScore, formatWan } from '../format';
import { translate, translateValue } from '../i18n/translate';
import { ACHIEVED, GRADE_COLOUR } from './palette';
import {
	baseOption,
	categoryAxis,
	legend,
	rowTooltip,
	tooltipHtml,
	valueAxis,
	barValueAxis,
	BAR_NAME_BOTTOM,
	percentTick,
	placeText,
	SCORE_BOUNDS,
	MANY_CATEGORIES
} from './base';
import type { ChartContext, ChartOption } from './types';

const GRADES = ['优', '良', '中', '差'];

/** Rows sorted by execution rate, highest first; unknown rates last. */
export function sortByRate<T extends { execution_rate: number | null }>(rows: T[]): T[] {
	return [...rows].sort((a, b) => (b.execution_rate ?? -Infinity) - (a.execution_rate ?? -Infinity));
}

/** The execution chart's title key per place level (the overview groups by province, city or district). */
export const EXEC_TITLE = { province: 'chart.execByProvince', city: 'chart.execByCity', district: 'chart.execByDistrict' } as const;
/** The score box's title key per place level. */
export const BOX_TITLE = { province: 'chart.scoreBoxByProvince', city: 'chart.scoreBoxByCity', district: 'chart.scoreBoxByDistrict' } as const;

/**
 * Execution rate by place as a bar chart (district; or province, city: `level`); bars carry the place name for
 * click-to-filter (a district) or to open the place's page (a province, a city).
 */
export function execByDistrictOption(rows: ExecPlaceRow[], ctx: ChartContext, selected: string | null = null, level: PlaceLevel = 'district'): ChartOption {
	const l = ctx.locale;
	const sorted = sortByRate(rows);
	const title = translate(l, EXEC_TITLE[level]);
	const best = sorted[0];
	const summary = best ? `${placeText(ctx, placeOfRow(best))} ${formatPercent(best.execution_rate, l)}` : '';
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title, n: sorted.length, summary })),
		grid: { left: 8, right: 16, top: 28, bottom: 8 },
		tooltip: rowTooltip(
			sorted,
			(r) => placeText(ctx, placeOfRow(r)),
			(r) => [
				[translate(l, 'col.executionRate'), formatPercent(r.execution_rate, l)],
				[translate(l, 'col.reports'), formatCount(r.reports, l)],
				[translate(l, 'series.budget'), formatWan(r.budget_wan, l)],
				[translate(l, 'series.actual'), formatWan(r.actual_wan, l)],
				[translate(l, 'col.meanScore'), formatScore(r.mean_score, l)]
			]
		),
		xAxis: categoryAxis(
			ctx,
			sorted.map((r) => placeOfRow(r)),
			{ rotate: sorted.length > 6, places: true }
		),
		yAxis: valueAxis(ctx, translate(l, 'axis.executionRate'), percentTick, { min: 0 }),
		series: [
			{
				type: 'bar',
				barMaxWidth: 48,
				name: translate(l, 'series.executionRate'),
				cursor: 'pointer',
				data: sorted.map((r) => ({
					name: placeOfRow(r),
					value: r.execution_rate,
					itemStyle: selected && placeOfRow(r) !== selected ? { opacity: 0.35 } : undefined
				})),
				labelLayout: { hideOverlap: true },
				label: { show: sorted.length <= 12, position: 'top', color: ctx.ink, fontSize: 10, formatter: (p: { value: number }) => formatPercent(p.value, l) },
				// The whole country's 2,940 districts: one path for every bar (ECharts' large mode), not 2,940 elements.
				...(sorted.length > MANY_CATEGORIES ? { large: true, largeThreshold: MANY_CATEGORIES } : {})
			}
		]
	};
}

/** Score distribution per place (district; or province, city: `level`) as box plots (min, Q1, median, Q3, max). */
export function scoreBoxOption(rows: ScoreBoxPlaceRow[], ctx: ChartContext, level: PlaceLevel = 'district'): ChartOption {
	const l = ctx.locale;
	const sorted = [...rows].sort((a, b) => b.median - a.median);
	const title = translate(l, BOX_TITLE[level]);
	return {
		...baseOption(ctx, translate(l, 'aria.box', { title, n: sorted.length })),
		grid: { left: 8, right: 16, top: 28, bottom: 8 },
		tooltip: rowTooltip(
			sorted,
			(r) => placeText(ctx, placeOfRow(r)),
			(r) => [
				[translate(l, 'col.reports'), formatCount(r.n, l)],
				[translate(l, 'box.max'), formatScore(r.max, l)],
				[translate(l, 'box.q3'), formatScore(r.q3, l)],
				[translate(l, 'box.median'), formatScore(r.median, l)],
				[translate(l, 'box.q1'), formatScore(r.q1, l)],
				[translate(l, 'box.min'), formatScore(r.min, l)]
			]
		),
		xAxis: categoryAxis(
			ctx,
			sorted.map((r) => placeOfRow(r)),
			{ rotate: sorted.length > 6, places: true }
		),
		yAxis: valueAxis(ctx, translate(l, 'axis.score'), (v) => String(v), { ...SCORE_BOUNDS }),
		series: [
			{
				type: 'boxplot',
				name: translate(l, 'axis.score'),
				cursor: 'pointer',
				itemStyle: { color: 'rgba(0,114,178,0.25)', borderColor: '#0072B2', borderWidth: 1.5 },
				data: sorted.map((r) => ({ name: placeOfRow(r), value: [r.min, r.q1, r.median, r.q3, r.max] }))
			}
		]
	};
}

/** Grades by year as stacked bars, one series per grade in 优 良 中 差 order. */
export function gradesByYearOption(rows: GradesByYearRow[], ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const grades = [...GRADES, ...new Set(rows.map((r) => r.grade).filter((g) => !GRADES.includes(g)))].filter((g) => rows.some((r) => r.grade === g));
	const count = new Map(rows.map((r) => [`${r.year}|${r.grade}`, r.n]));
	const title = translate(l, 'chart.gradesByYear');
	const names = grades.map((g) => translateValue(l, g));
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title, n: years.length, summary: names.join('、') })),
		grid: { left: 8, right: 16, top: 36, bottom: 8 },
		legend: legend(ctx, names),
		tooltip: {
			trigger: 'axis',
			confine: true,
			axisPointer: { type: 'shadow' },
			formatter: (ps: { dataIndex: number }[]) => {
				const y = years[ps[0]?.dataIndex ?? 0];
				const total = grades.reduce((s, g) => s + (count.get(`${y}|${g}`) ?? 0), 0);
				return tooltipHtml(String(y), [
					...grades.map((g, i): [string, string] => [names[i], formatCount(count.get(`${y}|${g}`) ?? 0, l)]),
					[translate(l, 'col.total'), formatCount(total, l)]
				]);
			}
		},
		xAxis: categoryAxis(ctx, years.map(String)),
		yAxis: valueAxis(ctx, translate(l, 'axis.reports'), (v) => formatCount(v, l), { minInterval: 1 }),
		series: grades.map((g, i) => ({
			type: 'bar',
			barMaxWidth: 48,
			stack: 'grade',
			name: names[i],
			itemStyle: { color: GRADE_COLOUR[g] },
			data: years.map((y) => count.get(`${y}|${g}`) ?? 0)
		}))
	};
}

/** Indicator outcomes by level as horizontal stacked bars; `by: 'level1'` sums the level-2 rows. */
export function indicatorAchievementOption(rows: IndicatorAchievementRow[], ctx: ChartContext, by: 'level2' | 'level1' = 'level2'): ChartOption {
	const l = ctx.locale;
	const groups = new Map<string, { achieved: number; not: number; unknown: number }>();
	for (const r of rows) {
		const name = (v: string | null) => (v ? translateValue(l, v) : translate(l, 'common.unclassified'));
		const key = by === 'level1' ? name(r.level1) : `${name(r.level1)} · ${name(r.level2)}`;
		const g = groups.get(key) ?? { achieved: 0, not: 0, unknown: 0 };
		g.achieved += r.achieved;
		g.not += r.not_achieved;
		g.unknown += r.unknown;
		groups.set(key, g);
	}
	// Bottom-to-top in ECharts' category order, so reverse to read top-down in data order.
	const cats = [...groups.keys()].reverse();
	const vals = cats.map((c) => groups.get(c)!);
	const title = translate(l, by === 'level1' ? 'chart.indicatorLevels' : 'chart.indicatorAchievement');
	const series: [string, keyof (typeof vals)[number], string][] = [
		[translate(l, 'series.achieved'), 'achieved', ACHIEVED.achieved],
		[translate(l, 'series.notAchieved'), 'not', ACHIEVED.not],
		[translate(l, 'series.unknown'), 'unknown', ACHIEVED.unknown]
	];
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title, n: cats.length, summary: '' })),
		grid: { left: 8, right: 24, top: 36, bottom: BAR_NAME_BOTTOM },
		legend: legend(
			ctx,
			series.map((s) => s[0])
		),
		tooltip: {
			trigger: 'axis',
			confine: true,
			axisPointer: { type: 'shadow' },
			formatter: (ps: { dataIndex: number }[]) => {
				const i = ps[0]?.dataIndex ?? 0;
				const v = vals[i];
				const total = v.achieved + v.not + v.unknown;
				return tooltipHtml(cats[i], [
					...series.map(([name, k]): [string, string] => [name, formatCount(v[k], l)]),
					[translate(l, 'col.total'), formatCount(total, l)],
					[translate(l, 'col.achievedRate'), formatPercent(v.achieved + v.not > 0 ? v.achieved / (v.achieved + v.not) : null, l)]
				]);
			}
		},
		yAxis: { ...categoryAxis(ctx, cats), axisLabel: { color: ctx.ink, width: 150, overflow: 'truncate' } },
		xAxis: barValueAxis(ctx, translate(l, 'axis.count'), (v) => formatCount(v, l), { minInterval: 1 }),
		series: series.map(([name, k, colour]) => ({ type: 'bar', barMaxWidth: 48, stack: 'a', name, itemStyle: { color: colour }, data: vals.map((v) => v[k]) }))
	};
}
