/** Results of extractFile for many files, in input order, from worker threads or in process. */
import { Worker } from 'node:worker_threads';
import type { ExtractInput, ExtractResult } from '../ingest/types';
import { extractFileParts, type FileJob, type PartOutcome } from './extract-file';

/** Progress inside one file (pages OCR'd of total), with the job it belongs to. */
export type JobProgress = (job: FileJob, done: number, total: number, what: string) => void;

/** Yields each job's result in job order (the file's first document); see extractPartsInOrder. */
export async function* extractInOrder(
	jobs: FileJob[],
	options: { workers: number; ahead?: number; extract?: (input: ExtractInput) => ExtractResult }
): AsyncGenerator<ExtractResult> {
	for await (const parts of extractPartsInOrder(jobs, options)) {
		yield parts.find((p) => !p.skipped)?.result ?? parts[0]?.result ?? { ok: false, reason: 'nothing to read' };
	}
}

/** Yields each job's documents in job order; `jobs` workers (≤ 1: in process, reading `ahead` files ahead). */
export async function* extractPartsInOrder(
	jobs: FileJob[],
	options: { workers: number; ahead?: number; extract?: (input: ExtractInput) => ExtractResult; progress?: JobProgress }
): AsyncGenerator<PartOutcome[]> {
	if (options.workers <= 1 || options.extract) {
		const ahead = Math.max(1, options.ahead ?? 16);
		const run = (job: FileJob) => extractFileParts(job, options.extract, options.progress ? (d, t, w) => options.progress!(job, d, t, w) : undefined);
		const pending: Promise<PartOutcome[]>[] = [];
		for (let i = 0; i < Math.min(ahead, jobs.length); i++) pending.push(run(jobs[i]));
		for (let i = 0; i < jobs.length; i++) {
			const r = await pending[i];
			delete pending[i];
			if (i + ahead < jobs.length) pending.push(run(jobs[i + ahead]));
			yield r;
		}
		return;
	}
	yield* fromWorkers(jobs, options.workers, options.progress);
}

async function* fromWorkers(jobs: FileJob[], count: number, progress?: JobProgress): AsyncGenerator<PartOutcome[]> {
	const results = new Map<number, PartOutcome[]>();
	const byId = new Map(jobs.map((j) => [j.id, j]));
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
		w.on('message', (m: { id: number; parts?: PartOutcome[]; progress?: [number, number, string] }) => {
			if (m.progress) {
				const job = byId.get(m.id);
				if (job) progress?.(job, ...m.progress);
				return;
			}
			results.set(m.id, m.parts!);
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
