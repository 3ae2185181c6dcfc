/**
 * Answers before the engine (issue 17): at build time the native engine runs each dashboard page's queries for
 * every single-filter state (each district, street, year, evaluation type, grade and source) and writes the
 * results as one small JSON file per page and dimension (`/answers/<page>/<dimension>.json`, routes/answers).
 * Until DuckDB-WASM is ready, a page that changes to, or opens on, one of those states draws these rows at once;
 * combinations wait for the engine. Pure: which states exist, their keys, which file holds a state.
 */
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import type { FilterOptionRow } from '../queries/options';
import { serialiseFilters } from '../state/url';

/**
 * The dashboard pages with answer files (keys of PAGE_QUERIES whose filters are the URL's, not a path's). The report
 * list needs none: its prerendered rows hold every report and the columns the filters test (reportsBefore).
 */
export const ANSWER_PAGES = ['overview', 'districts', 'streets', 'years', 'indicators', 'findings', 'review'] as const;
export type AnswerPage = (typeof ANSWER_PAGES)[number];

/** One file per dimension: the filter it sets. */
export const ANSWER_DIMS = ['district', 'street', 'year', 'type', 'grade', 'source'] as const;
export type AnswerDim = (typeof ANSWER_DIMS)[number];

/**
 * A district's and a street's own page (`/districts/[name]`, `/streets/[name]`): their path fixes the place, so a
 * single filter on them (a year, a type, a grade, a source; a street on a district's page) is one state per place.
 * One file per page and dimension holds every place's states; the report list is the page's prerendered one
 * (every report of the place) filtered in the browser, as on /reports, so the files leave it out.
 */
export const PLACE_PAGES = ['district', 'street'] as const;
export type PlacePage = (typeof PLACE_PAGES)[number];

/** The dimensions a place page's files cover (its own place is no dimension: the path sets it). */
export const PLACE_DIMS: Record<PlacePage, readonly AnswerDim[]> = {
	district: ['street', 'year', 'type', 'grade', 'source'],
	street: ['year', 'type', 'grade', 'source']
};

/** The queries of a place page the files leave out: the report list (filterReportRows over the prerendered list). */
export const PLACE_OMIT = ['reports'] as const;

/** The filters a place page's path fixes, cleared: what is left is the reader's choice. */
function unscoped(page: PlacePage, f: Filters): Filters {
	return page === 'district' ? { ...f, district: null } : { ...f, district: null, street: null };
}

/**
 * The file of place page `page` that holds `f` (the page's scoped filters: its place plus the reader's choice), or
 * null when the choice is none (the prerendered state) or a combination.
 */
export function placeAnswerDim(page: PlacePage, f: Filters): AnswerDim | null {
	const dim = answerDim(unscoped(page, f));
	return dim && PLACE_DIMS[page].includes(dim) ? dim : null;
}

/**
 * Every state of place page `page` and dimension `dim`: each place (a district; a street with the district its page
 * shows, the first listed, as routes/streets/[name] picks it) under each single-filter state of `dim`
 * (answerStates; on a district's page, only that district's streets).
 */
export function placeAnswerStates(options: FilterOptionRow[], page: PlacePage, dim: AnswerDim): Filters[] {
	const places: { district: string; street: string | null }[] = [];
	const seen = new Set<string>();
	for (const o of options) {
		if (page === 'district' && o.kind === 'district') places.push({ district: o.value, street: null });
		if (page === 'street' && o.kind === 'street' && o.parent != null && !seen.has(o.value)) {
			seen.add(o.value);
			places.push({ district: o.parent, street: o.value });
		}
	}
	const states = answerStates(options, dim);
	return places.flatMap((p) =>
		dim === 'street'
			? options.filter((o) => o.kind === 'street' && o.parent === p.district).map((o) => F({ district: p.district, street: o.value }))
			: states.map((s) => ({ ...s, district: p.district, street: p.street }))
	);
}

/** One answer file: the data version it was computed from and each state's rows by query name. */
export interface AnswerPack {
	version: string | null;
	page: AnswerPage | PlacePage;
	dim: AnswerDim;
	/** By answerKey(filters). */
	states: Record<string, Record<string, unknown[]>>;
	/** A state whose rows are another's (a street alone and the street within its district): key → key in states. */
	same?: Record<string, string>;
	/** How many states the file would have held when past ANSWER_STATE_LIMIT: it holds none (the engine answers them). */
	skipped?: number;
}

/**
 * The most states one answer file computes at build time. Past it the file is written without states and those
 * filters wait for the engine, as combinations do: a dataset over the whole country has ~41,000 streets, and its
 * street files would run every page's queries for every street (twice: alone and within its district), and a
 * street's own page for every street under every year. The bundled Guangzhou data needs at most 2,646 (a street's
 * page by year: 126 streets × 21 year states), so it keeps every file.
 */
export const ANSWER_STATE_LIMIT = 10_000;

/** The states a file computes: all of them, or none when there are more than `limit` (then how many: `skipped`). */
export function capStates(states: Filters[], limit = ANSWER_STATE_LIMIT): { states: Filters[]; skipped?: number } {
	return states.length > limit ? { states: [], skipped: states.length } : { states };
}

/** The key of a filter state within its file: its URL query (defaults left out), stable and readable. */
export function answerKey(f: Filters): string {
	return serialiseFilters(f);
}

/**
 * The file that holds the answers for `f`, or null when `f` is the unfiltered state (prerendered in the page) or
 * sets more than one dimension (a combination: DuckDB answers). A street with or without its district is the
 * street's; a year range of one bound or of one year is the year's.
 */
export function answerDim(f: Filters): AnswerDim | null {
	const set: AnswerDim[] = [];
	if (f.street != null) set.push('street');
	else if (f.district != null) set.push('district');
	if (f.yearFrom != null || f.yearTo != null) set.push('year');
	if (f.evaluationType != null) set.push('type');
	if (f.grade != null) set.push('grade');
	if (f.source !== 'all') set.push('source');
	return set.length === 1 && f.source !== 'user' ? set[0] : null;
}

const F = (over: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...over });

/**
 * Every state of dimension `dim` the files cover, from the filter choices the pages offer (layout's
 * filterOptionsQuery): each district; each street alone and within its district; each year as from, to, and
 * from = to; each evaluation type and grade; real and synthetic reports.
 */
export function answerStates(options: FilterOptionRow[], dim: AnswerDim): Filters[] {
	const of = (kind: FilterOptionRow['kind']) => options.filter((o) => o.kind === kind);
	switch (dim) {
		case 'district':
			return of('district').map((o) => F({ district: o.value }));
		case 'street':
			return of('street').flatMap((o) => [F({ street: o.value }), ...(o.parent != null ? [F({ district: o.parent, street: o.value })] : [])]);
		case 'year':
			return of('year')
				.map((o) => Number(o.value))
				.filter(Number.isFinite)
				.flatMap((y) => [F({ yearFrom: y }), F({ yearTo: y }), F({ yearFrom: y, yearTo: y })]);
		case 'type':
			return of('evaluation_type').map((o) => F({ evaluationType: o.value }));
		case 'grade':
			return of('grade').map((o) => F({ grade: o.value }));
		case 'source':
			return [F({ source: 'real' }), F({ source: 'synthetic' })];
	}
}

/** The rows for `f` in `pack`, or null when the pack does not hold that state. */
export function answerIn(pack: AnswerPack, f: Filters): Record<string, unknown[]> | null {
	const k = answerKey(f);
	return pack.states[k] ?? (pack.same?.[k] != null ? (pack.states[pack.same[k]] ?? null) : null);
}

/** The columns of a report list row the filters test (queries/reports.ts REPORT_LIST_COLUMNS has them all). */
interface FilterableRow {
	district?: unknown;
	street?: unknown;
	year?: unknown;
	evaluation_type?: unknown;
	grade?: unknown;
	synthetic?: unknown;
}

/**
 * The rows of a complete report list (every report, in the list's order) that `f` keeps, as reportWhere's SQL
 * keeps them (a NULL fails every condition), or null for what the list cannot tell (this browser's own rows).
 */
export function filterReportRows<T extends FilterableRow>(rows: readonly T[], f: Filters): T[] | null {
	if (f.source === 'user') return null;
	const num = (v: unknown) => (v == null ? null : Number(v));
	return rows.filter((r) => {
		const y = num(r.year);
		if (f.district != null && r.district !== f.district) return false;
		if (f.street != null && r.street !== f.street) return false;
		if (f.yearFrom != null && (y == null || y < f.yearFrom)) return false;
		if (f.yearTo != null && (y == null || y > f.yearTo)) return false;
		if (f.evaluationType != null && r.evaluation_type !== f.evaluationType) return false;
		if (f.grade != null && r.grade !== f.grade) return false;
		if (f.source === 'real' && r.synthetic !== false) return false;
		if (f.source === 'synthetic' && r.synthetic !== true) return false;
		return true;
	});
}
