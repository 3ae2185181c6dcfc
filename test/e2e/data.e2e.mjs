/** Bringing one's own data: a bad CSV is explained, a report .txt shows up in the dashboard, forgetting restores it. */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, SHOTS, browser, count, kpi, trackedPage, waitForDb } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const USERDATA_READY = 30000;
async function userDataReady(page) {
	await page.waitForFunction(() => performance.getEntriesByName('userdata-ready').length > 0, null, { timeout: USERDATA_READY });
}
async function applied(page) {
	await page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 20000 });
}
const item = (page, name) => page.locator(`li.item[data-file="${name}"]`);
const REPORT = '2024-nanhuaxi-report.txt';

/** On /data: picks the good report .txt, loads it and waits until it is in; returns its list item. */
async function loadReport(page) {
	await page.setInputFiles('[data-testid="userdata-files"]', `test/userdata/good/${REPORT}`);
	const rep = item(page, REPORT);
	await rep.getByRole('button', { name: 'Load' }).click({ timeout: 20000 });
	await rep.and(page.locator('[data-phase="loaded"]')).waitFor({ timeout: 20000 });
	return rep;
}
/** On /data: forgets every row the user added and waits for the empty state. */
async function forget(page) {
	await page.getByRole('button', { name: 'Forget my data' }).click();
	await page.getByTestId('userdata-none').waitFor({ timeout: 20000 });
}
/** Opens /data in English and forgets the user's rows (clean-up after a test). */
async function forgetFromDataPage(page) {
	await page.goto(`${BASE}/en/data`);
	await userDataReady(page);
	await forget(page);
}

test('a bad CSV is refused with its file, row, column, value and reason; nothing changes', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/en/data`);
	await userDataReady(page);
	await page.setInputFiles('[data-testid="userdata-files"]', ['test/userdata/bad/rate-9000-percent.csv', 'test/userdata/bad/missing-columns.csv']);
	const rate = item(page, 'rate-9000-percent.csv');
	await rate.and(page.locator('[data-phase="checked"]')).waitFor({ timeout: 20000 });
	const text = await rate.textContent();
	assert.match(text, /9000 looks like a percent, write 90/);
	assert.match(text, /execution_rate/);
	assert.match(text, /1 of 1 rows have problems/);
	assert.equal(await rate.getByRole('button', { name: /^Load|Skip/ }).count(), 0, 'no rows to load');
	const missing = item(page, 'missing-columns.csv');
	await missing.and(page.locator('[data-phase="checked"]')).waitFor({ timeout: 20000 });
	assert.match(await missing.textContent(), /missing required columns: report_id/);
	await missing.getByRole('button', { name: 'Cancel' }).click();
	assert.match(await missing.textContent(), /Cancelled; nothing changed/);
	await page.screenshot({ path: `${SHOTS}/data-bad-csv.png`, fullPage: true });
	assert.equal(await page.getByTestId('userdata-none').count(), 1);
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('a report .txt loads, shows in the dashboard, persists across reloads; forget restores the original', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	page.on('dialog', (d) => d.accept());
	// Filters in the URL make the overview query the browser database (the default view is prerendered).
	await page.goto(`${BASE}/en?source=real`);
	await waitForDb(page);
	await applied(page);
	const before = count(await kpi(page, 'reports'));
	assert.ok(before > 0);

	await page.goto(`${BASE}/en/data?source=real`);
	await userDataReady(page);
	const rep = await loadReport(page);
	assert.match(await page.getByTestId('userdata-counts').textContent(), /reports: 1 rows/);

	// Client-side navigation keeps the database: the overview's live count includes the new report.
	await page.locator('nav.site-nav a').first().click();
	await page.waitForURL((u) => u.pathname === '/en');
	await applied(page);
	await page.waitForFunction((n) => Number(document.querySelector('[data-kpi="reports"]')?.textContent?.replace(/[^\d]/g, '')) === n, before + 1, {
		timeout: 20000
	});
	await page.screenshot({ path: `${SHOTS}/data-report-in-overview.png`, fullPage: true });

	// A reload restores the data from this browser's storage.
	await page.goto(`${BASE}/en/data?source=real`);
	await userDataReady(page);
	assert.match(await page.getByTestId('userdata-counts').textContent(), /reports: 1 rows/);

	// A second copy of the same report is refused as a duplicate.
	await page.setInputFiles('[data-testid="userdata-files"]', 'test/userdata/good/2024-nanhuaxi-report.txt');
	await rep.and(page.locator('[data-phase="checked"]')).waitFor({ timeout: 20000 });
	assert.match(await rep.textContent(), /this report is already loaded/);

	await forget(page);
	await page.locator('nav.site-nav a').first().click();
	await page.waitForURL((u) => u.pathname === '/en');
	await applied(page);
	await page.waitForFunction((n) => Number(document.querySelector('[data-kpi="reports"]')?.textContent?.replace(/[^\d]/g, '')) === n, before, {
		timeout: 20000
	});
	const stored = await page.evaluate(() => localStorage.getItem('perf-eval-userdata'));
	assert.equal(stored, null);
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('report documents: a .docx (mammoth) and a .pdf (pdfjs, printed by Chromium here) are extracted in the browser', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const printer = await ctx.newPage();
	const text = readFileSync('test/userdata/good/2024-nanhuaxi-report.txt', 'utf8');
	await printer.setContent(`<pre style="font: 14px 'Noto Serif CJK SC', serif; white-space: pre-wrap"></pre>`);
	await printer.locator('pre').evaluate((el, t) => (el.textContent = t), text);
	const pdf = await printer.pdf({ format: 'A4' });
	await printer.close();
	const { page, errors } = await trackedPage(ctx);
	page.on('dialog', (d) => d.accept());
	await page.goto(`${BASE}/en/data`);
	await userDataReady(page);
	await page.setInputFiles('[data-testid="userdata-files"]', [
		{
			name: '2023-shimen-report.docx',
			mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			buffer: readFileSync('test/userdata/good/2023-shimen-report.docx')
		},
		{ name: 'nanhuaxi.pdf', mimeType: 'application/pdf', buffer: pdf }
	]);
	for (const name of ['2023-shimen-report.docx', 'nanhuaxi.pdf']) {
		const it = item(page, name);
		await it.and(page.locator('[data-phase="checked"]')).waitFor({ timeout: 30000 });
		assert.match(await it.textContent(), /Ready: one report/, name);
	}
	await page.getByRole('button', { name: 'Load every ready file' }).click();
	await item(page, 'nanhuaxi.pdf').and(page.locator('[data-phase="loaded"]')).waitFor({ timeout: 20000 });
	await item(page, '2023-shimen-report.docx').and(page.locator('[data-phase="loaded"]')).waitFor({ timeout: 20000 });
	assert.match(await page.getByTestId('userdata-counts').textContent(), /reports: 2 rows/);
	await forget(page);
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('the add-data panel opens from every page', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	for (const path of ['/', '/districts', '/reports']) {
		await page.goto(`${BASE}/en${path === '/' ? '' : path}`);
		// The database starts after hydration, so the button has its handler by then; leaving earlier would
		// also abort the engine's worker request (reported as a failed request).
		await waitForDb(page);
		await page.getByTestId('userdata-open').click();
		await page.locator('dialog.userdata-dialog[open]').waitFor({ timeout: 10000 });
		assert.match(await page.locator('dialog.userdata-dialog').textContent(), /Drop files or a folder here/);
		await page.keyboard.press('Escape');
	}
	assert.deepEqual(errors, []);
	await ctx.close();
});

// The unfiltered views are prerendered; with user data in this browser QueryView queries live from the start.
test('the unfiltered overview counts the user’s report after a reload', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	page.on('dialog', (d) => d.accept());
	await page.goto(`${BASE}/en`);
	const shipped = count(await kpi(page, 'reports'));
	await waitForDb(page);
	await page.goto(`${BASE}/en/data`);
	await userDataReady(page);
	await loadReport(page);
	try {
		await page.goto(`${BASE}/en`);
		await page.waitForFunction((n) => Number(document.querySelector('[data-kpi="reports"]')?.textContent?.replace(/[^\d]/g, '')) === n, shipped + 1, {
			timeout: 30000
		});
	} finally {
		await forgetFromDataPage(page);
	}
	assert.deepEqual(errors, []);
	await ctx.close();
});

// The console opens its own database: it restores the same kept uploads, and its reset keeps them.
test('a report added on /data is counted in the SQL console, also after the console is reset', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	page.on('dialog', (d) => d.accept());
	await page.goto(`${BASE}/en/data`);
	await userDataReady(page);
	await loadReport(page);
	const firstCell = () => page.locator('.rgrid [role=row][aria-rowindex="2"] [role=gridcell]').first().textContent();
	const runQuery = async () => {
		const k = await page.evaluate(() => performance.getEntriesByName('sql-result').length);
		await page.getByRole('button', { name: /Run/ }).click();
		await page.waitForFunction((n) => performance.getEntriesByName('sql-result').length > n, k, { timeout: 30000 });
	};
	try {
		const q = new URLSearchParams({ q: 'SELECT count(*) AS n FROM reports WHERE user_data' });
		await page.goto(`${BASE}/en/sql?${q}`);
		await page.waitForFunction(() => performance.getEntriesByName('sql-ready').length > 0, null, { timeout: 60000 });
		await runQuery();
		assert.equal(await firstCell(), '1');
		// The /data tables behind the views are not listed as tables made in the console.
		assert.equal(await page.locator('details[data-table^="mine."]').count(), 0);
		await page.getByRole('button', { name: 'Reset database' }).click();
		await page.waitForFunction(() => /Reset:/.test(document.querySelector('.status')?.textContent ?? ''), null, { timeout: 60000 });
		await runQuery();
		assert.equal(await firstCell(), '1');
		await page.screenshot({ path: `${SHOTS}/data-in-sql.png`, fullPage: true });
	} finally {
		await forgetFromDataPage(page);
	}
	assert.deepEqual(errors, []);
	await ctx.close();
});
