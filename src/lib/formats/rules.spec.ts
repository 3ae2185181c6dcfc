/**
 * Ruling lines found on synthetic page bitmaps drawn here (lines, thick lines, skewed and broken lines,
 * glyph-like strokes, a shaded block), and the cell grids built from them (merged cells included).
 */
import { describe, expect, it } from 'vitest';
import { MAX_SEGMENTS, ruledTables } from './ruled-table';
import { findRules, type Bitmap, type Rules } from './rules';

/** A white grey page. */
const blank = (width: number, height: number): Bitmap => ({ width, height, data: new Uint8Array(width * height).fill(255) });

/** A dark rectangle. */
function fill(img: Bitmap, x0: number, y0: number, x1: number, y1: number, grey = 0): void {
	for (let y = Math.max(0, y0); y < Math.min(img.height, y1); y++)
		for (let x = Math.max(0, x0); x < Math.min(img.width, x1); x++) img.data[y * img.width + x] = grey;
}

/** A horizontal line from x0 to x1 at y, `thick` pixels, drifting `drift` pixels down over its length, with `gaps` light pixels every 100. */
function hline(img: Bitmap, y: number, x0: number, x1: number, thick = 1, drift = 0, gaps = 0): void {
	for (let x = x0; x < x1; x++) {
		if (gaps && (x - x0) % 100 < gaps) continue;
		const dy = Math.round((drift * (x - x0)) / (x1 - x0));
		fill(img, x, y + dy, x + 1, y + dy + thick);
	}
}

/** A vertical line from y0 to y1 at x, drifting `drift` pixels right over its length. */
function vline(img: Bitmap, x: number, y0: number, y1: number, thick = 1, drift = 0): void {
	for (let y = y0; y < y1; y++) {
		const dx = Math.round((drift * (y - y0)) / (y1 - y0));
		fill(img, x + dx, y, x + dx + thick, y + 1);
	}
}

/** A ruled grid: horizontal lines at ys over [xs0, xsN], vertical lines at xs over [ys0, ysN]. */
function grid(img: Bitmap, xs: number[], ys: number[], thick = 1): void {
	for (const y of ys) hline(img, y, xs[0], xs.at(-1)! + thick, thick);
	for (const x of xs) vline(img, x, ys[0], ys.at(-1)! + thick, thick);
}

const pos = (r: Rules) => ({ h: r.h.map((s) => Math.round(s.pos)), v: r.v.map((s) => Math.round(s.pos)) });

describe('ruling lines on a page bitmap', () => {
	const cases: { name: string; draw: (img: Bitmap) => void; h: number[]; v: number[] }[] = [
		{ name: 'a 3 × 2 grid of 1 px lines', draw: (img) => grid(img, [20, 120, 220, 320], [30, 80, 130]), h: [30, 80, 130], v: [20, 120, 220, 320] },
		{
			name: 'thick lines (3 px) are one line each, at their middle',
			draw: (img) => grid(img, [20, 120, 220], [30, 80, 130], 3),
			h: [31, 81, 131],
			v: [21, 121, 221]
		},
		{ name: 'a line drifting 2 px over its length (a skewed scan) is one line', draw: (img) => hline(img, 50, 10, 390, 1, 2), h: [51], v: [] },
		{ name: 'a vertical line drifting 2 px', draw: (img) => vline(img, 200, 10, 190, 1, 2), h: [], v: [201] },
		{
			name: 'a line broken by light pixels every 100 px (a worn scan) is one line (rows 60–61: 60.5)',
			draw: (img) => hline(img, 60, 10, 390, 2, 0, 3),
			h: [61],
			v: []
		},
		{ name: 'a line worn through for 8 px every 100 px is one line', draw: (img) => hline(img, 60, 10, 390, 1, 0, 8), h: [60], v: [] },
		{
			name: 'glyph strokes (short runs) are no lines',
			draw: (img) => {
				for (let k = 0; k < 10; k++) {
					hline(img, 100, 20 + k * 25, 36 + k * 25, 2);
					vline(img, 28 + k * 25, 90, 108, 2);
				}
			},
			h: [],
			v: []
		},
		{ name: 'a shaded block is no line', draw: (img) => fill(img, 50, 50, 350, 90, 60), h: [], v: [] }
	];
	for (const c of cases) {
		it(c.name, () => {
			const img = blank(400, 200);
			c.draw(img);
			expect(pos(findRules(img, { minLength: 30 }))).toEqual({ h: c.h, v: c.v });
		});
	}

	it('reads RGBA and RGB pages as it reads grey ones, a light grey line as paper', () => {
		const grey = blank(400, 200);
		grid(grey, [20, 200, 380], [20, 100, 180]);
		hline(grey, 150, 30, 370, 1);
		fill(grey, 30, 160, 370, 161, 220); // light grey: not dark
		for (const ch of [3, 4]) {
			const data = new Uint8Array(grey.data.length * ch);
			grey.data.forEach((v, i) => data.set(ch === 4 ? [v, v, v, 255] : [v, v, v], i * ch));
			expect(pos(findRules({ width: 400, height: 200, data }))).toEqual(pos(findRules(grey)));
		}
		expect(pos(findRules(grey)).h).toEqual([20, 100, 150, 180]);
	});

	it('refuses a buffer that is not the size it says', () => {
		expect(() => findRules({ width: 10, height: 10, data: new Uint8Array(150) })).toThrow(/not 10×10/);
	});
});

describe('cell grids from ruling lines', () => {
	it('a plain grid: every base cell its own cell', () => {
		const img = blank(400, 200);
		grid(img, [20, 120, 220, 320], [30, 80, 130]);
		const [t] = ruledTables(findRules(img));
		expect(t.xs.map(Math.round)).toEqual([20, 120, 220, 320]);
		expect(t.ys.map(Math.round)).toEqual([30, 80, 130]);
		expect(t.cells).toHaveLength(6);
	});

	it('merged cells: a horizontal line absent under the first column, a vertical line absent in the first row', () => {
		const img = blank(400, 260);
		const [xs, ys] = [
			[20, 120, 220, 320],
			[30, 80, 130, 180, 230]
		];
		for (const y of [30, 230]) hline(img, y, 20, 321);
		hline(img, 80, 20, 321);
		hline(img, 130, 120, 321); // rows 1 and 2 share their first cell (一级指标 over two indicators)
		hline(img, 180, 20, 321);
		vline(img, 20, 30, 231);
		vline(img, 320, 30, 231);
		vline(img, 120, 30, 231);
		vline(img, 220, 80, 231); // the first row's last two cells are one (a title over two columns)
		const [t] = ruledTables(findRules(img));
		expect(t.xs.map(Math.round)).toEqual(xs);
		expect(t.ys.map(Math.round)).toEqual(ys);
		const cell = (i: number, j: number) => t.cells[t.cellOf[i * 3 + j]];
		expect(cell(0, 1)).toEqual({ r0: 0, r1: 0, c0: 1, c1: 2 });
		expect(cell(0, 2)).toBe(cell(0, 1));
		expect(cell(1, 0)).toEqual({ r0: 1, r1: 2, c0: 0, c1: 0 });
		expect(cell(2, 0)).toBe(cell(1, 0));
		expect(cell(3, 0)).toEqual({ r0: 3, r1: 3, c0: 0, c1: 0 });
		expect(t.cells).toHaveLength(10);
	});

	it('a vertical line in one row only (主管部门 | 实施单位) on an A4 page at 150 dpi', () => {
		const img = blank(1240, 1754);
		grid(img, [60, 300, 1180], [200, 238, 276, 314]);
		vline(img, 700, 238, 277); // the middle row alone is cut in two
		const [t] = ruledTables(findRules(img));
		expect(t.xs.map(Math.round)).toEqual([60, 300, 700, 1180]);
		expect([0, 1, 2].map((i) => new Set([0, 1, 2].map((j) => t.cellOf[i * 3 + j])).size)).toEqual([2, 3, 2]);
	});

	it('the strokes of a line of text in a cell, however long their runs, add no line', () => {
		const img = blank(600, 300);
		grid(img, [20, 300, 580], [40, 100, 160]);
		// glyph-like strokes 2 px apart from 5 px after the left border to 5 px before the right one: long runs at three heights
		for (let x = 305; x + 18 <= 575; x += 20) for (const y of [60, 68, 76]) fill(img, x, y, x + 18, y + 1);
		for (let x = 305; x + 18 <= 575; x += 20) fill(img, x + 8, 58, x + 9, 80);
		const [t] = ruledTables(findRules(img));
		expect(t.ys.map(Math.round)).toEqual([40, 100, 160]);
		expect(t.cells).toHaveLength(4);
	});

	it('an open table (no left and right borders): its horizontal lines end where the borders would be', () => {
		const img = blank(600, 300);
		for (const y of [40, 100, 160, 220]) hline(img, y, 20, 580);
		for (const x of [200, 400]) vline(img, x, 40, 221);
		const [t] = ruledTables(findRules(img));
		expect(t.xs.map(Math.round)).toEqual([20, 200, 400, 580]);
		expect(t.cells).toHaveLength(9);
	});

	it('a page of more segments than any table has (hatching) is read as lines', () => {
		const many = Array.from({ length: MAX_SEGMENTS + 1 }, (_, k) => ({ pos: k, from: 0, to: 100, thick: 1 }));
		expect(ruledTables({ h: many, v: many })).toEqual([]);
	});

	it('two tables on a page are two grids; a framed paragraph, an underline or a one-column box are no table', () => {
		const img = blank(400, 400);
		grid(img, [20, 200, 380], [20, 60, 100]);
		grid(img, [20, 120, 380], [200, 240, 280]);
		hline(img, 330, 20, 380); // an underline
		grid(img, [20, 380], [350, 370, 390]); // one column: a framed block, its lines stay lines
		const ts = ruledTables(findRules(img));
		expect(ts.map((t) => t.ys.map(Math.round))).toEqual([
			[20, 60, 100],
			[200, 240, 280]
		]);
	});
});
