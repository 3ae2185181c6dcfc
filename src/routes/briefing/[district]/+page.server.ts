import { error } from '@sveltejs/kit';
import {
	DEFAULT_FILTERS,
	filterOptionsQuery,
	findingThemesQuery,
	findingsQuery,
	gradeMixQuery,
	kpiQuery,
	streetsQuery,
	yearsQuery,
	type FilterOptionRow
} from '$lib/queries';
import { queryAll, ssrContext } from '$lib/charts/load.server';
import { renderSvg } from '$lib/charts/ssr';
import type { ChartOption } from '$lib/charts/types';
import { barsHeight, streetsOption } from '$lib/charts/districts';
import { yearTrendOption } from '$lib/charts/years';
import { themesOption } from '$lib/charts/indicators';
import { topProblems } from '$lib/public/briefing';

/** The SVG string itself (the briefing embeds it in a figure, not a chart card), or null without rows. */
function svgOf(option: ChartOption, hasRows: boolean, height: number): string | null {
	return hasRows ? renderSvg(option, 640, height) : null;
}

/** One briefing per district present in the data. */
export async function entries() {
	const { options } = await queryAll({ options: filterOptionsQuery() });
	return (options as FilterOptionRow[]).filter((o) => o.kind === 'district').map((o) => ({ district: o.value }));
}

/** A district's key figures, charts as SVG and top problems, for printing. */
export async function load({ params, url }) {
	const C = ssrContext(url);
	const f = { ...DEFAULT_FILTERS, district: params.district };
	const rows = await queryAll({
		kpi: kpiQuery(f),
		gradeMix: gradeMixQuery(f),
		years: yearsQuery(f),
		streets: streetsQuery(f),
		themes: findingThemesQuery(f),
		findings: findingsQuery(f, { kind: '问题', limit: 500 })
	});
	if (!rows.kpi[0] || rows.kpi[0].reports === 0) error(404, `no reports for district ${params.district}`);
	const problemThemes = rows.themes.filter((t) => t.kind === '问题');
	const streets = rows.streets.filter((s) => s.street);
	return {
		district: params.district,
		kpi: rows.kpi[0],
		gradeMix: rows.gradeMix,
		years: rows.years,
		streets,
		themes: problemThemes,
		problems: topProblems(problemThemes, rows.findings, 5, 2),
		svg: {
			years: svgOf(yearTrendOption(rows.years, C), rows.years.length > 0, 260),
			// Every street, the worst included: a briefing that leaves one out misleads (the chart grows instead).
			streets: svgOf(streetsOption(streets, C), streets.length > 0, barsHeight(streets.length, 160)),
			themes: svgOf(themesOption(problemThemes, C), problemThemes.length > 0, barsHeight(new Set(problemThemes.map((t) => t.theme)).size, 160))
		}
	};
}
