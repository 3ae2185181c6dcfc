/**
 * The bench's fixed reference (issue 17), bundled by the bench (esbuild → bench/tmp/reference.mjs) and run in a blank
 * page: the overview's own statements and chart updates for the same filter changes as the app's, timed alone, with
 * no Svelte, no page, no cache and no warm-up around them. A run on a noisy machine is then read as the app's time
 * over this one's, measured minutes apart in the same browser.
 *
 * Per change: the page's statements (the overview spec's queries, the plan the dataset gives) through a DuckDB-WASM
 * instance from the same bundles; then the charts the app had on screen redrawn at the app's sizes, each only when its
 * drawing changed (charts/key.ts, as ChartCard does), twice: the option as built (ECharts lays the grid out by
 * measuring its labels) and with fixed margins (charts/margins.ts `fixedGrid`), each into its own instances, taking
 * turns going first. The sequence runs once untimed before the timed pass (the engine's and the charts' code compiled,
 * as the app's warm-up does before 'db-warm'); no result is cached, so every change runs its statements.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { CanvasRenderer } from 'echarts/renderers';
import { echarts } from '../../lib/charts/register';
import { overview } from '../../lib/pages/overview';
import { DEFAULT_FILTERS, type Filters } from '../../lib/queries/filters';
import { runQueries } from '../../lib/queries/combined';
import { attachDataset, NO_EXTENSION_DOWNLOADS } from '../../lib/db/setup';
import { arrowToRows } from '../../lib/db/arrow';
import { chartKey } from '../../lib/charts/key';
import { fixedGrid } from '../../lib/charts/margins';
import { replacedTypes } from '../../lib/actions/echarts';
import { DEFAULT_CONTEXT, type ChartOption } from '../../lib/charts/types';
import type { Row } from '../../lib/db/connector';

echarts.use([CanvasRenderer]);

export interface ReferenceInput {
	/** The district chosen at each change ('' = all), as the app's bench sequence. */
	districts: string[];
	/** The overview's charts the app had on screen, with their plot sizes (px). */
	charts: { id: string; width: number; height: number }[];
}

export interface ReferenceChange {
	sql_ms: number;
	/** setOption of every chart whose drawing changed, options as built (label-measuring grid). */
	charts_ms: number;
	/** The same with fixed grid margins. */
	charts_fixed_ms: number;
	/** How many charts were redrawn. */
	redrawn: number;
}

interface Drawn {
	chart: echarts.ECharts;
	key: string;
	option: ChartOption;
}

/** Rounds of the layout-only comparison (each: every chart once per layout). */
const LAYOUT_ROUNDS = 80;

export interface ReferenceResult {
	changes: ReferenceChange[];
	/** ms per chart and setOption, options as built / with fixed margins, LAYOUT_ROUNDS each. */
	layout_plain_ms: number[];
	layout_fixed_ms: number[];
}

export async function runReference(input: ReferenceInput): Promise<ReferenceResult> {
	const worker = new Worker('/__bench/duckdb-browser-eh.worker.js');
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate('/__bench/duckdb-eh.wasm');
	await db.open({ filesystem: { reliableHeadRequests: true, allowFullHTTPReads: false, forceFullHTTPReads: false } });
	const c = await db.connect();
	const run = async (sql: string): Promise<Row[]> => arrowToRows(await c.query(sql));
	for (const s of NO_EXTENSION_DOWNLOADS) await run(s);
	await db.registerFileBuffer('dataset.duckdb', new Uint8Array(await (await fetch('/data/dataset.duckdb')).arrayBuffer()));
	const plan = await attachDataset(run, 'dataset.duckdb', 'ds', async (file) => {
		await db.registerFileURL(file, new URL(`/data/${file}`, location.href).href, duckdb.DuckDBDataProtocol.HTTP, false);
		return file;
	});
	const specs = input.charts.map((ch) => ({ ...ch, spec: overview.charts.find((x) => x.id === ch.id)! })).filter((x) => x.spec);
	const node = (w: number, h: number) => {
		const d = document.createElement('div');
		d.style.cssText = `width:${w}px;height:${h}px`;
		document.body.append(d);
		return d;
	};
	const sets = ['plain', 'fixed'].map((kind) => specs.map((s) => ({ kind, s, el: node(s.width, s.height), drawn: null as Drawn | null })));
	const draw = (set: (typeof sets)[number], rows: Record<string, Row[]>, f: Filters): number => {
		let n = 0;
		for (const x of set) {
			const r = rows as never;
			const option = x.s.spec.option(r, DEFAULT_CONTEXT, f);
			const key = chartKey(option, x.s.spec.rows(r));
			if (x.drawn?.key === key) continue;
			const o = x.kind === 'fixed' ? fixedGrid(option, x.s.width) : option;
			if (!x.drawn) {
				const chart = echarts.init(x.el, null, { renderer: 'canvas' });
				chart.setOption(o, { notMerge: true });
				x.drawn = { chart, key, option };
			} else {
				x.drawn.chart.setOption(o, { replaceMerge: replacedTypes(x.drawn.option, option) });
				x.drawn = { chart: x.drawn.chart, key, option };
			}
			n++;
		}
		return n;
	};
	// The starting state (the unfiltered page) drawn once, untimed, as the app's charts are before the first change.
	const queryRows = async (f: Filters) => {
		const rows: Record<string, Row[]> = {};
		await runQueries(overview.queries(f, plan), run, (k, v) => (rows[k] = v));
		return rows;
	};
	const first = await queryRows(DEFAULT_FILTERS);
	for (const set of sets) draw(set, first, DEFAULT_FILTERS);
	// One untimed pass first: Chromium compiles DuckDB's hot WebAssembly and ECharts' code in the background at
	// first use (the app's warm-up does the same before its 'db-warm'); then the timed pass over the same changes.
	const pass = async (timed: boolean) => {
		const out: ReferenceChange[] = [];
		for (const [i, d] of input.districts.entries()) {
			const f: Filters = { ...DEFAULT_FILTERS, district: d || null };
			const t0 = performance.now();
			const rows = await queryRows(f);
			const t1 = performance.now();
			// The two layouts take turns going first, so neither always meets a warmer cache.
			const [a, b] = i % 2 ? [sets[1], sets[0]] : [sets[0], sets[1]];
			const redrawn = draw(a, rows, f);
			const t2 = performance.now();
			draw(b, rows, f);
			const t3 = performance.now();
			const [plain, fixed] = i % 2 ? [t3 - t2, t2 - t1] : [t2 - t1, t3 - t2];
			if (timed) out.push({ sql_ms: t1 - t0, charts_ms: plain, charts_fixed_ms: fixed, redrawn });
			// A frame between changes, as between the app's (the bench waits for its mark each time).
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		}
		return out;
	};
	await pass(false);
	for (const set of sets) draw(set, first, DEFAULT_FILTERS);
	const changes = await pass(true);
	// The two layouts alone: every chart's setOption between the unfiltered rows and the first district's, LAYOUT_ROUNDS
	// times, the layouts interleaved and taking turns going first, so both meet the same load: ms per chart and call.
	const fSecond: Filters = { ...DEFAULT_FILTERS, district: input.districts.find(Boolean) ?? null };
	const second = await queryRows(fSecond);
	const layout = { plain: [] as number[], fixed: [] as number[] };
	for (let k = 0; k < LAYOUT_ROUNDS; k++) {
		const [rows, f] = k % 2 ? [first, DEFAULT_FILTERS] : [second, fSecond];
		for (const set of k % 4 < 2 ? sets : [sets[1], sets[0]]) {
			const t = performance.now();
			const n = draw(set, rows, f);
			if (n) layout[set[0].kind as 'plain' | 'fixed'].push((performance.now() - t) / n);
		}
		if (k % 8 === 7) await new Promise((r) => setTimeout(r, 0));
	}
	await c.close();
	await db.terminate();
	return { changes, layout_plain_ms: layout.plain, layout_fixed_ms: layout.fixed };
}

(window as unknown as { runReference: typeof runReference }).runReference = runReference;
