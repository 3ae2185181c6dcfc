/**
 * Issue 17, a filtered link at first paint: the page was prerendered for no filter, so its figures are the whole
 * dataset's. app.html's first-paint script hides them (never a wrong number on screen) and starts fetching the
 * answer file before the app's scripts arrive; the hydrated page then draws that state's figures from it at once.
 * The app's scripts are held back (page.route) to look at exactly what the reader sees from the first paint until
 * the app runs; a sampler on every animation frame records each figure the reports tile shows, from the first frame.
 * Expected figures come from the open-data CSV, not from the app.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, browser, count, csvFigures, kpi, shippedReports, trackedPage } from './helpers.mjs';

let b;
let reports;
before(async () => {
	b = await browser();
	reports = await shippedReports();
});
after(async () => b?.close());

/** Every distinct text the reports tile shows on screen (innerText: nothing while hidden), frame by frame from the first. */
const SAMPLER = `(() => {
	window.__seen = [];
	const frame = () => {
		const n = document.querySelector('[data-kpi="reports"]');
		const v = n ? n.innerText.trim() : null;
		if (n && window.__seen[window.__seen.length - 1] !== v) window.__seen.push(v);
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
})();`;

/**
 * A context where the app's scripts wait until `app()` and DuckDB-WASM (its module, workers, the dataset) until
 * `engine()`; the stylesheet and the page itself come at once. `requests` lists what was asked, in order, and when.
 */
async function held() {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	await ctx.addInitScript({ content: SAMPLER });
	const gate = () => {
		let open;
		const p = new Promise((r) => (open = r));
		return { p, open };
	};
	const app = gate();
	const engine = gate();
	const hold = (g) => async (route) => {
		await g.p;
		await route.continue().catch(() => undefined);
	};
	for (const p of ['**/*.wasm', '**/duckdb-browser-*.js', '**/data/dataset.duckdb']) await ctx.route(p, hold(engine));
	await ctx.route(/\/_app\/immutable\/.*\.js$/, hold(app));
	const requests = [];
	ctx.on('request', (r) => requests.push(new URL(r.url()).pathname));
	return { ctx, requests, app: app.open, engine: engine.open };
}

const hydrated = (page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 30000 });
const applied = (page) => page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 60000 });
const pendingMark = (page) => page.evaluate(() => document.documentElement.hasAttribute('data-filters-pending'));
/**
 * The sampler's record once it has caught up: it samples on animation frames, so under load the DOM can hold the
 * new figure a frame before the sampler has seen it; wait (bounded) until it records what the tile shows now.
 */
const seen = async (page) => {
	await page
		.waitForFunction(
			() => {
				const n = document.querySelector('[data-kpi="reports"]');
				return !n || window.__seen[window.__seen.length - 1] === n.innerText.trim();
			},
			null,
			{ timeout: 10000 }
		)
		.catch(() => undefined);
	return page.evaluate(() => window.__seen);
};
const figures = (keep) => csvFigures(reports, keep);

/** What is visible of the figures before the app runs: no number in a tile, no chart, the banner hidden. */
async function assertHidden(page, label) {
	assert.equal(await pendingMark(page), true, `${label}: the document is marked pending`);
	for (const name of ['reports', 'budget', 'actual', 'rate', 'score']) {
		const tile = page.locator(`[data-kpi="${name}"]`);
		assert.equal(await tile.evaluate((e) => e.innerText.trim()), '', `${label}: ${name} shows no figure`);
		assert.match(await tile.evaluate((e) => getComputedStyle(e, '::after').content), /加载中|Loading/, `${label}: ${name} says loading`);
	}
	for (const el of await page.locator('.chart-card .plot .ssr').all())
		assert.equal(await el.evaluate((e) => getComputedStyle(e).visibility), 'hidden', `${label}: prerendered chart hidden`);
	const banner = page.locator('[data-testid="demo-banner"]');
	if (await banner.count()) assert.equal(await banner.evaluate((e) => e.innerText.trim()), '', `${label}: the demo banner's whole-dataset count hidden`);
}

test('a deep link with one filter never shows the unfiltered figures: hidden from the first paint, its own once the app runs', async () => {
	const all = figures(() => true);
	for (const [district, prefix] of [
		['白云区', ''],
		['天河区', '/en']
	]) {
		const want = figures((r) => r.district === district);
		assert.ok(want.reports > 0 && want.reports < all.reports);
		const { ctx, requests, app, engine } = await held();
		const { page, errors } = await trackedPage(ctx);
		await page.goto(`${BASE}${prefix || '/'}?district=${encodeURIComponent(district)}`, { waitUntil: 'domcontentloaded' });
		await page.waitForFunction(() => window.__seen.length > 0);
		// What the reader sees until the app's scripts arrive (held back here): the filter chosen, no figure.
		await assertHidden(page, district);
		assert.equal(await page.locator('select[name="district"]').inputValue(), district, 'the menu shows the link’s district');
		assert.ok(requests.includes('/answers/overview/district.json'), 'the answer file is on its way before the app runs');
		assert.equal(await page.evaluate(() => document.documentElement.dataset.hydrated), undefined, 'the app has not run');
		if (!prefix) await page.screenshot({ path: `${SHOTS}/firstpaint-deeplink-before-app.png` });

		app();
		await hydrated(page);
		await applied(page);
		assert.equal(await pendingMark(page), false, 'the mark is lifted once the page shows its state');
		assert.equal(count(await kpi(page, 'reports')), want.reports, `${district}: its report count`);
		assert.equal(await kpi(page, 'rate'), `${(want.rate * 100).toFixed(1)}%`, `${district}: its execution rate`);
		assert.equal(await page.evaluate(() => performance.getEntriesByName('filter-applied')[0].detail?.source), 'answers');
		// Every figure the tile ever showed, from the first frame: nothing, loading, then the district's count.
		const shown = (await seen(page)).filter((v) => /\d/.test(v));
		assert.deepEqual([...new Set(shown.map(count))], [want.reports], `${district}: figures on screen ${JSON.stringify(await seen(page))}`);
		if (!prefix) await page.screenshot({ path: `${SHOTS}/firstpaint-deeplink-hydrated.png` });
		engine();
		await ctx.close();
		assert.deepEqual(
			errors.filter((e) => !e.includes('ERR_ABORTED') && !e.includes('net::')),
			[]
		);
	}
});

test("a deep link into a district's page: one filter drawn from the place's answer file before DuckDB, a combination loading until it answers; never the page's unfiltered figures", async () => {
	const name = '白云区';
	const whole = figures((r) => r.district === name);
	for (const [query, keep, engineFirst] of [
		['from=2023', (r) => r.year !== '' && Number(r.year) >= 2023, false],
		[`from=2023&grade=${encodeURIComponent('优')}`, (r) => r.year !== '' && Number(r.year) >= 2023 && r.grade === '优', true]
	]) {
		const want = figures((r) => r.district === name && keep(r));
		assert.ok(want.reports > 0 && want.reports < whole.reports);
		const { ctx, app, engine } = await held();
		const { page } = await trackedPage(ctx);
		await page.goto(`${BASE}/districts/${encodeURIComponent(name)}?${query}`, { waitUntil: 'domcontentloaded' });
		await page.waitForFunction(() => window.__seen.length > 0);
		await assertHidden(page, `${name} ${query}`);
		assert.equal(await page.locator('select[name="from"]').inputValue(), '2023');
		for (const el of await page.locator('[data-by-filters]:not(dd):not(.plot) > *').all())
			assert.equal(await el.evaluate((e) => getComputedStyle(e).visibility), 'hidden', 'tables hidden');
		app();
		await hydrated(page);
		if (engineFirst) {
			await page.waitForTimeout(300);
			assert.match(await kpi(page, 'reports'), /加载中/, 'no answer file holds a combination: loading until the engine answers');
			engine();
		}
		await applied(page);
		assert.equal(count(await kpi(page, 'reports')), want.reports, query);
		const source = await page.evaluate(() => performance.getEntriesByName('filter-applied')[0].detail?.source);
		assert.equal(source, engineFirst ? undefined : 'answers', query);
		// The report list: that state's reports, filtered from the page's prerendered list before the engine.
		assert.equal(await page.locator('#reports-title + div tbody tr').count(), want.reports, `${query}: report list`);
		const shown = (await seen(page)).filter((v) => /\d/.test(v));
		assert.deepEqual([...new Set(shown.map(count))], [want.reports], `figures on screen ${JSON.stringify(await seen(page))}`);
		if (!engineFirst) await page.screenshot({ path: `${SHOTS}/firstpaint-district-page-answers.png`, fullPage: true });
		engine();
		await ctx.close();
	}
});

test('an unfiltered link is not marked: its prerendered figures show from the first paint, before the app runs', async () => {
	const { ctx, requests, app, engine } = await held();
	const { page } = await trackedPage(ctx);
	await page.goto(`${BASE}/`, { waitUntil: 'domcontentloaded' });
	await page.waitForFunction(() => window.__seen.length > 0);
	assert.equal(await pendingMark(page), false);
	assert.equal(count(await kpi(page, 'reports')), reports.length);
	assert.equal(await page.locator('[data-kpi="reports"]').evaluate((e) => getComputedStyle(e).visibility), 'visible');
	assert.equal(requests.filter((r) => r.startsWith('/answers/')).length, 0, 'no answer file fetched');
	app();
	engine();
	await ctx.close();
});
