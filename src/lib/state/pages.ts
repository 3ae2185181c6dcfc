import {
	evaluationComparisonQuery,
	findingThemesByDistrictYearQuery,
	findingThemesQuery,
	findingsQuery,
	indicatorAchievementQuery,
	reportsListQuery,
	reviewQueueQuery,
	streetsQuery,
	topIndicatorsQuery,
	type Filters
} from '../queries';
import { reportSets } from '../queries/combined';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';

/** How many reports a list page prerenders and filters client-side. */
export const REPORT_LIST_LIMIT = 5000;

/**
 * The queries behind each page, as one function of the filters and the query plan of the connector they run on
 * (detail rows when none is given), shared by prerendering and the browser.
 * Report-level aggregates of one page share one statement (queries/combined.ts); the rest run on their own.
 */
export const PAGE_QUERIES = {
	overview: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({
		...reportSets(f, ['kpi', 'gradeMix', 'exec', 'box', 'gradesByYear'], p),
		indicators: indicatorAchievementQuery(f, p)
	}),
	districts: (f: Filters, p: QueryPlan = DETAIL_PLAN) => reportSets(f, ['exec', 'box', 'districtYear'], p),
	district: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({
		...reportSets(f, ['kpi', 'gradeMix', 'streets', 'years'], p),
		reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }),
		comparison: evaluationComparisonQuery(f)
	}),
	streets: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({ streets: streetsQuery(f, p) }),
	street: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({ ...reportSets(f, ['kpi', 'gradeMix', 'years'], p), reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }) }),
	years: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({ ...reportSets(f, ['years', 'gradesByYear'], p), comparison: evaluationComparisonQuery(f) }),
	indicators: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({ achievement: indicatorAchievementQuery(f, p), top: topIndicatorsQuery(f, 20, p) }),
	findings: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({
		themes: findingThemesQuery(f, p),
		byDistrictYear: findingThemesByDistrictYearQuery(f, p),
		sentences: findingsQuery(f, { kind: '问题', limit: 300 })
	}),
	reports: (f: Filters) => ({ reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }) }),
	review: (f: Filters) => ({ queue: reviewQueueQuery(f) })
};
