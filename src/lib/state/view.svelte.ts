import { tick } from 'svelte';
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import { sameFilters } from './url';
import { userConnector, userData } from '../userdata/runtime.svelte';
import { hasUserData } from '../userdata/persist';
import { hasCorrections } from '../userdata/corrections-store';
import type { Connector, Row } from '../db/connector';
import { onIdle } from '../util/idle';
import { warmUp } from './warmup';
import { runQueries, type Query } from '../queries/combined';
import type { RowsOf } from '../queries/typed';
import type { QueryPlan } from '../queries/plan';
import { pagePlan, setDetailOnly } from './plan';
import { ResultCache } from '../db/cache';
import { cubeRows, loadCube, setActiveAnswers, type Before } from '../answers/client';
import { settleFirstPaint } from './firstpaint';

/** Pages (by their query builder) whose queries have warmed the engine in this tab: once each is enough. */
const warmed = new WeakSet<object>();

/** After a filter change, the warm-up waits this long for the next one before it goes on (ms). */
export const WARMUP_QUIET_MS = 1000;

/** Resolves in the browser's next idle period while the page is visible (hidden tabs warm nothing). */
function idleAndVisible(): Promise<void> {
	return new Promise((resolve) => {
		const go = () => (document.hidden ? setTimeout(go, 1000) : onIdle(() => resolve(), 1000));
		go();
	});
}

/** Named queries for one filter state (a statement of its own, or a part of one shared with others). */
export type QuerySet<K extends string> = Record<K, Query>;

/** A page's named queries as one function of the filters and the query plan (pages/: a page spec's `queries`). */
export type BuildQueries<Q extends Record<string, Query>> = (f: Filters, plan?: QueryPlan) => Q;

/**
 * Results of the dashboard's queries by data version and SQL: back/forward and repeated filter states need no
 * query. The idle warm-up keeps what it computes here too (the likely next states: each district, year, type,
 * grade, source), so a page's warm-up fills about 30 to 90 entries.
 */
const results = new ResultCache(400);

/** The browser database once open: a filter change then sends its queries without waiting a turn. */
let open: Connector | null = null;

/** Whether the browser database is open (until then, pages draw what the build computed, answers/). */
export const engineOpen = (): boolean => open !== null;

/** Starts (once) and returns the browser database; loaded lazily so the first chart never waits on it. */
export async function browserConnector(): Promise<Connector> {
	// The user's own rows (union views, restored from this browser) are in place before any live query.
	return (open = await userConnector());
}

/**
 * How long a re-query runs before the charts show they are busy (dimmed, spinner). A filter change usually
 * redraws within about 50 ms; flashing the busy state for that is noise, and repaints every chart twice.
 */
export const BUSY_AFTER_MS = 250;

/** One query's rows, its own signal: replaced whole, never mutated, so not deeply reactive. */
class Cell {
	v: unknown[] = $state.raw([]);
	constructor(v: unknown[]) {
		this.v = v;
	}
}

/**
 * A page's query results: the prerendered rows first, then re-run in the browser whenever the filters
 * change. Stale answers (an older filter state finishing late) are dropped.
 *
 * Each query's rows are a signal of their own and are shown as soon as they arrive: the worker runs the
 * page's statements one after another (report-level aggregates share one, queries/combined.ts), so the charts
 * in view draw while it computes the next, and a chart redraws only when its own rows change. `loading` stays
 * true, and 'filter-applied' waits, until all are in. Once the database is open, the page's statements also
 * warm it in idle time (warmup.ts).
 */
export class QueryView<Q extends Record<string, Query>> {
	/** Rows by query name, of each builder's row type (getters over the cells: read `view.rows.name` where it is drawn). */
	readonly rows: RowsOf<Q>;
	/**
	 * True while the rows shown may not belong to the filters asked for: at once when the rows are still the
	 * prerendered ones (a deep link such as `/?district=白云区` must never show the whole dataset's numbers as its
	 * own), after BUSY_AFTER_MS for a later re-query (a quick change does not flash); until all rows are in.
	 * Pages show a loading state instead of numbers while it is true (ChartCard, KpiTiles, Pending).
	 */
	loading = $state(false);
	/** Whether a live query has answered yet: until then the rows are the prerendered ones (default filters). */
	#answered = false;
	error: string | null = $state(null);
	#busy: ReturnType<typeof setTimeout> | undefined;
	#cells: Record<string, Cell> = {};
	#seq = 0;
	#last: Filters | null;
	#version = userData.version;
	#build: BuildQueries<Q>;
	/** The prerendered rows and their filters. */
	#initial: Record<string, unknown[]>;
	#initialFilters: Filters;
	/** Rows computed at build time for a filter state (answers/client.ts), used until the database is open. */
	#before: Before | null;
	/** The data version the prerendered rows and answers belong to: none apply once this browser's rows or corrections change it. */
	#builtVersion: number | null;
	/** The real re-query in flight: the warm-up never sends a query ahead of it. */
	#inflight: Promise<void> | null = null;
	/** When the last real re-query settled (performance.now()). */
	#settledAt = -Infinity;
	/** The data version the report cube must have to answer this page's marked queries (answers/cube.ts); undefined: no cube. */
	#cubeVersion: string | null | undefined;

	/**
	 * `before`: the page's answers before the engine (answers/client.ts `answersFor`, `reportsBefore`): a filter
	 * state they hold is drawn from them while DuckDB loads; any other waits for it, shown as loading.
	 * `cubeVersion`: the layout's data version, when the report cube (answers/cube.ts) may answer the queries marked
	 * for it, before the engine (every query of the state: then drawn at once) and after (those skip the engine).
	 */
	constructor(initial: RowsOf<Q>, initialFilters: Filters, build: BuildQueries<Q>, before: Before | null = null, cubeVersion?: string | null) {
		const rows = {} as RowsOf<Q>;
		for (const k of new Set([...Object.keys(initial), ...Object.keys(build(initialFilters))])) {
			const cell = (this.#cells[k] = new Cell((initial as Record<string, unknown[]>)[k] ?? []));
			Object.defineProperty(rows, k, { get: () => cell.v, enumerable: true });
		}
		this.rows = rows;
		// Prerendered rows lack the data the user added, and the corrections made, in this browser: then query live from the start.
		this.#last = hasUserData() || hasCorrections() ? null : initialFilters;
		// Summaries know nothing of this browser's corrections: the builders read the corrected detail rows.
		if (hasCorrections()) setDetailOnly('corrections', true);
		this.#build = build;
		this.#before = before;
		this.#cubeVersion = cubeVersion;
		if (typeof window !== 'undefined' && cubeVersion !== undefined) void loadCube();
		if (typeof window !== 'undefined') setActiveAnswers(before?.page ?? null);
		this.#initial = initial as Record<string, unknown[]>;
		this.#initialFilters = initialFilters;
		this.#builtVersion = this.#last ? userData.version : null;
		// In the browser, once the database is open, this page's queries warm it in idle time (warmup.ts), unless
		// the reader has asked the browser to save data (and with it, on phones, battery).
		const saveData = typeof navigator !== 'undefined' && (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
		if (typeof window !== 'undefined' && !saveData && !warmed.has(build))
			$effect(() => {
				const ac = new AbortController();
				const cancel = onIdle(() => void this.#warm(ac.signal), 2000);
				return () => (cancel(), ac.abort());
			});
	}

	async #warm(signal: AbortSignal): Promise<void> {
		if (warmed.has(this.#build)) return;
		warmed.add(this.#build);
		try {
			const db = await browserConnector();
			if (signal.aborted) return;
			// What the warm-up computes is kept: the states it runs are the ones a reader is likely to choose next.
			const keep = (sql: string, rows: Row[], version: number) => version === userData.version && results.set(version, sql, rows);
			const busy = () => {
				if (this.#inflight) return this.#inflight;
				const quiet = this.#settledAt + WARMUP_QUIET_MS - performance.now();
				return quiet > 0 ? new Promise((r) => setTimeout(r, quiet)) : null;
			};
			const rounds = await warmUp(db, (f) => this.#build(f, pagePlan(db)), this.#last ?? DEFAULT_FILTERS, {
				idle: idleAndVisible,
				busy,
				signal,
				version: () => userData.version,
				keep
			});
			if (rounds.length) performance.mark('db-warm', { detail: { rounds: rounds.length, first_ms: rounds[0], last_ms: rounds[rounds.length - 1] } });
		} catch {
			// A database that failed to open shows its error on the next real query; the warm-up has nothing to add.
		} finally {
			// Left before the end (the page closed): the next visit to this page warms again.
			if (signal.aborted) warmed.delete(this.#build);
		}
	}

	/** Re-runs every query for `f` unless it is the state already shown; marks 'filter-applied' after redraw. */
	run(f: Filters): Promise<void> {
		const p = this.#run(f);
		this.#inflight = p;
		void p.finally(() => {
			this.#settledAt = performance.now();
			if (this.#inflight === p) this.#inflight = null;
		});
		return p;
	}

	async #run(f: Filters): Promise<void> {
		const version = userData.version; // read before any await: the calling $effect re-runs when the user's rows change
		// The state shown is the one asked for (a district's page linked with its own district): the prerendered figures are right.
		if (this.#last && sameFilters(f, this.#last) && version === this.#version) return settleFirstPaint();
		this.#last = f;
		this.#version = version;
		const seq = ++this.#seq;
		const t0 = performance.now();
		clearTimeout(this.#busy);
		// Prerendered rows for other filters are wrong at once, and so is any answer while the database loads (that
		// takes seconds); a live answer for the last filters is only old.
		if (!this.#answered || !open) this.loading = true;
		else this.#busy = setTimeout(() => seq === this.#seq && (this.loading = true), BUSY_AFTER_MS);
		// A filtered link's first paint hid the prerendered figures (state/firstpaint.ts): once this state is in the DOM
		// (loading, or the answer below if it is already here), the page's own loading state takes over.
		void tick().then(settleFirstPaint);
		this.error = null;
		try {
			// Before the database is open, a state computed at build time is drawn from its file at once, and any other the
			// report cube answers whole (every query of the page marked for it) from the cube.
			const built = version === this.#builtVersion && !hasCorrections();
			if (!open && built) {
				const all = (rows: Record<string, unknown> | null | undefined): rows is Record<string, unknown[]> =>
					!!rows && Object.keys(this.#cells).every((k) => Array.isArray(rows[k]));
				const local = (wait: boolean) => (this.#cubeVersion === undefined ? null : cubeRows(this.#build(f), this.#cubeVersion, wait));
				// Back to the prerendered state: its rows; another state: the cube if it has arrived, the page's answer files, the cube.
				let early: Record<string, unknown[]> | null | undefined = sameFilters(f, this.#initialFilters) ? this.#initial : await local(false);
				let source = sameFilters(f, this.#initialFilters) ? 'answers' : 'cube';
				if (!all(early)) {
					early = await this.#before?.(f).catch(() => null);
					source = 'answers';
				}
				if (!all(early)) {
					early = await local(true);
					source = 'cube';
				}
				if (seq !== this.#seq) return;
				if (all(early)) {
					for (const k of Object.keys(this.#cells)) this.#cells[k].v = early[k];
					performance.measure('filter-queries', { start: t0, detail: { source } });
					this.#answered = true;
					this.loading = false;
					await tick();
					performance.mark('filter-applied', { detail: { source } });
					performance.measure('filter-redraw', { start: t0, detail: { source } });
					return;
				}
			}
			const db = open ?? (await browserConnector());
			const queries = this.#build(f, pagePlan(db));
			// The queries the report cube answers are drawn from it (no round-trip to the worker); the engine runs the rest.
			const local = built && this.#cubeVersion !== undefined ? await cubeRows(queries, this.#cubeVersion, false) : {};
			if (seq !== this.#seq) return;
			for (const [k, rows] of Object.entries(local)) if (this.#cells[k]) this.#cells[k].v = rows;
			const rest = Object.fromEntries(Object.entries(queries).filter(([k]) => !(k in local))) as Record<string, Query>;
			const [hits, misses] = [results.hits, results.misses];
			await runQueries(
				rest,
				(sql) => results.get(version, sql, (q) => db.query(q)),
				(k, rows) => {
					if (seq === this.#seq) this.#cells[k].v = rows;
				}
			);
			if (seq !== this.#seq) return;
			// How many statements the result cache answered (back/forward, a state the warm-up ran) and how many ran.
			const cube = Object.keys(local).length;
			const source = Object.keys(rest).length ? 'engine' : 'cube';
			performance.measure('filter-queries', { start: t0, detail: { source, cube, cached: results.hits - hits, ran: results.misses - misses } });
			this.#answered = true;
			clearTimeout(this.#busy);
			this.loading = false;
			await tick();
			// The engine's redraws carry no source (as before the cube); those the cube answered whole say so.
			performance.mark('filter-applied', source === 'cube' ? { detail: { source } } : undefined);
			performance.measure('filter-redraw', { start: t0, ...(source === 'cube' ? { detail: { source } } : {}) });
		} catch (e) {
			if (seq !== this.#seq) return;
			clearTimeout(this.#busy);
			this.error = e instanceof Error ? e.message : String(e);
			this.loading = false;
		}
	}
}
