/** Headline figures, grade mix and year trends over the filtered reports. */
import type { Filters } from './filters';
import { gradeOrder } from './fragments';
import { MONEY_AND_SCORE, aggregate, type Aggregate } from './measures';
import { DETAIL_PLAN, type QueryPlan } from './plan';
import type { Sql } from './typed';

/** The headline figures over the filtered reports. */
export const KPI: Aggregate = {
	fact: 'reports',
	measures: ['reports', 'synthetic_reports', 'budget_wan', 'actual_wan', 'execution_rate', 'mean_score', 'scored_reports']
};

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
	return aggregate(KPI, f, plan);
}

/** Reports per grade. */
export interface GradeMixRow {
	grade: string;
	n: number;
}

/** Reports per grade, 优 良 中 差 first. */
export const GRADE_MIX: Aggregate = {
	fact: 'reports',
	by: ['grade'],
	measures: [['reports', 'n']],
	where: (c) => [`${c('grade')} IS NOT NULL`],
	order: (c) => [gradeOrder(c('grade')), c('grade')]
};

/** Reports per grade in 优 良 中 差 order; reports without a grade are left out. */
export function gradeMixQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<GradeMixRow> {
	return aggregate(GRADE_MIX, f, plan);
}

/** Reports per fiscal year and grade. */
export interface GradesByYearRow {
	year: number;
	grade: string;
	n: number;
}

/** Reports per year and grade. */
export const GRADES_BY_YEAR: Aggregate = {
	fact: 'reports',
	by: ['year', 'grade'],
	measures: [['reports', 'n']],
	where: (c) => [`${c('year')} IS NOT NULL`, `${c('grade')} IS NOT NULL`],
	order: (c) => [c('year'), gradeOrder(c('grade')), c('grade')]
};

/** Reports per (year, grade), years ascending, grades 优 良 中 差; rows without year or grade left out. */
export function gradesByYearQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<GradesByYearRow> {
	return aggregate(GRADES_BY_YEAR, f, plan);
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

/** Money and score per year. */
export const YEARS: Aggregate = {
	fact: 'reports',
	by: ['year'],
	measures: MONEY_AND_SCORE,
	where: (c) => [`${c('year')} IS NOT NULL`],
	order: (c) => [c('year')]
};

/** Per fiscal year: reports, money, weighted execution rate, mean score; years ascending. */
export function yearsQuery(f: Filters, plan: QueryPlan = DETAIL_PLAN): Sql<YearRow> {
	return aggregate(YEARS, f, plan);
}
