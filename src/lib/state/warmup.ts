/**
 * Warming the browser database while the reader looks at the page.
 *
 * DuckDB-WASM is one large WebAssembly module. Chromium first runs it with a quick baseline compiler and
 * recompiles the functions that turn out hot with its optimising compiler, on background threads. Profiled
 * here: for the first few dozen filter changes on a page, that recompilation took 100–170 ms of CPU per change
 * on a two-core machine, competing with the worker and the charts, and the six overview queries took 40–60 ms
 * instead of the 13–15 ms they take once warm (measured over 60 rounds of the overview's queries).
 *
 * So, once the database is open, the page's own queries run under other filter states in idle time until
 * a pass over those states stops getting faster: the compile cost is paid while the reader reads, not on their first clicks.
 * One query at a time, only when the browser is idle and the page visible, never ahead of a real query, and
 * not while the reader is changing filters.
 */
import type { Connector, Row } from '../db/connector';
import type { Filters } from '../queries/filters';
import { filterOptionsQuery, type FilterOptionRow } from '../queries/options';
import { statements, type Query } from '../queries/combined';

/** When a warm-up stops. */
export interface WarmupLimits {
	/** Never more rounds (one round: every statement of the page under one filter state). */
	maxRounds: number;
	/** Never fewer passes (one pass: a round for each filter state, at least `minPassRounds` rounds). */
	minPasses: number;
	minPassRounds: number;
	/** Settled: a pass took at least `settle` × the time of the pass before (it has stopped getting faster). */
	settle: number;
}

/**
 * Measured on the bundled data: the overview's passes (29 filter states) took about 560, 400, 390 ms; the
 * optimising compiler keeps working for a few seconds after, less each second (1.8 s of compile in the first
 * second of warm-up, 0.15 s in the fifth). Three or four passes: about 3 s of idle time, once per page and tab.
 */
export const WARMUP_LIMITS: WarmupLimits = Object.freeze({ maxRounds: 200, minPasses: 2, minPassRounds: 12, settle: 0.9 });

/** Rounds in one pass over `states` filter states. */
export function passLength(states: number, limits: WarmupLimits = WARMUP_LIMITS): number {
	return Math.max(states, limits.minPassRounds);
}

/** Whether the round times (ms, in order; passes of `pass` rounds) show the engine warm, or the round cap is reached. */
export function settled(rounds: number[], pass: number, limits: WarmupLimits = WARMUP_LIMITS): boolean {
	if (rounds.length >= limits.maxRounds) return true;
	const passes = Math.floor(rounds.length / pass);
	if (passes < Math.max(2, limits.minPasses) || rounds.length % pass !== 0) return false;
	const time = (k: number) => rounds.slice(k * pass, (k + 1) * pass).reduce((a, b) => a + b, 0);
	return time(passes - 1) >= limits.settle * time(passes - 2);
}

/**
 * Filter states a reader might choose next from `base`: each district, each year, evaluation type and grade,
 * real and synthetic only, then `base` itself. Interleaved by kind, so a short warm-up still meets every kind
 * of condition. A street filter is left to the streets present (dropping it when the district changes).
 */
export function warmupFilters(options: FilterOptionRow[], base: Filters): Filters[] {
	const of = (kind: FilterOptionRow['kind']) => options.filter((o) => o.kind === kind).map((o) => o.value);
	const lists: Filters[][] = [
		of('district').map((d) => ({ ...base, district: d, street: null })),
		of('year')
			.map(Number)
			.filter(Number.isFinite)
			.map((y) => ({ ...base, yearFrom: y, yearTo: y })),
		of('evaluation_type').map((e) => ({ ...base, evaluationType: e })),
		of('grade').map((g) => ({ ...base, grade: g })),
		(['real', 'synthetic'] as const).map((source) => ({ ...base, source }))
	];
	const out: Filters[] = [];
	for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
	out.push(base);
	return out;
}

/** What the warm-up needs from its surroundings (the browser's in the app, immediate ones in tests). */
export interface WarmupHooks {
	/** Resolves when the next query may be sent (the browser idle, the page visible). */
	idle: () => Promise<void>;
	/**
	 * Something to wait for before the next query, or null: the real query run in flight, or a pause while the
	 * reader is changing filters (their own queries warm the engine then). Asked again after each wait.
	 */
	busy: () => Promise<unknown> | null;
	signal: AbortSignal;
	now?: () => number;
	/** The data version now (read before each query and handed to `keep`). */
	version?: () => number;
	/** Receives each statement's rows with the data version read before it ran (the view keeps them in its result cache). */
	keep?: (sql: string, rows: Row[], version: number) => void;
}

/**
 * Runs `build`'s queries under the filter states of `warmupFilters`, one query at a time, pass after pass,
 * until a pass is no faster than the one before (`settled`), the round cap, or `signal` aborts. Every pass runs on
 * the engine (that is what warms it); the rows go to `hooks.keep`. Query errors are ignored (the real run reports them).
 * Returns the round times in ms.
 */
export async function warmUp(
	db: Connector,
	build: (f: Filters) => Record<string, Query>,
	base: Filters,
	hooks: WarmupHooks,
	limits: WarmupLimits = WARMUP_LIMITS
): Promise<number[]> {
	const now = hooks.now ?? (() => performance.now());
	const rounds: number[] = [];
	const step = async (sql: string): Promise<number> => {
		await hooks.idle();
		for (let wait = hooks.busy(); wait && !hooks.signal.aborted; wait = hooks.busy()) await wait;
		if (hooks.signal.aborted) return 0;
		const version = hooks.version?.() ?? 0;
		const t0 = now();
		const rows = await db.query(sql).catch(() => undefined);
		const ms = now() - t0;
		if (rows && !hooks.signal.aborted) hooks.keep?.(sql, rows, version);
		return ms;
	};
	await hooks.idle();
	const options = hooks.signal.aborted ? [] : await db.query<FilterOptionRow>(filterOptionsQuery()).catch(() => []);
	const variants = warmupFilters(options, base);
	const pass = passLength(variants.length, limits);
	for (let i = 0; !hooks.signal.aborted && !settled(rounds, pass, limits); i++) {
		// The last round the cap allows runs the base state (last in the list: the state a reader comes back to). A
		// warm-up the cap ends before its list does (the whole country: 2,920 states, 200 rounds) never reached it
		// otherwise, and its rows are then the most recent in the view's result cache (an LRU of 64 statements, which the
		// rounds after a base state run earlier would have pushed out). A warm-up that settles ends on a whole pass.
		const f = rounds.length === limits.maxRounds - 1 ? variants[variants.length - 1] : variants[i % variants.length];
		let ms = 0;
		for (const sql of statements(build(f))) {
			ms += await step(sql);
			if (hooks.signal.aborted) break;
		}
		if (!hooks.signal.aborted) rounds.push(ms);
	}
	return rounds;
}
