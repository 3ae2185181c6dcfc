/**
 * `npm run data:demo -- --reports N --seed S [--out DIR] [--nationwide]`: writes the demonstration corpus, truth.jsonl and
 * manifest.csv. `--nationwide` spreads it over six cities of five provinces (src/tools/demo/nationwide.ts); the default is Guangzhou.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../demo/corpus';
import { isGeneratedName, manifestCsv, truthJsonl } from '../demo/output';

function intArg(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	if (!/^-?\d+$/.test(value)) throw new Error(`--${name} must be an integer, got "${value}"`);
	return Number(value);
}

function main(): void {
	const { values } = parseArgs({
		options: { reports: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, nationwide: { type: 'boolean' } },
		strict: true
	});
	const reports = intArg('reports', values.reports, 300);
	const seed = intArg('seed', values.seed, 42);
	if (reports < 0) throw new Error(`--reports must be ≥ 0, got ${reports}`);
	const out = values.out ?? 'data/demo';
	const t0 = performance.now();
	const docs = generateCorpus({ reports, seed, nationwide: values.nationwide ?? false });
	mkdirSync(out, { recursive: true });
	let removed = 0;
	for (const name of readdirSync(out)) {
		if (isGeneratedName(name)) {
			rmSync(join(out, name));
			removed++;
		}
	}
	for (const d of docs) writeFileSync(join(out, d.file), d.text);
	writeFileSync(join(out, 'truth.jsonl'), truthJsonl(docs));
	writeFileSync(join(out, 'manifest.csv'), manifestCsv(docs));
	const layouts = new Map<string, number>();
	for (const d of docs) layouts.set(d.truth.layout, (layouts.get(d.truth.layout) ?? 0) + 1);
	const mix = [...layouts].map(([k, v]) => `${k} ${v}`).join(', ');
	const ms = Math.round(performance.now() - t0);
	console.log(`data:demo: ${docs.length} documents (${mix}) seed ${seed} → ${out} (truth.jsonl, manifest.csv; ${removed} old files removed) in ${ms} ms`);
}

if (process.argv.includes('--tables')) {
	// Large datasets straight as tables (no documents): src/tools/cli/demo-tables.ts.
	import('./demo-tables')
		.then((m) => m.runDemoTables(process.argv.slice(2)))
		.catch((e) => {
			console.error(`data:demo --tables: ${(e as Error).message}`);
			process.exit(1);
		});
} else {
	try {
		main();
	} catch (e) {
		console.error(`data:demo: ${(e as Error).message}`);
		process.exit(1);
	}
}
