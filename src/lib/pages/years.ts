/** Years `/years`: rate and score, budget and actual, grades by year; the years table and the evaluation comparison are the page's. */
import type { Filters } from '../queries/filters';
import { reportSets } from '../queries/combined';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { evaluationComparisonQuery } from '../queries/quality';
import { yearMoneyOption, yearTrendOption } from '../charts/years';
import { gradesByYearOption } from '../charts/overview';
import { t } from '../i18n';
import type { YearRow } from '../queries/overview';
import type { ChartContext, ChartOption } from '../charts/types';
import { definePage, type ChartSpec, type Cols } from './spec';

/** The columns of a chart of the years rows (and of the page's years table). */
export const yearColumns = (c: Cols) => [c.year, c.reports, c.budget, c.actual, c.executionRate, c.meanScore];

/** A chart of the years rows: rate and score (yearTrendOption) or budget and actual (yearMoneyOption); `height` in px when not CHART_HEIGHT. */
export function yearsChart<const Id extends string>(
	id: Id,
	title: 'chart.years' | 'chart.yearsBudget',
	option: (rows: YearRow[], ctx: ChartContext) => ChartOption,
	height?: number
): ChartSpec<{ readonly years: YearRow[] }, Id> {
	return {
		id,
		title: () => t(title),
		rows: (r) => r.years,
		option: (r, ctx) => option(r.years, ctx),
		columns: yearColumns,
		...(height ? { height: () => height } : {})
	};
}

export const years = definePage({
	answers: 'years',
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({ ...reportSets(f, ['years', 'gradesByYear'], p), comparison: evaluationComparisonQuery(f) }),
	charts: [
		yearsChart('trend', 'chart.years', yearTrendOption),
		yearsChart('money', 'chart.yearsBudget', yearMoneyOption),
		{
			id: 'grades',
			title: () => t('chart.gradesByYear'),
			rows: (r) => r.gradesByYear,
			option: (r, ctx) => gradesByYearOption(r.gradesByYear, ctx),
			columns: (c) => [c.year, c.grade, c.n]
		}
	]
});
