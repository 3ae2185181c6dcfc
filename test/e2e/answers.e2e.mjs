/**
 * Issue 17, answers before the engine: with DuckDB-WASM's module, worker and the dataset held back (page.route), a
 * deep link with one filter and a filter change draw that state's figures from the build's answer files — checked
 * against figures computed here from the open-data CSV, not by the app — and a combination, which no file holds,
 * is drawn from the report cube (answers/cube.ts) on the overview, whose every query the cube answers.
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

const figures = (keep) => csvFigures(reports, keep);

/** A context where DuckDB-WASM never arrives until `release()`: its modules, workers and the dataset wait. */
async function noEngine() {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	let release;
	const gate = new Promise((r) => (release = r));
	const hold = async (route) => {
		await gate;
		await route.continue().catch(() => undefined);
	};
	for (const p of ['**/*.wasm', '**/duckdb-browser-*.js', '**/data/dataset.duckdb']) await ctx.route(p, hold);
	return { ctx, release };
}

const hydrated = (page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
const applied = (page, n = 1) => page.waitForFunction((n) => performance.getEntriesByName('filter-applied').length >= n, n, { timeout: 30000 });
const dbReady = (page) => page.evaluate(() => performance.getEntriesByName('db-ready').length > 0);

async function assertKpis(page, want, label) {
	assert.equal(count(await kpi(page, 'reports')), want.reports, `${label}: reports`);
	assert.equal(await kpi(page, 'rate'), `${(want.rate * 100).toFixed(1)}%`, `${label}: execution rate`);
	assert.equal(Number((await kpi(page, 'score')).replace(/[^\d.]/g, '')).toFixed(1), want.score.toFixed(1), `${label}: mean score`);
}

test('a deep link with one filter shows its own figures before DuckDB-WASM has arrived', async () => {
	const all = figures(() => true);
	for (const [district, lang] of [
		['白云区', '/'],
		['天河区', '/en']
	]) {
		const want = figures((r) => r.district === district);
		assert.ok(want.reports > 0 && want.reports < all.reports);
		const { ctx, release } = await noEngine();
		const { page, errors } = await trackedPage(ctx);
		await page.goto(`${BASE}${lang}?district=${encodeURIComponent(district)}`);
		await hydrated(page);
		await applied(page);
		assert.equal(await dbReady(page), false, 'the engine is held back');
		await assertKpis(page, want, district);
		assert.equal(await page.locator('[data-testid="chart-loading"]').count(), 0, 'charts drawn, not loading');
		// The demo banner counts this view's synthetic reports from the same file.
		const synthetic = reports.filter((r) => r.district === district && r.synthetic === 'true').length;
		await page.waitForFunction((n) => document.querySelector('[data-testid="demo-banner"]')?.textContent?.includes(` ${n} `), synthetic, { timeout: 5000 });
		// The district chart plots this district only (its own rows, not the whole city's).
		const source = await page.evaluate(() => performance.getEntriesByName('filter-applied').at(-1).detail?.source);
		assert.equal(source, 'answers');
		if (district === '白云区') await page.screenshot({ path: `${SHOTS}/answers-deeplink-before-engine.png` });
		release();
		await ctx.close();
		assert.deepEqual(
			errors.filter((e) => !e.includes('ERR_ABORTED') && !e.includes('net::')),
			[]
		);
	}
});

test('a filter change before DuckDB-WASM is ready draws the new state at once, a combination too (the report cube)', async () => {
	const { ctx, release } = await noEngine();
	const { page } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	await hydrated(page);
	// A filter control taking focus fetches the file its change will read.
	const fetched = page.waitForRequest((r) => r.url().endsWith('/answers/overview/district.json'), { timeout: 5000 });
	await page.focus('select[name="district"]');
	await fetched;
	await page.selectOption('select[name="district"]', '天河区');
	await applied(page, 1);
	assert.equal(await dbReady(page), false);
	await assertKpis(
		page,
		figures((r) => r.district === '天河区'),
		'天河区 chosen'
	);

	// A year alone (from 2023).
	await page.selectOption('select[name="district"]', '');
	await applied(page, 2);
	await page.selectOption('select[name="from"]', '2023');
	await applied(page, 3);
	await assertKpis(
		page,
		figures((r) => r.year !== '' && Number(r.year) >= 2023),
		'from 2023'
	);

	// A combination: no answer file has it, the engine is not there; the report cube answers every query of the overview.
	await page.selectOption('select[name="grade"]', '优');
	await applied(page, 4);
	assert.equal(await dbReady(page), false, 'the engine is still held back');
	assert.equal(await page.evaluate(() => performance.getEntriesByName('filter-applied').at(-1).detail?.source), 'cube');
	const want = figures((r) => r.year !== '' && Number(r.year) >= 2023 && r.grade === '优');
	await assertKpis(page, want, 'from 2023, 优');
	assert.equal(await page.locator('.chart-card [data-testid="chart-loading"]').count(), 0, 'charts drawn, not loading');
	release();
	// Once the engine is there, the same figures (a change now skips the engine for the cube's queries).
	await page.selectOption('select[name="district"]', '白云区');
	await applied(page, 5);
	await assertKpis(
		page,
		figures((r) => r.district === '白云区' && r.year !== '' && Number(r.year) >= 2023 && r.grade === '优'),
		'白云区, from 2023, 优'
	);
	await ctx.close();
});

test('a deep link with a combination of filters shows its own figures before DuckDB-WASM has arrived (the report cube)', async () => {
	for (const [query, keep, lang] of [
		[
			`district=${encodeURIComponent('白云区')}&from=2023&grade=${encodeURIComponent('优')}`,
			(r) => r.district === '白云区' && r.year !== '' && Number(r.year) >= 2023 && r.grade === '优',
			'/'
		],
		[
			`district=${encodeURIComponent('天河区')}&to=2022&source=synthetic`,
			(r) => r.district === '天河区' && r.year !== '' && Number(r.year) <= 2022 && r.synthetic === 'true',
			'/en'
		]
	]) {
		const want = figures(keep);
		assert.ok(want.reports > 0, query);
		const { ctx, release } = await noEngine();
		const { page, errors } = await trackedPage(ctx);
		await page.goto(`${BASE}${lang}?${query}`);
		await hydrated(page);
		await applied(page);
		assert.equal(await dbReady(page), false, 'the engine is held back');
		assert.equal(await page.evaluate(() => performance.getEntriesByName('filter-applied').at(-1).detail?.source), 'cube');
		await assertKpis(page, want, query);
		assert.equal(await page.locator('[data-testid="chart-loading"]').count(), 0, 'charts drawn, not loading');
		// the demo banner counts the same view's synthetic reports, from the cube too (not "counting" until the engine comes)
		const synthetic = reports.filter((r) => keep(r) && r.synthetic === 'true').length;
		await page.waitForFunction((n) => new RegExp(`\\b${n}\\b`).test(document.querySelector('[data-testid="demo-banner"]')?.textContent ?? ''), synthetic, {
			timeout: 10000
		});
		if (lang === '/') await page.screenshot({ path: `${SHOTS}/answers-cube-deeplink-before-engine.png` });
		release();
		await ctx.close();
		assert.deepEqual(
			errors.filter((e) => !e.includes('ERR_ABORTED') && !e.includes('net::')),
			[]
		);
	}
});

test('tables and sentence lists of other pages, and the report list, answer a single filter before the engine', async () => {
	const { ctx, release } = await noEngine();
	const { page } = await trackedPage(ctx);
	for (const path of ['/years', '/findings', '/districts', '/indicators', '/streets']) {
		await page.goto(`${BASE}${path}?district=${encodeURIComponent('白云区')}`);
		await hydrated(page);
		await applied(page);
		assert.equal(await page.locator('[data-pending="true"]').count(), 0, `${path}: nothing left loading`);
		assert.equal(await page.locator('[data-testid="chart-loading"]').count(), 0, `${path}: charts drawn`);
	}
	await page.goto(`${BASE}/reports?district=${encodeURIComponent('白云区')}&source=real`);
	await hydrated(page);
	await applied(page);
	const want = reports.filter((r) => r.district === '白云区' && r.synthetic === 'false').length;
	assert.equal(await page.locator('[data-pending="true"]').count(), 0);
	assert.equal(count(await page.locator('[data-testid="report-count"]').textContent()), want, `the list counts ${want} reports`);
	assert.equal(await dbReady(page), false);
	release();
	await ctx.close();
});

test('once DuckDB is ready: the overview sends no statement for what the cube answers; a page the cube does not answer whole takes a state seen before from the result cache', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page } = await trackedPage(ctx);
	const last = () => page.evaluate(() => performance.getEntriesByName('filter-queries').at(-1)?.detail);
	await page.goto(`${BASE}/`);
	await hydrated(page);
	// the idle warm-up has run: DuckDB is ready and idle
	await page.waitForFunction(() => performance.getEntriesByName('db-warm').length > 0, null, { timeout: 120000 });
	await page.selectOption('select[name="district"]', '海珠区');
	await applied(page, 1);
	const overview = await last();
	assert.equal(overview.ran, 0, 'the overview sends DuckDB nothing');
	assert.ok(overview.cube > 0, 'its queries come from the report cube');
	await assertKpis(
		page,
		figures((r) => r.district === '海珠区'),
		'海珠区 from the cube'
	);
	// /years compares evaluation types, which the cube does not hold: the engine runs it, and the cache keeps it
	// (in-app navigation: the engine stays ready)
	await page.click('.site-nav a[href*="/years"]');
	await page.waitForURL(/\/years/);
	await page.waitForFunction(() => !document.documentElement.hasAttribute('data-filters-pending'));
	// (the new page's own first draw settles before the count is taken)
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1000);
	const before = await page.evaluate(() => performance.getEntriesByName('filter-applied').length);
	await page.selectOption('select[name="district"]', '荔湾区');
	await applied(page, before + 1);
	assert.ok((await last()).ran > 0, 'a new state runs');
	await page.selectOption('select[name="grade"]', '优');
	await applied(page, before + 2);
	assert.ok((await last()).ran > 0, 'a combination runs');
	await page.goBack();
	await applied(page, before + 3);
	const back = await last();
	assert.equal(back.ran, 0, 'back: nothing runs');
	assert.ok(back.cached > 0, 'back: from the result cache');
	await page.goForward();
	await applied(page, before + 4);
	assert.equal((await last()).ran, 0, 'forward: nothing runs');
	await ctx.close();
});
