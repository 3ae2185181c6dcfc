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
