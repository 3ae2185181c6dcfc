/**
 * Issue 17, cheaper redraws: the live charts lay their grids out at fixed margins (charts/margins.ts), not by ECharts
 * measuring the labels, and no label, tick or axis name is cut at a chart's edge. Every text element ECharts draws
 * (its bounding box after rotation; canvas text is drawn as 'tspan' elements) must lie inside the chart, on each
 * dashboard page, in Chinese and in English. A control: the same chart with zero margins must show cut text.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, browser, trackedPage, waitForLiveCharts } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

/** Per live chart on the page: its id, the grid's layout mode, and the text drawn past its edges. */
function clipped(page) {
	return page.evaluate(() =>
		[...document.querySelectorAll('.live')].map((node) => {
			const chart = node.echartsInstance;
			const w = chart.getWidth();
			const h = chart.getHeight();
			const grid = chart.getOption().grid?.[0];
			const out = [];
			for (const el of chart.getZr().storage.getDisplayList(true)) {
				if ((el.type !== 'tspan' && el.type !== 'text') || el.ignore || el.invisible || !el.style?.text) continue;
				const r = el.getBoundingRect().clone();
				el.updateTransform?.();
				if (el.transform) r.applyTransform(el.transform);
				if (r.x < -1 || r.y < -1 || r.x + r.width > w + 1 || r.y + r.height > h + 1)
					out.push(`${el.style.text} [${Math.round(r.x)}, ${Math.round(r.y)}, ${Math.round(r.width)}×${Math.round(r.height)}] in ${w}×${h}`);
			}
			return { id: node.closest('[data-chart]')?.getAttribute('data-chart') ?? node.parentElement?.id ?? '?', mode: grid?.outerBoundsMode ?? null, out };
		})
	);
}

const PAGES = ['/', '/districts', '/years', '/indicators', '/streets', `/districts/${encodeURIComponent('白云区')}`, '/?lang=en', '/districts?lang=en'];

test('every live chart: fixed grid margins, no text cut at its edges', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	const bad = [];
	for (const path of PAGES) {
		await page.goto(`${BASE}${path}`);
		await waitForLiveCharts(page, 30000);
		// Charts below the fold draw when near the screen: scroll through the page so every one has drawn.
		await page.evaluate(async () => {
			for (let y = 0; y < document.body.scrollHeight; y += 600) {
				scrollTo(0, y);
				await new Promise((r) => setTimeout(r, 120));
			}
			scrollTo(0, 0);
		});
		await page.waitForTimeout(400);
		const charts = await clipped(page);
		if (path === '/') {
			// The check sees cut text: the first chart with no margins at all.
			const control = await page.evaluate(() => {
				const chart = document.querySelector('.live').echartsInstance;
				chart.setOption({ grid: { outerBoundsMode: 'none', left: 0, right: 0, top: 0, bottom: 0 } });
				return true;
			});
			assert.ok(control);
			const cut = (await clipped(page))[0];
			assert.ok(cut.out.length > 0, 'the control chart shows cut labels');
			await page.reload();
			await waitForLiveCharts(page, 30000);
		}
		assert.ok(charts.length > 0, `${path}: live charts`);
		for (const c of charts) {
			if (c.mode !== null && c.mode !== 'none') bad.push(`${path} ${c.id}: grid laid out by measuring (${c.mode})`);
			for (const o of c.out) bad.push(`${path} ${c.id}: ${o}`);
		}
		if (path === '/' || path === '/districts')
			await page.screenshot({ path: `${SHOTS}/margins${path === '/' ? '-overview' : '-districts'}.png`, fullPage: true });
	}
	assert.deepEqual(bad, []);
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	);
	await ctx.close();
});
