/**
 * The browser side of the answers before the engine (answers/states.ts): fetches a page's answer file for the
 * dimension a filter state sets (once per page and dimension, kept for the tab) and picks the state's rows.
 */
import { base } from '$app/paths';
import type { Filters } from '../queries/filters';
import { answerDim, answerIn, filterReportRows, type AnswerPack, type AnswerPage } from './states';

/** Rows by query name for a filter state, or null when there is no answer before the engine. */
export type Before = (f: Filters) => Promise<Record<string, unknown[]> | null>;

const packs = new Map<string, Promise<AnswerPack | null>>();

/** The answer file of `page` and the dimension `dim` (null when it cannot be fetched: tried again next time). */
function pack(page: AnswerPage, dim: string): Promise<AnswerPack | null> {
	const url = `${base}/answers/${page}/${dim}.json`;
	let p = packs.get(url);
	if (!p) {
		p = fetch(url)
			.then((r) => (r.ok ? (r.json() as Promise<AnswerPack>) : null))
			.catch(() => null);
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
	return async (f) => {
		const dim = answerDim(f);
		if (!dim) return null;
		const p = await pack(page, dim);
		return p && p.version === version ? answerIn(p, f) : null;
	};
}

/** The report list's answers: its prerendered rows (every report, when fewer than its limit) filtered as the SQL filters them. */
export function reportsBefore(initial: unknown[], limit: number): Before {
	return async (f) => {
		if (initial.length >= limit) return null;
		const rows = filterReportRows(initial as Record<string, unknown>[], f);
		return rows ? { reports: rows } : null;
	};
}
