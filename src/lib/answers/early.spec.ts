/**
 * app.html's first-paint script (issue 17), run here in a bare context against the app's own rules: it marks the
 * document pending exactly when the URL sets a filter on a dashboard page (state/url.ts parseFilters), and starts
 * fetching the answer file answerDim names for that state (the file answers/client.ts then reads), nothing else.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseFilters, isDefault } from '../state/url';
import { answerDim, placeAnswerDim } from './states';
import type { Filters } from '../queries/filters';
import config from '../../../svelte.config.js';
import { FIRST_PAINT_ID, FIRST_PAINT_TILES, firstPaintKey } from './firstpaint.server';

const HTML = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
const SCRIPT = /<script id="first-paint">([\s\S]*?)<\/script>/.exec(HTML)?.[1] ?? '';

interface Run {
	pending: boolean;
	fetched: string[];
}

/** Runs the script as the browser would for `url`, the favicon link resolved against it as app.html writes it. */
function run(url: string): Run {
	const attrs = new Set<string>();
	const fetched: string[] = [];
	const here = new URL(url);
	const root = new URL('/', here).href;
	const win: Record<string, unknown> = {};
	const document = {
		querySelector: (sel: string) => (sel === 'link[rel="icon"]' ? { href: `${root}favicon.png` } : null),
		documentElement: { setAttribute: (k: string) => attrs.add(k) },
		addEventListener: () => undefined
	};
	class MutationObserver {
		observe() {}
		disconnect() {}
	}
	win.window = win;
	Object.assign(win, {
		document,
		location: { href: here.href, search: here.search },
		URL,
		URLSearchParams,
		MutationObserver,
		fetch: (u: string) => (fetched.push(u), Promise.resolve(null))
	});
	runInNewContext(SCRIPT, win);
	return { pending: attrs.has('data-filters-pending'), fetched };
}

/** Each dashboard page and the answer files it reads: a list page's (answerDim), a place page's (placeAnswerDim), or none (/reports filters its own list). */
const PAGES: [string, ((f: Filters) => string | null) | null][] = [
	...(['overview', 'districts', 'streets', 'years', 'indicators', 'findings', 'review'] as const).map((p): [string, (f: Filters) => string | null] => [
		p === 'overview' ? '/' : `/${p}`,
		(f) => (answerDim(f) ? `${p}/${answerDim(f)}` : null)
	]),
	['/reports', null],
	...(['district', 'street'] as const).map((p): [string, (f: Filters) => string | null] => [
		`/${p}s/${encodeURIComponent(p === 'district' ? '白云区' : '新市街道')}`,
		(f) => (placeAnswerDim(p, f) ? `${p}/${placeAnswerDim(p, f)}` : null)
	])
];

const QUERIES = [
	'',
	'district=白云区',
	'district=%20',
	'street=新市街道',
	'district=白云区&street=新市街道',
	'from=2023',
	'to=2022',
	'from=2023&to=2023',
	'from=2024&to=2022',
	'from=23',
	'from=1850',
	'type=单位自评',
	'grade=优',
	'source=real',
	'source=synthetic',
	'source=user',
	'source=all',
	'source=bogus',
	'district=白云区&grade=优',
	'from=2023&source=real',
	'lang=en',
	'q=党建'
];

describe("app.html's first-paint script", () => {
	it("marks a dashboard page pending exactly when its URL sets a filter the page does not fix, and fetches the page's and the overview's answer files", () => {
		for (const [path, file] of PAGES)
			for (const lang of ['', '/en'])
				for (const q of QUERIES) {
					const url = `http://127.0.0.1:4180${lang}${path === '/' && lang ? '' : path}${q ? `?${q}` : ''}`;
					const f = parseFilters(new URLSearchParams(q));
					const got = run(url);
					// A district's page fixes the district, a street's the district and the street: those are no filter there.
					const own = path.startsWith('/districts/') ? { ...f, district: null } : path.startsWith('/streets/') ? { ...f, district: null, street: null } : f;
					const searched = path === '/reports' && q.startsWith('q=');
					expect(got.pending, url).toBe(!isDefault(own) || searched);
					// The page's file, then the overview's (the demo banner counts the URL's filters from it).
					const files = got.pending ? [file?.(f), answerDim(f) ? `overview/${answerDim(f)}` : null] : [];
					const want = [...new Set(files.filter((x) => x != null))].map((x) => `http://127.0.0.1:4180/answers/${x}.json`);
					expect(got.fetched, url).toEqual(want);
				}
	});

	it('leaves other pages alone, whatever their URL', () => {
		for (const path of ['/about', '/sql', '/public', '/places', '/compare', '/reports/abc', '/briefing/x', '/en/open-data'])
			expect(run(`http://127.0.0.1:4180${path}?district=白云区`)).toEqual({ pending: false, fetched: [] });
	});

	it("fills the KPI tiles with the figures the page embeds for the link's own choice (firstPaintKey), and marks <main> busy", () => {
		/** Runs the script for `url` with a page that embeds a figure for every key `keys` gives, then parses the page. */
		const fill = (url: string, keys: string[]) => {
			const here = new URL(url);
			const root = new URL('/', here).href;
			const attrs: Record<string, Record<string, string>> = { html: {}, main: {} };
			for (const t of FIRST_PAINT_TILES) attrs[t] = {};
			const el = (name: string) => ({
				setAttribute: (k: string, v: string) => (attrs[name][k] = v),
				hasAttribute: (k: string) => k in attrs[name]
			});
			const json = JSON.stringify(Object.fromEntries(keys.map((k) => [k, FIRST_PAINT_TILES.map((t) => `${t}:${k}`)])));
			let loaded: (() => void) | undefined;
			const document = {
				querySelector: (sel: string) => {
					if (sel === 'link[rel="icon"]') return { href: `${root}favicon.png` };
					const m = /^\[data-kpi="(\w+)"\]:not\(\[data-fp\]\)$/.exec(sel);
					return m && !('data-fp' in attrs[m[1]]) ? el(m[1]) : null;
				},
				getElementById: (id: string) => (id === 'main' ? el('main') : id === FIRST_PAINT_ID ? { textContent: json } : null),
				documentElement: el('html'),
				addEventListener: (_: string, cb: () => void) => (loaded = cb)
			};
			class MutationObserver {
				observe() {}
				disconnect() {}
			}
			const win: Record<string, unknown> = {};
			win.window = win;
			Object.assign(win, {
				document,
				location: { href: here.href, search: here.search },
				URL,
				URLSearchParams,
				MutationObserver,
				fetch: () => Promise.resolve(null)
			});
			runInNewContext(SCRIPT, win);
			loaded?.();
			return { pending: 'data-filters-pending' in attrs.html, busy: attrs.main['aria-busy'], shown: FIRST_PAINT_TILES.map((t) => attrs[t]['data-fp'] ?? null) };
		};
		for (const [path, place] of [
			['', null],
			['/districts/白云区', 'district'],
			['/streets/新市街道', 'street']
		] as const)
			for (const q of QUERIES) {
				const url = `http://127.0.0.1:4180${path}${q ? `?${q}` : ''}`;
				const f = parseFilters(new URLSearchParams(q));
				const mine = place === 'district' ? { ...f, district: null } : place === 'street' ? { ...f, district: null, street: null } : f;
				const key = firstPaintKey(mine);
				// Embedded: the page's own key (and decoys) fills each tile with its figure; not embedded: nothing.
				const got = fill(url, [key, 'district=x', 'grade=y']);
				if (!got.pending) {
					expect(got.shown, url).toEqual(FIRST_PAINT_TILES.map(() => null));
					continue;
				}
				expect(got.busy, url).toBe('true');
				expect(got.shown, url).toEqual(FIRST_PAINT_TILES.map((t) => `${t}:${key}`));
				expect(fill(url, ['district=x']).shown, url).toEqual(FIRST_PAINT_TILES.map(() => null));
			}
		// The key is the reader's choice, unencoded, in the URL's parameter order, years in order.
		expect(fill('http://127.0.0.1:4180/?grade=%E4%BC%98&from=2024&to=2022', ['from=2022&to=2024&grade=优']).shown[0]).toBe(
			'reports:from=2022&to=2024&grade=优'
		);
	});

	it("is allowed by the page's script-src: svelte.config.js names its hash", () => {
		const hash = `sha256-${createHash('sha256').update(SCRIPT).digest('base64')}`;
		expect(SCRIPT.length).toBeGreaterThan(100);
		expect(config.kit?.csp?.directives?.['script-src']).toContain(hash);
	});
});
