/**
 * The user's own data in the running app: starts with the browser database (union views, saved rows
 * restored), checks dropped files in workers, loads them atomically, saves and forgets. Browser only.
 */
import type { Connector } from '../db/connector';
import type { Run } from '../db/setup';
import type { Prepared } from './prepare';
import type { CheckReply, CheckRequest } from './protocol';
import type { LoadMode } from './types';
import { fileProblem } from './types';
import { fileKind } from './kinds';
import { forgetRows, loadRows } from './load';
import { loadedReportIds, userCounts } from './views';
import { clearBatches, readBatches, saveBatch } from './persist';
import { restoreUserData, type LoadedFile } from './restore';
import { setSummaryTables, summaryTables } from '../queries/plan';

let shippedSummaries: string[] | null = null;

/** Pre-aggregated summaries know nothing of the user's rows: builders read the union views while there are any. */
function syncSummaries(total: number): void {
	shippedSummaries ??= summaryTables();
	setSummaryTables(total > 0 ? [] : shippedSummaries);
}

export type { LoadedFile } from './restore';

/** One dropped file as the panel shows it. */
export interface UploadItem {
	id: number;
	name: string;
	size: number;
	phase: 'checking' | 'checked' | 'loading' | 'loaded' | 'cancelled' | 'failed';
	progress: number;
	prepared: Prepared | null;
	message: string | null;
	loadedRows: number;
}

let starting: Promise<Connector> | null = null;

/** Opens (once) the browser database with the user's tables, views and saved rows in place. */
export function userConnector(): Promise<Connector> {
	return (starting ??= (async () => {
		const { browserDb } = await import('../db/wasm');
		const db = browserDb();
		db.start();
		const c = await db.ready;
		const run: Run = (sql) => c.query(sql);
		const saved = await readBatches().catch(() => []);
		const files = await restoreUserData(run, saved);
		if (saved.length) {
			userData.files = files;
			userData.restored = true;
		}
		userData.counts = await userCounts(run);
		syncSummaries(userData.total);
		userData.status = 'ready';
		// Views showing prerendered rows re-query only when restored rows changed what they show.
		if (userData.restored) userData.version++;
		performance.mark('userdata-ready');
		return c;
	})().catch((e) => {
		starting = null;
		userData.status = 'error';
		userData.error = e instanceof Error ? e.message : String(e);
		throw e;
	}));
}

class UserData {
	status: 'idle' | 'starting' | 'ready' | 'error' = $state('idle');
	error: string | null = $state(null);
	counts: Record<string, number> = $state({});
	files: LoadedFile[] = $state([]);
	items: UploadItem[] = $state([]);
	mode: LoadMode = $state('append');
	restored = $state(false);
	/** Increments whenever the user's rows change; views re-query on it. */
	version = $state(0);
	#next = 1;
	#workers: { upload?: Worker; parquet?: Worker } = {};

	/** Total rows the user has added. */
	get total(): number {
		return Object.values(this.counts).reduce((a, b) => a + b, 0);
	}

	/** Starts the database and restores saved rows (idempotent). */
	start(): void {
		if (this.status === 'idle') this.status = 'starting';
		userConnector().catch(() => undefined);
	}

	#worker(kind: 'upload' | 'parquet'): Worker {
		const existing = this.#workers[kind];
		if (existing) return existing;
		const w =
			kind === 'parquet'
				? new Worker(new URL('./parquet.worker.ts', import.meta.url), { type: 'module' })
				: new Worker(new URL('./upload.worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (e: MessageEvent<CheckReply>) => this.#reply(e.data);
		this.#workers[kind] = w;
		return w;
	}

	#item(id: number): UploadItem | undefined {
		return this.items.find((i) => i.id === id);
	}

	#reply(m: CheckReply): void {
		const it = this.#item(m.id);
		if (!it) return;
		if (m.type === 'progress') it.progress = m.share;
		else if (m.type === 'done') {
			it.prepared = m.prepared;
			it.phase = 'checked';
			it.progress = 1;
		} else {
			it.phase = 'failed';
			it.message = m.message;
		}
	}

	/** Checks files (nothing changes yet): each goes to its worker and comes back with rows and problems. */
	async add(files: File[]): Promise<void> {
		this.start();
		const c = await userConnector();
		const ids = [...(await loadedReportIds((sql) => c.query(sql), this.mode === 'replace'))];
		for (const f of files) {
			const id = this.#next++;
			this.items.push({ id, name: f.webkitRelativePath || f.name, size: f.size, phase: 'checking', progress: 0, prepared: null, message: null, loadedRows: 0 });
			const bytes = new Uint8Array(await f.arrayBuffer());
			const req: CheckRequest = { id, name: f.name, bytes, existingIds: ids };
			this.#worker(fileKind(f.name) === 'parquet' ? 'parquet' : 'upload').postMessage(req, [bytes.buffer]);
		}
	}

	/** Loads one checked file's good rows (bad rows skipped) in one transaction, then saves. */
	async load(id: number): Promise<void> {
		const it = this.#item(id);
		if (!it || it.phase !== 'checked' || !it.prepared || it.prepared.fatal) return;
		const c = await userConnector();
		const run: Run = (sql) => c.query(sql);
		it.phase = 'loading';
		it.progress = 0;
		try {
			// Another file loaded since this one was checked may hold the same report.
			const idRows = it.prepared.rows.reports ?? it.prepared.rows.sources;
			if (idRows?.length) {
				const seen = await loadedReportIds(run, this.mode === 'replace' && it.prepared.table !== 'report');
				const dup = idRows.find((r) => seen.has(String(r.report_id)));
				if (dup) {
					it.prepared.problems = [...it.prepared.problems, { ...fileProblem(it.name, 'report_id 已存在于已载入的数据中', 'duplicate report_id: already in the loaded data'), column: 'report_id', value: String(dup.report_id) }];
					throw new Error(`duplicate report_id ${dup.report_id}`);
				}
			}
			const mode = this.mode;
			const counts = await loadRows(run, it.prepared.rows, mode, (s) => (it.progress = s));
			const rows = Object.values(counts).reduce((a, b) => a + b, 0);
			const table = it.prepared.table ?? '';
			const at = new Date().toISOString();
			this.files = [...(mode === 'replace' ? this.files.filter((f) => f.table !== table) : this.files), { name: it.name, table, rows, at }];
			await this.#changed(run);
			it.loadedRows = rows;
			try {
				await saveBatch({ file: it.name, table, mode, rows: $state.snapshot(it.prepared.rows) as typeof it.prepared.rows, at });
			} catch (e) {
				// The rows are in the database for this visit; only keeping them across reloads failed (e.g. storage quota).
				it.message = `not kept in this browser: ${e instanceof Error ? e.message : String(e)}`;
			}
			it.phase = 'loaded';
		} catch (e) {
			it.phase = 'failed';
			it.message = e instanceof Error ? e.message : String(e);
		}
	}

	/** Loads every checked, loadable file in turn. */
	async loadAll(): Promise<void> {
		for (const it of this.items.filter((i) => i.phase === 'checked' && i.prepared && !i.prepared.fatal)) await this.load(it.id);
	}

	/** Drops a checked file without loading anything. */
	cancel(id: number): void {
		const it = this.#item(id);
		if (it && it.phase === 'checked') {
			it.phase = 'cancelled';
			it.prepared = it.prepared && { ...it.prepared, rows: {} };
		}
	}

	/** Removes every row the user added, here and in browser storage. */
	async forget(): Promise<void> {
		const c = await userConnector();
		const run: Run = (sql) => c.query(sql);
		await forgetRows(run);
		await clearBatches();
		this.files = [];
		this.items = [];
		await this.#changed(run);
	}

	async #changed(run: Run): Promise<void> {
		this.counts = await userCounts(run);
		syncSummaries(this.total);
		this.version++;
	}
}

/** The page-wide user data state. */
export const userData = new UserData();
