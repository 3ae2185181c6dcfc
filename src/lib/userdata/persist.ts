/** The user's rows kept in this browser (IndexedDB), plus a synchronous "has data" flag in localStorage. */
import type { TableRows } from './types';

const DB = 'perf-eval-userdata';
const STORE = 'snapshots';
const KEY = 'current';
/** localStorage key: number of the user's reports (absent when none), readable before the database starts. */
export const FLAG_KEY = 'perf-eval-userdata';

/** What is saved: every user table's rows and the list of files they came from. */
export interface Snapshot {
	version: 1;
	tables: TableRows;
	files: { name: string; table: string; rows: number; at: string }[];
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE);
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function tx<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const t = db.transaction(STORE, mode);
			const req = fn(t.objectStore(STORE));
			t.oncomplete = () => resolve(req.result);
			t.onerror = () => reject(t.error);
			t.onabort = () => reject(t.error);
		});
	} finally {
		db.close();
	}
}

/** The saved snapshot, or null. */
export async function readSnapshot(): Promise<Snapshot | null> {
	const s = await tx<Snapshot | undefined>('readonly', (st) => st.get(KEY) as IDBRequest<Snapshot | undefined>);
	return s && s.version === 1 ? s : null;
}

/** Saves the snapshot (an empty one clears storage). */
export async function writeSnapshot(s: Snapshot): Promise<void> {
	const n = s.tables.reports?.length ?? 0;
	const any = Object.values(s.tables).some((r) => r && r.length > 0);
	if (!any) {
		await tx('readwrite', (st) => st.delete(KEY));
		localStorage.removeItem(FLAG_KEY);
		return;
	}
	await tx('readwrite', (st) => st.put(s, KEY));
	localStorage.setItem(FLAG_KEY, String(n));
}

/** Whether this browser holds user data (synchronous; for deciding to re-query prerendered views). */
export function hasUserData(): boolean {
	try {
		return typeof localStorage !== 'undefined' && localStorage.getItem(FLAG_KEY) !== null;
	} catch {
		return false;
	}
}
