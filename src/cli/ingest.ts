/** `npm run ingest -- [--manifest FILE] [--city NAME] [--out DIR] [--quiet] [--no-duckdb] [PATH ...]` */
import { parseArgs } from 'node:util';
import { runIngest, formatSummary, exitStatus, UsageError, type IngestOptions, type IngestIO } from '../lib/node/ingest';
import { progressBar } from '../lib/node/progress';

const USAGE =
	'usage: npm run ingest -- [--manifest FILE]... [--city NAME] [--out DIR] [--quiet] [--no-duckdb] [--jobs N] [PATH ...]\n' +
	'  PATH: report files (.txt .md .pdf .docx) or folders, default data/reports; output default static/data';

/** Parse argv into ingest options and the quiet flag; throws UsageError on a bad flag. */
export function parseIngestArgs(argv: string[]): { options: IngestOptions; quiet: boolean } {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				manifest: { type: 'string', multiple: true },
				city: { type: 'string' },
				out: { type: 'string' },
				quiet: { type: 'boolean', short: 'q' },
				'no-duckdb': { type: 'boolean' },
				jobs: { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (e) {
		throw new UsageError((e as Error).message.split('\n')[0]);
	}
	const v = parsed.values;
	if (v.help) throw new UsageError('');
	if (v.city !== undefined && v.city.trim() === '') throw new UsageError('--city needs a name');
	if (v.out !== undefined && v.out.trim() === '') throw new UsageError('--out needs a folder');
	if (v.jobs !== undefined && !/^([1-9]|1[0-6])$/.test(v.jobs)) throw new UsageError(`--jobs must be 1–16, got "${v.jobs}"`);
	return {
		options: {
			paths: parsed.positionals.length ? parsed.positionals : ['data/reports'],
			manifests: v.manifest ?? [],
			city: v.city,
			outDir: v.out ?? 'static/data',
			duckdbFile: !v['no-duckdb'],
			workers: v.jobs === undefined ? undefined : Number(v.jobs)
		},
		quiet: v.quiet === true
	};
}

async function main(): Promise<number> {
	let args;
	try {
		args = parseIngestArgs(process.argv.slice(2));
	} catch (e) {
		if (e instanceof UsageError) {
			if (e.message) process.stderr.write(`ingest: ${e.message}\n`);
			process.stderr.write(USAGE + '\n');
			return e.message ? 1 : 0;
		}
		throw e;
	}
	const bar = !args.quiet && process.stderr.isTTY ? progressBar(process.stderr) : null;
	const io: IngestIO = {
		info: (l) => {
			if (!args.quiet) bar ? bar.log(l) : process.stdout.write(l + '\n');
		},
		warn: (l) => (bar ? bar.log(l) : process.stderr.write(l + '\n')),
		error: (l) => (bar ? bar.log(l) : process.stderr.write(l + '\n')),
		progress: bar ? (p) => bar.update(p) : undefined
	};
	try {
		const summary = await runIngest(args.options, io);
		bar?.done();
		process.stdout.write(formatSummary(summary) + '\n');
		return exitStatus(summary);
	} catch (e) {
		bar?.done();
		if (e instanceof UsageError) {
			process.stderr.write(`ingest: ${e.message}\n${USAGE}\n`);
			return 1;
		}
		process.stderr.write(`ingest failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
		return 3;
	}
}

main().then((code) => {
	process.exitCode = code;
});
