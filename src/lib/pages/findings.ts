/** Findings `/findings`: problem themes, themes by district and by year; the sentence list is the page's own. */
import type { Filters } from '../queries/filters';
import { findingThemesByDistrictYearQuery, findingThemesQuery, findingsQuery, type FindingThemeDistrictYearRow } from '../queries/findings';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { themesOption } from '../charts/indicators';
import { barsHeight, heatHeight, themeHeatOption } from '../charts/districts';
import { t } from '../i18n';
import { definePage, type Cols } from './spec';

const themeCount = (r: { byDistrictYear: readonly FindingThemeDistrictYearRow[] }) => new Set(r.byDistrictYear.map((x) => x.theme)).size;
const heatColumns = (c: Cols) => [c.districtPlain, c.year, c.theme, c.n];

export const findings = definePage({
	answers: 'findings',
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => ({
		themes: findingThemesQuery(f, p),
		byDistrictYear: findingThemesByDistrictYearQuery(f, p),
		sentences: findingsQuery(f, { kind: '问题', limit: 300 })
	}),
	charts: [
		{
			id: 'themes',
			title: () => t('chart.themes'),
			rows: (r) => r.themes,
			option: (r, ctx) => themesOption(r.themes, ctx),
			columns: (c) => [c.theme, c.kind, c.n, c.reports],
			height: (r) => barsHeight(new Set(r.themes.map((x) => x.theme)).size)
		},
		{
			id: 'by-district',
			title: () => t('chart.themesByDistrict'),
			rows: (r) => r.byDistrictYear,
			option: (r, ctx) => themeHeatOption(r.byDistrictYear, 'district', ctx),
			columns: heatColumns,
			// District names are rotated when more than eight stand side by side.
			height: (r) => heatHeight(themeCount(r), new Set(r.byDistrictYear.map((x) => x.district)).size > 8)
		},
		{
			id: 'by-year',
			title: () => t('chart.themesByYear'),
			rows: (r) => r.byDistrictYear,
			option: (r, ctx) => themeHeatOption(r.byDistrictYear, 'year', ctx),
			columns: heatColumns,
			height: (r) => heatHeight(themeCount(r))
		}
	]
});
