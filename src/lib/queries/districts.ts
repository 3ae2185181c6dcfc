/** Comparisons across districts and streets. */
import { reportWhere, type Filters } from './filters';
import { MONEY_AND_SCORE, aggregate, type Aggregate, type Selected } from './measures';
import { DETAIL_PLAN, stateTable, useSummary, type QueryPlan, type StateTable, type TopLevel } from './plan';
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

/** Money and score per province (the overview of data over several provinces). */
export const EXEC_BY_PROVINCE: Aggregate = {
	fact: 'reports',
	by: ['province'],
	measures: MONEY_AND_SCORE,
	where: (c) => [`${c('province')} IS NOT NULL`],
	order: (c) => [c('province')]
};

/** Money and score per city, with its province (the overview of one province's cities). */
export const EXEC_BY_CITY: Aggregate = {
	fact: 'reports',
	by: ['province', 'city'],
	measures: MONEY_AND_SCORE,
	where: (c) => [`${c('province')} IS NOT NULL`, `${c('city')} IS NOT NULL`],
	order: (c) => [c('province'), c('city')]
};

/** The score box per province. */
export const SCORE_BOX_PROVINCE: Aggregate = {
	fact: 'reports',
	by: ['province'],
	measures: [['reports', 'n'], ...SCORE_QUARTILES],
	where: (c) => [`${c('province')} IS NOT NULL`, `${c('score')} IS NOT NULL`],
	order: (c) => [c('province')]
};

/** The score box per city, with its province. */
export const SCORE_BOX_CITY: Aggregate = {
	fact: 'reports',
	by: ['province', 'city'],
	measures: [['reports', 'n'], ...SCORE_QUARTILES],
	where: (c) => [`${c('province')} IS NOT NULL`, `${c('city')} IS NOT NULL`, `${c('score')} IS NOT NULL`],
	order: (c) => [c('province'), c('city')]
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

/** Money and score per province. */
export interface ExecByProvinceRow extends Omit<ExecByDistrictRow, 'district'> {
	province: string;
}

/** Money and score per city of a province. */
export interface ExecByCityRow extends Omit<ExecByDistrictRow, 'district'> {
	province: string;
	city: string;
}

/** Per province: reports, money, weighted execution rate, mean score; reports without a province left out. */
export function execByProvinceQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<ExecByProvinceRow> {
	return aggregate(EXEC_BY_PROVINCE, f, plan);
}

/** Per (province, city): reports, money, weighted execution rate, mean score. */
export function execByCityQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<ExecByCityRow> {
	return aggregate(EXEC_BY_CITY, f, plan);
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
	return scoreBoxQuery('district', f, plan);
}

/** Five-number summary of scores in one province. */
export interface ScoreBoxProvinceRow extends Omit<ScoreBoxRow, 'district'> {
	province: string;
}

/** Five-number summary of scores in one city of a province. */
export interface ScoreBoxCityRow extends Omit<ScoreBoxRow, 'district'> {
	province: string;
	city: string;
}

/** Score distribution per province. */
export function scoreBoxByProvinceQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<ScoreBoxProvinceRow> {
	return scoreBoxQuery('province', f, plan);
}

/** Score distribution per (province, city). */
export function scoreBoxByCityQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<ScoreBoxCityRow> {
	return scoreBoxQuery('city', f, plan);
}

/** The grouping columns of a place level's score box and execution rows (a city with its province: city names repeat). */
export const PLACE_KEYS: Record<TopLevel, readonly ('province' | 'city' | 'district')[]> = {
	province: ['province'],
	city: ['province', 'city'],
	district: ['district']
};

const BOX_AGGREGATE: Record<TopLevel, Aggregate> = { province: SCORE_BOX_PROVINCE, city: SCORE_BOX_CITY, district: SCORE_BOX };
const BOX_STATE: Record<TopLevel, StateTable> = { province: 'summary_box_province', city: 'summary_box_city', district: 'summary_box_district' };

/** The score box per place of `level` under `f`: from its answer table (at most a district chosen), summary_scores, or detail rows. */
function scoreBoxQuery(level: TopLevel, f: Filters, plan: QueryPlan): string {
	const keys = PLACE_KEYS[level];
	// At most a district chosen: the box as computed from the summary below, kept per place (sqltext/plan.ts STATE_TABLES).
	if (stateTable(plan, BOX_STATE[level], f)) {
		const sel = keys.map((k) => `s.${k} AS ${k}`).join(', ');
		const notNull = keys.map((k) => `s.${k} IS NOT NULL`);
		return `SELECT ${sel}, s.n AS n, s."min" AS "min", s.q1 AS q1, s.median AS median, s.q3 AS q3, s."max" AS "max" FROM ${BOX_STATE[level]} s WHERE ${reportWhere(f, 's', notNull)} ORDER BY ${keys.map((k) => `s.${k}`).join(', ')}`;
	}
	// summary_scores keeps province and city in datasets that have their box tables (an older one: detail rows).
	if (useSummary(plan, 'summary_scores', f) && (level === 'district' || plan.states?.includes(BOX_STATE[level]))) return scoreBoxFromSummary(f, keys);
	return aggregate(BOX_AGGREGATE[level], f, plan);
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
function scoreBoxFromSummary(f: Filters, keys: readonly string[] = ['district']): string {
	const q = (name: string, p: number) => {
		const h = `any_value((tot - 1) * ${p})`;
		const lo = `min(score) FILTER (WHERE hi > floor((tot - 1) * ${p}))`;
		const up = `min(score) FILTER (WHERE hi > ceil((tot - 1) * ${p}))`;
		return `${lo} + (${h} - floor(${h})) * (${up} - ${lo}) AS ${name}`;
	};
	const sel = keys.map((k) => `s.${k} AS ${k}`).join(', ');
	const by = keys.join(', ');
	return `WITH f AS (SELECT ${sel}, s.score AS score, sum(s.n) AS n FROM summary_scores s WHERE ${reportWhere(
		f,
		's',
		keys.map((k) => `s.${k} IS NOT NULL`)
	)} GROUP BY ${keys.map((k) => `s.${k}`).join(', ')}, s.score), c AS (SELECT ${by}, score, sum(n) OVER (PARTITION BY ${by} ORDER BY score ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS hi, sum(n) OVER (PARTITION BY ${by}) AS tot FROM f) SELECT ${by}, any_value(tot)::BIGINT AS n, min(score) AS "min", ${q('q1', 0.25)}, ${q('median', 0.5)}, ${q('q3', 0.75)}, max(score) AS "max" FROM c GROUP BY ${by} ORDER BY ${by}`;
}
