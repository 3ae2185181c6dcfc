import { RULE, SERIES } from './palette';
import type { ChartContext, ChartOption } from './types';
import { mapShortEn } from '../places/short';

/** Escapes text for an HTML tooltip (tooltips render HTML; data values are untrusted). */
export function esc(s: unknown): string {
	return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A tooltip body: a bold heading then `label: value` lines, all escaped. */
export function tooltipHtml(heading: string, lines: [string, string][]): string {
	return `<b>${esc(heading)}</b>` + lines.map(([k, v]) => `<br/>${esc(k)}：${esc(v)}`).join('');
}

/** An item tooltip for charts with one data item per row: the row's heading and label/value lines, escaped. */
export function rowTooltip<R>(rows: R[], heading: (r: R) => string, lines: (r: R) => [string, string][]) {
	return {
		trigger: 'item' as const,
		confine: true,
		formatter: (p: { dataIndex: number }) => tooltipHtml(heading(rows[p.dataIndex]), lines(rows[p.dataIndex]))
	};
}

/** A place name as the chart's page writes it: the English label on English pages ("Baiyun District (白云区)"). */
export function placeText(ctx: ChartContext, name: string | null | undefined): string {
	if (name == null) return '—';
	return ctx.place ? ctx.place(name) : name;
}

/** Axis labels of place names: short English ("Baiyun") on English pages; none (the name itself) on Chinese ones. */
export function placeTick(ctx: ChartContext): ((v: string) => string) | undefined {
	const f = ctx.place;
	return f ? (v: string) => mapShortEn(f(v)) : undefined;
}

/** The common part of every option: no animation (fast redraws, stable screenshots), aria, text colour. */
export function baseOption(ctx: ChartContext, description: string): ChartOption {
	return {
		animation: false,
		backgroundColor: 'transparent',
		color: SERIES,
		aria: { enabled: true, label: { enabled: true, description } },
		textStyle: {
			color: ctx.ink,
			fontFamily: 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif'
		},
		tooltip: { confine: true }
	};
}

/** A category axis with readable, non-overlapping labels. */
/** Past this many categories an axis labels every k-th only (categoryLabelInterval); Guangzhou's ~180 streets stay below. */
export const MANY_CATEGORIES = 300;
/** How many labels such an axis builds at most (ECharts then hides those that still overlap). */
export const LABELS_BUILT = 100;

/**
 * The category axis' label interval: 0 (every label, overlapping ones hidden) up to MANY_CATEGORIES, else every k-th
 * so at most LABELS_BUILT are built. With interval 0 ECharts builds, truncates and measures every label before hiding
 * the overlapping ones: over the whole country's 2,940 districts that was most of a redraw (measureText alone 0.8 s
 * over 30 filter changes), for a handful of labels shown.
 */
export function categoryLabelInterval(n: number): number {
	return n > MANY_CATEGORIES ? Math.ceil(n / LABELS_BUILT) - 1 : 0;
}

export function categoryAxis(ctx: ChartContext, data: string[], opts: { rotate?: boolean; name?: string; places?: boolean } = {}): Record<string, unknown> {
	const formatter = opts.places ? placeTick(ctx) : undefined;
	return {
		type: 'category',
		data,
		name: opts.name,
		axisLine: { lineStyle: { color: RULE } },
		axisTick: { alignWithLabel: true, lineStyle: { color: RULE } },
		axisLabel: {
			color: ctx.ink,
			interval: categoryLabelInterval(data.length),
			rotate: opts.rotate ? 40 : 0,
			hideOverlap: true,
			overflow: 'truncate',
			width: 90,
			...(formatter ? { formatter } : {})
		},
		nameTextStyle: { color: ctx.ink }
	};
}

/** A tick label for a rate axis: whole percents, one decimal where the ticks are closer (96.5%, never 97% twice). */
export function percentTick(v: number): string {
	return `${Number((v * 100).toFixed(1))}%`;
}

type Extent = { min: number; max: number };
const steps = (x: number) => Number(x.toFixed(9));

/**
 * Value-axis bounds for rates around the data: whole 5-point steps with a little room, never below 0. (A
 * free `scale` axis gave a single year at 95% a range of 40–160%.)
 */
export const RATE_BOUNDS = {
	// Ticks on whole 5% steps (85, 90, 95, 100%), never ECharts' 3% steps (85, 87, 90, 93 … beside a second axis).
	minInterval: 0.05,
	min: (v: Extent) => Math.max(0, Math.floor(steps((v.min - 0.02) * 20)) / 20),
	max: (v: Extent) => Math.ceil(steps((v.max + 0.02) * 20)) / 20
};

/** Value-axis bounds for scores around the data: 5-point steps with a little room, within 0–100 unless a score is above. */
export const SCORE_BOUNDS = {
	minInterval: 5,
	min: (v: Extent) => Math.max(0, Math.floor(steps((v.min - 2) / 5)) * 5),
	max: (v: Extent) => (v.max > 100 ? Math.ceil(v.max) : Math.min(100, Math.ceil(steps((v.max + 2) / 5)) * 5))
};

/** A value axis with a formatter for its tick labels. */
export function valueAxis(ctx: ChartContext, name: string, fmt: (v: number) => string, extra: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		type: 'value',
		name,
		nameTextStyle: { color: ctx.ink },
		axisLabel: { color: ctx.ink, formatter: (v: number) => fmt(v) },
		splitLine: { lineStyle: { color: RULE, opacity: 0.35 } },
		axisLine: { lineStyle: { color: RULE } },
		...extra
	};
}

/** The value axis of a horizontal bar chart: its name centred below the ticks (at the end it runs past the chart's edge). */
export function barValueAxis(ctx: ChartContext, name: string, fmt: (v: number) => string, extra: Record<string, unknown> = {}): Record<string, unknown> {
	return valueAxis(ctx, name, fmt, { nameLocation: 'middle', nameGap: 24, ...extra });
}

/** Grid bottom that leaves room for a bar chart's centred axis name. */
export const BAR_NAME_BOTTOM = 30;

/** Legend at the top, in the text colour. */
export function legend(ctx: ChartContext, data?: string[]): Record<string, unknown> {
	return { top: 0, type: 'scroll', data, textStyle: { color: ctx.ink }, pageTextStyle: { color: ctx.ink } };
}
