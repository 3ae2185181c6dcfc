/**
 * What /compare puts side by side, read from its URL: 2–4 places (the deepest level given with several values:
 * `district=A&district=B`, a name qualified by its parents as `贵阳市/白云区` where a name is in several cities)
 * or, when no level has several, 2–4 years (`year=2022&year=2023`). Levels with one value frame every group.
 * Pure; the browser runs places/queries.ts compare builders on the groups.
 */
import { LEVELS, emptySelection, levelIndex, multiParam, type Level } from './hierarchy';
import { anyPlace, type CompareGroup } from './queries';

/** At most this many columns side by side. */
export const MAX_COMPARE = 4;

/** A group with what its column header shows. */
export interface CompareColumn extends CompareGroup {
	/** The name compared (a place name or a year) and the parents that qualify it. */
	name: string;
	parents: string[];
	level: Level | 'year';
}

/** The comparison a URL asks for: its columns (none when fewer than two), and whether some were dropped. */
export interface CompareSpec {
	kind: 'place' | 'year' | null;
	columns: CompareColumn[];
	truncated: boolean;
}

function years(q: URLSearchParams): number[] {
	return multiParam(q, 'year')
		.filter((v) => /^\d{4}$/.test(v))
		.map(Number)
		.filter((y) => y >= 1990 && y <= 2100);
}

/** Reads the comparison from a URL query. */
export function compareSpec(q: URLSearchParams): CompareSpec {
	const values: Record<Level, string[]> = emptySelection();
	for (const l of LEVELS) values[l] = multiParam(q, l);
	const ys = years(q);
	const types = multiParam(q, 'type');
	const grades = multiParam(q, 'grade');
	const multi = [...LEVELS].reverse().find((l) => values[l].length >= 2) ?? null;
	const common = emptySelection();
	for (const l of LEVELS) if (l !== multi && values[l].length === 1) common[l] = [...values[l]];
	if (multi) {
		const all = values[multi];
		const cols = all.slice(0, MAX_COMPARE).map((v): CompareColumn => {
			const segs = v
				.split('/')
				.map((s) => s.trim())
				.filter(Boolean);
			const name = segs[segs.length - 1] ?? v;
			const places = { ...common, [multi]: [name] };
			const above = LEVELS.slice(0, levelIndex(multi));
			const qual = segs.slice(0, -1).slice(-above.length);
			// Qualifying names fill the levels just above, nearest last: 贵阳市/白云区 → city 贵阳市.
			qual.forEach((s, i) => (places[above[above.length - qual.length + i]] = [s]));
			const parents = above.flatMap((l) => places[l]);
			return { key: v, name, parents, level: multi, filters: anyPlace({ places, years: ys, types, grades }) };
		});
		return { kind: cols.length >= 2 ? 'place' : null, columns: cols.length >= 2 ? cols : [], truncated: all.length > MAX_COMPARE };
	}
	if (ys.length >= 2) {
		const parents = LEVELS.flatMap((l) => common[l]);
		const cols = ys.slice(0, MAX_COMPARE).map((y): CompareColumn => ({
			key: String(y),
			name: String(y),
			parents,
			level: 'year',
			filters: anyPlace({ places: common, years: [y], types, grades })
		}));
		return { kind: 'year', columns: cols, truncated: ys.length > MAX_COMPARE };
	}
	return { kind: null, columns: [], truncated: false };
}

/** Which columns hold the highest and the lowest value of a row (null when all equal or fewer than two known). */
export function extremes(values: readonly (number | null | undefined)[]): { hi: number[]; lo: number[] } | null {
	const known = values.map((v, i) => [v, i] as const).filter((x): x is readonly [number, number] => x[0] != null && Number.isFinite(x[0]));
	if (known.length < 2) return null;
	const max = Math.max(...known.map((x) => x[0]));
	const min = Math.min(...known.map((x) => x[0]));
	if (max - min < 1e-9) return null;
	return { hi: known.filter((x) => x[0] === max).map((x) => x[1]), lo: known.filter((x) => x[0] === min).map((x) => x[1]) };
}
