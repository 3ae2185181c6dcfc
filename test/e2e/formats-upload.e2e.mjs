/**
 * Report formats on /data in Chromium: a PDF whose font needs pdfjs's predefined CMaps (read through the
 * CMaps the site ships, nothing fetched from another site), RTF, and scans (a PNG, an image-only PDF, a PDF
 * whose text layer is mojibake) refused with the CLI command that reads them, in both languages.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, browser, trackedPage } from './helpers.mjs';
import { CMAP_REPORT, cmapPdf, garbagePdf } from '../formats/cmap-pdf.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const item = (page, name) => page.locator(`li.item[data-file="${name}"]`);
const ready = (page) => page.waitForFunction(() => performance.getEntriesByName('userdata-ready').length > 0, null, { timeout: 30000 });

test('a PDF with a predefined CMap (UniGB-UCS2-H, STSong-Light not embedded) is read through the shipped CMaps', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	const requests = [];
	page.on('request', (r) => requests.push(r.url()));
	page.on('dialog', (d) => d.accept());
	await page.goto(`${BASE}/en/data`);
	await ready(page);
	await page.setInputFiles('[data-testid="userdata-files"]', [{ name: 'cmap.pdf', mimeType: 'application/pdf', buffer: Buffer.from(cmapPdf()) }]);
	const it = item(page, 'cmap.pdf');
	await it.and(page.locator('[data-phase="checked"]')).waitFor({ timeout: 30000 });
	assert.match(await it.textContent(), /Ready: one report/);
	const cmaps = requests.filter((u) => u.endsWith('.bcmap')).map((u) => u.replace(BASE, ''));
	assert.deepEqual(cmaps.sort(), ['/_app/pdfjs/cmaps/Adobe-GB1-UCS2.bcmap', '/_app/pdfjs/cmaps/UniGB-UCS2-H.bcmap']);
	assert.deepEqual(
		requests.filter((u) => !u.startsWith(BASE) && !u.startsWith('blob:') && !u.startsWith('data:')),
		[]
	);
	await it.getByRole('button', { name: 'Load' }).click();
	await it.and(page.locator('[data-phase="loaded"]')).waitFor({ timeout: 20000 });
	// the report's page shows the text read from the CMap-encoded PDF
	await page.goto(`${BASE}/en/reports`);
	await page
		.getByRole('link', { name: new RegExp(CMAP_REPORT[0].slice(0, 12)) })
		.first()
		.waitFor({ timeout: 30000 });
	assert.deepEqual(errors, []);
	await ctx.close();
});

/** A report as RTF with \uN? escapes (as Word writes non-ASCII text), a font table and a \*\ destination. */
function rtfOf(lines) {
	const uni = (t) => [...t].map((c) => (c.charCodeAt(0) < 0x80 ? c : `\\u${c.charCodeAt(0) > 0x7fff ? c.charCodeAt(0) - 0x10000 : c.charCodeAt(0)}?`)).join('');
	return Buffer.from(
		`{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}{\\*\\generator e2e;}\\uc1\\f0 ${lines.map(uni).join('\\par\n')}\\par}`,
		'latin1'
	);
}

test('an .rtf and a .doc that is really RTF are read as reports on /data', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/en/data`);
	await ready(page);
	const other = CMAP_REPORT.map((l) => l.replaceAll('石门', '同和').replace('80万元', '60万元'));
	await page.setInputFiles('[data-testid="userdata-files"]', [
		{ name: 'report.rtf', mimeType: 'application/rtf', buffer: rtfOf(CMAP_REPORT) },
		{ name: 'saved.doc', mimeType: 'application/msword', buffer: rtfOf(other) }
	]);
	for (const name of ['report.rtf', 'saved.doc']) {
		const it = item(page, name);
		await it.and(page.locator('[data-phase="checked"]')).waitFor({ timeout: 30000 });
		assert.match(await it.textContent(), /Ready: one report/, name);
	}
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('a scan (a PNG, an image-only PDF, a PDF whose text layer is mojibake) is refused with the CLI command that reads it, in Chinese and in English', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const printer = await ctx.newPage();
	await printer.setContent(`<p style="font: 24px 'Noto Sans CJK SC', sans-serif">${CMAP_REPORT.join('<br>')}</p>`);
	const png = await printer.screenshot({ type: 'png' });
	await printer.setContent(`<img style="width:100%" src="data:image/png;base64,${png.toString('base64')}">`);
	const pdf = await printer.pdf({ format: 'A4' });
	await printer.close();
	const files = [
		{ name: 'scan.png', mimeType: 'image/png', buffer: png },
		{ name: 'scan.pdf', mimeType: 'application/pdf', buffer: pdf },
		{ name: 'garbage.pdf', mimeType: 'application/pdf', buffer: Buffer.from(garbagePdf()) }
	];
	const want = {
		'/data': {
			'scan.png': '图片（扫描件）需要 OCR 识别，浏览器中不提供：请用命令行导入（npm run ingest -- 文件或文件夹）',
			'scan.pdf': '这个 PDF 没有文字层（扫描件），需要 OCR 识别，浏览器中不提供：请用命令行导入（npm run ingest -- 文件或文件夹）',
			'garbage.pdf': '这个 PDF 的文字层是乱码（字体映射损坏），需要 OCR 识别，浏览器中不提供：请用命令行导入（npm run ingest -- 文件或文件夹）'
		},
		'/en/data': {
			'scan.png': 'an image (a scan) needs OCR, which does not run in the browser: import it with the CLI (npm run ingest -- FILE_OR_FOLDER)',
			'scan.pdf':
				'this PDF has no text layer (a scan) and needs OCR, which does not run in the browser: import it with the CLI (npm run ingest -- FILE_OR_FOLDER)',
			'garbage.pdf':
				"this PDF's text layer is garbage (100% unreadable characters) and needs OCR, which does not run in the browser: import it with the CLI (npm run ingest -- FILE_OR_FOLDER)"
		}
	};
	for (const [path, reasons] of Object.entries(want)) {
		const { page, errors } = await trackedPage(ctx);
		await page.goto(`${BASE}${path}`);
		await ready(page);
		await page.setInputFiles('[data-testid="userdata-files"]', files);
		for (const [name, reason] of Object.entries(reasons)) {
			const it = item(page, name);
			await it.and(page.locator('[data-phase="checked"]')).waitFor({ timeout: 30000 });
			assert.ok((await it.textContent()).includes(reason), `${path} ${name}: ${await it.textContent()}`);
		}
		assert.deepEqual(errors, []);
		await page.close();
	}
	await ctx.close();
});
