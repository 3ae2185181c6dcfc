/**
 * `npm run bench:ingest [-- --reports N] [--seed S] [--jobs N] [--keep] [--formats-only] [--no-formats]`: ingest N
 * generated demo reports and time it, then read + extract the same report in every format (test/formats)
 * and time each: documents per second, and OCR pages per second for scans.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../demo/corpus';
import { manifestCsv } from '../demo/output';
import { formatSummary, runIngest, type IngestIO } from '../../lib/node/ingest';
import { extractFileParts } from '../../lib/node/extract-file';
import { closeSandboxes } from '../../lib/node/sandbox';

async function main(): Promise<number> {
	const { values } = parseArgs({
		args: process.argv.slice(2),
		strict: true,
		options: {
			reports: { type: 'string', default: '10000' },
			seed: { type: 'string', default: '7' },
			jobs: { type: 'string' },
			keep: { type: 'boolean' },
			'formats-only': { type: 'boolean' },
			'no-formats': { type: 'boolean' }
		}
	});
	const n = Number(values.reports);
	const seed = Number(values.seed);
	if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
		process.stderr.write('usage: npm run bench:ingest -- [--reports N] [--seed S] [--jobs N] [--keep]\n');
		return 1;
	}
	const root = await mkdtemp(join(tmpdir(), 'bench-ingest-'));
	try {
		if (!values['no-formats']) await benchFormats(root);
		if (values['formats-only']) return 0;
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

/** Read + extract the same report in every format, each several times (scans once): ms per document, documents/s, OCR pages/s. */
async function benchFormats(root: string): Promise<void> {
	const { allFormats } = await import('../../../test/formats/write');
	const dir = join(root, 'formats');
	await mkdir(dir);
	const files = await allFormats(true);
	const rows: string[] = [];
	for (const [name, bytes] of Object.entries(files)) {
		const f = join(dir, name);
		await writeFile(f, bytes);
		const scan = name.startsWith('scan');
		await extractFileParts({ id: 0, file: f }); // warm: the reader thread and its libraries (and the OCR engine) loaded once
		const runs = scan ? 2 : 20;
		let pages = 0;
		let docs = 0;
		const t = performance.now();
		for (let k = 0; k < runs; k++) {
			const parts = await extractFileParts({ id: 0, file: f }, undefined, (d, _t, what) => {
				if (what === 'OCR page' && d > 0) pages++;
			});
			docs += parts.filter((p) => p.result.ok && !p.skipped).length;
		}
		const ms = (performance.now() - t) / runs;
		rows.push(
			`${name.padEnd(12)} ${String(bytes.length).padStart(8)} B  ${ms.toFixed(1).padStart(8)} ms/file  ${((docs / runs) * (1000 / ms)).toFixed(1).padStart(7)} reports/s` +
				(pages ? `  ${((pages / runs) * (1000 / ms)).toFixed(2)} OCR pages/s (${(ms / (pages / runs) / 1000).toFixed(1)} s a page)` : '')
		);
	}
	await closeSandboxes();
	process.stdout.write(
		['bench:ingest formats: read + extract the report of test/formats in each format (warm reader thread; scans: OCR engine loaded)', ...rows].join('\n') + '\n'
	);
}
