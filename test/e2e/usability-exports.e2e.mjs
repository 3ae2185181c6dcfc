/**
 * Issue 16 (usability), districts footnote, exports, English pages and the header: what leadership, analysts and the public met in a real browser —
 * each test failed before its fix.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, SHOTS, browser, kpi, trackedPage, waitForDb } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const appliedOnce = (page) => page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 60000 });
const userDataReady = (page) => page.waitForFunction(() => performance.getEntriesByName('userdata-ready').length > 0, null, { timeout: 30000 });

test('6. /districts says the rate uses only reports stating both figures, beside sums of all', async () => {
	for (const [path, re] of [
		['/districts', /执行率只用同时写明预算和支出的报告/],
		['/en/districts', /execution rate uses only reports stating both/]
	]) {
		const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await ctx.newPage();
		await page.goto(`${BASE}${path}`);
		const note = page.getByTestId('rate-footnote');
		assert.match(await note.textContent(), re);
		// right under the ranking table
		assert.ok(await note.evaluate((n) => n.closest('section').querySelector('table') !== null));
		await ctx.close();
	}
});

test('8. exports: CSVs without float noise; chart PNGs with title, filters, source, version, date and synthetic mark', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/districts`);
	await waitForDb(page);
	await page.waitForFunction(() => document.querySelector('#exec .live canvas'), null, { timeout: 30000 });
	const noise = /\d\.\d*(0{6,}\d|9{6,}\d)\b/;
	for (const id of ['exec', 'heat-exec', 'heat-score']) {
		const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`#${id} .tool`).first().click()]);
		const file = `test-results/usability-${id}.csv`;
		await dl.saveAs(file);
		const csv = readFileSync(file, 'utf8');
		assert.doesNotMatch(csv, noise, `${id}: ${csv.match(noise)?.[0]}`);
	}
	await page.goto(`${BASE}/?district=${encodeURIComponent('白云区')}`);
	await appliedOnce(page);
	await page.waitForFunction(() => document.querySelector('#exec .live canvas'), null, { timeout: 30000 });
	const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#exec .tool').nth(1).click()]);
	const file = `${SHOTS}/usability-8-export.png`;
	await png.saveAs(file);
	const dims = await page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		return { w: img.width, h: img.height, chart: document.querySelector('#exec .live canvas').height };
	}, readFileSync(file).toString('base64'));
	assert.ok(dims.h - 2 * dims.chart >= 60, `caption above the chart: ${dims.h} vs 2 × ${dims.chart}`);
	// the footer names the data version and its date on every page
	assert.match(await page.getByTestId('data-version').textContent(), /数据版本 .+ · 截至 \d{4}-\d{2}-\d{2}/);
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	); // leaving a page aborts its downloads: no error
	await ctx.close();
});

test('9. English pages: one money unit, English brackets, reasons in one language; one data control and the language link on one line at 1366 px', async () => {
	const ctx = await b.newContext({ viewport: { width: 1366, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/en`);
	assert.match(await kpi(page, 'budget'), /^¥[\d,]+\.\d\d m$/);
	assert.match(await kpi(page, 'actual'), /^¥[\d,]+\.\d\d m$/);
	// The header: one control for the user's data, the language link on the brand's line and not broken.
	const head = page.locator('header.site-head');
	assert.equal(await head.getByText('Add data', { exact: true }).count(), 0);
	assert.equal(await head.getByText('My data', { exact: true }).count(), 1);
	const box = async (sel) => page.locator(sel).first().boundingBox();
	const lang = await box('a.lang');
	const brand = await box('a.brand');
	assert.ok(lang.y < brand.y + brand.height, `language link on the brand's line (${lang.y} vs ${brand.y}+${brand.height})`);
	assert.ok(lang.height < 40, `language link on one line (${lang.height}px)`);
	await page.screenshot({ path: `${SHOTS}/usability-9-en-1366.png` });

	await page.goto(`${BASE}/en/districts`);
	const text = await page.locator('main').textContent();
	assert.doesNotMatch(text, /10k yuan/);
	assert.match(await page.locator('#ranking-title').locator('..').locator('thead').textContent(), /Budget \(¥ m\)/);
	assert.doesNotMatch(text, /¥[\d.,]+ k\b/);

	// Brackets and separators in English on the briefing.
	await page.goto(`${BASE}/en/briefing/${encodeURIComponent('白云区')}`);
	for (const c of await page.getByTestId('problem-count').allTextContents()) assert.match(c, /^ ?\(\d+\)$/, c);
	assert.doesNotMatch(await page.locator('.kpis').textContent(), /[（）]/);

	// A refused file's reason in English only.
	await page.goto(`${BASE}/en/data`);
	await userDataReady(page);
	await page.setInputFiles('[data-testid="userdata-files"]', 'test/userdata/bad/rate-9000-percent.csv');
	const it = page.locator('li.item[data-file="rate-9000-percent.csv"][data-phase="checked"]');
	await it.waitFor({ timeout: 20000 });
	for (const r of await it.locator('td.reason').allTextContents()) assert.doesNotMatch(r, /[\u4e00-\u9fff]/, r);
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	);
	await ctx.close();
});
