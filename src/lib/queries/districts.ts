/** Comparisons across districts and streets. */
import { reportWhere, type Filters } from './filters';
import { EXEC_RATE, MONEY_AND_SCORE, S_EXEC_RATE, S_MEAN_SCORE, S_MONEY_AND_SCORE, S_REPORTS } from './fragments';
import { DETAIL_PLAN, useSummary, type QueryPlan } from './plan';
import type { Sql } from './typed';

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
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.district AS district, ${S_REPORTS} AS reports, ${S_MONEY_AND_SCORE} FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.district IS NOT NULL'])} GROUP BY s.district ORDER BY s.district`;
	return `SELECT r.district AS district, count(*) AS reports, ${MONEY_AND_SCORE} FROM reports r WHERE ${reportWhere(f, 'r', ['r.district IS NOT NULL'])} GROUP BY r.district ORDER BY r.district`;
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
	if (useSummary(plan, 'summary_scores', f)) return scoreBoxFromSummary(f);
	return `SELECT r.district AS district, count(*) AS n, min(r.score) AS "min", quantile_cont(r.score, 0.25) AS q1, quantile_cont(r.score, 0.5) AS median, quantile_cont(r.score, 0.75) AS q3, max(r.score) AS "max" FROM reports r WHERE ${reportWhere(f, 'r', ['r.district IS NOT NULL', 'r.score IS NOT NULL'])} GROUP BY r.district ORDER BY r.district`;
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
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.district AS district, s.year AS year, ${S_REPORTS} AS reports, ${S_EXEC_RATE} AS execution_rate, ${S_MEAN_SCORE} AS mean_score FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.district IS NOT NULL', 's.year IS NOT NULL'])} GROUP BY s.district, s.year ORDER BY s.district, s.year`;
	return `SELECT r.district AS district, r.year AS year, count(*) AS reports, ${EXEC_RATE} AS execution_rate, avg(r.score) AS mean_score FROM reports r WHERE ${reportWhere(f, 'r', ['r.district IS NOT NULL', 'r.year IS NOT NULL'])} GROUP BY r.district, r.year ORDER BY r.district, r.year`;
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
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.district AS district, s.street AS street, ${S_REPORTS} AS reports, ${S_MONEY_AND_SCORE} FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.district IS NOT NULL', 's.street IS NOT NULL'])} GROUP BY s.district, s.street ORDER BY s.district, s.street`;
	return `SELECT r.district AS district, r.street AS street, count(*) AS reports, ${MONEY_AND_SCORE} FROM reports r WHERE ${reportWhere(f, 'r', ['r.district IS NOT NULL', 'r.street IS NOT NULL'])} GROUP BY r.district, r.street ORDER BY r.district, r.street`;
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
