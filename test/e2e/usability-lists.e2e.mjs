/**
 * Issue 16 (usability), /reports in the URL, keyboard on filter selects, the demo banner: what leadership, analysts and the public met in a real browser —
 * each test failed before its fix.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, browser, count, kpi, trackedPage, waitForDb } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const appliedOnce = (page) => page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 60000 });

test('4. /reports: search text and sort are in the URL (a shared link shows the same list) and search reads the report text', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/reports?district=${encodeURIComponent('白云区')}`);
	await appliedOnce(page);
	const all = count(await page.getByTestId('report-count').textContent());
	await page.locator('input[name="q"]').fill('均禾');
	await page.getByRole('button', { name: /预算/ }).first().click();
	await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') && new URL(location.href).searchParams.get('q'));
	const shown = count(await page.getByTestId('report-count').textContent());
	assert.ok(shown > 0 && shown < all, `${shown} of ${all}`);
	const firstTitles = await page.locator('.table-wrap tbody tr td:first-child').evaluateAll((tds) => tds.slice(0, 5).map((td) => td.textContent));
	const shared = page.url();
	assert.equal(new URL(shared).searchParams.get('district'), '白云区');

	// The shared link in a new tab: the same filter, search, sort — the same list.
	const other = await ctx.newPage();
	await other.goto(shared);
	await other.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 60000 });
	assert.equal(await other.locator('input[name="q"]').inputValue(), '均禾');
	await other.waitForFunction((n) => document.querySelector('[data-testid="report-count"]').textContent.includes(String(n)), shown, { timeout: 20000 });
	assert.deepEqual(await other.locator('.table-wrap tbody tr td:first-child').evaluateAll((tds) => tds.slice(0, 5).map((td) => td.textContent)), firstTitles);

	// A phrase only in the reports' text (not in a title, unit or project) finds them.
	await other.goto(`${BASE}/reports?q=${encodeURIComponent('满意度')}`);
	await other.waitForFunction(
		() =>
			!document.querySelector('[data-testid="report-count"]').dataset.searching &&
			/\d/.test(document.querySelector('[data-testid="report-count"]').textContent),
		null,
		{ timeout: 60000 }
	);
	await other.waitForFunction(() => Number(document.querySelector('[data-testid="report-count"]').textContent.replace(/[^\d]/g, '')) > 0, null, {
		timeout: 30000
	});
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	); // leaving a page aborts its downloads: no error
	await ctx.close();
});

test('5. arrowing through a focused filter select applies only the option it rests on', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	await waitForDb(page);
	const marks = () => page.evaluate(() => performance.getEntriesByName('filter-applied').length);
	const h0 = await page.evaluate(() => history.length);
	const m0 = await marks();
	await page.locator('select[name="district"]').focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
	const third = await page.locator('select[name="district"] option').nth(3).getAttribute('value');
	await page.waitForFunction((m) => performance.getEntriesByName('filter-applied').length > m, m0, { timeout: 20000 });
	await page.waitForTimeout(1500);
	assert.equal(new URL(page.url()).searchParams.get('district'), third);
	assert.equal((await page.evaluate(() => history.length)) - h0, 1, 'one history entry');
	assert.equal((await marks()) - m0, 1, 'one query');
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	); // leaving a page aborts its downloads: no error
	await ctx.close();
});

test('7. the demo banner counts the synthetic reports of the view, not always the whole dataset', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	const whole = count(await page.getByTestId('demo-banner').textContent());
	await page.goto(`${BASE}/?from=2022&to=2022`);
	await appliedOnce(page);
	const synthetic2022 = count(await kpi(page, 'reports')) - 0;
	await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="demo-banner"]')?.textContent ?? ''), null, { timeout: 20000 });
	const n = count(await page.getByTestId('demo-banner').textContent());
	assert.ok(n > 0 && n < whole, `2022: ${n} of ${whole}`);
	assert.ok(n <= synthetic2022);
	await page.goto(`${BASE}/en?source=synthetic&grade=${encodeURIComponent('差')}`);
	await appliedOnce(page);
	await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="demo-banner"]')?.textContent ?? ''), null, { timeout: 20000 });
	assert.equal(count(await page.getByTestId('demo-banner').textContent()), count(await kpi(page, 'reports')));
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	); // leaving a page aborts its downloads: no error
	await ctx.close();
});
