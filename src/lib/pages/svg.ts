/** Build time: each chart of a page spec rendered to SVG under its id, from the same option the browser draws. */
import { renderSvg } from '../charts/ssr';
import type { ChartContext } from '../charts/types';
import type { Filters } from '../queries/filters';
import { heightOf, type ChartId, type PageRows, type PageSpec, type Queries } from './spec';

/** The prerendered SVG of every chart of `spec` by chart id; null for a chart with nothing to draw (ChartCard then says so). */
export function chartSvgs<S extends PageSpec<Queries, string>>(
	spec: S,
	rows: PageRows<S>,
	ctx: ChartContext,
	f: Filters,
	width = 640
): Record<ChartId<S>, string | null> {
	const out: Record<string, string | null> = {};
	for (const chart of spec.charts) out[chart.id] = chart.rows(rows).length > 0 ? renderSvg(chart.option(rows, ctx, f), width, heightOf(chart, rows)) : null;
	return out as Record<ChartId<S>, string | null>;
}
