import { tick } from 'svelte';
import type { Filters } from '../queries/filters';
import { sameFilters } from './url';
import { userConnector, userData } from '../userdata/runtime.svelte';
import { hasUserData } from '../userdata/persist';

/** Named SQL strings for one filter state. */
export type QuerySet<K extends string> = Record<K, string>;

/** Starts (once) and returns the browser database; loaded lazily so the first chart never waits on it. */
export async function browserConnector() {
	// The user's own rows (union views, restored from this browser) are in place before any live query.
	return userConnector();
}

/**
 * A page's query results: the prerendered rows first, then re-run in the browser whenever the filters
 * change. Stale answers (an older filter state finishing late) are dropped.
 */
export class QueryView<K extends string> {
	rows: Record<K, any[]> = $state() as Record<K, any[]>;
	loading = $state(false);
	error: string | null = $state(null);
	#seq = 0;
	#last: Filters | null;
	#version = userData.version;
	#build: (f: Filters) => QuerySet<K>;

	constructor(initial: Record<K, any[]>, initialFilters: Filters, build: (f: Filters) => QuerySet<K>) {
		this.rows = initial;
		// Prerendered rows lack the data the user added in this browser: then query live from the start.
		this.#last = hasUserData() ? null : initialFilters;
		this.#build = build;
	}

	/** Re-runs every query for `f` unless it is the state already shown; marks 'filter-applied' after redraw. */
	async run(f: Filters): Promise<void> {
		const version = userData.version; // read before any await: the calling $effect re-runs when the user's rows change
		if (this.#last && sameFilters(f, this.#last) && version === this.#version) return;
		this.#last = f;
		this.#version = version;
		const seq = ++this.#seq;
		const t0 = performance.now();
		this.loading = true;
		this.error = null;
		try {
			const db = await browserConnector();
			const sqls = this.#build(f);
			const keys = Object.keys(sqls) as K[];
			const results = await Promise.all(keys.map((k) => db.query(sqls[k])));
			if (seq !== this.#seq) return;
			performance.measure('filter-queries', { start: t0 });
			const next = {} as Record<K, any[]>;
			keys.forEach((k, i) => (next[k] = results[i]));
			this.rows = next;
			this.loading = false;
			await tick();
			performance.mark('filter-applied');
			performance.measure('filter-redraw', { start: t0 });
		} catch (e) {
			if (seq !== this.#seq) return;
			this.error = e instanceof Error ? e.message : String(e);
			this.loading = false;
		}
	}
}
