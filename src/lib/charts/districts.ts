import type { Locale } from '../i18n/translate';
import type { DistrictYearRow, FindingThemeDistrictYearRow, StreetRow } from '../queries';
import { formatCount, formatPercent, formatScore, formatWan } from '../format';
import { translate, translateValue } from '../i18n/translate';
import { baseOption, categoryAxis, rowTooltip, barValueAxis, BAR_NAME_BOTTOM, percentTick, placeText, placeTick } from './base';
import { heatmapOption } from './heatmap';
import { sortByRate } from './overview';
import type { ChartContext, ChartOption } from './types';

/** District × year heat map of execution rate or mean score; clicking a cell's row names the district. */
export function districtYearHeatOption(rows: DistrictYearRow[], metric: 'execution_rate' | 'mean_score', ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const xs = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b).map(String);
	const ys = [...new Set(rows.map((r) => r.district))].sort((a, b) => a.localeCompare(b, 'zh-CN')).reverse();
	const rate = metric === 'execution_rate';
	return heatmapOption(
		{
			title: translate(l, rate ? 'chart.heatExec' : 'chart.heatScore'),
			xs,
			ys,
			valueName: translate(l, rate ? 'col.executionRate' : 'col.meanScore'),
			places: true,
			format: rate ? (v, loc) => formatPercent(v, loc) : (v, loc) => formatScore(v, loc),
			cells: rows.map((r) => ({
				x: String(r.year),
				y: r.district,
				value: r[metric],
				extra: [[translate(l, 'col.reports'), formatCount(r.reports, l)]]
			}))
		},
		ctx
	);
}

/** Problem themes × district (or × year) heat map of finding counts. */
export function themeHeatOption(rows: FindingThemeDistrictYearRow[], by: 'district' | 'year', ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const sums = new Map<string, number>();
	for (const r of rows) {
		const key = `${String(r[by])}|${r.theme}`;
		sums.set(key, (sums.get(key) ?? 0) + r.n);
	}
	const xsRaw = [...new Set(rows.map((r) => String(r[by])))];
	const xs = by === 'year' ? xsRaw.sort() : xsRaw.sort((a, b) => a.localeCompare(b, 'zh-CN'));
	const ys = [...new Set(rows.map((r) => r.theme))]
		.sort()
		.reverse()
		.map((t) => translateValue(l, t));
	return heatmapOption(
		{
			title: translate(l, by === 'year' ? 'chart.themesByYear' : 'chart.themesByDistrict'),
			xs,
			ys,
			valueName: translate(l, 'col.n'),
			format: (v, loc) => formatCount(v, loc),
			cells: [...sums].map(([k, n]) => {
				const [x, y] = k.split('|');
				return { x, y: translateValue(l, y), value: n };
			})
		},
		ctx
	);
}

/** The whole city's streets page plots at most this many bars (the table lists all). */
export const STREETS_PLOTTED = 40;

/**
 * The title of a streets chart that shows at most `limit` of `total` streets: it says when only the lowest rates
 * are plotted (a chart never silently leaves out a street, least of all the worst).
 */
export function streetsTitle(l: Locale, total: number, limit = Infinity): string {
	return total > limit ? translate(l, 'chart.streetsLowest', { n: limit, total }) : translate(l, 'chart.streets');
}

/**
 * Streets compared: execution rate as horizontal bars (best on top), clickable. Every street, unless more than
 * `limit`: then the `limit` lowest rates (those that need a look), and streetsTitle says so.
 */
export function streetsOption(rows: StreetRow[], ctx: ChartContext, limit = Infinity): ChartOption {
	const l = ctx.locale;
	const ranked = sortByRate(rows);
	const sorted = (ranked.length > limit ? ranked.slice(ranked.length - limit) : ranked).reverse();
	const title = streetsTitle(l, rows.length, limit);
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title, n: sorted.length, summary: '' })),
		grid: { left: 8, right: 48, top: 28, bottom: BAR_NAME_BOTTOM },
		tooltip: rowTooltip(
			sorted,
			(r) => `${placeText(ctx, r.district)} · ${placeText(ctx, r.street)}`,
			(r) => [
				[translate(l, 'col.executionRate'), formatPercent(r.execution_rate, l)],
				[translate(l, 'col.meanScore'), formatScore(r.mean_score, l)],
				[translate(l, 'col.reports'), formatCount(r.reports, l)],
				[translate(l, 'series.budget'), formatWan(r.budget_wan, l)],
				[translate(l, 'series.actual'), formatWan(r.actual_wan, l)]
			]
		),
		yAxis: {
			...categoryAxis(
				ctx,
				sorted.map((r) => r.street)
			),
			axisLabel: { color: ctx.ink, width: 110, overflow: 'truncate', ...(ctx.place ? { formatter: placeTick(ctx) } : {}) }
		},
		xAxis: barValueAxis(ctx, translate(l, 'axis.executionRate'), percentTick, { min: 0 }),
		series: [
			{
				type: 'bar',
				barMaxWidth: 48,
				name: translate(l, 'series.executionRate'),
				cursor: 'pointer',
				data: sorted.map((r) => ({ name: r.street, value: r.execution_rate })),
				labelLayout: { hideOverlap: true },
				label: { show: true, position: 'right', color: ctx.ink, fontSize: 10, formatter: (p: { value: number }) => formatPercent(p.value, l) }
			}
		]
	};
}

/** Height in px that gives each of `n` horizontal bars room for its label. */
export function barsHeight(n: number, min = 220): number {
	return Math.max(min, 40 + n * 22);
}

/** Height in px for a heat map with `rows` rows (plus axis and colour scale). */
export function heatHeight(rows: number, rotatedLabels = false): number {
	return Math.max(240, 90 + rows * 26 + (rotatedLabels ? 54 : 0));
}
