/**
 * The reader sandbox: every format but .txt/.md is turned into text in a worker thread with a heap limit
 * and a wall-clock limit per file (per page while OCR reports pages: the clock restarts at each). heavy.ts names the limits it can see coming (zip bombs, paragraphs, pages);
 * this is the backstop for the rest: a file that runs the reader out of heap or time stops the thread,
 * not the run, and is rejected by name. The next file gets a fresh thread.
 */
import { Worker } from 'node:worker_threads';
import { LIMITS, type ReaderLimits } from './limits';
import type { HeavyResult, ReadProgress } from './heavy';

interface Pending {
	id: number;
	worker: Worker;
	resolve(r: HeavyResult): void;
	progress?: ReadProgress;
	/** Restart the clock (a page done). */
	tick(): void;
}

/** One reader thread, one file at a time. */
export class ReaderSandbox {
	private worker: Worker | null = null;
	/** Resolves when the current thread has loaded its libraries (its first file's clock starts then). */
	private ready: Promise<boolean> | null = null;
	private queue: Promise<unknown> = Promise.resolve();
	private nextId = 0;
	private pending: Pending | null = null;
	/** Threads started (1 unless a file stopped one). */
	started = 0;

	constructor(private readonly limits: ReaderLimits = LIMITS) {}

	/** Text of one .pdf/.docx, or why not; files are read one after the other. */
	read(bytes: Uint8Array, ext: string, progress?: ReadProgress): Promise<HeavyResult> {
		const run = this.queue.then(() => this.readNow(bytes, ext, progress));
		this.queue = run.catch(() => undefined);
		return run;
	}

	private spawn(): Worker {
		this.started++;
		const w = new Worker(new URL('./reader-worker.mjs', import.meta.url), {
			resourceLimits: { maxOldGenerationSizeMb: this.limits.readerHeapMb, maxYoungGenerationSizeMb: 32 }
		});
		let markReady: (ok: boolean) => void = () => undefined;
		this.ready = new Promise<boolean>((r) => (markReady = r));
		w.on('message', (m: { ready?: true; id: number; result?: HeavyResult; progress?: [number, number, string] }) => {
			if (m.ready) markReady(true);
			else if (this.pending?.id === m.id && m.progress) {
				this.pending.tick();
				this.pending.progress?.(...m.progress);
			} else if (this.pending?.id === m.id && m.result) this.settle(w, m.result);
		});
		w.once('exit', () => markReady(false));
		w.on('error', (e: Error & { code?: string }) => {
			this.drop(w);
			const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(e.message);
			this.settle(w, {
				ok: false,
				reason: oom
					? `needs more than ${this.limits.readerHeapMb} MB of memory to read (reader stopped) (内存超限)`
					: `reader failed (${e.message.split('\n')[0].slice(0, 160)})`
			});
		});
		w.on('exit', (exitCode) => {
			this.drop(w);
			this.settle(w, { ok: false, reason: `reader stopped unexpectedly (exit code ${exitCode})` });
		});
		w.unref();
		return w;
	}

	private drop(w: Worker): void {
		if (this.worker === w) this.worker = null;
	}

	/** Answer the pending file, if `w` is the thread reading it (late events of a stopped thread are ignored). */
	private settle(w: Worker, r: HeavyResult): void {
		const p = this.pending;
		if (!p || p.worker !== w) return;
		this.pending = null;
		this.worker?.unref();
		p.resolve(r);
	}

	private async readNow(bytes: Uint8Array, ext: string, progress?: ReadProgress): Promise<HeavyResult> {
		const w = (this.worker ??= this.spawn());
		w.ref();
		if (!(await this.ready)) {
			this.drop(w);
			return { ok: false, reason: 'reader could not start' };
		}
		const id = this.nextId++;
		return new Promise<HeavyResult>((resolve) => {
			let pages: [number, number] | null = null;
			const expire = () => {
				this.drop(w);
				void w.terminate();
				const where = pages ? ` on page ${pages[0] + 1} of ${pages[1]}` : '';
				this.settle(w, { ok: false, reason: `too slow to read: over ${Math.round(this.limits.readMs / 1000)} s${where} (reader stopped) (读取超时)` });
			};
			let timer = setTimeout(expire, this.limits.readMs);
			this.pending = {
				id,
				worker: w,
				progress: (done, total, what) => {
					pages = [done, total];
					progress?.(done, total, what);
				},
				tick: () => {
					clearTimeout(timer);
					timer = setTimeout(expire, this.limits.readMs);
				},
				resolve: (r) => {
					clearTimeout(timer);
					resolve(r);
				}
			};
			const copy = bytes.slice();
			w.postMessage({ id, bytes: copy, ext, limits: this.limits }, [copy.buffer]);
		});
	}

	/** Stop the thread (the process would exit without it anyway: the idle thread is unref'd). */
	async close(): Promise<void> {
		const w = this.worker;
		this.worker = null;
		if (w) await w.terminate();
	}
}

const shared = new Map<string, ReaderSandbox>();

/** The process's sandbox for a set of limits (one per distinct limits). */
export function sharedSandbox(limits: ReaderLimits = LIMITS): ReaderSandbox {
	const key = JSON.stringify(limits);
	let s = shared.get(key);
	if (!s) shared.set(key, (s = new ReaderSandbox(limits)));
	return s;
}

/** Stop every shared sandbox thread. */
export async function closeSandboxes(): Promise<void> {
	await Promise.all([...shared.values()].map((s) => s.close()));
}
