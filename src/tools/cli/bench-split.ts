/**
 * `npm run bench:split -- --site DIR --data DIR [--filters 30] [--warm] [--out FILE]`: where the overview's
 * filter → redraw time goes (issue 18). The bench's district sequence (the filter bar's districts, all districts
 * again every third change), on one build and one dataset folder, split three ways:
 *
 * - the app: per change, 'filter-queries' (the statements, or the result cache) and 'filter-redraw' (then Svelte's
 *   update and the charts) as the page measures them, and a CPU profile of the main thread over the changes,
 *   self time by script (ECharts' chunk apart);
 * - each statement alone in DuckDB-WASM (src/tools/scale/split.ts): first run (with its range reads) and again
 *   (blocks in the buffer pool), bytes read from the server;
 * - the same statements in native DuckDB over the same files.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { startBenchServer } from '../scale/server';
import { median, percentile } from '../scale/bench-util';
import { openNodeConnector } from '../../lib/db/node';
import type { SplitStatement } from '../scale/split';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const log = (s: string) => console.log(`[split ${new Date().toISOString().slice(11, 19)}] ${s}`);
const fmt = (x: number | null) => (x == null ? '—' : x.toFixed(1));

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string };
	children?: number[];
}

/** The bench's sequence: the filter bar's districts in order, '' (all) every third change. */
async function districtSequence(page: Page, count: number): Promise<string[]> {
	const values: string[] = await page.locator('select[name="district"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
	const real = values.filter(Boolean);
	const seq: string[] = [];
	for (let k = 0; seq.length < count; k++) seq.push(k % 3 === 2 ? '' : real[k % real.length]);
	return seq;
}

interface AppChange {
	district: string;
	applied_ms: number;
	queries_ms: number | null;
	redraw_ms: number | null;
	cached: number | null;
	ran: number | null;
}

async function appChanges(page: Page, seq: string[]): Promise<AppChange[]> {
	const out: AppChange[] = [];
	for (const v of seq) {
		const r = await page.evaluate(async (value) => {
			const sel = document.querySelector('select[name="district"]') as HTMLSelectElement;
			if (sel.value === value) return null;
			let obs: PerformanceObserver | undefined;
			const applied = new Promise<number>((resolve) => {
				obs = new PerformanceObserver((list) => {
					const m = list.getEntries().find((e) => e.name === 'filter-applied');
					if (m) resolve(m.startTime);
				});
				obs.observe({ type: 'mark' });
			});
			const t0 = performance.now();
			sel.value = value;
			sel.dispatchEvent(new Event('change', { bubbles: true }));
			const t = await Promise.race([applied, new Promise<number>((res) => setTimeout(() => res(-1), 120000))]);
			obs?.disconnect();
			// (No named functions in here: the bundler would wrap them in a helper the page does not have.)
			const q = (performance.getEntriesByName('filter-queries') as PerformanceMeasure[]).filter((e) => e.startTime >= t0 - 1).at(-1);
			const d = (performance.getEntriesByName('filter-redraw') as PerformanceMeasure[]).filter((e) => e.startTime >= t0 - 1).at(-1);
			const detail = (q?.detail ?? {}) as { cached?: number; ran?: number };
			return { applied: t - t0, queries: q?.duration ?? null, redraw: d?.duration ?? null, cached: detail.cached ?? null, ran: detail.ran ?? null };
		}, v);
		if (r && r.applied >= 0) out.push({ district: v, applied_ms: r.applied, queries_ms: r.queries, redraw_ms: r.redraw, cached: r.cached, ran: r.ran });
	}
	return out;
}

/** Self time (ms) by function over a CPU profile: the `top` heaviest, as name (file:line). */
function selfTimeByFunction(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, top = 15): [string, number][] {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const out = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const n = byId.get(id);
		if (!n) return;
		const cf = n.callFrame as { functionName: string; url: string; lineNumber?: number };
		const k = `${cf.functionName || '(anonymous)'} (${cf.url.split('/').pop()}:${cf.lineNumber ?? 0})`;
		out.set(k, (out.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	});
	return [...out].sort((a, b) => b[1] - a[1]).slice(0, top);
}

/** Self time (ms) by script file over a CPU profile; ECharts' chunk and the engine's worker glue marked. */
function selfTimeByScript(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, site: string): Record<string, number> {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const tag = new Map<string, string>();
	const label = (url: string, fn: string): string => {
		if (!url) return fn.startsWith('(') ? fn : '(native)';
		if (!tag.has(url)) {
			const path = new URL(url).pathname;
			let kind = path.split('/').pop() ?? path;
			try {
				const text = readFileSync(join(site, path), 'utf8');
				if (/zrender|echarts/i.test(text)) kind = `echarts ${kind}`;
				else if (/duckdb/i.test(text)) kind = `duckdb ${kind}`;
				else if (/\$\.(get|set|template_effect)\(/.test(text)) kind = `svelte ${kind}`;
			} catch {
				// not a file of the site
			}
			tag.set(url, kind);
		}
		return tag.get(url)!;
	};
	const out: Record<string, number> = {};
	profile.samples.forEach((id, i) => {
		const n = byId.get(id);
		if (!n) return;
		const k = label(n.callFrame.url, n.callFrame.functionName);
		out[k] = (out[k] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
	});
	return out;
}

async function main() {
	const { values } = parseArgs({
		options: {
			site: { type: 'string', default: 'build' },
			data: { type: 'string', default: 'bench/tmp/data-nation-1000000' },
			filters: { type: 'string', default: '30' },
			warm: { type: 'boolean' },
			'app-only': { type: 'boolean' },
			out: { type: 'string' }
		}
	});
	const site = values.site!;
	const dataDir = values.data!;
	execFileSync('npx', [
		'esbuild',
		'src/tools/scale/split.ts',
		'--bundle',
		'--format=esm',
		'--platform=browser',
		'--log-level=error',
		'--banner:js=globalThis.$state ??= (v) => v;',
		'--outfile=bench/tmp/split.mjs'
	]);
	writeFileSync('bench/tmp/split.html', '<!doctype html><meta charset="utf-8"><body><script type="module" src="/__bench/split.mjs"></script>\n');
	const server = await startBenchServer({
		root: site,
		dataDir,
		// --data is another dataset than the build's: its answer files and cube describe the build's data.
		noAnswers: true,
		benchFiles: {
			'/__bench/split.mjs': 'bench/tmp/split.mjs',
			'/__bench/split.html': 'bench/tmp/split.html',
			'/__bench/duckdb-eh.wasm': 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm',
			'/__bench/duckdb-browser-eh.worker.js': 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'
		}
	});
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
	const result: Record<string, unknown> = { site, data: dataDir, date: new Date().toISOString(), warm: values.warm ?? false };
	try {
		// The app.
		const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await ctx.newPage();
		await page.goto(`${server.url}/`);
		await page.waitForFunction(() => performance.getEntriesByName('db-ready').length > 0, null, { timeout: 10 * 60000, polling: 200 });
		if (values.warm) {
			const w = await page
				.waitForFunction(() => performance.getEntriesByName('db-warm')[0]?.startTime ?? null, null, { timeout: 120000, polling: 200 })
				.then((h) => h.jsonValue())
				.catch(() => null);
			log(`db-warm: ${w == null ? 'not within 120 s' : `${Number(w).toFixed(0)} ms`}`);
			result.db_warm_ms = w;
		}
		const seq = await districtSequence(page, Number(values.filters));
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
		await cdp.send('Profiler.start');
		server.resetBytes();
		const app = await appChanges(page, seq);
		const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
		const bytes = server.bytesServed('/data/');
		const self = selfTimeByScript(profile, site);
		const fns = selfTimeByFunction(profile);
		const heap = await cdp.send('Performance.enable').then(() => cdp.send('Performance.getMetrics'));
		await ctx.close();
		const applied = app.map((c) => c.applied_ms);
		const queries = app.flatMap((c) => (c.queries_ms == null ? [] : [c.queries_ms]));
		const after = app.flatMap((c) => (c.redraw_ms == null || c.queries_ms == null ? [] : [c.redraw_ms - c.queries_ms]));
		const afterApplied = app.flatMap((c) => (c.queries_ms == null ? [] : [c.applied_ms - c.queries_ms]));
		result.app = {
			changes: app,
			applied_median_ms: median(applied),
			applied_p95_ms: percentile(applied, 0.95),
			queries_median_ms: median(queries),
			queries_p95_ms: percentile(queries, 0.95),
			after_queries_median_ms: median(after),
			applied_minus_queries_median_ms: median(afterApplied),
			applied_minus_queries_p95_ms: percentile(afterApplied, 0.95),
			bytes_read: bytes,
			main_thread_top_functions_ms: fns,
			main_thread_self_ms: Object.fromEntries(Object.entries(self).sort((a, b) => b[1] - a[1])),
			js_heap_mb: (heap.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20
		};
		log(
			`app: ${app.length} changes, filter → redraw median ${fmt(median(applied))} / p95 ${fmt(percentile(applied, 0.95))} ms; statements (filter-queries) median ${fmt(median(queries))} / p95 ${fmt(percentile(queries, 0.95))} ms; after them (Svelte + charts) median ${fmt(median(afterApplied))} / p95 ${fmt(percentile(afterApplied, 0.95))} ms; ${(bytes / 2 ** 20).toFixed(1)} MB read; cache ${app.reduce((a, c) => a + (c.cached ?? 0), 0)} hits, ${app.reduce((a, c) => a + (c.ran ?? 0), 0)} ran`
		);
		for (const kind of ['', 'district']) {
			const sub = app.filter((c) => (kind ? c.district !== '' : c.district === ''));
			log(
				`  ${kind || 'all districts'}: ${sub.length} changes, applied median ${fmt(median(sub.map((c) => c.applied_ms)))} ms, statements ${fmt(median(sub.flatMap((c) => (c.queries_ms == null ? [] : [c.queries_ms]))))} ms, after ${fmt(median(sub.flatMap((c) => (c.queries_ms == null ? [] : [c.applied_ms - c.queries_ms]))))} ms`
			);
		}
		log(
			`  main thread self time over the changes (ms): ${Object.entries(self)
				.sort((a, b) => b[1] - a[1])
				.slice(0, 10)
				.map(([k, v]) => `${k} ${v.toFixed(0)}`)
				.join(', ')}`
		);
		log(`  heaviest functions (self ms): ${fns.map(([k, v]) => `${k} ${v.toFixed(0)}`).join('; ')}`);
		if (values['app-only']) return;

		// Each statement alone in DuckDB-WASM.
		const sctx = await browser.newContext();
		const sp = await sctx.newPage();
		await sp.exposeFunction('bytes', () => server.bytesServed('/data/'));
		await sp.goto(`${server.url}/__bench/split.html`);
		await sp.waitForFunction(() => 'runSplit' in window, null, { timeout: 60000 });
		const uniq = [...new Set(seq)];
		const warmList = ['', ...uniq.filter(Boolean).slice(0, 2)];
		const wasm = (await sp.evaluate(({ d, w }) => (window as unknown as { runSplit: (d: string[], w: string[]) => Promise<unknown> }).runSplit(d, w), {
			d: uniq,
			w: warmList
		})) as SplitStatement[];
		await sctx.close();

		// The same statements in native DuckDB (the page spec's modules read Svelte's $state: a plain value outside a component).
		(globalThis as { $state?: unknown }).$state ??= (v: unknown) => v;
		const { overview } = await import('../../lib/pages/overview');
		const { statements } = await import('../../lib/queries/combined');
		const { DEFAULT_FILTERS } = await import('../../lib/queries/filters');
		const db = await openNodeConnector(dataDir);
		const native: { district: string; sql: string; ms: number; again_ms: number }[] = [];
		for (const d of [...warmList, ...uniq]) {
			const qs = overview.queries({ ...DEFAULT_FILTERS, district: d || null }, db.plan);
			for (const sql of statements(qs)) {
				const t0 = performance.now();
				await db.query(sql);
				const t1 = performance.now();
				await db.query(sql);
				native.push({ district: d, sql, ms: t1 - t0, again_ms: performance.now() - t1 });
			}
		}
		await db.close();
		const nativeTimed = native.slice(native.length - wasm.length);
		const groups = new Map<string, { first: number[]; again: number[]; bytes: number[]; native: number[]; rows: number[] }>();
		wasm.forEach((s, i) => {
			const key = `${s.district ? 'district' : 'all'} · ${s.names.join('+')} · ${s.table}`;
			const g = groups.get(key) ?? { first: [], again: [], bytes: [], native: [], rows: [] };
			g.first.push(s.first_ms);
			g.again.push(s.again_ms);
			g.bytes.push(s.bytes);
			g.rows.push(s.rows);
			g.native.push(nativeTimed[i]?.again_ms ?? NaN);
			groups.set(key, g);
		});
		result.statements = [...groups].map(([key, g]) => ({
			statement: key,
			n: g.first.length,
			wasm_first_median_ms: median(g.first),
			wasm_again_median_ms: median(g.again),
			native_median_ms: median(g.native),
			bytes_median: median(g.bytes),
			rows_median: median(g.rows)
		}));
		log('statements (filter state · queries · table): n, WASM first / again median ms, native ms, KB read, rows');
		for (const s of result.statements as {
			statement: string;
			n: number;
			wasm_first_median_ms: number;
			wasm_again_median_ms: number;
			native_median_ms: number;
			bytes_median: number;
			rows_median: number;
		}[])
			log(
				`  ${s.statement}: ${s.n}, ${fmt(s.wasm_first_median_ms)} / ${fmt(s.wasm_again_median_ms)}, ${fmt(s.native_median_ms)}, ${(s.bytes_median / 1024).toFixed(0)} KB, ${s.rows_median}`
			);
		result.wasm = wasm;
	} finally {
		await browser.close();
		await server.close();
		if (values.out) writeFileSync(values.out, JSON.stringify(result, null, 2) + '\n');
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
