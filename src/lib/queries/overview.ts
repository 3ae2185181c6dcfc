/** Headline figures, grade mix and year trends over the filtered reports. */
import { reportWhere, type Filters } from './filters';
import { EXEC_RATE, MONEY_AND_SCORE, S_EXEC_RATE, S_MEAN_SCORE, S_MONEY_AND_SCORE, S_REPORTS, gradeOrder } from './fragments';
import { DETAIL_PLAN, useSummary, type QueryPlan } from './plan';
import type { Sql } from './typed';

/** One row of headline figures. */
export interface KpiRow {
	reports: number;
	synthetic_reports: number;
	/** Sum over reports stating a budget, 万元 (null if none). */
	budget_wan: number | null;
	/** Sum over reports stating an actual spend, 万元 (null if none). */
	actual_wan: number | null;
	/** sum(actual)/sum(budget) over reports with both known (fraction). */
	execution_rate: number | null;
	mean_score: number | null;
	scored_reports: number;
}

/** Headline figures: counts, money, weighted execution rate, mean score. Always exactly one row. */
export function kpiQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<KpiRow> {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT ${S_REPORTS} AS reports, coalesce(sum(s.reports) FILTER (WHERE s.synthetic), 0)::BIGINT AS synthetic_reports, sum(s.budget_sum) AS budget_wan, sum(s.actual_sum) AS actual_wan, ${S_EXEC_RATE} AS execution_rate, ${S_MEAN_SCORE} AS mean_score, coalesce(sum(s.score_n), 0)::BIGINT AS scored_reports FROM summary_reports s WHERE ${reportWhere(f, 's')}`;
	return `SELECT count(*) AS reports, count(*) FILTER (WHERE r.synthetic) AS synthetic_reports, sum(r.budget_wan) AS budget_wan, sum(r.actual_wan) AS actual_wan, ${EXEC_RATE} AS execution_rate, avg(r.score) AS mean_score, count(r.score) AS scored_reports FROM reports r WHERE ${reportWhere(f)}`;
}

/** Reports per grade. */
export interface GradeMixRow {
	grade: string;
	n: number;
}

/** Reports per grade in 优 良 中 差 order; reports without a grade are left out. */
export function gradeMixQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<GradeMixRow> {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.grade AS grade, ${S_REPORTS} AS n FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.grade IS NOT NULL'])} GROUP BY s.grade ORDER BY ${gradeOrder('s.grade')}, s.grade`;
	return `SELECT r.grade AS grade, count(*) AS n FROM reports r WHERE ${reportWhere(f, 'r', ['r.grade IS NOT NULL'])} GROUP BY r.grade ORDER BY ${gradeOrder('r.grade')}, r.grade`;
}

/** Reports per fiscal year and grade. */
export interface GradesByYearRow {
	year: number;
	grade: string;
	n: number;
}

/** Reports per (year, grade), years ascending, grades 优 良 中 差; rows without year or grade left out. */
export function gradesByYearQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<GradesByYearRow> {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.year AS year, s.grade AS grade, ${S_REPORTS} AS n FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.year IS NOT NULL', 's.grade IS NOT NULL'])} GROUP BY s.year, s.grade ORDER BY s.year, ${gradeOrder('s.grade')}, s.grade`;
	return `SELECT r.year AS year, r.grade AS grade, count(*) AS n FROM reports r WHERE ${reportWhere(f, 'r', ['r.year IS NOT NULL', 'r.grade IS NOT NULL'])} GROUP BY r.year, r.grade ORDER BY r.year, ${gradeOrder('r.grade')}, r.grade`;
}

/** Money and score per fiscal year. */
export interface YearRow {
	year: number;
	reports: number;
	budget_wan: number | null;
	actual_wan: number | null;
	execution_rate: number | null;
	mean_score: number | null;
}

/** Per fiscal year: reports, money, weighted execution rate, mean score; years ascending. */
export function yearsQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<YearRow> {
	if (useSummary(plan, 'summary_reports', f))
		return `SELECT s.year AS year, ${S_REPORTS} AS reports, ${S_MONEY_AND_SCORE} FROM summary_reports s WHERE ${reportWhere(f, 's', ['s.year IS NOT NULL'])} GROUP BY s.year ORDER BY s.year`;
	return `SELECT r.year AS year, count(*) AS reports, ${MONEY_AND_SCORE} FROM reports r WHERE ${reportWhere(f, 'r', ['r.year IS NOT NULL'])} GROUP BY r.year ORDER BY r.year`;
}
