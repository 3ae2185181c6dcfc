/**
 * The user's loaded batches kept in this browser (IndexedDB), replayed in order on start, plus a synchronous
 * "has data" flag in localStorage. A batch is one record in `batches` (file, table, mode, time, chunk count)
 * and its rows are records of CHUNK_ROWS rows in `chunks`, column names once and values as arrays: one
 * record per batch grew with the file until a large upload could not be stored (a browser caps one record's
 * size; 50 MB of CSV came close), and the repeated keys doubled what was stored. Written in one transaction:
 * a batch is kept whole or not at all. Records of the previous format (rows inline) are still read.
 */
import type { TableName } from '../ingest/types';
import type { LoadMode, TableRows, TypedRow } from './types';

const DB = 'perf-eval-userdata';
const VERSION = 3;
const STORE = 'batches';
const CHUNKS = 'chunks';
/** localStorage key present while this browser holds user data; readable before the database starts. */
export const FLAG_KEY = 'perf-eval-userdata';
/** Rows per stored chunk. */
export const CHUNK_ROWS = 10_000;

/** One successful load, as replayed on the next start. */
export interface SavedBatch {
	file: string;
	table: string;
	mode: LoadMode;
	rows: TableRows;
	at: string;
}

/** A batch's record: its rows are in `chunks` records (version 3), or inline (`rows`, version 2). */
interface BatchRecord {
	file: string;
	table: string;
	mode: LoadMode;
	at: string;
	chunks?: number;
	rows?: TableRows;
}

/** Up to CHUNK_ROWS rows of one table of one batch, column names once. */
export interface Chunk {
	batch: number;
	seq: number;
	table: TableName;
	columns: string[];
	values: (string | number | boolean | null)[][];
}

/** A batch's rows as chunks (pure; `batch` is the batch record's key). */
export function toChunks(batch: number, rows: TableRows, size = CHUNK_ROWS): Chunk[] {
	const out: Chunk[] = [];
	for (const [table, list] of Object.entries(rows) as [TableName, TypedRow[]][]) {
		if (!list?.length) continue;
		const columns = Object.keys(list[0]);
		for (let i = 0; i < list.length; i += size) {
			out.push({ batch, seq: out.length, table, columns, values: list.slice(i, i + size).map((r) => columns.map((c) => r[c] ?? null)) });
		}
	}
	return out;
}

/** Chunks (in seq order) back into rows by table (pure). */
export function fromChunks(chunks: Chunk[]): TableRows {
	const rows: TableRows = {};
	for (const c of [...chunks].sort((a, b) => a.seq - b.seq)) {
		const list = (rows[c.table] ??= []);
		for (const v of c.values) {
			const r: TypedRow = {};
			c.columns.forEach((name, i) => (r[name] = v[i]));
			list.push(r);
		}
	}
	return rows;
}

/**
 * About how many bytes keeping `rows` takes (pure): text at two bytes a character, other values eight, and
 * a little per row. An estimate for warning before loading, not an account of the browser's storage.
 */
export function estimateBytes(rows: TableRows): number {
	let n = 0;
	for (const list of Object.values(rows)) {
		for (const r of list ?? []) {
			n += 16;
			for (const k in r) {
				const v = r[k];
				n += typeof v === 'string' ? 2 * v.length + 8 : 8;
			}
		}
	}
	return n;
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, VERSION);
		req.onupgradeneeded = (e) => {
			const db = req.result;
			// Version 2 batches (rows inline) stay readable; anything older is of a shape no longer read.
			if (e.oldVersion < 2) for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
			if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { autoIncrement: true });
			if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS, { keyPath: ['batch', 'seq'] });
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
		req.onblocked = () => reject(new Error('IndexedDB upgrade blocked by another tab of this site'));
	});
}

/** Runs `fn` in one transaction over both stores; resolves with its result when the transaction commits. */
async function tx<T>(mode: IDBTransactionMode, fn: (batches: IDBObjectStore, chunks: IDBObjectStore, done: (v: T) => void) => void): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const t = db.transaction([STORE, CHUNKS], mode);
			let value: T;
			t.oncomplete = () => resolve(value);
			t.onerror = () => reject(t.error);
			t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted'));
			fn(t.objectStore(STORE), t.objectStore(CHUNKS), (v) => (value = v));
		});
	} finally {
		db.close();
	}
}

/** Every saved batch, oldest first. */
export async function readBatches(): Promise<SavedBatch[]> {
	return tx<SavedBatch[]>('readonly', (batches, chunks, done) => {
		const out: SavedBatch[] = [];
		const req = batches.openCursor();
		req.onsuccess = () => {
			const cur = req.result;
			if (!cur) return done(out);
			const rec = cur.value as BatchRecord;
			const saved: SavedBatch = { file: rec.file, table: rec.table, mode: rec.mode, at: rec.at, rows: rec.rows ?? {} };
			out.push(saved);
			if (!rec.rows) {
				const key = cur.key as number;
				const got = chunks.getAll(IDBKeyRange.bound([key, 0], [key, Number.MAX_SAFE_INTEGER]));
				got.onsuccess = () => (saved.rows = fromChunks(got.result as Chunk[]));
			}
			cur.continue();
		};
	});
}

/**
 * Saves one batch: its record and all its chunks, or nothing (quota, a closed tab); resolves with its key.
 * The page saves before it loads, so a file the browser cannot keep is known before anything changes.
 */
export async function saveBatch(b: SavedBatch): Promise<number> {
	const key = await tx<number>('readwrite', (batches, chunks, done) => {
		const rec: BatchRecord = { file: b.file, table: b.table, mode: b.mode, at: b.at, chunks: 0 };
		const add = batches.add(rec);
		add.onsuccess = () => {
			const key = add.result as number;
			const list = toChunks(key, b.rows);
			for (const c of list) chunks.add(c);
			batches.put({ ...rec, chunks: list.length }, key);
			done(key);
		};
	});
	localStorage.setItem(FLAG_KEY, '1');
	// Kept data of a site the user works with is not evicted under storage pressure where the browser agrees.
	void navigator.storage?.persist?.().catch(() => false);
	return key;
}

/** Removes one saved batch (saved, then not loaded after all). */
export async function deleteBatch(key: number): Promise<void> {
	const left = await tx<number>('readwrite', (batches, chunks, done) => {
		batches.delete(key);
		chunks.delete(IDBKeyRange.bound([key, 0], [key, Number.MAX_SAFE_INTEGER]));
		const n = batches.count();
		n.onsuccess = () => done(n.result);
	});
	if (left === 0) localStorage.removeItem(FLAG_KEY);
}

/** Removes every saved batch. */
export async function clearBatches(): Promise<void> {
	await tx<void>('readwrite', (batches, chunks) => {
		batches.clear();
		chunks.clear();
	});
	localStorage.removeItem(FLAG_KEY);
}

/** Bytes this site may still store in this browser (quota minus usage), or null when the browser does not say. */
export async function storageRoom(): Promise<number | null> {
	try {
		const e = await navigator.storage?.estimate?.();
		return e && typeof e.quota === 'number' ? Math.max(0, e.quota - (e.usage ?? 0)) : null;
	} catch {
		return null;
	}
}

/** Whether this browser holds user data (synchronous; for deciding to re-query prerendered views). */
export function hasUserData(): boolean {
	try {
		return typeof localStorage !== 'undefined' && localStorage.getItem(FLAG_KEY) !== null;
	} catch {
		return false;
	}
}
