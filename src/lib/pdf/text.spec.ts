import { describe, expect, it } from 'vitest';
import { linesOf, pdfPagesText, unifyRadicals, type PdfItem } from './text';

const item = (str: string, x: number, y: number, width = str.length * 10): PdfItem => ({ str, transform: [10, 0, 0, 10, x, y], width, height: 10 });

describe('linesOf', () => {
	it('groups items on one baseline left to right and lines top to bottom', () => {
		const items = [item('执行数', 40, 700), item('预算数', 0, 720), item('100万元', 70, 701)];
		expect(linesOf(items)).toEqual(['预算数', '执行数100万元']);
	});
	it('cuts a line into tab-separated cells where a gap wider than a glyph separates them', () => {
		expect(linesOf([item('序号', 0, 500), item('金额', 100, 500)])).toEqual(['序号\t金额']);
	});
});

describe('unifyRadicals / pdfPagesText', () => {
	it.each([
		['⼴州市', '广州市'], // Kangxi radical U+2F34 → NFKC
		['⻔户', '门户'], // CJK radical supplement U+2ED4
		['党建', '党建']
	])('%s → %s', (input, expected) => expect(unifyRadicals(input)).toBe(expected));
	it('joins pages with a blank line and uses the reports’ dash', () => {
		expect(pdfPagesText(['2019\u20152023年', '第二页'])).toBe('2019\u20142023年\n\n第二页');
	});
});
