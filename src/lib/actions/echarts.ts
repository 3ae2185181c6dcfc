import type { Action } from 'svelte/action';
import { CanvasRenderer } from 'echarts/renderers';
import { echarts } from '../charts/register';
import type { ChartOption } from '../charts/types';

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
	/** Called with the clicked item (cross-filtering, drill-down). */
	onclick?: (e: ChartClick) => void;
	/** Called once the chart has drawn its first frame, with the instance (for PNG export). */
	onready?: (chart: echarts.ECharts) => void;
}

const REPLACEABLE = ['series', 'xAxis', 'yAxis', 'grid', 'legend', 'dataset', 'visualMap', 'dataZoom', 'title', 'graphic', 'polar', 'angleAxis', 'radiusAxis', 'radar', 'singleAxis', 'calendar', 'geo', 'parallel', 'parallelAxis'];

/** Component types of either option that an update replaces outright (all drawn ones but the tooltip). */
export function replacedTypes(prev: ChartOption, next: ChartOption): string[] {
	const has = (o: ChartOption, k: string) => (o as Record<string, unknown>)[k] !== undefined;
	return REPLACEABLE.filter((k) => has(prev, k) || has(next, k));
}

/** Owns one ECharts instance on the node: init, option updates, resize on size change, click events, dispose. */
export const echartsAction: Action<HTMLElement, EchartsParams> = (node, params) => {
	let current = params;
	const chart = echarts.init(node, null, { renderer: 'canvas' });
	chart.setOption(current.option, { notMerge: true });
	// Exposed for end-to-end tests, which click data points at their computed pixel positions.
	Object.defineProperty(node, 'echartsInstance', { value: chart, configurable: true });
	current.onready?.(chart);
	chart.on('click', (e) => {
		current.onclick?.({ name: String(e.name ?? ''), dataIndex: e.dataIndex ?? -1, seriesIndex: e.seriesIndex ?? -1, value: e.value });
	});
	let frame = 0;
	const ro = new ResizeObserver(() => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => chart.isDisposed() || chart.resize());
	});
	ro.observe(node);
	return {
		update(next: EchartsParams) {
			const changed = next.option !== current.option;
			const prev = current;
			current = next;
			// Not notMerge: that rebuilds every component, and the tooltip's rebuild forces a page layout on each redraw.
			// The drawn components are replaced instead; the tooltip, kept, merges its new settings.
			if (changed) chart.setOption(next.option, { replaceMerge: replacedTypes(prev.option, next.option) });
		},
		destroy() {
			ro.disconnect();
			cancelAnimationFrame(frame);
			chart.dispose();
		}
	};
};
