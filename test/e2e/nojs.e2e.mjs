import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, browser, count, kpi, trackedPage, waitForLiveCharts } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

test('overview with JavaScript off shows prerendered SVG charts and KPI numbers', async () => {
	const ctx = await b.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	await page.goto(`${BASE}/`);
	const svgs = await page.locator('.chart-card .plot .ssr svg').count();
	assert.ok(svgs >= 3, `expected ≥3 prerendered SVG charts, found ${svgs}`);
	// Bars are SVG paths: a chart with data has many of them.
	const paths = await page.locator('#exec .ssr svg path').count();
	assert.ok(paths > 5, `execution-rate chart has only ${paths} paths`);
	const reports = count(await kpi(page, 'reports'));
	assert.ok(reports > 0, `KPI reports is ${reports}`);
	assert.match(await kpi(page, 'budget'), /\d.*(万元|亿元)/);
	assert.match(await kpi(page, 'rate'), /^\d+\.\d%$/);
	assert.equal(await page.locator('canvas').count(), 0, 'no canvas without JavaScript');
	await page.screenshot({ path: `${SHOTS}/overview-nojs.png`, fullPage: true });
	await ctx.close();
});

test('overview with JavaScript on replaces the SVG with live charts', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	await waitForLiveCharts(page);
	const canvases = await page.locator('.chart-card .live canvas').count();
	assert.ok(canvases >= 3, `expected ≥3 live charts, found ${canvases}`);
	assert.equal(await page.locator('.chart-card .ssr').count(), 0, 'prerendered SVG removed once live');
	const mark = await page.evaluate(() => performance.getEntriesByName('first-chart').length);
	assert.equal(mark, 1, "performance mark 'first-chart' set once");
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('English pages read in English with JavaScript off; the language link keeps the page', async () => {
	const ctx = await b.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	// UI words that must not be left in Chinese on an English page (place names and report titles may be).
	const CHINESE_UI = /执行率|预算|评分|等级|总览|各区|报告数|年份|指标|问题/;
	const pages = [
		['/en', /^Overview/],
		['/en/districts', /^Districts compared/],
		['/en/years', /./],
		['/en/indicators', /./],
		['/en/findings', /./],
		['/en/public', /^Budget performance evaluations, explained/],
		['/en/about', /^Methodology/],
		['/en/open-data', /^Open data/]
	];
	for (const [path, h1] of pages) {
		const res = await page.goto(`${BASE}${path}`);
		assert.equal(res.status(), 200, path);
		assert.equal(await page.locator('html').getAttribute('lang'), 'en', `${path}: <html lang>`);
		assert.match((await page.locator('h1').textContent()).trim(), h1, `${path}: heading`);
		assert.match(await page.locator('nav.site-nav').textContent(), /Overview.*Districts.*Reports/s, `${path}: navigation`);
		const svgText = (await page.locator('.ssr svg text').allTextContents()).join(' ');
		assert.doesNotMatch(svgText, CHINESE_UI, `${path}: chart text in Chinese`);
		const heads = (await page.locator('h1, h2, th').allTextContents()).join(' ');
		assert.doesNotMatch(heads, CHINESE_UI, `${path}: headings in Chinese`);
		// The switch leads to the same page in Chinese, and that page links back here.
		const zh = new URL(await page.locator('a.lang').getAttribute('href'), page.url());
		assert.equal(zh.pathname, path === '/en' ? '/' : path.slice(3), `${path}: language link`);
		await page.goto(zh.href);
		assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
		assert.equal(new URL(await page.locator('a.lang').getAttribute('href'), page.url()).pathname, path);
	}
	// A district page, its streets chart and the briefing behind its Print link.
	await page.goto(`${BASE}/en/districts`);
	const district = new URL(await page.locator('table a[href*="districts/"]').first().getAttribute('href'), page.url());
	assert.match(district.pathname, /^\/en\/districts\//);
	await page.goto(district.href);
	assert.equal(await page.locator('html').getAttribute('lang'), 'en');
	assert.ok((await page.locator('.ssr svg').count()) >= 1, 'district page charts prerendered');
	assert.doesNotMatch((await page.locator('.ssr svg text').allTextContents()).join(' '), CHINESE_UI);
	await page.screenshot({ path: `${SHOTS}/district-en-nojs.png`, fullPage: true });
	await ctx.close();
});

test('an old ?lang=en link lands on the /en page once the app runs', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/districts?lang=en&source=real`);
	await page.waitForURL((u) => u.pathname === '/en/districts', { timeout: 15000 });
	assert.equal(new URL(page.url()).search, '?source=real');
	assert.equal(await page.locator('html').getAttribute('lang'), 'en');
	assert.match(await page.locator('h1').textContent(), /Districts compared/);
	assert.deepEqual(errors, []);
	await ctx.close();
});
