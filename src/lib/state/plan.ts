/**
 * The query plan the dashboard's pages pass to the builders: their connector's (what the shipped dataset holds),
 * or detail rows only while this browser adds rows (uploads) or overlays corrections, which the shipped summary
 * tables know nothing of. Browser state, kept here: queries/plan.ts holds none.
 */
import type { Connector } from '../db/connector';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';

const detailOnly = { userRows: false, corrections: false };

/** Records that this browser's rows (`userRows`) or corrections are (not) in the views. */
export function setDetailOnly(reason: keyof typeof detailOnly, on: boolean): void {
	detailOnly[reason] = on;
}

/** The plan for queries on `db` now. */
export function pagePlan(db: Connector): QueryPlan {
	return detailOnly.userRows || detailOnly.corrections ? DETAIL_PLAN : (db.plan ?? DETAIL_PLAN);
}
