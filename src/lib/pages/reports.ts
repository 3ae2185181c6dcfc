/** Reports `/reports`: the list (drawn by the page), prerendered in full and searched in the browser. No charts. */
import type { Filters } from '../queries/filters';
import { reportsListQuery } from '../queries/reports';
import { definePage } from './spec';

/** How many reports a list page prerenders and filters client-side. */
export const REPORT_LIST_LIMIT = 5000;

export const reports = definePage({
	queries: (f: Filters) => ({ reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }) }),
	charts: []
});
