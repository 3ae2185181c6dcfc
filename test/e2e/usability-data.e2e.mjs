/**
 * Issue 16 (usability), uploaded CSV rows on /data: what leadership, analysts and the public met in a real browser —
 * each test failed before its fix.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, SHOTS, browser, count, kpi, trackedPage } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const hydrated = (page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
const appliedOnce = (page) => page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 60000 });
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
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	);
	await ctx.close();
});
