/** Years `/years`: rate and score, budget and actual, grades by year; the years table and the evaluation comparison are the page's. */
import type { Filters } from '../queries/filters';
import { reportSets } from '../queries/combined';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { evaluationComparisonQuery } from '../queries/quality';
import { yearMoneyOption, yearTrendOption } from '../charts/years';
import { gradesByYearOption } from '../charts/overview';
import { t } from '../i18n';
import { definePage, type Cols } from './spec';

/** The columns of a chart of the years rows (and of the page's years table). */
export const yearColumns = (c: Cols) => [c.year, c.reports, c.budget, c.actual, c.executionRate, c.meanScore];

export const years = definePage({
	answers: 'years',
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({ ...reportSets(f, ['years', 'gradesByYear'], p), comparison: evaluationComparisonQuery(f) }),
	charts: [
		{ id: 'trend', title: () => t('chart.years'), rows: (r) => r.years, option: (r, ctx) => yearTrendOption(r.years, ctx), columns: yearColumns },
		{ id: 'money', title: () => t('chart.yearsBudget'), rows: (r) => r.years, option: (r, ctx) => yearMoneyOption(r.years, ctx), columns: yearColumns },
		{
			id: 'grades',
			title: () => t('chart.gradesByYear'),
			rows: (r) => r.gradesByYear,
			option: (r, ctx) => gradesByYearOption(r.gradesByYear, ctx),
			columns: (c) => [c.year, c.grade, c.n]
		}
	]
});
