/**
 * Keeping uploads across reloads (issue 12): a large file is kept in chunks and restored; a file the
 * browser's storage cannot keep is said so before anything changes, and what was kept before stays.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS } from './helpers.mjs';
import { NEW_ID, csv, session } from './hostile-uploads.mjs';

const s = session();

test('setup: a report document and a reports CSV loaded from /data are the data that must stay kept', async () => {
	await s.setup();
	const reports = {
		name: 'reports-new.csv',
		text: csv('report_id,title,year,district,budget_wan,actual_wan,score,grade,synthetic', [`${NEW_ID},敌意测试报告,2024,海珠区,10,9,80,良,false`])
	};
	await s.drop([reports]);
	await s.item(reports.name).getByRole('button', { name: 'Load' }).click({ timeout: 30000 });
	await s.phase(reports.name, ['loaded']);
	s.before = await s.userData();
	assert.match(s.before, /reports: 2 rows/);
});

test('a large upload (10 MB, ~90,000 rows) is kept across a reload, in chunks', async () => {
	const big = s.bigFindings('large-findings.csv', 10, NEW_ID, 200000);
	await s.drop([big.path]);
	await s.phase('large-findings.csv', ['checked'], 120000);
	assert.equal(await s.item('large-findings.csv').getByTestId('keep-warning').count(), 0, 'room to keep it');
	let t0 = Date.now();
	await s.item('large-findings.csv').getByRole('button', { name: 'Load' }).click();
	const text = await s.phase('large-findings.csv', ['loaded', 'failed'], 240000);
	assert.match(text, new RegExp(`Loaded ${big.rows} rows`));
	assert.doesNotMatch(text, /not kept/);
	console.log(`${big.rows} rows loaded and kept in ${Date.now() - t0} ms`);
	const withBig = await s.userData();
	t0 = Date.now();
	await s.reloadData();
	console.log(`restored after a reload in ${Date.now() - t0} ms`);
	assert.equal(await s.userData(), withBig);
	assert.match(await s.page.locator('section.mine').textContent(), /Restored the data you added earlier/);
	s.before = withBig;
});

test('storage too small to keep a file: said before anything changes; loaded on request for this visit only; the kept data stays as it was', async () => {
	// A browser whose disk is nearly full: Chromium's DevTools quota override lowers the origin's quota, and, because
	// it does not reach an IndexedDB connection that is already open (seen here: writes still succeeded), every
	// IndexedDB write also fails with the QuotaExceededError such a browser raises, until the step is over.
	const cdp = await s.ctx.newCDPSession(s.page);
	const origin = new URL(BASE).origin;
	const { usage } = await s.page.evaluate(() => navigator.storage.estimate());
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 256 * 1024 });
	await s.page.evaluate(() => {
		const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		const put = IDBObjectStore.prototype.put;
		const add = IDBObjectStore.prototype.add;
		window.__diskFull = true;
		IDBObjectStore.prototype.put = function (...a) {
			if (window.__diskFull) throw full();
			return put.apply(this, a);
		};
		IDBObjectStore.prototype.add = function (...a) {
			if (window.__diskFull) throw full();
			return add.apply(this, a);
		};
	});
	try {
		const f = s.bigFindings('no-room.csv', 3, NEW_ID, 400000);
		await s.drop([f.path]);
		await s.phase('no-room.csv', ['checked'], 60000);
		// The rows are kept before they are loaded: keeping fails, and the page says so with nothing loaded.
		await s.item('no-room.csv').getByRole('button', { name: 'Load', exact: true }).click();
		const warning = s.item('no-room.csv').getByTestId('keep-warning');
		await warning.waitFor({ timeout: 60000 });
		assert.match(
			await warning.textContent(),
			/This browser could not keep this file \(about \d+(\.\d)? MB; QuotaExceededError.*nothing changed\. It can be loaded, but for this visit only/s
		);
		assert.equal(await s.item('no-room.csv').getAttribute('data-phase'), 'checked');
		await s.intact('a file the storage cannot keep, before it is loaded');
		await s.item('no-room.csv').getByRole('button', { name: 'Load (this visit only)' }).click();
		const text = await s.phase('no-room.csv', ['loaded', 'failed'], 120000);
		assert.match(text, new RegExp(`Loaded ${f.rows} rows\\s*·.*for this visit only: gone after a reload`));
		await s.page.screenshot({ path: `${SHOTS}/hostile-no-room.png`, fullPage: true });
		await s.reloadData();
		await s.intact('a file the storage could not keep, after a reload');
	} finally {
		await s.page.evaluate(() => (window.__diskFull = false)).catch(() => {});
		await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	}
	await s.page.getByRole('button', { name: 'Forget my data' }).click();
	await s.page.getByTestId('userdata-none').waitFor({ timeout: 60000 });
	assert.deepEqual(s.errors, []);
});
