/**
 * The user's own data in the running app: starts with the browser database (union views, saved rows
 * restored), checks dropped files in workers, loads them atomically, saves and forgets. Browser only.
 */
import type { Connector } from '../db/connector';
import type { Run } from '../db/setup';
import type { Prepared } from './prepare';
import type { CheckReply, CheckRequest } from './protocol';
import type { LoadMode } from './types';
import { ALREADY_LOADED, fileProblem } from './types';
import { fileKind } from './kinds';
import { forgetRows, loadRows } from './load';
import { loadedReportIds, userCounts } from './views';
import { clearBatches, deleteBatch, estimateBytes, readBatches, saveBatch, storageRoom } from './persist';
import { oversize } from './limits';
import { orphanIds, reportIdsOf, withoutOrphans, type Checked } from './orphans';
import { restoreUserData, type LoadedFile } from './restore';
import { setDetailOnly } from '../state/plan';

/** Pre-aggregated summaries know nothing of the user's rows: builders read the union views while there are any. */
function syncSummaries(total: number): void {
	setDetailOnly('userRows', total > 0);
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
	/**
	 * Set before loading when this browser cannot keep the file's rows across a reload: its storage estimate
	 * leaves too little room (`room`), or saving them failed (`reason`). Loading it then is for this visit only.
	 */
	keep: { need: number; room: number | null; reason: string | null } | null;
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
	/** Each checked file as its worker returned it, before orphan rows were taken out (they depend on the other files). */
	#raw = new Map<number, Checked>();
	/** The orphan report_ids last shown for each file, so an unchanged file is not re-assigned. */
	#shown = new Map<number, string>();
	/** What each file would load (orphans out), outside Svelte's state: read and saved without proxies or copies. */
	#effective = new Map<number, Checked>();
	/** report_ids in the database (shipped and the user's), as of the last add, load or forget. */
	#known = new Set<string>();

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
			this.#raw.set(m.id, m.prepared);
			this.#effective.set(m.id, m.prepared);
			this.#shown.set(m.id, '');
			it.prepared = m.prepared;
			it.phase = 'checked';
			it.progress = 1;
			this.#reconcile();
			void this.#checkRoom(m.id);
		} else {
			it.phase = 'failed';
			it.message = m.message;
		}
	}

	/**
	 * Child rows (indicators, findings …) whose report is neither loaded nor in another file being added are
	 * named and left out of each checked file, again whenever a file is checked, loaded or cancelled.
	 */
	#reconcile(): void {
		for (const it of this.items) {
			const raw = this.#raw.get(it.id);
			if (it.phase !== 'checked' || !raw || raw.fatal) continue;
			const known = this.#knownFor(it.id);
			const key = orphanIds(raw, known).join('\n');
			if (this.#shown.get(it.id) === key) continue;
			this.#shown.set(it.id, key);
			const next = key ? withoutOrphans(raw, known) : raw;
			this.#effective.set(it.id, next);
			it.prepared = next;
		}
	}

	/** report_ids a file's rows may name: those loaded and those of the other files being added. */
	#knownFor(id: number): Set<string> {
		const known = new Set(this.#known);
		for (const other of this.items) {
			if (other.id === id || !(other.phase === 'checked' || other.phase === 'loading')) continue;
			for (const r of reportIdsOf(this.#raw.get(other.id))) known.add(r);
		}
		return known;
	}

	/** Warns before loading when this browser cannot keep the file's rows (storage quota): they would be gone after a reload. */
	async #checkRoom(id: number): Promise<void> {
		const it = this.#item(id);
		if (!it?.prepared || it.prepared.fatal) return;
		const need = estimateBytes(this.#raw.get(id)?.rows ?? {});
		const room = await storageRoom();
		if (room != null && need > room) it.keep = { need, room, reason: null };
	}

	/** Checks files (nothing changes yet): each goes to its worker and comes back with rows and problems. */
	async add(files: File[]): Promise<void> {
		this.start();
		const c = await userConnector();
		const run: Run = (sql) => c.query(sql);
		const ids = [...(await loadedReportIds(run, this.mode === 'replace'))];
		this.#known = await loadedReportIds(run);
		for (const f of files) {
			const id = this.#next++;
			const name = f.webkitRelativePath || f.name;
			// A file over the size limit is refused before a byte of it is read.
			const big = oversize(name, f.size);
			if (big) {
				this.items.push({ id, name, size: f.size, phase: 'checked', progress: 1, prepared: big, message: null, loadedRows: 0, keep: null });
				continue;
			}
			this.items.push({ id, name, size: f.size, phase: 'checking', progress: 0, prepared: null, message: null, loadedRows: 0, keep: null });
			const bytes = new Uint8Array(await f.arrayBuffer());
			const req: CheckRequest = { id, name: f.name, bytes, existingIds: ids };
			this.#worker(fileKind(f.name) === 'parquet' ? 'parquet' : 'upload').postMessage(req, [bytes.buffer]);
		}
	}

	/**
	 * Keeps one checked file's good rows (bad rows skipped) in this browser, then loads them in one transaction.
	 * A file that cannot be kept goes back to 'checked' with `keep` set; loading it again is for this visit only.
	 */
	async load(id: number): Promise<void> {
		const it = this.#item(id);
		if (!it || it.phase !== 'checked' || !it.prepared || it.prepared.fatal) return;
		const c = await userConnector();
		const run: Run = (sql) => c.query(sql);
		// Child rows whose reports are in another file being added wait for that file to be loaded first.
		this.#known = await loadedReportIds(run);
		this.#reconcile();
		const eff = this.#effective.get(id);
		if (!eff || eff.fatal) return;
		const nowhere = new Set(orphanIds(eff, this.#knownFor(id)));
		const waiting = orphanIds(eff, this.#known).filter((r) => !nowhere.has(r));
		if (waiting.length) {
			const holders = this.items.filter((o) => o !== it && reportIdsOf(this.#raw.get(o.id)).some((r) => waiting.includes(r))).map((o) => o.name);
			it.message = `先载入 ${holders.join('、')} / load ${holders.join(', ')} first: ${waiting.length} report_id (${waiting.slice(0, 3).join(', ')}${waiting.length > 3 ? ', …' : ''})`;
			return;
		}
		it.message = null;
		it.phase = 'loading';
		it.progress = 0;
		try {
			// Another file loaded since this one was checked may hold the same report.
			const idRows = eff.rows.reports ?? eff.rows.sources;
			if (idRows?.length) {
				const seen = await loadedReportIds(run, this.mode === 'replace' && eff.table !== 'report');
				const dup = idRows.find((r) => seen.has(String(r.report_id)));
				if (dup) {
					it.prepared!.problems = [
						...it.prepared!.problems,
						{ ...fileProblem(it.name, ALREADY_LOADED.zh, ALREADY_LOADED.en), column: 'report_id', value: String(dup.report_id) }
					];
					throw new Error(`duplicate report_id ${dup.report_id}`);
				}
			}
			const mode = this.mode;
			const table = eff.table ?? '';
			const at = new Date().toISOString();
			// Kept first, loaded second: a file this browser cannot keep is said so before anything changes,
			// and loading it then is the user's choice (for this visit only).
			let saved: number | null = null;
			if (!it.keep) {
				try {
					saved = await saveBatch({ file: it.name, table, mode, rows: eff.rows, at });
				} catch (e) {
					it.keep = { need: estimateBytes(eff.rows), room: null, reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
					it.phase = 'checked';
					return;
				}
			}
			let counts: Record<string, number>;
			try {
				counts = await loadRows(run, eff.rows, mode, (s) => (it.progress = s));
			} catch (e) {
				if (saved != null) await deleteBatch(saved).catch(() => undefined);
				throw e;
			}
			const rows = Object.values(counts).reduce((a, b) => a + b, 0);
			this.files = [...(mode === 'replace' ? this.files.filter((f) => f.table !== table) : this.files), { name: it.name, table, rows, at }];
			this.#forgetItem(id);
			await this.#changed(run);
			it.loadedRows = rows;
			if (saved == null) it.message = '仅在这次访问中有效，重新载入页面后就没有了 / for this visit only: gone after a reload';
			it.phase = 'loaded';
		} catch (e) {
			it.phase = 'failed';
			it.message = e instanceof Error ? e.message : String(e);
			this.#forgetItem(id);
			this.#reconcile();
		}
	}

	/** Drops what is kept outside Svelte's state for a file that will not be loaded (any more). */
	#forgetItem(id: number): void {
		this.#raw.delete(id);
		this.#effective.delete(id);
		this.#shown.delete(id);
	}

	/** Loads every checked, loadable file in turn: files with reports first, so the rows that belong to them find them. */
	async loadAll(): Promise<void> {
		const ready = this.items.filter((i) => i.phase === 'checked' && i.prepared && !i.prepared.fatal);
		const parents = ready.filter((i) => reportIdsOf(i.prepared).length > 0);
		for (const it of [...parents, ...ready.filter((i) => !parents.includes(i))]) await this.load(it.id);
	}

	/** Drops a checked file without loading anything. */
	cancel(id: number): void {
		const it = this.#item(id);
		if (it && it.phase === 'checked') {
			it.phase = 'cancelled';
			it.prepared = it.prepared && { ...it.prepared, rows: {} };
			this.#forgetItem(id);
			// Rows that belonged to the reports of this file are orphans again.
			this.#reconcile();
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
		this.#raw.clear();
		this.#shown.clear();
		this.#effective.clear();
		await this.#changed(run);
	}

	async #changed(run: Run): Promise<void> {
		this.counts = await userCounts(run);
		this.#known = await loadedReportIds(run);
		this.#reconcile();
		syncSummaries(this.total);
		this.version++;
	}
}

/** The page-wide user data state. */
export const userData = new UserData();
