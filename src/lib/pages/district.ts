/** One district `/districts/[name]`: tiles, its streets and years; its reports and the evaluation comparison are the page's tables. */
import type { Filters } from '../queries/filters';
import { reportSets } from '../queries/combined';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { reportsListQuery } from '../queries/reports';
import { evaluationComparisonQuery } from '../queries/quality';
import { barsHeight, streetsOption } from '../charts/districts';
import { yearTrendOption } from '../charts/years';
import { t } from '../i18n';
import { definePage } from './spec';
import { REPORT_LIST_LIMIT } from './reports';

/** The queries run under the page's own district (the caller scopes the filters: pages/view.svelte.ts). */
export const district = definePage({
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({
		...reportSets(f, ['kpi', 'gradeMix', 'streets', 'years'], p),
		reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }),
		comparison: evaluationComparisonQuery(f)
	}),
	charts: [
		{
			id: 'streets',
			title: () => t('page.district.streets'),
			rows: (r) => r.streets,
			option: (r, ctx) => streetsOption(r.streets, ctx),
			columns: (c) => [c.street, c.reports, c.budget, c.actual, c.executionRate, c.meanScore],
			height: (r) => barsHeight(r.streets.length)
		},
		{
			id: 'years',
			title: () => t('page.district.years'),
			rows: (r) => r.years,
			option: (r, ctx) => yearTrendOption(r.years, ctx),
			columns: (c) => [c.year, c.reports, c.budget, c.actual, c.executionRate, c.meanScore],
			height: () => 300
		}
	]
});
