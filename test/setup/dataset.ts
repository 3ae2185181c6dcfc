/**
 * Vitest globalSetup of the engine project: the bundled dataset the specs that read it need (userdata.spec.ts,
 * combined.spec.ts). `static/data/` when `npm run data` (or a build) has written it; otherwise the same build —
 * the demo corpus (300 reports, seed 42) and the five real reports through the real ingest CLI — runs once into a
 * temporary folder, removed after the run. Specs read the folder with `inject('datasetDir')`, so a fresh clone
 * passes `npx vitest run` without building first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A folder holding the bundled dataset (dataset.duckdb, dictionary.json, the CSV and Parquet files). */
		datasetDir: string;
	}
}

const TSX = resolve('node_modules/tsx/dist/cli.mjs');

function run(args: string[]): void {
	const r = spawnSync(process.execPath, [TSX, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
	if (r.status !== 0) throw new Error(`dataset build failed: tsx ${args.join(' ')} (exit ${r.status})\n${r.stdout}\n${r.stderr}`);
}

export default function setup(project: TestProject): (() => void) | void {
	if (existsSync('static/data/dataset.duckdb') && existsSync('static/data/dictionary.json')) {
		project.provide('datasetDir', 'static/data');
		return;
	}
	const root = mkdtempSync(join(tmpdir(), 'vitest-dataset-'));
	const demo = join(root, 'demo');
	const out = join(root, 'data');
	const t0 = performance.now();
	// The package.json "data" script, with its two folders moved out of the working tree.
	run(['src/tools/cli/demo.ts', '--reports', '300', '--seed', '42', '--out', demo]);
	run(['src/tools/cli/ingest.ts', '--quiet', '--city', '广州市', '--out', out, 'data/reports', demo]);
	if (!existsSync(join(out, 'dataset.duckdb'))) throw new Error(`dataset build wrote no ${join(out, 'dataset.duckdb')}`);
	console.log(`vitest: static/data/ not built, the bundled dataset was built in ${out} (${Math.round(performance.now() - t0)} ms)`);
	project.provide('datasetDir', out);
	return () => rmSync(root, { recursive: true, force: true });
}
