import { DEFAULT_FILTERS, type Filters } from '../queries/filters';

/** URL query parameter for each filter field (short, readable, stable: links are shared). */
export const PARAM: Record<keyof Filters, string> = {
	district: 'district',
	street: 'street',
	yearFrom: 'from',
	yearTo: 'to',
	evaluationType: 'type',
	grade: 'grade',
	source: 'source'
};

const SOURCES = new Set(['all', 'real', 'synthetic', 'user']);

function text(v: string | null): string | null {
	const s = v?.trim();
	return s ? s.slice(0, 100) : null;
}

function year(v: string | null): number | null {
	if (v == null || !/^\s*\d{4}\s*$/.test(v)) return null;
	const y = Number(v);
	return y >= 1990 && y <= 2100 ? y : null;
}

/** Filters from a URL query; unknown or malformed values fall back to "any". */
export function parseFilters(q: URLSearchParams): Filters {
	const source = q.get(PARAM.source);
	let yearFrom = year(q.get(PARAM.yearFrom));
	let yearTo = year(q.get(PARAM.yearTo));
	if (yearFrom != null && yearTo != null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
	return {
		district: text(q.get(PARAM.district)),
		street: text(q.get(PARAM.street)),
		yearFrom,
		yearTo,
		evaluationType: text(q.get(PARAM.evaluationType)),
		grade: text(q.get(PARAM.grade)),
		source: source && SOURCES.has(source) ? (source as Filters['source']) : 'all'
	};
}

/** The query string (without '?') for filters; defaults are left out so URLs stay short. The language is in the path. */
export function serialiseFilters(f: Filters): string {
	const q = new URLSearchParams();
	for (const key of Object.keys(PARAM) as (keyof Filters)[]) {
		const v = f[key];
		if (v == null || v === DEFAULT_FILTERS[key]) continue;
		q.set(PARAM[key], String(v));
	}
	return q.toString();
}

/** True when no filter narrows the data. */
export function isDefault(f: Filters): boolean {
	return (Object.keys(PARAM) as (keyof Filters)[]).every((k) => f[k] === DEFAULT_FILTERS[k]);
}

/** Same filters? (field by field) */
export function sameFilters(a: Filters, b: Filters): boolean {
	return (Object.keys(PARAM) as (keyof Filters)[]).every((k) => a[k] === b[k]);
}

/** A path with the query for the given filters appended. */
export function withQuery(path: string, f: Filters): string {
	const q = serialiseFilters(f);
	return q ? `${path}?${q}` : path;
}
