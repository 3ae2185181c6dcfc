/**
 * A small LRU cache of query results keyed by data version and SQL (as Mosaic keeps one): going back and forth
 * between filter states, or returning to one, needs no query. A failed query is not kept. The rows are shared
 * between callers, so they must not be mutated (the dashboard replaces rows whole).
 */
import type { Row } from './connector';

export class ResultCache {
	#max: number;
	#entries = new Map<string, Promise<Row[]>>();
	hits = 0;
	misses = 0;

	constructor(max = 64) {
		this.#max = max;
	}

	/** Rows of `sql` at data `version`: kept ones, or `exec(sql)`'s (kept, the least recently used dropped past max). */
	get(version: number | string, sql: string, exec: (sql: string) => Promise<Row[]>): Promise<Row[]> {
		const key = `${version}\u0000${sql}`;
		const kept = this.#entries.get(key);
		if (kept) {
			this.hits++;
			this.#entries.delete(key);
			this.#entries.set(key, kept);
			return kept;
		}
		this.misses++;
		const p = exec(sql);
		this.#entries.set(key, p);
		p.catch(() => this.#entries.get(key) === p && this.#entries.delete(key));
		this.#trim();
		return p;
	}

	/**
	 * Keeps rows computed elsewhere (the idle warm-up's) as the result of `sql` at data `version`, the most recently
	 * used; a result being computed or kept already stays as it is.
	 */
	set(version: number | string, sql: string, rows: Row[]): void {
		const key = `${version}\u0000${sql}`;
		if (this.#entries.has(key)) return;
		this.#entries.set(key, Promise.resolve(rows));
		this.#trim();
	}

	#trim(): void {
		while (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value as string);
	}

	/** Number of results kept. */
	get size(): number {
		return this.#entries.size;
	}

	clear(): void {
		this.#entries.clear();
	}
}
