/**
 * Issue 17, a filtered link at first paint: the page was prerendered for no filter, so its figures are the whole
 * dataset's. app.html's first-paint script hides them (never a wrong number on screen), fills the KPI tiles with the
 * link's own figures when the page embeds them (a single filter: answers/firstpaint.server.ts), says the filtered
 * figures are loading (a status line, <main> aria-busy) and starts fetching the answer file before the app's scripts
 * arrive; the hydrated page then draws that state's figures from it at once. The app's scripts are held back
 * (page.route) to look at exactly what the reader sees from the first paint until the app runs; a sampler on every
 * animation frame records each figure the reports tile shows, from the first frame (what is on screen: the
 * first-paint figure while the page is marked, the tile's text after). Expected figures come from the open-data CSV,
 * not from the app.
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

/**
 * What a KPI tile shows on screen: while the page is marked pending, its first-paint figure or loading label (the
 * ::after content app.css draws over the hidden tile), else its text (innerText: nothing while hidden).
 */
const SHOWN = `window.__shown = (n) => {
	if (!n) return null;
	if (document.documentElement.hasAttribute('data-filters-pending')) {
		const c = getComputedStyle(n, '::after').content;
		return c && c !== 'none' ? c.replace(/^"|"$/g, '') : n.innerText.trim();
	}
	return n.innerText.trim();
};`;

/** Every distinct figure the reports tile shows on screen, frame by frame from the first. */
const SAMPLER = `(() => {
	${SHOWN}
	window.__seen = [];
	const frame = () => {
		const v = window.__shown(document.querySelector('[data-kpi="reports"]'));
		if (v != null && window.__seen[window.__seen.length - 1] !== v) window.__seen.push(v);
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
				return !n || window.__seen[window.__seen.length - 1] === window.__shown(n);
			},
			null,
			{ timeout: 10000 }
		)
		.catch(() => undefined);
	return page.evaluate(() => window.__seen);
};
const figures = (keep) => csvFigures(reports, keep);

/** What a tile shows on screen (SHOWN). */
const shownKpi = (page, name) => page.locator(`[data-kpi="${name}"]`).evaluate((e) => window.__shown(e));

/**
 * What is visible of the figures before the app runs: no prerendered figure anywhere; the KPI tiles show `want`'s
 * figures (the page embeds them) or say loading; no chart, the banner hidden; the status line says the filtered
 * figures are loading, and <main> is busy.
 */
async function assertHidden(page, label, want = null, lang = 'zh') {
	assert.equal(await pendingMark(page), true, `${label}: the document is marked pending`);
	for (const name of ['reports', 'budget', 'actual', 'rate', 'score']) {
		const tile = page.locator(`[data-kpi="${name}"]`);
		assert.equal(await tile.evaluate((e) => e.innerText.trim()), '', `${label}: ${name}'s prerendered figure hidden`);
		if (!want) assert.match(await shownKpi(page, name), /加载中|Loading/, `${label}: ${name} says loading`);
	}
	if (want) {
		assert.equal(count(await shownKpi(page, 'reports')), want.reports, `${label}: its report count at first paint`);
		assert.equal(await shownKpi(page, 'rate'), `${(want.rate * 100).toFixed(1)}%`, `${label}: its execution rate at first paint`);
		assert.equal(await shownKpi(page, 'score'), want.score.toFixed(1), `${label}: its mean score at first paint`);
		assert.match(await shownKpi(page, 'budget'), lang === 'en' ? /^¥[\d,]+\.\d\d m$/ : /^[\d,.]+(万元|亿元)$/, `${label}: its budget at first paint`);
	}
	for (const el of await page.locator('.chart-card .plot .ssr').all())
		assert.equal(await el.evaluate((e) => getComputedStyle(e).visibility), 'hidden', `${label}: prerendered chart hidden`);
	const banner = page.locator('[data-testid="demo-banner"]');
	if (await banner.count()) assert.equal(await banner.evaluate((e) => e.innerText.trim()), '', `${label}: the demo banner's whole-dataset count hidden`);
	const status = page.locator('[data-testid="first-paint-status"]');
	assert.equal(await status.isVisible(), true, `${label}: the status line shows`);
	assert.equal((await status.innerText()).trim(), lang === 'en' ? 'Loading the filtered figures…' : '正在按筛选条件加载…');
	assert.equal(await page.locator('main').getAttribute('aria-busy'), 'true', `${label}: <main> is busy`);
}

/** Once the app has drawn the state: the mark, the status line and <main>'s busy state are gone. */
async function assertSettled(page, label) {
	assert.equal(await pendingMark(page), false, `${label}: the mark is lifted once the page shows its state`);
	assert.equal(await page.locator('[data-testid="first-paint-status"]').isVisible(), false, `${label}: no status line`);
	assert.equal(await page.locator('main').getAttribute('aria-busy'), null, `${label}: <main> not busy`);
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
		// What the reader sees until the app's scripts arrive (held back here): the filter chosen, the district's
		// figures in the tiles (embedded in the page), nothing else drawn from the data.
		await assertHidden(page, district, want, prefix ? 'en' : 'zh');
		assert.equal(await page.locator('select[name="district"]').inputValue(), district, 'the menu shows the link’s district');
		assert.ok(requests.includes('/answers/overview/district.json'), 'the answer file is on its way before the app runs');
		assert.equal(await page.evaluate(() => document.documentElement.dataset.hydrated), undefined, 'the app has not run');
		if (!prefix) await page.screenshot({ path: `${SHOTS}/firstpaint-deeplink-before-app.png` });

		app();
		await hydrated(page);
		await applied(page);
		await assertSettled(page, district);
		assert.equal(count(await kpi(page, 'reports')), want.reports, `${district}: its report count`);
		assert.equal(await kpi(page, 'rate'), `${(want.rate * 100).toFixed(1)}%`, `${district}: its execution rate`);
		assert.equal(await page.evaluate(() => performance.getEntriesByName('filter-applied')[0].detail?.source), 'answers');
		// Every figure the tile ever showed, from the first frame: the district's count, and nothing else.
		const frames = await seen(page);
		assert.ok(/\d/.test(frames[0]), `${district}: a figure from the first frame ${JSON.stringify(frames)}`);
		const shown = frames.filter((v) => /\d/.test(v));
		assert.deepEqual([...new Set(shown.map(count))], [want.reports], `${district}: figures on screen ${JSON.stringify(frames)}`);
		if (!prefix) await page.screenshot({ path: `${SHOTS}/firstpaint-deeplink-hydrated.png` });
		engine();
		await ctx.close();
		assert.deepEqual(
			errors.filter((e) => !e.includes('ERR_ABORTED') && !e.includes('net::')),
			[]
		);
	}
});

test("a deep link into a district's page: one filter's tiles at first paint, the rest from the place's answer file before DuckDB, a combination loading until it answers; never the page's unfiltered figures", async () => {
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
		// One choice: its tiles' figures are embedded in the district's page; a combination's are not (loading).
		await assertHidden(page, `${name} ${query}`, engineFirst ? null : want);
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
	assert.equal(await page.locator('[data-testid="first-paint-status"]').isVisible(), false, 'no status line');
	assert.equal(await page.locator('main').getAttribute('aria-busy'), null, '<main> not busy');
	assert.equal(await page.locator('[data-testid="nojs-filters"]').count(), 0, 'the no-JavaScript notice stays in its <noscript>');
	app();
	engine();
	await ctx.close();
});

test('a deep link with a district, loaded as a reader loads it: its figures from the first frame to the end, never the unfiltered ones, in both languages', async () => {
	const all = figures(() => true);
	const byDistrict = new Map();
	for (const r of reports) if (r.district) byDistrict.set(r.district, (byDistrict.get(r.district) ?? 0) + 1);
	// The district with most reports (the bench's deep link) in Chinese, another in English.
	const [first, second] = [...byDistrict.entries()].sort((a, b) => b[1] - a[1]).map(([d]) => d);
	for (const [district, prefix] of [
		[first, ''],
		[second, '/en']
	]) {
		const want = figures((r) => r.district === district);
		const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
		await ctx.addInitScript({ content: SAMPLER });
		const { page, errors } = await trackedPage(ctx);
		await page.goto(`${BASE}${prefix || '/'}?district=${encodeURIComponent(district)}`);
		await applied(page);
		await assertSettled(page, district);
		assert.equal(count(await kpi(page, 'reports')), want.reports, `${district}: its report count`);
		assert.equal(await kpi(page, 'rate'), `${(want.rate * 100).toFixed(1)}%`, `${district}: its execution rate`);
		const shown = await seen(page);
		assert.equal(count(shown[0]), want.reports, `${district}: its count from the first frame ${JSON.stringify(shown)}`);
		const figs = [...new Set(shown.filter((v) => /\d/.test(v)).map(count))];
		assert.deepEqual(figs, [want.reports], `${district}: figures on screen ${JSON.stringify(shown)}`);
		assert.ok(!figs.includes(all.reports));
		assert.deepEqual(
			errors.filter((e) => !e.includes('ERR_ABORTED') && !e.includes('net::')),
			[]
		);
		await ctx.close();
	}
});

test('a deep link with a district and JavaScript off: the page says its filters are not applied and shows no filter, its figures the unfiltered ones as the filter bar says', async () => {
	const all = figures(() => true);
	for (const [prefix, notice] of [
		['', /未启用 JavaScript.*筛选条件不会生效.*未筛选/],
		['/en', /JavaScript is off.*filters in this link are ignored.*unfiltered figures/]
	]) {
		const ctx = await b.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		const page = await ctx.newPage();
		await page.goto(`${BASE}${prefix || '/'}?district=${encodeURIComponent('白云区')}`);
		assert.equal(await pendingMark(page), false, 'nothing marks the page without JavaScript');
		const n = page.locator('[data-testid="nojs-filters"]');
		assert.equal(await n.isVisible(), true, `${prefix || '/'}: the no-JavaScript notice shows`);
		assert.match(await n.innerText(), notice);
		assert.equal(await page.locator('select[name="district"]').inputValue(), '', 'the filter bar shows no district');
		assert.equal(count(await kpi(page, 'reports')), all.reports, 'the figures are the unfiltered ones the filter bar shows');
		assert.equal(await page.locator('[data-testid="first-paint-status"]').isVisible(), false, 'no loading status');
		if (!prefix) await page.screenshot({ path: `${SHOTS}/firstpaint-deeplink-nojs.png` });
		await ctx.close();
	}
});
