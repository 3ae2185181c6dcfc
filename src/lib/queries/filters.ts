/** Dashboard filter state and its translation into conditions on reports. */
import { and, num, str } from './sql';

/** What the leadership dashboard filters on; null means "any". */
export interface Filters {
	district: string | null;
	street: string | null;
	yearFrom: number | null;
	yearTo: number | null;
	evaluationType: string | null;
	grade: string | null;
	/** 'user': only the rows added in this browser on /data (the views' user_data flag; browser only). */
	source: 'all' | 'real' | 'synthetic' | 'user';
}

/** No filter: every report. */
export const DEFAULT_FILTERS: Filters = Object.freeze({
	district: null,
	street: null,
	yearFrom: null,
	yearTo: null,
	evaluationType: null,
	grade: null,
	source: 'all'
}) as Filters;

/** Filter keys a query may choose to ignore (e.g. the evaluation comparison ignores evaluationType). */
export type FilterKey = keyof Filters;

/** The filter's conditions on the reports table aliased `alias`, as a list (empty when unfiltered). */
export function reportConditions(f: Filters, alias = 'r', ignore: FilterKey[] = []): string[] {
	const c: string[] = [];
	const on = (k: FilterKey) => !ignore.includes(k);
	if (f.district != null && on('district')) c.push(`${alias}.district = ${str(f.district)}`);
	if (f.street != null && on('street')) c.push(`${alias}.street = ${str(f.street)}`);
	if (f.yearFrom != null && on('yearFrom')) c.push(`${alias}.year >= ${num(f.yearFrom)}`);
	if (f.yearTo != null && on('yearTo')) c.push(`${alias}.year <= ${num(f.yearTo)}`);
	if (f.evaluationType != null && on('evaluationType')) c.push(`${alias}.evaluation_type = ${str(f.evaluationType)}`);
	if (f.grade != null && on('grade')) c.push(`${alias}.grade = ${str(f.grade)}`);
	if (on('source')) {
		if (f.source === 'real') c.push(`NOT ${alias}.synthetic`);
		else if (f.source === 'synthetic') c.push(`${alias}.synthetic`);
		else if (f.source === 'user') c.push(`${alias}.user_data`);
		else if (f.source !== 'all') throw new RangeError(`filters: unknown source ${String(f.source)}`);
	}
	return c;
}

/** The filter as one boolean SQL expression over reports aliased `alias` ('TRUE' when unfiltered). */
export function reportWhere(f: Filters, alias = 'r', extra: string[] = [], ignore: FilterKey[] = []): string {
	return and([...reportConditions(f, alias, ignore), ...extra]);
}
