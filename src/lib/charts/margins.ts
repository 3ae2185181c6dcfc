/**
 * Fixed grid margins from the labels an option already knows, instead of ECharts' label-measuring layout.
 *
 * ECharts 6 lays out every cartesian grid by building its axes twice ("estimate" then "determine", `grid.outerBoundsMode:
 * 'auto'`, the default; `containLabel: true` takes the same path): each tick label is laid out and measured to find how
 * far the labels reach past the grid, and the grid is shrunk by that much. The category labels are known before
 * drawing (the option's `data`, its formatter, its rotation and truncation width) and the value labels nearly so (the
 * formatter over the data's extent), so `fixedGrid` computes the margins with a cheap width estimate (CJK full width,
 * other characters 0.62 em, a little over half: Latin capitals and digits are wider than half an em) and sets
 * `outerBoundsMode: 'none'`, `containLabel: false`: one axis build per draw, no measuring.
 */
import type { ChartOption } from './types';

/** ECharts' axis label defaults: font size (px) and the gap between the axis line and its labels. */
const FONT = 12;
const LABEL_MARGIN = 8;
/** Room left over beyond the estimate (px): rounding, the axis tick, a wider glyph than estimated. */
const SLACK = 4;

/** Whether a code point is drawn full width (CJK ideographs, kana, hangul, full-width forms and punctuation). */
function fullWidth(c: number): boolean {
	return (
		(c >= 0x2e80 && c <= 0x9fff) ||
		(c >= 0xac00 && c <= 0xd7af) ||
		(c >= 0xf900 && c <= 0xfaff) ||
		(c >= 0xfe30 && c <= 0xfe4f) ||
		(c >= 0xff00 && c <= 0xff60) ||
		(c >= 0xffe0 && c <= 0xffe6) ||
		c >= 0x20000
	);
}

/** Estimated width (px) of one line of `text` at `fontSize`: full-width characters 1 em, every other 0.62 em. */
export function textWidth(text: string, fontSize = FONT): number {
	let em = 0;
	for (const ch of text) em += fullWidth(ch.codePointAt(0)!) ? 1 : 0.62;
	return Math.ceil(em * fontSize);
}

/** Height (px) of one line of text at `fontSize`. */
const lineHeight = (fontSize: number) => Math.ceil(fontSize * 1.25);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A step of 1, 2, 2.5 or 5 × 10ⁿ at or above `x` (ECharts' nice tick steps). */
function niceAbove(x: number): number {
	if (x <= 0) return 0;
	const p = 10 ** Math.floor(Math.log10(x));
	for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= x - 1e-12) return m * p;
	return 10 * p;
}

/** The values a series puts on value axis `dim`: of an [x, y] pair the one on that axis, of a box all five. */
function seriesValues(s: Obj, dim: 'x' | 'y'): number[] {
	const out: number[] = [];
	const add = (x: unknown) => {
		if (num(x) !== null) out.push(x as number);
	};
	for (const d of Array.isArray(s.data) ? s.data : []) {
		const v = isObj(d) ? d.value : d;
		if (!Array.isArray(v)) add(v);
		else if (v.length === 2) add(v[dim === 'x' ? 0 : 1]);
		else v.forEach(add);
	}
	return out;
}

/** The data extent on value axis `index` of `dim` ('x' or 'y'): stacked series summed by index, as ECharts stacks them. */
function valueExtent(option: Obj, dim: 'x' | 'y', index: number): [number, number] | null {
	const key = `${dim}AxisIndex`;
	let min = Infinity;
	let max = -Infinity;
	const see = (v: number) => {
		min = Math.min(min, v);
		max = Math.max(max, v);
	};
	const stacks = new Map<string, number[]>();
	for (const s of list(option.series)) {
		if ((num(s[key]) ?? 0) !== index) continue;
		const vals = seriesValues(s, dim);
		if (typeof s.stack === 'string') {
			const sum = stacks.get(s.stack) ?? [];
			vals.forEach((v, i) => (sum[i] = (sum[i] ?? 0) + v));
			stacks.set(s.stack, sum);
		} else vals.forEach(see);
	}
	for (const sum of stacks.values()) sum.forEach(see);
	return min <= max ? [min, max] : null;
}

/** The labels an axis draws, or the widest candidates for a value axis; null: unknown (a string template, a time axis). */
function axisLabels(option: Obj, axis: Obj, dim: 'x' | 'y', index: number): string[] | null {
	const label = isObj(axis.axisLabel) ? axis.axisLabel : {};
	const f = label.formatter;
	if (f !== undefined && typeof f !== 'function') return null;
	const fmt = (v: unknown) => String(typeof f === 'function' ? (f as (v: unknown, i: number) => unknown)(v, 0) : v);
	if (axis.type === 'category') return Array.isArray(axis.data) ? axis.data.map((d) => fmt(isObj(d) ? d.value : d)) : [];
	if (axis.type !== 'value' && axis.type !== undefined) return null;
	const ext = valueExtent(option, dim, index) ?? [0, 1];
	const bound = (b: unknown, fallback: number) =>
		typeof b === 'function' ? (num((b as (e: { min: number; max: number }) => unknown)({ min: ext[0], max: ext[1] })) ?? fallback) : (num(b) ?? fallback);
	// ECharts' ticks: about five nice steps from 0 (or the data's negative end) to a step at or above the data.
	const lo0 = Math.min(0, ext[0]);
	const step0 = niceAbove((Math.max(ext[1], 0) - lo0) / 5 || 1);
	const hi = bound(axis.max, Math.ceil(ext[1] / step0 - 1e-9) * step0);
	const lo = bound(axis.min, Math.floor(lo0 / step0 + 1e-9) * step0);
	// The extremes and a tick a step inside them, one decimal place finer (96.5% between 95% and 100%).
	const step = niceAbove((hi - lo) / 5 || 1);
	return [hi, lo, hi - step / 2, lo + step / 2].map((v) => fmt(v));
}

/** The space (px) an axis's labels take across it, and how far its first and last labels reach along it. */
function labelExtent(labels: string[], label: Obj, dim: 'x' | 'y'): { across: number; along: number; alongStart: number } {
	const fontSize = num(label.fontSize) ?? FONT;
	const cap = label.overflow === 'truncate' || label.overflow === 'break' ? num(label.width) : null;
	const width = (s: string) => Math.min(textWidth(s, fontSize), cap ?? Infinity);
	const widest = labels.reduce((w, s) => Math.max(w, width(s)), 0);
	const h = lineHeight(fontSize);
	const rad = ((num(label.rotate) ?? 0) * Math.PI) / 180;
	const first = labels.length ? width(labels[0]) : 0;
	if (!labels.length) return { across: 0, along: 0, alongStart: 0 };
	// A rotated label's width and height both project onto either direction; a horizontal axis's labels stand
	// across it by their height, a vertical axis's by their width.
	const [sin, cos] = [Math.abs(Math.sin(rad)), Math.abs(Math.cos(rad))];
	const tall = Math.ceil(widest * sin + h * cos);
	const wide = Math.ceil(widest * cos + h * sin);
	return { across: dim === 'x' ? tall : wide, along: dim === 'x' ? wide : tall, alongStart: Math.ceil(first * cos) };
}

export interface Margins {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/**
 * The grid margins (px) of `option` drawn `width` px wide, with its axes' labels and names inside the chart: each side
 * at least the option's own margin (the plot's padding), or, with `containLabel: true`, the option's margin plus the
 * labels. Null when the option has no cartesian grid, or an axis whose labels cannot be known before drawing (then
 * ECharts measures them as before).
 */
export function gridMargins(option: ChartOption, width: number): Margins | null {
	const o = option as Obj;
	const grids = list(o.grid);
	if (grids.length !== 1) return null;
	const grid = grids[0];
	const xs = list(o.xAxis);
	const ys = list(o.yAxis);
	if (xs.length === 0 || ys.length === 0) return null;
	const px = (v: unknown, fallback: number) => num(v) ?? (v === undefined ? fallback : NaN);
	const given = { left: px(grid.left, 0), right: px(grid.right, 0), top: px(grid.top, 0), bottom: px(grid.bottom, 0) };
	if (Object.values(given).some((v) => Number.isNaN(v))) return null;
	const contain = grid.containLabel === true;
	const need = { left: 0, right: 0, top: 0, bottom: 0 };
	const grow = (side: keyof Margins, v: number) => (need[side] = Math.max(need[side], v));
	const sides: { dim: 'x' | 'y'; axes: Obj[] }[] = [
		{ dim: 'x', axes: xs },
		{ dim: 'y', axes: ys }
	];
	for (const { dim, axes } of sides) {
		for (let i = 0; i < axes.length; i++) {
			const axis = axes[i];
			if (axis.show === false) continue;
			const label = isObj(axis.axisLabel) ? axis.axisLabel : {};
			const labels = label.show === false ? [] : axisLabels(o, axis, dim, i);
			if (labels === null) return null;
			const margin = num(label.margin) ?? LABEL_MARGIN;
			const ext = labelExtent(labels, label, dim);
			const side: keyof Margins =
				typeof axis.position === 'string' ? (axis.position as keyof Margins) : dim === 'x' ? (i === 0 ? 'bottom' : 'top') : i === 0 ? 'left' : 'right';
			const labelRoom = labels.length ? ext.across + margin + SLACK : 0;
			grow(side, labelRoom);
			// The name: 'middle' beside the labels, 'end' (default) or 'start' past the axis's end, centred on the line.
			if (typeof axis.name === 'string' && axis.name) {
				const nameStyle = isObj(axis.nameTextStyle) ? axis.nameTextStyle : {};
				const fs = num(nameStyle.fontSize) ?? FONT;
				const nw = textWidth(axis.name, fs);
				const gap = num(axis.nameGap) ?? 15;
				const loc = axis.nameLocation === 'middle' || axis.nameLocation === 'center' ? 'middle' : axis.nameLocation === 'start' ? 'start' : 'end';
				if (loc === 'middle') grow(side, Math.max(labelRoom, gap + lineHeight(fs) + SLACK));
				else if (dim === 'y') {
					grow(loc === 'end' ? 'top' : 'bottom', gap + lineHeight(fs));
					grow(side, Math.ceil(nw / 2) + SLACK);
				} else grow(loc === 'end' ? 'right' : 'left', gap + nw + SLACK);
			}
			if (!labels.length) continue;
			if (dim === 'x') {
				// Labels centred under a tick reach half their width past the plot's ends; a category axis's first
				// label sits half a band inside (rotated labels hang to the left of it).
				const plot = Math.max(1, width - Math.max(given.left, 0) - Math.max(given.right, 0));
				const rotated = (num(label.rotate) ?? 0) !== 0;
				if (axis.type === 'category') {
					const half = plot / Math.max(1, labels.length) / 2;
					grow('left', (rotated ? ext.alongStart : ext.alongStart / 2) - half + SLACK);
					if (!rotated) grow('right', Math.ceil(textWidth(labels[labels.length - 1]) / 2) - half + SLACK);
				} else {
					// A value axis's extremes: the highest label at the far end, the lowest at the near one.
					const [hi, lo] = labels;
					grow('right', Math.ceil(textWidth(hi) / 2) + SLACK);
					grow('left', Math.ceil(textWidth(lo) / 2) + SLACK);
				}
			} else if (axis.type !== 'category') {
				// A vertical value axis's top and bottom labels are centred on its ends: half a line past the plot.
				grow('top', Math.ceil(lineHeight(num(label.fontSize) ?? FONT) / 2));
				grow('bottom', Math.ceil(lineHeight(num(label.fontSize) ?? FONT) / 2));
			}
		}
	}
	const out = {} as Margins;
	for (const k of ['left', 'right', 'top', 'bottom'] as const) out[k] = contain ? given[k] + need[k] : Math.max(given[k], Math.ceil(need[k]));
	return out;
}

/**
 * `option` with its grid at fixed margins (gridMargins) and ECharts' label measuring turned off; the option itself
 * when the margins cannot be known before drawing.
 */
export function fixedGrid(option: ChartOption, width: number): ChartOption {
	const m = gridMargins(option, width);
	if (!m) return option;
	const grid = list((option as Obj).grid)[0];
	return { ...option, grid: { ...grid, ...m, containLabel: false, outerBoundsMode: 'none' } };
}
