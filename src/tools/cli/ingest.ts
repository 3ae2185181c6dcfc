/** `npm run ingest -- [--manifest FILE] [--corrections FILE] [--city NAME] [--out DIR] [--quiet] [--no-duckdb] [PATH ...]` */
import { parseArgs } from 'node:util';
import { runIngest, formatSummary, exitStatus, OutputError, UsageError, type IngestOptions, type IngestIO } from '../../lib/node/ingest';
import { safeLine } from '../../lib/node/names';
import { progressBar } from '../../lib/node/progress';

const USAGE =
	'usage: npm run ingest -- [--manifest FILE]... [--corrections FILE]... [--city NAME] [--out DIR] [--quiet] [--no-duckdb] [--jobs N] [PATH ...]\n' +
	'  PATH: report files (.txt .md .pdf .docx .doc .rtf .xlsx .xls .html .htm .mhtml .png .jpg .tif .zip; scans by OCR) or folders,\n' +
	'  default data/reports; output default static/data\n' +
	'  DIR becomes a link to the current version (kept with the previous one in a hidden version store); a run\n' +
	'  that writes no report leaves it as it was. Exit: 0 done, 1 usage, 2 files rejected or no report, 3 failed.';

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
				corrections: { type: 'string', multiple: true },
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
			corrections: v.corrections ?? [],
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
	// Every message is one line with no terminal control, whatever a file name holds (names.ts).
	const line = (l: string) => safeLine(l);
	const io: IngestIO = {
		info: (l) => {
			if (args.quiet) return;
			if (bar) bar.log(line(l));
			else process.stdout.write(line(l) + '\n');
		},
		warn: (l) => (bar ? bar.log(line(l)) : process.stderr.write(line(l) + '\n')),
		error: (l) => (bar ? bar.log(line(l)) : process.stderr.write(line(l) + '\n')),
		progress: bar ? (p) => bar.update(p) : undefined
	};
	try {
		const summary = await runIngest(args.options, io);
		bar?.done();
		process.stdout.write(formatSummary(summary).split('\n').map(line).join('\n') + '\n');
		return exitStatus(summary);
	} catch (e) {
		bar?.done();
		if (e instanceof UsageError) {
			process.stderr.write(`ingest: ${line(e.message)}\n${USAGE}\n`);
			return 1;
		}
		if (e instanceof OutputError) {
			process.stderr.write(`ingest: ${line(e.message)}\n`);
			return 3;
		}
		process.stderr.write(`ingest failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
		return 3;
	}
}

main().then((code) => {
	process.exitCode = code;
});
