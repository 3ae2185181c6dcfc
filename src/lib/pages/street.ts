/** One street `/streets/[name]`: tiles, rate and score, budget and actual by year; its reports are the page's table. */
import type { Filters } from '../queries/filters';
import { reportSets } from '../queries/combined';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { reportsListQuery } from '../queries/reports';
import { yearMoneyOption, yearTrendOption } from '../charts/years';
import { t } from '../i18n';
import { definePage } from './spec';
import { REPORT_LIST_LIMIT } from './reports';
import { yearColumns } from './years';

/** The queries run under the page's own district and street (the caller scopes the filters: pages/view.svelte.ts). */
export const street = definePage({
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({
		...reportSets(f, ['kpi', 'gradeMix', 'years'], p),
		reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT })
	}),
	charts: [
		{
			id: 'years',
			title: () => t('chart.years'),
			rows: (r) => r.years,
			option: (r, ctx) => yearTrendOption(r.years, ctx),
			columns: yearColumns,
			height: () => 300
		},
		{
			id: 'money',
			title: () => t('chart.yearsBudget'),
			rows: (r) => r.years,
			option: (r, ctx) => yearMoneyOption(r.years, ctx),
			columns: yearColumns,
			height: () => 300
		}
	]
});
