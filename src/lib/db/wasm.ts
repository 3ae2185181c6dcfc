/**
 * DuckDB-WASM in the browser: self-hosted bundles (no CDN), its own same-origin worker, the shipped
 * dataset.duckdb attached read-only. Opened lazily, once, off the critical path.
 */
import { base } from '$app/paths';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Connector } from './connector';
import { DATASET_FILE, NO_EXTENSION_DOWNLOADS, attachDataset, serialConnector } from './setup';

/** The browser database: `ready` settles once `start()` has opened it. */
export interface BrowserDb {
	ready: Promise<Connector>;
	/** Begins loading (idempotent); call after first paint. */
	start(): void;
}

/** URL of the shipped dataset under the app's base path. */
export function datasetUrl(): string {
	return `${base}/data/${DATASET_FILE}`;
}

/** Downloads the dataset file; a failed response rejects with the URL and status. */
export async function fetchDataset(url = datasetUrl(), fetchFn: typeof fetch = fetch): Promise<Uint8Array> {
	let res: Response;
	try {
		res = await fetchFn(url);
	} catch (e) {
		throw new Error(`数据加载失败 / failed to load the dataset: ${url} ${(e as Error).message}`, { cause: e });
	}
	if (!res.ok) throw new Error(`数据加载失败 / failed to load the dataset: ${url} ${res.status}`);
	return new Uint8Array(await res.arrayBuffer());
}

/**
 * A Connector over an open DuckDB-WASM connection; rows converted from Arrow once, in arrow.ts. conn.query
 * posts to the worker synchronously and the worker runs one message at a time: statements queue there.
 */
export async function wasmConnector(db: AsyncDuckDB, conn: AsyncDuckDBConnection): Promise<Connector> {
	const { arrowToRows } = await import('./arrow');
	const c = serialConnector(
		async (sql) => arrowToRows(await conn.query(sql)),
		async () => {
			await conn.close();
			await db.terminate();
		},
		true
	);
	c.arrow = async (sql, signal) => {
		const cancel = () => void conn.cancelSent().catch(() => false);
		signal?.addEventListener('abort', cancel, { once: true });
		const reader = await conn.send(sql, true);
		return {
			get schema() {
				return reader.schema;
			},
			[Symbol.asyncIterator]: () => reader[Symbol.asyncIterator]()
		};
	};
	return c;
}

/** A started DuckDB-WASM engine with the shipped dataset registered; the dashboard's and the SQL console's. */
export interface StartedEngine {
	duckdb: typeof import('@duckdb/duckdb-wasm');
	db: AsyncDuckDB;
	worker: Worker;
	/** Registers a split dataset's detail file by URL, so DuckDB reads it by HTTP range requests. */
	detailFile: (file: string) => Promise<string>;
}

/** Instantiates DuckDB-WASM (eh or mvp bundle, whichever the browser supports) and registers the dataset file. */
export async function startEngine(url = datasetUrl()): Promise<StartedEngine> {
	// The engine's JS (and apache-arrow) load here, not with the page, so the first paint never waits on them.
	const duckdb = await import('@duckdb/duckdb-wasm');
	const [bundle, bytes] = await Promise.all([
		duckdb.selectBundle({
			mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
			eh: { mainModule: ehWasm, mainWorker: ehWorker }
		}),
		fetchDataset(url)
	]);
	if (!bundle.mainWorker) throw new Error('DuckDB-WASM: no worker for the selected bundle');
	const worker = new Worker(bundle.mainWorker);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	try {
		await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
		// No cast options: BigInt/Decimal become numbers in arrow.ts, the one conversion point.
		// reliableHeadRequests: probe a URL-registered file with HEAD + Range, so a split dataset's detail.duckdb is
		// read by range requests (measured: ~1.3 MB to ATTACH a 568 MB file) instead of one full GET.
		await db.open({ filesystem: { reliableHeadRequests: true, allowFullHTTPReads: false, forceFullHTTPReads: false } });
		await db.registerFileBuffer(DATASET_FILE, bytes);
	} catch (e) {
		await db.terminate().catch(() => undefined);
		worker.terminate();
		throw new Error(`数据库初始化失败 / failed to start the database: ${(e as Error).message}`, { cause: e });
	}
	const detailFile = async (file: string) => {
		await db.registerFileURL(file, new URL(url.replace(/[^/]*$/, file), location.href).href, duckdb.DuckDBDataProtocol.HTTP, false);
		return file;
	};
	return { duckdb, db, worker, detailFile };
}

/** Starts the engine and attaches the dataset read-only behind main.* views: the dashboard's Connector. */
export async function openBrowserConnector(url = datasetUrl()): Promise<Connector> {
	const { db, detailFile } = await startEngine(url);
	try {
		const conn = await db.connect();
		for (const s of NO_EXTENSION_DOWNLOADS) await conn.query(s);
		const connector = await wasmConnector(db, conn);
		connector.plan = await attachDataset((sql) => connector.query(sql), DATASET_FILE, 'ds', detailFile);
		performance.mark('db-ready');
		return connector;
	} catch (e) {
		await db.terminate().catch(() => undefined);
		throw new Error(`数据库初始化失败 / failed to start the database: ${(e as Error).message}`, { cause: e });
	}
}

let current: BrowserDb | null = null;

/**
 * The page-wide browser database, created on first call. `start()` may be called any number of
 * times; only the first opens the engine. After a failure the next browserDb() call starts afresh.
 */
export function browserDb(): BrowserDb {
	if (current) return current;
	let resolveReady!: (c: Connector) => void;
	let rejectReady!: (e: unknown) => void;
	const ready = new Promise<Connector>((res, rej) => {
		resolveReady = res;
		rejectReady = rej;
	});
	let started = false;
	const self: BrowserDb = {
		ready,
		start() {
			if (started) return;
			started = true;
			openBrowserConnector().then(resolveReady, (e) => {
				if (current === self) current = null;
				rejectReady(e);
			});
		}
	};
	// The caller's own handlers still see a failure; this only keeps an unobserved one from being logged as unhandled.
	ready.catch(() => undefined);
	current = self;
	return self;
}
