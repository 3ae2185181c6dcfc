/** axe-core (WCAG 2.1 A/AA) on every page of the site, light and dark, with JavaScript on. */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BASE, browser } from './helpers.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Violations already reported to the owners of those parts (in the public-pages report): each entry tolerates one
 * axe rule on the nodes whose selector matches `target`, on the pages named (all pages when `pages` is absent).
 * Anything else fails. Remove an entry once its owner has fixed it.
 */
const KNOWN = [];

/** Whether a violating node is one of the known, reported ones. */
function known(page, scheme, rule, target) {
	return KNOWN.some((k) => k.rule === rule && k.target.test(target) && (!k.pages || k.pages.includes(page)) && (!k.scheme || k.scheme === scheme));
}

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

/** The first link on `path` matching `selector`, as an absolute URL. */
async function firstLink(page, path, selector) {
	await page.goto(`${BASE}${path}`);
	return page
		.locator(selector)
		.first()
		.evaluate((a) => a.href);
}

/** Every page the site has, one of each kind for parameterised routes. */
async function pages(ctx) {
	const probe = await ctx.newPage();
	const list = [
		['overview', `${BASE}/`],
		['overview-en', `${BASE}/en`],
		['districts', `${BASE}/districts`],
		['district', await firstLink(probe, '/districts', 'table a[href*="/districts/"]')],
		['streets', `${BASE}/streets`],
		['street', await firstLink(probe, '/streets', 'table a[href*="/streets/"]')],
		['years', `${BASE}/years`],
		['indicators', `${BASE}/indicators`],
		['findings', `${BASE}/findings`],
		['reports', `${BASE}/reports`],
		['report', await firstLink(probe, '/reports', 'table a[href*="/reports/"]')],
		['review', `${BASE}/review`],
		['sql', `${BASE}/sql`],
		['data', `${BASE}/data`],
		['public', `${BASE}/public`],
		['public-en', `${BASE}/en/public`],
		['about', `${BASE}/about`],
		['open-data', `${BASE}/open-data`],
		['briefing', await firstLink(probe, '/public', '.district-links a[href*="/briefing/"]')]
	];
	await probe.close();
	return list;
}

/** Runs axe on the loaded page; returns one entry per violating node. */
async function axe(page) {
	await page.addScriptTag({ content: AXE });
	const result = await page.evaluate(async (tags) => {
		// eslint-disable-next-line no-undef
		const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return r.violations.flatMap((v) =>
			v.nodes.map((n) => ({ id: v.id, impact: v.impact, target: n.target.join(' '), html: n.html.slice(0, 160), help: v.help }))
		);
	}, TAGS);
	return result;
}

for (const scheme of ['light', 'dark']) {
	test(`axe-core: no WCAG 2.1 A/AA violations on any page (${scheme})`, async () => {
		// The site's CSP forbids inline scripts, axe's included: this context alone ignores the policy.
		const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
		const problems = [];
		for (const [name, url] of await pages(ctx)) {
			const page = await ctx.newPage();
			const res = await page.goto(url);
			assert.equal(res.status(), 200, `${name}: ${url}`);
			// Let hydration and the first live charts settle; axe checks what a reader meets.
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(500);
			for (const v of await axe(page)) {
				if (!known(name, scheme, v.id, v.target)) problems.push(`${name} [${v.impact}] ${v.id}: ${v.help} — ${v.target} ${v.html}`);
			}
			await page.close();
		}
		await ctx.close();
		assert.deepEqual(problems, []);
	});
}

test("axe-core: a filtered link's first paint, before the app runs (the tiles' first-paint figures, loading labels, the status line), zh and en, light and dark", async () => {
	const problems = [];
	for (const scheme of ['light', 'dark'])
		for (const path of [`/?district=${encodeURIComponent('白云区')}`, `/en/districts/${encodeURIComponent('白云区')}?from=2023`, '/?from=2023&grade=优']) {
			const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
			// The app never arrives: the page stays as app.html's first-paint script leaves it.
			await ctx.route(/\/_app\/immutable\/.*\.js$/, (route) => route.abort());
			const page = await ctx.newPage();
			await page.goto(`${BASE}${path}`, { waitUntil: 'domcontentloaded' });
			assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-filters-pending')), true, path);
			for (const v of await axe(page)) problems.push(`${path} (${scheme}) [${v.impact}] ${v.id}: ${v.help} — ${v.target} ${v.html}`);
			await ctx.close();
		}
	assert.deepEqual(problems, []);
});
