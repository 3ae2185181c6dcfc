import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, browser, trackedPage, waitForLiveCharts } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

test('clicking a district in the ranking drills down to its page', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/districts`);
	await waitForLiveCharts(page);
	const link = page.locator('section.card table a[href*="/districts/"]').first();
	const name = (await link.textContent()).trim();
	await link.click();
	await page.waitForURL((u) => decodeURIComponent(u.pathname) === `/districts/${name}`);
	assert.equal((await page.locator('h1').textContent()).trim(), name);
	await waitForLiveCharts(page);
	assert.ok((await page.locator('#streets .live canvas, #streets .state').count()) > 0);
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('clicking a bar of the district chart drills down', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/districts`);
	await waitForLiveCharts(page);
	// The chart sits below the full-width ranking table: scroll to it, as a reader would, before clicking a bar.
	await page.locator('#exec').scrollIntoViewIfNeeded();
	const target = await page.evaluate(() => {
		const el = document.querySelector('#exec .live');
		const chart = el.echartsInstance;
		const d = chart.getOption().series[0].data[1];
		const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [1, d.value / 2]);
		const r = el.getBoundingClientRect();
		return { name: d.name, x: r.left + x, y: r.top + y };
	});
	await page.mouse.click(target.x, target.y);
	await page.waitForURL((u) => decodeURIComponent(u.pathname) === `/districts/${target.name}`);
	assert.equal((await page.locator('h1').textContent()).trim(), target.name);
	assert.deepEqual(errors, []);
	await ctx.close();
});
