/**
 * Page specs: what a dashboard page asks of the data and what it draws from it, stated once and read by both
 * sides. At build time `prerenderPage` (pages/load.server.ts) runs the spec's queries on native DuckDB and renders
 * each chart to SVG under its own id; in the browser `pageView` (pages/view.svelte.ts) re-runs the same queries
 * under the reader's filters and `PageCharts.svelte` draws the same charts with `ChartCard`. What is a page's own
 * (tables, lead text, drill links, click actions) stays in its `+page.svelte`.
 */
import type { Query } from '../queries/combined';
import type { Filters } from '../queries/filters';
import type { QueryPlan } from '../queries/plan';
import type { RowsOf } from '../queries/typed';
import type { AnswerPage } from '../answers/states';
import type { ChartContext, ChartOption } from '../charts/types';
import type { cols } from '../components/columns';

/** The plot height (px) of a chart that states none: ChartCard's and the prerendered SVG's. */
export const CHART_HEIGHT = 320;

/** The shared column definitions (components/columns.ts `cols()`, labelled in the reader's language). */
export type Cols = ReturnType<typeof cols>;

/** A page's named queries for one filter state. */
export type Queries = Record<string, Query>;

/**
 * One chart of a page, drawn from the page's rows `R` (rows by query name). Its functions are methods, so a page's
 * chart is a chart of any page (`PageSpec<Queries>`) where code takes every page.
 */
export interface ChartSpec<R, Id extends string = string> {
	/** The card's id and `data-chart` (e2e tests and links find the chart by it); unique on its page. */
	id: Id;
	/** The heading, in the reader's language (read where it is drawn). */
	title(r: R): string;
	/** The rows the chart stands for: its table, its CSV, and whether it has anything to draw. */
	rows(r: R): readonly unknown[];
	/** The ECharts option; `f` is the reader's filter choice, the URL's (the overview marks the chosen district). */
	option(r: R, ctx: ChartContext, f: Filters): ChartOption;
	/** The table and CSV columns (`r`: the rows, where the columns depend on them: the overview's place level). */
	columns(c: Cols, r?: R): Cols[keyof Cols][];
	/** Plot height in px (CHART_HEIGHT when not given). */
	height?(r: R): number;
	/** A line under the heading (what a click does; `r`: the rows, where it depends on them). */
	hint?(r?: R): string;
}

/** A dashboard page: its queries and its charts. */
export interface PageSpec<Q extends Queries = Queries, Id extends string = string> {
	/** The page's answer files before the engine (answers/), when its filters are the URL's. */
	answers?: AnswerPage;
	/** The page's named queries, as one function of the filters and the connector's query plan (detail rows when none is given). */
	queries: (f: Filters, plan?: QueryPlan) => Q;
	/** The charts, in page order. */
	charts: readonly ChartSpec<NoInfer<RowsOf<Q>>, Id>[];
}

/** The chart ids of a page spec. */
export type ChartId<S> = S extends PageSpec<Queries, infer Id> ? Id : never;

/** The named queries of a page spec. */
export type PageQueries<S> = S extends PageSpec<infer Q, string> ? Q : never;

/** The rows of a page spec, by query name, of each builder's row type. */
export type PageRows<S> = RowsOf<PageQueries<S>>;

/** Declares a page spec, keeping its query names, row types and chart ids as types. */
export function definePage<Q extends Queries, const Id extends string = never>(spec: PageSpec<Q, Id>): PageSpec<Q, Id> {
	return spec;
}

/** A chart's plot height. */
export const heightOf = <R>(chart: ChartSpec<R>, rows: R): number => chart.height?.(rows) ?? CHART_HEIGHT;
