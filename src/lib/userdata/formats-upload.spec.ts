/**
 * The /data upload path for the formats of issue 13, run in Node through prepareUpload (as the upload
 * worker calls it): workbooks (a report per sheet), saved pages, ZIP batches, the .docx limit check shared
 * with the CLI, and scans and old .doc files refused with the CLI command that reads them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, docxWithTable, mhtml, portalBytes, rtfReport, scanPng, wordDoc, workbook, zipOf } from '../../../test/formats/build';
import { EXPECTED, GRID } from '../../../test/formats/report';
import { docxRepeated } from '../../../test/hostile/generate';
import type { SheetJs } from '../formats/sheets';
import { docxText } from '../node/heavy';
import { docxToText } from './docx';
import { fileKind, UPLOAD_ACCEPT } from './kinds';
import { prepareUpload } from './prepare';

const sheetJs = async () => (await import('xlsx')) as unknown as SheetJs;
const prep = (name: string, bytes: Uint8Array) => prepareUpload(name, bytes, { sheetJs, docxToText: (b) => docxText(b) });
const reports = (p: Awaited<ReturnType<typeof prep>>) =>
	(p.rows.reports ?? []) as unknown as { source_file: string; budget_wan: number; score: number; year: number }[];

afterAll(() => closeBrowser());

describe('upload: new formats', () => {
	it('accepts every new extension in the picker and routes it', () => {
		for (const ext of ['xlsx', 'xls', 'html', 'htm', 'mhtml', 'zip', 'doc', 'png', 'jpg', 'tif']) expect(UPLOAD_ACCEPT.split(',')).toContain(`.${ext}`);
		expect(['a.xlsx', 'a.XLS', 'a.htm', 'a.mht', 'a.zip', 'a.doc', 'a.jpeg'].map(fileKind)).toEqual([
			'workbook',
			'workbook',
			'page',
			'page',
			'zip',
			'doc',
			'image'
		]);
	});
	it('a workbook gives a report per sheet, named file#sheet', async () => {
		const other = GRID.map((r) => r.map((c) => (c === '93.5' ? '90' : c === '19' ? '15.5' : c)));
		const p = await prep(
			'book.xlsx',
			workbook('xlsx', [
				{ name: 'A', rows: GRID },
				{ name: 'B', rows: other },
				{ name: '说明', rows: [['说明文字']] }
			])
		);
		expect(p.fatal).toBe(false);
		expect(reports(p).map((r) => [r.source_file, r.budget_wan, r.score])).toEqual([
			['book.xlsx#A', 120, 93.5],
			['book.xlsx#B', 120, 90]
		]);
		expect(p.total).toBe(2);
		expect(p.problems).toEqual([]);
	});
	it('a saved page (GBK) and an MHTML archive give the report', async () => {
		for (const [name, bytes] of [
			['page.html', portalBytes('gbk')],
			['page.mhtml', mhtml()]
		] as const) {
			const p = await prep(name, bytes);
			expect(
				reports(p).map((r) => [r.source_file, r.year, r.budget_wan, r.score]),
				name
			).toEqual([[name, EXPECTED.year, EXPECTED.budget_wan, EXPECTED.score]]);
		}
	});
	it('a ZIP batch gives each entry with its folder path; other kinds are noted, not failed', async () => {
		const z = await zipOf({ 'a/page.html': portalBytes('utf-8'), 'b/book.xlsx': workbook('xlsx'), 'c/table.csv': 'x,y\n' });
		const p = await prep('batch.zip', z);
		expect(reports(p).map((r) => r.source_file)).toEqual(['batch.zip/a/page.html', 'batch.zip/b/book.xlsx#自评表']);
		expect(p.problems).toEqual([]);
		expect(p.notes.some((n) => n.file === 'batch.zip/c/table.csv')).toBe(true);
		const trav = await prep('evil.zip', await zipOf({ '../x.txt': 'x' }));
		expect(trav.fatal).toBe(true);
		expect(JSON.stringify(trav.problems)).toContain('path traversal');
	});
	it('a .docx goes through the shared limit check before mammoth (checkDocxParts), and its table is read as rows', async () => {
		await expect(docxToText(docxRepeated('<w:p><w:r><w:t>x</w:t></w:r></w:p>', 2_000_000))).rejects.toThrow('too many paragraphs: more than 50,000 (段落过多)');
		const p = await prepareUpload('bomb.docx', docxRepeated(' '.repeat(1024), 300 * 1024), { docxToText });
		expect(p.fatal).toBe(true);
		expect(JSON.stringify(p.problems)).toContain('zip bomb: its XML parts expand to 300 MB, past the 128 MB limit');
		const ok = await prep('report.docx', await docxWithTable());
		expect(reports(ok).map((r) => [r.budget_wan, r.score])).toEqual([[120, 93.5]]);
	});
	it('a scan and an old .doc are refused with the CLI command that reads them; a .doc that is a page is read', async () => {
		const png = await prep('scan.png', await scanPng());
		expect(png.fatal).toBe(true);
		expect(png.problems[0].en).toBe(
			'an image (a scan) needs OCR, which does not run in the browser: import it with the CLI (npm run ingest -- FILE_OR_FOLDER)'
		);
		const doc = await prep('old.doc', wordDoc());
		expect(doc.problems[0].en).toBe('old Word (.doc) files are read by the CLI only (npm run ingest -- FILE)');
		const page = await prep('page.doc', portalBytes('gbk'));
		expect(reports(page).map((r) => r.score)).toEqual([93.5]);
	});
	it("an .rtf, and a .doc that is really RTF, are read as RTF with their table's indicators; a mislabelled .rtf is named", async () => {
		for (const name of ['report.rtf', 'saved-as-rtf.doc']) {
			const p = await prep(name, rtfReport());
			expect(
				reports(p).map((r) => [r.source_file, r.year, r.budget_wan, r.score]),
				name
			).toEqual([[name, EXPECTED.year, EXPECTED.budget_wan, EXPECTED.score]]);
			expect(
				(p.rows.indicators ?? []).map((i) => (i as { name: string }).name),
				name
			).toEqual(EXPECTED.indicators);
		}
		const text = await prep('notes.rtf', new TextEncoder().encode('预算数100万元'));
		expect(text.problems[0].en).toBe('this file is really plain text, not an RTF document');
		expect(fileKind('A.RTF')).toBe('rtf');
		expect(UPLOAD_ACCEPT.split(',')).toContain('.rtf');
	});
});
