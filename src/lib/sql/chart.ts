/** Quick chart of a query result: pure rows → ECharts option (bar, line, scatter, pie). */
import type { ChartOption } from '../charts/types';
import { SERIES } from '../charts/palette';
import type { ResultColumn } from './grid';

/** The chart kinds offered. */
export const QUICK_KINDS = ['bar', 'line', 'scatter', 'pie'] as const;
/** One chart kind. */
export type QuickKind = (typeof QUICK_KINDS)[number];

/** What to draw: the kind, the x (category or number) column and one y (number) column. */
export interface QuickChartSpec {
	kind: QuickKind;
	x: string;
	y: string;
}

/** The most rows drawn; beyond this a chart stops being readable (the grid still holds them all). */
export const QUICK_CHART_MAX = 2000;

/** A first guess: x = the first text column (else the first column), y = the first other numeric column; null if none. */
export function defaultSpec(columns: ResultColumn[]): QuickChartSpec | null {
	if (!columns.length) return null;
	const x = columns.find((c) => !c.numeric) ?? columns[0];
	const y = columns.find((c) => c.numeric && c.name !== x.name);
	return y ? { kind: 'bar', x: x.name, y: y.name } : null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'boolean' ? Number(v) : null);
const label = (v: unknown): string => (v == null ? 'NULL' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** The ECharts option for `spec` over the first QUICK_CHART_MAX rows, text in `ink`. */
export function quickChartOption(spec: QuickChartSpec, rows: Record<string, unknown>[], ink = '#1f2328'): ChartOption {
	const data = rows.slice(0, QUICK_CHART_MAX);
	const text = { color: ink };
	const base = {
		color: SERIES,
		aria: { enabled: true },
		animation: data.length <= 500,
		tooltip: { trigger: spec.kind === 'pie' || spec.kind === 'scatter' ? 'item' : 'axis' }
	};
	if (spec.kind === 'pie') {
		return {
			...base,
			legend: { type: 'scroll', bottom: 0, textStyle: text },
			series: [
				{ type: 'pie', name: spec.y, radius: ['30%', '65%'], label: { color: ink }, data: data.map((r) => ({ name: label(r[spec.x]), value: num(r[spec.y]) })) }
			]
		};
	}
	const axis = { axisLabel: text, nameTextStyle: text, axisLine: { lineStyle: { color: '#8c959f' } } };
	if (spec.kind === 'scatter') {
		return {
			...base,
			grid: { left: 56, right: 24, top: 32, bottom: 48, containLabel: true },
			xAxis: { type: 'value', name: spec.x, nameLocation: 'middle', nameGap: 28, scale: true, ...axis },
			yAxis: { type: 'value', name: spec.y, scale: true, ...axis },
			series: [
				{ type: 'scatter', name: spec.y, symbolSize: 8, data: data.map((r) => [num(r[spec.x]), num(r[spec.y])]).filter(([a, b]) => a != null && b != null) }
			]
		};
	}
	return {
		...base,
		grid: { left: 56, right: 24, top: 32, bottom: 64, containLabel: true },
		xAxis: {
			type: 'category',
			name: spec.x,
			data: data.map((r) => label(r[spec.x])),
			...axis,
			axisLabel: { ...text, hideOverlap: true, rotate: data.length > 12 ? 30 : 0 }
		},
		yAxis: { type: 'value', name: spec.y, ...axis },
		series: [{ type: spec.kind, name: spec.y, data: data.map((r) => num(r[spec.y])), showSymbol: data.length <= 100 }]
	};
}
