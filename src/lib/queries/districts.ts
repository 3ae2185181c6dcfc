/** Comparisons across districts and streets. */
import { reportWhere, type Filters } from './filters';
import { EXEC_RATE, MONEY_AND_SCORE } from './fragments';

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
export function execByDistrictQuery(f: Filters): string {
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
export function scoreBoxByDistrictQuery(f: Filters): string {
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
export function districtYearQuery(f: Filters): string {
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
export function streetsQuery(f: Filters): string {
	return `SELECT r.district AS district, r.street AS street, count(*) AS reports, ${MONEY_AND_SCORE} FROM reports r WHERE ${reportWhere(f, 'r', ['r.district IS NOT NULL', 'r.street IS NOT NULL'])} GROUP BY r.district, r.street ORDER BY r.district, r.street`;
}
