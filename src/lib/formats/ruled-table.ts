/**
 * A scanned page's text with its ruled tables rebuilt: the ruling lines (rules.ts) give each table's cell
 * grid, merged cells included (a vertical line absent over part of a row, a horizontal one absent over part
 * of a column); each OCR text box goes to the cell that holds its centre, a box that runs over a vertical
 * ruling line being first split there by the share of its width (OCR boxes carry no character positions:
 * ideographs count one width, digits and Latin letters half). A table row becomes one line of
 * tab-separated cells, a cell's several lines joined, a cell merged over several rows filled into each —
 * as src/lib/pdf/table.ts writes a text PDF's tables, for the 自评表 grid reader. Text outside tables is
 * grouped into lines as the OCR engine groups it (boxes whose middles lie within half the mean box height,
 * left to right, joined by a space). Pure.
 */
import { joinCellLines, layoutText, WIDE } from '../pdf/table';
import type { Rules, Segment } from './rules';

/** One OCR text box (top-left x, y, size in pixels) with the recogniser's mean confidence. */
export interface OcrBox {
	text: string;
	conf: number;
	x: number;
	y: number;
	w: number;
	h: number;
}

/** One line of the page's text and the confidence it carries (a table row: its doubtful figures' lowest). */
export interface PageLine {
	text: string;
	conf: number;
}

/** A cell: base rows r0–r1 and base columns c0–c1 of its table (inclusive). */
export interface Cell {
	r0: number;
	r1: number;
	c0: number;
	c1: number;
}

/** A ruled table: its ruling lines' positions, its cells, and which base cell lies in which cell. */
export interface RuledTable {
	/** x of the vertical lines, left to right. */
	xs: number[];
	/** y of the horizontal lines, top to bottom. */
	ys: number[];
	cells: Cell[];
	/** The cell of base cell (row i, column j) at i·(xs.length − 1) + j. */
	cellOf: number[];
	/** Whether vertical line j is drawn over base row i: `vAt[i][j]`. */
	vAt: boolean[][];
}

/** Lines this close (pixels) are one line. */
const TOL = 6;
/** A segment reaching this close (pixels, beyond half the other's thickness) to a line across it touches it: skew and a worn corner. */
const TOUCH = 3;

/** Ruling segments of either kind past which a page is read as lines (lines are compared pairwise; a hatched page). */
export const MAX_SEGMENTS = 3000;

/** Whether segment s reaches position `at` of a line across it `thick` pixels wide. */
const reaches = (s: Segment, at: number, thick: number) => s.from <= at + thick / 2 + TOUCH && s.to >= at - thick / 2 - TOUCH;

/**
 * The ruled tables of a page: lines that cross or touch two lines across them at least, in groups that
 * meet, with two columns and two rows at least.
 */
export function ruledTables(rules: Rules, tol = TOL): RuledTable[] {
	if (rules.h.length > MAX_SEGMENTS || rules.v.length > MAX_SEGMENTS) return [];
	const meets = (h: Segment, v: Segment) => reaches(h, v.pos, v.thick) && reaches(v, h.pos, h.thick);
	// a table's line runs into two lines across it at least (its two borders); an underline, a dash or the
	// strokes of a line of text in a cell (its padding between them and the borders) reach none
	let hs = rules.h;
	let vs = rules.v;
	for (let k = 0; k < 5; k++) {
		const h2 = hs.filter((h) => vs.filter((v) => meets(h, v)).length >= 2);
		const v2 = vs.filter((v) => h2.filter((h) => meets(h, v)).length >= 2);
		const same = h2.length === hs.length && v2.length === vs.length;
		[hs, vs] = [h2, v2];
		if (same) break;
	}
	// tables: groups of lines that meet
	const parent = [...hs, ...vs].map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	hs.forEach((h, i) => vs.forEach((v, j) => meets(h, v) && (parent[find(i)] = find(hs.length + j))));
	const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
	[...hs, ...vs].forEach((s, i) => {
		const g = groups.get(find(i)) ?? { h: [], v: [] };
		(i < hs.length ? g.h : g.v).push(s);
		groups.set(find(i), g);
	});
	const out: RuledTable[] = [];
	for (const g of groups.values()) {
		const t = gridOf(cluster(g.h, tol), cluster(g.v, tol), tol);
		if (t) out.push(t);
	}
	return out.sort((a, b) => a.ys[0] - b.ys[0]);
}

interface Ruling {
	pos: number;
	spans: [number, number][];
}

/** Segments at one position (within tol) are one ruling line, drawn where any of them is. */
function cluster(segs: Segment[], tol: number): Ruling[] {
	const out: (Ruling & { n: number })[] = [];
	for (const s of [...segs].sort((a, b) => a.pos - b.pos)) {
		const last = out.at(-1);
		if (last && s.pos - last.pos <= tol) {
			last.pos = (last.pos * last.n + s.pos) / (last.n + 1);
			last.n++;
			last.spans.push([s.from, s.to]);
		} else out.push({ pos: s.pos, spans: [[s.from, s.to]], n: 1 });
	}
	return out;
}

/** Whether a ruling line is drawn over most of [a, b]. */
function drawn(r: Ruling, a: number, b: number, tol: number): boolean {
	const cut = r.spans
		.map(([f, t]) => [Math.max(a, f - tol), Math.min(b, t + tol)])
		.filter(([f, t]) => t > f)
		.sort((p, q) => p[0] - q[0]);
	let covered = 0;
	let end = a;
	for (const [f, t] of cut) {
		if (t <= end) continue;
		covered += t - Math.max(f, end);
		end = t;
	}
	return covered >= 0.5 * (b - a);
}

/**
 * An open table's missing outer border: where two of its lines across run past the outermost line along
 * (a table drawn without its left and right borders), a border there, drawn all along.
 */
function borders(across: Ruling[], along: Ruling[], tol: number): Ruling[] {
	if (across.length < 2 || along.length < 1) return along;
	const ends = across.flatMap((r) => r.spans);
	const [lo, hi] = [Math.min(...ends.map((e) => e[0])), Math.max(...ends.map((e) => e[1]))];
	const reach = (at: number, end: 0 | 1) => across.filter((r) => r.spans.some((e) => Math.abs(e[end] - at) <= tol)).length >= 2;
	const span: [number, number] = [across[0].pos, across.at(-1)!.pos];
	const out = [...along];
	if (along[0].pos - lo > 3 * tol && reach(lo, 0)) out.unshift({ pos: lo, spans: [span] });
	if (hi - along.at(-1)!.pos > 3 * tol && reach(hi, 1)) out.push({ pos: hi, spans: [span] });
	return out;
}

function gridOf(h: Ruling[], v: Ruling[], tol: number): RuledTable | null {
	const [hr, vr] = [borders(v, h, tol), borders(h, v, tol)];
	if (hr.length < 3 || vr.length < 3) return null;
	const ys = hr.map((r) => r.pos);
	const xs = vr.map((r) => r.pos);
	const [rows, cols] = [ys.length - 1, xs.length - 1];
	const vAt = ys.slice(1).map((_, i) => xs.map((_, j) => drawn(vr[j], ys[i], ys[i + 1], tol)));
	const hAt = ys.map((_, i) => xs.slice(1).map((_, j) => drawn(hr[i], xs[j], xs[j + 1], tol)));
	// base cells joined where the line between them is not drawn: merged cells
	const parent = Array.from({ length: rows * cols }, (_, k) => k);
	const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k])));
	for (let i = 0; i < rows; i++) {
		for (let j = 0; j < cols; j++) {
			if (j > 0 && !vAt[i][j]) parent[find(i * cols + j)] = find(i * cols + j - 1);
			if (i > 0 && !hAt[i][j]) parent[find(i * cols + j)] = find((i - 1) * cols + j);
		}
	}
	const cells: Cell[] = [];
	const index = new Map<number, number>();
	const cellOf = parent.map((_, k) => {
		const root = find(k);
		const [i, j] = [Math.floor(k / cols), k % cols];
		let c = index.get(root);
		if (c === undefined) {
			c = cells.push({ r0: i, r1: i, c0: j, c1: j }) - 1;
			index.set(root, c);
		}
		const cell = cells[c];
		[cell.r0, cell.r1, cell.c0, cell.c1] = [Math.min(cell.r0, i), Math.max(cell.r1, i), Math.min(cell.c0, j), Math.max(cell.c1, j)];
		return c;
	});
	return { xs, ys, cells, cellOf, vAt };
}

// ── a skewed page ────────────────────────────────────────────────────────────────────────────────────

/** A box's corners as the detector gives them: [x, y], clockwise from the top left. */
export type Quad = number[][];

/**
 * The page's skew in radians (positive: lines fall to the right): the median slope of the top edges of
 * wide boxes (lines of text); 0 with fewer than three.
 */
export function skewOf(quads: Quad[]): number {
	const slopes = quads
		.filter((q) => q.length === 4)
		.map(([a, b, , d]) => (Math.hypot(b[0] - a[0], b[1] - a[1]) >= 4 * Math.hypot(d[0] - a[0], d[1] - a[1]) ? Math.atan2(b[1] - a[1], b[0] - a[0]) : NaN))
		.filter(Number.isFinite)
		.sort((p, q) => p - q);
	return slopes.length < 3 ? 0 : slopes[Math.floor(slopes.length / 2)];
}

/** A turn of the page by `angle` radians (clockwise on screen) about `from`, the centre landing at `to` (the turned image is larger). */
export interface Turn {
	angle: number;
	from: [number, number];
	to: [number, number];
}

/** The upright box around a quad, turned. */
export function boxOf(text: string, conf: number, quad: Quad, turn?: Turn): OcrBox {
	const [c, s] = turn ? [Math.cos(turn.angle), Math.sin(turn.angle)] : [1, 0];
	const pts = quad.map(([x, y]) => {
		if (!turn) return [x, y];
		const [dx, dy] = [x - turn.from[0], y - turn.from[1]];
		return [turn.to[0] + dx * c - dy * s, turn.to[1] + dx * s + dy * c];
	});
	const xs = pts.map((p) => p[0]);
	const ys = pts.map((p) => p[1]);
	const [x, y] = [Math.min(...xs), Math.min(...ys)];
	return { text, conf, x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

// ── text of a box split at ruling lines ─────────────────────────────────────────────────────────────

/** Width of a character in ideograph widths: full-width forms and ≤ ≥ one, digits, Latin and spaces half. */
const charWidth = (ch: string) => (WIDE.test(ch) || ch === '≥' || ch === '≤' ? 1 : 0.5);

/**
 * A box's text cut at fractions of its width (ascending, 0–1): each cut at the character boundary nearest
 * the share of the text's estimated width, or at a space within two characters of it (the engine reads a
 * wide gap as a space). Pieces trimmed; a piece may be ''.
 */
export function splitText(text: string, fractions: number[]): string[] {
	const chars = [...text];
	const cum = [0];
	for (const ch of chars) cum.push(cum.at(-1)! + charWidth(ch));
	const total = cum.at(-1)!;
	const cuts: number[] = [];
	for (const f of fractions) {
		let k = 0;
		for (let i = 1; i <= chars.length; i++) if (Math.abs(cum[i] - f * total) < Math.abs(cum[k] - f * total)) k = i;
		const spaces = [k, k - 1, k + 1, k - 2, k + 2].filter((s) => s >= 0 && s < chars.length && chars[s] === ' ');
		if (spaces.length) k = spaces[0];
		cuts.push(Math.max(k, cuts.at(-1) ?? 0));
	}
	return [0, ...cuts].map((c, i) =>
		chars
			.slice(c, i < cuts.length ? cuts[i] : chars.length)
			.join('')
			.trim()
	);
}

/** A box cut at the vertical ruling lines it runs over (x positions), as boxes; each side must hold about a character. */
export function splitBox(box: OcrBox, lines: number[]): OcrBox[] {
	const total = [...box.text].reduce((n, ch) => n + charWidth(ch), 0);
	const fractions = lines
		.map((x) => (x - box.x) / box.w)
		.filter((f) => f > 0 && f < 1 && f * total >= 0.75 && (1 - f) * total >= 0.75)
		.sort((a, b) => a - b);
	if (fractions.length === 0) return [box];
	const texts = splitText(box.text, fractions);
	const edges = [0, ...fractions, 1];
	return texts.map((text, i) => ({ ...box, text, x: box.x + edges[i] * box.w, w: (edges[i + 1] - edges[i]) * box.w })).filter((b) => b.text !== '');
}

// ── the page ─────────────────────────────────────────────────────────────────────────────────────────

const mid = (b: OcrBox) => b.y + b.h / 2;
const centreX = (b: OcrBox) => b.x + b.w / 2;

/** The last index i with at[i] <= v, within 0 … at.length − 2. */
function band(at: number[], v: number): number {
	let i = 0;
	while (i < at.length - 2 && at[i + 1] <= v) i++;
	return i;
}

/**
 * The page's lines, top to bottom: text outside ruled tables as the engine groups it, each table row as
 * one line of tab-separated cells. A page without a ruled table gives the engine's lines unchanged.
 */
export function ruledPage(boxes: OcrBox[], rules: Rules): PageLine[] {
	const tables = ruledTables({ h: rules.h.filter((s) => !throughText(s, boxes)), v: rules.v });
	const inside = (t: RuledTable, b: OcrBox) => centreX(b) >= t.xs[0] && centreX(b) <= t.xs.at(-1)! && mid(b) >= t.ys[0] && mid(b) <= t.ys.at(-1)!;
	const outside: OcrBox[] = [];
	const held = tables.map(() => [] as OcrBox[]);
	for (const b of boxes) {
		const k = tables.findIndex((t) => inside(t, b));
		if (k < 0) outside.push(b);
		else held[k].push(b);
	}
	const placed: { top: number; lines: PageLine[] }[] = engineLines(outside).map((l) => ({ top: l.top, lines: [{ text: l.text, conf: l.conf }] }));
	tables.forEach((t, k) => placed.push({ top: t.ys[0], lines: tableRows(t, held[k]) }));
	return placed.sort((a, b) => a.top - b.top).flatMap((p) => p.lines);
}

/**
 * A horizontal run through the middle of a text box, mostly within its width: the strokes of the text
 * (a ruling line lies between lines of text, never through one).
 */
export function throughText(s: Segment, boxes: OcrBox[]): boolean {
	return boxes.some((b) => Math.abs(s.pos - mid(b)) < 0.25 * b.h && Math.min(s.to, b.x + b.w) - Math.max(s.from, b.x) >= 0.5 * (s.to - s.from));
}

/** Lines as the OCR engine groups boxes (@gutenye/ocr-common): by middle within half the mean height, left to right, joined by a space. */
export function engineLines(boxes: OcrBox[]): (PageLine & { top: number })[] {
	if (boxes.length === 0) return [];
	const half = boxes.reduce((n, b) => n + b.h, 0) / boxes.length / 2;
	const groups: OcrBox[][] = [];
	for (const b of boxes) {
		const g = groups.find((g) => Math.abs(mid(g[0]) - mid(b)) < half);
		if (g) g.push(b);
		else groups.push([b]);
	}
	for (const g of groups) g.sort((a, b) => a.x - b.x);
	return groups
		.map((g) => ({
			top: g[0].y,
			text: g
				.map((b) => b.text)
				.join(' ')
				.trim(),
			conf: g.reduce((n, b) => n + b.conf, 0) / g.length
		}))
		.sort((a, b) => a.top - b.top)
		.filter((l) => l.text !== '');
}

/** A table's rows as lines of tab-separated cells. */
export function tableRows(t: RuledTable, boxes: OcrBox[]): PageLine[] {
	const cols = t.xs.length - 1;
	const inCell = t.cells.map(() => [] as OcrBox[]);
	const inBand = t.ys.slice(1).map(() => [] as OcrBox[]);
	for (const box of boxes) {
		const i = band(t.ys, mid(box));
		const lines = t.xs.filter((x, j) => j > 0 && j < cols && t.vAt[i][j] && x > box.x && x < box.x + box.w);
		for (const piece of splitBox(box, lines)) {
			inCell[t.cellOf[i * cols + band(t.xs, centreX(piece))]].push(piece);
			inBand[i].push(piece);
		}
	}
	const texts = inCell.map((bs) => joinCellLines(cellLines(bs).map(lineText)));
	const doubt = (bs: OcrBox[]) => {
		const figures = bs.filter((b) => /\d/.test(b.text));
		return Math.min(1, ...(figures.length ? figures : bs).map((b) => b.conf));
	};
	const confs = inCell.map(doubt);
	// a cell of one row holding two lines that are each a bare figure: the row's lines are rows of their own
	// that were not ruled apart (figures never wrap), laid out by position as a text PDF's table is
	const unruled = new Set(
		t.cells.filter((cell, c) => cell.r0 === cell.r1 && cellLines(inCell[c]).filter((l) => /^[\d.,%]+$/.test(lineText(l))).length >= 2).map((cell) => cell.r0)
	);
	const out: PageLine[] = [];
	for (let i = 0; i < t.ys.length - 1; i++) {
		if (unruled.has(i)) {
			for (const text of layoutText(inBand[i])) out.push({ text, conf: doubt(inBand[i].filter((b) => text.includes(b.text))) });
			continue;
		}
		const row: number[] = [];
		for (let j = 0; j < cols; j++) {
			const c = t.cellOf[i * cols + j];
			if (row.at(-1) !== c && texts[c] !== '') row.push(c);
		}
		if (row.length) out.push({ text: row.map((c) => texts[c]).join('\t'), conf: Math.min(...row.map((c) => confs[c])) });
	}
	return out;
}

/** A cell's boxes as lines, top to bottom (boxes whose middles lie within half a box height), each left to right. */
function cellLines(boxes: OcrBox[]): OcrBox[][] {
	const lines: OcrBox[][] = [];
	for (const b of [...boxes].sort((p, q) => mid(p) - mid(q))) {
		const l = lines.at(-1);
		if (l && Math.abs(mid(l[0]) - mid(b)) < Math.max(l[0].h, b.h) / 2) l.push(b);
		else lines.push([b]);
	}
	return lines.map((l) => l.sort((p, q) => p.x - q.x));
}

const lineText = (l: OcrBox[]) => joinCellLines(l.map((b) => b.text.trim()));
