/**
 * The 项目支出绩效自评表 reader: one reader for every way the table reaches us. It takes rows of cells
 * (a reader with real cells — xlsx, docx tables, PDF positions — hands them directly; the text path
 * builds them from tabs, pipes, runs of spaces, one cell per line or one long line) and reads:
 * - the funds table (see funds.ts): budget, actual, rate, the 预算执行 分值/得分;
 * - the indicator table, driven by its header's column order (see rows.ts), with level labels
 *   (产出指标（50分）, 数量指标), placeholders (指标2, ……) and the 总分 row;
 * - the arithmetic: weights add up to each section's stated weight and, with the funds row, to the
 *   总分 row; points likewise. A sum that does not hold becomes a grid_sum_mismatch check.
 */
import { LEVEL2_PARENT } from '../levels';
import { FRAGMENT, labelOf, NAME_PREFIX, PLACEHOLDER, TERMINATOR, totalRest, valueLike, type Label } from './cells';
import { fundsHeaderAt, readFunds } from './funds';
import { cuts, PART } from './glued';
import { colOf, endsRow, readHeader, type Col, type Header } from './header';
import { fitRow, rowOf } from './rows';
import {
	EMPTY_CELL,
	mappedWarning,
	sq,
	type Cell,
	type GridCheck,
	type GridFacts,
	type GridResult,
	type GridTable,
	type RawIndicator,
	type Tok
} from './shared';

/** The grid result with the cells it used (the text path claims their lines). */
export interface GridRead extends GridResult {
	used: Tok[];
}

/** Read every funds table and indicator table in rows of cells. */
export function parseGridCells(rows: Cell[][], warnings: Set<string> = new Set()): GridRead {
	const toks: Tok[] = [];
	rows.forEach((r, i) => r.forEach((c) => toks.push({ t: sq(c.text), start: c.start, end: c.end, row: i })));
	return readGridToks(toks, warnings);
}

/** parseGridCells on cells already squashed into tokens. */
/** The name of a budget-execution row: 资金执行率, 预算执行率, 执行率. */
const EXEC_ROW = /^(?:项目|预算|资金)*执行(?:率|情况)$/;

export function readGridToks(toks: Tok[], warnings: Set<string>): GridRead {
	const res: GridRead = { rows: [], facts: {}, checks: [], tables: [], used: [] };
	// the funds row of the table being read (a document may hold several tables; facts keep the first)
	let exec: Exec = { w: null, p: null };
	let pending: GridTable | null = null;
	let k = 0;
	while (k < toks.length) {
		// a header cell names 指标 / 预算 / 执行 …: any other cell is passed over at once
		if (!MAY_HEAD.test(toks[k].t)) {
			k++;
			continue;
		}
		if (fundsHeaderAt(toks, k)) {
			if (pending) res.tables.push(pending); // a funds table with no indicator table of its own
			const fx: GridFacts = {};
			const r = readFunds(toks, k, fx, warnings);
			exec = { w: fx.execWeight?.value ?? null, p: fx.execPoints?.value ?? null };
			merge(res.facts, fx);
			pending = { rows: [], facts: fx, start: r.used[0]?.start ?? toks[k].start, end: r.used[r.used.length - 1]?.end ?? toks[k].end };
			res.used.push(...r.used);
			k = r.next;
			continue;
		}
		const h = indicatorHeaderAt(toks, k);
		if (h) {
			const t = readIndicators(toks, h, res, warnings, exec);
			res.tables.push({ rows: t.rows, facts: { ...(pending?.facts ?? {}), ...t.facts }, start: pending?.start ?? h.toks[0].start, end: t.end });
			merge(res.facts, t.facts);
			pending = null;
			exec = { w: null, p: null };
			k = Math.max(t.next, k + 1);
			continue;
		}
		k++;
	}
	if (pending) res.tables.push(pending);
	return res;
}

/** What a cell that opens a header (or is part of a split one: "一级", "年初") contains. */
const MAY_HEAD = /指标|预算|执行|资金|年初|全年|一级|二级|三级|^考核内容$/;

/** Put into `into` what it does not state yet (the first table's figures are the document's). */
function merge(into: GridFacts, from: GridFacts): void {
	for (const [key, v] of Object.entries(from)) if ((into as Record<string, unknown>)[key] === undefined) (into as Record<string, unknown>)[key] = v;
}

/** An indicator-table header at `k`: it names the 三级指标 column and one value column. */
function indicatorHeaderAt(toks: Tok[], k: number): Header<Col> | null {
	const t = toks[k].t;
	const c = colOf(t);
	if (c !== 'l1' && c !== 'l2' && c !== 'name' && !/^(?:绩效指标|年度绩效指标|年度绩效指标完成情况|一级)/.test(t)) return null;
	const h = readHeader(toks, k, colOf);
	// "分值 | … | 分数": of two score columns and no 得分, the second holds the points
	if (h.cols.filter((x) => x === 'weight').length === 2 && !h.cols.includes('points')) h.cols[h.cols.lastIndexOf('weight')] = 'points';
	// "绩效指标 | 指标值 | 完成值": a short table whose first header names its indicator column (no 三级指标)
	if (/^(?:绩效指标|指标|指标名称)$/.test(t) && h.cols.length >= 2 && h.cols[0] === 'target' && !h.cols.some((x) => x === 'l1' || x === 'l2' || x === 'name')) {
		h.cols = ['name', ...h.cols];
		h.toks = [toks[k], ...h.toks];
	}
	// the lower row of a two-row header (年度指标值 over 指标性质 | 指标值 | 度量单位) read alone: the form's
	// remaining columns follow in the standard order
	// a two-row header flattened upper row first: "年度指标值 | 实际完成值 | 分值 | 得分 | 偏差… | 一级指标 | 二级指标 |
	// 三级指标 | 指标性质 | 指标值 | 度量单位": the upper row's value columns come after the lower row's
	const firstLevel = h.cols.findIndex((x) => x === 'l1' || x === 'l2' || x === 'name');
	if (firstLevel > 0 && h.cols.slice(0, firstLevel).every((x) => x !== 'l1' && x !== 'l2' && x !== 'name')) {
		const upper = h.cols.slice(0, firstLevel);
		const lower = h.cols.slice(firstLevel);
		h.cols = [...lower, ...upper.filter((x) => !(x === 'target' && lower.includes('target')))];
	}
	const hc = h.cols;
	if (hc[hc.length - 1] === 'unit' && hc.includes('target') && !hc.some((x) => x === 'actual' || x === 'weight' || x === 'points'))
		h.cols = [...hc, 'actual', 'weight', 'points', 'reason'];
	const values = h.cols.filter((x) => x === 'target' || x === 'actual' || x === 'weight' || x === 'points');
	return h.cols.includes('name') && values.length > 0 ? h : null;
}

interface Section {
	level1: string | null;
	weight: number | null;
	rows: RawIndicator[];
}

interface State {
	l1: string | null;
	l2: string | null;
	sections: Section[];
}

/** Apply a level label to the reading state. */
function applyLabel(lab: Label, st: State, warnings: Set<string>): void {
	const cur = st.sections[st.sections.length - 1];
	if (lab.isL1) {
		if (lab.mapped) warnings.add(mappedWarning(lab.mapped));
		// "满意度指标(10分)" then "满意度指标": the second is the level-2 cell (服务对象满意度)
		if (cur && lab.level1 === '满意度' && st.l1 === '满意度' && st.l2 === null && lab.weight === null && cur.rows.length === 0) {
			st.l2 = '服务对象满意度';
			return;
		}
		st.l2 = null;
		if (cur && lab.level1 === st.l1 && lab.weight === null) return;
		st.l1 = lab.level1;
		st.sections.push({ level1: lab.level1, weight: lab.weight, rows: [] });
		return;
	}
	st.l2 = lab.level2;
	const parent = lab.level1;
	// merged level-1 cells appear once: the level-1 stays; a lost one is the level-2's parent
	if (st.l1 === null) st.l1 = parent;
	// the older 投入 block holds 资金落实, which the current scheme files under 过程
	if (lab.level2 === '资金落实') st.l1 = '过程';
	if (cur && cur.level1 === null) cur.level1 = st.l1;
	if (!cur || (cur.level1 !== st.l1 && st.l1 !== null)) st.sections.push({ level1: st.l1 ?? LEVEL2_PARENT[lab.level2 ?? ''] ?? null, weight: null, rows: [] });
}

/** Read the indicator rows after a header; returns the index after the table. */
function readIndicators(
	toks: Tok[],
	h: Header<Col>,
	res: GridRead,
	warnings: Set<string>,
	exec: Exec
): { next: number; rows: RawIndicator[]; facts: GridFacts; end: number } {
	const cols = h.cols;
	const after = cols.slice(cols.indexOf('name') + 1).filter((c) => c !== 'l1' && c !== 'l2');
	const reliable = endsRow(toks, h.toks, h.next);
	const st: State = { l1: null, l2: null, sections: [] };
	const rows: RawIndicator[] = [];
	res.used.push(...h.toks);
	let k = h.next;
	let strays = 0;
	let tot: Totals = { weight: null, points: null };
	const facts: GridFacts = {};
	while (k < toks.length) {
		const t = toks[k].t;
		if (TERMINATOR.test(t) || (MAY_HEAD.test(t) && (fundsHeaderAt(toks, k) || colOf(t) === 'name' || colOf(t) === 'l1'))) {
			// "其他需要说明事项 | 无 | 总分 | 100 | 96.8": the total row shares the line with the closing cell
			let q = k + 1;
			while (q < toks.length && q <= k + 4 && toks[q].row === toks[k].row && totalRest(toks[q].t) === null) q++;
			if (q < toks.length && q <= k + 4 && toks[q].row === toks[k].row && TERMINATOR.test(t))
				[k, tot] = readTotal(toks, q, totalRest(toks[q].t)!, { cols, reliable, rows, exec }, facts, res, warnings);
			break;
		}
		const rest = totalRest(t);
		if (rest !== null) {
			[k, tot] = readTotal(toks, k, rest, { cols, reliable, rows, exec }, facts, res, warnings);
			break;
		}
		let lab = labelOf(t);
		// "服务对象满意度指标 | 服务对象满意度 | ≥90% | 93%": the level-2 label repeated as the indicator's name, a value after it
		if (lab && !lab.isL1 && lab.level2 === st.l2 && !/指标/.test(t) && k + 1 < toks.length && valueLike(toks[k + 1].t)) lab = null;
		if (!lab && (EMPTY_CELL.test(t) || PLACEHOLDER.test(t) || FRAGMENT.test(t))) {
			k++;
			continue;
		}
		let n = 1;
		if (!lab && t.length <= 6 && k + 1 < toks.length && toks[k + 1].t.length <= 6) {
			// a label split over two cells ("服务对象" / "满意度指标")
			const joined = labelOf(t + toks[k + 1].t);
			if (joined) [lab, n] = [joined, 2];
		}
		if (lab) {
			applyLabel(lab, st, warnings);
			res.used.push(...toks.slice(k, k + n));
			k += n;
			continue;
		}
		// a numbered sub-indicator ("1、秸秆还田") is a name, though it starts with a digit
		// (…and so is a labelled one, "任务2:65岁以上老年人体检人数")
		const labelled = /^(?:指标|任务)\s*\d+\s*[:：]/.test(t);
		const got = (valueLike(t.replace(NAME_PREFIX, '')) && !labelled) || t.length > 40 ? null : readRow(toks, k, after, reliable, st);
		if (!got) {
			if (t.length > 40 && !reliable) break;
			if (++strays > 6 && !reliable) break;
			k = reliable ? nextRow(toks, k) : k + 1;
			continue;
		}
		strays = 0;
		rows.push(got.row);
		st.sections[st.sections.length - 1]?.rows.push(got.row);
		res.used.push(...toks.slice(k, got.next));
		k = got.next;
	}
	if (cols.includes('weight') && cols.includes('points')) splitGluedScores(rows);
	// the execution row of a table with no funds part ("资金执行率 | 100% | 96% | 10 | 9.6"): it counts in the sums, it is no indicator
	// (…or one under a level, a form's own 预算执行率 section with its weight and no target or result)
	res.rows.push(...rows.filter((r) => !(EXEC_ROW.test(r.name) && (r.level1 === null || (r.target_text === null && r.actual_text === null)))));
	sumChecks(rows, st.sections, tot, exec, facts, res, warnings);
	const last = res.used[res.used.length - 1];
	return { next: k, rows, facts, end: Math.max(last?.end ?? 0, rows[rows.length - 1]?.end ?? 0, h.toks[h.toks.length - 1].end) };
}

/**
 * A form whose weight and points cells were glued when the borders were lost ("3260亩88" for 3260亩 | 8 | 8): the rows read a
 * weight of 88 and no points, and the weights add up far past the 100 a form has. Each such weight is split into weight and
 * points ("88" → 8 | 8, "86" → 8 | 6, "1510" → 15 | 10; points never above the weight; a round "30" stays a weight) — only
 * when the split weights then add up to 100 or less, as the column arithmetic says they must.
 */
export function splitGluedScores(rows: RawIndicator[]): void {
	// (a section's own row, "…管理指标 | 30", with no target or result, counts the section, not an indicator)
	const section = (r: RawIndicator) => /指标$/.test(r.name) && r.target_text === null && r.actual_text === null;
	const sum = (xs: RawIndicator[]) => xs.reduce((s, r) => s + (section(r) ? 0 : (r.weight ?? 0)), 0);
	if (sum(rows) <= 100.5) return;
	const split = (w: number): [number, number] | null => {
		const d = String(w);
		if (!/^\d{2,4}$/.test(d)) return null;
		const cut = d.length === 2 ? 1 : 2;
		const [a, b] = [Number(d.slice(0, cut)), Number(d.slice(cut))];
		// (a round weight, "30", "20", is a weight)
		return a > 0 && b <= a && !(d.length === 2 && b === 0) && !(d.length === 4 && d[2] === '0' && b > 0) ? [a, b] : null;
	};
	const glued = rows.filter((r) => !section(r) && r.weight !== null && r.points === null && split(r.weight) !== null);
	if (!glued.length) return;
	const after = sum(rows) - sum(glued) + glued.reduce((s, r) => s + split(r.weight!)![0], 0);
	if (after > 100.5) return;
	for (const r of glued) [r.weight, r.points] = split(r.weight!)!;
}

function nextRow(toks: Tok[], k: number): number {
	let q = k + 1;
	while (q < toks.length && toks[q].row === toks[k].row) q++;
	return q;
}

/** One indicator row whose name is at `k` (a name wrapped onto the next row is joined). */
function readRow(toks: Tok[], k: number, after: Col[], reliable: boolean, st: State): { row: RawIndicator; next: number } | null {
	let name = toks[k].t.replace(NAME_PREFIX, '');
	// (the tail of a bracket cut off by a space, "相关性(5" / "分)", is no name)
	if (name.length < 2 || EMPTY_CELL.test(name) || /^[^（(]{0,3}[)）]/.test(name)) return null;
	let fit = fitRow(toks, k + 1, after, reliable);
	if (!fit && reliable && k + 2 < toks.length && toks[k + 1].row !== toks[k].row) {
		const cont = toks[k + 1].t;
		if (!labelOf(cont) && !valueLike(cont) && cont.length <= 30) {
			fit = fitRow(toks, k + 2, after, reliable);
			if (fit) name += cont;
		}
	}
	if (!fit) return null;
	return { row: rowOf(toks[k], name, fit, st), next: fit.next };
}

/** 分值 / 得分 of the funds row before an indicator table. */
interface Exec {
	w: number | null;
	p: number | null;
}

/** The sums the 总分 row is checked against. */
interface Sums {
	w: number | null;
	p: number | null;
	execW: number | null;
	execP: number | null;
}

const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

/** Whether x is what the rows add up to (alone or with the funds row's value). */
function adds(sum: number | null, exec: number | null, x: number, tol: number): boolean {
	return sum !== null && (near(sum, x, tol) || (exec !== null && near(sum + exec, x, tol)));
}

/**
 * The 总分 row's weight and points from its cells (null: an empty cell). Two cells go in header order;
 * one cell is whichever sum it matches; glued digits ("100100") are cut where 得分 ≤ 分值 ≤ 100.
 */
export function resolveTotal(cells: (string | null)[], sums: Sums, weightFirst = true): { weight: number | null; points: number | null; unsure: boolean } {
	while (cells.length && cells[cells.length - 1] === null) cells = cells.slice(0, -1);
	const none = { weight: null, points: null, unsure: false };
	if (cells.length === 0) return none;
	const val = (s: string | null) => (s === null ? null : Number(s.replace(/分$/, '')));
	if (cells.length >= 2) {
		const [a, b] = [val(cells[0]), val(cells[1])];
		const [w, p] = weightFirst ? [a, b] : [b, a];
		return w !== null && p !== null && p > w + 1e-9 ? { ...none, unsure: true } : { weight: w, points: p, unsure: false };
	}
	const x = cells[0]!.replace(/分$/, '');
	if (PART.test(x) && Number(x) <= 100) {
		const v = Number(x);
		const wm = adds(sums.w, sums.execW, v, 0.011);
		const pm = adds(sums.p, sums.execP, v, 0.06);
		return { weight: wm ? v : null, points: pm ? v : null, unsure: !wm && !pm };
	}
	const pairs = cuts(x, 2)
		.filter((c) => c.length === 2 && !c.some((p) => p.endsWith('%')))
		.map((c) => (weightFirst ? [Number(c[0]), Number(c[1])] : [Number(c[1]), Number(c[0])]))
		.filter(([w, p]) => w > 0 && w <= 100 && p <= w + 1e-9);
	const agreeing = pairs.filter(([w, p]) => (sums.w === null || adds(sums.w, sums.execW, w, 0.011)) && (sums.p === null || adds(sums.p, sums.execP, p, 0.06)));
	const pick = agreeing.length ? agreeing : pairs;
	return pick.length === 1 ? { weight: pick[0][0], points: pick[0][1], unsure: false } : { ...none, unsure: true };
}

/** Sum of a column over rows when every row states it. */
function total(rows: RawIndicator[], key: 'weight' | 'points'): number | null {
	if (rows.length === 0 || rows.some((r) => r[key] === null)) return null;
	return Math.round(rows.reduce((s, r) => s + r[key]!, 0) * 1000) / 1000;
}

interface Totals {
	weight: number | null;
	points: number | null;
}

/** Read the 总分 row at `k` into the facts; returns the index after it and what it states. */
function readTotal(
	toks: Tok[],
	k: number,
	rest: string,
	ctx: { cols: Col[]; reliable: boolean; rows: RawIndicator[]; exec: Exec },
	f: GridFacts,
	res: GridRead,
	warnings: Set<string>
): [number, Totals] {
	const cells: Tok[] = rest ? [{ ...toks[k], t: rest }] : [];
	let q = k + 1;
	for (; q < toks.length && cells.length < 4; q++) {
		if (ctx.reliable && toks[q].row !== toks[k].row) break;
		const t = toks[q].t;
		if (!EMPTY_CELL.test(t) && !/^[\d.]+分?$/.test(t)) break;
		// the empty cells under the name columns come before the figures
		if (EMPTY_CELL.test(t) && cells.length === 0) continue;
		cells.push(toks[q]);
	}
	const sums: Sums = { w: total(ctx.rows, 'weight'), p: total(ctx.rows, 'points'), execW: ctx.exec.w, execP: ctx.exec.p };
	const wi = ctx.cols.indexOf('weight');
	const pi = ctx.cols.indexOf('points');
	const filled = cells.filter((c) => !EMPTY_CELL.test(c.t));
	// one figure on a row that names the score (合计得分), or under a table with no 分值 column: the score
	const onlyPoints =
		filled.length === 1 &&
		PART.test(filled[0].t.replace(/分$/, '')) &&
		Number(filled[0].t.replace(/分$/, '')) <= 100 &&
		(/得分/.test(toks[k].t) || (pi >= 0 && wi < 0));
	const r = onlyPoints
		? { weight: null, points: Number(filled[0].t.replace(/分$/, '')), unsure: false }
		: resolveTotal(
				cells.map((c) => (EMPTY_CELL.test(c.t) ? null : c.t)),
				sums,
				wi < 0 || pi < 0 || wi < pi
			);
	const span = (value: number) => ({ value, start: toks[k].start, end: (cells[cells.length - 1] ?? toks[k]).end });
	if (r.unsure)
		warnings.add(
			`自评表总分行无法确定分值与得分，未采用：${cells.map((c) => c.t).join(' ')} (total row: weight and score could not be told apart; left blank)`
		);
	if (r.weight !== null && !f.totalWeight) f.totalWeight = span(r.weight);
	if (r.points !== null && !f.score) f.score = span(r.points);
	res.used.push(toks[k], ...cells.filter((c) => toks.includes(c)));
	return [q, { weight: r.weight, points: r.points }];
}

const fmt = (x: number) => String(Math.round(x * 100) / 100);

/** Weights and points against the stated section weights and the 总分 row (see module comment). */
function sumChecks(rows: RawIndicator[], sections: Section[], tot: Totals, exec: Exec, facts: GridFacts, res: GridRead, warnings: Set<string>): void {
	const add = (detail: string) => {
		if (!res.checks.some((x) => x.detail === detail)) res.checks.push({ code: 'grid_sum_mismatch', detail } satisfies GridCheck);
		warnings.add(`自评表合计不符：${detail} (grid rows do not add up to the stated total)`);
	};
	for (const s of sections) {
		const sw = total(s.rows, 'weight');
		if (s.weight !== null && sw !== null && !near(sw, s.weight, 0.011)) add(`${s.level1 ?? ''}分值 ${fmt(sw)} ≠ ${fmt(s.weight)}`);
	}
	const sw = total(rows, 'weight');
	const sp = total(rows, 'points');
	const { w: ew, p: ep } = exec;
	const W = tot.weight;
	if (sw !== null) {
		const withExec = W !== null && ew !== null && !near(sw, W, 0.011) && near(sw + ew, W, 0.011);
		facts.weightSum = withExec ? sw + ew! : sw;
		if (W !== null && !adds(sw, ew, W, 0.011)) add(`分值 ${fmt(sw)}${ew !== null ? ` + ${fmt(ew)}` : ''} ≠ 总分 ${fmt(W)}`);
	}
	if (sp !== null && tot.points !== null && !adds(sp, ep, tot.points, 0.06))
		add(`得分 ${fmt(sp)}${ep !== null ? ` + ${fmt(ep)}` : ''} ≠ 总分 ${fmt(tot.points)}`);
}
