/** Query history kept in the browser (localStorage): newest first, no duplicates, bounded. */

/** One remembered query. */
export interface HistoryEntry {
	sql: string;
	/** Epoch milliseconds of the last run. */
	at: number;
	ok: boolean;
	rows: number | null;
}

/** The storage key. */
export const HISTORY_KEY = 'perf-eval-insight.sql.history';
/** How many entries are kept. */
export const HISTORY_MAX = 50;

/** The minimal Storage surface used (localStorage in the browser, a Map-backed fake in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** Entries in `store`; anything unreadable counts as an empty history rather than an error. */
export function loadHistory(store: KeyValueStore): HistoryEntry[] {
	try {
		const v = JSON.parse(store.getItem(HISTORY_KEY) ?? '[]');
		return Array.isArray(v) ? v.filter((e) => e && typeof e.sql === 'string' && typeof e.at === 'number') : [];
	} catch {
		return [];
	}
}

/** `entries` with `entry` first (an earlier run of the same SQL removed), at most `max` long. */
export function addHistory(entries: HistoryEntry[], entry: HistoryEntry, max = HISTORY_MAX): HistoryEntry[] {
	const sql = entry.sql.trim();
	if (!sql) return entries;
	return [{ ...entry, sql }, ...entries.filter((e) => e.sql !== sql)].slice(0, max);
}

/** Writes the history; a full or unavailable storage is ignored (history is a convenience). */
export function saveHistory(store: KeyValueStore, entries: HistoryEntry[]): void {
	try {
		store.setItem(HISTORY_KEY, JSON.stringify(entries));
	} catch {
		/* quota exceeded or storage disabled */
	}
}
