/**
 * Issue 16 (usability), from a figure to its reports and the printed briefing: what leadership, analysts and the public met in a real browser —
 * each test failed before its fix.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, browser, count, kpi, trackedPage } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const appliedOnce = (page) => page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 60000 });

test('11. the report count leads to the reports behind it; the briefing prints its data date and a synthetic warning', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/?district=${encodeURIComponent('白云区')}&from=2023`);
	await appliedOnce(page);
	const n = count(await kpi(page, 'reports'));
	await page.getByTestId('kpi-reports-link').click();
	await page.waitForURL((u) => u.pathname === '/reports');
	const u = new URL(page.url());
	assert.equal(u.searchParams.get('district'), '白云区');
	assert.equal(u.searchParams.get('from'), '2023');
	await page.waitForFunction((n) => Number(document.querySelector('[data-testid="report-count"]').textContent.replace(/[^\d]/g, '')) === n, n, {
		timeout: 60000
	});

	await page.goto(`${BASE}/briefing/${encodeURIComponent('白云区')}`);
	await page.emulateMedia({ media: 'print' });
	assert.match(await page.getByTestId('briefing-asof').textContent(), /截至 \d{4}-\d{2}-\d{2}/);
	const warn = page.getByTestId('briefing-synthetic');
	assert.ok(await warn.isVisible(), 'synthetic warning printed');
	assert.match(await warn.textContent(), /份是合成的示范报告/);
	await page.screenshot({ path: `${SHOTS}/usability-11-briefing-print.png`, fullPage: true });
	assert.deepEqual(
		errors.filter((e) => !e.includes('ERR_ABORTED')),
		[]
	);
	await ctx.close();
});
