/**
 * Report formats on /data in Chromium: a PDF whose font needs pdfjs's predefined CMaps (read through the
 * CMaps the site ships, nothing fetched from another site), and scans (a PNG, an image-only PDF) refused with
 * the CLI command that reads them, in both languages.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, browser, trackedPage } from './helpers.mjs';
import { CMAP_REPORT, cmapPdf } from '../formats/cmap-pdf.mjs';

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
	assert.deepEqual(requests.filter((u) => !u.startsWith(BASE) && !u.startsWith('blob:') && !u.startsWith('data:')), []);
	await it.getByRole('button', { name: 'Load' }).click();
	await it.and(page.locator('[data-phase="loaded"]')).waitFor({ timeout: 20000 });
	// the report's page shows the text read from the CMap-encoded PDF
	await page.goto(`${BASE}/en/reports`);
	await page.getByRole('link', { name: new RegExp(CMAP_REPORT[0].slice(0, 12)) }).first().waitFor({ timeout: 30000 });
	assert.deepEqual(errors, []);
	await ctx.close();
});
