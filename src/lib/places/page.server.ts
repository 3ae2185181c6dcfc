/**
 * Build-time data of the place pages (/places/…, /compare): what the native connector answers, with English
 * labels computed here (pinyin-pro stays out of the browser bundle).
 */
import { buildConnector } from '../db/dataset.server';
import type { Connector } from '../db/connector';
import { DETAIL_PLAN } from '../sqltext/plan';
import { englishLabel, englishPlace, type NameLevel } from './english';
import { levelGeo } from './geo.server';
import { PLACE_MAP_SIZE, mapShortEn, mapShortZh, placeMapOption, type PlaceMapData } from './map';
import { registerPlaceMap } from './register-map';
import { TILES_WIDTH, streetTilesOption, tileLayout } from './tiles';
import { svgOf } from '../charts/load.server';
import { SSR_INK } from '../charts/palette';
import { LEVELS, breadcrumbs, emptySelection, levelIndex, shownLevel, startLevel, type Level, type PlaceSelection, type ShownLevel } from './hierarchy';
import {
	anyPlace,
	compareQuery,
	placeCountsQuery,
	placeOptionsQuery,
	placeReportsQuery,
	placeRowsQuery,
	rankQuery,
	type CompareRow,
	type PlaceReportRow,
	type PlaceRow,
	type RankRow
} from './queries';

/** The path of a selection under /places: its single names top down, from the province. */
export function placePath(sel: PlaceSelection): string {
	const segs: string[] = [];
	for (const l of LEVELS) {
		if (sel[l].length !== 1) break;
		segs.push(encodeURIComponent(sel[l][0]));
	}
	return segs.length ? `/places/${segs.join('/')}` : '/places';
}

/** The selection a /places path names (segments top down from the province). */
export function selectionOfPath(path: string): PlaceSelection {
	const sel = emptySelection();
	path
		.split('/')
		.filter(Boolean)
		.slice(0, LEVELS.length)
		.forEach((s, i) => (sel[LEVELS[i]] = [s]));
	return sel;
}

async function db(): Promise<Connector> {
	return buildConnector();
}

/** Where the overview starts for the whole dataset. */
export async function datasetStart(): Promise<Level> {
	const c = await db();
	const [n] = await c.query<{ provinces: number; cities: number }>(placeCountsQuery(anyPlace(), c.plan ?? DETAIL_PLAN));
	return startLevel(n ?? { provinces: 0, cities: 0 });
}

/** Every /places path to prerender: the top, then each place with reports from the start level down. */
export async function placeEntries(): Promise<string[]> {
	const c = await db();
	const start = await datasetStart();
	const rows = await c.query<Record<Level, string | null>>(
		`SELECT DISTINCT province, city, district, street FROM reports WHERE province IS NOT NULL AND city IS NOT NULL ORDER BY ALL`
	);
	const out = new Set<string>(['']);
	for (const r of rows)
		for (let i = levelIndex(start); i < LEVELS.length; i++) {
			const chain = LEVELS.slice(0, i + 1).map((l) => r[l]);
			if (chain.some((x) => x == null)) break;
			out.add(chain.join('/'));
		}
	return [...out];
}

/** A name's label on the page: the Chinese name, or "Baiyun District (白云区)" in English. */
function labeller(lang: 'zh' | 'en') {
	return (name: string | null | undefined, level: NameLevel) => (name == null ? '' : lang === 'en' ? englishLabel(name, level) : name);
}

/** A child row with its label, link and rank. */
export interface ChildRow extends PlaceRow {
	name: string;
	label: string;
	href: string;
	rank: number | null;
	rank_of: number | null;
	/** The row's parents (to drill into a row of a multi-valued level). */
	selection: PlaceSelection;
}

/** Everything a /places page shows. */
export interface PlacePage {
	start: Level;
	shown: ShownLevel;
	selection: PlaceSelection;
	/** The current place (deepest single name of the walk) and its level; null at the top. */
	current: { level: Level; name: string; label: string } | null;
	crumbs: { label: string; href: string; level: Level | null }[];
	kpi: CompareRow | null;
	ranks: { inParent: RankRow | null; parentLabel: string | null };
	children: ChildRow[];
	reports: PlaceReportRow[];
	/** "districts like mine": same parent, closest budget (a /compare link), for a district or street. */
	peers: { href: string; labels: string[] } | null;
	/** English labels of every name the page shows (for the browser's re-query under filters). */
	labels: Record<string, string>;
	/** Values for the multi-select filters. */
	options: { years: number[]; types: string[]; grades: string[] };
	/** The map of the level shown (country by province, province by city, city by district), or null (streets, reports, no geometry). */
	map: PlaceMapData | null;
	/** A district's streets as a tile grid (no street boundaries exist to map): short labels and the prerendered SVG; null at other levels. */
	tiles: PlaceTilesData | null;
}

/** What a /places page needs to draw its streets' tile grid. */
export interface PlaceTilesData {
	/** Short labels per street (石门; Shimen in English). */
	short: Record<string, string>;
	svg: string | null;
	width: number;
	height: number;
}

/** The tile grid of a district's streets (the level shown is streets), or null. */
export function levelTiles(shown: ShownLevel, children: ChildRow[], lang: 'zh' | 'en'): PlaceTilesData | null {
	if (shown !== 'street' || !children.length) return null;
	const short: Record<string, string> = {};
	for (const c of children) short[c.name] = lang === 'en' ? mapShortEn(englishPlace(c.name, 'street')) : mapShortZh(c.name);
	const items = children.map((c) => ({ name: c.name, label: c.label, reports: c.reports, execution_rate: c.execution_rate, mean_score: c.mean_score }));
	const { height } = tileLayout(items.length);
	const svg = svgOf(
		streetTilesOption(items, (n) => short[n] ?? n, { locale: lang, ink: SSR_INK }),
		true,
		height,
		TILES_WIDTH
	);
	return { short, svg, width: TILES_WIDTH, height };
}

/** The names above `shown` that all of `children` share (the parent the map draws), or null when they differ. */
function mapPath(shown: Level, children: ChildRow[]): string[] | null {
	const path: string[] = [];
	for (const l of LEVELS.slice(0, levelIndex(shown))) {
		const vals = new Set(children.map((c) => (c as unknown as Record<string, string | null>)[l]));
		if (vals.size !== 1) return null;
		const [v] = [...vals];
		if (v == null) return null;
		path.push(v);
	}
	return path;
}

/** The map of a /places level: its geometry's names, short labels in `lang` and the prerendered SVG. */
export function levelMap(shown: Level, children: ChildRow[], lang: 'zh' | 'en'): PlaceMapData | null {
	if (shown === 'street' || !children.length) return null;
	const path = mapPath(shown, children);
	const geo = path && levelGeo(path);
	if (!path || !geo) return null;
	const key = path.length ? path.join('/') : 'country';
	registerPlaceMap(key, geo);
	const names = geo.features.map((f) => f.properties.name);
	const short: Record<string, string> = {};
	for (const n of names) short[n] = lang === 'en' ? mapShortEn(englishPlace(n, shown)) : mapShortZh(n);
	const items = children.map((c) => ({ name: c.name, label: c.label, reports: c.reports, execution_rate: c.execution_rate, mean_score: c.mean_score }));
	const inMap = items.some((i) => names.includes(i.name));
	const { width, height } = PLACE_MAP_SIZE;
	const svg = svgOf(placeMapOption(items, names, short, key, { locale: lang, ink: SSR_INK }), inMap, height, width);
	return { key, names, short, svg, width, height };
}

/** The key of every level's map a build needs (the geometry files under /geo/): as the place pages draw them. */
export async function mapKeys(): Promise<string[]> {
	const c = await db();
	const start = await datasetStart();
	const rows = await c.query<{ province: string; city: string }>(
		`SELECT DISTINCT province, city FROM reports WHERE province IS NOT NULL AND city IS NOT NULL ORDER BY ALL`
	);
	const keys = new Set<string>();
	if (start === 'province') keys.add('country');
	for (const r of rows) {
		if (start !== 'district') keys.add(r.province);
		keys.add(`${r.province}/${r.city}`);
	}
	return [...keys].filter((k) => levelGeo(k === 'country' ? [] : k.split('/')) != null);
}

/** The page at `path` in `lang`, or null when the path names no place with reports. */
export async function placePage(path: string, lang: 'zh' | 'en'): Promise<PlacePage | null> {
	const c = await db();
	const plan = c.plan ?? DETAIL_PLAN;
	const start = await datasetStart();
	const sel = selectionOfPath(path);
	const shown = shownLevel(sel, start);
	const L = labeller(lang);
	const f = anyPlace({ places: sel });
	const [kpi] = await c.query<CompareRow>(compareQuery([{ key: 'here', filters: f }]));
	if (path && (!kpi || kpi.reports === 0)) return null;

	const crumbs = breadcrumbs(sel, start).map((cr) => ({
		level: cr.level,
		label: cr.level == null ? '' : L(cr.name, cr.level),
		href: placePath(cr.selection)
	}));
	const deepest = crumbs.length > 1 ? crumbs[crumbs.length - 1] : null;
	const current = deepest ? { level: deepest.level!, name: sel[deepest.level!][0], label: deepest.label } : null;

	let inParent: RankRow | null = null;
	let parentLabel: string | null = null;
	if (current) {
		const rows = await c.query<RankRow>(rankQuery(current.level, f, plan));
		inParent = rows[0] ?? null;
		const pl = LEVELS[levelIndex(current.level) - 1];
		parentLabel = pl ? L(sel[pl][0] ?? null, pl) || null : null;
	}

	let children: ChildRow[] = [];
	let reports: PlaceReportRow[] = [];
	if (shown === 'report') reports = await c.query<PlaceReportRow>(placeReportsQuery(f));
	else {
		const rows = await c.query<PlaceRow>(placeRowsQuery(shown, f, plan));
		const ranks = await c.query<RankRow>(rankQuery(shown, f, plan));
		const key = (r: Partial<Record<Level, string | null>>) => LEVELS.map((l) => r[l] ?? '').join('/');
		const rankBy = new Map(ranks.map((r) => [key(r), r]));
		children = rows.map((r) => {
			const name = (r as unknown as Record<string, string>)[shown];
			const rs = emptySelection();
			for (const l of LEVELS.slice(0, levelIndex(shown) + 1)) {
				const v = (r as unknown as Record<string, string | null>)[l];
				if (v != null) rs[l] = [v];
			}
			const k = rankBy.get(key(r));
			return { ...r, name, label: L(name, shown), href: placePath(rs), rank: k?.rank_in_parent ?? null, rank_of: k?.of_in_parent ?? null, selection: rs };
		});
	}

	// Peers: the 3 places of the same parent whose budget is closest to this one's.
	let peers: PlacePage['peers'] = null;
	if (current && (current.level === 'district' || current.level === 'city' || current.level === 'street')) {
		const parentSel = emptySelection();
		for (const l of LEVELS.slice(0, levelIndex(current.level))) parentSel[l] = [...sel[l]];
		const sibs = await c.query<PlaceRow>(placeRowsQuery(current.level, anyPlace({ places: parentSel }), plan));
		const me = kpi?.budget_wan ?? 0;
		const others = sibs
			.map((s) => ({ name: (s as unknown as Record<string, string>)[current.level], budget: s.budget_wan ?? 0 }))
			.filter((s) => s.name !== current.name)
			.sort((a, b) => Math.abs(a.budget - me) - Math.abs(b.budget - me) || a.name.localeCompare(b.name))
			.slice(0, 3);
		if (others.length) {
			const q = new URLSearchParams();
			for (const l of LEVELS.slice(0, levelIndex(current.level))) for (const v of sel[l]) q.append(l, v);
			for (const n of [current.name, ...others.map((o) => o.name)]) q.append(current.level, n);
			peers = { href: `/compare?${q}`, labels: others.map((o) => L(o.name, current.level)) };
		}
	}

	const map = shown === 'report' ? null : levelMap(shown, children, lang);
	const opts = await c.query<{ k: string; v: string }>(placeOptionsQuery());
	const labels: Record<string, string> = {};
	if (lang === 'en') for (const ch of children) labels[ch.name] = ch.label;
	return {
		start,
		shown,
		selection: sel,
		current,
		crumbs,
		kpi: kpi ?? null,
		ranks: { inParent, parentLabel },
		children,
		reports,
		peers,
		labels,
		options: {
			years: opts
				.filter((o) => o.k === 'year')
				.map((o) => Number(o.v))
				.sort((a, b) => b - a),
			types: opts.filter((o) => o.k === 'type').map((o) => o.v),
			grades: opts.filter((o) => o.k === 'grade').map((o) => o.v)
		},
		map,
		tiles: levelTiles(shown, children, lang)
	};
}

/** Every place of the data with its chain and English label: the /compare page's menus. */
export async function placeMenu(lang: 'zh' | 'en'): Promise<{ level: Level; value: string; parents: string; label: string }[]> {
	const c = await db();
	const rows = await c.query<Record<Level, string>>(`SELECT DISTINCT province, city, district FROM reports WHERE district IS NOT NULL ORDER BY ALL`);
	const L = labeller(lang);
	const out: { level: Level; value: string; parents: string; label: string }[] = [];
	const seen = new Set<string>();
	for (const r of rows)
		for (const l of ['province', 'city', 'district'] as Level[]) {
			const v = r[l];
			if (v == null) continue;
			const parents = LEVELS.slice(0, levelIndex(l))
				.map((x) => r[x])
				.filter(Boolean)
				.join(' / ');
			const k = `${l}|${parents}|${v}`;
			if (seen.has(k)) continue;
			seen.add(k);
			out.push({ level: l, value: v, parents, label: L(v, l) });
		}
	return out;
}
