/**
 * The user's loaded batches kept in this browser (IndexedDB, one record per batch, replayed in order on
 * start), plus a synchronous "has data" flag in localStorage.
 */
import type { LoadMode, TableRows } from './types';

const DB = 'perf-eval-userdata';
const STORE = 'batches';
/** localStorage key present while this browser holds user data; readable before the database starts. */
export const FLAG_KEY = 'perf-eval-userdata';

/** One successful load, as replayed on the next start. */
export interface SavedBatch {
	file: string;
	table: string;
	mode: LoadMode;
	rows: TableRows;
	at: string;
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, 2);
		req.onupgradeneeded = () => {
			for (const name of [...req.result.objectStoreNames]) req.result.deleteObjectStore(name);
			req.result.createObjectStore(STORE, { autoIncrement: true });
		};
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

/** Every saved batch, oldest first. */
export async function readBatches(): Promise<SavedBatch[]> {
	return (await tx<SavedBatch[]>('readonly', (st) => st.getAll() as IDBRequest<SavedBatch[]>)) ?? [];
}

/** Saves one batch after it loaded. */
export async function saveBatch(b: SavedBatch): Promise<void> {
	await tx('readwrite', (st) => st.add(b));
	localStorage.setItem(FLAG_KEY, '1');
}

/** Removes every saved batch. */
export async function clearBatches(): Promise<void> {
	await tx('readwrite', (st) => st.clear());
	localStorage.removeItem(FLAG_KEY);
}

/** Whether this browser holds user data (synchronous; for deciding to re-query prerendered views). */
export function hasUserData(): boolean {
	try {
		return typeof localStorage !== 'undefined' && localStorage.getItem(FLAG_KEY) !== null;
	} catch {
		return false;
	}
}
