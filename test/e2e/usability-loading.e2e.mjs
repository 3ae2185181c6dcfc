/**
 * Issue 16 (usability), deep-linked filtered views while the database loads: what leadership, analysts and the public met in a real browser —
 * each test failed before its fix.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, browser, count, kpi, trackedPage } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

/**
 * A context whose dataset download waits until `release()` is called (DuckDB "still loading"), and the report cube's
 * file with it (the cube answers the overview's combinations before the engine: answers.e2e.mjs; held here, nothing
 * can answer them, which is the state these tests are about).
 */
async function heldDataset(opts = {}) {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
	let release;
	const gate = new Promise((r) => (release = r));
	for (const p of ['**/data/dataset.duckdb', '**/answers/cube.json'])
		await ctx.route(p, async (route) => {
			await gate;
			await route.continue();
		});
	return { ctx, release };
}

const hydrated = (page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
const appliedOnce = (page) => page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 60000 });

// One filter alone is answered from the build's answer files before the engine (answers.e2e.mjs); a combination
// (a district and a grade) is in no answer file, and with the report cube held back it waits for DuckDB: loading,
// never another state's numbers.
const COMBO = `district=${encodeURIComponent('白云区')}&grade=${encodeURIComponent('良')}`;

test('1. a deep-linked filtered view shows a loading state, never the unfiltered numbers, until its query answers', async () => {
	// The whole dataset's count, as the default view shows it.
	const plain = await b.newContext();
	const p0 = await plain.newPage();
	await p0.goto(`${BASE}/`);
	const total = count(await kpi(p0, 'reports'));
	await plain.close();

	const { ctx, release } = await heldDataset();
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/?${COMBO}`);
	await hydrated(page);
	await page.waitForTimeout(400);
	assert.equal(await page.locator('select[name="district"]').inputValue(), '白云区');
	// No figure of the whole dataset under the 白云区 filter: the tiles, every chart and its table say loading.
	assert.notEqual(count(await kpi(page, 'reports')), total, 'reports tile shows the unfiltered count');
	assert.match(await kpi(page, 'reports'), /加载中/);
	assert.match(await kpi(page, 'budget'), /加载中/);
	const charts = await page.locator('.chart-card').count();
	assert.ok(charts >= 3);
	assert.equal(await page.locator('.chart-card [data-testid="chart-loading"]').count(), charts, 'every chart covered');
	for (const el of await page.locator('.chart-card .plot .live, .chart-card .plot .ssr').all())
		assert.equal(await el.evaluate((e) => getComputedStyle(e).visibility), 'hidden');
	await page.screenshot({ path: `${SHOTS}/usability-1-deeplink-loading.png` });
	release();
	await appliedOnce(page);
	const filtered = count(await kpi(page, 'reports'));
	assert.ok(filtered > 0 && filtered < total, `白云区, 良: ${filtered} of ${total}`);
	assert.equal(await page.locator('[data-testid="chart-loading"]').count(), 0);

	// /years: the table and the comparison are hidden too; /findings: the sentence list.
	for (const path of ['/years', '/findings']) {
		const held = await heldDataset();
		const { page: p } = await trackedPage(held.ctx);
		await p.goto(`${BASE}${path}?${COMBO}`);
		await hydrated(p);
		await p.waitForTimeout(300);
		const pending = await p.locator('[data-pending="true"]').count();
		assert.ok(pending >= 1, `${path}: table or list marked loading`);
		for (const el of await p.locator('[data-pending="true"] > :not(.cover)').all())
			assert.equal(await el.evaluate((e) => getComputedStyle(e).visibility), 'hidden', `${path} content hidden`);
		held.release();
		await appliedOnce(p);
		assert.equal(await p.locator('[data-pending="true"]').count(), 0, `${path}: loading state gone once answered`);
		await held.ctx.close();
	}
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	); // leaving a page aborts its downloads: no error
	await ctx.close();
});
