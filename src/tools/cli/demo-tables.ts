/**
 * `npm run data:demo -- --tables --reports N --seed S --out DIR [--nationwide] [--csv] [--no-csv] [--partitioned] [--split|--no-split] [--no-summaries]`:
 * a large synthetic dataset generated directly as tables in native DuckDB, written like the ingest's output.
 * `--lazy-summaries` / `--eager-summaries` force where a split dataset's fine summaries go (default: by their size,
 * scale/write.ts SUMMARY_EAGER_ROWS). `npm run data:demo -- --tables --summaries-only --out DIR` rebuilds the
 * summaries of the split dataset already in DIR from its detail.duckdb, without generating anything.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { parseArgs } from 'node:util';
import { generationSql } from '../scale/generate';
import { rewriteSummaries, writeScaleDataset } from '../scale/write';

function intArg(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	if (!/^-?\d+(e\d+)?$/i.test(value)) throw new Error(`--${name} must be an integer, got "${value}"`);
	return Number(value);
}

/** Parses the CLI arguments, generates the tables and writes them; returns the row counts. */
export async function runDemoTables(args: string[], log: (s: string) => void = (s) => console.log(s)): Promise<Record<string, number>> {
	const { values } = parseArgs({
		args,
		strict: true,
		options: {
			tables: { type: 'boolean' },
			reports: { type: 'string' },
			seed: { type: 'string' },
			out: { type: 'string' },
			csv: { type: 'boolean' },
			'no-csv': { type: 'boolean' },
			partitioned: { type: 'boolean' },
			split: { type: 'boolean' },
			'no-split': { type: 'boolean' },
			'no-summaries': { type: 'boolean' },
			threads: { type: 'string' },
			nationwide: { type: 'boolean' },
			'lazy-summaries': { type: 'boolean' },
			'eager-summaries': { type: 'boolean' },
			'summaries-only': { type: 'boolean' }
		}
	});
	const lazySummaries = values['lazy-summaries'] ? true : values['eager-summaries'] ? false : undefined;
	const reports = intArg('reports', values.reports, 30000);
	const seed = intArg('seed', values.seed, 42);
	if (reports < 0) throw new Error(`--reports must be ≥ 0, got ${reports}`);
	const out = values.out ?? 'data/demo-tables';
	const t0 = performance.now();
	const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
	const instance = await DuckDBInstance.create(':memory:', { threads: values.threads ?? '2', preserve_insertion_order: 'true' });
	const conn = await instance.connect();
	try {
		if (values['summaries-only']) {
			const counts = await rewriteSummaries(conn, out, lazySummaries);
			log(
				`data:demo --tables --summaries-only: ${Object.entries(counts)
					.map(([k, v]) => `${k} ${v}`)
					.join(', ')} → ${out} in ${elapsed()}`
			);
			return counts;
		}
		for (const s of generationSql({ reports, seed, nationwide: values.nationwide ?? false })) await conn.run(s);
		log(`data:demo --tables: ${reports} reports generated (seed ${seed}${values.nationwide ? ', nationwide' : ''}) in ${elapsed()}`);
		const counts = await writeScaleDataset(conn, out, {
			csv: values.csv ?? (!values['no-csv'] && reports <= 100000),
			partitioned: values.partitioned ?? false,
			summaries: !values['no-summaries'],
			split: values.split ?? (!values['no-split'] && reports > 100000),
			lazySummaries,
			progress: (m) => log(`  ${m} (${elapsed()})`)
		});
		log(
			`data:demo --tables: ${Object.entries(counts)
				.map(([k, v]) => `${k} ${v}`)
				.join(', ')} → ${out} in ${elapsed()}`
		);
		return counts;
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	runDemoTables(process.argv.slice(2)).catch((e) => {
		console.error(`data:demo --tables: ${(e as Error).message}`);
		process.exit(1);
	});
}
