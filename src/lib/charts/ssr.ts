import { SVGRenderer } from 'echarts/renderers';
import { echarts } from './register';
import { SSR_INK } from './palette';
import type { ChartOption } from './types';
import { fixedGrid } from './margins';

echarts.use([SVGRenderer]);

/** Renders an option to an SVG string at build time; text takes the page's colour, the SVG scales to its box. */
export function renderSvg(option: ChartOption, width = 640, height = 320): string {
	const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption(fixedGrid(option, width));
		return scalableSvg(chart.renderToSVGString(), width, height);
	} finally {
		chart.dispose();
	}
}

/** Makes a fixed-size ECharts SVG fill its container and use `currentColor` for text. */
export function scalableSvg(svg: string, width: number, height: number): string {
	return svg
		.replace(/^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/, '<svg$1 preserveAspectRatio="xMidYMid meet" focusable="false"')
		.replace(/^<svg(?![^>]*viewBox)/, `<svg viewBox="0 0 ${width} ${height}"`)
		.replaceAll(`fill="${SSR_INK}"`, 'fill="currentColor"')
		.replaceAll(`stroke="${SSR_INK}"`, 'stroke="currentColor"');
}
