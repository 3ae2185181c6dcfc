/** Numbers as people wrote them: binary float noise removed before a value leaves the app (CSV, PNG). Pure. */

/** 386.4800000000001 → 386.48, 0.9278399999999999 → 0.92784; integers, non-numbers and non-finite values unchanged. */
export function tidyNumber(v: number): number {
	return Number.isFinite(v) && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v;
}

/** Rows with every number tidied (new objects; other values as they are). */
export function tidyRows<R extends Record<string, unknown>>(rows: R[]): R[] {
	return rows.map((r) => {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(r)) out[k] = typeof v === 'number' ? tidyNumber(v) : v;
		return out as R;
	});
}
