/**
 * The whole country in the dashboard (issue 18), on a site built from the nationwide demonstration corpus — not
 * the bundled Guangzhou build the other e2e files test. `test/e2e/nationwide-build.mjs` makes that site in a
 * private copy of the tree (`npm run data:demo -- --nationwide` + ingest + vite build), so the bundled data and
 * build/ are never touched; E2E_NATIONWIDE_BUILD names an already built one (it is rebuilt when missing).
 *
 * national → province → city → district → street → report and back, with JavaScript on and off; two districts
 * from different cities compared; multi-select filters in the URL surviving reload and back; both languages.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, browser, trackedPage, waitForLiveCharts } from './helpers.mjs';
import { serve } from './server.mjs';
import { nationwideBuild } from './nationwide-build.mjs';

let b;
let site;
let BASE;
before(
	async () => {
		const dir = await nationwideBuild();
		site = await serve(dir);
		BASE = site.url;
		b = await browser();
	},
	{ timeout: 1_200_000 }
);
after(async () => {
	await b?.close();
	await site?.close();
});

const crumbs = (page) => page.locator('[data-testid="place-crumbs"] li').allTextContents();
const title = async (page) => (await page.locator('[data-testid="place-title"]').textContent())?.trim();

/** Clicks the first child row's link whose text matches `re` and waits for the next place page. */
async function drill(page, re) {
	const link = page.locator('[data-testid="place-children"] tbody th a').filter({ hasText: re }).first();
	const name = (await link.textContent()).trim();
	await Promise.all([page.waitForURL((u) => decodeURIComponent(u.pathname).includes(name.replace(/^.*\((.*)\)$/, '$1'))), link.click()]);
	return name;
}

for (const js of [true, false]) {
	test(`drill national → province → city → district → street → report and back (JavaScript ${js ? 'on' : 'off'})`, async () => {
		const ctx = await b.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 900 } });
		const { page, errors } = await trackedPage(ctx);
		await page.goto(`${BASE}/places`);
		// Several provinces: the overview starts at provinces.
		const provinces = await page.locator('[data-testid="place-children"] tbody th a').allTextContents();
		assert.ok(provinces.length >= 4, `provinces listed: ${provinces}`);
		assert.ok(provinces.includes('广东省') && provinces.includes('贵州省'), provinces.join());
		if (!js) await page.screenshot({ path: `${SHOTS}/places-national-nojs.png`, fullPage: true });

		await drill(page, /^广东省$/);
		assert.equal(await title(page), '广东省');
		assert.deepEqual(await crumbs(page), ['全部', '广东省']);
		const cities = await page.locator('[data-testid="place-children"] tbody th a').allTextContents();
		assert.deepEqual(cities.sort(), ['广州市', '深圳市'].sort());

		await drill(page, /^广州市$/);
		assert.equal(await title(page), '广州市');
		assert.match((await page.locator('[data-testid="place-rank"]').textContent()) ?? '', /在广东省排第 \d（共 2 个）/);

		await drill(page, /^白云区$/);
		assert.deepEqual(await crumbs(page), ['全部', '广东省', '广州市', '白云区']);
		assert.match((await page.locator('[data-testid="place-rank"]').textContent()) ?? '', /在广州市排第 \d+（共 \d+ 个）/);
		// The other 白云区 (贵阳市) is not counted here: every report listed below is in 广州市's 白云区.
		const streets = await page.locator('[data-testid="place-children"] tbody th a').allTextContents();
		assert.ok(streets.length >= 1 && streets.every((s) => /(街道|镇)$/.test(s)), streets.join());

		const street = await drill(page, /./);
		assert.equal(await title(page), street);
		const report = page.locator('[data-testid="place-reports"] a').first();
		assert.ok((await page.locator('[data-testid="place-reports"] li').count()) >= 1);
		const reportHref = await report.getAttribute('href');
		assert.match(reportHref, /^\/reports\/[0-9a-f]{16}$/);
		await Promise.all([page.waitForURL((u) => u.pathname === reportHref), report.click()]);
		assert.match(await page.locator('h1').first().textContent(), /\S/);

		// Back up the way we came: street, district, city, province, national.
		for (const expect of [street, '白云区', '广州市', '广东省']) {
			await page.goBack();
			// With JavaScript the way back is a client-side navigation: wait for the page it lands on.
			await page
				.waitForFunction((t) => document.querySelector('[data-testid="place-title"]')?.textContent?.trim() === t, expect, { timeout: 15000 })
				.catch(() => {});
			assert.equal(await title(page), expect);
		}
		await page.goBack();
		assert.equal(new URL(page.url()).pathname, '/places');
		// A breadcrumb leads back up too.
		await page.goto(`${BASE}/places/${encodeURIComponent('广东省')}/${encodeURIComponent('广州市')}/${encodeURIComponent('白云区')}`);
		await Promise.all([
			page.waitForURL((u) => u.pathname.endsWith(encodeURIComponent('广东省'))),
			page.locator('[data-testid="place-crumbs"] a', { hasText: '广东省' }).click()
		]);
		assert.equal(await title(page), '广东省');
		// Without JavaScript the browser still asks for the module preloads and is refused: not errors of the page.
		// A reload while the engine loads aborts its download (net::ERR_ABORTED): the browser's doing, not an error.
		if (js)
			assert.deepEqual(
				errors.filter((e) => !e.endsWith('net::ERR_ABORTED')),
				[]
			);
		await ctx.close();
	});
}

/** The names the live chart `id` draws (its first series' data) and its heading. */
async function chartNames(page, id) {
	await page.waitForFunction((id) => document.querySelector(`#${id} .live`)?.echartsInstance, id, { timeout: 30000 });
	return page.evaluate((id) => {
		const el = document.querySelector(`#${id} .live`);
		return { title: document.querySelector(`#${id} h2`)?.textContent?.trim(), names: el.echartsInstance.getOption().series[0].data.map((d) => d.name) };
	}, id);
}

test('the overview of several provinces starts at provinces; a bar opens the province, back returns; a district filter shows districts', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/`);
	// Prerendered (before any script): the headings name the level.
	assert.equal((await page.locator('#exec h2').textContent()).trim(), '各省预算执行率');
	assert.equal((await page.locator('#box h2').textContent()).trim(), '各省评价得分分布');
	await waitForLiveCharts(page);
	for (const id of ['exec', 'box']) {
		const { names } = await chartNames(page, id);
		assert.ok(names.includes('广东省') && names.includes('贵州省'), `${id}: ${names}`);
		assert.ok(
			names.every((n) => /(省|市|自治区|特别行政区)$/.test(n)),
			`${id} shows provinces, not districts: ${names}`
		);
	}
	// The table under the chart lists provinces too, each linking its place page.
	await page.locator('#exec details.as-table summary').click();
	// (the table renders when its details opens: wait for its fourth link before counting, not one frame after the click)
	await page.locator('#exec table a[href*="/places/"]').nth(3).waitFor({ timeout: 10000 });
	assert.ok((await page.locator('#exec table a[href*="/places/"]').count()) >= 4);
	await page.locator('#exec details.as-table summary').click();
	await page.locator('#exec').scrollIntoViewIfNeeded();
	const target = await page.evaluate(() => {
		const el = document.querySelector('#exec .live');
		const chart = el.echartsInstance;
		const data = chart.getOption().series[0].data;
		const i = data.findIndex((d) => d.name === '广东省');
		const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [i, data[i].value / 2]);
		const r = el.getBoundingClientRect();
		return { x: r.left + x, y: r.top + y };
	});
	await page.mouse.click(target.x, target.y);
	await page.waitForURL((u) => decodeURIComponent(u.pathname) === '/places/广东省');
	assert.equal(await title(page), '广东省');
	await page.goBack();
	await page.waitForURL((u) => u.pathname === '/');
	await waitForLiveCharts(page);
	assert.equal((await chartNames(page, 'exec')).title, '各省预算执行率');
	// A district chosen: the overview is as it is for one city (by district).
	await page.goto(`${BASE}/?district=${encodeURIComponent('白云区')}`);
	await page.waitForFunction(() => document.querySelector('#exec h2')?.textContent?.trim() === '各区预算执行率', null, { timeout: 60000 });
	await waitForLiveCharts(page);
	await page.waitForFunction(() => !document.querySelector('#exec [data-testid="chart-loading"]'), null, { timeout: 60000 });
	assert.deepEqual((await chartNames(page, 'exec')).names, ['白云区']);
	// English: the heading and the province's English name.
	await page.goto(`${BASE}/en`);
	assert.equal((await page.locator('#exec h2').textContent()).trim(), 'Budget execution rate by province');
	await waitForLiveCharts(page);
	await page.locator('#exec details.as-table summary').click();
	const first = page.locator('#exec table tbody tr').first();
	assert.match((await first.textContent()) ?? '', /Province \(.+省\)|\(.+(市|自治区)\)/);
	assert.match((await first.locator('a').getAttribute('href')) ?? '', /^\/en\/places\/%/);
	// Leaving a page while DuckDB-WASM still downloads aborts those requests (page.goto above): not an error of the page.
	assert.deepEqual(
		errors.filter((e) => !/net::ERR_ABORTED/.test(e)),
		[]
	);
	await ctx.close();
});

test('English pages: pinyin names with the Chinese after them, rank in English', async () => {
	const ctx = await b.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
	const page = await ctx.newPage();
	await page.goto(`${BASE}/en/places/${encodeURIComponent('广东省')}/${encodeURIComponent('广州市')}`);
	assert.equal(await title(page), 'Guangzhou (广州市)');
	const names = await page.locator('[data-testid="place-children"] tbody th a').allTextContents();
	assert.ok(names.includes('Baiyun District (白云区)'), names.join());
	assert.match((await page.locator('[data-testid="place-rank"]').textContent()) ?? '', /(1st|2nd) of 2 in Guangdong Province \(广东省\)/);
	await page.screenshot({ path: `${SHOTS}/places-city-en-390.png`, fullPage: true });
	await ctx.close();
});

test('compare two districts from different cities, differences marked', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	const q = new URLSearchParams([
		['district', '广州市/白云区'],
		['district', '贵阳市/白云区']
	]);
	await page.goto(`${BASE}/compare?${q}`);
	const table = page.locator('[data-testid="compare-table"]');
	await table.waitFor({ timeout: 60000 });
	const heads = await table.locator('thead th').allTextContents();
	assert.equal(heads.length, 3);
	assert.match(heads[1], /白云区.*广州市/);
	assert.match(heads[2], /白云区.*贵阳市/);
	// Report counts per column are those of the place pages (prerendered from native DuckDB).
	const counts = (await table.locator('tbody tr').first().locator('td').allTextContents()).map(Number);
	const gz = await ctx.newPage();
	const placeCount = async (path) => {
		await gz.goto(`${BASE}${path}`);
		return Number((await gz.locator('[data-testid="place-kpis"] dd').first().textContent()).trim());
	};
	assert.deepEqual(counts, [await placeCount('/places/广东省/广州市/白云区'), await placeCount('/places/贵州省/贵阳市/白云区')]);
	assert.ok(
		counts.every((n) => n > 0),
		`counts ${counts}`
	);
	// At least one measure has a best and a worst marked (the two places differ).
	assert.ok((await table.locator('td.best').count()) >= 1 && (await table.locator('td.worst').count()) >= 1);
	assert.ok((await page.locator('[data-testid="compare-indicators"] tbody tr').count()) >= 1);
	await page.screenshot({ path: `${SHOTS}/compare-districts.png`, fullPage: true });
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('compare from the place table: tick two cities, submit with the keyboard', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	await page.goto(`${BASE}/places`);
	const boxes = page.locator('[data-testid="compare-form"] tbody input[type="checkbox"]');
	await boxes.nth(0).focus();
	await page.keyboard.press('Space');
	await boxes.nth(1).focus();
	await page.keyboard.press('Space');
	await page.locator('[data-testid="compare-form"] button[type="submit"]').focus();
	await Promise.all([page.waitForURL((u) => u.pathname === '/compare'), page.keyboard.press('Enter')]);
	assert.equal(new URL(page.url()).searchParams.getAll('province').length, 2);
	await page.locator('[data-testid="compare-table"]').waitFor({ timeout: 60000 });
	assert.deepEqual(errors, []);
	await ctx.close();
});

test('multi-select filters in the URL survive reload and back', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	const path = `/places/${encodeURIComponent('广东省')}`;
	await page.goto(`${BASE}${path}`);
	const before = await page.locator('[data-testid="place-children"] tbody tr').first().locator('td').nth(1).textContent();
	// Tick two years and one grade, apply.
	const form = page.locator('[data-testid="place-filters"]');
	const years = form.locator('input[name="year"]');
	const y1 = await years.nth(0).getAttribute('value');
	const y2 = await years.nth(1).getAttribute('value');
	await years.nth(0).check();
	await years.nth(1).check();
	await form.locator('input[name="grade"][value="优"]').check();
	await Promise.all([page.waitForURL((u) => u.searchParams.getAll('year').length === 2), form.locator('button[type="submit"]').click()]);
	const u = new URL(page.url());
	assert.deepEqual(u.searchParams.getAll('year').sort(), [y1, y2].sort());
	assert.deepEqual(u.searchParams.getAll('grade'), ['优']);
	await page.waitForFunction(() => document.querySelector('[data-testid="place-filtered"]')?.textContent?.match(/浏览器中重新计算/), null, { timeout: 60000 });
	const filtered = await page.locator('[data-testid="place-children"] tbody tr').first().locator('td').nth(1).textContent();
	assert.ok(Number(filtered) < Number(before), `filtered ${filtered} < all ${before}`);

	await page.reload();
	await page.waitForFunction(() => document.querySelector('[data-testid="place-filtered"]')?.textContent?.match(/浏览器中重新计算/), null, { timeout: 60000 });
	assert.equal(await form.locator('input[name="year"]:checked').count(), 2);
	assert.equal(await form.locator('input[name="grade"][value="优"]').isChecked(), true);
	assert.equal(await page.locator('[data-testid="place-children"] tbody tr').first().locator('td').nth(1).textContent(), filtered);

	await page.goBack();
	await page.waitForURL((x) => x.search === '');
	await page.waitForFunction((n) => document.querySelector('[data-testid="place-children"] tbody tr td:nth-child(3)')?.textContent === n, before, {
		timeout: 30000
	});
	assert.equal(await form.locator('input[name="year"]:checked').count(), 0);
	await page.goForward();
	await page.waitForFunction((n) => document.querySelector('[data-testid="place-children"] tbody tr td:nth-child(3)')?.textContent === n, filtered, {
		timeout: 30000
	});
	assert.equal(await form.locator('input[name="year"]:checked').count(), 2);
	await page.screenshot({ path: `${SHOTS}/places-filtered.png`, fullPage: true });
	assert.deepEqual(errors, []);
	await ctx.close();
});
