/**
 * Which pre-aggregated summary tables a builder may read comes in as a plan (sqltext/plan.ts): the one
 * attachDataset returned for the connector the page queries. Builders answer from a summary when the filters
 * touch only its dimensions, from the coarsest one that has the place columns they filter and group by; without a
 * plan they read the detail rows.
 */
import type { Filters, FilterKey } from './filters';
import {
	DETAIL_PLAN,
	pickSummary,
	type PlaceColumn,
	type QueryPlan,
	type StateTable,
	type SummaryKind,
	type SummaryTable,
	type TopLevel
} from '../sqltext/plan';

export {
	COARSE_SUMMARY_TABLES,
	DETAIL_PLAN,
	detailPlanOf,
	SUMMARY_GRAIN,
	SUMMARY_TABLES,
	pickSummary,
	planWith,
	STATE_TABLES,
	type PlaceColumn,
	type StateTable,
	type QueryPlan,
	type SummaryKind,
	type SummaryTable,
	type TopLevel
} from '../sqltext/plan';

/** The place columns the filters `f` put conditions on (those not in `ignore`). */
export function filterPlaces(f: Filters, ignore: readonly FilterKey[] = []): PlaceColumn[] {
	const p: PlaceColumn[] = [];
	if (f.district != null && !ignore.includes('district')) p.push('district');
	if (f.street != null && !ignore.includes('street')) p.push('street');
	return p;
}

/**
 * The summary table of `kind` that answers `f` when a query also groups or filters by the place columns `places`:
 * the coarsest in `plan` that has them all, or null (detail rows). Summaries have no user_data column: a view of
 * the user's rows alone reads detail rows.
 */
export function summaryFor(
	plan: QueryPlan,
	kind: SummaryKind,
	f: Filters,
	places: Iterable<PlaceColumn> = [],
	ignore: readonly FilterKey[] = []
): SummaryTable | null {
	if (f.source === 'user') return null;
	return pickSummary(plan, kind, new Set([...filterPlaces(f, ignore), ...places]));
}

/**
 * True when a summary of `kind` in `plan` answers `f` (any grain): summary_reports covers every filter; the others
 * have no street column (a street is a drill-down, read from detail rows).
 */
export function useSummary(plan: QueryPlan, kind: SummaryKind, f: Filters): boolean {
	return summaryFor(plan, kind, f) != null;
}

/**
 * The answer table `t` (sqltext/plan.ts STATE_TABLES) when `plan` has it and `f` chooses at most a district: no
 * street, year, evaluation type or grade, every source; else null (the builder reads the summaries or detail rows).
 */
export function stateTable(plan: QueryPlan, t: StateTable, f: Filters): StateTable | null {
	if (!plan.states?.includes(t)) return null;
	// The province and city tables have no district column: the overview reads them only with no place chosen.
	if ((t === 'summary_box_province' || t === 'summary_box_city') && f.district != null) return null;
	const districtOnly = f.street == null && f.yearFrom == null && f.yearTo == null && f.evaluationType == null && f.grade == null && f.source === 'all';
	return districtOnly ? t : null;
}

/**
 * The level the overview groups its place charts (execution, score box) by under `f`: the dataset's top place level
 * (`plan.top`: several provinces → province, one province with several cities → city), or district, as for one
 * city, whenever a district or a street is chosen (the overview then behaves as it does for one city).
 */
export function overviewLevel(f: Filters, plan: QueryPlan = DETAIL_PLAN): TopLevel {
	if (f.district != null || f.street != null) return 'district';
	return plan.top ?? 'district';
}
