/**
 * The corrections a reviewer made in this browser (report page, /review import), kept in IndexedDB beside
 * the uploaded batches (persist.ts) but in a database of their own, one record per report and field, plus a
 * synchronous "has corrections" flag in localStorage (pages then query live instead of showing prerendered
 * figures) and the reviewer's name, remembered. Browser only; every function is harmless where there is no
 * IndexedDB (server rendering, Node tests): nothing is kept, nothing is read.
 */
import type { Correction } from '../corrections/corrections';

const DB = 'perf-eval-corrections';
const VERSION = 1;
const STORE = 'corrections';
/** localStorage key present while this browser holds corrections. */
export const CORRECTIONS_FLAG = 'perf-eval-corrections';
/** localStorage key of the reviewer's name. */
export const REVIEWER_KEY = 'perf-eval-reviewer';

/** A kept correction (its line number is not kept: it belongs to a file). */
export type StoredCorrection = Omit<Correction, 'line'>;

const available = () => typeof indexedDB !== 'undefined';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, VERSION);
		req.onupgradeneeded = () => {
			if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: ['report_id', 'field'] });
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
		req.onblocked = () => reject(new Error('IndexedDB upgrade blocked by another tab of this site'));
	});
}

/** Runs `fn` in one transaction; resolves with what it set when the transaction commits. */
async function tx<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore, done: (v: T) => void) => void): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const t = db.transaction(STORE, mode);
			let value: T;
			t.oncomplete = () => resolve(value);
			t.onerror = () => reject(t.error);
			t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted'));
			fn(t.objectStore(STORE), (v) => (value = v));
		});
	} finally {
		db.close();
	}
}

function setFlag(n: number): void {
	try {
		if (n > 0) localStorage.setItem(CORRECTIONS_FLAG, String(n));
		else localStorage.removeItem(CORRECTIONS_FLAG);
	} catch {
		// private mode without storage: the flag only saves a re-query
	}
}

/** A plain copy of a correction (no Svelte proxies, no line number): what IndexedDB stores. */
export function storable(c: Correction | StoredCorrection): StoredCorrection {
	return {
		report_id: c.report_id,
		field: c.field,
		old_value: c.old_value ?? '',
		new_value: c.new_value ?? '',
		reason: c.reason ?? '',
		reviewer: c.reviewer ?? '',
		corrected_at: c.corrected_at ?? '',
		evidence_start: c.evidence_start ?? null,
		evidence_end: c.evidence_end ?? null
	};
}

/** Every kept correction, by report and field. */
export async function readCorrections(): Promise<StoredCorrection[]> {
	if (!available()) return [];
	const rows = await tx<StoredCorrection[]>('readonly', (s, done) => {
		const req = s.getAll();
		req.onsuccess = () => done(req.result as StoredCorrection[]);
	});
	setFlag(rows.length);
	return rows ?? [];
}

/** Keeps `rows` (each replacing any kept one of the same report and field) and drops `remove`, in one transaction. */
export async function writeCorrections(rows: StoredCorrection[], remove: { report_id: string; field: string }[] = []): Promise<number> {
	if (!available()) return 0;
	const n = await tx<number>('readwrite', (s, done) => {
		for (const r of remove) s.delete([r.report_id, r.field]);
		for (const r of rows) s.put(storable(r));
		const count = s.count();
		count.onsuccess = () => done(count.result);
	});
	setFlag(n);
	if (rows.length) void navigator.storage?.persist?.().catch(() => false);
	return n;
}

/** Removes every kept correction. */
export async function clearCorrections(): Promise<void> {
	if (!available()) return;
	await tx<void>('readwrite', (s) => s.clear());
	setFlag(0);
}

/** Whether this browser holds corrections (synchronous; pages then query live rather than show prerendered rows). */
export function hasCorrections(): boolean {
	try {
		return typeof localStorage !== 'undefined' && localStorage.getItem(CORRECTIONS_FLAG) !== null;
	} catch {
		return false;
	}
}

/** The reviewer's name as last typed in this browser ('' if none). */
export function rememberedReviewer(): string {
	try {
		return (typeof localStorage !== 'undefined' && localStorage.getItem(REVIEWER_KEY)) || '';
	} catch {
		return '';
	}
}

/** Remembers the reviewer's name for the next correction. */
export function rememberReviewer(name: string): void {
	try {
		if (name.trim()) localStorage.setItem(REVIEWER_KEY, name.trim());
	} catch {
		// nothing to remember it in
	}
}
