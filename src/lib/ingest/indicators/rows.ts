/**
 * One indicator row: the cells after its name placed into the header's columns. Cells go in the
 * header's order; a missing cell (an empty cell lost when the table was flattened) leaves its column
 * blank. Of all placements the reader keeps those with the most numeric 分值 / 得分 (得分 ≤ 分值), then
 * those that use the most cells; where the kept placements disagree on a column, it stays blank.
 */
import { meets, parseMeasure } from '../numbers';
import { fitsCol, FRAGMENT, labelOf, PLACEHOLDER, TERMINATOR, totalRest, valueLike } from './cells';
import type { Col } from './header';
import { PART } from './glued';
import { EMPTY_CELL, num, type RawIndicator, type Tok } from './shared';

/** A placement: column → index of the cell it holds (in `toks`, the cells it was placed from). */
export type Fit = { at: Partial<Record<Col, number>>; next: number; anchors: number; skipped: number; toks: Tok[]; splits: number };

/** Whether the cell at k can start the next row (or end the table) in a stream of cells. */
function boundary(toks: Tok[], k: number): boolean {
	if (k >= toks.length) return true;
	const t = toks[k].t;
	if (toks[k].reason) return false;
	if (EMPTY_CELL.test(t) || PLACEHOLDER.test(t) || labelOf(t) || FRAGMENT.test(t) || totalRest(t) !== null || TERMINATOR.test(t)) return true;
	return !valueLike(t) && t.length <= 60;
}

/** Every placement of the cells from `s` (up to `e`) into `cols`; `reliable`: the row ends at `e`. */
function placements(toks: Tok[], s: number, e: number, cols: Col[], reliable: boolean): Fit[] {
	const fits: Fit[] = [];
	const at: Partial<Record<Col, number>> = {};
	let nodes = 0;
	const close = (k: number) => {
		const anchors = (['weight', 'points'] as const).filter((c) => at[c] !== undefined && !EMPTY_CELL.test(toks[at[c]!].t)).length;
		const w = at.weight !== undefined ? num(toks[at.weight].t) : null;
		const p = at.points !== undefined ? num(toks[at.points].t) : null;
		if (w !== null && p !== null && p > w + 1e-9) return;
		if (k === s) return; // a name with no value is no row
		// (…nor a name with only its unit or its operator: "转移就业培训 | 人次" before figures that could not be parted)
		if (
			!(['target', 'actual', 'weight', 'points'] as const).some(
				(c) => at[c] !== undefined && ((c !== 'target' && c !== 'actual') || !fitsCol('unit', toks[at[c]!].t, false))
			)
		)
			return;
		// columns left blank before the last one used (a cell lost there rather than at the end)
		let last = -1;
		cols.forEach((c, i) => {
			if (at[c] !== undefined) last = i;
		});
		const skipped = cols.slice(0, last + 1).filter((c) => at[c] === undefined).length;
		fits.push({ at: { ...at }, next: k, anchors, skipped, toks, splits: 0 });
	};
	const walk = (k: number, ci: number) => {
		if (++nodes > 2000) return;
		// stop here: the rest of a reliable row must have been used (a reason cell takes all that is left)
		if (reliable ? k === e : boundary(toks, k)) close(k);
		if (k >= e || ci >= cols.length) return;
		// an empty cell holds its own column: the next one
		const last = EMPTY_CELL.test(toks[k].t) ? ci : cols.length - 1;
		for (let c = ci; c <= last; c++) {
			const col = cols[c];
			if (toks[k].reason ? col !== 'reason' && col !== 'other' : !fitsCol(col, toks[k].t, !reliable)) continue;
			at[col] = k;
			const absorbs = reliable && (col === 'reason' || col === 'other') && c === cols.length - 1;
			walk(absorbs ? e : k + 1, c + 1);
			delete at[col];
		}
	};
	walk(s, 0);
	return fits;
}

/**
 * Ways to read a cell as two glued cells: "1010" (分值 10 | 得分 10), "15100%" (分值 15 | 指标值 100%),
 * "1048万元" (分值 10 | 指标值 48万元). Which one holds is left to the placement (得分 ≤ 分值 ≤ 100).
 */
export function gluedPairs(t: string): [string, string][] {
	const out: [string, string][] = [];
	if (/^\d{3,7}$/.test(t) && Number(t) > 100) {
		for (let i = 1; i < t.length; i++) {
			const [a, b] = [t.slice(0, i), t.slice(i)];
			if (PART.test(a) && PART.test(b) && Number(a) > 0 && Number(a) <= 100 && Number(b) <= 100) out.push([a, b]);
		}
	} else if (/^\d{1,3}(?:\.\d+)?%\d{1,3}(?:\.\d)?$/.test(t)) {
		// a rate glued to the weight after it ("92%20": 实际完成值 92% | 分值 20)
		const cut = t.indexOf('%') + 1;
		if (Number(t.slice(cut)) > 0 && Number(t.slice(cut)) <= 100) out.push([t.slice(0, cut), t.slice(cut)]);
	} else if (/^\d{4,7}(?:\.\d+)?(?:%|[\u4e00-\u9fff/]{1,5})$/.test(t) || /^\d{1,3}(?:\.\d)?[≥≤=<>]/.test(t)) {
		for (const m of t.matchAll(/(?<=^\d{1,3}(?:\.\d)?)(?=[≥≤=<>1-9])/g)) {
			const [a, b] = [t.slice(0, m.index), t.slice(m.index)];
			// the rest is a value of its own: an operator and a figure, or a figure with no operator inside
			if (!/^[≥≤=<>]\d|^\d[^≥≤=<>]*$/.test(b)) continue;
			if (PART.test(a) && Number(a) > 0 && Number(a) <= 100) out.push([a, b]);
		}
	}
	return out;
}

/** The cells of a window with glued cells cut (at most 3 cells cut, each one way per variant). */
function variants(toks: Tok[], s: number, e: number): { toks: Tok[]; map: number[]; splits: number }[] {
	const alt = new Map<number, [string, string][]>();
	for (let k = s; k < e && alt.size < 3; k++) {
		const pairs = NUM_RUN.test(toks[k].t) || /\d[≥≤=<>%\u4e00-\u9fff]/.test(toks[k].t) ? gluedPairs(toks[k].t) : [];
		if (pairs.length) alt.set(k, pairs);
	}
	const out: { toks: Tok[]; map: number[]; splits: number }[] = [];
	const keys = [...alt.keys()];
	const walk = (i: number, choice: Map<number, [string, string] | null>) => {
		if (i === keys.length) {
			const vt: Tok[] = [];
			const map: number[] = [];
			let splits = 0;
			for (let k = s; k < Math.min(toks.length, e + 2); k++) {
				const c = choice.get(k);
				if (!c) {
					vt.push(toks[k]);
					map.push(k);
					continue;
				}
				splits++;
				const cut = toks[k].start + Math.min(c[0].length, toks[k].end - toks[k].start);
				vt.push({ ...toks[k], t: c[0], end: cut }, { ...toks[k], t: c[1], start: cut });
				map.push(-1, k); // the first half alone is no place to stop
			}
			if (splits) out.push({ toks: vt, map, splits });
			return;
		}
		for (const c of [null, ...alt.get(keys[i])!]) walk(i + 1, new Map(choice).set(keys[i], c));
	};
	walk(0, new Map());
	return out.slice(0, 27);
}

const NUM_RUN = /^\d{3,7}$/;

/** The best placement of the cells after a name, or null (see module comment). */
export function fitRow(toks: Tok[], s: number, cols: Col[], reliable: boolean): Fit | null {
	let e = s + cols.length + 1;
	if (reliable) {
		e = s;
		while (e < toks.length && toks[e].row === toks[s - 1].row) e++;
	}
	e = Math.min(e, toks.length);
	let fits = placements(toks, s, e, cols, reliable);
	// a row with a cell that fits no column: place what fits and leave the rest
	if (fits.length === 0 && reliable) fits = placements(toks, s, e, cols, false);
	// cells glued when the borders were lost: placements over the cut cells, mapped back
	for (const v of variants(toks, s, e)) {
		const vs = placements(v.toks, 0, v.toks.length - Math.max(0, Math.min(toks.length, e + 2) - e), cols, reliable);
		for (const f of vs) {
			const back = f.next === 0 ? s : v.map[f.next - 1];
			if (back < 0 || f.anchors < 2) continue; // stopped inside a cut cell, or the cut is not checked by 分值/得分
			fits.push({ ...f, next: back + 1, splits: v.splits });
		}
	}
	if (fits.length === 0) return null;
	// equal otherwise, the cells fill the earlier columns: a 自评表 always states 指标值 and 分值, while
	// 完成值 and 得分 are the cells left empty when a unit has not filled them in
	const order = new Map(fits.map((f) => [f, cols.reduce((n, c) => n * 2 + (f.at[c] !== undefined ? 1 : 0), 0)]));
	fits.sort((a, b) => b.anchors - a.anchors || b.next - a.next || a.skipped - b.skipped || a.splits - b.splits || order.get(b)! - order.get(a)!);
	return fits[0];
}

/** A rate that cannot pass 100% (a share of things that pass, arrive, are covered or satisfied). */
const BOUNDED_RATE = /(?:合格率|达标率|覆盖率|满意度|满意率|及时率|正确率|准确率|到位率|知晓率|回收率|入库率|结案率|办结率|参保率|普及率)$/;

/** A value cell's text with its 指标性质 / 度量单位 cells ("=", "100", "%" → "=100%"). */
function compose(value: string | null, nature: string | null, unit: string | null): string | null {
	if (value === null || EMPTY_CELL.test(value)) return null;
	let t = value;
	if (unit && !EMPTY_CELL.test(unit) && /\d$/.test(t)) t += unit;
	if (nature && !EMPTY_CELL.test(nature) && /^[\d.]/.test(t) && /^(?:=|＝|═|﹦|≥|≤|>|<|＞|＜|≧|≦)$/.test(nature))
		t = nature.replace('≧', '≥').replace('≦', '≤').replace('═', '=').replace('﹦', '=') + t;
	return t;
}

/** A name that ends with its unit in brackets: "建成生态河道(公里)", "新增绿化面积（万平方米）", "达标率(%)". */
export const NAME_UNIT =
	// (the bracket may hold a masked bound before the unit: "(≥**%)", "(≥xx平方米)")
	/^(.{2,}?)\s*[（(](?:[≥≤=＝<>＞＜]\s*(?:\*+|[xX×]+)?\s*)?((?:万|千|亿)?(?:公里|千米|米|平方米|立方米|亩|公顷|吨|元|人次|人|户|个|座|件|项|家|所|次|台|套|辆|处|间|栋|条|名|份|本|批|张|株|棵|盏|天|日|月|年|小时|分钟|%|％|‰)(?:\/[\u4e00-\u9fff]{1,3})?)[)）]$/;

/** The indicator a placed row states. */
/** A name with its weight in brackets after it: "护岸维修（15分）". */
const NAME_WEIGHT = /^(.{2,}?)\s*[（(]\s*(\d{1,2}(?:\.\d+)?)\s*分\s*[）)]$/;

export function rowOf(nameTok: Tok, written: string, fit: Fit, levels: { l1: string | null; l2: string | null }): RawIndicator {
	const toks = fit.toks;
	// "县乡河道保洁长度(公里)": the unit the name states in brackets is the row's unit, not part of its name
	// "河道保洁长度（20分）" under a "三级指标（分值）" header: the row's weight in its name's brackets
	const weighted = NAME_WEIGHT.exec(written);
	const named = NAME_UNIT.exec(weighted ? weighted[1] : written);
	const name = named ? named[1] : weighted ? weighted[1] : written;
	const cell = (c: Col) => (fit.at[c] !== undefined ? toks[fit.at[c]!].t : null);
	const nature = cell('nature');
	const unit = cell('unit');
	const target = compose(cell('target'), nature, unit);
	// 完成值 as written; its figure read with the 度量单位 cell ("93" and "%" → 0.93)
	const actual = compose(cell('actual'), null, null);
	const withUnit = compose(cell('actual'), null, unit);
	// "≥95百分比" is a percentage
	// a date ("2023年11月", "2023-11") is a deadline, not a figure
	const measure = (t: string | null) =>
		t
			? /^\D{0,4}(?:19|20)\d{2}\s*(?:年|[.\-/]\d)/.test(t)
				? { value: null, unit: null, approx: false, op: null }
				: parseMeasure(t.replace(/(?<=\d)\s*(?:百分比|百分率)$/, '%'), !(unit && /^月$/.test(unit.trim())))
			: null;
	let tm = measure(target);
	const am = measure(withUnit);
	// a rate bounded by 100% whose target reads above it: "≥" read by OCR as "2" or "^" ("290%" is ≥90%, "^80%" is ≥80%)
	const ocr = target && BOUNDED_RATE.test(name) ? /^[2^]\s*(\d{1,3}(?:\.\d+)?)\s*[%％]$/.exec(target.trim()) : null;
	if (ocr && Number(ocr[1]) <= 100 && (target!.trim().startsWith('^') || (tm?.value ?? 0) > 1))
		tm = { value: Number(ocr[1]) / 100, unit: '%', approx: false, op: '>=' };
	// a bare number beside a percentage in the same row is a percentage too ("≥90%" / "95")
	// (…and so is a small one beside a small rate, "≤1%" / "0.6": 0.6%, not 60%, the reading nearer the target)
	if (tm && am && tm.unit === '%' && am.unit === null && am.value !== null && /^[\d.]+$/.test(actual!)) {
		const t = tm.value ?? 0;
		const nearer = am.value > 0 && t > 0 && Math.abs(Math.log(am.value / 100 / t)) < Math.abs(Math.log(am.value / t));
		if (am.value > 1.5 || nearer) am.value = Number((am.value / 100).toPrecision(12));
	}
	// a unit the number parser does not know ("45公里", "3.2万平方米"): the word after the number
	const tail = (t: string | null) => (t ? (/^[^\d]{0,4}[\d.]+\s*([^\d\s，。；]{1,5})$/.exec(t)?.[1] ?? null) : null);
	// the 度量单位 cell as written ("元/公里"; "百分比" is %)
	const unitCell = unit && !EMPTY_CELL.test(unit) ? unit.replace(/^(?:百分比|百分率)$/, '%') : named ? named[2].replace('％', '%') : null;
	// a bare figure whose unit the row states as % (a 度量单位 cell, or the name's "(≥**%)"): a percentage
	for (const [m, t] of [
		[tm, target],
		[am, actual]
	] as const)
		if (
			m &&
			unitCell === '%' &&
			m.unit === null &&
			m.value !== null &&
			t &&
			/^[≥≤=＝﹦<>]?\s*\d+(?:\.\d+)?$/.test(t.trim()) &&
			m.value > 1.5 &&
			m.value <= 100
		) {
			m.value = m.value / 100;
			m.unit = '%';
		}
	const w = cell('weight') ?? (weighted ? weighted[2] : null);
	const p = cell('points');
	const used = Object.values(fit.at).filter((v): v is number => v !== undefined);
	const last = toks[Math.max(...used)];
	return {
		// (a table with no level columns: a satisfaction rate is of the 满意度 level, as the narrative reader says too)
		level1: levels.l1 ?? (levels.l2 === null && /满意(?:度|率)$/.test(name) ? '满意度' : null),
		level2: levels.l2,
		name,
		target_text: target,
		target_value: tm?.value ?? null,
		actual_text: actual,
		actual_value: am?.value ?? null,
		unit: unitCell ?? am?.unit ?? tm?.unit ?? (am?.value != null ? tail(withUnit) : null) ?? (tm?.value != null ? tail(target) : null),
		weight: w && !EMPTY_CELL.test(w) ? num(w) : null,
		points: p && !EMPTY_CELL.test(p) ? num(p) : null,
		// a cost written without ≤ is a ceiling: spending less than it meets it
		achieved: tm && am && tm.value !== null && am.value !== null ? meets(am.value, tm.value, tm.op ?? (levels.l2 === '成本' ? '<=' : null)) : null,
		origin: 'table',
		start: nameTok.start,
		end: Math.max(nameTok.end, last.end)
	};
}
