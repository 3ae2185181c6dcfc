/**
 * The map of a /places level (the country by province, a province by city, a city by district): the ECharts option
 * (pure, the same at build time for the SVG and in the browser) and its registration. Geometry comes from
 * `geo.server.ts` at build time; the browser fetches one level's file (`/geo/<key>.json`) only on that level's page.
 */
import { formatPercent } from '../format';
import { translate } from '../i18n/translate';
import { baseOption, tooltipHtml } from '../charts/base';
import type { ChartContext, ChartOption } from '../charts/types';
import { mapLegend, metricRange, placeTooltipRows } from '../public/map';
import type { ExecByDistrictRow } from '../queries';
import { mapShortEn, mapShortZh } from './short';

export { mapShortEn, mapShortZh };

/** One place on the map with its figures (a child row of the page). */
export interface PlaceMapItem {
	/** The place's full name, as the geometry and the data name it. */
	name: string;
	/** Its label on the page ("Baiyun District (白云区)" in English). */
	label: string;
	reports: number;
	execution_rate: number | null;
	mean_score: number | null;
}

/** What a /places page needs to draw its level's map. */
export interface PlaceMapData {
	/** The geometry's key: 'country', '广东省' or '广东省/广州市' (its file is /geo/<key>.json). */
	key: string;
	/** Every region of the geometry (drawn grey when the data has no reports there). */
	names: string[];
	/** Short labels drawn on the map, per region (广东, 白云; Guangdong, Baiyun in English). */
	short: Record<string, string>;
	/** The prerendered SVG (null when no region has reports). */
	svg: string | null;
	width: number;
	height: number;
}

/**
 * Sequential ramp, its lightest step clearly blue, and a near-white grey for places without reports: the lowest
 * rate must not look like "no data" (on the country map most provinces have none).
 */
export const PLACE_RAMP = ['#b9d3ea', '#6baed6', '#2171b5', '#08306b'];
export const PLACE_NO_DATA = '#eef0f2';

/** Map size in SVG units (the SVG scales to its box). */
export const PLACE_MAP_SIZE = { width: 640, height: 480 };

/** The name a level's geometry is registered under. */
export function placeMapName(key: string): string {
	return `places:${key}`;
}

/** The file of a level's geometry under the site's base. */
export function placeGeoPath(key: string): string {
	return `/geo/${key.split('/').map(encodeURIComponent).join('/')}.json`;
}

/** A choropleth of `items` by execution rate over the regions `names`; items carry their name for click-through. */
export function placeMapOption(items: PlaceMapItem[], names: string[], short: Record<string, string>, key: string, ctx: ChartContext): ChartOption {
	const l = ctx.locale;
	const title = translate(l, 'public.mapExec');
	const byName = new Map(items.map((r) => [r.name, r]));
	const region = new Set(names);
	const drawn = items.filter((r) => region.has(r.name));
	const known = drawn.filter((r) => r.execution_rate != null).sort((a, b) => b.execution_rate! - a.execution_rate!);
	const summary = known.map((r) => `${r.label} ${formatPercent(r.execution_rate, l)}`).join(l === 'en' ? ', ' : '、');
	const [min, max] = metricRange(drawn as unknown as ExecByDistrictRow[], 'execution_rate');
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title, n: known.length, summary }).replace(/柱状图|bar chart/i, l === 'en' ? 'map' : '地图')),
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (p: { name: string }) => {
				const r = byName.get(p.name);
				if (!r) return tooltipHtml(short[p.name] ?? p.name, [[title, translate(l, 'public.mapNoData')]]);
				return tooltipHtml(r.label, placeTooltipRows(r, l));
			}
		},
		visualMap: mapLegend(min, max, (x) => formatPercent(x, l), ctx, PLACE_RAMP),
		series: [
			{
				type: 'map',
				map: placeMapName(key),
				name: title,
				roam: false,
				cursor: 'pointer',
				selectedMode: false,
				layoutCenter: ['52%', '50%'],
				layoutSize: '98%',
				// Labels only on places with reports (the rest stay unlabelled grey), never one over another.
				label: {
					show: true,
					color: '#1f2328',
					fontSize: 10,
					textBorderColor: 'rgba(255,255,255,0.85)',
					textBorderWidth: 2,
					formatter: (p: { name: string }) => (byName.has(p.name) ? (short[p.name] ?? p.name) : '')
				},
				labelLayout: { hideOverlap: true },
				itemStyle: { areaColor: PLACE_NO_DATA, borderColor: '#57606a', borderWidth: 0.6 },
				emphasis: { label: { show: true, color: '#000' }, itemStyle: { areaColor: '#E69F00' } },
				data: names.map((name) => ({ name, value: byName.get(name)?.execution_rate ?? null }))
			}
		]
	};
}
