import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, browser, count, kpi, trackedPage, waitForDb, waitForLiveCharts } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

/** Resolves after the next 'filter-applied' mark following `action`. */
async function applied(page, action) {
	const before = await page.evaluate(() => performance.getEntriesByName('filter-applied').length);
	await action();
	await page.waitForFunction((n) => performance.getEntriesByName('filter-applied').length > n, before, { timeout: 20000 });
}

test('changing a filter updates the charts and the URL; back restores', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	await waitForLiveCharts(page);
	await waitForDb(page);
	const total = count(await kpi(page, 'reports'));
	const bars = async () => page.evaluate(() => document.querySelector('#exec .live').echartsInstance.getOption().series[0].data.length);
	const barsBefore = await bars();

	const district = await page.locator('select[name="district"] option').nth(1).getAttribute('value');
	await applied(page, () => page.selectOption('select[name="district"]', district));
	assert.equal(new URL(page.url()).searchParams.get('district'), district);
	const filtered = count(await kpi(page, 'reports'));
	assert.ok(filtered > 0 && filtered < total, `district ${district}: ${filtered} of ${total}`);
	// The grades chart is below the fold: it redraws once its rows have stayed the same for 300 ms, in an idle
	// period (≤ 500 ms more), without being scrolled to.
	assert.ok(await page.evaluate(() => document.querySelector('#grades').getBoundingClientRect().top >= innerHeight), 'grades chart off screen');
	await page.waitForFunction(
		(n) =>
			document
				.querySelector('#grades .live')
				.echartsInstance.getOption()
				.series.reduce((s, x) => s + x.data.reduce((a, v) => a + (v ?? 0), 0), 0) <= n,
		filtered,
		{ timeout: 3000 }
	);

	await applied(page, () => page.selectOption('select[name="source"]', 'real'));
	assert.equal(new URL(page.url()).searchParams.get('source'), 'real');
	assert.equal(await page.locator('.notice').count(), 0, 'synthetic notice hidden for real reports only');

	await applied(page, () => page.goBack());
	assert.equal(new URL(page.url()).searchParams.get('source'), null);
	assert.equal(count(await kpi(page, 'reports')), filtered);
	await applied(page, () => page.goBack());
	assert.equal(new URL(page.url()).search, '');
	assert.equal(count(await kpi(page, 'reports')), total);
	assert.equal(await bars(), barsBefore);

	// Reload keeps the state from the URL.
	await page.goto(`${BASE}/en?source=real`);
	await waitForDb(page);
	await page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 20000 });
	assert.equal(await page.locator('select[name="source"]').inputValue(), 'real');
	assert.equal(await page.locator('html').getAttribute('lang'), 'en');
	assert.match(await page.locator('h1').textContent(), /Overview/);
	assert.ok(count(await kpi(page, 'reports')) < total);

	// The reset button clears the filters and keeps the language.
	await applied(page, () => page.getByRole('button', { name: 'Reset filters' }).click());
	assert.equal(new URL(page.url()).search, '');
	assert.equal(new URL(page.url()).pathname, '/en');
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('exporting an off-screen chart as PNG right after a filter change draws the new rows first', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	await waitForLiveCharts(page);
	await waitForDb(page);
	const gradesTotal = () =>
		page.evaluate(() =>
			document
				.querySelector('#grades .live')
				.echartsInstance.getOption()
				.series.reduce((s, x) => s + x.data.reduce((a, v) => a + (v ?? 0), 0), 0)
		);
	const all = await gradesTotal();
	const district = await page.locator('select[name="district"] option').nth(1).getAttribute('value');
	await applied(page, () => page.selectOption('select[name="district"]', district));
	assert.ok(await page.evaluate(() => document.querySelector('#grades').getBoundingClientRect().top >= innerHeight), 'grades chart off screen');
	// Still waiting for a quiet moment: the chart shows the unfiltered rows.
	assert.equal(await gradesTotal(), all);
	const download = page.waitForEvent('download');
	// A click that does not scroll the chart into view (as a script or assistive technology may click).
	await page.evaluate(() => [...document.querySelectorAll('#grades .tool')].find((x) => /PNG/.test(x.textContent)).click());
	const filtered = await gradesTotal();
	assert.ok(filtered < all, `the export drew the filtered rows first (${filtered} of ${all})`);
	assert.match((await download).suggestedFilename(), /\.png$/);
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('clicking a district bar filters by it (cross-filtering)', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	await waitForLiveCharts(page);
	await waitForDb(page);
	const target = await page.evaluate(() => {
		const el = document.querySelector('#exec .live');
		const chart = el.echartsInstance;
		const d = chart.getOption().series[0].data[0];
		const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [0, d.value / 2]);
		const r = el.getBoundingClientRect();
		return { name: d.name, x: r.left + x, y: r.top + y };
	});
	await applied(page, () => page.mouse.click(target.x, target.y));
	assert.equal(new URL(page.url()).searchParams.get('district'), target.name);
	assert.equal(await page.locator('select[name="district"]').inputValue(), target.name);
	assert.deepEqual(errors, []);
	await ctx.close();
});
