/**
 * OCR boxes into the cells of a ruled table: a box's text split at a ruling line by estimated character
 * widths, boxes assigned by their centres, rows written as tab-separated cells (merged cells filled, a
 * cell's lines joined), text outside the table as the engine's lines.
 */
import { describe, expect, it } from 'vitest';
import { boxOf, engineLines, ruledPage, ruledTables, skewOf, splitBox, splitText, throughText, type OcrBox, type Quad } from './ruled-table';
import type { Rules, Segment } from './rules';

describe('a box split at ruling lines', () => {
	const cases: [string, number[], string[]][] = [
		['维修工程验收合格率 100%', [9 / 11], ['维修工程验收合格率', '100%']],
		// no space: the cut by widths (ideographs 1, figures ½): 4 ideographs | 4 ideographs
		['产出指标数量指标', [0.5], ['产出指标', '数量指标']],
		['年度资金总额86', [6 / 7], ['年度资金总额', '86']],
		// a space within two characters of the estimate wins (the engine reads a wide gap as a space)
		['≥12公里 13.5公里', [0.45], ['≥12公里', '13.5公里']],
		['20 20 个别村组水压偏低', [0.1, 0.2], ['20', '20', '个别村组水压偏低']],
		['abc', [0, 1], ['', 'abc', '']]
	];
	for (const [text, f, want] of cases) it(`${text} at ${f.map((x) => x.toFixed(2)).join(', ')}`, () => expect(splitText(text, f)).toEqual(want));

	it('splitBox cuts where a line runs through, not where it grazes the box edge', () => {
		const box: OcrBox = { text: '产出指标数量指标', conf: 0.9, x: 100, y: 10, w: 160, h: 20 };
		expect(splitBox(box, [180]).map((b) => [b.text, b.x, b.w])).toEqual([
			['产出指标', 100, 80],
			['数量指标', 180, 80]
		]);
		// a line under the box's first half character: the box bleeds over it (boxes are drawn wider than the text)
		expect(splitBox(box, [105, 255]).map((b) => b.text)).toEqual(['产出指标数量指标']);
	});
});

/** Ruling lines of a grid, drawn everywhere except where `skip` says (h: [row line, column]; v: [column line, row]). */
function gridRules(xs: number[], ys: number[], skip: { h?: [number, number][]; v?: [number, number][] } = {}): Rules {
	const h: Segment[] = [];
	const v: Segment[] = [];
	ys.forEach((y, i) => xs.slice(1).forEach((x, j) => !skip.h?.some(([a, b]) => a === i && b === j) && h.push({ pos: y, from: xs[j], to: x, thick: 1 })));
	xs.forEach((x, j) => ys.slice(1).forEach((y, i) => !skip.v?.some(([a, b]) => a === j && b === i) && v.push({ pos: x, from: ys[i], to: y, thick: 1 })));
	return { h, v };
}

const box = (text: string, x: number, y: number, w: number, conf = 0.99, h = 20): OcrBox => ({ text, conf, x, y, w, h });

describe('a scanned page with a ruled table', () => {
	// columns 一级指标 | 三级指标 | 指标值 | 分值 at x 100, 200, 360, 460, 520; rows at y 200, 240, 300, 360
	const xs = [100, 200, 360, 460, 520];
	const ys = [200, 240, 300, 360];
	// the first column's cell runs over rows 1–2 (the line at y 300 is not drawn under it)
	const rules = gridRules(xs, ys, { h: [[2, 0]] });
	const boxes = [
		box('2024年度项目支出绩效自评报告', 150, 100, 300),
		box('填报单位：青山镇', 100, 380, 150),
		box('一级指标', 110, 210, 80),
		box('三级指标', 240, 210, 80),
		box('指标值', 380, 210, 60),
		box('分值', 470, 210, 40),
		box('产出指标', 110, 290, 80),
		// a wrapped name: two boxes in one cell
		box('故障报修后24小时内', 210, 245, 140),
		box('修复完成率', 210, 272, 100),
		// one box over two cells: 93% | 10 (the engine read them as one run)
		box('93% 10', 380, 258, 130, 0.8),
		box('受益农村人口', 210, 320, 100),
		box('1.26万人', 370, 320, 80),
		box('20', 480, 320, 20)
	];
	it('rows of tab-separated cells: a merged cell in each of its rows, a wrapped cell joined, a box over a line split', () => {
		expect(ruledPage(boxes, rules).map((l) => l.text)).toEqual([
			'2024年度项目支出绩效自评报告',
			'一级指标\t三级指标\t指标值\t分值',
			'产出指标\t故障报修后24小时内修复完成率\t93%\t10',
			'产出指标\t受益农村人口\t1.26万人\t20',
			'填报单位：青山镇'
		]);
	});

	it('a run through the middle of a text box is its strokes, not a line: the table keeps its rows', () => {
		// strokes of 故障报修后24小时内 whose runs reach both borders of its cell (text touching the lines)
		const strokes: Segment = { pos: 255, from: 199, to: 361, thick: 1 };
		expect(throughText(strokes, boxes)).toBe(true);
		expect(throughText({ pos: 240, from: 100, to: 520, thick: 1 }, boxes)).toBe(false);
		const withStrokes = { h: [...rules.h, strokes], v: rules.v };
		// as lines alone they would cut the cell in two
		expect(ruledTables(withStrokes)[0].ys).toContain(255);
		expect(ruledPage(boxes, withStrokes)).toEqual(ruledPage(boxes, rules));
	});

	it('a row carries the lowest confidence of its cells with figures', () => {
		expect(ruledPage(boxes, rules).map((l) => l.conf)).toEqual([0.99, 0.99, 0.8, 0.99, 0.99]);
	});

	it('a ruled row holding rows that were not ruled apart (a cell of two lines of bare figures): laid out by position', () => {
		// one band (y 200–280) holds two indicators: 分值 20 over 10
		const r = gridRules([100, 300, 400], [160, 200, 280]);
		const page = [
			box('三级指标', 150, 170, 80),
			box('分值', 330, 170, 40),
			box('维修供水管网长度', 110, 210, 160, 0.9),
			box('20', 340, 210, 20, 0.7),
			box('更换入户水表数量', 110, 245, 160),
			box('10', 340, 245, 20)
		];
		expect(ruledPage(page, r)).toEqual([
			{ text: '三级指标\t分值', conf: 0.99 },
			{ text: '维修供水管网长度\t20', conf: 0.7 },
			{ text: '更换入户水表数量\t10', conf: 0.99 }
		]);
	});

	it('a page without a ruled table gives the engine lines: boxes at one height joined by a space, left to right', () => {
		const lines = [box('实际完成值', 300, 102, 90, 0.9), box('年度指标值', 150, 100, 90, 0.7), box('三级指标', 150, 140, 80)];
		expect(ruledPage(lines, { h: [], v: [] })).toEqual([
			{ text: '年度指标值 实际完成值', conf: 0.8 },
			{ text: '三级指标', conf: 0.99 }
		]);
		expect(engineLines(lines).map((l) => l.text)).toEqual(['年度指标值 实际完成值', '三级指标']);
	});
});

describe('a skewed scan', () => {
	const deg = Math.PI / 180;
	/** A text box w × h at (x, y), turned by `a` radians about its top left. */
	const quad = (x: number, y: number, w: number, h: number, a: number): Quad =>
		[
			[0, 0],
			[w, 0],
			[w, h],
			[0, h]
		].map(([dx, dy]) => [x + dx * Math.cos(a) - dy * Math.sin(a), y + dx * Math.sin(a) + dy * Math.cos(a)]);

	it('the skew is the median slope of wide boxes; square boxes (one figure) and a lone stray box do not count', () => {
		const a = 0.8 * deg;
		const quads = [
			quad(100, 100, 300, 20, a),
			quad(100, 150, 200, 20, a),
			quad(500, 150, 20, 20, 10 * deg),
			quad(100, 200, 260, 20, 3 * deg),
			quad(100, 250, 400, 20, a)
		];
		expect(skewOf(quads)).toBeCloseTo(a, 6);
		expect(skewOf(quads.slice(0, 2))).toBe(0);
	});

	it('boxes turned with the page: upright around the same text', () => {
		const a = 1.5 * deg;
		// a box at 1.5° about the page centre (500, 500), the page turned back into a larger image centred at (510, 520)
		const q = quad(500, 500, 200, 20, a);
		const b = boxOf('受益农村人口', 0.9, q, { angle: -a, from: [500, 500], to: [510, 520] });
		expect([b.x, b.y, b.w, b.h].map((v) => Math.round(v * 100) / 100)).toEqual([510, 520, 200, 20]);
		expect(boxOf('x', 0.9, quad(10, 20, 30, 40, 0))).toEqual({ text: 'x', conf: 0.9, x: 10, y: 20, w: 30, h: 40 });
	});
});
