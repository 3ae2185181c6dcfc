/**
 * The query plan the dashboard's pages pass to the builders: their connector's (what the shipped dataset holds),
 * or detail rows only while this browser adds rows (uploads) or overlays corrections, which the shipped summary
 * tables know nothing of. Browser state, kept here: queries/plan.ts holds none.
 */
import type { Connector } from '../db/connector';
import { detailPlanOf, type QueryPlan } from '../queries/plan';

const detailOnly = { userRows: false, corrections: false };

/** Records that this browser's rows (`userRows`) or corrections are (not) in the views. */
export function setDetailOnly(reason: keyof typeof detailOnly, on: boolean): void {
	detailOnly[reason] = on;
}

/** The plan for queries on `db` now (detail rows only: still the dataset's top place level, which the overview groups by). */
export function pagePlan(db: Connector): QueryPlan {
	return detailOnly.userRows || detailOnly.corrections || !db.plan ? detailPlanOf(db.plan) : db.plan;
}
