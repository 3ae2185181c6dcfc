/** Review queue `/review`: reports with checks that ask for a person (the page's table). No charts. */
import type { Filters } from '../queries/filters';
import { reviewQueueQuery } from '../queries/reports';
import { definePage } from './spec';

export const review = definePage({
	answers: 'review',
	queries: (f: Filters) => ({ queue: reviewQueueQuery(f) }),
	charts: []
});
