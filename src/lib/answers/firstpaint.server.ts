/**
 * Build time: the KPI figures a filtered link shows at first paint (issue 17). A static host serves one HTML file
 * per page whatever its query string, so each page with KPI tiles (the overview, a district's, a street's) embeds
 * the tiles' figures for every single-filter state its answer files hold, formatted in the page's language as the
 * app formats them (`<script type="application/json" id="first-paint-figures">`, written into <head> by
 * hooks.server.ts). app.html's first-paint script looks the link's state up and fills the tiles before the first
 * paint; the app draws the same figures from the answer file once it hydrates. Computed over the report cube
 * (answers/cube.ts, exact against DuckDB: firstpaint.spec.ts): no cube, no reports table in it, too many states or
 * too many bytes, and the page embeds nothing (its tiles show loading until the app runs, as before).
 */
import { gzipSync } from 'node:zlib';
import type { Connector } from '../db/connector';
import { formatCount, formatPercent, formatScore, formatWan } from '../format';
import type { Locale } from '../i18n/translate';
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import { filterOptionsQuery, type FilterOptionRow } from '../queries/options';
import type { KpiRow } from '../queries/overview';
import { cubeAnswer, decodeCube, type Cube } from './cube';
import { cubeFile } from './build.server';
import { ANSWER_DIMS, PLACE_DIMS, answerStates, placeAnswerStates, type PlacePage } from './states';

/** The tiles filled, in the order of each state's figures (app.html's first-paint script has the same list). */
export const FIRST_PAINT_TILES = ['reports', 'budget', 'actual', 'rate', 'score'] as const;

/** The most states a page embeds, and the most gzip bytes of its block: past either, it embeds none. */
export const FIRST_PAINT_STATE_LIMIT = 2_000;
export const FIRST_PAINT_GZIP_LIMIT = 10 * 1024;

/** The id of the embedded block (app.html's first-paint script reads it). */
export const FIRST_PAINT_ID = 'first-paint-figures';

/** The query parameters of each filter, in the order the key lists them (the script's: app.html `mine`). */
const KEY_PARAMS: [keyof Filters, string][] = [
	['district', 'district'],
	['street', 'street'],
	['yearFrom', 'from'],
	['yearTo', 'to'],
	['evaluationType', 'type'],
	['grade', 'grade'],
	['source', 'source']
];

/**
 * The key of a reader's choice (the filters a page's path does not fix) among a page's figures: its parameters as
 * `name=value` joined by `&`, unencoded, defaults left out. app.html's first-paint script builds the same from the URL.
 */
export function firstPaintKey(f: Filters): string {
	return KEY_PARAMS.filter(([k]) => f[k] != null && f[k] !== DEFAULT_FILTERS[k])
		.map(([k, p]) => `${p}=${f[k]}`)
		.join('&');
}

/** The tiles' figures for `kpi`, formatted as KpiTiles formats them in `locale`. */
export function kpiFigures(kpi: KpiRow | undefined, locale: Locale): string[] {
	return [
		formatCount(kpi?.reports, locale),
		formatWan(kpi?.budget_wan, locale),
		formatWan(kpi?.actual_wan, locale),
		formatPercent(kpi?.execution_rate, locale),
		formatScore(kpi?.mean_score, locale)
	];
}

/** Which page, and for a place page its place (the district; the street with the district its page shows). */
export type FirstPaintPage = { page: 'overview' } | { page: PlacePage; district: string; street?: string | null };

/**
 * Every single-filter state `p` has answer files for, as [the reader's choice, the filters the queries run under]:
 * the overview's of every dimension (answers/states.ts answerStates); a place page's of its place (placeAnswerStates).
 */
export function firstPaintStates(options: FilterOptionRow[], p: FirstPaintPage): [Filters, Filters][] {
	if (p.page === 'overview') return ANSWER_DIMS.flatMap((d) => answerStates(options, d)).map((f) => [f, f]);
	const street = p.page === 'street' ? (p.street ?? null) : null;
	return PLACE_DIMS[p.page]
		.flatMap((d) => placeAnswerStates(options, p.page, d))
		.filter((f) => f.district === p.district && (p.page === 'district' || f.street === street))
		.map((f): [Filters, Filters] => [{ ...f, district: null, street: p.page === 'street' ? null : f.street }, f]);
}

/** The KPI row of `f` from the cube (null when the cube cannot answer it). */
export function cubeKpi(cube: Cube, f: Filters): KpiRow | null {
	const rows = cubeAnswer(cube, { kind: 'reportSet', set: 'kpi', f });
	return rows ? ((rows[0] as unknown as KpiRow | undefined) ?? null) : null;
}

/** Each state's figures by firstPaintKey, or null when the cube lacks the reports table or the states are too many. */
export function firstPaintFigures(cube: Cube, options: FilterOptionRow[], p: FirstPaintPage, locale: Locale): Record<string, string[]> | null {
	if (!cube.reports) return null;
	const states = firstPaintStates(options, p);
	if (states.length > FIRST_PAINT_STATE_LIMIT) return null;
	const out: Record<string, string[]> = {};
	for (const [mine, f] of states) {
		const kpi = cubeKpi(cube, f);
		if (!kpi) return null;
		out[firstPaintKey(mine)] = kpiFigures(kpi, locale);
	}
	return out;
}

/** The block's text for `figures` (`<` escaped: it sits in a script element), or null past FIRST_PAINT_GZIP_LIMIT. */
export function firstPaintBlock(figures: Record<string, string[]> | null): string | null {
	if (!figures || !Object.keys(figures).length) return null;
	const json = JSON.stringify(figures).replace(/</g, '\\u003c');
	const html = `<script type="application/json" id="${FIRST_PAINT_ID}">${json}</script>`;
	return gzipSync(html).length > FIRST_PAINT_GZIP_LIMIT ? null : html;
}

let cubeOnce: Promise<Cube | null> | null = null;

/** The page's block for `p` in `locale` on the build's dataset (the cube computed once per process), or null. */
export async function pageFirstPaint(db: Connector, version: string | null, p: FirstPaintPage, locale: Locale): Promise<string | null> {
	cubeOnce ??= cubeFile(db, version)
		.then(decodeCube)
		.catch(() => null);
	const cube = await cubeOnce;
	if (!cube) return null;
	const options = await db.query<FilterOptionRow>(filterOptionsQuery());
	return firstPaintBlock(firstPaintFigures(cube, options, p, locale));
}
