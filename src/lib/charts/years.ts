import type { YearRow } from '../queries';
import { formatCount, formatPercent, formatScore, formatWan, formatWanPlain } from '../format';
import { translate } from '../i18n/translate';
import { baseOption, categoryAxis, legend, tooltipHtml, valueAxis, percentTick, RATE_BOUNDS, SCORE_BOUNDS } from './base';
import type { ChartContext, ChartOption } from './types';

function yearTooltip(rows: YearRow[], ctx: ChartContext) {
	const l = ctx.locale;
	return (ps: { dataIndex: number }[]) => {
		const r = rows[ps[0]?.dataIndex ?? 0];
		return tooltipHtml(String(r.year), [
			[translate(l, 'col.reports'), formatCount(r.reports, l)],
			[translate(l, 'series.budget'), formatWan(r.budget_wan, l)],
			[translate(l, 'series.actual'), formatWan(r.actual_wan, l)],
			[translate(l, 'col.executionRate'), formatPercent(r.execution_rate, l)],
			[translate(l, 'col.meanScore'), formatScore(r.mean_score, l)]
		]);
	};
}

/** Execution rate (left axis) and mean score (right axis) by year as lines. */
export function yearTrendOption(rows: YearRow[], ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const sorted = [...rows].sort((a, b) => a.year - b.year);
	const names = [translate(l, 'series.executionRate'), translate(l, 'series.meanScore')];
	return {
		...baseOption(ctx, translate(l, 'aria.line', { title: translate(l, 'chart.years'), n: sorted.length })),
		grid: { left: 8, right: 8, top: 44, bottom: 8 },
		legend: legend(ctx, names),
		tooltip: { trigger: 'axis', confine: true, formatter: yearTooltip(sorted, ctx) },
		xAxis: categoryAxis(
			ctx,
			sorted.map((r) => String(r.year))
		),
		yAxis: [
			valueAxis(ctx, translate(l, 'axis.executionRate'), percentTick, { ...RATE_BOUNDS }),
			valueAxis(ctx, translate(l, 'axis.score'), (v) => String(v), { ...SCORE_BOUNDS, splitLine: { show: false } })
		],
		series: [
			{ type: 'line', name: names[0], yAxisIndex: 0, symbolSize: 8, data: sorted.map((r) => r.execution_rate) },
			{ type: 'line', name: names[1], yAxisIndex: 1, symbolSize: 8, lineStyle: { type: 'dashed' }, data: sorted.map((r) => r.mean_score) }
		]
	};
}

/** Budget and spend by year as grouped bars (万元). */
export function yearMoneyOption(rows: YearRow[], ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const sorted = [...rows].sort((a, b) => a.year - b.year);
	const names = [translate(l, 'series.budget'), translate(l, 'series.actual')];
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title: translate(l, 'chart.yearsBudget'), n: sorted.length, summary: '' })),
		grid: { left: 8, right: 8, top: 44, bottom: 8 },
		legend: legend(ctx, names),
		tooltip: { trigger: 'axis', confine: true, axisPointer: { type: 'shadow' }, formatter: yearTooltip(sorted, ctx) },
		xAxis: categoryAxis(
			ctx,
			sorted.map((r) => String(r.year))
		),
		yAxis: valueAxis(ctx, translate(l, 'axis.money'), (v) => (l === 'en' ? formatWanPlain(v, l) : formatCount(v, l))),
		series: [
			{ type: 'bar', barMaxWidth: 48, name: names[0], data: sorted.map((r) => r.budget_wan) },
			{ type: 'bar', barMaxWidth: 48, name: names[1], data: sorted.map((r) => r.actual_wan) }
		]
	};
}
