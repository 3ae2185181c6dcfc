/** Results of extractFile for many files, in input order, from worker threads or in process. */
import { Worker } from 'node:worker_threads';
import type { ExtractInput, ExtractResult } from '../ingest/types';
import { extractFile, type FileJob } from './extract-file';

/** Yields each job's result in job order; `jobs` workers (≤ 1: in process, reading `ahead` files ahead). */
export async function* extractInOrder(
	jobs: FileJob[],
	options: { workers: number; ahead?: number; extract?: (input: ExtractInput) => ExtractResult }
): AsyncGenerator<ExtractResult> {
	if (options.workers <= 1 || options.extract) {
		const ahead = Math.max(1, options.ahead ?? 16);
		const pending: Promise<ExtractResult>[] = [];
		for (let i = 0; i < Math.min(ahead, jobs.length); i++) pending.push(extractFile(jobs[i], options.extract));
		for (let i = 0; i < jobs.length; i++) {
			const r = await pending[i];
			delete pending[i];
			if (i + ahead < jobs.length) pending.push(extractFile(jobs[i + ahead], options.extract));
			yield r;
		}
		return;
	}
	yield* fromWorkers(jobs, options.workers);
}

async function* fromWorkers(jobs: FileJob[], count: number): AsyncGenerator<ExtractResult> {
	const results = new Map<number, ExtractResult>();
	let wake: (() => void) | null = null;
	let failure: Error | null = null;
	let next = 0;
	let finished = false;
	const perWorker = 8;
	const workers = Array.from({ length: count }, () => new Worker(new URL('./extract-worker.mjs', import.meta.url)));
	const feed = (w: Worker) => {
		if (next < jobs.length) w.postMessage(jobs[next++]);
	};
	for (const w of workers) {
		w.on('message', (m: { id: number; result: ExtractResult }) => {
			results.set(m.id, m.result);
			feed(w);
			wake?.();
		});
		w.on('error', (e) => {
			failure = e;
			wake?.();
		});
		w.on('exit', (code) => {
			if (finished) return;
			failure ??= new Error(`extract worker stopped early (exit code ${code})`);
			wake?.();
		});
		for (let k = 0; k < perWorker; k++) feed(w);
	}
	try {
		for (let i = 0; i < jobs.length; i++) {
			while (!results.has(jobs[i].id)) {
				if (failure) throw failure;
				await new Promise<void>((resolve) => (wake = resolve));
				wake = null;
			}
			const r = results.get(jobs[i].id)!;
			results.delete(jobs[i].id);
			yield r;
		}
	} finally {
		finished = true;
		await Promise.all(workers.map((w) => w.terminate()));
	}
}
