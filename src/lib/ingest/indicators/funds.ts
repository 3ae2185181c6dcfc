/**
 * The funds table of a 自评表: its header (年初预算数 全年预算数 全年执行数 分值 执行率 得分, in any order
 * the header gives) and its 资金总额 row, read by column arithmetic: 执行率 = 全年执行数 ÷ 全年预算数 and
 * 得分 = 分值 × 执行率 (capped at 分值). The arithmetic also places cells that are missing and splits
 * digits glued together when the borders were lost; when no reading is consistent the values stay blank.
 */
import { cuts, PART, partValue, RUN } from './glued';
import { endsRow, fundsColOf, readHeader, type FundCol } from './header';
import { EMPTY_CELL, type GridFacts, type Tok } from './shared';

/** A value column of the funds table. */
export type FundKey = 'initial' | 'budget' | 'actual' | 'rate' | 'weight' | 'points';

/** Values of the 资金总额 row by column (null: the cell is empty or could not be placed). */
export type FundValues = Partial<Record<FundKey, number | null>>;

interface Reading {
	vals: FundValues;
	/** Sums that fail (allowed only for cells as written: a report may score its funds row its own way). */
	fails: number;
	/** Written text of each column's part (for tolerances). */
	text: Partial<Record<FundKey, string>>;
	checks: number;
	splits: number;
	missing: number;
}

/** One unit of the last written place (a rate "86%" is exact to 0.01, "95.50%" to 0.0001). */
function unitOf(text: string | undefined, percent: boolean): number {
	if (!text) return 0;
	const { decimals } = partValue(text);
	return Math.pow(10, -decimals) / (percent ? 100 : 1);
}

/** Rate as a fraction: "95.5%" → 0.955; a bare 95.5 → 0.955; a bare 0.955 stays. */
function rateOf(text: string): number {
	const p = partValue(text);
	return p.percent || p.value > 1.5 ? p.value / 100 : p.value;
}

/** Check one placement: impossible values, and the two sums (rate, points) that hold or fail. */
function evaluate(
	vals: FundValues,
	text: Partial<Record<FundKey, string>>
): { impossible: boolean; passed: number; rateOk: boolean; pointsOk: boolean; rateFail: boolean; pointsFail: boolean } {
	const bad = { impossible: true, passed: 0, rateOk: false, pointsOk: false, rateFail: false, pointsFail: false };
	const { weight: w, points: p, actual: a } = vals;
	const b = vals.budget ?? vals.initial ?? null;
	for (const k of ['initial', 'budget', 'actual', 'weight', 'points'] as const) if (text[k]?.endsWith('%')) return bad;
	if (w != null && (w <= 0 || w > 100)) return bad;
	if (p != null && (p < 0 || p > 100 || (w != null && p > w + 1e-9))) return bad;
	const r = vals.rate ?? null;
	// a rate written without % is a percentage (95) or a fraction with decimals (0.95); "1" says nothing
	if (text.rate && !text.rate.endsWith('%') && /^[1]$/.test(text.rate)) return bad;
	let [rateOk, pointsOk, rateFail, pointsFail] = [false, false, false, false];
	const rTol = r != null ? Math.min(0.01, unitOf(text.rate, text.rate!.endsWith('%') || partValue(text.rate!).value > 1.5)) : 0;
	if (r != null && b != null && a != null) {
		if (b > 0 && Math.abs(a / b - r) <= rTol + 1e-9) rateOk = true;
		else rateFail = true;
	}
	const rEff = r ?? (b != null && b > 0 && a != null ? a / b : null);
	if (w != null && p != null && rEff != null) {
		const pTol = 0.5 * unitOf(text.points, false) + (r != null ? w * rTol : 0) + 1e-9;
		if (Math.abs(p - w * Math.min(rEff, 1)) <= pTol) pointsOk = true;
		else pointsFail = true;
	}
	return { impossible: false, passed: +rateOk + +pointsOk, rateOk, pointsOk, rateFail, pointsFail };
}

/** Place parts (null: an empty cell) into the columns in order, each missing column left out. */
function placements(parts: (string | null)[], cols: FundKey[], splits: number, out: Reading[], cap: number): void {
	const missing = cols.length - parts.length;
	if (missing < 0) return;
	const chosen: number[] = [];
	const walk = (pi: number, ci: number): void => {
		if (out.length >= cap) return;
		if (pi === parts.length) {
			const vals: FundValues = {};
			const text: Partial<Record<FundKey, string>> = {};
			chosen.forEach((c, i) => {
				const part = parts[i];
				const key = cols[c];
				text[key] = part ?? undefined;
				vals[key] = part === null ? null : key === 'rate' ? rateOf(part) : partValue(part).value;
			});
			const e = evaluate(vals, text);
			if (e.impossible) return;
			// cells as written, all in place: read as written (a wrong rate is the rate check's business);
			// a missing cell placed by the arithmetic: the rate must hold; cut digits: the rate and (when
			// the table has 分值 and 得分) the points must be checked and hold
			const pointsCols = cols.includes('weight') && cols.includes('points');
			if (splits > 0 && (!e.rateOk || (pointsCols && !e.pointsOk))) return;
			if (splits === 0 && missing > 0 && e.rateFail) return;
			out.push({ vals, text, fails: +e.rateFail + +e.pointsFail, checks: e.passed, splits, missing });
			return;
		}
		for (let c = ci; c <= cols.length - (parts.length - pi); c++) {
			chosen.push(c);
			walk(pi + 1, c + 1);
			chosen.pop();
		}
	};
	walk(0, 0);
}

/** Every way to read the cells as parts: each number run cut 1..n ways, empty cells kept as null. */
function partings(cells: string[], maxParts: number): { parts: (string | null)[]; splits: number }[] {
	const options = cells.map((c) => (EMPTY_CELL.test(c) ? [[null]] : cellCuts(c.replace(/分$/, ''), maxParts)));
	const out: { parts: (string | null)[]; splits: number }[] = [];
	const acc: (string | null)[] = [];
	const walk = (i: number, splits: number): void => {
		if (out.length >= 4000) return;
		if (i === options.length) {
			out.push({ parts: acc.slice(), splits });
			return;
		}
		for (const o of options[i]) {
			if (acc.length + o.length > maxParts) continue;
			acc.push(...o);
			walk(i + 1, splits + o.length - 1);
			acc.length -= o.length;
		}
	};
	walk(0, 0);
	return out;
}

/**
 * The cuts of one run; amounts in 元 written with two decimals and glued ("0.00860000.00843520.001098.08%9.8") are
 * first parted after each ".dd" that a digit follows, each piece then cut on its own (those readings come first; the
 * plain cuts of the whole run stay, the arithmetic decides).
 */
function cellCuts(c: string, maxParts: number): (string | null)[][] {
	const plain = cuts(c, maxParts, 2000);
	const pieces = c.split(/(?<=\d\.\d{2})(?=\d)/);
	if (pieces.length < 2 || pieces.length > maxParts) return plain;
	let acc: string[][] = [[]];
	for (const piece of pieces) {
		const next: string[][] = [];
		for (const a of acc)
			for (const cut of cuts(piece, maxParts - a.length, 50)) if (a.length + cut.length <= maxParts && next.length < 400) next.push([...a, ...cut]);
		acc = next;
	}
	return [...acc, ...plain];
}

/** What the best readings agree on (see solveFundsRow). */
function agree(readings: Reading[], cols: FundKey[]): Solved {
	readings.sort((x, y) => x.fails - y.fails || y.checks - x.checks || x.splits - y.splits || x.missing - y.missing);
	const r0 = readings[0];
	const top = readings.filter((r) => r.fails === r0.fails && r.checks === r0.checks && r.splits === r0.splits && r.missing === r0.missing);
	const values: FundValues = {};
	let ambiguous = false;
	for (const k of cols) {
		const vs = new Set(top.map((r) => r.vals[k] ?? null));
		if (vs.size === 1) values[k] = [...vs][0];
		else if (k === 'actual' || k === 'rate') ambiguous = true;
	}
	// 全年预算数 or, without it, 年初预算数: readings may place the one budget cell in either column
	const eff = new Set(top.map((r) => r.vals.budget ?? r.vals.initial ?? null));
	if (eff.size === 1) values.budget = [...eff][0];
	else ambiguous = true;
	return { values, ok: true, ambiguous, checks: r0.fails ? 0 : r0.checks };
}

/** A solved funds row: the values kept, whether any reading held, whether the best ones disagree, sums checked. */
export interface Solved {
	values: FundValues;
	ok: boolean;
	ambiguous: boolean;
	checks: number;
}

/**
 * Read the value cells of a 资金总额 row against the header's columns. Kept: every value on which all
 * best readings agree (most arithmetic checks passed, then fewest cuts, then fewest missing cells).
 * `ok` is false when no reading is consistent; `ambiguous` when best readings disagree on money.
 */
export function solveFundsRow(written: string[], cols: FundKey[]): Solved {
	// a spreadsheet's raw float ("0.971328671328671", a rate kept at full length): read to six decimals,
	// and the value kept as written once the arithmetic has placed it
	const long = new Map<number, number>();
	const cells = written.map((c) => {
		if (!/^\d{1,3}\.\d{10,}$/.test(c)) return c;
		const r = Number(Number(c).toFixed(6));
		long.set(r, Number(c));
		return String(r);
	});
	const solved = solveCells(cells, cols);
	// a rate the arithmetic could not check (budget or actual unread) is kept only as a written percentage:
	// a bare "8" among split cells is no 8%
	const r = solved.values.rate;
	if (
		r != null &&
		(solved.values.budget == null || solved.values.actual == null) &&
		!written.some((c) => /%$/.test(c) && Math.abs(parseFloat(c) / 100 - r) < 1e-9)
	)
		solved.values.rate = null;
	if (long.size) for (const k of cols) if (solved.values[k] != null && long.has(solved.values[k]!)) solved.values[k] = long.get(solved.values[k]!);
	return solved;
}

function solveCells(cells: string[], cols: FundKey[]): Solved {
	const none: Solved = { values: {}, ok: false, ambiguous: false, checks: 0 };
	if (cells.length === 0 || cols.length === 0 || cells.some((c) => !EMPTY_CELL.test(c) && !RUN.test(c.replace(/分$/, '')))) return none;
	const readings: Reading[] = [];
	// cells as written, one per column: no search
	if (cells.length === cols.length && cells.every((c) => EMPTY_CELL.test(c) || PART.test(c.replace(/分$/, ''))))
		placements(
			cells.map((c) => (EMPTY_CELL.test(c) ? null : c.replace(/分$/, ''))),
			cols,
			0,
			readings,
			1
		);
	if (readings.length === 1 && readings[0].fails === 0) return agree(readings, cols);
	for (const p of partings(cells, cols.length)) placements(p.parts, cols, p.splits, readings, 20000);
	if (readings.length === 0) return none;
	return agree(readings, cols);
}

/** Row labels of the total row, and of rows that are only a part of it. */
const TOTAL_ROW = /^(?:年度资金总额|年度财政资金总额|财政资金总额|资金总额|项目资金总额|总额|合计|总计|资金合计|年度资金合计|年度总金额)[:：]?/;
const PART_ROW = /^(?:其中|当年财政拨款|本年财政拨款|财政拨款|财政资金|上年结转|其他资金|单位资金|财政专户|自筹资金|社会资金|一般公共预算|政府性基金)/;

/** Where a funds header starts at `k` (null when the cells there are no funds header). */
export function fundsHeaderAt(toks: Tok[], k: number): ReturnType<typeof readHeader<FundCol>> | null {
	if (!fundsColOf(toks[k].t) && !(k + 1 < toks.length && toks[k].t.length <= 4 && fundsColOf(toks[k].t + toks[k + 1].t))) return null;
	const h = readHeader(toks, k, fundsColOf, /^$/);
	const money = h.cols.filter((c) => c === 'initial' || c === 'budget' || c === 'actual' || c === 'rate');
	return money.length >= 2 && new Set(money).size >= 2 ? h : null;
}

/** Unit multiplier to 万元 from cells ("项目资金（元）" → 1/10000), null when none states a unit. */
function unitScale(cells: Tok[]): number | null {
	const all = cells.map((t) => t.t).join('');
	if (/万元/.test(all)) return 1;
	if (/[（(]元[）)]/.test(all)) return 1e-4;
	if (/亿元/.test(all)) return 1e4;
	return null;
}

/** The header's unit; else that of a 项目资金（…）label cell nearby (a PDF may move it away from the header). */
function moneyScale(toks: Tok[], h: { toks: Tok[]; next: number }): { scale: number; stated: boolean } {
	const own = unitScale(h.toks);
	if (own !== null) return { scale: own, stated: true };
	const from = toks.indexOf(h.toks[0]);
	const near = toks.slice(Math.max(0, from - 12), Math.min(toks.length, h.next + 30)).filter((t) => fundsColOf(t.t) === 'label');
	// …else the form's own "金额单位:元" / "单位：万元" above its cells
	const stated = toks
		.slice(Math.max(0, from - 16), from)
		.map((t) => /(?:金额|资金)?单位\s*[:：]\s*(万元|亿元|元)/.exec(t.t)?.[1])
		.filter((u) => u)
		.pop();
	const nearby = unitScale(near);
	if (nearby !== null) return { scale: nearby, stated: true };
	// no unit written anywhere near the table: 万元, the form's standard unit, is assumed (see applyFunds)
	return { scale: stated === '元' ? 1e-4 : stated === '亿元' ? 1e4 : 1, stated: stated !== undefined };
}

/** With no unit written, a total of this many 万元 (1亿元) or more is more likely 元 written bare: it is left blank. */
const UNSTATED_MAX = 10000;

/** A money cell that writes its unit ("185.6万元", "3,500元"): the number in the header's unit. */
function inHeaderUnit(t: string, scale: number): string {
	const m = /^([\d.,]+)(万元|元|亿元)$/.exec(t);
	if (!m) return t;
	const own = m[2] === '万元' ? 1 : m[2] === '元' ? 1e-4 : 1e4;
	const v = Number(m[1].replace(/,/g, ''));
	return own === scale || !Number.isFinite(v) ? m[1] : String(Number(((v * own) / scale).toPrecision(12)));
}

/** The value cells of the total row: from `k` (label already consumed) until a cell that is no number. */
/** Past a row of column numbers ("1 2 3 4 5 6", a form's printed column index) that starts at `k`: its end, else `k`. */
function numbering(toks: Tok[], k: number): number {
	let j = k;
	while (j < toks.length && toks[j].t === String(j - k + 1)) j++;
	return j - k >= 3 ? j : k;
}

function valueCells(toks: Tok[], k: number, max: number, row: number | null, scale: number): Tok[] {
	const out: Tok[] = [];
	for (let q = k; q < toks.length && out.length < max; q++) {
		if (row !== null && toks[q].row !== row) break;
		const t = inHeaderUnit(toks[q].t, scale);
		if (!EMPTY_CELL.test(t) && !RUN.test(t.replace(/分$/, ''))) break;
		out.push(t === toks[q].t ? toks[q] : { ...toks[q], t });
	}
	return out;
}

/**
 * Read a funds table whose header starts at `k`: GridFacts budget / actual / rate (万元) and the funds
 * row's 分值 / 得分. Returns the index after what was read and the cells used.
 */
export function readFunds(toks: Tok[], k: number, facts: GridFacts, warnings: Set<string>): { next: number; used: Tok[] } {
	const h = fundsHeaderAt(toks, k);
	if (!h) return { next: k + 1, used: [] };
	const reliable = endsRow(toks, h.toks, h.next);
	const cols = h.cols.filter((c): c is FundKey => c !== 'label' && c !== 'other');
	const { scale, stated } = moneyScale(toks, h);
	const used = [...h.toks];
	const first = numbering(toks, h.next);
	// a header led by the project's name and its money's source ("项目名称 | 资金来源 | 年初预算数(万元) | …"): the row under it
	// is the project's own, its name and source cells before its figures
	const named = reliable && toks.slice(Math.max(0, k - 3), k).some((t) => t.row === toks[k].row && /^项目名称$/.test(t.t.replace(/\s+/g, '')));
	for (let q = first; q < Math.min(toks.length, first + 12); q++) {
		const t = toks[q].t;
		const row = reliable ? toks[q].row : null;
		const label = TOTAL_ROW.exec(t);
		let cells: Tok[];
		if (label) {
			const rest = t.slice(label[0].length);
			if (rest && !RUN.test(rest)) continue;
			cells = rest ? [{ ...toks[q], t: rest }] : [];
			cells.push(...valueCells(toks, numbering(toks, q + 1), cols.length + 2 - cells.length, row, scale));
			// the label alone on its row, its figures on the row below ("年度资金总额 |" / "| 76 | 72.96 | 10 | 96.00% | 9.6 |")
			if (cells.length === 0 && row !== null && q + 1 < toks.length) cells.push(...valueCells(toks, q + 1, cols.length + 2, toks[q + 1].row, scale));
		} else if (q === first && RUN.test(t)) {
			// values right under the header: the table has no row labels
			cells = valueCells(toks, q, cols.length + 2, row, scale);
		} else if (named && q === first && row !== null) {
			let p = q + 1;
			while (p < toks.length && p <= q + 2 && toks[p].row === row && !RUN.test(toks[p].t)) p++;
			cells = valueCells(toks, p, cols.length, row, scale);
			// (one project's row only: a list of projects is read as such elsewhere)
			const after = toks.findIndex((x, i) => i > p && x.row !== row);
			if (cells.length < 3 || (after > 0 && after + 2 < toks.length && RUN.test(toks[after + 2].t) && toks[after + 2].row === toks[after].row))
				return { next: h.next, used };
		} else if (PART_ROW.test(t)) return { next: q, used };
		else continue;
		const lastCell = cells[cells.length - 1];
		const last = lastCell ? toks.findIndex((x) => x.start === lastCell.start && x.end === lastCell.end) : -1;
		used.push(toks[q], ...cells);
		applyFunds(cells, cols, scale, stated, facts, warnings, toks[q].start);
		return { next: Math.max(q + 1, last + 1), used };
	}
	return { next: h.next, used };
}

/** Solve the row and put what it states into the facts (a zero total is no stated budget). */
function applyFunds(cells: Tok[], cols: FundKey[], scale: number, unitStated: boolean, facts: GridFacts, warnings: Set<string>, start: number): void {
	if (cells.length === 0) return;
	const end = cells[cells.length - 1].end;
	const raw = cells.map((c) => c.t).join(' ');
	let s = solveFundsRow(
		cells.map((c) => c.t),
		cols
	);
	// more cells than columns (the next row's figures without their label): the first cells, when the sums hold
	for (let n = Math.min(cells.length - 1, cols.length); !s.ok && n >= 3; n--) {
		const p = solveFundsRow(
			cells.slice(0, n).map((c) => c.t),
			cols
		);
		if (p.ok && !p.ambiguous && p.checks > 0) s = p;
	}
	if (!s.ok || s.ambiguous) {
		warnings.add(`自评表资金行数字无法按执行率核对拆分，未采用：${raw} (funds row figures could not be placed consistently; left blank)`);
		if (!s.ok) return;
	}
	const v = s.values;
	// 全年预算数 (the budget the rate is computed on); 年初预算数 when there is none or its cell is empty
	const budget = v.budget ?? null;
	const span = (value: number) => ({ value: Number(value.toPrecision(12)), start, end });
	if (v.weight != null && !facts.execWeight) facts.execWeight = span(v.weight);
	if (v.points != null && !facts.execPoints) facts.execPoints = span(v.points);
	if (budget === 0 && !v.actual) {
		warnings.add(`自评表资金总额为0，未采用 (funds total row is zero; not used)`);
		return;
	}
	if (!unitStated && Math.max(budget ?? 0, v.actual ?? 0) >= UNSTATED_MAX) {
		warnings.add(
			`自评表资金未注明单位，按万元读为 ${budget ?? v.actual} 万元过大，可能是元，未采用 (funds table states no unit; read as 万元 the total would be 1亿元 or more, likely 元; left blank)`
		);
		return;
	}
	if (budget != null && budget > 0 && !facts.budget) facts.budget = span(budget * scale);
	if (v.actual != null && !facts.actual) facts.actual = span(v.actual * scale);
	if (v.rate != null && !facts.rate) facts.rate = span(v.rate);
}
