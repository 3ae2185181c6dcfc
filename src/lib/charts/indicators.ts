import type { FindingThemeRow, TopIndicatorRow } from '../queries';
import { formatCount, formatPercent } from '../format';
import { translate, translateValue } from '../i18n/translate';
import { ACHIEVED, SERIES } from './palette';
import { baseOption, categoryAxis, legend, rowTooltip, tooltipHtml, barValueAxis, BAR_NAME_BOTTOM, percentTick } from './base';
import type { ChartContext, ChartOption } from './types';

/** The most used indicators as horizontal bars of occurrences (most used on top). */
export function topIndicatorsOption(rows: TopIndicatorRow[], ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const sorted = [...rows].sort((a, b) => b.n - a.n).reverse();
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title: translate(l, 'chart.topIndicators'), n: sorted.length, summary: '' })),
		grid: { left: 8, right: 40, top: 28, bottom: BAR_NAME_BOTTOM },
		tooltip: rowTooltip(
			sorted,
			(r) => r.name,
			(r) => [
				[translate(l, 'col.level1'), translateValue(l, r.level1)],
				[translate(l, 'col.n'), formatCount(r.n, l)],
				[translate(l, 'col.withTarget'), formatCount(r.with_target, l)],
				[translate(l, 'col.achievedRate'), formatPercent(r.achieved_rate, l)]
			]
		),
		yAxis: {
			...categoryAxis(
				ctx,
				sorted.map((r) => r.name)
			),
			axisLabel: { color: ctx.ink, width: 130, overflow: 'truncate' }
		},
		xAxis: barValueAxis(ctx, translate(l, 'axis.count'), (v) => formatCount(v, l), { minInterval: 1 }),
		series: [
			{
				type: 'bar',
				barMaxWidth: 48,
				name: translate(l, 'col.n'),
				data: sorted.map((r) => r.n),
				labelLayout: { hideOverlap: true },
				label: { show: true, position: 'right', color: ctx.ink, fontSize: 10 }
			}
		]
	};
}

/** Share of occurrences meeting their target, per indicator (target vs actual achievement). */
export function achievedRateOption(rows: TopIndicatorRow[], ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const known = rows.filter((r) => r.achieved_rate != null).sort((a, b) => (a.achieved_rate ?? 0) - (b.achieved_rate ?? 0));
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title: translate(l, 'chart.targetActual'), n: known.length, summary: '' })),
		grid: { left: 8, right: 56, top: 28, bottom: BAR_NAME_BOTTOM },
		tooltip: rowTooltip(
			known,
			(r) => r.name,
			(r) => [
				[translate(l, 'col.achievedRate'), formatPercent(r.achieved_rate, l)],
				[translate(l, 'col.withTarget'), formatCount(r.with_target, l)],
				[translate(l, 'col.n'), formatCount(r.n, l)]
			]
		),
		yAxis: {
			...categoryAxis(
				ctx,
				known.map((r) => r.name)
			),
			axisLabel: { color: ctx.ink, width: 130, overflow: 'truncate' }
		},
		xAxis: barValueAxis(ctx, translate(l, 'col.achievedRate'), percentTick, { min: 0, max: 1 }),
		series: [
			{
				type: 'bar',
				barMaxWidth: 48,
				name: translate(l, 'col.achievedRate'),
				data: known.map((r) => ({ value: r.achieved_rate, itemStyle: { color: (r.achieved_rate ?? 0) >= 0.9 ? ACHIEVED.achieved : ACHIEVED.not } })),
				labelLayout: { hideOverlap: true },
				label: { show: true, position: 'right', color: ctx.ink, fontSize: 10, formatter: (p: { value: number }) => formatPercent(p.value, l) }
			}
		]
	};
}

/** Finding themes as horizontal bars stacked by kind (问题 / 建议 / 经验), most frequent on top. */
export function themesOption(rows: FindingThemeRow[], ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const kinds = ['问题', '建议', '经验'].filter((k) => rows.some((r) => r.kind === k));
	const totals = new Map<string, number>();
	for (const r of rows) totals.set(r.theme, (totals.get(r.theme) ?? 0) + r.n);
	const themes = [...totals].sort((a, b) => a[1] - b[1]).map(([t]) => t);
	const n = new Map(rows.map((r) => [`${r.theme}|${r.kind}`, r.n]));
	const names = kinds.map((k) => translateValue(l, k));
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title: translate(l, 'chart.themes'), n: themes.length, summary: '' })),
		grid: { left: 8, right: 24, top: 36, bottom: BAR_NAME_BOTTOM },
		legend: legend(ctx, names),
		tooltip: {
			trigger: 'axis',
			confine: true,
			axisPointer: { type: 'shadow' },
			formatter: (ps: { dataIndex: number }[]) => {
				const th = themes[ps[0]?.dataIndex ?? 0];
				return tooltipHtml(
					translateValue(l, th),
					kinds.map((k, i): [string, string] => [names[i], formatCount(n.get(`${th}|${k}`) ?? 0, l)])
				);
			}
		},
		yAxis: categoryAxis(
			ctx,
			themes.map((t) => translateValue(l, t))
		),
		xAxis: barValueAxis(ctx, translate(l, 'axis.count'), (v) => formatCount(v, l), { minInterval: 1 }),
		series: kinds.map((k, i) => ({
			type: 'bar',
			barMaxWidth: 48,
			stack: 'kind',
			name: names[i],
			cursor: 'pointer',
			itemStyle: { color: [SERIES[3], SERIES[0], SERIES[2]][['问题', '建议', '经验'].indexOf(k)] },
			data: themes.map((t) => ({ name: t, value: n.get(`${t}|${k}`) ?? 0 }))
		}))
	};
}
