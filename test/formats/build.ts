/**
 * The format fixtures, made at test time from the cells of test/formats/report.ts: workbooks written with
 * SheetJS, a .docx with a real table (JSZip), an old Word .doc (a minimal Word 97 file: FIB, piece table,
 * table row marks, in an OLE2 container written by SheetJS's CFB), saved web pages (GBK with furniture,
 * MHTML), a PDF printed and a PNG scan rendered by headless Chromium, and a ZIP of them.
 */
import JSZip from 'jszip';
import { chromium, type Browser } from 'playwright-core';
import { createRequire } from 'node:module';
import type * as XLSXTypes from 'xlsx';
import { gbkEncode } from '../cli/fixtures';
import { GRID, MERGES, PROSE, TITLE, reportText } from './report';

// the CommonJS build: it carries SheetJS's CFB writer (the ES module build does not export it)
const XLSX = createRequire(import.meta.url)('xlsx') as typeof XLSXTypes & { CFB: any };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A workbook: the report's grid on one sheet (merged cells merged), and optionally more sheets. */
export function workbook(
	bookType: 'xlsx' | 'biff8',
	sheets: { name: string; rows: string[][]; merges?: typeof MERGES }[] = [{ name: '自评表', rows: GRID, merges: MERGES }]
): Uint8Array {
	const wb = XLSX.utils.book_new();
	for (const s of sheets) {
		const ws = XLSX.utils.aoa_to_sheet(s.rows.map((r) => r.map((c) => (c === '' ? null : /^\d+(\.\d+)?$/.test(c) ? Number(c) : c))));
		if (s.merges) ws['!merges'] = s.merges;
		XLSX.utils.book_append_sheet(wb, ws, s.name);
	}
	return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType }));
}

/** A grid as an HTML table, merged cells as rowspan/colspan. */
export function htmlTable(rows: string[][] = GRID, merges = MERGES): string {
	const covered = new Set<string>();
	const span = new Map<string, { rs: number; cs: number }>();
	for (const m of merges) {
		span.set(`${m.s.r},${m.s.c}`, { rs: m.e.r - m.s.r + 1, cs: m.e.c - m.s.c + 1 });
		for (let r = m.s.r; r <= m.e.r; r++) for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) covered.add(`${r},${c}`);
	}
	const width = Math.max(...rows.map((r) => r.length));
	const trs = rows.map((row, r) => {
		const tds: string[] = [];
		for (let c = 0; c < width; c++) {
			if (covered.has(`${r},${c}`)) continue;
			const sp = span.get(`${r},${c}`);
			tds.push(`<td${sp?.rs && sp.rs > 1 ? ` rowspan="${sp.rs}"` : ''}${sp?.cs && sp.cs > 1 ? ` colspan="${sp.cs}"` : ''}>${esc(row[c] ?? '')}</td>`);
		}
		return `<tr>${tds.join('')}</tr>`;
	});
	return `<table border="1" cellspacing="0" style="border-collapse:collapse">${trs.join('\n')}</table>`;
}

/** The report as the article of a government portal page: navigation, breadcrumb, 索引号 box, footer, scripts around it. */
export function portalPage(charset = 'gbk'): string {
	return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${TITLE}_广州市白云区人民政府门户网站</title>
<script>var _hmt = _hmt || []; document.write("统计代码 预算数999万元");</script><style>.x{color:red}</style></head>
<body>
<div class="header"><div class="logo">广州市白云区人民政府门户网站</div><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/bs">政务服务</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 绩效信息</div>
<table class="xxgk"><tr><td>索引号：11440111MB2C12345X/2025-00123</td><td>分类：财政预决算</td></tr><tr><td>发布机构：京溪街道办事处</td><td>成文日期：2025-03-20</td></tr></table>
<div class="article"><h1>${esc(TITLE)}</h1>
${PROSE.map((p) => `<p>&nbsp;&nbsp;${esc(p)}</p>`).join('\n')}
${htmlTable()}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
<div class="footer">主办单位：广州市白云区人民政府办公室 网站标识码：4401110001 粤ICP备12345678号 预算数888万元</div>
</body></html>`;
}

/** The portal page as bytes in its declared charset (GBK by default, as many such pages are). */
export function portalBytes(charset: 'gbk' | 'utf-8' = 'gbk'): Uint8Array {
	const html = portalPage(charset);
	return charset === 'gbk' ? gbkEncode(html.replace(/&nbsp;/g, '&#160;').replace(/[“”]/g, '"')) : new TextEncoder().encode(html);
}

/** The page saved as MHTML by a browser: one MIME message, the page quoted-printable in UTF-8. */
export function mhtml(): Uint8Array {
	const body = new TextEncoder().encode(portalPage('utf-8'));
	let qp = '';
	let line = '';
	for (const b of body) {
		const piece =
			(b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : b === 10 ? '\r\n' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
		if (piece === '\r\n') {
			qp += line + '\r\n';
			line = '';
			continue;
		}
		if (line.length + piece.length > 75) {
			qp += line + '=\r\n';
			line = '';
		}
		line += piece;
	}
	qp += line;
	const msg =
		'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://www.baiyun.gov.cn/zwgk/a.html\r\nSubject: report\r\nMIME-Version: 1.0\r\n' +
		'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc123----"\r\n\r\n\r\n' +
		'------MultipartBoundary--abc123----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://www.baiyun.gov.cn/zwgk/a.html\r\n\r\n' +
		qp +
		'\r\n\r\n------MultipartBoundary--abc123----\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n.x{color:red}\r\n------MultipartBoundary--abc123------\r\n';
	return new TextEncoder().encode(msg);
}

/** A .docx: title and prose as paragraphs, the grid as a Word table (vertical merges as w:vMerge, horizontal as w:gridSpan). */
export async function docxWithTable(): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file(
		'[Content_Types].xml',
		'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
	);
	zip.file(
		'_rels/.rels',
		'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
	);
	const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
	const width = Math.max(...GRID.map((r) => r.length));
	const start = new Map(MERGES.map((m) => [`${m.s.r},${m.s.c}`, m]));
	const inside = (r: number, c: number) => MERGES.find((m) => r >= m.s.r && r <= m.e.r && c >= m.s.c && c <= m.e.c && (r !== m.s.r || c !== m.s.c));
	const rows = GRID.map((row, r) => {
		const cells: string[] = [];
		for (let c = 0; c < width; c++) {
			const m = start.get(`${r},${c}`);
			const within = inside(r, c);
			if (within && within.s.r === r) continue; // covered by a horizontal span
			const span = m && m.e.c > m.s.c ? `<w:gridSpan w:val="${m.e.c - m.s.c + 1}"/>` : '';
			const v = m && m.e.r > m.s.r ? '<w:vMerge w:val="restart"/>' : within ? '<w:vMerge/>' : '';
			cells.push(`<w:tc><w:tcPr>${span}${v}</w:tcPr>${p(within ? '' : (row[c] ?? ''))}</w:tc>`);
		}
		return `<w:tr>${cells.join('')}</w:tr>`;
	});
	const body = [TITLE, ...PROSE].map(p).join('') + `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(width)}</w:tblGrid>${rows.join('')}</w:tbl>`;
	zip.file(
		'word/document.xml',
		`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
	);
	return zip.generateAsync({ type: 'uint8array' });
}

/**
 * A minimal Word 97 (.doc) file: title and prose as paragraphs, the grid as a table (cells closed by
 * U+0007, each row by a row mark whose paragraph carries sprmPFTtp), text stored as UTF-16 in one piece.
 */
export function wordDoc(): Uint8Array {
	let text = '';
	const rowMarks: number[] = [];
	for (const l of [TITLE, ...PROSE]) text += l + '\r';
	const width = Math.max(...GRID.map((r) => r.length));
	for (const row of GRID) {
		for (let c = 0; c < width; c++) text += (row[c] ?? '') + '\u0007';
		rowMarks.push(text.length);
		text += '\u0007';
	}
	text += '\r';
	const fcMin = 1024;
	const textBytes = Buffer.from(text, 'utf16le');
	// paragraph properties: FKP pages of runs; a row mark's run has sprmPFTtp (0x2417) = 1, the others none
	const runs: [number, number, boolean][] = [];
	let at = 0;
	for (const m of rowMarks) {
		if (m > at) runs.push([at, m, false]);
		runs.push([m, m + 1, true]);
		at = m + 1;
	}
	if (at < text.length) runs.push([at, text.length, false]);
	const pages: Buffer[] = [];
	const perPage = 20;
	const pageStart = Math.ceil((fcMin + textBytes.length) / 512);
	const bte: number[][] = [];
	for (let i = 0; i < runs.length; i += perPage) {
		const chunk = runs.slice(i, i + perPage);
		const fkp = Buffer.alloc(512);
		const n = chunk.length;
		chunk.forEach(([s], j) => fkp.writeUInt32LE(fcMin + 2 * s, j * 4));
		fkp.writeUInt32LE(fcMin + 2 * chunk[n - 1][1], n * 4);
		// two PAPX at the end of the page: plain (istd only) and table-row-end (istd + sprmPFTtp 1)
		const plainAt = 480;
		const ttpAt = 490;
		fkp.writeUInt8(2, plainAt); // cb: 2 words → 3 bytes of grpprl (istd + pad)
		fkp.writeUInt8(3, ttpAt); // cb: 3 words → 5 bytes: istd, sprm, operand
		fkp.writeUInt16LE(0x2417, ttpAt + 3);
		fkp.writeUInt8(1, ttpAt + 5);
		chunk.forEach(([, , ttp], j) => fkp.writeUInt8((ttp ? ttpAt : plainAt) / 2, (n + 1) * 4 + j * 13));
		fkp.writeUInt8(n, 511);
		bte.push([chunk[0][0], chunk[n - 1][1], pageStart + pages.length]);
		pages.push(fkp);
	}
	const table: Buffer[] = [];
	// CLX: one piece covering the whole text, UTF-16 at fcMin
	const clx = Buffer.alloc(1 + 4 + 8 + 8);
	clx.writeUInt8(2, 0);
	clx.writeUInt32LE(16, 1);
	clx.writeUInt32LE(0, 5);
	clx.writeUInt32LE(text.length, 9);
	clx.writeUInt16LE(0, 13);
	clx.writeUInt32LE(fcMin, 15);
	table.push(clx);
	const plcPapx = Buffer.alloc(4 * (bte.length + 1) + 4 * bte.length);
	bte.forEach(([s], i) => plcPapx.writeUInt32LE(fcMin + 2 * s, i * 4));
	plcPapx.writeUInt32LE(fcMin + 2 * text.length, bte.length * 4);
	bte.forEach(([, , pn], i) => plcPapx.writeUInt32LE(pn, 4 * (bte.length + 1) + i * 4));
	table.push(plcPapx);
	const fib = Buffer.alloc(fcMin);
	fib.writeUInt16LE(0xa5ec, 0);
	fib.writeUInt16LE(0x00c1, 2);
	fib.writeUInt16LE(0x0200, 0xa); // fWhichTblStm: 1Table
	fib.writeUInt32LE(fcMin, 0x18);
	fib.writeUInt32LE(fcMin + textBytes.length, 0x1c);
	fib.writeUInt32LE(text.length, 0x4c); // ccpText
	fib.writeUInt32LE(clx.length, 0x0102); // fcPlcfbtePapx (after the CLX in 1Table)
	fib.writeUInt32LE(plcPapx.length, 0x0106);
	fib.writeUInt32LE(0, 0x01a2); // fcClx
	fib.writeUInt32LE(clx.length, 0x01a6);
	const pad = Buffer.alloc(pageStart * 512 - fcMin - textBytes.length);
	const wordDocument = Buffer.concat([fib, textBytes, pad, ...pages]);
	const cfb = XLSX.CFB.utils.cfb_new();
	XLSX.CFB.utils.cfb_add(cfb, '/WordDocument', wordDocument);
	XLSX.CFB.utils.cfb_add(cfb, '/1Table', Buffer.concat(table));
	return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

/**
 * The report as an RTF document as Word or WPS saves it (\ansicpg936, a font table with \fcharset134, a
 * colour table, \*\ destinations): title and prose as GBK bytes (\'hh), the grid as a table (\trowd …
 * \cell … \row) whose cells are \uN? escapes.
 */
export function rtfReport(): Uint8Array {
	const gbk = (t: string) => Array.from(gbkEncode(t), (b) => (b < 0x80 ? String.fromCharCode(b).replace(/[\\{}]/g, '\\$&') : `\\'${b.toString(16)}`)).join('');
	const uni = (t: string) =>
		Array.from(t, (c) =>
			c.charCodeAt(0) < 0x80 ? c.replace(/[\\{}]/g, '\\$&') : `\\u${c.charCodeAt(0) > 0x7fff ? c.charCodeAt(0) - 0x10000 : c.charCodeAt(0)}?`
		).join('');
	const width = Math.max(...GRID.map((r) => r.length));
	const cellx = Array.from({ length: width }, (_, i) => `\\cellx${(i + 1) * 1000}`).join('');
	const rows = GRID.map(
		(r) => `\\trowd\\trgaph108${cellx}\n\\pard\\intbl ${Array.from({ length: width }, (_, c) => `${uni(r[c] ?? '')}\\cell `).join('')}\\row\n`
	).join('');
	const rtf =
		'{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\fnil\\fcharset134 ' +
		gbk('宋体') +
		';}{\\f1\\fswiss\\fcharset0 Arial;}}\n' +
		'{\\colortbl ;\\red0\\green0\\blue0;}\n{\\*\\generator WPS Office;}{\\info{\\title ' +
		gbk('绩效报告') +
		'}{\\author x}}\n\\viewkind4\\uc1\n' +
		`\\pard\\qc\\f0\\fs32 ${gbk(TITLE)}\\par\n` +
		PROSE.map((p) => `\\pard\\fi480\\f0\\fs24 ${gbk(p)}\\par\n`).join('') +
		rows +
		'\\pard\\par\n}';
	return new TextEncoder().encode(rtf);
}

/** A ZIP with the given files (path → bytes), names flagged UTF-8. */
export async function zipOf(files: Record<string, Uint8Array | string>): Promise<Uint8Array> {
	const zip = new JSZip();
	for (const [p, b] of Object.entries(files)) zip.file(p, b, { createFolders: false });
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

let browser: Browser | null = null;
async function page() {
	browser ??= await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
	});
	return browser.newPage({ viewport: { width: 1240, height: 1754 } });
}
/** Close the browser the renders started. */
export async function closeBrowser(): Promise<void> {
	await browser?.close();
	browser = null;
}

const printable = () =>
	`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>body{font:15pt "Noto Sans CJK SC",sans-serif;padding:40px;background:#fff;color:#000}td{padding:6px 8px;font-size:13pt;border:1px solid #000}h1{font-size:20pt;text-align:center}</style><body><h1>${esc(TITLE)}</h1>${PROSE.map((p) => `<p>${esc(p)}</p>`).join('')}${htmlTable()}</body></html>`;

/** The report printed to PDF by Chromium (a real text layer, the table's cells positioned). */
export async function printReportPdf(): Promise<Uint8Array> {
	const p = await page();
	try {
		await p.setContent(printable());
		return new Uint8Array(await p.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } }));
	} finally {
		await p.close();
	}
}

/** A page as a PNG "scan" (a screenshot: no text layer anywhere). */
export async function htmlPng(html: string): Promise<Uint8Array> {
	const p = await page();
	try {
		await p.setContent(html);
		return new Uint8Array(await p.screenshot({ fullPage: true, type: 'png' }));
	} finally {
		await p.close();
	}
}

/** The report as a PNG "scan". */
export const scanPng = (): Promise<Uint8Array> => htmlPng(printable());

/** A PDF whose only content is the scan image (as a scanner writes it): printed from the PNG. */
export async function scannedPdf(png: Uint8Array): Promise<Uint8Array> {
	const p = await page();
	try {
		await p.setContent(
			`<!doctype html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${Buffer.from(png).toString('base64')}"></body></html>`
		);
		return new Uint8Array(await p.pdf({ format: 'A4', printBackground: true, margin: { top: '0', bottom: '0', left: '0', right: '0' } }));
	} finally {
		await p.close();
	}
}

export { reportText };
