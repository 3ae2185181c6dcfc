import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, browser, trackedPage, waitForLiveCharts } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

/** The English page of `path` (the language is the path prefix `/en`). */
function withLang(path) {
	const u = new URL(path, BASE);
	return (u.pathname === '/' ? '/en' : `/en${u.pathname}`) + u.search;
}

/** The first matching link on `path`, as a path (prerendered links may be relative). */
async function firstHref(page, path, selector) {
	await page.goto(`${BASE}${path}`);
	if (path.includes('?')) await page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 30000 });
	const href = await page.locator(selector).first().getAttribute('href');
	if (!href) return null;
	const u = new URL(href, page.url());
	return u.pathname + u.search;
}

test('every page renders without console errors; screenshots saved', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const probe = await ctx.newPage();
	const district = await firstHref(probe, '/districts', 'table a[href*="/districts/"]');
	const street = await firstHref(probe, '/streets', 'table a[href*="/streets/"]');
	const report = await firstHref(probe, '/reports?source=real', 'table a[href*="/reports/"]');
	const synthetic = await firstHref(probe, '/reports?source=synthetic', 'table a[href*="/reports/"]');
	await probe.close();
	const pages = [
		['overview', '/'],
		['overview-en', '/en'],
		['districts', '/districts'],
		['district', district],
		['streets', '/streets'],
		['street', street],
		['years', '/years'],
		['indicators', '/indicators'],
		['findings', '/findings'],
		['reports', '/reports'],
		['report', report],
		['report-en', report && withLang(report)],
		['report-synthetic', synthetic]
	];
	const problems = [];
	for (const [name, path] of pages) {
		assert.ok(path, `${name}: no link found`);
		const { page, errors } = await trackedPage(ctx);
		const res = await page.goto(`${BASE}${path}`);
		assert.equal(res.status(), 200, `${name} ${path}`);
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 20000 });
		await waitForLiveCharts(page);
		if (path.startsWith('/en')) await page.waitForFunction(() => document.documentElement.lang === 'en');
		await page.waitForTimeout(300);
		await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
		if (errors.length) problems.push(`${name}: ${errors.join(' | ')}`);
		await page.close();
	}
	assert.deepEqual(problems, []);
	await ctx.close();
});

test('overview at 360 px wide: no horizontal scrolling, charts drawn', async () => {
	const ctx = await b.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	await waitForLiveCharts(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	assert.ok(overflow <= 0, `page scrolls horizontally by ${overflow}px`);
	await page.screenshot({ path: `${SHOTS}/overview-360.png`, fullPage: true });
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('dark colour scheme', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/districts`);
	await waitForLiveCharts(page);
	await page.screenshot({ path: `${SHOTS}/districts-dark.png`, fullPage: true });
	assert.deepEqual(errors, []);
	await ctx.close();
});
