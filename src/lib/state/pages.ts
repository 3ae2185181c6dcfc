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

/** How many reports a list page prerenders and filters client-side. */
export const REPORT_LIST_LIMIT = 5000;

/**
 * The queries behind each page, as one function of the filters, shared by prerendering and the browser.
 * Report-level aggregates of one page share one statement (queries/combined.ts); the rest run on their own.
 */
export const PAGE_QUERIES = {
	overview: (f: Filters) => ({
		...reportSets(f, ['kpi', 'gradeMix', 'exec', 'box', 'gradesByYear']),
		indicators: indicatorAchievementQuery(f)
	}),
	districts: (f: Filters) => reportSets(f, ['exec', 'box', 'districtYear']),
	district: (f: Filters) => ({
		...reportSets(f, ['kpi', 'gradeMix', 'streets', 'years']),
		reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }),
		comparison: evaluationComparisonQuery(f)
	}),
	streets: (f: Filters) => ({ streets: streetsQuery(f) }),
	street: (f: Filters) => ({ ...reportSets(f, ['kpi', 'gradeMix', 'years']), reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }) }),
	years: (f: Filters) => ({ ...reportSets(f, ['years', 'gradesByYear']), comparison: evaluationComparisonQuery(f) }),
	indicators: (f: Filters) => ({ achievement: indicatorAchievementQuery(f), top: topIndicatorsQuery(f, 20) }),
	findings: (f: Filters) => ({
		themes: findingThemesQuery(f),
		byDistrictYear: findingThemesByDistrictYearQuery(f),
		sentences: findingsQuery(f, { kind: '问题', limit: 300 })
	}),
	reports: (f: Filters) => ({ reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }) }),
	review: (f: Filters) => ({ queue: reviewQueueQuery(f) })
};
