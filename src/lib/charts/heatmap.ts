import { translate, type Locale } from '../i18n/translate';
import { RAMP } from './palette';
import { baseOption, categoryAxis, placeText, placeTick, tooltipHtml } from './base';
import type { ChartContext, ChartOption } from './types';

/** One cell of a heat map. */
export interface HeatCell {
	x: string;
	y: string;
	value: number | null;
	/** Extra tooltip lines. */
	extra?: [string, string][];
}

/** Inputs of a heat map: categories on both axes, cells, value format and a title for aria. */
export interface HeatSpec {
	title: string;
	xs: string[];
	ys: string[];
	cells: HeatCell[];
	format: (v: number, l: Locale) => string;
	valueName: string;
	/** Fixed colour scale bounds; default: data min/max. */
	min?: number;
	max?: number;
	/** The rows are places: English labels on English pages. */
	places?: boolean;
}

/** Fill of a cell without data: a mid grey, unlike any step of the ramp (whose lowest is near white). */
export const NO_DATA = '#bcc3cb';

/** Text colour for a cell: white where the ramp is dark (upper part of the range), near-black elsewhere. */
export function labelInk(v: number, min: number, max: number): string {
	const t = max > min ? (v - min) / (max - min) : 0;
	return t > 0.7 ? '#ffffff' : '#111111';
}

/** A heat map of categories × categories; null cells are left blank, labels shown when cells are few. */
export function heatmapOption(spec: HeatSpec, ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const yText = (y: string) => (spec.places ? placeText(ctx, y) : y);
	const xi = new Map(spec.xs.map((x, i) => [x, i]));
	const yi = new Map(spec.ys.map((y, i) => [y, i]));
	const cells = spec.cells.filter((c) => c.value != null && xi.has(c.x) && yi.has(c.y));
	const values = cells.map((c) => c.value as number);
	const min = spec.min ?? (values.length ? Math.min(...values) : 0);
	const max = spec.max ?? (values.length ? Math.max(...values) : 1);
	const showLabels = cells.length <= 160;
	// Cells without data are drawn apart from the scale (grey, '—', "no data" on hover): a blank cell read like the lowest value.
	const have = new Set(cells.map((c) => `${xi.get(c.x)},${yi.get(c.y)}`));
	const missing: [number, number][] = [];
	spec.xs.forEach((_, x) => spec.ys.forEach((__, y) => have.has(`${x},${y}`) || missing.push([x, y])));
	const noData = translate(l, 'chart.noData');
	return {
		...baseOption(ctx, translate(l, 'aria.heat', { title: spec.title, rows: spec.ys.length, cols: spec.xs.length })),
		// Rotated year/district labels need room above the colour scale.
		grid: { left: 8, right: 16, top: 8, bottom: spec.xs.length > 8 ? 110 : 56 },
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (p: { dataIndex: number; seriesIndex: number }) => {
				if (p.seriesIndex === 1) {
					const [x, y] = missing[p.dataIndex];
					return tooltipHtml(`${yText(spec.ys[y])} · ${spec.xs[x]}`, [[spec.valueName, noData]]);
				}
				const c = cells[p.dataIndex];
				return tooltipHtml(`${yText(c.y)} · ${c.x}`, [[spec.valueName, spec.format(c.value as number, l)], ...(c.extra ?? [])]);
			}
		},
		xAxis: { ...categoryAxis(ctx, spec.xs, { rotate: spec.xs.length > 8 }), splitArea: { show: false } },
		yAxis: {
			...categoryAxis(ctx, spec.ys),
			axisLabel: { color: ctx.ink, width: 110, overflow: 'truncate', ...(spec.places && ctx.place ? { formatter: placeTick(ctx) } : {}) }
		},
		visualMap: {
			min,
			max: max > min ? max : min + 1,
			calculable: false,
			seriesIndex: 0,
			orient: 'horizontal',
			left: 'center',
			bottom: 0,
			itemHeight: 120,
			textStyle: { color: ctx.ink },
			text: [spec.format(max, l), spec.format(min, l)],
			formatter: (v: number) => spec.format(v, l),
			inRange: { color: RAMP }
		},
		series: [
			{
				type: 'heatmap',
				name: spec.valueName,
				cursor: 'pointer',
				// Light text on the dark end of the ramp, dark text on the light end (contrast ≥ 4.5:1 on every step).
				data: cells.map((c) => ({
					name: c.y,
					value: [xi.get(c.x), yi.get(c.y), c.value],
					label: { color: labelInk(c.value as number, min, max) }
				})),
				label: {
					show: showLabels,
					fontSize: 10,
					formatter: (p: { dataIndex: number }) => spec.format(cells[p.dataIndex].value as number, l)
				},
				itemStyle: { borderColor: 'rgba(127,127,127,0.35)', borderWidth: 1 }
			},
			{
				type: 'heatmap',
				name: noData,
				data: missing.map(([x, y]) => ({ name: spec.ys[y], value: [x, y, 0] })),
				label: { show: showLabels, fontSize: 10, color: '#57606a', formatter: () => '—' },
				itemStyle: { color: NO_DATA, borderColor: 'rgba(127,127,127,0.35)', borderWidth: 1 }
			}
		]
	};
}
