/**
 * The browser side of the answers before the engine (answers/states.ts): fetches a page's answer file for the
 * dimension a filter state sets (once per page and dimension, kept for the tab) and picks the state's rows.
 */
import { base } from '$app/paths';
import type { Filters } from '../queries/filters';
import { answerDim, answerIn, filterReportRows, placeAnswerDim, type AnswerDim, type AnswerPack, type AnswerPage, type PlacePage } from './states';
import { cubeAnswers, decodeCube, type Cube, type CubeData } from './cube';
import type { Query } from '../queries/combined';

/** Rows by query name for a filter state, or null when there is no answer before the engine. */
export type Before = ((f: Filters) => Promise<Record<string, unknown[]> | null>) & { page?: AnswerPage | PlacePage };

const packs = new Map<string, Promise<AnswerPack | null>>();

/** The answer files app.html's first-paint script began fetching for a filtered link, by path below the site's root. */
type EarlyWindow = Window & { __peiAnswers?: Record<string, Promise<Response>> };

/** The answer file of `page` and the dimension `dim` (null when it cannot be fetched: tried again next time). */
function pack(page: AnswerPage | PlacePage, dim: AnswerDim): Promise<AnswerPack | null> {
	const url = `${base}/answers/${page}/${dim}.json`;
	let p = packs.get(url);
	if (!p) {
		// A filtered link's first-paint script (app.html) may have started this fetch before the app loaded.
		const early = typeof window === 'undefined' ? undefined : (window as EarlyWindow).__peiAnswers;
		const key = `answers/${page}/${dim}.json`;
		const started = early?.[key];
		if (early && started) delete early[key];
		p = (started ?? fetch(url)).then((r) => (r.ok ? (r.json() as Promise<AnswerPack>) : null)).catch(() => null);
		packs.set(url, p);
		void p.then((v) => v || packs.delete(url));
	}
	return p;
}

/**
 * Answers for `page` computed at build time from dataset `version` (the layout's dataVersion): a file of another
 * version (a cached file after a new build) answers nothing.
 */
export function answersFor(page: AnswerPage, version: string | null): Before {
	const before: Before = async (f) => {
		const dim = answerDim(f);
		if (!dim) return null;
		const p = await pack(page, dim);
		return p && p.version === version ? answerIn(p, f) : null;
	};
	before.page = page;
	return before;
}

/** The page in front of the reader, whose answer files a filter control's change reads (set by its QueryView). */
let active: AnswerPage | PlacePage | null = null;

/** Records the page in front of the reader (null: one without answer files). */
export function setActiveAnswers(page: AnswerPage | PlacePage | null): void {
	active = page;
}

/** Fetches the active page's answer file for `dim` ahead of a change (a filter control took focus), unless fetched already. */
export function prefetchAnswers(dim: AnswerDim): void {
	if (active) void pack(active, dim);
}

/** The answer file each filter control's change reads (by the control's URL parameter name). */
export const DIM_OF_PARAM: Record<string, AnswerDim> = {
	district: 'district',
	street: 'street',
	from: 'year',
	to: 'year',
	type: 'type',
	grade: 'grade',
	source: 'source'
};

/** The report list's answers: its prerendered rows (every report, when fewer than its limit) filtered as the SQL filters them. */
export function reportsBefore(initial: unknown[], limit: number): Before {
	return async (f) => {
		if (initial.length >= limit) return null;
		const rows = filterReportRows(initial as Record<string, unknown>[], f);
		return rows ? { reports: rows } : null;
	};
}

/**
 * Answers for a district's or a street's own page (`page`; its QueryView passes the filters scoped to its place): the
 * place page's file for the one dimension the reader chose, with the report list filtered from the page's
 * prerendered one (every report of the place, when fewer than `limit`).
 */
export function placeAnswersFor(page: PlacePage, version: string | null, initialReports: unknown[], limit: number): Before {
	const before: Before = async (f) => {
		const dim = placeAnswerDim(page, f);
		if (!dim || initialReports.length >= limit) return null;
		const p = await pack(page, dim);
		const rows = p && p.version === version ? answerIn(p, f) : null;
		const reports = rows && filterReportRows(initialReports as Record<string, unknown>[], f);
		return rows && reports ? { ...rows, reports } : null;
	};
	before.page = page;
	return before;
}

let cube: Promise<Cube | null> | null = null;
let cubeNow: Cube | null = null;

/** Fetches the report cube (answers/cube.ts) once per tab, unless fetched already (null when it cannot be: tried again next time). */
export function loadCube(): Promise<Cube | null> {
	if (!cube) {
		const p = fetch(`${base}/answers/cube.json`)
			.then((r) => (r.ok ? (r.json() as Promise<CubeData>) : null))
			.then((d) => (d ? (cubeNow = decodeCube(d)) : null))
			.catch(() => null);
		cube = p;
		void p.then((c) => c || (cube = null));
	}
	return cube;
}

/**
 * The named results of `queries` the report cube answers, computed from dataset `version` (the layout's
 * dataVersion; a cube of another version answers nothing), once it has arrived (loadCube): `wait` for it, or not.
 */
export async function cubeRows(queries: Record<string, Query>, version: string | null, wait: boolean): Promise<Record<string, unknown[]>> {
	const c = cubeNow ?? (wait ? await loadCube() : null);
	return c && c.version === version ? cubeAnswers(c, queries) : {};
}
