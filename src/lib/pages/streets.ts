/** Streets `/streets`: the lowest execution rates as bars and every street in the page's table. */
import type { Filters } from '../queries/filters';
import { streetsQuery } from '../queries/districts';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { barsHeight, streetsOption, streetsTitle, STREETS_PLOTTED } from '../charts/districts';
import { locale } from '../i18n';
import { definePage } from './spec';

export const streets = definePage({
	answers: 'streets',
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({ streets: streetsQuery(f, p) }),
	charts: [
		{
			id: 'streets',
			title: (r) => streetsTitle(locale.current, r.streets.length, STREETS_PLOTTED),
			rows: (r) => r.streets,
			option: (r, ctx) => streetsOption(r.streets, ctx, STREETS_PLOTTED),
			columns: (c) => [c.districtPlain, c.street, c.reports, c.budget, c.actual, c.executionRate, c.meanScore],
			height: (r) => barsHeight(Math.min(r.streets.length, STREETS_PLOTTED))
		}
	]
});
