/**
 * English place names (issue 18) on the English pages the older tests left in Chinese: the public page (summary
 * sentence, map labels and tooltips, district links, the map's CSV), a district briefing, the findings list, the
 * review queue, the methodology's real-report table, a report's place fields and the /places map's CSV.
 * Bundled (Guangzhou) build; JavaScript off reads the prerendered page, on the live one.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, SHOTS, browser, trackedPage, waitForDb } from './helpers.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

/** Errors that matter: a page leaving while its chunks still load aborts them, and with JavaScript off CSP refuses them. */
const real = (errors) => errors.filter((e) => !/^requestfailed: .* (net::ERR_ABORTED|csp)$/.test(e));

/** A Chinese place name standing alone (not inside "(…)" after its English label). */
const BARE_PLACE = /(?<![（(])[\p{Script=Han}]{1,8}(?:省|市|区|县|街道|镇|乡)(?![\p{Script=Han}]*[）)])/u;
const enc = encodeURIComponent;

for (const js of [false, true]) {
	test(`/en/public: summary, district links and map in English (JavaScript ${js ? 'on' : 'off'})`, async () => {
		const ctx = await b.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 900 } });
		const { page, errors } = await trackedPage(ctx);
		await page.goto(`${BASE}/en/public`);
		const sentences = await page.locator('[data-testid="summary"] li').allTextContents();
		const extremes = sentences.find((s) => s.startsWith('The highest execution rate'));
		assert.ok(extremes, sentences.join(' | '));
		assert.match(extremes, /^The highest execution rate was in \w+ District \([^)]+区\) \([\d.]+%\), the lowest in \w+ District \([^)]+区\)/);
		const links = await page.locator('.district-links li > a:first-child').allTextContents();
		assert.ok(links.includes('Baiyun District (白云区)'), links.join());
		for (const l of links) assert.doesNotMatch(l, BARE_PLACE, l);
		// The map's labels: short English names ("Baiyun"), districts without reports too, no Chinese.
		const svgLabels = await page.locator('#map .ssr svg text').allTextContents();
		if (!js || svgLabels.length) {
			assert.ok(svgLabels.includes('Baiyun'), svgLabels.join());
			for (const l of svgLabels) assert.doesNotMatch(l, /\p{Script=Han}/u, l);
		}
		if (js) {
			await page.waitForFunction(() => document.querySelector('#map .live canvas'), null, { timeout: 30000 });
			// The live chart's description (its aria label) names districts in English.
			const aria = await page.locator('#map [aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')).join(' '));
			assert.match(aria, /District \(\S+区\) \d/, aria);
		}
		await page.screenshot({ path: `${SHOTS}/en-public-${js ? 'js' : 'nojs'}.png`, fullPage: false });
		assert.deepEqual(real(errors), []);
		await ctx.close();
	});
}

for (const [path, map] of [
	['/en/public', '#map'],
	['/en/places', '#place-map']
]) {
	test(`${path}: the map table CSV keeps the Chinese name and adds the English one`, async () => {
		const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
		const { page, errors } = await trackedPage(ctx);
		await page.goto(`${BASE}${path}`);
		await page.waitForFunction((sel) => document.querySelector(`${sel} .live canvas`), map, { timeout: 30000 });
		const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`${map} .tool`).first().click()]);
		const file = `test-results/en-${path.slice(4)}-map.csv`;
		await dl.saveAs(file);
		const [head, ...rows] = readFileSync(file, 'utf8')
			.replace(/^\uFEFF/, '')
			.trim()
			.split(/\r\n/);
		assert.match(head, /^District,District \(English\),/);
		assert.ok(
			rows.some((r) => r.startsWith('白云区,Baiyun District (白云区),')),
			rows.join('\n')
		);
		assert.deepEqual(real(errors), []);
		await ctx.close();
	});
}

test('/en/briefing/白云区: title, lead, back link and problem sources in English (JavaScript off)', async () => {
	const ctx = await b.newContext({ javaScriptEnabled: false });
	const page = await ctx.newPage();
	const res = await page.goto(`${BASE}/en/briefing/${enc('白云区')}`);
	assert.equal(res.status(), 200);
	assert.match(await page.locator('h1').textContent(), /Baiyun District \(白云区\)/);
	assert.match(await page.title(), /Baiyun District \(白云区\)/);
	const sources = await page.locator('[data-testid="problems"] li li .muted').allTextContents();
	assert.ok(sources.length > 0, 'problem sentences with their place');
	for (const s of sources) assert.doesNotMatch(s, BARE_PLACE, s);
	assert.ok(
		sources.some((s) => /Subdistrict|Town|District/.test(s)),
		sources.join(' | ')
	);
	await ctx.close();
});

test('/en/findings, /en/review and /en/about: the places of each row in English', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/en/findings`);
	const meta = await page.locator('.sentences li .muted').first().textContent();
	assert.match(meta, /\w+ (District|Subdistrict|Town) \(/, meta);
	assert.doesNotMatch(meta, BARE_PLACE, meta);

	await page.goto(`${BASE}/en/review`);
	await waitForDb(page);
	await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length > 0, null, { timeout: 30000 });
	const cells = await page.locator('table tbody tr td:nth-child(3)').allTextContents();
	assert.ok(cells.length > 0);
	for (const c of cells.slice(0, 20)) assert.doesNotMatch(c, BARE_PLACE, c);

	await page.goto(`${BASE}/en/about`);
	const districts = await page.locator('table tbody tr td:nth-child(2)').allTextContents();
	assert.ok(districts.includes('Baiyun District (白云区)'), districts.join());
	assert.deepEqual(real(errors), []);
	await ctx.close();
});

test('/en/reports/…: province, city, district and street in English; the Chinese page unchanged', async () => {
	const ctx = await b.newContext({ javaScriptEnabled: false });
	const page = await ctx.newPage();
	await page.goto(`${BASE}/en/about`);
	const href = await page.locator('table tbody tr td:nth-child(3) a').first().getAttribute('href');
	const id = href.split('/').pop().split('?')[0];
	const field = async (k) => ((await page.locator(`[data-field="${k}"], [data-value="${k}"]`).first().textContent()) ?? '').trim();
	await page.goto(`${BASE}/en/reports/${id}`);
	assert.equal(await field('province'), 'Guangdong Province (广东省)');
	assert.equal(await field('city'), 'Guangzhou (广州市)');
	assert.match(await field('district'), /^\w+ District \(\S+区\)$/);
	await page.goto(`${BASE}/reports/${id}`);
	assert.equal(await field('province'), '广东省');
	assert.equal(await field('city'), '广州市');
	await ctx.close();
});

// Streets have no boundaries to map: a district's place page draws them as a tile grid (issue 18, street level).
for (const [lang, prefix, label, title] of [
	['zh', '', '石门', /色块图/],
	['en', '/en', 'Shimen', /tiles/]
]) {
	test(`a district's streets as a tile grid, prerendered (${lang}, JavaScript off)`, async () => {
		const ctx = await b.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		const page = await ctx.newPage();
		await page.goto(`${BASE}${prefix}/places/${enc('广东省')}/${enc('广州市')}/${enc('白云区')}`);
		const card = page.locator('[data-testid="place-tiles"]');
		assert.match(await card.locator('h2, h3').first().textContent(), title);
		const texts = await card.locator('.ssr svg text').allTextContents();
		assert.ok(texts.includes(label), texts.join(' '));
		if (lang === 'en') for (const t of texts) assert.doesNotMatch(t, /\p{Script=Han}/u, t);
		// every street of the table has its tile
		const rows = await page.locator('[data-testid="place-children"] tbody tr').count();
		assert.ok(texts.filter((t) => /%$/.test(t)).length >= rows, `${rows} streets, tiles: ${texts.join(' ')}`);
		assert.equal(await page.locator('[data-testid="place-map"]').count(), 0, 'no map below the city');
		await ctx.close();
	});
}

test('the tile grid is live with JavaScript: a click on a tile opens that street', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/en/places/${enc('广东省')}/${enc('广州市')}/${enc('白云区')}`);
	const canvas = page.locator('#place-tiles .live canvas').first();
	await canvas.waitFor({ timeout: 30000 });
	await page.screenshot({ path: `${SHOTS}/en-place-tiles.png`, fullPage: false });
	// The first tile (highest rate) sits at the grid's top left, right of the legend.
	const box = await canvas.boundingBox();
	await Promise.all([
		page.waitForURL((u) => decodeURIComponent(u.pathname).startsWith('/en/places/广东省/广州市/白云区/'), { timeout: 15000 }),
		page.mouse.click(box.x + 118 + 40, box.y + 30)
	]);
	assert.match(decodeURIComponent(new URL(page.url()).pathname), /白云区\/\S+(街道|镇)$/);
	assert.deepEqual(real(errors), []);
	await ctx.close();
});
