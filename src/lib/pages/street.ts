/** One street `/streets/[name]`: tiles, rate and score, budget and actual by year; its reports are the page's table. */
import type { Filters } from '../queries/filters';
import { reportSets } from '../queries/combined';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { reportsListQuery } from '../queries/reports';
import { yearMoneyOption, yearTrendOption } from '../charts/years';
import { definePage } from './spec';
import { REPORT_LIST_LIMIT } from './reports';
import { yearsChart } from './years';

/** The queries run under the page's own district and street (the caller scopes the filters: pages/view.svelte.ts). */
export const street = definePage({
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({
		...reportSets(f, ['kpi', 'gradeMix', 'years'], p),
		reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT })
	}),
	charts: [yearsChart('years', 'chart.years', yearTrendOption, 300), yearsChart('money', 'chart.yearsBudget', yearMoneyOption, 300)]
});
