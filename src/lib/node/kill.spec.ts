/**
 * SIGKILL at random points of real ingest runs (a child process: native DuckDB, real files), many times:
 * the dataset read back through --out is always entirely the old one or entirely the new one, in every
 * form (CSV, Parquet, dataset.duckdb, dictionary.json), never a mix; the next run cleans up after it.
 *
 * Kill points: at a random time within a run's measured duration; once the temp folder holds k of its
 * files (k random: mid-write); the moment the renamed version folder appears (just before the switch);
 * the moment --out points elsewhere (just after it, while old versions are pruned).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readlinkSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/demo/corpus';
import { TABLES } from '../ingest/types';

const CLI = resolve('src/tools/cli/ingest.ts');
const KILLS = 20;

let root: string;
let out: string;
let store: string;
let inputA: string[];
let inputB: string[];

/** A dataset's content in every form: CSV and dictionary bytes, Parquet and dataset.duckdb rows (count and hash per table). */
async function signature(dir: string): Promise<string> {
	const files = (await readdir(dir)).sort();
	const parts: string[] = [files.join(',')];
	for (const f of files.filter((f) => f.endsWith('.csv') || f.endsWith('.json'))) {
		parts.push(
			`${f}:${createHash('sha256')
				.update(await readFile(join(dir, f)))
				.digest('hex')}`
		);
	}
	const inst = await DuckDBInstance.create(':memory:');
	const conn = await inst.connect();
	try {
		const rows = async (from: string) => {
			const r = (await conn.runAndReadAll(`SELECT count(*)::BIGINT AS n, bit_xor(hash(t))::UBIGINT AS h FROM ${from} t`)).getRowObjectsJS()[0];
			return `${r.n}/${r.h}`;
		};
		for (const t of TABLES) parts.push(`${t}.parquet:${await rows(`'${join(dir, `${t}.parquet`)}'`)}`);
		await conn.run(`ATTACH '${join(dir, 'dataset.duckdb')}' AS ds (READ_ONLY)`);
		for (const t of TABLES) parts.push(`${t}.duckdb:${await rows(`ds.${t}`)}`);
	} finally {
		conn.closeSync();
		inst.closeSync();
	}
	return parts.join('\n');
}

function run(
	inputs: string[],
	kill?: (child: ReturnType<typeof spawn>) => void
): Promise<{ code: number | null; signal: string | null; ms: number; stderr: string }> {
	const t = performance.now();
	const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--quiet', '--out', out, ...inputs], { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr!.on('data', (d) => (stderr += d));
	kill?.(child);
	return new Promise((res) => child.on('exit', (code, signal) => res({ code, signal, ms: performance.now() - t, stderr })));
}

beforeAll(async () => {
	root = await realpath(await mkdtemp(join(tmpdir(), 'kill-spec-')));
	out = join(root, 'out');
	store = join(root, '.out.versions');
	const a = join(root, 'a');
	const b = join(root, 'b');
	await mkdir(a);
	await mkdir(b);
	for (const f of ['000_0ddd0e06e9da77fd.txt', '001_a8d36e24f2b32f26.txt']) await copyFile(join('data/reports', f), join(a, f));
	// B: more reports, so writing takes long enough to be hit often.
	for (const f of readdirSync('data/reports')) await copyFile(join('data/reports', f), join(b, f));
	for (const d of generateCorpus({ reports: 300, seed: 5 })) await writeFile(join(b, d.file), d.text);
	inputA = [a];
	inputB = [b];
}, 120_000);

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('SIGKILL during ingest', () => {
	it(`leaves the old dataset or the new one, never a mix (${KILLS} kills at random points)`, async () => {
		const first = await run(inputB);
		expect(first.code, first.stderr).toBe(0);
		const sigB = await signature(out);
		const second = await run(inputA);
		expect(second.code, second.stderr).toBe(0);
		const sigA = await signature(out);
		expect(sigA).not.toBe(sigB);
		const durations = { A: second.ms, B: first.ms };

		const outcomes: { mode: string; result: 'old' | 'new'; tmpSeen: boolean; killedAt: number | null }[] = [];
		let current: 'A' | 'B' = 'A';
		for (let i = 0; i < KILLS; i++) {
			const target = current === 'A' ? 'B' : 'A';
			const mode = ['time', 'mid-write', 'before-switch', 'after-switch'][i % 4];
			const duration = durations[target];
			const k = 1 + Math.floor(Math.random() * 18);
			let tmpSeen = false;
			let killedAt: number | null = null;
			const versionsBefore = new Set(readdirSync(store)); // every entry of the store before this run
			const linkBefore = readlinkSync(out);
			const r = await run(target === 'A' ? inputA : inputB, (child) => {
				const t0 = performance.now();
				let exited = false;
				child.on('exit', () => (exited = true));
				const kill = () => {
					if (exited) return;
					killedAt = performance.now() - t0;
					child.kill('SIGKILL');
				};
				if (mode === 'time') {
					setTimeout(kill, Math.random() * duration);
					return;
				}
				const timer = setInterval(() => {
					let names: string[];
					try {
						names = readdirSync(store);
					} catch {
						return;
					}
					// this run's temp folder (a killed run before it may have left its own, with files in it)
					const tmp = names.find((n) => n.startsWith('.ingest-tmp-') && !versionsBefore.has(n));
					if (tmp) tmpSeen = true;
					const fire =
						mode === 'mid-write'
							? tmp !== undefined &&
								(() => {
									try {
										return readdirSync(join(store, tmp)).length >= k;
									} catch {
										return false;
									}
								})()
							: mode === 'before-switch'
								? names.some((n) => /^v\d/.test(n) && !versionsBefore.has(n))
								: (() => {
										try {
											return readlinkSync(out) !== linkBefore;
										} catch {
											return false;
										}
									})();
					if (fire || performance.now() - t0 > duration * 3) {
						clearInterval(timer);
						kill();
					}
				}, 1);
				child.on('exit', () => clearInterval(timer));
			});
			const sig = await signature(out);
			const now = sig === sigA ? 'A' : sig === sigB ? 'B' : null;
			expect(
				now,
				`kill ${i} (${mode}, at ${(killedAt as number | null)?.toFixed(0) ?? '(finished first)'} ms, exit ${r.code}/${r.signal}): the dataset is neither the old nor the new one`
			).not.toBeNull();
			outcomes.push({ mode, result: now === current ? 'old' : 'new', tmpSeen, killedAt });
			current = now!;
		}
		// The kills hit where it matters: mid-write (a temp folder existed) and at the switch.
		expect(outcomes.filter((o) => o.mode === 'mid-write' && o.tmpSeen).length).toBeGreaterThan(0);
		expect(outcomes.some((o) => o.result === 'old')).toBe(true);
		expect(outcomes.filter((o) => o.mode === 'after-switch' && o.killedAt !== null).every((o) => o.result === 'new')).toBe(true);
		console.log(`kills: ${outcomes.map((o) => `${o.mode}@${o.killedAt === null ? 'finished first' : `${o.killedAt.toFixed(0)} ms`}→${o.result}`).join(', ')}`);

		// A run after the kills takes over the stale lock, removes temp folders and writes normally.
		const last = await run(current === 'A' ? inputB : inputA);
		expect(last.code, last.stderr).toBe(0);
		expect(await signature(out)).toBe(current === 'A' ? sigB : sigA);
		const left = readdirSync(store);
		expect(left.filter((n) => !/^v\d/.test(n))).toEqual([]);
		expect(left.length).toBe(2); // current and previous: orphans of kills after their rename are pruned
	}, 900_000);
});
