import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, browser, trackedPage } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

test('a report page highlights the evidence of a clicked figure', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/reports?source=real`);
	await page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 30000 });
	const link = page.locator('table a[href*="/reports/"]').first();
	await link.click();
	await page.waitForURL(/\/reports\/[0-9a-f]{16}/);
	assert.equal(await page.locator('h1 .badge.synthetic').count(), 0, 'a real report carries no synthetic badge');

	const figures = page.locator('button.fig');
	assert.ok((await figures.count()) > 0, 'report has figures with evidence');
	assert.equal(await page.locator('mark.ev.active').count(), 0);
	const fig = figures.last();
	await fig.click();
	const marked = page.locator('mark.ev.active').first();
	await marked.waitFor();
	const text = (await marked.textContent()).trim();
	assert.ok(text.length > 0, 'marked sentence has text');
	// The marked sentence is scrolled into the source panel's view.
	const visible = await marked.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const pane = el.closest('.source').getBoundingClientRect();
		return box.bottom > pane.top && box.top < pane.bottom;
	});
	assert.ok(visible, 'marked sentence visible in the source panel');
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('report text is rendered as text (no HTML from the source)', async () => {
	const ctx = await b.newContext();
	const page = await ctx.newPage();
	await page.goto(`${BASE}/reports`);
	const href = await page.locator('table a[href*="/reports/"]').first().getAttribute('href');
	await page.goto(new URL(href, page.url()).href);
	const source = page.locator('[data-testid="source"]');
	// Only <mark> elements (our highlights) may appear inside the source text.
	const tags = await source.evaluate((el) => [...el.querySelectorAll('*')].map((n) => n.tagName).filter((n) => n !== 'MARK'));
	assert.deepEqual(tags, []);
	await ctx.close();
});
