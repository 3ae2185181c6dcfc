/**
 * A 自评表 as a PDF's text layout gives it (pdftotext -layout, a "copy as text" of a printed form): cells
 * aligned in columns by runs of spaces, header cells split over two or three lines ("年初" over "预算数", "一级"
 * over "指标", the vertical "绩 / 效 / 指 / 标"), and a cell's second line under it ("满意度" / "指标"). Such a
 * block becomes tab rows: the runs of two spaces or more are cell borders; a line with no figure whose cells
 * all stand under (or over) cells of the line next to it is that line's second line, joined cell by cell
 * where the join names a header column (or the cells are single characters or units); other lines are rows.
 * Lines keep their place: a joined line becomes empty.
 */
import { colOf, fundsColOf } from './indicators/header';
import { renderWidth } from '../sql/errorpos';

interface Cell {
	t: string;
	a: number;
	b: number;
}

/** Display columns a string takes: a Chinese character or a full-width sign is two (a layout aligns what it shows). */
function width(s: string): number {
	let w = 0;
	for (const ch of s) w += renderWidth(ch);
	return w;
}

/** The cells of a layout line: text between runs of two spaces or more, with their display columns. */
function cellsOf(line: string): Cell[] {
	const out: Cell[] = [];
	for (const m of line.matchAll(/\S+(?: \S+)*/g)) {
		const a = width(line.slice(0, m.index!));
		out.push({ t: m[0], a, b: a + width(m[0]) });
	}
	return out;
}

/** Whether two cells share columns (a split header's parts are centred over each other, give or take a column). */
function over(x: Cell, y: Cell): boolean {
	return x.a < y.b + 1 && y.a < x.b + 1;
}

/** A line that is a row of a layout table: two cells or more parted by runs of two spaces or more. */
function layoutRow(line: string): boolean {
	return /\S {2,}\S/.test(line.trim()) && !line.includes('\t');
}

const NUMERIC = /\d/;
/** Cells whose join with the cell below or above may be made without naming a column: vertical letters, units. */
const PIECE = /^(?:[\u4e00-\u9fff]|[（(](?:万元|元|亿元|\d+分)[)）])$/;

/**
 * The cells of `small` (a line with no figure) each over or under a distinct cell of `big`, in order; null when a cell
 * of `small` stands under no cell of `big` or two of them under one.
 */
function pairing(small: Cell[], big: Cell[]): number[] | null {
	const at: number[] = [];
	for (const c of small) {
		const k = big.findIndex((x, i) => over(c, x) && !at.includes(i));
		if (k < 0 || (at.length && k < at[at.length - 1])) return null;
		at.push(k);
	}
	return at;
}

/** Whether joining the cells (upper text first) makes a form's header: a column, or only letters and units joined. */
function joins(upper: Cell[], lower: Cell[], pairs: [number, number][]): boolean {
	let named = false;
	for (const [u, l] of pairs) {
		const j = upper[u].t + lower[l].t;
		if (colOf(j) !== null || fundsColOf(j) !== null || /指标$/.test(j)) named = true;
		else if (!PIECE.test(upper[u].t) && !PIECE.test(lower[l].t)) return false;
	}
	return named || pairs.every(([u, l]) => PIECE.test(upper[u].t) || PIECE.test(lower[l].t));
}

/** Lines with a layout table turned into tab rows (the same array when there is none). */
export function layoutGridToTabs(lines: string[]): string[] {
	const rows = lines.map((l) => layoutRow(l));
	// aligned columns leave wide gaps: cells parted by two spaces only (a web page's copy) are not a layout
	if (rows.filter(Boolean).length < 6 || lines.filter((l) => /\S {4,}\S/.test(l.trim())).length < 6) return lines;
	if (!lines.some((l, k) => rows[k] && /三级指标|预算数|执行数|指标值|分值/.test(l))) return lines;
	const out = [...lines];
	// the current row: its line, its cells (joined parts included)
	let cur: { k: number; cells: Cell[] } | null = null;
	const flush = () => {
		if (cur) out[cur.k] = cur.cells.map((c) => c.t).join('\t');
		cur = null;
	};
	for (let k = 0; k < lines.length; k++) {
		const line = lines[k];
		if (line.trim() === '' || line.includes('\t')) {
			flush();
			continue;
		}
		const cells = cellsOf(line);
		// vertical letters ("绩" / "效" / "指" / "标"): they go down to the line that goes on with them
		let n = k + 1;
		while (n < lines.length && lines[n].trim() === '') n++;
		const next = cells.every((c) => c.t.length === 1) ? (lines[n] ?? '') : '';
		const vertical = cells.every((c) => c.t.length === 1) && cellsOf(next).some((n) => n.t.length === 1 && cells.some((c) => over(c, n)));
		// a line whose cells stand under the row's: the second line of its cells (a header's, or a text cell's in a row of figures)
		if (cur && !vertical && !cells.some((c) => NUMERIC.test(c.t))) {
			const c0: { k: number; cells: Cell[] } = cur;
			const p = pairing(cells, c0.cells);
			const figures = c0.cells.some((c) => NUMERIC.test(c.t));
			if (
				p &&
				(figures ||
					joins(
						c0.cells,
						cells,
						p.map((x, i) => [x, i])
					))
			) {
				for (let i = 0; i < cells.length; i++) {
					const x = c0.cells[p[i]];
					c0.cells[p[i]] = { t: x.t + cells[i].t, a: Math.min(x.a, cells[i].a), b: Math.max(x.b, cells[i].b) };
				}
				out[k] = '';
				continue;
			}
		}
		// the line above had no figure and its cells stand over this line's: a header's upper line
		if (cur && !cur.cells.some((c) => NUMERIC.test(c.t))) {
			const c0: { k: number; cells: Cell[] } = cur;
			const p = pairing(c0.cells, cells);
			if (
				p &&
				joins(
					c0.cells,
					cells,
					p.map((x, i) => [i, x])
				)
			) {
				const merged = cells.map((c) => ({ ...c }));
				for (let i = 0; i < c0.cells.length; i++) {
					const x = merged[p[i]];
					merged[p[i]] = { t: c0.cells[i].t + x.t, a: Math.min(x.a, c0.cells[i].a), b: Math.max(x.b, c0.cells[i].b) };
				}
				out[c0.k] = '';
				cur = { k, cells: merged };
				continue;
			}
		}
		if (!rows[k] && cells.length > 1) {
			flush();
			continue;
		}
		flush();
		cur = { k, cells };
	}
	flush();
	return out;
}
