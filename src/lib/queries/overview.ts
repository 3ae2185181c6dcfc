/** Headline figures, grade mix and year trends over the filtered reports. */
import { reportWhere, type Filters } from './filters';
import { EXEC_RATE, MONEY_AND_SCORE, gradeOrder } from './fragments';

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
export function kpiQuery(f: Filters): string {
	return `SELECT count(*) AS reports, count(*) FILTER (WHERE r.synthetic) AS synthetic_reports, sum(r.budget_wan) AS budget_wan, sum(r.actual_wan) AS actual_wan, ${EXEC_RATE} AS execution_rate, avg(r.score) AS mean_score, count(r.score) AS scored_reports FROM reports r WHERE ${reportWhere(f)}`;
}

/** Reports per grade. */
export interface GradeMixRow {
	grade: string;
	n: number;
}

/** Reports per grade in 优 良 中 差 order; reports without a grade are left out. */
export function gradeMixQuery(f: Filters): string {
	return `SELECT r.grade AS grade, count(*) AS n FROM reports r WHERE ${reportWhere(f, 'r', ['r.grade IS NOT NULL'])} GROUP BY r.grade ORDER BY ${gradeOrder('r.grade')}, r.grade`;
}

/** Reports per fiscal year and grade. */
export interface GradesByYearRow {
	year: number;
	grade: string;
	n: number;
}

/** Reports per (year, grade), years ascending, grades 优 良 中 差; rows without year or grade left out. */
export function gradesByYearQuery(f: Filters): string {
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
export function yearsQuery(f: Filters): string {
	return `SELECT r.year AS year, count(*) AS reports, ${MONEY_AND_SCORE} FROM reports r WHERE ${reportWhere(f, 'r', ['r.year IS NOT NULL'])} GROUP BY r.year ORDER BY r.year`;
}
