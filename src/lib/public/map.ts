/** District map: GeoJSON reduction and the ECharts map option (pure; registration happens elsewhere). */
import type { ExecByDistrictRow } from '../queries';
import { formatCount, formatPercent, formatScore } from '../format';
import { translate } from '../i18n/translate';
import { baseOption, placeText, tooltipHtml } from '../charts/base';
import { mapShortEn } from '../places/short';
import type { ChartContext, ChartOption } from '../charts/types';

/** The name the Guangzhou district geometry is registered under. */
export const MAP_NAME = 'guangzhou-districts';

type Ring = [number, number][];
/** A GeoJSON polygon or multipolygon feature keyed by district name. */
export interface DistrictFeature {
	type: 'Feature';
	properties: { name: string };
	geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}
/** A FeatureCollection of district features. */
export interface DistrictGeo {
	type: 'FeatureCollection';
	features: DistrictFeature[];
}

/**
 * Rounds a ring's points to `digits` decimals and drops points closer than `step` degrees to the last kept one
 * (the last point is always kept, so the ring stays closed).
 */
export function simplifyRing(ring: number[][], digits = 3, step = 0): Ring {
	const f = 10 ** digits;
	const out: Ring = [];
	ring.forEach((p, i) => {
		const q: [number, number] = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
		const last = out[out.length - 1];
		const end = i === ring.length - 1;
		if (!last || ((last[0] !== q[0] || last[1] !== q[1]) && (end || Math.hypot(q[0] - last[0], q[1] - last[1]) >= step))) out.push(q);
	});
	if (out.length > 1) {
		const [a, z] = [out[0], out[out.length - 1]];
		if (a[0] !== z[0] || a[1] !== z[1]) out.push([a[0], a[1]]);
	}
	return out;
}

/** Keeps only each feature's name and a reduced geometry (a page-sized map of the city needs ~200 m precision). */
export function simplifyGeo(
	fc: { features: { properties: { name: string }; geometry: { type: string; coordinates: unknown } }[] },
	digits = 3,
	step = 0.002
): DistrictGeo {
	const features: DistrictFeature[] = [];
	for (const f of fc.features) {
		const g = f.geometry;
		if (g.type === 'Polygon') {
			features.push({
				type: 'Feature',
				properties: { name: f.properties.name },
				geometry: { type: 'Polygon', coordinates: (g.coordinates as number[][][]).map((r) => simplifyRing(r, digits, step)) }
			});
		} else if (g.type === 'MultiPolygon') {
			const coordinates = (g.coordinates as number[][][][]).map((poly) => poly.map((r) => simplifyRing(r, digits, step)));
			features.push({ type: 'Feature', properties: { name: f.properties.name }, geometry: { type: 'MultiPolygon', coordinates } });
		} else {
			throw new Error(`district geometry: feature "${f.properties.name}" has unsupported type ${g.type}`);
		}
	}
	return { type: 'FeatureCollection', features };
}

/** What the map colours districts by. */
export type MapMetric = 'execution_rate' | 'mean_score';

/** Sequential ramp, light to dark; the darkest step keeps white labels readable. */
export const MAP_RAMP = ['#deebf7', '#9ecae1', '#4292c6', '#08519c'];

/** The colour range for a metric: rates from the lowest known (capped at 100%), scores from the lowest known. */
/** A map tooltip's rows for one place: execution rate, mean score, reports (the district and the places maps). */
export function placeTooltipRows(
	r: { execution_rate: number | null; mean_score: number | null; reports: number },
	l: ChartContext['locale']
): [string, string][] {
	return [
		[translate(l, 'col.executionRate'), formatPercent(r.execution_rate, l)],
		[translate(l, 'col.meanScore'), formatScore(r.mean_score, l)],
		[translate(l, 'col.reports'), formatCount(r.reports, l)]
	];
}

/** A map's continuous legend, bottom left, from min to max in the given colours. */
export function mapLegend(min: number, max: number, fmt: (x: number) => string, ctx: ChartContext, ramp: string[]) {
	return {
		type: 'continuous' as const,
		min,
		max,
		calculable: false,
		realtime: false,
		left: 8,
		bottom: 8,
		itemHeight: 90,
		text: [fmt(max), fmt(min)],
		textStyle: { color: ctx.ink },
		inRange: { color: ramp }
	};
}

export function metricRange(rows: ExecByDistrictRow[], metric: MapMetric): [number, number] {
	const vals = rows.map((r) => r[metric]).filter((v): v is number => v != null && Number.isFinite(v));
	if (vals.length === 0) return metric === 'mean_score' ? [60, 100] : [0, 1];
	const lo = Math.min(...vals);
	const hi = Math.max(...vals);
	if (lo === hi) return [lo - (metric === 'mean_score' ? 1 : 0.01), hi];
	return [lo, hi];
}

/** A choropleth of the districts coloured by `metric`; items carry the district name for click-through. */
export function districtMapOption(rows: ExecByDistrictRow[], ctx: ChartContext, metric: MapMetric = 'execution_rate', names: string[] = []): ChartOption {
	const l = ctx.locale;
	const fmt = (v: number | null) => (metric === 'mean_score' ? formatScore(v, l) : formatPercent(v, l));
	const title = translate(l, metric === 'mean_score' ? 'public.mapScore' : 'public.mapExec');
	const byName = new Map(rows.map((r) => [r.district, r]));
	const all = [...new Set([...names, ...rows.map((r) => r.district)])];
	const known = rows.filter((r) => r[metric] != null).sort((a, b) => b[metric]! - a[metric]!);
	// English pages: "Baiyun District (白云区)" in the description and tooltips, "Baiyun" on the map; the item keeps the Chinese name (click-through).
	const label = (name: string) => (ctx.place ? mapShortEn(ctx.place(name)) : shortName(name));
	const summary = known.map((r) => `${placeText(ctx, r.district)} ${fmt(r[metric])}`).join(l === 'en' ? ', ' : '、');
	const [min, max] = metricRange(rows, metric);
	return {
		...baseOption(ctx, translate(l, 'aria.bar', { title, n: known.length, summary }).replace(/柱状图|bar chart/i, l === 'en' ? 'map' : '地图')),
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (p: { name: string }) => {
				const r = byName.get(p.name);
				if (!r) return tooltipHtml(placeText(ctx, p.name), [[title, translate(l, 'public.mapNoData')]]);
				return tooltipHtml(placeText(ctx, r.district), placeTooltipRows(r, l));
			}
		},
		visualMap: mapLegend(min, max, fmt, ctx, MAP_RAMP),
		series: [
			{
				type: 'map',
				map: MAP_NAME,
				name: title,
				roam: false,
				cursor: 'pointer',
				selectedMode: false,
				layoutCenter: ['55%', '50%'],
				layoutSize: '95%',
				// Short names (越秀, not 越秀区; Yuexiu in English) and no label drawn over another: the small central districts crowd each other.
				label: {
					show: true,
					color: '#1f2328',
					fontSize: 10,
					textBorderColor: 'rgba(255,255,255,0.85)',
					textBorderWidth: 2,
					formatter: (p: { name: string }) => label(p.name)
				},
				labelLayout: { hideOverlap: true },
				itemStyle: { areaColor: '#d0d7de', borderColor: '#57606a', borderWidth: 0.8 },
				emphasis: { label: { show: true, color: '#000' }, itemStyle: { areaColor: '#E69F00' } },
				data: all.map((name) => ({ name, value: byName.get(name)?.[metric] ?? null }))
			}
		]
	};
}

/** A district's name without its 区/县/市 suffix, for map labels (越秀区 → 越秀); two-character names stay whole. */
export function shortName(name: string): string {
	return name.length > 2 ? name.replace(/[区县市旗]$/, '') : name;
}
