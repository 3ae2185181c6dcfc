/** The filter menus' choices: the dataset's, the user's own rows', and the value a link asks for. Pure. */
import type { FilterOptionRow } from '../queries';

/** Districts in one order everywhere (menus, heat maps): pinyin order of the official names, as zh-CN collation gives it. */
export function districtOrder(a: string, b: string): number {
	return a.localeCompare(b, 'zh-CN');
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
 * while a filter is on.
 */
export function withCurrent<T extends string | number>(values: T[], current: T | null, sort?: (a: T, b: T) => number): T[] {
	const out = current == null || values.includes(current) ? values : [...values, current];
	return sort ? [...out].sort(sort) : out;
}

/** The year menus' choices: the data's years and any year the URL asks for, ascending, each once. */
export function yearChoices(values: string[], asked: (number | null)[]): number[] {
	const ys = new Set(values.map(Number).filter(Number.isFinite));
	for (const y of asked) if (y != null) ys.add(y);
	return [...ys].sort((a, b) => a - b);
}
