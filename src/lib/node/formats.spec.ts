/**
 * Every format the ingest reads, on fixtures built at test time from one report written for the purpose
 * (test/formats/report.ts; expected values written by hand there): the same figures from every format,
 * tables kept as rows, a report per sheet, web pages without their furniture, ZIP batches with their
 * folder paths, and each kind of bad input named in one line.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, docxWithTable, mhtml, portalBytes, printReportPdf, rtfReport, wordDoc, workbook, zipOf } from '../../../test/formats/build';
import { EXPECTED, GRID } from '../../../test/formats/report';
import { CMAP_EXPECTED, CMAP_REPORT, cmapPdf, garbagePdf } from '../../../test/formats/cmap-pdf.mjs';
import { docxRepeated } from '../../../test/hostile/generate';
import { archiveEntries, safeEntryPath } from '../formats/archive';
import { decodeHtml, htmlToText, mhtmlToHtml, rowsToLines } from '../formats/html';
import { textLayerVerdict } from '../formats/scan';
import { sniff } from '../formats/sniff';
import type { Extraction } from '../ingest/types';
import { extractFileParts, type PartOutcome } from './extract-file';
import { pdfText, readHeavy } from './heavy';
import { collectInputs } from './inputs';
import { LIMITS } from './limits';
import { documentParts, isReportFile } from './read';

const X = createRequire(import.meta.url)('xlsx');
const enc = (s: string) => new TextEncoder().encode(s);
let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'formats-spec-'));
});
afterAll(async () => {
	await closeBrowser();
	await rm(root, { recursive: true, force: true });
});

async function parts(name: string, bytes: Uint8Array | string): Promise<PartOutcome[]> {
	const f = join(root, name);
	await mkdir(join(f, '..'), { recursive: true });
	await writeFile(f, bytes);
	return extractFileParts({ id: 0, file: f, city: undefined });
}
const reports = (ps: PartOutcome[]) => ps.filter((p) => p.result.ok && !p.skipped).map((p) => [p.part, (p.result as { value: Extraction }).value] as const);
const figures = (x: Extraction) => ({
	year: x.report.year,
	district: x.report.district,
	street: x.report.street,
	budget_wan: x.report.budget_wan,
	actual_wan: x.report.actual_wan,
	execution_rate: x.report.execution_rate,
	score: x.report.score,
	grade: x.report.grade
});
const { indicators: wantIndicators, ...wantFigures } = EXPECTED;

describe('the same report in every format gives the same figures', () => {
	const cases: [string, () => Promise<Uint8Array> | Uint8Array][] = [
		// name, bytes (the PDF's table has cells wrapped over up to eleven lines, merged cells centred
		// beside their rows, a row cut by the page break: rebuilt from the items' positions)
		['report.xlsx', () => workbook('xlsx')],
		['report.xls', () => workbook('biff8')],
		['report.docx', docxWithTable],
		['report.doc', wordDoc],
		['report.html', () => portalBytes('gbk')],
		['report.htm', () => portalBytes('utf-8')],
		['report.mhtml', mhtml],
		['report.pdf', printReportPdf],
		// RTF as WPS saves it: GBK bytes in the prose, \uN? escapes in the table's cells
		['report.rtf', rtfReport],
		['saved-as-rtf.doc', rtfReport]
	];
	it.each(cases)('%s', async (name, make) => {
		const got = reports(await parts(name, await make()));
		expect(got).toHaveLength(1);
		const [part, x] = got[0];
		expect(part).toBe(name.endsWith('.xlsx') || name.endsWith('.xls') ? '#自评表' : '');
		expect(x.report.source_file).toBe(name + part);
		expect(figures(x)).toEqual(wantFigures);
		expect(x.indicators.map((i) => i.name)).toEqual(wantIndicators);
		expect(x.indicators.map((i) => [i.weight, i.points])).toEqual([
			[20, 20],
			[15, 15],
			[15, 14],
			[20, 16],
			[20, 19]
		]);
		expect(x.indicators.map((i) => [i.level1, i.level2, i.target_text, i.actual_text])).toEqual([
			['产出', '数量', '≥20期', '24期'],
			['产出', '数量', '≥50场', '56场'],
			['产出', '质量', '≥95%', '97%'],
			['效益', '社会效益', '≥90%', '88%'],
			['满意度', '服务对象满意度', '≥90%', '95%']
		]);
	});
});

describe('a PDF whose font needs a predefined CMap (Type0, /UniGB-UCS2-H, STSong-Light not embedded)', () => {
	it('gives no text to pdfjs without its CMaps: the fixture needs them', async () => {
		const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
		const doc = await pdfjs.getDocument({ data: cmapPdf(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
		const content = await (await doc.getPage(1)).getTextContent();
		expect(content.items.map((i) => ('str' in i ? i.str : '')).join('')).toBe('');
		await doc.destroy();
	});
	it('is read by the CLI (cMapUrl) and gives the report written in it', async () => {
		expect(await readHeavy(cmapPdf(), '.pdf')).toEqual({ ok: true, text: CMAP_REPORT.join('\n') });
		const got = reports(await parts('cmap.pdf', cmapPdf()));
		expect(got.map(([, x]) => ({ budget_wan: x.report.budget_wan, actual_wan: x.report.actual_wan, score: x.report.score, grade: x.report.grade }))).toEqual([
			CMAP_EXPECTED
		]);
	});
});

describe('.xlsx / .xls', () => {
	const other = GRID.map((r) =>
		r.map((c) =>
			c
				.replace('京溪街道', '同和街道')
				.replace(/^114$/, '96')
				.replace(/^95%$/, '80%')
				.replace(/^9\.5$/, '8')
				.replace(/^93\.5$/, '92')
		)
	);
	it('a workbook with a 自评表 per sheet gives a report per sheet; a sheet of notes beside them is passed over', async () => {
		const book = workbook('xlsx', [
			{ name: '说明', rows: [['填表说明：金额单位为万元。']] },
			{ name: '京溪', rows: GRID },
			{ name: '同和', rows: other }
		]);
		const ps = await parts('book.xlsx', book);
		const got = reports(ps);
		expect(got.map(([p, x]) => [p, x.report.source_file, x.report.street, x.report.actual_wan, x.report.score])).toEqual([
			['#京溪', 'book.xlsx#京溪', '京溪街道', 114, 93.5],
			['#同和', 'book.xlsx#同和', '同和街道', 96, 92]
		]);
		expect(ps.find((p) => p.part === '#说明')?.skipped).toBe(true);
	});
	it('fills merged cells into every cell they cover and writes rows as tab-separated lines', async () => {
		const r = await readHeavy(workbook('xlsx'), '.xlsx');
		expect(r.ok && r.sheets?.[0].text.split('\n').slice(0, 2)).toEqual(['2024年度项目支出绩效自评表', '项目名称\t社区党建工作经费']);
		expect(r.ok && r.sheets?.[0].text).toContain('绩效指标\t产出指标\t数量指标\t主题党日活动场次\t≥50场\t56场\t15\t15');
	});
	it('names a password-protected, a corrupt, a mislabelled and an oversized workbook', async () => {
		const cfb = X.CFB.utils.cfb_new();
		X.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
		X.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(600, 7));
		expect(await readHeavy(new Uint8Array(X.CFB.write(cfb, { type: 'buffer' })), '.xlsx')).toEqual({
			ok: false,
			reason: 'password-protected workbook: save it without a password first (工作簿已加密)'
		});
		expect(await readHeavy(enc('PK\u0003\u0004 cut short'), '.xlsx')).toEqual({
			ok: false,
			reason: 'unreadable xlsx (not a zip archive (no end of central directory))'
		});
		expect(await readHeavy(enc('预算数,100\n'), '.xls')).toEqual({
			ok: false,
			reason: 'this .xls is really plain text, not an Excel workbook (不是 Excel 工作簿)'
		});
		const bomb = docxRepeated(' '.repeat(1024), 300 * 1024);
		expect(await readHeavy(bomb, '.xlsx')).toEqual({ ok: false, reason: 'zip bomb: its XML parts expand to 300 MB, past the 128 MB limit (压缩炸弹)' });
		const many = workbook(
			'xlsx',
			Array.from({ length: 4 }, (_, i) => ({ name: `S${i}`, rows: [['x']] }))
		);
		expect(await readHeavy(many, '.xlsx', { ...LIMITS, sheets: 3 })).toEqual({ ok: false, reason: 'too many sheets: 4, the limit is 3 (工作表过多)' });
		expect(await readHeavy(workbook('xlsx'), '.xlsx', { ...LIMITS, sheetCells: 100 })).toEqual({
			ok: false,
			reason: 'too many cells: more than 100 (单元格过多)'
		});
		// the whole file is named with its reason, once
		const ps = await parts('locked.xlsx', new Uint8Array(X.CFB.write(cfb, { type: 'buffer' })));
		expect(ps).toEqual([{ part: '', result: { ok: false, reason: 'password-protected workbook: save it without a password first (工作簿已加密)' } }]);
	});
	it('an .xls that is an HTML table (a common export) is read as a page', async () => {
		const r = await readHeavy(enc('<html><body><table><tr><td>全年预算数</td><td>120</td></tr></table></body></html>'), '.xls');
		expect(r).toEqual({ ok: true, text: '全年预算数\t120\n', notes: ['.xls that is really an HTML page: its tables read as a web page'] });
	});
});

describe('.docx tables and .doc', () => {
	it('a .docx table becomes tab-separated rows, paragraphs stay as mammoth gives them', async () => {
		const r = await readHeavy(await docxWithTable(), '.docx');
		expect(r.ok).toBe(true);
		const lines = r.ok ? r.text.split('\n') : [];
		expect(lines[0]).toBe('2024年度京溪街道社区党建工作经费项目支出绩效自评报告');
		expect(lines[1]).toBe('');
		expect(lines).toContain('年度资金总额\t120\t120\t114\t10\t95%\t9.5');
		expect(lines).toContain('绩效指标\t效益指标\t社会效益指标\t党员参与率\t≥90%\t88%\t20\t16\t部分党员外出务工');
	});
	it('a .doc keeps its table rows, one a line', async () => {
		const r = await readHeavy(wordDoc(), '.doc');
		expect(r.ok && r.text.split('\n')).toContain('年度资金总额\t120\t120\t114\t10\t95%\t9.5');
	});
	it('a .doc that is really RTF is read as RTF, one that is HTML as a page, anything else named', async () => {
		const rtf = await readHeavy(rtfReport(), '.doc');
		expect(rtf.ok && rtf.notes).toEqual(['a .doc that is really an RTF document: read as RTF']);
		expect(rtf.ok && rtf.text.split('\n').slice(0, 2)).toEqual([
			'2024年度京溪街道社区党建工作经费项目支出绩效自评报告',
			'根据区财政局关于开展2024年度项目支出绩效自评工作的通知，广州市白云区人民政府京溪街道办事处对社区党建工作经费开展了绩效自评，现将自评情况报告如下。'
		]);
		expect(rtf.ok && rtf.text.split('\n')).toContain('年度资金总额\t120\t120\t114\t10\t95%\t9.5');
		expect(await readHeavy(enc('{\\rtf1' + '{'.repeat(2000)), '.rtf')).toEqual({ ok: false, reason: 'unreadable rtf (groups nested deeper than 1000)' });
		expect(await readHeavy(enc('预算数100万元'), '.rtf')).toEqual({ ok: false, reason: 'this .rtf is really plain text, not an RTF document (不是 RTF 文档)' });
		const page = await readHeavy(portalBytes('gbk'), '.doc');
		expect(page.ok && page.notes).toEqual(['a .doc that is really an HTML page: read as a web page']);
		expect(await readHeavy(enc('just some words'), '.doc')).toEqual({
			ok: false,
			reason: 'this .doc is really plain text, not a Word document (不是 Word 文档)'
		});
	});
});

describe('saved web pages', () => {
	it('decodes a GBK page by its meta tag and keeps the article only', async () => {
		const bytes = portalBytes('gbk');
		expect(decodeHtml(bytes).charset).toBe('gb18030');
		const r = await readHeavy(bytes, '.html');
		const text = r.ok ? r.text : '';
		expect(text.split('\n')[0]).toBe('2024年度京溪街道社区党建工作经费项目支出绩效自评报告');
		for (const gone of ['统计代码', '999', '888', '索引号', '当前位置', '首页', '政务公开', '主办单位', '分享到', '门户网站'])
			expect(text, gone).not.toContain(gone);
		expect(text).toContain('年度资金总额\t120\t120\t114\t10\t95%\t9.5');
	});
	it('reads the HTML part of an MHTML archive (quoted-printable, UTF-8)', () => {
		const m = mhtmlToHtml(mhtml());
		expect(m.ok && htmlToText(m.html).text).toContain('本项目全年预算数120万元');
	});
	it('places row and column spans so cells stay in their columns', () => {
		const html =
			'<table><tr><td rowspan="2">产出指标</td><td>数量</td><td>20</td></tr><tr><td>质量</td><td>15</td></tr><tr><td colspan="3">合计</td></tr></table>';
		expect(htmlToText(html).text).toBe('产出指标\t数量\t20\n产出指标\t质量\t15\n合计\n');
		expect(htmlToText(html, { fillSpans: false }).text).toBe('产出指标\t数量\t20\n\t质量\t15\n合计\n');
		expect(
			rowsToLines([
				['a', '', ''],
				['', ''],
				['b', 'b']
			])
		).toEqual(['a', 'b']);
	});
	it('reads a layout table (a table inside a table) as blocks, not one long row', () => {
		const html = '<table><tr><td><p>第一段</p><p>第二段</p><table><tr><td>预算数</td><td>100</td></tr></table></td></tr></table>';
		expect(htmlToText(html).text).toBe('第一段\n第二段\n预算数\t100\n');
	});
});

describe('ZIP of reports', () => {
	it('reads every entry with its folder path as source_file, skips other kinds by name', async () => {
		const z = await zipOf({ 'sub/a.html': portalBytes('utf-8'), 'sub/deeper/book.xlsx': workbook('xlsx'), 'notes.csv': 'a,b\n', '__MACOSX/._a.html': 'x' });
		const ps = await parts('batch.zip', z);
		expect(reports(ps).map(([p, x]) => [p, x.report.source_file, x.report.score])).toEqual([
			['/sub/a.html', 'batch.zip/sub/a.html', 93.5],
			['/sub/deeper/book.xlsx#自评表', 'batch.zip/sub/deeper/book.xlsx#自评表', 93.5]
		]);
		expect(
			ps
				.filter((p) => p.skipped)
				.map((p) => p.part)
				.sort()
		).toEqual(['/__MACOSX/._a.html', '/notes.csv']);
	});
	it('refuses path traversal, too many entries and a 1 GB expansion, with the reason, before inflating', async () => {
		expect(['../evil.txt', '/etc/passwd', 'C:\\x.txt', 'a/../../b.txt', 'ok/a.txt'].map(safeEntryPath)).toEqual([false, false, false, false, true]);
		const trav = await zipOf({ 'good.txt': 'x', '../../evil.txt': 'x' });
		expect(await documentParts(trav, '.zip')).toMatchObject([
			{ ok: false, part: '', reason: 'path traversal: entry "../../evil.txt" points outside the archive; nothing was read (路径穿越)' }
		]);
		const many = await zipOf(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`r${i}.txt`, 'x'])));
		expect(archiveEntries(many, { ...LIMITS, archiveEntries: 10 })).toEqual({ ok: false, reason: 'zip bomb: 12 entries, the limit is 10 (压缩炸弹)' });
		const gb = Buffer.from(
			docxRepeated(' '.repeat(1024), 1024 * 1024)
				.toString('latin1')
				.replaceAll('word/document.xml', 'word/document.txt'),
			'latin1'
		);
		expect(await documentParts(gb, '.zip')).toMatchObject([{ ok: false, reason: 'zip bomb: its entries expand to 1 GB, past the 512 MB limit (压缩炸弹)' }]);
		// an entry that declares 4 KB and expands to 300 MB is stopped at the per-file cap
		const liar = Buffer.from(
			docxRepeated(' '.repeat(1024), 300 * 1024, true)
				.toString('latin1')
				.replaceAll('word/document.xml', 'word/document.txt'),
			'latin1'
		);
		const t = performance.now();
		const got = await documentParts(liar, '.zip');
		expect(got.find((p) => p.part === '/word/document.txt')).toMatchObject({ ok: false, reason: 'file too large: expands past 64 MB (文件过大)' });
		expect(performance.now() - t).toBeLessThan(20_000);
	});
	it('a ZIP inside a ZIP is named, not opened', async () => {
		const inner = await zipOf({ 'a.txt': 'x' });
		const outer = await zipOf({ 'inner.zip': inner });
		expect(await documentParts(outer, '.zip')).toMatchObject([
			{ ok: false, part: '/inner.zip', reason: 'a ZIP inside a ZIP is not read: unpack it first (嵌套压缩包)' }
		]);
	});
});

describe('what a file is and which files are read', () => {
	it.each([
		['%PDF-1.7', 'pdf'],
		['{\\rtf1', 'rtf'],
		['\ufeff<!DOCTYPE html><html>', 'html'],
		['MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n', 'mhtml'],
		['<?xml version="1.0"?><Workbook>', 'xml'],
		['预算数100万元', 'text']
	])('%j is %s', (s, kind) => expect(sniff(enc(s))).toBe(kind));
	it('the walker takes every new extension and names what it skips', async () => {
		for (const n of ['a.xlsx', 'a.XLS', 'a.doc', 'a.rtf', 'a.htm', 'a.mhtml', 'a.mht', 'a.zip', 'a.png', 'a.JPG', 'a.jpeg', 'a.tif', 'a.tiff'])
			expect(isReportFile(n), n).toBe(true);
		const d = join(root, 'walk');
		await mkdir(d, { recursive: true });
		for (const n of ['a.xlsx', 'b.zip', 'c.png', 'd.odt']) await writeFile(join(d, n), 'x');
		const info: string[] = [];
		const r = await collectInputs([d], { info: (l) => info.push(l), warn: () => undefined });
		expect(r.files.map((f) => f.split('/').pop())).toEqual(['a.xlsx', 'b.zip', 'c.png']);
		expect(info.join('\n')).toMatch(/d\.odt: skipped \(not \.txt \.md \.pdf \.docx \.doc \.xlsx \.xls \.html .* or \.zip\)/);
	});
	it('a text layer that is empty or garbage sends the pages to OCR; a text PDF stays as it is', () => {
		expect(textLayerVerdict(['', ' 1 '])).toEqual({ ocrPages: [1, 2], why: 'no text layer (scanned pages)' });
		expect(textLayerVerdict(['ÃÂ¤Ã¦Â±Â'.repeat(40)]).why).toMatch(/^garbage text layer \(\d+% unreadable characters\)$/);
		expect(textLayerVerdict([Array.from('本项目全年预算数一百二十万元执行数一百一十四万元'.repeat(9)).join('\n')]).why).toMatch(/of lines hold one character/);
		expect(textLayerVerdict(['Budget 100'])).toEqual({ ocrPages: [], why: '' });
		expect(textLayerVerdict(['本项目全年预算数120万元', '', '第三页：自评结论为优'])).toEqual({ ocrPages: [2], why: 'page 2 without a text layer' });
	});
	it('the hand-written mojibake PDF (for the browser e2e) has a text layer the verdict calls garbage', async () => {
		const text = await pdfText(garbagePdf());
		expect(text.split('\n')).toEqual(Array(8).fill('ÃÂ¤Ã¦Â±Â'.repeat(5)));
		expect(textLayerVerdict([text]).why).toBe('garbage text layer (100% unreadable characters)');
	});
});
