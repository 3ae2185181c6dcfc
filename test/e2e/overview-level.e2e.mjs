/**
 * The overview's place level on the bundled build (issue 18): Guangzhou is one city, so the overview looks as it
 * always has, execution and the score box by district (nationwide.e2e.mjs checks provinces on a build of the whole
 * country).
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, browser, trackedPage, waitForLiveCharts } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

test('one city in the data: the overview groups by district, in both languages', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	assert.equal((await page.locator('#exec h2').textContent()).trim(), '各区预算执行率');
	assert.equal((await page.locator('#box h2').textContent()).trim(), '各区评价得分分布');
	await waitForLiveCharts(page);
	const names = await page.evaluate(() =>
		document
			.querySelector('#exec .live')
			.echartsInstance.getOption()
			.series[0].data.map((d) => d.name)
	);
	assert.ok(names.length >= 5 && names.every((n) => /区$/.test(n)), names.join());
	await page.goto(`${BASE}/en`);
	assert.equal((await page.locator('#exec h2').textContent()).trim(), 'Budget execution rate by district');
	assert.deepEqual(
		errors.filter((e) => !/net::ERR_ABORTED/.test(e)),
		[]
	);
	await ctx.close();
});
