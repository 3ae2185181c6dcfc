/**
 * Maps for every level of /places and its entry in the site navigation (issue 18), on the nationwide build
 * (`test/e2e/nationwide-build.mjs`, as nationwide.e2e.mjs): the country by province, a province by city, a city by
 * district — each prerendered as SVG (JavaScript off) and drawn live from its own level's geometry file only
 * (JavaScript on); no map below the city. The nav's 地区 / Places link, by keyboard, in both languages, on a phone.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, browser, trackedPage } from './helpers.mjs';
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

const enc = (...names) => names.map(encodeURIComponent).join('/');
const LEVELS = [
	{ path: '/places', key: 'country', regions: /广东/, shot: 'country' },
	{ path: `/places/${enc('广东省')}`, key: '广东省', regions: /广州/, shot: 'province' },
	{ path: `/places/${enc('广东省', '广州市')}`, key: '广东省/广州市', regions: /白云/, shot: 'city' }
];

for (const js of [true, false]) {
	test(`a map at each level: country, province, city (JavaScript ${js ? 'on' : 'off'})`, async () => {
		const ctx = await b.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 900 } });
		const { page, errors } = await trackedPage(ctx);
		const geo = [];
		page.on('request', (r) => {
			const u = new URL(r.url());
			if (u.pathname.startsWith('/geo/')) geo.push(decodeURIComponent(u.pathname));
		});
		for (const level of LEVELS) {
			geo.length = 0;
			await page.goto(`${BASE}${level.path}`);
			const map = page.locator('[data-testid="place-map"]');
			assert.equal(await map.getAttribute('data-map-key'), level.key);
			if (js) {
				// Live: the level's own geometry, and nothing else, then an ECharts instance in place of the SVG.
				await map.locator('[_echarts_instance_]').waitFor({ timeout: 30000 });
				assert.deepEqual(geo, [`/geo/${level.key}.json`], `geometry requested on ${level.path}`);
			} else {
				// Prerendered: the SVG with one path per region at least and the short names of places with reports.
				const svg = map.locator('svg').first();
				assert.ok((await svg.locator('path').count()) >= 3, `paths on ${level.path}`);
				assert.match((await svg.textContent()) ?? '', level.regions);
				assert.deepEqual(geo, []);
			}
			await page.screenshot({ path: `${SHOTS}/places-map-${level.shot}-${js ? 'js' : 'nojs'}.png`, fullPage: true });
		}
		// Below the city (a district's streets) there is no geometry: no map, and the table still drills.
		await page.goto(`${BASE}/places/${enc('广东省', '广州市', '白云区')}`);
		assert.equal(await page.locator('[data-testid="place-map"]').count(), 0);
		assert.ok((await page.locator('[data-testid="place-children"] tbody th a').count()) >= 1);
		if (js)
			assert.deepEqual(
				errors.filter((e) => !e.endsWith('net::ERR_ABORTED')),
				[]
			);
		await ctx.close();
	});
}

test('the geometry files are one level each and small', async () => {
	for (const { key } of LEVELS) {
		const res = await fetch(`${BASE}/geo/${key.split('/').map(encodeURIComponent).join('/')}.json`);
		assert.equal(res.status, 200, key);
		const text = await res.text();
		const fc = JSON.parse(text);
		assert.equal(fc.type, 'FeatureCollection');
		assert.ok(text.length < 200_000, `${key}: ${text.length} bytes`);
		const names = fc.features.map((f) => f.properties.name);
		if (key === 'country') assert.ok(names.includes('广东省') && names.includes('贵州省') && names.length >= 31, names.join());
		if (key === '广东省') assert.ok(names.includes('广州市') && names.includes('深圳市'), names.join());
		if (key === '广东省/广州市') assert.ok(names.includes('白云区') && names.includes('天河区'), names.join());
	}
	// No level of the data, no file: a province without reports has none.
	assert.equal((await fetch(`${BASE}/geo/${encodeURIComponent('西藏自治区')}.json`)).status, 404);
});

test('clicking a place on the live map drills down to it', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page } = await trackedPage(ctx);
	await page.goto(`${BASE}/places/${enc('广东省', '广州市')}`);
	const live = page.locator('[data-testid="place-map"] [_echarts_instance_]');
	await live.waitFor({ timeout: 30000 });
	// Hover over the map until the tooltip names a district with reports, then click there.
	const box = await live.boundingBox();
	let hit = null;
	for (const [x, y] of [
		[0.5, 0.5],
		[0.5, 0.4],
		[0.5, 0.6],
		[0.45, 0.5],
		[0.55, 0.5],
		[0.5, 0.3],
		[0.5, 0.7],
		[0.45, 0.4],
		[0.55, 0.6]
	]) {
		await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
		await page.waitForTimeout(400);
		const tip = await page.evaluate(() => {
			const b = [...document.querySelectorAll('[data-testid="place-map"] div > b')].find(
				(e) => e.parentElement && getComputedStyle(e.parentElement).display !== 'none'
			);
			return b && /执行率/.test(b.parentElement.textContent ?? '') ? b.textContent : null;
		});
		if (tip && /区$/.test(tip)) {
			hit = { x: box.x + box.width * x, y: box.y + box.height * y, name: tip };
			break;
		}
	}
	assert.ok(hit?.name, 'a district under the pointer');
	await Promise.all([page.waitForURL((u) => decodeURIComponent(u.pathname).endsWith(`/${hit.name}`), { timeout: 15000 }), page.mouse.click(hit.x, hit.y)]);
	assert.equal((await page.locator('[data-testid="place-title"]').textContent())?.trim(), hit.name);
	await ctx.close();
});

test('English map: pinyin labels, English title and hint', async () => {
	const ctx = await b.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	await page.goto(`${BASE}/en/places`);
	const map = page.locator('[data-testid="place-map"]');
	assert.match((await map.locator('h2, h3').first().textContent()) ?? '', /execution rate by province/i);
	assert.match((await map.locator('svg').first().textContent()) ?? '', /Guangdong/);
	assert.doesNotMatch((await map.locator('svg').first().textContent()) ?? '', /广东/);
	await page.screenshot({ path: `${SHOTS}/places-map-country-en.png`, fullPage: true });
	await ctx.close();
});

for (const js of [true, false])
	for (const [lang, home, label] of [
		['zh', '/', '地区'],
		['en', '/en', 'Places']
	])
		test(`the nav leads to /places by keyboard (${lang}, JavaScript ${js ? 'on' : 'off'})`, async () => {
			const ctx = await b.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: 900 } });
			const page = await ctx.newPage();
			await page.goto(`${BASE}${home}?year=2023`);
			const link = page.locator('nav.site-nav a', { hasText: new RegExp(`^${label}$`) });
			assert.equal(await link.count(), 1);
			// A plain link: the dashboard's filters are not carried to /places (prerendered links are relative).
			const target = new URL(await link.getAttribute('href'), page.url());
			assert.equal(target.pathname, lang === 'en' ? '/en/places' : '/places');
			assert.equal(target.search, '');
			// Tab from the top of the page until the link has focus, then Enter.
			let focused = false;
			for (let i = 0; i < 30 && !focused; i++) {
				await page.keyboard.press('Tab');
				focused = await link.evaluate((a) => a === document.activeElement);
			}
			assert.ok(focused, 'the nav link takes the focus');
			await Promise.all([page.waitForURL((u) => u.pathname === (lang === 'en' ? '/en/places' : '/places')), page.keyboard.press('Enter')]);
			await page.locator('[data-testid="place-title"]').waitFor();
			assert.equal(await page.locator('nav.site-nav a[aria-current="page"]').textContent(), label);
			await ctx.close();
		});

test('the nav on a phone: 地区 / Places reachable in the one scrolling line, no page scrolling sideways', async () => {
	for (const [path, label] of [
		['/places', '地区'],
		['/en/places', 'Places']
	]) {
		const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		const page = await ctx.newPage();
		await page.goto(`${BASE}${path}`);
		const link = page.locator('nav.site-nav a[aria-current="page"]');
		assert.equal((await link.textContent())?.trim(), label);
		assert.ok(await link.isVisible());
		const box = await link.boundingBox();
		assert.ok(box.x >= 0 && box.x + box.width <= 390, `link inside the screen: ${JSON.stringify(box)}`);
		assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
		assert.ok(await page.locator('[data-testid="place-map"]').isVisible());
		await page.screenshot({ path: `${SHOTS}/places-phone-${label}.png`, fullPage: true });
		await ctx.close();
	}
});
