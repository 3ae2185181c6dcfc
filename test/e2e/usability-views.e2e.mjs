/**
 * Issue 16 (what BI users expect): saved views — a named set of filters kept in this browser, listed in a menu, opened
 * as a link whose URL carries the filters, deletable; in Chinese and English, from the keyboard.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, browser, trackedPage } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const hydrated = (page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 30000 });

test('saved views: save by name, kept across reloads, open as a filtered link (zh and en), delete — keyboard only', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/districts?district=${encodeURIComponent('白云区')}&from=2023`);
	await hydrated(page);
	const menu = page.getByTestId('saved-views');
	await menu.locator('summary').focus();
	await page.keyboard.press('Enter');
	assert.match(await menu.textContent(), /还没有保存的视图/);
	await menu.locator('input[name="view-name"]').focus();
	await page.keyboard.type('白云区近年');
	await page.keyboard.press('Enter');
	const link = menu.getByTestId('saved-view');
	assert.equal(await link.count(), 1);
	assert.equal(await link.textContent(), '白云区近年');
	const href = new URL(await link.getAttribute('href'), BASE);
	assert.equal(href.pathname, '/districts');
	assert.equal(href.searchParams.get('district'), '白云区');
	assert.equal(href.searchParams.get('from'), '2023');
	assert.match(await menu.locator('[role="status"]').textContent(), /已保存视图“白云区近年”/);
	await page.screenshot({ path: `${SHOTS}/saved-views-zh.png` });

	// Another page without filters, after a reload: the view is still listed and opens its filters.
	await page.goto(`${BASE}/years`);
	await hydrated(page);
	await menu.locator('summary').focus();
	await page.keyboard.press('Enter');
	await link.focus();
	await Promise.all([page.waitForURL(/\/districts\?/), page.keyboard.press('Enter')]);
	await hydrated(page);
	assert.equal(await page.locator('select[name="district"]').inputValue(), '白云区');
	assert.equal(await page.locator('select[name="from"]').inputValue(), '2023');

	// English: the same view, its link in English; a second view saved; the first deleted from the keyboard.
	await page.goto(`${BASE}/en/years?grade=${encodeURIComponent('优')}`);
	await hydrated(page);
	await menu.locator('summary').focus();
	await page.keyboard.press('Enter');
	assert.equal(new URL(await link.first().getAttribute('href'), BASE).pathname, '/en/districts');
	await menu.locator('input[name="view-name"]').fill('Top grade');
	await menu.getByRole('button', { name: 'Save current filters' }).click();
	assert.deepEqual(await link.allTextContents(), ['Top grade', '白云区近年']);
	const top = new URL(await link.first().getAttribute('href'), BASE);
	assert.equal(top.pathname, '/en/years');
	assert.equal(top.searchParams.get('grade'), '优');
	await page.screenshot({ path: `${SHOTS}/saved-views-en.png` });
	const del = menu.getByRole('button', { name: 'Delete view "白云区近年"' });
	await del.focus();
	await page.keyboard.press('Enter');
	assert.deepEqual(await link.allTextContents(), ['Top grade']);
	await page.reload();
	await hydrated(page);
	assert.deepEqual(await link.allTextContents(), ['Top grade'], 'deleted for good');
	assert.deepEqual(
		errors.filter((e) => !/ERR_ABORTED/.test(e)),
		[]
	);
	await ctx.close();
});
