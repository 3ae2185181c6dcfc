/**
 * The dashboard's page specs (pages/spec.ts): each page's queries and charts, by page. `PAGE_QUERIES` is their
 * queries alone, for what runs a page's queries without drawing it (the build's answer files, answers/; tests).
 */
import { overview } from './overview';
import { districts } from './districts';
import { district } from './district';
import { streets } from './streets';
import { street } from './street';
import { years } from './years';
import { indicators } from './indicators';
import { findings } from './findings';
import { reports, REPORT_LIST_LIMIT } from './reports';
import { review } from './review';

export { overview, districts, district, streets, street, years, indicators, findings, reports, review, REPORT_LIST_LIMIT };

/** Every page spec by page name (the answer files' page names where the page has them). */
export const PAGES = { overview, districts, district, streets, street, years, indicators, findings, reports, review };

/** The queries behind each page, as one function of the filters and the query plan (detail rows when none is given). */
export const PAGE_QUERIES = {
	overview: overview.queries,
	districts: districts.queries,
	district: district.queries,
	streets: streets.queries,
	street: street.queries,
	years: years.queries,
	indicators: indicators.queries,
	findings: findings.queries,
	reports: reports.queries,
	review: review.queries
};
