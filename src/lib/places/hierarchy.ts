/**
 * The place hierarchy of the dashboard: province → city → district (区/县/县级市/旗) → street (街道/镇/乡) →
 * report, with the levels the data actually has. Pure: no DuckDB, no DOM.
 *
 * - `startLevel` says where the overview starts from the places present: one city → its districts (the
 *   Guangzhou view as before), several cities of one province → cities, several provinces → provinces.
 * - A selection (`PlaceSelection`) holds zero or more names per level; the URL carries it as `province`,
 *   `city`, `district`, `street` (repeated parameters or comma lists, both read).
 * - `shownLevel` is what a selection drills to: the level below the deepest level holding exactly one name
 *   (a street selected alone shows its reports); several names at a level show that level, side by side.
 * - `breadcrumbs` lists the way back up, each crumb with the selection it links to.
 */

/** Levels of the place hierarchy, top down. */
export const LEVELS = ['province', 'city', 'district', 'street'] as const;
/** One level of places. */
export type Level = (typeof LEVELS)[number];
/** What a view lists: places of a level, or (below a street) the reports themselves. */
export type ShownLevel = Level | 'report';

/** Names selected per level (empty: any). */
export type PlaceSelection = Record<Level, string[]>;

/** No place selected. */
export const NO_PLACES: PlaceSelection = Object.freeze({
	province: Object.freeze([]) as unknown as string[],
	city: Object.freeze([]) as unknown as string[],
	district: Object.freeze([]) as unknown as string[],
	street: Object.freeze([]) as unknown as string[]
});

/** Distinct non-null places in the data, per level (what `startLevel` decides on). */
export interface PlaceCounts {
	provinces: number;
	cities: number;
}

/** At most this many names per level are kept from a URL (a comparison takes 2–4; filters a few more). */
export const MAX_PER_LEVEL = 20;
/** A longer name is no place name (the longest county-level names are under 20 characters). */
const MAX_NAME = 60;

/**
 * The level the overview starts at: several provinces → province; several cities → city; otherwise (one city
 * or none resolved) → district, today's single-city view.
 */
export function startLevel(c: PlaceCounts): Level {
	if (c.provinces > 1) return 'province';
	if (c.cities > 1) return 'city';
	return 'district';
}

/** The index of a level in LEVELS. */
export function levelIndex(l: Level): number {
	return LEVELS.indexOf(l);
}

/** The level below `l` ('report' below a street). */
export function childLevel(l: Level): ShownLevel {
	return l === 'street' ? 'report' : LEVELS[levelIndex(l) + 1];
}

/**
 * The level a selection shows, starting from `start`: walk down from `start` while a level holds exactly one
 * name; the first level with none or several names is shown (several: side by side). A single street shows
 * its reports. Names above `start` narrow the data but do not change where the walk begins.
 */
export function shownLevel(sel: PlaceSelection, start: Level): ShownLevel {
	for (let i = levelIndex(start); i < LEVELS.length; i++) {
		const n = sel[LEVELS[i]].length;
		if (n !== 1) return LEVELS[i];
	}
	return 'report';
}

/** The selection after clicking `name` at `level`: that level set to it, every level below cleared. */
export function drillTo(sel: PlaceSelection, level: Level, name: string, parents: Partial<Record<Level, string>> = {}): PlaceSelection {
	const out = emptySelection();
	const at = levelIndex(level);
	for (let i = 0; i < at; i++) {
		const l = LEVELS[i];
		out[l] = parents[l] != null ? [parents[l]!] : [...sel[l]];
	}
	out[level] = [name];
	return out;
}

/** The selection cut at `level`: that level and every level below cleared (a breadcrumb's target). */
export function upTo(sel: PlaceSelection, level: Level): PlaceSelection {
	const out = emptySelection();
	for (let i = 0; i < levelIndex(level); i++) out[LEVELS[i]] = [...sel[LEVELS[i]]];
	return out;
}

/** A fresh selection with no names. */
export function emptySelection(): PlaceSelection {
	return { province: [], city: [], district: [], street: [] };
}

/** One step of the way back up. */
export interface Crumb {
	/** null: the top (全国 / the whole city, whatever `start` is). */
	level: Level | null;
	/** The place's name at that level (null at the top). */
	name: string | null;
	/** Where the crumb links to. */
	selection: PlaceSelection;
}

/**
 * Breadcrumbs from the top of `start` down to the deepest single name of the walk (see `shownLevel`). The top
 * crumb clears every level from `start` down (names above `start` stay: they are the data's frame); the last
 * crumb is the current place.
 */
export function breadcrumbs(sel: PlaceSelection, start: Level): Crumb[] {
	const crumbs: Crumb[] = [{ level: null, name: null, selection: upTo(sel, start) }];
	for (let i = levelIndex(start); i < LEVELS.length; i++) {
		const l = LEVELS[i];
		if (sel[l].length !== 1) break;
		const s = upTo(sel, l);
		s[l] = [sel[l][0]];
		crumbs.push({ level: l, name: sel[l][0], selection: s });
	}
	return crumbs;
}

/** One name read from a URL value: trimmed, bounded, no control characters; null when not a name. */
function cleanName(v: string): string | null {
	const s = v.trim();
	if (!s || s.length > MAX_NAME || /[\u0000-\u001f\u007f]/.test(s)) return null;
	return s;
}

/**
 * Values of a multi-valued URL parameter: repeated (`district=A&district=B`) or comma lists
 * (`district=A,B`; full-width ， and 、 too), trimmed, de-duplicated in order, at most MAX_PER_LEVEL.
 */
export function multiParam(q: URLSearchParams, key: string, max = MAX_PER_LEVEL): string[] {
	const out: string[] = [];
	for (const raw of q.getAll(key)) {
		for (const part of raw.split(/[,，、]/)) {
			const v = cleanName(part);
			if (v != null && !out.includes(v) && out.length < max) out.push(v);
		}
	}
	return out;
}

/** The place selection in a URL query. */
export function parsePlaces(q: URLSearchParams): PlaceSelection {
	const out = emptySelection();
	for (const l of LEVELS) out[l] = multiParam(q, l);
	return out;
}

/** Writes the selection into `q` as repeated parameters (replacing any there), top level first. */
export function writePlaces(q: URLSearchParams, sel: PlaceSelection): URLSearchParams {
	for (const l of LEVELS) {
		q.delete(l);
		for (const v of sel[l]) q.append(l, v);
	}
	return q;
}

/** The selection as a query string (without '?'; empty when nothing is selected). */
export function serialisePlaces(sel: PlaceSelection): string {
	return writePlaces(new URLSearchParams(), sel).toString();
}

/** Same names at every level, in the same order? */
export function samePlaces(a: PlaceSelection, b: PlaceSelection): boolean {
	return LEVELS.every((l) => a[l].length === b[l].length && a[l].every((v, i) => b[l][i] === v));
}

/** The parents of a row at `level` (its province, city, district as far as above `level`). */
export function parentsOf(row: Partial<Record<Level, string | null>>, level: Level): Partial<Record<Level, string>> {
	const out: Partial<Record<Level, string>> = {};
	for (let i = 0; i < levelIndex(level); i++) {
		const v = row[LEVELS[i]];
		if (v != null) out[LEVELS[i]] = v;
	}
	return out;
}
