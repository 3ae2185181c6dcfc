/** Build time: a page's default view from its spec, rows and SVG charts, so every page reads with JavaScript off. */
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import { queryAll, ssrContext } from '../charts/load.server';
import { buildConnector } from '../db/dataset.server';
import { detailPlanOf } from '../queries/plan';
import { chartSvgs } from './svg';
import type { ChartId, PageRows, PageSpec, Queries } from './spec';

/** What a page's server load returns for its spec: the rows its QueryView starts from and each chart's SVG by chart id. */
export interface Prerendered<S> {
	rows: PageRows<S>;
	svg: Record<ChartId<S>, string | null>;
}

/**
 * Runs `spec`'s queries under `f` (the page's own filters: none, or its district and street) on native DuckDB and
 * renders its charts in the language of `url`'s path.
 */
export async function prerenderPage<S extends PageSpec<Queries, string>>(spec: S, url: URL, f: Filters = DEFAULT_FILTERS): Promise<Prerendered<S>> {
	// Detail rows, at the dataset's top place level (the overview's place charts group by it).
	const rows = (await queryAll(spec.queries(f, detailPlanOf((await buildConnector()).plan)))) as PageRows<S>;
	// The SVG stands in for the live chart while the reader has chosen no filter: drawn for the default filters.
	return { rows, svg: chartSvgs(spec, rows, ssrContext(url), DEFAULT_FILTERS) };
}
