import { DEFAULT_FILTERS, execByDistrictQuery, gradeMixQuery, gradesByYearQuery, kpiQuery, yearsQuery } from '$lib/queries';
import { queryAll, svgOf, ssrContext } from '$lib/charts/load.server';
import { execByDistrictOption, gradesByYearOption } from '$lib/charts/overview';
import { yearTrendOption } from '$lib/charts/years';
import { districtMapOption } from '$lib/public/map';
import { guangzhouGeo } from '$lib/public/geo.server';
import { registerDistrictMap } from '$lib/public/register-map';
import { localeFromPath } from '$lib/i18n/path';
import { englishNames } from '$lib/places/english';

/** Map size in SVG units (the SVG scales to its box). */
const MAP_W = 640;
const MAP_H = 520;

/** The public page's figures for the whole dataset, with the map and charts as SVG for readers without JavaScript. */
export async function load({ url }) {
	const C = ssrContext(url);
	const f = DEFAULT_FILTERS;
	const rows = await queryAll({
		kpi: kpiQuery(f),
		gradeMix: gradeMixQuery(f),
		exec: execByDistrictQuery(f),
		years: yearsQuery(f),
		gradesByYear: gradesByYearQuery(f)
	});
	const geo = guangzhouGeo();
	registerDistrictMap(geo);
	const names = geo.features.map((x) => x.properties.name);
	return {
		rows,
		names,
		// English pages: every district the map draws in English, those without reports too (the layout's labels cover the data's only).
		mapLabels: localeFromPath(url.pathname) === 'en' ? englishNames(names, 'district') : null,
		mapSize: { width: MAP_W, height: MAP_H },
		svg: {
			map: svgOf(districtMapOption(rows.exec, C, 'execution_rate', names), true, MAP_H, MAP_W),
			exec: svgOf(execByDistrictOption(rows.exec, C), rows.exec.length > 0),
			years: svgOf(yearTrendOption(rows.years, C), rows.years.length > 0, 300),
			gradesByYear: svgOf(gradesByYearOption(rows.gradesByYear, C), rows.gradesByYear.length > 0)
		}
	};
}
