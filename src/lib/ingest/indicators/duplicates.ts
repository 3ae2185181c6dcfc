/**
 * One indicator read twice: a 绩效目标 section's target ("受益脱贫人口数 ≥31人") and the table that states it with its result
 * ("受益脱贫人口数 | ≥31人 | 33人"). The row that says less is dropped when a row of the same name says all it says and more;
 * rows that disagree (another target, another result) both stay for the reviewer.
 */
import { meets, parseMeasure } from '../numbers';
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

/** The words a result opens with that are no part of the indicator's name ("全年落实示范种植面积"). */
const RESULT_LEAD = /^(?:全年|年度|累计|共|已|实际|落实|完成|实现)+/;

/**
 * A table of targets whose results are told in the prose ("示范种植面积 | ≥5000亩 | 已完成100%" … "全年落实示范种植面积5260亩"):
 * the table's row takes the one prose result of the same name and unit that states no other target, and the prose row
 * goes. A name stated twice in the prose, or a result with another target, leaves both rows for the reviewer.
 */
export function completeTargets(rows: RawIndicator[]): RawIndicator[] {
	const gone = new Set<RawIndicator>();
	for (const t of rows) {
		if (t.origin !== 'table' || t.target_text === null || t.actual_text !== null || t.target_value === null) continue;
		const n = key(t.name);
		const found = rows.filter(
			(r) =>
				r.origin === 'narrative' &&
				!gone.has(r) &&
				r.actual_value !== null &&
				r.unit === t.unit &&
				(r.target_value === null || r.target_value === t.target_value) &&
				(key(r.name) === n || key(r.name).replace(RESULT_LEAD, '') === n)
		);
		if (found.length !== 1) continue;
		const r = found[0];
		t.actual_text = r.actual_text;
		t.actual_value = r.actual_value;
		const op = parseMeasure(t.target_text).op;
		t.achieved = meets(r.actual_value!, t.target_value, op ?? (t.level2 === '成本' ? '<=' : null));
		gone.add(r);
	}
	return rows.filter((r) => !gone.has(r));
}
