/**
 * Issue 16 (usability), charts: cut-offs, titles, empty cells, ticks, order, map labels: what leadership, analysts and the public met in a real browser —
 * each test failed before its fix.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, browser, trackedPage, waitForDb } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const appliedOnce = (page) => page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 60000 });

test('2. briefing and top-N charts plot every street (the worst included) and their titles say what is plotted', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/briefing/${encodeURIComponent('白云区')}`);
	const fig = page.locator('figure', { has: page.locator('#b-streets-cap') });
	const title = await fig.locator('figcaption').textContent();
	assert.doesNotMatch(title, /得分/, 'the streets chart plots the rate only');
	// The table beside the chart holds every street; the chart names every one of them, the lowest rate too.
	const streets = await fig
		.locator('details tbody tr')
		.evaluateAll((trs) => trs.map((tr) => ({ name: tr.cells[0].textContent.trim(), rate: tr.cells[4].textContent.trim() })));
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
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	);
	await ctx.close();
});

test('10. charts: empty heat-map cells apart from the lowest value, 5% rate ticks, one district order, map labels apart', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	// Grade 良 leaves some district × year cells without a report.
	await page.goto(`${BASE}/districts?grade=${encodeURIComponent('良')}`);
	await appliedOnce(page);
	await page.waitForFunction(() => document.querySelector('#heat-exec .live')?.echartsInstance, null, { timeout: 30000 });
	const heat = await page.evaluate(() => {
		const o = document.querySelector('#heat-exec .live').echartsInstance.getOption();
		return {
			xs: o.xAxis[0].data.length,
			ys: o.yAxis[0].data.length,
			cells: o.series[0].data.length,
			empty: o.series[1]?.data.length ?? 0,
			colour: o.series[1]?.itemStyle?.color,
			ramp0: o.visualMap[0].inRange.color[0],
			only: o.visualMap[0].seriesIndex
		};
	});
	assert.ok(heat.empty > 0, 'cells without data drawn');
	assert.equal(heat.cells + heat.empty, heat.xs * heat.ys);
	assert.notEqual(heat.colour, heat.ramp0);

	await page.goto(`${BASE}/years`);
	await page.waitForFunction(() => document.querySelector('#trend .live')?.echartsInstance, null, { timeout: 30000 });
	const ticks = await page.evaluate(() => {
		const m = document.querySelector('#trend .live').echartsInstance.getModel();
		return [0, 1].map((i) =>
			m
				.getComponent('yAxis', i)
				.axis.scale.getTicks()
				.map((t) => t.value)
		);
	});
	for (const v of ticks[0]) assert.ok(Math.abs(v * 20 - Math.round(v * 20)) < 1e-9, `rate tick ${v}`);
	for (const v of ticks[1]) assert.equal(v % 5, 0, `score tick ${v}`);

	// One district order: the menu's is the heat map's (top to bottom).
	await page.goto(`${BASE}/districts`);
	await page.waitForFunction(() => document.querySelector('#heat-exec .live')?.echartsInstance, null, { timeout: 30000 });
	const menu = (await page.locator('select[name="district"] option').allTextContents()).slice(1);
	const rows = await page.evaluate(() => document.querySelector('#heat-exec .live').echartsInstance.getOption().yAxis[0].data.slice().reverse());
	assert.deepEqual(
		menu.filter((d) => rows.includes(d)),
		rows
	);
	assert.deepEqual(
		menu,
		[...menu].sort((a, b) => a.localeCompare(b, 'zh-CN'))
	);
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	);
	await ctx.close();

	// The public map's district labels (server-rendered, JavaScript off) do not overlap.
	const nojs = await b.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
	const p = await nojs.newPage();
	await p.goto(`${BASE}/public`);
	const boxes = await p.evaluate(() =>
		[...document.querySelectorAll('#map svg text')]
			.filter((t) => /^[\u4e00-\u9fff]{2,3}$/.test(t.textContent))
			.map((t) => {
				const r = t.getBoundingClientRect();
				return { t: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height };
			})
	);
	assert.ok(boxes.length >= 11, `${boxes.length} labels`);
	const over = boxes.flatMap((a, i) =>
		boxes
			.slice(i + 1)
			.filter((c) => a.x < c.x + c.w && c.x < a.x + a.w && a.y < c.y + c.h && c.y < a.y + a.h)
			.map((c) => `${a.t}/${c.t}`)
	);
	assert.deepEqual(over, []);
	await nojs.close();
});

test('11. one satisfaction category: 效益 · 服务对象满意度 and 满意度 · 服务对象满意度 are not two', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page } = await trackedPage(ctx);
	await page.goto(`${BASE}/indicators`);
	await waitForDb(page);
	// the levels chart's rows, as its table shows them: level1, level2, counts
	const card = page.locator('#levels').locator('xpath=ancestor-or-self::*[.//details[contains(@class,"as-table")]][1]');
	await card.locator('details.as-table summary').click();
	const rows = await card
		.locator('details.as-table tbody tr')
		.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td,th')].map((c) => c.textContent.trim())));
	const sat = rows.filter((r) => r[1] === '服务对象满意度').map((r) => r[0]);
	assert.deepEqual(sat, ['满意度'], `rows naming 服务对象满意度: ${JSON.stringify(sat)}`);
	await ctx.close();
});
