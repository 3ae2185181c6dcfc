import {
	districtYearQuery,
	evaluationComparisonQuery,
	execByDistrictQuery,
	findingThemesByDistrictYearQuery,
	findingThemesQuery,
	findingsQuery,
	gradeMixQuery,
	gradesByYearQuery,
	indicatorAchievementQuery,
	kpiQuery,
	reportsListQuery,
	scoreBoxByDistrictQuery,
	streetsQuery,
	topIndicatorsQuery,
	yearsQuery,
	type Filters
} from '../queries';

/** How many reports a list page prerenders and filters client-side. */
export const REPORT_LIST_LIMIT = 5000;

/** The queries behind each page, as one function of the filters, shared by prerendering and the browser. */
export const PAGE_QUERIES = {
	overview: (f: Filters) => ({
		kpi: kpiQuery(f),
		gradeMix: gradeMixQuery(f),
		exec: execByDistrictQuery(f),
		box: scoreBoxByDistrictQuery(f),
		gradesByYear: gradesByYearQuery(f),
		indicators: indicatorAchievementQuery(f)
	}),
	districts: (f: Filters) => ({ exec: execByDistrictQuery(f), box: scoreBoxByDistrictQuery(f), districtYear: districtYearQuery(f) }),
	district: (f: Filters) => ({
		kpi: kpiQuery(f),
		gradeMix: gradeMixQuery(f),
		streets: streetsQuery(f),
		years: yearsQuery(f),
		reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }),
		comparison: evaluationComparisonQuery(f)
	}),
	streets: (f: Filters) => ({ streets: streetsQuery(f) }),
	street: (f: Filters) => ({ kpi: kpiQuery(f), gradeMix: gradeMixQuery(f), years: yearsQuery(f), reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }) }),
	years: (f: Filters) => ({ years: yearsQuery(f), gradesByYear: gradesByYearQuery(f), comparison: evaluationComparisonQuery(f) }),
	indicators: (f: Filters) => ({ achievement: indicatorAchievementQuery(f), top: topIndicatorsQuery(f, 20) }),
	findings: (f: Filters) => ({
		themes: findingThemesQuery(f),
		byDistrictYear: findingThemesByDistrictYearQuery(f),
		sentences: findingsQuery(f, { kind: '问题', limit: 300 })
	}),
	reports: (f: Filters) => ({ reports: reportsListQuery(f, { limit: REPORT_LIST_LIMIT }) })
};
