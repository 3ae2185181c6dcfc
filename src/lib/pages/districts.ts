/** Districts `/districts`: the ranking table (the page's own), execution by district, heat maps district × year. */
import type { Filters } from '../queries/filters';
import { reportSets } from '../queries/combined';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { execByDistrictOption } from '../charts/overview';
import { districtYearHeatOption, heatHeight } from '../charts/districts';
import type { DistrictYearRow } from '../queries/districts';
import { t } from '../i18n';
import { definePage, type Cols } from './spec';

/** Heat maps as tall as the districts they list. */
const heat = (r: { districtYear: readonly DistrictYearRow[] }) => heatHeight(new Set(r.districtYear.map((x) => x.district)).size);
const heatColumns = (c: Cols) => [c.districtPlain, c.year, c.reports, c.executionRate, c.meanScore];

export const districts = definePage({
	answers: 'districts',
	queries: (f: Filters, p: QueryPlan = DETAIL_PLAN) => reportSets(f, ['exec', 'box', 'districtYear'], p),
	charts: [
		{
			id: 'exec',
			title: () => t('chart.execByDistrict'),
			rows: (r) => r.exec,
			option: (r, ctx) => execByDistrictOption(r.exec, ctx),
			columns: (c) => [c.district, c.reports, c.budget, c.actual, c.executionRate, c.meanScore]
		},
		{
			id: 'heat-exec',
			title: () => t('chart.heatExec'),
			rows: (r) => r.districtYear,
			option: (r, ctx) => districtYearHeatOption(r.districtYear, 'execution_rate', ctx),
			columns: heatColumns,
			height: heat
		},
		{
			id: 'heat-score',
			title: () => t('chart.heatScore'),
			rows: (r) => r.districtYear,
			option: (r, ctx) => districtYearHeatOption(r.districtYear, 'mean_score', ctx),
			columns: heatColumns,
			height: heat
		}
	]
});
