/** The public face: /public (JS off and on), /open-data downloads, /briefing print CSS, CSP, untrusted report text. */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import readXlsxFile from 'read-excel-file/node';
import { BASE, SHOTS, browser, trackedPage, waitForDb } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

/** Records CSP violations from the first script on. */
async function cspContext(opts = {}) {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
	await ctx.addInitScript(() => {
		window.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	return ctx;
}

test('public page with JavaScript off: summary sentences, key figures, SVG map and district links', async () => {
	const ctx = await b.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	const res = await page.goto(`${BASE}/public`);
	assert.equal(res.status(), 200);
	const sentences = await page.locator('[data-testid="summary"] li').allTextContents();
	assert.ok(sentences.length >= 3, `only ${sentences.length} summary sentences`);
	assert.match(sentences[0], /^本站收录 [\d,]+ 份预算绩效评价报告，涉及 \d+ 个区/);
	assert.match(sentences[1], /^\d{4}年，共有 [\d,]+ 份评价报告，预算合计 [\d,.]+(万元|亿元)，实际支出 [\d,.]+(万元|亿元)，执行率 \d+\.\d%。$/);
	assert.match(await page.locator('[data-kpi="reports"]').first().textContent(), /\d/);
	// The map: one filled path per district at least, district names as SVG text.
	const map = page.locator('#map .ssr svg');
	assert.equal(await map.count(), 1, 'prerendered SVG map');
	assert.ok((await map.locator('path').count()) >= 11, 'a path per district');
	const labels = await map.locator('text').allTextContents();
	// districts labelled by their short names (越秀, not 越秀区: issue 16 item 11, no label over another)
	for (const d of ['天河', '从化', '南沙']) assert.ok(labels.includes(d), `map label ${d} in ${labels.join(' ')}`);
	const links = await page.locator('.district-links a[href*="/districts/"]').count();
	assert.ok(links >= 1, 'district links as the map alternative');
	assert.equal(await page.locator('canvas').count(), 0);
	await page.screenshot({ path: `${SHOTS}/public-nojs.png`, fullPage: true });
	await ctx.close();
});

test('public page with JavaScript on: live map, a district click opens its page; English summary', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/public`);
	await page.waitForSelector('#map .live canvas', { timeout: 15000 });
	await page.screenshot({ path: `${SHOTS}/public.png`, fullPage: true });
	// 从化区 is large and always drawn: click the pixel of a point inside it (its seat, 113.59E 23.55N).
	const live = page.locator('#map .live');
	await live.scrollIntoViewIfNeeded();
	const xy = await live.evaluate((el) => el.echartsInstance.convertToPixel({ seriesIndex: 0 }, [113.586679, 23.548748]));
	const box = await live.boundingBox();
	await Promise.all([page.waitForURL(/\/districts\/(%E4%BB%8E%E5%8C%96%E5%8C%BA|从化区)/, { timeout: 10000 }), page.mouse.click(box.x + xy[0], box.y + xy[1])]);
	assert.match(await page.locator('h1').textContent(), /从化区/);

	await page.goto(`${BASE}/en/public`);
	await page.waitForFunction(() => document.documentElement.lang === 'en');
	const first = await page.locator('[data-testid="summary"] li').first().textContent();
	assert.match(first, /^This site holds [\d,]+ budget performance evaluation reports from \d+ districts/);
	await page.waitForSelector('#map .live canvas', { timeout: 15000 });
	// Switching the metric redraws the map coloured by score.
	await page.getByLabel('Mean score').check();
	await page.waitForFunction(() => /Mean score by district/.test(document.querySelector('#map h2')?.textContent ?? ''));
	await page.screenshot({ path: `${SHOTS}/public-en.png`, fullPage: true });
	// Navigating away while the database loads aborts its downloads; that is not an error.
	assert.deepEqual(
		errors.filter((e) => !/hydration|net::ERR_ABORTED/.test(e)),
		[]
	);
	await ctx.close();
});

test('open data: every link downloads the right kind of file; XLSX rows match the dictionary', async () => {
	const ctx = await b.newContext();
	const page = await ctx.newPage();
	await page.goto(`${BASE}/open-data`);
	const links = await page
		.locator('[data-testid="downloads"] a[data-format]')
		.evaluateAll((as) => as.map((a) => ({ href: a.href, format: a.dataset.format, download: a.hasAttribute('download') })));
	const dictionary = JSON.parse(await (await ctx.request.get(`${BASE}/data/dictionary.json`)).text());
	assert.equal(links.length, dictionary.tables.length * 3, 'CSV, XLSX and Parquet for every table');
	const MAGIC = { csv: [0xef, 0xbb, 0xbf], xlsx: [0x50, 0x4b], parquet: [0x50, 0x41, 0x52, 0x31] };
	for (const l of links) {
		assert.ok(l.download, `${l.href} has a download attribute`);
		const res = await ctx.request.get(l.href);
		assert.equal(res.status(), 200, l.href);
		const body = await res.body();
		assert.deepEqual([...body.subarray(0, MAGIC[l.format].length)], MAGIC[l.format], `${l.href} starts with the ${l.format} signature`);
		if (l.format === 'xlsx') {
			const name = decodeURIComponent(l.href.split('/').pop()).replace(/\.xlsx$/, '');
			const spec = dictionary.tables.find((t) => t.name === name);
			const sheet = await readXlsxFile(body, { sheet: name });
			assert.equal(sheet.length - 1, spec.rows, `${name}.xlsx data rows`);
			assert.deepEqual(
				sheet[0],
				spec.columns.map((c) => c.name),
				`${name}.xlsx header`
			);
		}
	}
	// The reports CSV opens in Excel with Chinese intact: BOM then UTF-8 text.
	const csv = (await (await ctx.request.get(`${BASE}/data/reports.csv`)).body()).toString('utf8');
	assert.match(csv, /^\uFEFFreport_id,/);
	assert.match(csv, /广州市/);
	// The dictionary is on the page as one table per data table, with both languages.
	assert.equal(await page.locator('.dict table').count(), dictionary.tables.length);
	assert.ok((await page.locator('.dict td[lang="en"]').count()) > 20);
	assert.match(await page.locator('#reuse').locator('..').textContent(), /署名|注明出处/);
	await page.screenshot({ path: `${SHOTS}/open-data.png`, fullPage: true });
	await ctx.close();
});

test('briefing: print CSS (A4, site chrome and Print button hidden), at most three A4 pages', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/public`);
	const href = await page
		.locator('.district-links a[href*="/briefing/"]')
		.first()
		.evaluate((a) => a.href);
	await page.goto(href);
	const print = page.getByRole('button', { name: '打印' });
	await print.waitFor();
	assert.ok((await page.locator('figure svg').count()) >= 2, 'charts as SVG');
	assert.ok((await page.locator('[data-testid="problems"] > li').count()) >= 1, 'top problems listed');
	const rules = await page.evaluate(() => {
		const out = { a4: false, print: false };
		for (const s of document.styleSheets) {
			for (const r of s.cssRules) {
				if (r instanceof CSSPageRule && /A4/i.test(r.style.getPropertyValue('size'))) out.a4 = true;
				if (r instanceof CSSMediaRule && r.conditionText === 'print' && /break-inside/.test(r.cssText)) out.print = true;
			}
		}
		return out;
	});
	assert.deepEqual(rules, { a4: true, print: true });
	await page.emulateMedia({ media: 'print' });
	assert.equal(await print.isVisible(), false, 'Print button hidden in print');
	assert.equal(await page.locator('.site-head').isVisible(), false, 'site header hidden in print');
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
	// Three since the charts print one a row across the page (issue 16 item 6: in two columns their labels printed at 5 pt).
	assert.ok(pages >= 1 && pages <= 3, `briefing prints on ${pages} A4 pages`);
	await page.emulateMedia({ media: 'screen' });
	await page.screenshot({ path: `${SHOTS}/briefing.png`, fullPage: true });
	// Navigating away while the database loads aborts its downloads; that is not an error.
	assert.deepEqual(
		errors.filter((e) => !/hydration|net::ERR_ABORTED/.test(e)),
		[]
	);
	await ctx.close();
});

test('CSP: meta policy on every page; DuckDB-WASM loads with no violation; injected inline handlers do not run', async () => {
	const ctx = await cspContext();
	for (const path of ['/', '/public', '/about', '/open-data', '/districts']) {
		const page = await ctx.newPage();
		await page.goto(`${BASE}${path}`);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		assert.match(csp, /default-src 'self'/, path);
		assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/, path);
		assert.match(csp, /object-src 'none'/, path);
		assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/, path);
		if (path === '/' || path === '/public') await waitForDb(page);
		await page.waitForTimeout(300);
		assert.deepEqual(await page.evaluate(() => window.cspViolations), [], `${path}: CSP violations`);
		await page.close();
	}
	const page = await ctx.newPage();
	await page.goto(`${BASE}/about`);
	await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img src="/missing.png" onerror="window.pwned=1">'));
	await page.waitForTimeout(500);
	assert.equal(await page.evaluate(() => window.pwned), undefined, 'inline event handler blocked');
	assert.ok(
		(await page.evaluate(() => window.cspViolations)).some((v) => v.startsWith('script-src')),
		'violation reported'
	);
	await ctx.close();
});

test('report text containing <script> and <img onerror> is shown as text and runs nothing', async () => {
	// The fixture report comes in as a reader's own upload on /data (the browser's ingest), so the dashboard's pages query
	// it live (the build's prerendered rows and answer files stand aside while this browser holds rows of its own).
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const dialogs = [];
	const { page } = await trackedPage(ctx);
	page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
	const pwned = () => page.evaluate(() => [1, 2, 3, 4].filter((i) => window[`pwned${i}`] !== undefined));

	await page.goto(`${BASE}/en/data`);
	await page.waitForFunction(() => performance.getEntriesByName('userdata-ready').length > 0, null, { timeout: 30000 });
	await page.setInputFiles('[data-testid="userdata-files"]', 'test/fixtures/xss/xss-report.txt');
	const rep = page.locator('li.item[data-file="xss-report.txt"]');
	await rep.getByRole('button', { name: 'Load' }).click({ timeout: 20000 });
	await rep.and(page.locator('[data-phase="loaded"]')).waitFor({ timeout: 30000 });
	assert.deepEqual(await pwned(), [], 'nothing ran while the upload was read');

	await page.goto(`${BASE}/reports?district=${encodeURIComponent('海珠区')}`);
	await waitForDb(page);
	await page.getByText('<script>window.pwned1=1</script>', { exact: false }).first().waitFor({ timeout: 20000 });
	await page.screenshot({ path: `${SHOTS}/xss-reports.png`, fullPage: true });

	await page.goto(`${BASE}/findings?district=${encodeURIComponent('海珠区')}`);
	await waitForDb(page);
	await page.getByText('<img src=x onerror="window.pwned4=1">', { exact: false }).first().waitFor({ timeout: 20000 });
	await page.getByText('<script>window.pwned3=1</script>', { exact: false }).first().waitFor({ timeout: 20000 });
	await page.screenshot({ path: `${SHOTS}/xss-findings.png`, fullPage: true });

	assert.equal(await page.locator('main img[src="x"]').count(), 0, 'no <img> element made from report text');
	assert.deepEqual(await pwned(), [], 'no script from report text ran');
	assert.deepEqual(dialogs, []);
	await ctx.close();
});
