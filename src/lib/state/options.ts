/** The filter menus' choices: the dataset's, the user's own rows', and the value a link asks for. Pure. */
import type { FilterOptionRow } from '../queries';

const ZH = new Intl.Collator('zh-CN');

/**
 * Districts in one order everywhere (menus, heat maps): pinyin order of the official names, as zh-CN collation gives
 * it (one collator for every comparison: `localeCompare(b, 'zh-CN')` builds one per call, which over the country's
 * 41,000 streets took seconds).
 */
export function districtOrder(a: string, b: string): number {
	return ZH.compare(a, b);
}

/**
 * Streets listed while no district is chosen only up to this many: Guangzhou's ~180 are one menu, the whole
 * country's ~41,000 would be a menu nobody scrolls and that the page must build; there the street menu lists the
 * chosen district's streets (as it always does once a district is chosen).
 */
export const STREET_MENU_MAX = 2000;

/** The menus' values, each once: districts and streets in districtOrder, the others in the options' order. */
export interface MenuValues {
	district: string[];
	street: string[];
	/** Each district's streets, in districtOrder. */
	streetsOf: Map<string, string[]>;
	year: string[];
	evaluation_type: string[];
	grade: string[];
}

/** The menus' values of an option list, sorted once (a filter change then only looks them up). */
export function menuValues(options: readonly FilterOptionRow[]): MenuValues {
	const sets = {
		district: new Set<string>(),
		street: new Set<string>(),
		year: new Set<string>(),
		evaluation_type: new Set<string>(),
		grade: new Set<string>()
	};
	const of = new Map<string, Set<string>>();
	for (const o of options) {
		sets[o.kind].add(o.value);
		if (o.kind === 'street' && o.parent != null) {
			const s = of.get(o.parent) ?? new Set<string>();
			s.add(o.value);
			of.set(o.parent, s);
		}
	}
	return {
		district: [...sets.district].sort(districtOrder),
		street: [...sets.street].sort(districtOrder),
		streetsOf: new Map([...of].map(([d, s]) => [d, [...s].sort(districtOrder)])),
		year: [...sets.year],
		evaluation_type: [...sets.evaluation_type],
		grade: [...sets.grade]
	};
}

/** The street menu's values: the chosen district's streets, or with none chosen every street up to STREET_MENU_MAX. */
export function streetChoices(m: MenuValues, district: string | null, max = STREET_MENU_MAX): string[] {
	if (district != null) return m.streetsOf.get(district) ?? [];
	return m.street.length <= max ? m.street : [];
}

/** Both lists of options, each (kind, value, parent) once. */
export function mergeOptions(a: FilterOptionRow[], b: FilterOptionRow[]): FilterOptionRow[] {
	const seen = new Set<string>();
	const out: FilterOptionRow[] = [];
	for (const o of [...a, ...b]) {
		const k = `${o.kind}\u0000${o.value}\u0000${o.parent ?? ''}`;
		if (!seen.has(k)) {
			seen.add(k);
			out.push(o);
		}
	}
	return out;
}

/**
 * A menu's values with the value the URL asks for added when the data lack it (`?from=2026` before the user's
 * 2026 rows are loaded, or a shared link to a value this browser does not have): a select never shows blank
 * while a filter is on. With `sort`, `values` are already in that order (menuValues) and the added value goes
 * to its place; values already there come back as they are, the same array.
 */
export function withCurrent<T extends string | number>(values: T[], current: T | null, sort?: (a: T, b: T) => number): T[] {
	if (current == null || values.includes(current)) return values;
	return sort ? [...values, current].sort(sort) : [...values, current];
}

/** The year menus' choices: the data's years and any year the URL asks for, ascending, each once. */
export function yearChoices(values: string[], asked: (number | null)[]): number[] {
	const ys = new Set(values.map(Number).filter(Number.isFinite));
	for (const y of asked) if (y != null) ys.add(y);
	return [...ys].sort((a, b) => a - b);
}
