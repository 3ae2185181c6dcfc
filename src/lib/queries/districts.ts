/** Comparisons across districts and streets. */
import { reportWhere, type Filters } from './filters';
import { MONEY_AND_SCORE, aggregate, type Aggregate, type Selected } from './measures';
import { DETAIL_PLAN, stateTable, useSummary, type QueryPlan } from './plan';
import type { Sql } from './typed';

/** Money and score per district. */
export const EXEC_BY_DISTRICT: Aggregate = {
	fact: 'reports',
	by: ['district'],
	measures: MONEY_AND_SCORE,
	where: (c) => [`${c('district')} IS NOT NULL`],
	order: (c) => [c('district')]
};

/** The five numbers of a score box, under their column names. */
export const SCORE_QUARTILES = [
	['score_min', 'min'],
	['score_q1', 'q1'],
	['score_median', 'median'],
	['score_q3', 'q3'],
	['score_max', 'max']
] as const satisfies readonly Selected[];

/** The score box per district (quartiles need every score: over summary_scores by scoreBoxFromSummary). */
export const SCORE_BOX: Aggregate = {
	fact: 'reports',
	by: ['district'],
	measures: [['reports', 'n'], ...SCORE_QUARTILES],
	where: (c) => [`${c('district')} IS NOT NULL`, `${c('score')} IS NOT NULL`],
	order: (c) => [c('district')]
};

/** Execution rate and mean score per district and year. */
export const DISTRICT_YEAR: Aggregate = {
	fact: 'reports',
	by: ['district', 'year'],
	measures: ['reports', 'execution_rate', 'mean_score'],
	where: (c) => [`${c('district')} IS NOT NULL`, `${c('year')} IS NOT NULL`],
	order: (c) => [c('district'), c('year')]
};

/** Money and score per street (district-level units, with no street, left out). */
export const STREETS: Aggregate = {
	fact: 'reports',
	by: ['district', 'street'],
	measures: MONEY_AND_SCORE,
	where: (c) => [`${c('district')} IS NOT NULL`, `${c('street')} IS NOT NULL`],
	order: (c) => [c('district'), c('street')]
};

/** Money and score per district. */
export interface ExecByDistrictRow {
	district: string;
	reports: number;
	budget_wan: number | null;
	actual_wan: number | null;
	execution_rate: number | null;
	mean_score: number | null;
}

/** Per district: reports, money, weighted execution rate, mean score; reports without a district left out. */
export function execByDistrictQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<ExecByDistrictRow> {
	return aggregate(EXEC_BY_DISTRICT, f, plan);
}

/** Five-number summary of scores in one district. */
export interface ScoreBoxRow {
	district: string;
	n: number;
	min: number;
	q1: number;
	median: number;
	q3: number;
	max: number;
}

/** Score distribution per district (continuous quartiles), scored reports with a district only. */
export function scoreBoxByDistrictQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<ScoreBoxRow> {
	// At most a district chosen: the box as computed from the summary below, kept per district (sqltext/plan.ts STATE_TABLES).
	if (stateTable(plan, 'summary_box_district', f))
		return `SELECT s.district AS district, s.n AS n, s."min" AS "min", s.q1 AS q1, s.median AS median, s.q3 AS q3, s."max" AS "max" FROM summary_box_district s WHERE ${reportWhere(f, 's', ['s.district IS NOT NULL'])} ORDER BY s.district`;
	if (useSummary(plan, 'summary_scores', f)) return scoreBoxFromSummary(f);
	return aggregate(SCORE_BOX, f, plan);
}

/** One district in one year. */
export interface DistrictYearRow {
	district: string;
	year: number;
	reports: number;
	execution_rate: number | null;
	mean_score: number | null;
}

/** Per (district, year): reports, weighted execution rate, mean score. */
export function districtYearQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<DistrictYearRow> {
	return aggregate(DISTRICT_YEAR, f, plan);
}

/** Money and score per street. */
export interface StreetRow {
	district: string;
	street: string;
	reports: number;
	budget_wan: number | null;
	actual_wan: number | null;
	execution_rate: number | null;
	mean_score: number | null;
}

/** Per (district, street): reports, money, weighted execution rate, mean score; district-level units left out. */
export function streetsQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<StreetRow> {
	return aggregate(STREETS, f, plan);
}

/**
 * quantile_cont from summary_scores (score → count): the value at position h = (n − 1)·q of the sorted
 * scores is the first score whose cumulative count exceeds floor(h) (resp. ceil(h)); interpolated as DuckDB does.
 */
function scoreBoxFromSummary(f: Filters): string {
	const q = (name: string, p: number) => {
		const h = `any_value((tot - 1) * ${p})`;
		const lo = `min(score) FILTER (WHERE hi > floor((tot - 1) * ${p}))`;
		const up = `min(score) FILTER (WHERE hi > ceil((tot - 1) * ${p}))`;
		return `${lo} + (${h} - floor(${h})) * (${up} - ${lo}) AS ${name}`;
	};
	return `WITH f AS (SELECT s.district AS district, s.score AS score, sum(s.n) AS n FROM summary_scores s WHERE ${reportWhere(f, 's', ['s.district IS NOT NULL'])} GROUP BY s.district, s.score), c AS (SELECT district, score, sum(n) OVER (PARTITION BY district ORDER BY score ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS hi, sum(n) OVER (PARTITION BY district) AS tot FROM f) SELECT district, any_value(tot)::BIGINT AS n, min(score) AS "min", ${q('q1', 0.25)}, ${q('median', 0.5)}, ${q('q3', 0.75)}, max(score) AS "max" FROM c GROUP BY district ORDER BY district`;
}
