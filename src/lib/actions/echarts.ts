import type { Action } from 'svelte/action';
import { CanvasRenderer } from 'echarts/renderers';
import { echarts } from '../charts/register';
import type { ChartOption } from '../charts/types';
import { whenQuiet } from '../util/idle';
import { fixedGrid } from '../charts/margins';

echarts.use([CanvasRenderer]);

/** What a click on a bar, box, cell or point reports. */
export interface ChartClick {
	name: string;
	dataIndex: number;
	seriesIndex: number;
	value: unknown;
}

/** Parameters of the echarts action. */
export interface EchartsParams {
	option: ChartOption;
	/** Height in px the node is being given (ChartCard's plot height), if the caller sets it. */
	height?: number;
	/** Called with the clicked item (cross-filtering, drill-down). */
	onclick?: (e: ChartClick) => void;
	/**
	 * Called once the chart has drawn its first frame, with the instance and `flush`, which draws rows still
	 * waiting while the chart is off screen (call it before exporting the image).
	 */
	onready?: (chart: echarts.ECharts, flush: () => void) => void;
	/**
	 * What the option draws (charts/key.ts `chartKey` of option and rows). An update whose key and height equal those
	 * of the option drawn (or waiting) is not given to ECharts: the same picture costs no layout and no draw.
	 */
	key?: string;
}

/** Whether `next` would draw what `prev` drew: both keyed, same key, same height. */
export function sameDrawing(prev: Pick<EchartsParams, 'key' | 'height'>, next: Pick<EchartsParams, 'key' | 'height'>): boolean {
	return prev.key !== undefined && prev.key === next.key && prev.height === next.height;
}

const REPLACEABLE = [
	'series',
	'xAxis',
	'yAxis',
	'grid',
	'legend',
	'dataset',
	'visualMap',
	'dataZoom',
	'title',
	'graphic',
	'polar',
	'angleAxis',
	'radiusAxis',
	'radar',
	'singleAxis',
	'calendar',
	'geo',
	'parallel',
	'parallelAxis'
];

/** Component types of either option that an update replaces outright (all drawn ones but the tooltip). */
export function replacedTypes(prev: ChartOption, next: ChartOption): string[] {
	const has = (o: ChartOption, k: string) => (o as Record<string, unknown>)[k] !== undefined;
	return REPLACEABLE.filter((k) => has(prev, k) || has(next, k));
}

/** Margin around the viewport within which a chart counts as on screen. */
const NEAR_SCREEN = '0px';

/** An off-screen chart redraws once its rows have not changed for this long (ms), in an idle period. */
export const OFFSCREEN_QUIET_MS = 300;

/**
 * Owns one ECharts instance on the node: init, option updates, resize on size change, click events, dispose.
 *
 * A chart outside the viewport does not redraw the moment its rows change: the new option waits for the
 * chart to come near the screen, printing, or an idle period once the rows have stayed the same for
 * OFFSCREEN_QUIET_MS (so a reader changing filter after filter pays only for what they see, and the charts
 * below catch up when they pause), whichever is first. Dashboards that render only the panels in view do
 * the same.
 */
export const echartsAction: Action<HTMLElement, EchartsParams> = (node, params) => {
	let current = params;
	/** What was last given to ECharts, and what waits while the chart is off screen. */
	let drawn = params;
	let pending: EchartsParams | null = null;
	let onScreen = true;
	const chart = echarts.init(node, null, { renderer: 'canvas' });
	/** The option with its grid at fixed margins for the node's width (charts/margins.ts): no label measuring. */
	const fixed = (o: ChartOption) => fixedGrid(o, node.clientWidth || chart.getWidth());
	let laidOut = node.clientWidth;
	chart.setOption(fixed(current.option), { notMerge: true });
	// Exposed for end-to-end tests, which click data points at their computed pixel positions.
	Object.defineProperty(node, 'echartsInstance', { value: chart, configurable: true });
	current.onready?.(chart, () => flush());
	chart.on('click', (e) => {
		current.onclick?.({ name: String(e.name ?? ''), dataIndex: e.dataIndex ?? -1, seriesIndex: e.seriesIndex ?? -1, value: e.value });
	});
	// Whether the node's size differs from the one the chart last laid out for.
	const resized = () => node.clientWidth !== chart.getWidth() || node.clientHeight !== chart.getHeight();
	let frame = 0;
	const ro = new ResizeObserver(() => {
		cancelAnimationFrame(frame);
		// A size already taken by update() needs no second layout and draw.
		frame = requestAnimationFrame(() => {
			if (chart.isDisposed() || !resized()) return;
			// Margins depend a little on the width (rotated labels under the first band): new ones before the layout.
			if (node.clientWidth !== laidOut) {
				laidOut = node.clientWidth;
				const g = (fixed(drawn.option) as { grid?: unknown }).grid;
				if (g) chart.setOption({ grid: g }, { lazyUpdate: true });
			}
			chart.resize();
		});
	});
	ro.observe(node);

	/** Gives ECharts `next`: the drawn components replaced, the tooltip kept (notMerge would rebuild it and force a page layout). */
	function draw(next: EchartsParams): void {
		const replaceMerge = replacedTypes(drawn.option, next.option);
		drawn = next;
		laidOut = node.clientWidth;
		const option = fixed(next.option);
		if (next.height !== undefined && next.height !== chart.getHeight()) {
			// New rows that change the plot's height (its style is applied after this update): one layout and draw
			// at the new size (option set lazily, laid out by resize, drawn now), not one at the old size and another
			// when the ResizeObserver fires.
			chart.setOption(option, { replaceMerge, lazyUpdate: true });
			chart.resize({ height: next.height });
			chart.getZr().flush();
		} else chart.setOption(option, { replaceMerge });
	}
	/** Draws the waiting option, if any. */
	function flush(): void {
		later.cancel();
		if (!pending || chart.isDisposed()) return;
		const next = pending;
		pending = null;
		draw(next);
	}
	const later = whenQuiet(() => flush(), OFFSCREEN_QUIET_MS, 500);
	const io = new IntersectionObserver(
		(entries) => {
			onScreen = entries[entries.length - 1].isIntersecting;
			if (onScreen) flush();
		},
		{ rootMargin: NEAR_SCREEN }
	);
	io.observe(node);
	addEventListener('beforeprint', flush);

	return {
		update(next: EchartsParams) {
			const changed = next.option !== current.option;
			current = next;
			if (!changed) return;
			// Rows answered again as they are drawn, or as they wait off screen: nothing to redraw.
			if (pending && sameDrawing(pending, next)) return;
			if (sameDrawing(drawn, next)) {
				// Back to what is on screen before waiting rows were drawn: they are dropped.
				pending = null;
				later.cancel();
				return;
			}
			if (onScreen) {
				pending = null;
				draw(next);
				return;
			}
			pending = next;
			later.poke();
		},
		destroy() {
			ro.disconnect();
			io.disconnect();
			removeEventListener('beforeprint', flush);
			later.cancel();
			cancelAnimationFrame(frame);
			chart.dispose();
		}
	};
};
