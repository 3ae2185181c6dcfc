/**
 * Tables rebuilt from positioned text (a PDF's text items, an OCR engine's boxes): lines by position,
 * a cell's wrapped lines joined into one cell, cells of a row side by side, spanned cells filled into
 * every row they cover, text outside tables kept as lines. A row of cells becomes one line of
 * tab-separated cells: the form the 自评表 grid reader takes from .xlsx/.docx tables
 * (src/lib/ingest/indicators/grid-text.ts). Pure: no pdfjs, no node: built-ins.
 *
 * 1. lines: boxes whose vertical centres lie within half a line height of each other;
 * 2. fragments: a line cut where a gap is wider than `gap` glyph heights (the space between two cells);
 * 3. blocks (cells): a fragment joined to the fragment under it in the same column when the baselines are
 *    at most `pitch` glyph heights apart, neither of them lies over two fragments of the other's lines
 *    (a paragraph over a table row), and the two lines are not two full rows of a tight table (every
 *    fragment of the upper line has one under it and no cell of the row sits between them);
 * 4. rows: blocks whose vertical extents overlap; a block beside two blocks of one other column that lie
 *    one under the other (a merged cell: 数量指标 beside its two indicators) is filled into each row it covers, as a
 *    spreadsheet's merged cell is;
 *    a one-line block alone between two rows, in a column both leave empty, is filled into both;
 * 5. a row of two or more cells is written as cells; a lone block as its lines, or as one line when it
 *    lies under or over one cell of a row next to it, no wider than that column (填报单位 wrapped in a
 *    table's first column).
 */

/** Pieces of text on one page past which no table is rebuilt (the row grouping compares pieces pairwise). */
export const MAX_FRAGMENTS = 4000;

/** Positioned text, top-down coordinates: `y` is the top of the box. `glyph`: the font size, if known (else h). */
export interface TextBox {
	text: string;
	x: number;
	y: number;
	w: number;
	h: number;
	glyph?: number;
}

/** Thresholds in glyph heights. */
export interface LayoutOptions {
	/** A horizontal gap wider than this separates two cells (default 0.8). */
	gap?: number;
	/** Baselines at most this far apart can be two lines of one cell (default 1.7). */
	pitch?: number;
}

interface Line {
	boxes: TextBox[];
	centre: number;
	h: number;
}

interface Frag {
	text: string;
	x0: number;
	x1: number;
	top: number;
	bottom: number;
	glyph: number;
	line: number;
	next: Frag | null;
	prev: Frag | null;
}

interface Block {
	frags: Frag[];
	x0: number;
	x1: number;
	top: number;
	bottom: number;
	glyph: number;
}

/** The page's text as lines, tables as rows of tab-separated cells, top to bottom. */
export function layoutText(boxes: TextBox[], options: LayoutOptions = {}): string[] {
	const gap = options.gap ?? 0.8;
	const pitch = options.pitch ?? 1.7;
	const lines = groupLines(boxes.filter((b) => b.text !== ''));
	const frags = lines.map((l, i) => fragmentsOf(l, i, gap));
	// a page of more pieces than any table has (a hostile file): its lines, cells side by side, no table
	if (frags.reduce((n, l) => n + l.length, 0) > MAX_FRAGMENTS) return frags.filter((l) => l.length > 0).map((l) => l.map((f) => f.text).join('\t'));
	linkWrapped(frags, pitch, regular(frags));
	const blocks = frags
		.flat()
		.filter((f) => !f.prev)
		.map(blockOf);
	return rowsText(rowsOf(blocks, pitch), pitch);
}

// ── 1. lines ─────────────────────────────────────────────────────────────────────────────────────────

function groupLines(boxes: TextBox[]): Line[] {
	const sorted = [...boxes].sort((a, b) => a.y + a.h / 2 - (b.y + b.h / 2));
	const lines: Line[] = [];
	for (const b of sorted) {
		const c = b.y + b.h / 2;
		// boxes come by centre: the line a box belongs to is one of the last few
		const line = lines.slice(-8).find((l) => Math.abs(l.centre - c) <= Math.max(l.h, b.h) / 2);
		if (line) {
			line.boxes.push(b);
			line.centre = (line.centre * (line.boxes.length - 1) + c) / line.boxes.length;
			line.h = Math.max(line.h, b.h);
		} else lines.push({ boxes: [b], centre: c, h: b.h });
	}
	lines.sort((a, b) => a.centre - b.centre);
	for (const l of lines) l.boxes.sort((a, b) => a.x - b.x);
	return lines;
}

// ── 2. fragments ─────────────────────────────────────────────────────────────────────────────────────

const glyphOf = (b: TextBox) => b.glyph ?? b.h;

function fragmentsOf(line: Line, index: number, gap: number): Frag[] {
	const out: Frag[] = [];
	let cur: Frag | null = null;
	for (const b of line.boxes) {
		const g = glyphOf(b);
		// a space item keeps the space between words but does not carry the text over a gap between cells
		if (b.text.trim() === '') {
			if (cur && !cur.text.endsWith(' ')) cur.text += ' ';
			continue;
		}
		if (cur && b.x - cur.x1 <= gap * Math.max(g, cur.glyph)) {
			// a word space between Latin words or figures whose items carry none
			const space = b.x - cur.x1 > 0.2 * g && /[^\s\u2E80-\uFFEF]$/.test(cur.text) && /^[^\s\u2E80-\uFFEF]/.test(b.text);
			cur.text += (space ? ' ' : '') + b.text;
			cur.x1 = Math.max(cur.x1, b.x + b.w);
			cur.top = Math.min(cur.top, b.y);
			cur.bottom = Math.max(cur.bottom, b.y + b.h);
			cur.glyph = Math.max(cur.glyph, g);
			continue;
		}
		cur = { text: b.text, x0: b.x, x1: b.x + b.w, top: b.y, bottom: b.y + b.h, glyph: g, line: index, next: null, prev: null };
		out.push(cur);
	}
	for (const f of out) f.text = f.text.trim();
	return out.filter((f) => f.text !== '');
}

// ── 3. a cell's wrapped lines ────────────────────────────────────────────────────────────────────────

const xOverlap = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
const overlapsIn = (f: Frag, line: Frag[]) => line.filter((g) => xOverlap(f, g));

/**
 * The pitch of a page whose lines are evenly spaced and never interleaved (text set line by line, its
 * columns aligned by tabs or spaces): there a cell cannot be told from the next row's, so nothing is joined
 * at that pitch. Null when the page has lines between lines (cells centred beside wrapped ones) or uneven
 * spacing (padded table rows).
 */
function regular(lines: Frag[][]): number | null {
	const bases = lines.filter((l) => l.length > 0).map((l) => Math.max(...l.map((f) => f.bottom)));
	const steps = bases
		.slice(1)
		.map((b, i) => b - bases[i])
		.sort((a, b) => a - b);
	if (steps.length < 4) return null;
	const median = steps[Math.floor(steps.length / 2)];
	const glyph = Math.max(...lines.flat().map((f) => f.glyph));
	// a step under a line's height: baselines offset within rows (centred cells); uneven steps: padded rows
	const even = steps.filter((d) => Math.abs(d - median) <= 0.1 * median).length >= 0.8 * steps.length;
	return median >= 1.1 * glyph && even ? median : null;
}

function linkWrapped(lines: Frag[][], pitch: number, step: number | null): void {
	for (let i = 0; i < lines.length; i++) {
		for (const f of lines[i]) {
			const g = wrapOf(f, lines, i, step === null ? pitch : Math.min(pitch, (0.85 * step) / f.glyph));
			if (g) {
				f.next = g;
				g.prev = f;
			}
		}
	}
}

/** The fragment that continues f on a later line, or null. */
function wrapOf(f: Frag, lines: Frag[][], i: number, pitch: number): Frag | null {
	for (let j = i + 1; j < lines.length; j++) {
		if (Math.min(...lines[j].map((g) => g.bottom)) - f.bottom > pitch * f.glyph) return null;
		const under = overlapsIn(f, lines[j]);
		if (under.length === 0) continue;
		if (under.length > 1) return null; // f spans several cells below: a paragraph over a table
		const g = under[0];
		if (g.prev || g.bottom - f.bottom > pitch * Math.max(f.glyph, g.glyph)) return null;
		if (overlapsIn(g, lines[i]).length > 1) return null; // g spans several cells above
		if (fullRows(lines[i], lines[j]) && !between(lines, i, j)) return null;
		return g;
	}
	return null;
}

/** Two lines of three or more cells where every upper cell has one under it: two rows of a tight table. */
function fullRows(upper: Frag[], lower: Frag[]): boolean {
	return upper.length >= 3 && upper.every((u) => overlapsIn(u, lower).length === 1);
}

/**
 * Whether a cell of the row sits between lines i and j (a one-line cell centred beside wrapped ones): the
 * evidence that two full lines are one row's wrapped cells, not two rows of a tight table.
 */
function between(lines: Frag[][], i: number, j: number): boolean {
	for (let k = i + 1; k < j; k++) if (lines[k].some((g) => overlapsIn(g, lines[i]).length === 0)) return true;
	return false;
}

function blockOf(first: Frag): Block {
	const frags: Frag[] = [];
	for (let f: Frag | null = first; f; f = f.next) frags.push(f);
	return {
		frags,
		x0: Math.min(...frags.map((f) => f.x0)),
		x1: Math.max(...frags.map((f) => f.x1)),
		top: Math.min(...frags.map((f) => f.top)),
		bottom: Math.max(...frags.map((f) => f.bottom)),
		glyph: Math.max(...frags.map((f) => f.glyph))
	};
}

/** Full-width characters: ideographs, CJK punctuation, full-width forms. */
export const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** A cell's lines joined: nothing between ideographs (a wrapped word), a space between Latin words. */
export function joinCellLines(lines: string[]): string {
	let s = '';
	for (const t of lines) if (t !== '') s += s === '' || WIDE.test(s.at(-1)!) || WIDE.test(t[0]) ? t : ' ' + t;
	return s;
}

const blockText = (b: Block): string => joinCellLines(b.frags.map((f) => f.text));

// ── 4. rows ──────────────────────────────────────────────────────────────────────────────────────────

const yOverlap = (a: Block, b: Block) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.25 * Math.min(a.glyph, b.glyph);

/** A merged cell: beside two blocks of one other column that lie one under the other (cells of two rows). */
function spans(b: Block, blocks: Block[]): boolean {
	const beside = blocks.filter((o) => o !== b && !xOverlap(o, b) && yOverlap(o, b));
	for (let i = 0; i < beside.length; i++) {
		for (let j = i + 1; j < beside.length; j++) {
			const [p, q] = [beside[i], beside[j]];
			if (xOverlap(p, q) && (p.bottom <= q.top + 0.25 * p.glyph || q.bottom <= p.top + 0.25 * q.glyph)) return true;
		}
	}
	return false;
}

interface Row {
	top: number;
	bottom: number;
	cells: Block[];
}

function rowsOf(blocks: Block[], pitch: number): Row[] {
	const merged = new Set(blocks.filter((b) => spans(b, blocks)));
	const plain = blocks.filter((b) => !merged.has(b));
	const parent = plain.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	for (let i = 0; i < plain.length; i++) for (let j = i + 1; j < plain.length; j++) if (yOverlap(plain[i], plain[j])) parent[find(i)] = find(j);
	const groups = new Map<number, Block[]>();
	plain.forEach((b, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), b]));
	const rows: Row[] = [...groups.values()].map((cells) => ({
		top: Math.min(...cells.map((c) => c.top)),
		bottom: Math.max(...cells.map((c) => c.bottom)),
		cells
	}));
	for (const m of merged) {
		const hit = rows.filter((r) => r.cells.some((c) => yOverlap(c, m)));
		if (hit.length === 0) rows.push({ top: m.top, bottom: m.bottom, cells: [m] });
		for (const r of hit) r.cells.push(m);
	}
	rows.sort((a, b) => a.top - b.top);
	const out = fillGaps(rows, pitch);
	for (const r of out) r.cells.sort((a, b) => a.x0 - b.x0);
	return out;
}

/**
 * A lone one-line block between two rows of cells, close to both and in a column both leave empty, is a
 * cell merged over the two rows (产出指标 centred beside its two indicators): filled into both.
 */
function fillGaps(rows: Row[], pitch: number): Row[] {
	const out: Row[] = [];
	for (let i = 0; i < rows.length; i++) {
		const [above, r, below] = [out.at(-1), rows[i], rows[i + 1]];
		const b = r.cells[0];
		const apart = (row: Row | undefined) => row && row.cells.length > 1 && row.cells.every((c) => !xOverlap(c, b));
		if (
			r.cells.length === 1 &&
			b.frags.length === 1 &&
			apart(above) &&
			apart(below) &&
			b.top - above!.bottom < pitch * b.glyph &&
			below!.top - b.bottom < pitch * b.glyph
		) {
			above!.cells.push(b);
			below!.cells.push(b);
			continue;
		}
		out.push(r);
	}
	return out;
}

// ── 5. text ──────────────────────────────────────────────────────────────────────────────────────────

function rowsText(rows: Row[], pitch: number): string[] {
	return rows.flatMap((row, i) => {
		if (row.cells.length > 1) return [row.cells.map(blockText).join('\t')];
		const b = row.cells[0];
		const cell = b.frags.length > 1 && [rows[i - 1], rows[i + 1]].some((n) => n && withinColumn(b, n, pitch));
		return cell ? [blockText(b)] : b.frags.map((f) => f.text);
	});
}

/** Whether a block lies under (or over) one cell of a neighbouring row of cells, close to it and no wider than its column. */
function withinColumn(b: Block, row: Row, pitch: number): boolean {
	if (row.cells.length < 2 || Math.min(Math.abs(b.top - row.bottom), Math.abs(row.top - b.bottom)) > 2 * pitch * b.glyph) return false;
	const over = row.cells.filter((c) => xOverlap(c, b));
	if (over.length !== 1) return false;
	const next = row.cells.find((c) => c.x0 > over[0].x0);
	return !next || b.x1 < next.x0;
}
