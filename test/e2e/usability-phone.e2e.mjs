/**
 * Issue 16 item 5 (phone, 390 px): the header and the filter panel no longer fill the first screen — the panel is a
 * collapsible section (a button with aria-expanded, closed by default on a phone, usable from the keyboard) and the
 * nav is one scrollable line; no dashboard page scrolls sideways, in Chinese and English.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, browser, trackedPage } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const hydrated = (page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 30000 });

test('phone: the filter panel is collapsed by default, opens and closes from the keyboard, and the first screen shows figures', async () => {
	const ctx = await b.newContext(PHONE);
	const { page, errors } = await trackedPage(ctx);
	for (const lang of ['', '/en']) {
		await page.goto(`${BASE}${lang || '/'}`);
		await hydrated(page);
		const toggle = page.locator('[data-testid="filter-toggle"]');
		assert.ok(await toggle.isVisible(), 'a filter toggle on a phone');
		assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'closed by default on a phone');
		assert.equal(await toggle.getAttribute('aria-controls'), 'filter-fields');
		assert.equal(await page.locator('select[name="district"]').isVisible(), false, 'menus hidden while closed');
		// The first screen holds the figures: the header and the closed panel take well under half of it.
		const tiles = await page.locator('.kpis').first().boundingBox();
		assert.ok(tiles && tiles.y < 844 * 0.5, `KPI tiles start at ${tiles?.y}px`);
		const head = await page.locator('header.site-head').boundingBox();
		assert.ok(head && head.height <= 170, `header ${head?.height}px high`);
		await page.screenshot({ path: `${SHOTS}/phone-filters-closed${lang ? '-en' : ''}.png` });

		// Keyboard: focus the toggle, Enter opens, the menus can be reached with Tab, Space closes.
		await toggle.focus();
		await page.keyboard.press('Enter');
		assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
		assert.ok(await page.locator('select[name="district"]').isVisible(), 'menus shown when open');
		await page.keyboard.press('Tab');
		assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'district');
		await page.screenshot({ path: `${SHOTS}/phone-filters-open${lang ? '-en' : ''}.png` });
		assert.ok((await page.evaluate(() => document.scrollingElement.scrollWidth)) <= 390, 'open panel fits');
		await toggle.focus();
		await page.keyboard.press('Space');
		assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
		assert.equal(await page.locator('select[name="district"]').isVisible(), false);
	}
	// A set filter is named on the closed toggle, in the page's language.
	await page.goto(`${BASE}/?district=${encodeURIComponent('白云区')}`);
	await hydrated(page);
	assert.match(await page.locator('[data-testid="filter-toggle"]').innerText(), /已选 1 项/);
	await page.goto(`${BASE}/en?district=${encodeURIComponent('白云区')}`);
	await hydrated(page);
	assert.match(await page.locator('[data-testid="filter-toggle"]').innerText(), /1 set/);
	assert.deepEqual(
		errors.filter((e) => !/aborted|ERR_ABORTED/.test(e)),
		[]
	);
	await ctx.close();
});

test('desktop: the filter panel stays open with no toggle', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	await page.goto(`${BASE}/`);
	await hydrated(page);
	assert.equal(await page.locator('[data-testid="filter-toggle"]').isVisible(), false);
	assert.ok(await page.locator('select[name="district"]').isVisible());
	await ctx.close();
});

test('phone: no dashboard page scrolls sideways at 390 px (zh and en)', async () => {
	const ctx = await b.newContext(PHONE);
	const page = await ctx.newPage();
	await page.goto(`${BASE}/reports`);
	const report = await page.locator('a[href*="/reports/"]').first().getAttribute('href');
	assert.ok(report, 'a report link on /reports');
	const reportPath = new URL(report, BASE).pathname.replace(/^\/en(?=\/)/, '');
	const wide = [];
	for (const lang of ['', '/en'])
		for (const path of ['/', '/districts', '/years', '/reports', reportPath]) {
			await page.goto(`${BASE}${lang && path === '/' ? lang : lang + path}`);
			await hydrated(page);
			await page.waitForTimeout(300);
			const w = await page.evaluate(() => document.scrollingElement.scrollWidth);
			if (w > 390) wide.push(`${lang}${path}: ${w}px`);
			if (path === reportPath) await page.screenshot({ path: `${SHOTS}/phone-report${lang ? '-en' : ''}.png` });
		}
	assert.deepEqual(wide, [], 'pages wider than the phone');
	await ctx.close();
});
