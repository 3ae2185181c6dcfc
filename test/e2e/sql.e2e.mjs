/** SQL console (/sql) end to end: results, errors with their position, cancel, share links, refusals, export, a large result. */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { BASE, SHOTS, browser, trackedPage } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

/** Opens the console (optionally with `q` and English) and waits for its database. */
async function openConsole(q, lang = 'en') {
	const ctx = await b.newContext({ viewport: { width: 1360, height: 1000 }, acceptDownloads: true });
	const tracked = await trackedPage(ctx);
	const params = new URLSearchParams();
	if (q != null) params.set('q', q);
	await tracked.page.goto(`${BASE}${lang === 'en' ? '/en' : ''}/sql?${params}`);
	await tracked.page.waitForFunction(() => performance.getEntriesByName('sql-ready').length > 0, null, { timeout: 60000 });
	await tracked.page.locator('.cm-content').waitFor();
	return { ctx, ...tracked };
}

/** Runs what is in the editor with Ctrl+Enter (cursor at the end) and waits for the next result mark. */
async function runAtEnd(page) {
	const n = await page.evaluate(() => performance.getEntriesByName('sql-result').length);
	await page.locator('.cm-content').click();
	await page.keyboard.press('Control+End');
	await page.keyboard.press('Control+Enter');
	return n;
}

async function waitResult(page, n, timeout = 30000) {
	await page.waitForFunction((k) => performance.getEntriesByName('sql-result').length > k, n, { timeout });
}

/** Runs the editor's statement (or selection) with `act` (Ctrl+Enter by default) and waits for its result. */
async function runAndWait(page, act = () => page.keyboard.press('Control+Enter')) {
	const n = await page.evaluate(() => performance.getEntriesByName('sql-result').length);
	await act();
	await waitResult(page, n);
}

/** Saves a download (the runner's browser is remote, so path() is unavailable) and reads it. */
async function saved(download) {
	const file = join(await mkdtemp(join(tmpdir(), 'sql-e2e-')), download.suggestedFilename());
	await download.saveAs(file);
	return readFile(file);
}

const editorText = (page) => page.evaluate(() => [...document.querySelectorAll('.cm-content .cm-line')].map((l) => l.textContent).join('\n'));
const cell = (page, row, col) =>
	page
		.locator(`.rgrid [role=row][aria-rowindex="${row + 1}"] [role=gridcell]`)
		.nth(col)
		.textContent();

test('run a query (button and Ctrl+Enter), see rows, types, count and time; sort; chart', async () => {
	const q = 'SELECT district, count(*) AS n, round(avg(score), 1) AS mean_score\nFROM reports\nWHERE district IS NOT NULL\nGROUP BY district\nORDER BY n DESC';
	const { ctx, page, errors } = await openConsole(q);
	const before = await page.evaluate(() => performance.getEntriesByName('sql-result').length);
	await page.getByRole('button', { name: /Run/ }).click();
	await waitResult(page, before);
	const summary = await page.locator('[data-testid=result-summary]').textContent();
	assert.match(summary, /\d+ rows · \d/);
	const headers = await page.locator('.rgrid [role=columnheader] .name').allTextContents();
	assert.deepEqual(headers, ['district', 'n', 'mean_score']);
	const types = await page.locator('.rgrid [role=columnheader] .type').allTextContents();
	assert.deepEqual(types, ['VARCHAR', 'BIGINT', 'DOUBLE']);
	const rows = Number(await page.locator('[data-testid=result-summary] [data-rows]').getAttribute('data-rows'));
	assert.ok(rows >= 2, `several districts (${rows})`);
	const n1 = Number(await cell(page, 1, 2));
	const n2 = Number(await cell(page, 2, 2));
	assert.ok(n1 >= n2, 'ordered by n desc');

	// Sort ascending by n with a header click.
	await page.locator('.rgrid [role=columnheader]', { hasText: /^n/ }).getByRole('button').click();
	assert.equal(await page.locator('.rgrid [role=columnheader][aria-sort=ascending] .name').textContent(), 'n');
	assert.ok(Number(await cell(page, 1, 2)) <= Number(await cell(page, 2, 2)), 'sorted ascending');

	// Ctrl+Enter runs the statement under the cursor; a new result starts unsorted.
	const k = await runAtEnd(page);
	await waitResult(page, k);
	assert.equal(await page.locator('.rgrid [role=columnheader][aria-sort=ascending]').count(), 0);
	assert.equal(Number(await cell(page, 1, 2)), n1);
	await page.screenshot({ path: `${SHOTS}/sql-result.png`, fullPage: true });

	// Quick chart.
	await page.getByRole('button', { name: 'Chart', exact: true }).click();
	await page.locator('.quick-chart canvas').waitFor();
	const series = await page.evaluate(() => document.querySelector('.quick-chart').echartsInstance.getOption().series[0]);
	assert.equal(series.type, 'bar');
	assert.equal(series.data.length, rows);
	await page.selectOption('select[name=chart-kind]', 'pie');
	await page.waitForFunction(() => document.querySelector('.quick-chart').echartsInstance.getOption().series[0].type === 'pie');
	await page.waitForTimeout(1500);
	await page.screenshot({ path: `${SHOTS}/sql-chart.png`, fullPage: true });
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('a syntax error shows its line and column and is marked in the editor', async () => {
	const q = 'SELECT 1;\n\nSELECT district,\n       nosuch\nFROM reports';
	const { ctx, page } = await openConsole(q);
	await runAtEnd(page);
	const problem = page.locator('.problem[data-kind=error]');
	await problem.waitFor({ timeout: 30000 });
	const text = await problem.textContent();
	assert.match(text, /line 4, column 8/);
	assert.match(text, /nosuch/);
	assert.equal(await page.locator('.cm-lintRange-error').first().textContent(), 'nosuch');
	// A parser error too.
	await page.locator('.cm-content').click();
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText('SELECT *\nFROM reports\nWHER year = 2022');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Control+Enter');
	await page.waitForFunction(() => /line 3, column 6/.test(document.querySelector('.problem[data-kind=error]')?.textContent ?? ''), null, { timeout: 30000 });
	await page.screenshot({ path: `${SHOTS}/sql-error.png`, fullPage: true });
	await ctx.close();
});

test('autocompletion offers tables, columns and functions', async () => {
	const { ctx, page } = await openConsole('');
	await page.locator('.cm-content').click();
	const offers = async (typed, label) => {
		await page.keyboard.type(typed, { delay: 30 });
		const option = page.locator('.cm-tooltip-autocomplete li', { hasText: label }).first();
		await option.waitFor({ timeout: 10000 });
		return (await option.textContent()).trim();
	};
	assert.match(await offers('SELECT execution_r', 'execution_rate'), /execution_rate/);
	await page.keyboard.press('Escape');
	assert.match(await offers(', quantile_c', 'quantile_cont'), /quantile_cont/);
	await page.keyboard.press('Escape');
	assert.match(await offers(' FROM indic', 'indicators'), /indicators/);
	await page.keyboard.press('Escape');
	await ctx.close();
});

test('cancel stops a long cross join and the page stays usable', async () => {
	const { ctx, page, errors } = await openConsole('SELECT count(*) FROM range(100000000) a, range(1000) b');
	await page.getByRole('button', { name: /Run/ }).click();
	const cancel = page.getByRole('button', { name: /Cancel/ });
	await page.waitForFunction(() => /Running/.test(document.querySelector('.status')?.textContent ?? ''), null, { timeout: 10000 });
	assert.equal(await cancel.isEnabled(), true);
	// The page answers while the query runs: the timer moves and the view toggles respond.
	const t1 = await page.locator('.status').textContent();
	const started = Date.now();
	await page.locator('.cm-content').click();
	await page.keyboard.type(' ');
	assert.ok(Date.now() - started < 2000, 'typing responds while the query runs');
	await page.waitForTimeout(800);
	const t2 = await page.locator('.status').textContent();
	assert.notEqual(t1, t2, 'elapsed time keeps updating');
	const asked = Date.now();
	await cancel.click();
	await page.waitForFunction(() => /cancelled|stopped/i.test(document.querySelector('.status')?.textContent ?? ''), null, { timeout: 15000 });
	const took = Date.now() - asked;
	const status = await page.locator('.status').textContent();
	console.log(`cancel took ${took} ms: ${status.trim()}`);
	await page.screenshot({ path: `${SHOTS}/sql-cancelled.png`, fullPage: true });
	// The console still runs queries.
	await page.waitForFunction(() => !document.querySelector('.actions button.primary')?.disabled, null, { timeout: 60000 });
	await page.locator('.cm-content').click();
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText('SELECT 42 AS answer');
	await runAndWait(page);
	assert.equal(await cell(page, 1, 1), '42');
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('the share link round-trips the query', async () => {
	const { ctx, page } = await openConsole(null);
	await page.selectOption('select[name=example]', 'self-vs-department');
	const sql = await editorText(page);
	assert.match(sql, /单位自评/);
	await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: /share link/ }).click();
	const href = await page.locator('input.share-url').inputValue();
	assert.match(href, /\/sql\?q=/);
	await page.close();
	const page2 = await ctx.newPage();
	await page2.goto(href);
	await page2.locator('.cm-content').waitFor({ timeout: 60000 });
	assert.equal(await editorText(page2), sql);
	assert.equal(new URL(page2.url()).searchParams.get('q'), sql);
	await ctx.close();
});

test('refused statements are explained before anything runs', async () => {
	const cases = [
		["ATTACH 'https://example.com/x.duckdb' AS y", /cannot attach/],
		["SELECT * FROM read_csv('https://example.com/a.csv')", /cannot read files or URLs \(read_csv\)/],
		["COPY reports TO 'out.csv'", /COPY/],
		['SET enable_external_access = true', /enable_external_access/],
		['DROP VIEW reports', /read-only/]
	];
	const { ctx, page } = await openConsole('SELECT 1');
	const requests = [];
	page.on('request', (r) => !r.url().startsWith(BASE) && !r.url().startsWith('blob:') && !r.url().startsWith('data:') && requests.push(r.url()));
	for (const [sql, re] of cases) {
		await page.locator('.cm-content').click();
		await page.keyboard.press('Control+a');
		await page.keyboard.insertText(`-- note\n${sql}`);
		await page.keyboard.press('Control+Enter');
		const refused = page.locator('.problem[data-kind=refused]');
		await page.waitForFunction((src) => new RegExp(src).test(document.querySelector('.problem[data-kind=refused]')?.textContent ?? ''), re.source, {
			timeout: 10000
		});
		assert.match(await refused.textContent(), re, sql);
		assert.match(await refused.textContent(), /line 2/);
	}
	await page.screenshot({ path: `${SHOTS}/sql-refused.png`, fullPage: true });
	// The shipped tables are intact.
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText('SELECT count(*) AS n FROM reports');
	await runAndWait(page);
	assert.ok(Number(await cell(page, 1, 1)) > 0);
	assert.deepEqual(requests, []);
	assert.match(await page.locator('.lock').textContent(), /configuration locked/);

	// A selection of several statements runs them in order and shows the last result.
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText('CREATE TABLE t1 AS SELECT 41 AS x;\nSELECT x + 1 AS y FROM t1;');
	await page.keyboard.press('Control+a');
	await runAndWait(page);
	assert.equal(await cell(page, 1, 1), '42');
	await page.locator('details[data-table=t1]').waitFor({ timeout: 10000 });
	await ctx.close();
});

test('the analyst question, exported to Excel; user tables survive until reset', async () => {
	const { ctx, page } = await openConsole(null, 'zh');
	await page.selectOption('select[name=example]', 'streets-under-90-2022');
	await runAndWait(page, () => page.locator('.actions button.primary').click());
	const rows = Number(await page.locator('[data-testid=result-summary] [data-rows]').getAttribute('data-rows'));
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel' }).click()]);
	assert.match(download.suggestedFilename(), /\.xlsx$/);
	const sheet = await readXlsxFile(await saved(download));
	assert.deepEqual(sheet[0], ['district', 'street', 'execution_rate', 'theme', 'problem']);
	assert.equal(sheet.length - 1, rows);
	for (const r of sheet.slice(1)) assert.ok(r[2] < 0.9, `rate ${r[2]} under 90%`);
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
	const text = (await saved(csv)).toString('utf8');
	assert.ok(text.startsWith('\uFEFFdistrict,street,execution_rate,theme,problem\r\n'));
	const [pq] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Parquet' }).click()]);
	const bytes = await saved(pq);
	assert.equal(bytes.subarray(0, 4).toString(), 'PAR1');

	// A table of one's own shows in the schema panel, and reset removes it.
	await page.locator('.cm-content').click();
	await page.keyboard.press('Control+a');
	await page.keyboard.insertText('CREATE TABLE my_streets AS SELECT DISTINCT street FROM reports');
	await page.keyboard.press('Control+Enter');
	await page.locator('details[data-table=my_streets]').waitFor({ timeout: 20000 });
	page.once('dialog', (d) => d.accept());
	await page.getByRole('button', { name: '重置数据库' }).click();
	await page.waitForFunction(() => /已重置/.test(document.querySelector('.status')?.textContent ?? ''), null, { timeout: 60000 });
	assert.equal(await page.locator('details[data-table=my_streets]').count(), 0);
	await page.screenshot({ path: `${SHOTS}/sql-zh.png`, fullPage: true });
	await ctx.close();
});

test('100,000 rows: only a window is in the DOM, scrolling reaches the end', async () => {
	const { ctx, page } = await openConsole("SELECT i, i * 2 AS d, 'row ' || i AS s FROM range(150000) t(i)");
	const n = await runAtEnd(page);
	await waitResult(page, n);
	const summary = await page.locator('[data-testid=result-summary]').textContent();
	assert.match(summary, /100,000 of 150,000 rows/);
	const domRows = await page.locator('.rgrid .body [role=row]').count();
	assert.ok(domRows < 80, `${domRows} rows in the DOM`);
	const grid = page.locator('.rgrid');
	const t0 = Date.now();
	for (let k = 1; k <= 10; k++) await grid.evaluate((el, f) => (el.scrollTop = el.scrollHeight * f), k / 10);
	await page.waitForFunction(() => [...document.querySelectorAll('.rgrid .body [role=row]')].some((r) => r.getAttribute('aria-rowindex') === '100001'));
	console.log(`scrolled through 100,000 rows in ${Date.now() - t0} ms`);
	assert.equal(await page.locator('.rgrid [role=row][aria-rowindex="100001"] [role=gridcell]').nth(1).textContent(), '99999');
	await ctx.close();
});

// Issue 16 item 10: what the console did wrong as an analyst met it (one console for all four, to keep the file short).
test('console items: an error clears the result; Ctrl+Enter closes completion; one column, one number of decimals; FROM rep offers tables first', async () => {
	const { ctx, page } = await openConsole('SELECT 42 AS answer');
	const replace = async (sql) => {
		await page.locator('.cm-content').click();
		await page.keyboard.press('Control+a');
		await page.keyboard.insertText(sql);
	};
	// An error clears the previous result: nothing below it belongs to another query.
	await runAndWait(page, () => runAtEnd(page));
	assert.equal(await cell(page, 1, 1), '42');
	await replace('SELECT nosuch FROM reports');
	await page.keyboard.press('Control+Enter');
	await page.locator('.problem[data-kind=error]').waitFor({ timeout: 30000 });
	assert.equal(await page.locator('.rgrid').count(), 0, 'no result grid under the error');
	assert.equal(await page.locator('[data-testid=result-summary]').count(), 0, 'no row count of the earlier query');
	// A refusal clears it too.
	await replace('SELECT 1 AS one');
	await runAndWait(page);
	assert.equal(await page.locator('.rgrid').count(), 1);
	await replace("COPY reports TO 'x.csv'");
	await page.keyboard.press('Control+Enter');
	await page.locator('.problem[data-kind=refused]').waitFor({ timeout: 10000 });
	assert.equal(await page.locator('.rgrid').count(), 0);

	// Ctrl+Enter closes an open completion list and runs.
	await page.keyboard.press('Control+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type('SELECT 7 AS execution_r', { delay: 30 });
	await page.locator('.cm-tooltip-autocomplete').waitFor({ timeout: 10000 });
	await runAndWait(page);
	assert.equal(await page.locator('.cm-tooltip-autocomplete').count(), 0, 'the completion list is closed');
	assert.equal(await cell(page, 1, 1), '7');

	// Numbers of one column show with one number of decimals (97 beside 97.5 reads 97.0), never rounded.
	await replace('SELECT * FROM (VALUES (97::DOUBLE), (97.5), (100.25)) t(v) ORDER BY v');
	await runAndWait(page);
	assert.deepEqual([await cell(page, 1, 1), await cell(page, 2, 1), await cell(page, 3, 1)], ['97.00', '97.50', '100.25']);

	// After FROM the tables are suggested above the columns (FROM rep → reports, no report_id).
	await page.keyboard.press('Control+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type('SELECT * FROM rep', { delay: 30 });
	// The list follows the typing: wait for the one for "rep", whose first option is the table.
	await page.waitForFunction(() => /^reports/.test(document.querySelector('.cm-tooltip-autocomplete li')?.textContent?.trim() ?? ''), null, { timeout: 10000 });
	assert.match((await page.locator('.cm-tooltip-autocomplete li').first().textContent()).trim(), /^reports/);
	assert.equal(await page.locator('.cm-tooltip-autocomplete li', { hasText: 'report_id' }).count(), 0, 'no column where a table stands');
	await page.keyboard.press('Escape');
	await ctx.close();
});

test('a shared query link can run on open: the sharer ticks it, the link carries run=1, the query runs at once', async () => {
	const { ctx, page } = await openConsole('SELECT 6 * 7 AS answer');
	// Opened without run=1 the query waits in the editor.
	await page.waitForTimeout(500);
	assert.equal(await page.locator('.rgrid').count(), 0, 'a plain shared link runs nothing');
	await ctx.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('checkbox', { name: /runs the query on open/ }).check();
	await page.getByRole('button', { name: /share link/ }).click();
	const href = await page.locator('input.share-url').inputValue();
	assert.equal(new URL(href).searchParams.get('run'), '1');
	const page2 = await ctx.newPage();
	await page2.goto(href);
	await waitResult(page2, 0, 60000);
	assert.equal(await cell(page2, 1, 1), '42');
	await ctx.close();
});
