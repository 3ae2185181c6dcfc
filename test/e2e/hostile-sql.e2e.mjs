/**
 * The SQL console under hostile statements (issue 12): a 1.9 GB result, settings the locked engine refuses,
 * a temp view named like a shipped table, a search path that hides the shipped tables.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, browser, trackedPage } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

/** Opens the console at `path` with `q` in the editor and waits for its database. */
async function openConsole(p, q, path = '/en/sql') {
	await p.goto(`${BASE}${path}?${new URLSearchParams({ q })}`);
	await p.waitForFunction(() => performance.getEntriesByName('sql-ready').length > 0, null, { timeout: 60000 });
	await p.locator('.cm-content').waitFor();
}
async function typeAndRun(p, sql) {
	await p.locator('.cm-content').click();
	await p.keyboard.press('Control+a');
	await p.keyboard.insertText(sql);
	await p.keyboard.press('Control+Enter');
}

test('console: a 1.9 GB result says it is too large and suggests LIMIT (both languages); the console still answers', async () => {
	const c = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const t = await trackedPage(c);
	try {
		for (const [path, re] of [
			['/sql', /结果太大.*LIMIT/s],
			['/en/sql', /The result is too large for this browser’s memory\. Add LIMIT/]
		]) {
			await openConsole(t.page, "SELECT repeat('x', 10000000) AS s FROM range(190)", path);
			const t0 = Date.now();
			await t.page.getByRole('button', { name: /运行|Run/ }).click();
			const problem = t.page.locator('.problem[data-kind=too-large]');
			await problem.waitFor({ timeout: 240000 });
			assert.match(await problem.textContent(), re);
			assert.doesNotMatch(await problem.textContent(), /memory_limit|SET threads/);
			console.log(`${path}: too large after ${Date.now() - t0} ms: ${(await problem.textContent()).slice(0, 160)}`);
			const n = await t.page.evaluate(() => performance.getEntriesByName('sql-result').length);
			await typeAndRun(t.page, 'SELECT 42 AS answer');
			await t.page.waitForFunction((k) => performance.getEntriesByName('sql-result').length > k, n, { timeout: 30000 });
			assert.equal(await t.page.locator('.rgrid [role=row][aria-rowindex="2"] [role=gridcell]').nth(1).textContent(), '42');
		}
		await t.page.screenshot({ path: `${SHOTS}/sql-too-large.png`, fullPage: true });
	} finally {
		await c.close();
	}
	// The browser reports the failed allocation on the worker's console; nothing else may go wrong.
	assert.deepEqual(
		t.errors.filter((e) => !/ArrowArrayStruct|Out of Memory/.test(e)),
		[]
	);
});

test('console: settings the locked engine refuses and a temp view over a shipped name are refused; USE of another schema is warned about', async () => {
	const c = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page: p, errors: errs } = await trackedPage(c);
	try {
		await openConsole(p, 'SELECT 1');
		for (const [sql, re] of [
			['SET threads = 1', /this setting cannot be changed: threads \(the console’s configuration is locked; only schema and search_path/],
			["SET memory_limit = '8GB'", /this setting cannot be changed: memory_limit/],
			['CREATE TEMP VIEW reports AS SELECT 1 AS x', /a temporary table or view named reports would hide the shipped table reports/]
		]) {
			await typeAndRun(p, sql);
			await p.waitForFunction((src) => new RegExp(src).test(document.querySelector('.problem[data-kind=refused]')?.textContent ?? ''), re.source, {
				timeout: 10000
			});
		}
		const run = async (sql) => {
			const n = await p.evaluate(() => performance.getEntriesByName('sql-result').length);
			await typeAndRun(p, sql);
			await p.waitForFunction((k) => performance.getEntriesByName('sql-result').length > k, n, { timeout: 30000 });
		};
		await run("SET search_path = 'mine'");
		const warning = p.locator('[data-testid=shadow-warning][data-table=reports]');
		await warning.waitFor({ timeout: 10000 });
		assert.match(await warning.textContent(), /reports now means mine\.reports, not the shipped table reports.*run USE main/);
		await run('USE main');
		assert.equal(await p.locator('[data-testid=shadow-warning]').count(), 0);
		await run('SELECT count(*) AS n FROM reports');
		assert.ok(Number(await p.locator('.rgrid [role=row][aria-rowindex="2"] [role=gridcell]').nth(1).textContent()) > 0);
	} finally {
		await c.close();
	}
	assert.deepEqual(errs, []);
});
