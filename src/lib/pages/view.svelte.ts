/** The browser side of a page spec: the page's QueryView, re-run whenever the reader's filters change. */
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import { filters } from '../state/filters.svelte';
import { QueryView, type BuildQueries } from '../state/view.svelte';
import { planWith, type QueryPlan, type TopLevel } from '../queries/plan';
import { answersFor, type Before } from '../answers/client';
import type { PageQueries, PageRows, PageSpec, Queries } from './spec';

/** What a page's server load gave it (pages/load.server.ts) and the layout's data version. */
export interface PageData<S> {
	rows: PageRows<S>;
	dataVersion?: string | null;
	/** The dataset's top place level as the build saw it (the layout's): the plan of queries built before the engine. */
	placeTop?: TopLevel | null;
}

/** A page's queries with `base` as the plan when none is given (before the engine), one function per page and level. */
const withBase: Partial<Record<TopLevel, WeakMap<object, BuildQueries<never>>>> = {};
function basePlanned<Q extends Queries>(queries: PageSpec<Q>['queries'], top: TopLevel): PageSpec<Q>['queries'] {
	const byLevel = (withBase[top] ??= new WeakMap());
	let fn = byLevel.get(queries) as PageSpec<Q>['queries'] | undefined;
	if (!fn) {
		const base = planWith([], top);
		fn = (f: Filters, plan?: QueryPlan) => queries(f, plan ?? base);
		byLevel.set(queries, fn as BuildQueries<never>);
	}
	return fn;
}

export interface PageViewOptions<S> {
	/** The page's own filters over the reader's (a district's or street's page: its place); none by default. */
	scope?: (f: Filters) => Filters;
	/** Rows before the engine from the prerendered rows, instead of the spec's answer files (the report list filters its own). */
	before?: (rows: PageRows<S>) => Before | null;
}

/**
 * The QueryView of `spec` for one page instance: starts from the prerendered rows (`data()` is read once: the page
 * component is made again for another page), draws the spec's answer files before the engine, and re-runs the
 * queries under the filters in the URL (`$effect.pre`: call it while the component is created).
 */
export function pageView<S extends PageSpec<Queries, string>>(spec: S, data: () => PageData<S>, opts: PageViewOptions<S> = {}): QueryView<PageQueries<S>> {
	const { scope } = opts;
	const { rows, dataVersion = null, placeTop = null } = data();
	const before = opts.before ? opts.before(rows) : spec.answers ? answersFor(spec.answers, dataVersion) : null;
	// Before the engine (no plan), the queries are built at the dataset's top place level, as the build's were.
	const queries = placeTop && placeTop !== 'district' ? basePlanned(spec.queries, placeTop) : spec.queries;
	// Unscoped, the spec's own function (one per level): the engine warm-up runs once per page and tab (it is keyed by it).
	const build = (scope ? (f: Filters, plan?: QueryPlan) => queries(scope(f), plan) : queries) as BuildQueries<PageQueries<S>>;
	// The report cube answers the queries marked for it on every page (answers/cube.ts), of the layout's data version.
	const view = new QueryView<PageQueries<S>>(rows, scope ? scope(DEFAULT_FILTERS) : DEFAULT_FILTERS, build, before, dataVersion);
	$effect.pre(() => void view.run(scope ? scope(filters.current) : filters.current));
	return view;
}
