import { DEFAULT_FILTERS } from '$lib/queries';
import { PAGE_QUERIES } from '$lib/state/pages';
import { queryAll, svgOf, ssrContext } from '$lib/charts/load.server';
import { execByDistrictOption } from '$lib/charts/overview';
import { districtYearHeatOption, heatHeight } from '$lib/charts/districts';

/** Districts compared: ranking rows and heat maps, prerendered. */
export async function load({ url }) {
	const C = ssrContext(url);
	const rows = await queryAll(PAGE_QUERIES.districts(DEFAULT_FILTERS));
	const h = heatHeight(new Set(rows.districtYear.map((r) => r.district)).size);
	return {
		rows,
		svg: {
			exec: svgOf(execByDistrictOption(rows.exec, C), rows.exec.length > 0),
			heatExec: svgOf(districtYearHeatOption(rows.districtYear, 'execution_rate', C), rows.districtYear.length > 0, h),
			heatScore: svgOf(districtYearHeatOption(rows.districtYear, 'mean_score', C), rows.districtYear.length > 0, h)
		}
	};
}
