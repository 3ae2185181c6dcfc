import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { BASE, browser, waitForDb, waitForLiveCharts } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const median = (xs) => [...xs].sort((a, c) => a - c)[Math.floor(xs.length / 2)];

// Timing goals (first chart ≤ 0.5 s, filter → redraw ≤ 50 ms) live in `npm run bench`, not in tests: this
// machine is shared and noisy. Here we check that the marks the benchmark reads are set, and record figures.
test('performance marks first-chart and filter-applied are set; figures recorded in test-results/perf.json', async () => {
	const firsts = [];
	const paints = [];
	const filters = [];
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	for (let i = 0; i < 5; i++) {
		const page = await ctx.newPage();
		await page.goto(`${BASE}/`);
		await waitForLiveCharts(page);
		firsts.push(await page.evaluate(() => performance.getEntriesByName('first-chart')[0].startTime));
		paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
		await waitForDb(page);
		const values = await page.locator('select[name="district"] option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
		for (const v of values.slice(0, 3)) {
			const ms = await page.evaluate(async (value) => {
				const n = performance.getEntriesByName('filter-applied').length;
				const sel = document.querySelector('select[name="district"]');
				const t0 = performance.now();
				sel.value = value;
				sel.dispatchEvent(new Event('change', { bubbles: true }));
				for (;;) {
					const marks = performance.getEntriesByName('filter-applied');
					if (marks.length > n) return marks[marks.length - 1].startTime - t0;
					await new Promise((r) => setTimeout(r, 1));
				}
			}, v);
			filters.push(ms);
		}
		await page.close();
	}
	await ctx.close();
	const result = {
		firstContentfulPaintMs: paints,
		medianFirstContentfulPaintMs: median(paints),
		firstChartMs: firsts,
		filterAppliedMs: filters,
		medianFirstChartMs: median(firsts),
		medianFilterAppliedMs: median(filters)
	};
	writeFileSync('test-results/perf.json', JSON.stringify(result, null, 2));
	console.log(
		`perf: first-contentful-paint (prerendered SVG on screen) median ${result.medianFirstContentfulPaintMs.toFixed(0)} ms; first-chart median ${result.medianFirstChartMs.toFixed(0)} ms ${JSON.stringify(firsts.map(Math.round))}; filter-applied median ${result.medianFilterAppliedMs.toFixed(1)} ms ${JSON.stringify(filters.map(Math.round))}`
	);
	assert.equal(firsts.length, 5, 'first-chart mark set on every load');
	assert.ok(
		firsts.every((ms) => Number.isFinite(ms) && ms > 0),
		`first-chart marks: ${firsts}`
	);
	assert.ok(filters.length > 0 && filters.every((ms) => Number.isFinite(ms) && ms >= 0), `filter-applied marks: ${filters}`);
});

// What `npm start` sends: the engine precompressed at build time, as WebAssembly (compiled while it streams).
test('the DuckDB engine and the dataset arrive compressed (brotli), the engine as application/wasm', async () => {
	const ctx = await b.newContext();
	const page = await ctx.newPage();
	const seen = [];
	// The context sees the worker's requests too (the engine is fetched by DuckDB's worker).
	ctx.on('response', (r) => /\.wasm$|\/data\/dataset\.duckdb$/.test(new URL(r.url()).pathname) && seen.push(r));
	await page.goto(`${BASE}/`);
	await waitForDb(page, 120000);
	const engine = seen.find((r) => /duckdb-(eh|mvp)\.[^/]*\.wasm$/.test(r.url()));
	assert.ok(engine, `engine fetched: ${seen.map((r) => r.url())}`);
	const h = await engine.allHeaders();
	assert.equal(h['content-type'], 'application/wasm');
	assert.equal(h['content-encoding'], 'br');
	assert.match(h['cache-control'], /immutable/);
	const { responseBodySize } = await engine.request().sizes();
	assert.ok(responseBodySize > 0 && responseBodySize < 10 * 2 ** 20, `engine bytes on the wire: ${responseBodySize}`);
	const data = seen.find((r) => r.url().endsWith('/data/dataset.duckdb'));
	assert.ok(data, 'dataset fetched');
	assert.equal((await data.allHeaders())['content-encoding'], 'br');
	await ctx.close();
});
