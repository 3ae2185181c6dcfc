/**
 * `npm run eval:extract -- [--reports N] [--seed S] [--dir DIR] [--json FILE] [--misses K]`:
 * runs the extractor on demonstration documents (generated in memory, or read from DIR with its truth.jsonl)
 * and prints field-level accuracy against their truth.
 *
 * `npm run eval:extract -- --fixtures [FOLDER ...]`: field-level accuracy on the hand-written fixtures
 * (default test/extract/real, layouts and national), per field and per layout, wrong values counted apart
 * from missing ones (wrong places separately). Exit 1 if any place is wrong.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../demo/corpus';
import { formatSummary, REPORT_FIELDS, scoreDocument, summarize, type DocScore } from '../demo/evaluate';
import type { DemoDocument, Truth } from '../demo/types';
import places from '../demo/guangzhou.json';
import type { ExtractInput, ExtractResult } from '../../lib/ingest/types';
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { formatFixtureSummary, layoutOf, scoreFixture, type ExpectedDoc, type FieldResult } from '../../lib/ingest/fixture-eval';

type ExtractFn = (input: ExtractInput) => ExtractResult;

function intArg(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	if (!/^-?\d+$/.test(value)) throw new Error(`--${name} must be an integer, got "${value}"`);
	return Number(value);
}

function readDir(dir: string): DemoDocument[] {
	const truthFile = join(dir, 'truth.jsonl');
	if (!existsSync(truthFile)) throw new Error(`${truthFile} not found (write it with npm run data:demo -- --out ${dir})`);
	return readFileSync(truthFile, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((line, i) => {
			let truth: Truth;
			try {
				truth = JSON.parse(line) as Truth;
			} catch (e) {
				throw new Error(`${truthFile}:${i + 1}: not JSON (${(e as Error).message})`);
			}
			const file = join(dir, truth.file);
			if (!existsSync(file)) throw new Error(`${truthFile}:${i + 1}: ${truth.file} is not in ${dir}`);
			return { file: truth.file, text: readFileSync(file, 'utf8'), truth };
		});
}

async function loadExtract(): Promise<ExtractFn> {
	try {
		const mod = (await import('../../lib/ingest/extract')) as { extract?: ExtractFn };
		if (typeof mod.extract !== 'function') throw new Error('src/lib/ingest/extract.ts has no exported extract()');
		return mod.extract;
	} catch (e) {
		throw new Error(`cannot load the extractor: ${(e as Error).message}`);
	}
}

/** Score every <name>.expected.json in the folders; the text is <name>.txt/.md beside it, or in data/reports. */
async function fixtures(folders: string[]): Promise<void> {
	const extract = await loadExtract();
	const rs: FieldResult[] = [];
	for (const dir of folders) {
		for (const f of readdirSync(dir)
			.filter((n) => n.endsWith('.expected.json'))
			.sort()) {
			const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ExpectedDoc;
			const first = Array.isArray(expected) ? expected[0] : expected;
			const src = first.source_file;
			const file = [join(dir, src), join('data/reports', src)].find((p) => existsSync(p));
			if (!file) throw new Error(`${join(dir, f)}: its source ${src} is neither beside it nor in data/reports`);
			const hint = dir.endsWith('national') ? undefined : places.city.name;
			const result = extract({ text: readFileSync(file, 'utf8'), sourceFile: src, city: hint });
			rs.push(...scoreFixture(f.replace('.expected.json', ''), layoutOf(f, basename(dir)), expected, result));
		}
	}
	console.log(formatFixtureSummary(rs));
	if (rs.some((r) => r.outcome === 'wrong' && ['province', 'city', 'district', 'street', 'division_code'].includes(r.field))) process.exitCode = 1;
}

async function main(): Promise<void> {
	if (process.argv.includes('--fixtures')) {
		const rest = process.argv.slice(2).filter((a) => a !== '--fixtures' && a !== '--');
		return fixtures(rest.length ? rest : ['test/extract/real', 'test/extract/layouts', 'test/extract/national'].filter((d) => existsSync(d)));
	}
	const { values } = parseArgs({
		options: {
			reports: { type: 'string' },
			seed: { type: 'string' },
			dir: { type: 'string' },
			json: { type: 'string' },
			misses: { type: 'string' }
		},
		strict: true
	});
	const docs = values.dir ? readDir(values.dir) : generateCorpus({ reports: intArg('reports', values.reports, 300), seed: intArg('seed', values.seed, 42) });
	const extract = await loadExtract();
	const t0 = performance.now();
	const scores: DocScore[] = docs.map((d) => {
		let result: ExtractResult;
		try {
			result = extract({ text: d.text, sourceFile: d.file, synthetic: true });
		} catch (e) {
			result = { ok: false, reason: `threw: ${(e as Error).message}` };
		}
		return scoreDocument(d.truth, result);
	});
	const ms = performance.now() - t0;
	const summary = summarize(scores);
	console.log(formatSummary(summary));
	console.log(`\nextraction time ${ms.toFixed(0)} ms (${(ms / Math.max(1, docs.length)).toFixed(2)} ms/document)`);
	const k = intArg('misses', values.misses, 0);
	if (k > 0) {
		console.log('\nexample misses [truth, extracted]:');
		for (const f of REPORT_FIELDS) {
			const ex = scores.filter((s) => s.misses[f]).slice(0, k);
			for (const s of ex)
				console.log(`  ${f.padEnd(22)} ${s.file} (${s.layout}${s.variants.length ? ', ' + s.variants.join(',') : ''}): ${JSON.stringify(s.misses[f])}`);
		}
		for (const f of summary.failures.slice(0, k)) console.log(`  failed ${f.file}: ${f.reason}`);
	}
	if (values.json) {
		writeFileSync(
			values.json,
			JSON.stringify(
				{ source: values.dir ?? { reports: docs.length, seed: intArg('seed', values.seed, 42) }, extraction_ms: Math.round(ms), ...summary },
				null,
				2
			) + '\n'
		);
		console.log(`summary written to ${values.json}`);
	}
}

main().catch((e) => {
	console.error(`eval:extract: ${(e as Error).message}`);
	process.exit(1);
});
