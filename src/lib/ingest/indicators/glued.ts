/**
 * Number cells glued together when a table lost its cell borders ("202010100.00%10", "总分100100"):
 * every way to cut such a run into valid number cells. Which cut is right is decided by the caller
 * from the table's arithmetic; this module only lists the candidates.
 */

/** One number cell: no leading zeros, at most 6 decimals, a percent sign only at its end. */
export const PART = /^(?:0|[1-9]\d{0,11})(?:\.\d{1,6})?%?$/;

/** Longest text one part can have (12 integer digits, a point, 6 decimals, %). */
const MAX_PART = 20;

/** A run of digits, points, commas and percent signs that may hold several cells. */
export const RUN = /^[\d.,%]+$/;

/** Parse a part: its value (a percent as written, not divided) and the decimals it was written with. */
export function partValue(p: string): { value: number; decimals: number; percent: boolean } {
	const percent = p.endsWith('%');
	const body = percent ? p.slice(0, -1) : p;
	const dot = body.indexOf('.');
	return { value: Number(body), decimals: dot < 0 ? 0 : body.length - dot - 1, percent };
}

/**
 * Every cut of `s` into 1..maxParts valid parts (the uncut reading first when it is valid), at most
 * `cap` cuts. Thousands separators are dropped first ("1,234.5" is one number).
 */
export function cuts(s: string, maxParts: number, cap = 2000): string[][] {
	const t = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?%?$/.test(s) ? s.replace(/,/g, '') : s;
	const out: string[][] = [];
	if (!RUN.test(t) || t.includes(',') || maxParts < 1 || t.length > maxParts * MAX_PART) return out;
	const parts: string[] = [];
	const walk = (from: number): void => {
		if (out.length >= cap) return;
		if (from === t.length) {
			out.push(parts.slice());
			return;
		}
		const left = maxParts - parts.length;
		if (left === 0 || t.length - from > left * MAX_PART) return;
		for (let to = from + 1; to <= Math.min(t.length, from + MAX_PART); to++) {
			const p = t.slice(from, to);
			if (!PART.test(p)) {
				// a leading zero can only be "0" or "0.x": longer cuts from here stay invalid
				if (p.length > 1 && p[0] === '0' && p[1] !== '.') break;
				continue;
			}
			parts.push(p);
			walk(to);
			parts.pop();
		}
	};
	walk(0);
	return out.sort((a, b) => a.length - b.length);
}
