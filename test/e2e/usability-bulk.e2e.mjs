/**
 * Issue 16 (what BI users expect): all open data in one download — a ZIP of every table's CSV with a Frictionless
 * datapackage.json describing each table and column in Chinese and English, linked from /open-data.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { BASE, SHOTS, browser, trackedPage } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

test('open data: one ZIP with every CSV and datapackage.json, described in both languages (zh and en pages)', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
	const { page, errors } = await trackedPage(ctx);
	for (const [lang, label] of [
		['', /下载全部表格/],
		['/en', /Download all tables/]
	]) {
		await page.goto(`${BASE}${lang}/open-data`);
		const link = page.getByTestId('bulk').locator('a[data-format="zip"]');
		assert.match(await link.textContent(), label);
		const csvs = (
			await page
				.locator('[data-testid="downloads"] a[data-format="csv"]')
				.evaluateAll((as) => as.map((a) => decodeURIComponent(new URL(a.href).pathname.split('/').pop())))
		).sort();
		assert.ok(csvs.length >= 5, `${csvs.length} CSV links`);
		// Downloaded the way a reader does: focus the link and press Enter.
		const [download] = await Promise.all([page.waitForEvent('download'), link.focus().then(() => page.keyboard.press('Enter'))]);
		assert.equal(download.suggestedFilename(), 'open-data.zip');
		const saved = join(mkdtempSync(join(tmpdir(), 'bulk-')), 'open-data.zip');
		await download.saveAs(saved);
		const files = unzipSync(new Uint8Array(readFileSync(saved)));
		assert.deepEqual(Object.keys(files).sort(), ['datapackage.json', ...csvs].sort());
		const pkg = JSON.parse(strFromU8(files['datapackage.json']));
		assert.equal(pkg.profile, 'tabular-data-package');
		assert.deepEqual(pkg.resources.map((r) => r.path).sort(), csvs);
		for (const r of pkg.resources) {
			const header = strFromU8(files[r.path])
				.replace(/^\uFEFF/, '')
				.split(/\r?\n/, 1)[0]
				.split(',');
			assert.deepEqual(
				r.schema.fields.map((f) => f.name),
				header,
				`${r.name}: every column a field, in order`
			);
			for (const f of r.schema.fields) {
				assert.match(f.description_zh, /[\u4e00-\u9fff]/, `${r.name}.${f.name} zh`);
				assert.match(f.description_en, /[A-Za-z]/, `${r.name}.${f.name} en`);
				assert.ok(['string', 'integer', 'number', 'boolean', 'date', 'datetime'].includes(f.type), `${r.name}.${f.name} ${f.type}`);
			}
		}
		const reports = pkg.resources.find((r) => r.name === 'reports');
		assert.equal(reports.schema.fields.find((f) => f.name === 'year').type, 'integer');
		assert.equal(reports.schema.fields.find((f) => f.name === 'synthetic').type, 'boolean');
		// datapackage.json on its own, beside the CSVs its paths name.
		const res = await page.request.get(`${BASE}/data/datapackage.json`);
		assert.equal(res.status(), 200);
		assert.deepEqual(await res.json(), pkg);
		for (const r of pkg.resources.slice(0, 2)) assert.equal((await page.request.get(`${BASE}/data/${r.path}`)).status(), 200);
		await page.getByTestId('bulk').screenshot({ path: `${SHOTS}/open-data-bulk${lang ? '-en' : ''}.png` });
	}
	assert.deepEqual(
		errors.filter((e) => !/ERR_ABORTED/.test(e)),
		[]
	);
	await ctx.close();
});
