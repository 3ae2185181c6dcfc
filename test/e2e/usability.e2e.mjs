/**
 * Issue 16 (usability): what leadership, analysts and the public met in a real browser — each test failed
 * before its fix.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, SHOTS, browser, count, kpi, trackedPage, waitForDb } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

/** A context whose dataset download waits until `release()` is called (DuckDB "still loading"). */
async function heldDataset(opts = {}) {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
	let release;
	const gate = new Promise((r) => (release = r));
	await ctx.route('**/data/dataset.duckdb', async (route) => {
		await gate;
		await route.continue();
	});
	return { ctx, release };
}

const hydrated = (page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
const appliedOnce = (page) => page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 60000 });

test('1. a deep-linked filtered view shows a loading state, never the unfiltered numbers, until its query answers', async () => {
	// The whole dataset's count, as the default view shows it.
	const plain = await b.newContext();
	const p0 = await plain.newPage();
	await p0.goto(`${BASE}/`);
	const total = count(await kpi(p0, 'reports'));
	await plain.close();

	const { ctx, release } = await heldDataset();
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/?district=${encodeURIComponent('白云区')}`);
	await hydrated(page);
	await page.waitForTimeout(400);
	assert.equal(await page.locator('select[name="district"]').inputValue(), '白云区');
	// No figure of the whole dataset under the 白云区 filter: the tiles, every chart and its table say loading.
	assert.notEqual(count(await kpi(page, 'reports')), total, 'reports tile shows the unfiltered count');
	assert.match(await kpi(page, 'reports'), /加载中/);
	assert.match(await kpi(page, 'budget'), /加载中/);
	const charts = await page.locator('.chart-card').count();
	assert.ok(charts >= 3);
	assert.equal(await page.locator('.chart-card [data-testid="chart-loading"]').count(), charts, 'every chart covered');
	for (const el of await page.locator('.chart-card .plot .live, .chart-card .plot .ssr').all()) assert.equal(await el.evaluate((e) => getComputedStyle(e).visibility), 'hidden');
	await page.screenshot({ path: `${SHOTS}/usability-1-deeplink-loading.png` });
	release();
	await appliedOnce(page);
	const filtered = count(await kpi(page, 'reports'));
	assert.ok(filtered > 0 && filtered < total, `白云区 ${filtered} of ${total}`);
	assert.equal(await page.locator('[data-testid="chart-loading"]').count(), 0);

	// /years: the table and the comparison are hidden too; /findings: the sentence list.
	for (const path of ['/years', '/findings', '/districts', '/reports']) {
		const held = await heldDataset();
		const { page: p } = await trackedPage(held.ctx);
		await p.goto(`${BASE}${path}?district=${encodeURIComponent('白云区')}`);
		await hydrated(p);
		await p.waitForTimeout(300);
		const pending = await p.locator('[data-pending="true"]').count();
		assert.ok(pending >= 1, `${path}: table or list marked loading`);
		for (const el of await p.locator('[data-pending="true"] > :not(.cover)').all()) assert.equal(await el.evaluate((e) => getComputedStyle(e).visibility), 'hidden', `${path} content hidden`);
		held.release();
		await appliedOnce(p);
		assert.equal(await p.locator('[data-pending="true"]').count(), 0, `${path}: loading state gone once answered`);
		await held.ctx.close();
	}
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('2. briefing and top-N charts plot every street (the worst included) and their titles say what is plotted', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/briefing/${encodeURIComponent('白云区')}`);
	const fig = page.locator('figure', { has: page.locator('#b-streets-cap') });
	const title = await fig.locator('figcaption').textContent();
	assert.doesNotMatch(title, /得分/, 'the streets chart plots the rate only');
	// The table beside the chart holds every street; the chart names every one of them, the lowest rate too.
	const streets = await fig.locator('details tbody tr').evaluateAll((trs) => trs.map((tr) => ({ name: tr.cells[0].textContent.trim(), rate: tr.cells[4].textContent.trim() })));
	assert.ok(streets.length >= 16, `${streets.length} streets`);
	const svgText = await fig.locator('.svg').textContent();
	const missing = streets.filter((s) => !svgText.includes(s.name.replace(/\s*示范.*$/, '')));
	assert.deepEqual(missing, [], 'streets left out of the chart');

	// The district page's live chart: as many bars as streets.
	await page.goto(`${BASE}/districts/${encodeURIComponent('白云区')}`);
	await page.waitForFunction(() => document.querySelector('#streets .live canvas'), null, { timeout: 30000 });
	const bars = await page.evaluate(() => document.querySelector('#streets .live').echartsInstance.getOption().yAxis[0].data.length);
	assert.equal(bars, streets.length);

	// /streets plots 40 of all streets: the title says which (the lowest rates) and of how many.
	await page.goto(`${BASE}/streets`);
	assert.match(await page.locator('#streets-title').textContent(), /执行率最低的 40 个街道（共 \d+ 个/);
	// /indicators: top-20 charts say so, and the rate chart is not called target vs actual.
	await page.goto(`${BASE}/indicators`);
	assert.match(await page.locator('#top-title').textContent(), /20/);
	assert.doesNotMatch(await page.locator('#achieved-title').textContent(), /目标值与实际值/);
	// (leaving a page while the engine loads aborts its downloads: not an error)
	assert.deepEqual(errors.filter((e) => !e.includes('ERR_ABORTED')), []);
	await ctx.close();
});

const userDataReady = (page) => page.waitForFunction(() => performance.getEntriesByName('userdata-ready').length > 0, null, { timeout: 30000 });
const ZH_CSV = '我的报告-中文表头.csv';

test('3. uploaded CSV rows: Chinese header mapped, unknown district flagged and off the map, rate computed, years in menus, "only my data", template, line numbers, duplicates', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/data`);
	await userDataReady(page);

	// A CSV template to start from.
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-template').click()]);
	const saved = `test-results/${dl.suggestedFilename()}`;
	await dl.saveAs(saved);
	const template = readFileSync(saved, 'utf8');
	assert.match(template, /^\uFEFFreport_id,source_file,title,year/);

	await page.setInputFiles('[data-testid="userdata-files"]', `test/e2e/fixtures/${ZH_CSV}`);
	const it = page.locator(`li.item[data-file="${ZH_CSV}"]`);
	await it.and(page.locator('[data-phase="checked"]')).waitFor({ timeout: 20000 });
	assert.match(await it.textContent(), /可载入 2 行 → reports/, 'Chinese header accepted');
	const warn = it.getByTestId('row-warnings');
	assert.match(await warn.textContent(), /行号（含表头）/);
	assert.match(await warn.textContent(), /火星区/);
	assert.equal(await warn.locator('tbody td').first().textContent(), '2');
	await page.screenshot({ path: `${SHOTS}/usability-3-data-zh.png`, fullPage: true });
	await it.getByRole('button', { name: /^载入/ }).click();
	await it.and(page.locator('[data-phase="loaded"]')).waitFor({ timeout: 20000 });

	// The same file again: already loaded, nothing to correct.
	await page.setInputFiles('[data-testid="userdata-files"]', `test/e2e/fixtures/${ZH_CSV}`);
	const again = page.locator(`li.item[data-file="${ZH_CSV}"][data-phase="checked"]`);
	await again.waitFor({ timeout: 20000 });
	const againText = await again.textContent();
	assert.match(againText, /已载入（report_id 相同）/);
	assert.match(againText, /不必修改文件/);
	assert.doesNotMatch(againText, /在原文件中改正/);

	// Only my data: two reports, the rate from budget and spend, 火星区 drawn nowhere.
	await page.goto(`${BASE}/?source=user`);
	await userDataReady(page);
	await appliedOnce(page);
	assert.equal(await page.locator('select[name="source"]').inputValue(), 'user');
	assert.equal(count(await kpi(page, 'reports')), 2);
	assert.match(await kpi(page, 'rate'), /80(\.0)?%/);
	// The banner (item 7) names the user's reports and no synthetic ones.
	await page.waitForFunction(() => /我的数据/.test(document.querySelector('[data-testid="demo-banner"]')?.textContent ?? ''), null, { timeout: 20000 });
	assert.match(await page.getByTestId('demo-banner').textContent(), /你在本浏览器添加的 2 份报告/);
	await page.waitForFunction(() => document.querySelector('#exec .live')?.echartsInstance);
	const cats = await page.evaluate(() => JSON.stringify(document.querySelector('#exec .live').echartsInstance.getOption().xAxis[0].data));
	assert.doesNotMatch(cats, /火星区/);
	// The uploaded year is in the year menus.
	const years = await page.locator('select[name="from"] option').allTextContents();
	assert.ok(years.includes('2026'), `years ${years}`);

	// ?from=2026 (a year only the user's rows have) selects 2026, never a blank select.
	await page.goto(`${BASE}/?from=2026`);
	await hydrated(page);
	assert.equal(await page.locator('select[name="from"]').inputValue(), '2026');
	assert.equal(await page.locator('select[name="from"] option:checked').textContent(), '2026');

	// Clean up.
	await page.goto(`${BASE}/data`);
	await userDataReady(page);
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: '清除我的数据' }).click();
	await page.getByTestId('userdata-none').waitFor({ timeout: 20000 });
	assert.equal(await page.getByText('已从本浏览器恢复').count(), 0, '"restored" and "cleared" never together');
	assert.deepEqual(errors.filter((e) => !e.includes('ERR_ABORTED')), []);
	await ctx.close();
});

test('5. arrowing through a focused filter select applies only the option it rests on', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	await waitForDb(page);
	const marks = () => page.evaluate(() => performance.getEntriesByName('filter-applied').length);
	const h0 = await page.evaluate(() => history.length);
	const m0 = await marks();
	await page.locator('select[name="district"]').focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
	const third = await page.locator('select[name="district"] option').nth(3).getAttribute('value');
	await page.waitForFunction((m) => performance.getEntriesByName('filter-applied').length > m, m0, { timeout: 20000 });
	await page.waitForTimeout(1500);
	assert.equal(new URL(page.url()).searchParams.get('district'), third);
	assert.equal((await page.evaluate(() => history.length)) - h0, 1, 'one history entry');
	assert.equal((await marks()) - m0, 1, 'one query');
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('4. /reports: search text and sort are in the URL (a shared link shows the same list) and search reads the report text', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/reports?district=${encodeURIComponent('白云区')}`);
	await appliedOnce(page);
	const all = count(await page.getByTestId('report-count').textContent());
	await page.locator('input[name="q"]').fill('均禾');
	await page.getByRole('button', { name: /预算/ }).first().click();
	await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') && new URL(location.href).searchParams.get('q'));
	const shown = count(await page.getByTestId('report-count').textContent());
	assert.ok(shown > 0 && shown < all, `${shown} of ${all}`);
	const firstTitles = await page.locator('.table-wrap tbody tr td:first-child').evaluateAll((tds) => tds.slice(0, 5).map((td) => td.textContent));
	const shared = page.url();
	assert.equal(new URL(shared).searchParams.get('district'), '白云区');

	// The shared link in a new tab: the same filter, search, sort — the same list.
	const other = await ctx.newPage();
	await other.goto(shared);
	await other.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 60000 });
	assert.equal(await other.locator('input[name="q"]').inputValue(), '均禾');
	await other.waitForFunction((n) => document.querySelector('[data-testid="report-count"]').textContent.includes(String(n)), shown, { timeout: 20000 });
	assert.deepEqual(await other.locator('.table-wrap tbody tr td:first-child').evaluateAll((tds) => tds.slice(0, 5).map((td) => td.textContent)), firstTitles);

	// A phrase only in the reports' text (not in a title, unit or project) finds them.
	await other.goto(`${BASE}/reports?q=${encodeURIComponent('满意度')}`);
	await other.waitForFunction(() => !document.querySelector('[data-testid="report-count"]').dataset.searching && /\d/.test(document.querySelector('[data-testid="report-count"]').textContent), null, { timeout: 60000 });
	await other.waitForFunction(() => Number(document.querySelector('[data-testid="report-count"]').textContent.replace(/[^\d]/g, '')) > 0, null, { timeout: 30000 });
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('7. the demo banner counts the synthetic reports of the view, not always the whole dataset', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	const whole = count(await page.getByTestId('demo-banner').textContent());
	await page.goto(`${BASE}/?from=2022&to=2022`);
	await appliedOnce(page);
	const synthetic2022 = count(await kpi(page, 'reports')) - 0;
	await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="demo-banner"]')?.textContent ?? ''), null, { timeout: 20000 });
	const n = count(await page.getByTestId('demo-banner').textContent());
	assert.ok(n > 0 && n < whole, `2022: ${n} of ${whole}`);
	assert.ok(n <= synthetic2022);
	await page.goto(`${BASE}/en?source=synthetic&grade=${encodeURIComponent('差')}`);
	await appliedOnce(page);
	await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="demo-banner"]')?.textContent ?? ''), null, { timeout: 20000 });
	assert.equal(count(await page.getByTestId('demo-banner').textContent()), count(await kpi(page, 'reports')));
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('6. /districts says the rate uses only reports stating both figures, beside sums of all', async () => {
	for (const [path, re] of [['/districts', /执行率只用同时写明预算和支出的报告/], ['/en/districts', /execution rate uses only reports stating both/]]) {
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
	assert.deepEqual(errors, []);
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
	assert.deepEqual(errors.filter((e) => !e.includes('ERR_ABORTED')), []);
	await ctx.close();
});
