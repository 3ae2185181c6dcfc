/** `npm run bench:ingest [-- --reports N] [--seed S] [--jobs N] [--keep]`: ingest N generated demo reports and time it. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../lib/demo/corpus';
import { manifestCsv } from '../lib/demo/output';
import { formatSummary, runIngest, type IngestIO } from '../lib/node/ingest';

async function main(): Promise<number> {
	const { values } = parseArgs({
		args: process.argv.slice(2),
		strict: true,
		options: { reports: { type: 'string', default: '10000' }, seed: { type: 'string', default: '7' }, jobs: { type: 'string' }, keep: { type: 'boolean' } }
	});
	const n = Number(values.reports);
	const seed = Number(values.seed);
	if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
		process.stderr.write('usage: npm run bench:ingest -- [--reports N] [--seed S] [--jobs N] [--keep]\n');
		return 1;
	}
	const root = await mkdtemp(join(tmpdir(), 'bench-ingest-'));
	try {
		const input = join(root, 'demo');
		await mkdir(input);
		let t = performance.now();
		const docs = generateCorpus({ reports: n, seed });
		for (const d of docs) await writeFile(join(input, d.file), d.text);
		await writeFile(join(input, 'manifest.csv'), manifestCsv(docs));
		const genSeconds = (performance.now() - t) / 1000;
		let errors = 0;
		const io: IngestIO = { info: () => {}, warn: () => {}, error: () => void errors++ };
		t = performance.now();
		const workers = values.jobs === undefined ? undefined : Number(values.jobs);
		const s = await runIngest({ paths: [input], outDir: join(root, 'out'), workers }, io);
		const total = (performance.now() - t) / 1000;
		process.stdout.write(
			[
				`bench:ingest: ${n} demo reports (seed ${seed}), generated and written in ${genSeconds.toFixed(1)} s; workers: ${values.jobs ?? 'auto'}`,
				formatSummary(s),
				`split: read+extract ${s.readExtractSeconds.toFixed(2)} s (${(s.filesRead / s.readExtractSeconds).toFixed(0)} files/s), ` +
					`write ${s.writeSeconds.toFixed(2)} s (Parquet + CSV + dataset.duckdb + dictionary.json)`,
				`result: ${(s.reportsWritten / total).toFixed(0)} reports/s end to end (${total.toFixed(2)} s)`,
				values.keep ? `kept: ${root}` : ''
			]
				.filter(Boolean)
				.join('\n') + '\n'
		);
		return 0;
	} finally {
		if (!values.keep) await rm(root, { recursive: true, force: true });
	}
}

main().then((code) => (process.exitCode = code));
