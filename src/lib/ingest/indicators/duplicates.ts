/**
 * One indicator read twice: a 绩效目标 section's target ("受益脱贫人口数 ≥31人") and the table that states it with its result
 * ("受益脱贫人口数 | ≥31人 | 33人"). The row that says less is dropped when a row of the same name says all it says and more;
 * rows that disagree (another target, another result) both stay for the reviewer.
 */
import type { RawIndicator } from './shared';

const key = (s: string) => s.replace(/\s+/g, '');

/** Whether row a says nothing b does not say too, and b says more. */
function covers(b: RawIndicator, a: RawIndicator): boolean {
	if (b === a || key(b.name) !== key(a.name)) return false;
	const same = (x: string | null, y: string | null) => x === null || (y !== null && key(x) === key(y));
	if (!same(a.target_text, b.target_text) || !same(a.actual_text, b.actual_text)) return false;
	const info = (r: RawIndicator) => (r.target_text !== null ? 1 : 0) + (r.actual_text !== null ? 1 : 0);
	return info(b) > info(a);
}

/** The rows without those another row of the same name covers. */
export function dropPartialDuplicates(rows: RawIndicator[]): RawIndicator[] {
	return rows.filter((a) => !rows.some((b) => covers(b, a)));
}
