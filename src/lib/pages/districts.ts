/** Districts `/districts`: the ranking table (the page's own), execution by district, heat maps district × year. */
import type { Filters } from '../queries/filters';
import { reportSets } from '../queries/combined';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { execByDistrictOption } from '../charts/overview';
import { districtYearHeatOption, heatHeight } from '../charts/districts';
import type { DistrictYearRow } from '../queries/districts';
import { t } from '../i18n';
import { definePage, type ChartSpec } from './spec';

/** A heat map of the district × year rows (execution rate or mean score), as tall as the districts it lists. */
function heatChart<const Id extends string>(
	id: Id,
	title: 'chart.heatExec' | 'chart.heatScore',
	metric: 'execution_rate' | 'mean_score'
): ChartSpec<{ readonly districtYear: DistrictYearRow[] }, Id> {
	return {
		id,
		title: () => t(title),
		rows: (r) => r.districtYear,
		option: (r, ctx) => districtYearHeatOption(r.districtYear, metric, ctx),
		columns: (c) => [c.districtPlain, c.year, c.reports, c.executionRate, c.meanScore],
		height: (r) => heatHeight(new Set(r.districtYear.map((x) => x.district)).size)
	};
}

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
		heatChart('heat-exec', 'chart.heatExec', 'execution_rate'),
		heatChart('heat-score', 'chart.heatScore', 'mean_score')
	]
});
