/**
 * A query plan: what the open dataset lets builders read besides the detail tables. `attachDataset` returns one
 * (db/setup.ts), it travels with the connector (`Connector.plan`), and the page passes it to the builders
 * (queries/plan.ts `useSummary`, `summaryFor`). Plain data, no module state: the dashboard's and the console's
 * engines each have their own.
 */

/**
 * Summary tables a dataset may ship (see src/tools/scale/summary.ts for their definitions): the four fine ones,
 * then coarser copies of three of them without the finer place columns. A dataset whose fine summaries are large
 * (the whole country at 10⁶ reports) ships the coarse ones in the file fetched whole and keeps the fine ones in the
 * file read by HTTP range requests (src/tools/scale/write.ts); the builders read the coarsest one present that
 * has every place column a query filters or groups by.
 */
export const SUMMARY_TABLES = [
	'summary_reports',
	'summary_scores',
	'summary_indicators',
	'summary_findings',
	'summary_reports_district',
	'summary_indicators_national',
	'summary_findings_national'
] as const;

/** One summary table's name. */
export type SummaryTable = (typeof SUMMARY_TABLES)[number];

/** A fine summary table: the kind of rows a summary counts (its coarse copies count the same). */
export type SummaryKind = 'summary_reports' | 'summary_scores' | 'summary_indicators' | 'summary_findings';

/** A place column of the summaries. */
export type PlaceColumn = 'province' | 'city' | 'district' | 'street';

/** What each summary table counts and the place columns it keeps (its other dimensions are the same per kind). */
export const SUMMARY_GRAIN: Record<SummaryTable, { kind: SummaryKind; places: readonly PlaceColumn[] }> = {
	summary_reports: { kind: 'summary_reports', places: ['province', 'city', 'district', 'street'] },
	summary_scores: { kind: 'summary_scores', places: ['province', 'city', 'district'] },
	summary_indicators: { kind: 'summary_indicators', places: ['province', 'city', 'district'] },
	summary_findings: { kind: 'summary_findings', places: ['province', 'city', 'district'] },
	summary_reports_district: { kind: 'summary_reports', places: ['province', 'city', 'district'] },
	summary_indicators_national: { kind: 'summary_indicators', places: [] },
	summary_findings_national: { kind: 'summary_findings', places: [] }
};

/** The coarse summary tables: written only beside fine ones kept out of the first-fetched file. */
export const COARSE_SUMMARY_TABLES = SUMMARY_TABLES.filter((t) => SUMMARY_GRAIN[t].kind !== t);

/**
 * Answer tables for the filter states with at most a district chosen (no street, year, type, grade or source): what
 * the overview's score box and indicator outcomes would compute from the fine summaries, kept whole per district in
 * the file fetched whole. A large dataset keeps its fine summaries in the file read by range requests; without these,
 * each district chosen read its rows of summary_scores and summary_indicators by range requests, and the whole
 * country's score box (every district's quartiles) sorted 870,000 summary rows per view. Built from the fine
 * summaries with the builders' own summary SQL (src/tools/scale/summary.ts `stateTablesSql`), so their rows are the
 * same.
 *
 * - `summary_box_district`: district, n, min, q1, median, q3, max (the score box per district, every report);
 * - `summary_levels_district`: district, level1, level2, n, achieved, not_achieved, with_target (summary_indicators
 *   summed over every dimension but the district and the indicator's levels);
 * - `summary_box_province`, `summary_box_city`: province (, city), n, min, q1, median, q3, max: the score box per
 *   province and per city, for the overview of data over several provinces or cities (queries/places.ts
 *   `overviewLevel`), whose unfiltered state is a "district-only" state without a district.
 */
export const STATE_TABLES = ['summary_box_district', 'summary_levels_district', 'summary_box_province', 'summary_box_city'] as const;

/** One answer table for district-only filter states. */
export type StateTable = (typeof STATE_TABLES)[number];

/**
 * The top place level where the dataset has more than one value (places/hierarchy.ts `startLevel`): several
 * provinces → 'province', one province with several cities → 'city', else 'district'. The overview groups its place
 * charts by it (queries/places.ts `overviewLevel`).
 */
export type TopLevel = 'province' | 'city' | 'district';

/**
 * What builders may read: the summary tables present (none: detail rows only), the answer tables for district-only
 * states, and the top place level of the dataset (absent: 'district', one city as the bundled data).
 */
export interface QueryPlan {
	readonly summaries: readonly SummaryTable[];
	readonly states?: readonly StateTable[];
	readonly top?: TopLevel;
}

/** Detail rows only: the plan of a dataset without summaries, of the user's rows and of corrections overlaid. */
export const DETAIL_PLAN: QueryPlan = Object.freeze({ summaries: Object.freeze([]) as readonly SummaryTable[] });

/** The plan of a dataset holding `names` (unknown names ignored), whose top place level is `top` (absent: district). */
export function planWith(names: Iterable<string>, top?: TopLevel): QueryPlan {
	const all = [...names];
	const summaries = SUMMARY_TABLES.filter((t) => all.includes(t));
	const states = STATE_TABLES.filter((t) => all.includes(t));
	const withTop = top && top !== 'district' ? { top } : {};
	if (!summaries.length) return Object.keys(withTop).length ? Object.freeze({ summaries: DETAIL_PLAN.summaries, ...withTop }) : DETAIL_PLAN;
	return Object.freeze({ summaries, ...(states.length ? { states: Object.freeze(states) } : {}), ...withTop });
}

/** Detail rows only, keeping `plan`'s top place level: the prerender's and this browser's own rows' plan. */
export function detailPlanOf(plan: QueryPlan | null | undefined): QueryPlan {
	return plan?.top && plan.top !== 'district' ? Object.freeze({ summaries: DETAIL_PLAN.summaries, top: plan.top }) : DETAIL_PLAN;
}

/**
 * The SQL that tells a dataset's top place level (TopLevel) from `table`, a table of report rows with province and
 * city columns (the reports, or summary_reports or a coarse copy): distinct provinces and (province, city) pairs.
 */
export function topLevelSql(table: string): string {
	return `SELECT count(DISTINCT t.province) AS provinces, count(DISTINCT (t.province, t.city)) FILTER (WHERE t.city IS NOT NULL) AS cities FROM ${table} t`;
}

/** The top level from topLevelSql's row (places/hierarchy.ts startLevel's rule). */
export function topLevelOf(row: { provinces?: unknown; cities?: unknown } | undefined): TopLevel {
	if (Number(row?.provinces ?? 0) > 1) return 'province';
	if (Number(row?.cities ?? 0) > 1) return 'city';
	return 'district';
}

/**
 * The coarsest summary table of `kind` in `plan` that keeps every place column in `places` (fewest place columns;
 * null when none does: the query reads detail rows).
 */
export function pickSummary(plan: QueryPlan, kind: SummaryKind, places: Iterable<PlaceColumn>): SummaryTable | null {
	const need = [...places];
	let best: SummaryTable | null = null;
	for (const t of plan.summaries) {
		const g = SUMMARY_GRAIN[t];
		if (g.kind !== kind || !need.every((p) => g.places.includes(p))) continue;
		if (best == null || g.places.length < SUMMARY_GRAIN[best].places.length) best = t;
	}
	return best;
}
