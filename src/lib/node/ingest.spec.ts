import { DuckDBInstance } from '@duckdb/node-api';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx, gbkEncode, printPdf } from '../../../test/cli/fixtures';
import { extract } from '../ingest/extract';
import { divisionRows } from '../ingest/places';
import { SCHEMA } from '../schema/tables';
import { TABLES } from '../ingest/types';
import { exitStatus, runIngest, type IngestDeps, type IngestIO, type IngestProgress } from './ingest';

const REPORTS = 'data/reports';
const real = (n: number) =>
	readFile(
		join(
			REPORTS,
			['000_0ddd0e06e9da77fd.txt', '001_a8d36e24f2b32f26.txt', '002_aca57f36aa8e8870.txt', '003_c1d10a430b34452b.txt', '004_30ebca9367506f04.txt'][n]
		),
		'utf8'
	);

// Without --city the test's divisions are the bundled reports' city (a fixed count the spec checks below).
const deps: IngestDeps = { extract, divisionRows: (city) => divisionRows(city ?? '广州市') };

/** Facts a person wrote down after reading each real report (test/extract/real). */
const expected = async (base: string) => JSON.parse(await readFile(join('test/extract/real', `${base}.expected.json`), 'utf8')).report;

function capture() {
	const lines = { info: [] as string[], warn: [] as string[], error: [] as string[], progress: [] as IngestProgress[] };
	const io: IngestIO = {
		info: (l) => lines.info.push(l),
		warn: (l) => lines.warn.push(l),
		error: (l) => lines.error.push(l),
		progress: (p) => lines.progress.push(p)
	};
	return { io, lines };
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
	const inst = await DuckDBInstance.create(':memory:');
	const conn = await inst.connect();
	try {
		return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
	} finally {
		conn.closeSync();
		inst.closeSync();
	}
}

let root: string;
let input: string;
const NOT_A_REPORT = '今天的菜谱：西红柿炒鸡蛋。\n先把鸡蛋打散，再切西红柿，最后一起翻炒两分钟。\n';

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'ingest-spec-'));
	input = join(root, 'in');
	await mkdir(join(input, 'sub'), { recursive: true });
	await copyFile(join(REPORTS, '000_0ddd0e06e9da77fd.txt'), join(input, 'a_real.txt'));
	await writeFile(join(input, 'b_real_gbk.txt'), gbkEncode(await real(2)));
	await writeFile(join(input, 'c_real.pdf'), await printPdf(await real(3)));
	await writeFile(join(input, 'd_real.docx'), await buildDocx(await real(4)));
	await copyFile(join(REPORTS, '000_0ddd0e06e9da77fd.txt'), join(input, 'sub', 'e_same_text.txt'));
	await writeFile(join(input, 'empty.txt'), '');
	await writeFile(join(input, 'binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
	await writeFile(join(input, 'not_a_report.txt'), NOT_A_REPORT);
	await writeFile(join(input, 'broken.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
	await writeFile(join(input, 'broken.docx'), 'PK but not a zip');
	await writeFile(join(input, 'notes.odt'), 'not read');
	await writeFile(join(input, 'truth.jsonl'), '{}\n');
	await writeFile(join(input, 'manifest.csv'), 'source_file,year,district,source_url\na_real.txt,2030,海珠区,https://www.example.gov.cn/a.html\n');
}, 120_000);

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('runIngest on a folder of good and bad files', () => {
	let out: string;
	let run: Awaited<ReturnType<typeof runIngest>>;
	let lines: ReturnType<typeof capture>['lines'];

	beforeAll(async () => {
		out = join(root, 'out1');
		const c = capture();
		lines = c.lines;
		run = await runIngest({ paths: [input], outDir: out }, c.io, deps);
	}, 120_000);

	it('rejects each bad file once, by name and reason, and exits 2', () => {
		expect(exitStatus(run)).toBe(2);
		const shown = (f: string) => join(input, f).replace(process.cwd() + '/', '');
		const reasons: [string, RegExp][] = [
			['binary.txt', /^binary file, not text$/],
			['empty.txt', /^empty file$/],
			['broken.pdf', /^unreadable pdf \(.+\)$/],
			['broken.docx', /^unreadable docx \(.+\)$/],
			['not_a_report.txt', /not an evaluation report/]
		];
		expect(lines.error).toHaveLength(reasons.length);
		for (const [file, reason] of reasons) {
			const mine = lines.error.filter((l) => l.startsWith(`✗ ${shown(file)}: `));
			expect(mine, file).toHaveLength(1);
			expect(mine[0].slice(`✗ ${shown(file)}: `.length), file).toMatch(reason);
		}
		expect(run.rejected.map((r) => r.file.split('/').pop()).sort()).toEqual(['binary.txt', 'broken.docx', 'broken.pdf', 'empty.txt', 'not_a_report.txt']);
	});

	it('writes the good files (txt, GBK txt, pdf, docx) and keeps the first of two identical texts', () => {
		expect(run.filesRead).toBe(10);
		expect(run.skipped).toBe(1);
		expect(lines.info.some((l) => l.includes('notes.odt') && l.includes('skipped'))).toBe(true);
		expect(run.reportsWritten).toBe(4);
		expect(lines.warn.filter((l) => l.includes('e_same_text.txt') && l.includes('a_real.txt'))).toHaveLength(1);
		expect(run.rows.divisions).toBe(divisionRows('广州市').length);
		expect(run.rows.divisions).toBeGreaterThan(100);
	});

	it('writes every table as Parquet and CSV, dictionary.json and dataset.duckdb, nothing else', async () => {
		const files = (await readdir(out)).sort();
		const expected = [...SCHEMA.flatMap((t) => [`${t.name}.csv`, `${t.name}.parquet`]), 'dataset.duckdb', 'dictionary.json'].sort();
		expect(files).toEqual(expected);
	});

	it('reads back Parquet with native DuckDB: row counts and column types match SCHEMA', async () => {
		for (const t of SCHEMA) {
			const file = join(out, `${t.name}.parquet`);
			const [{ n }] = await query(`SELECT count(*)::INTEGER AS n FROM '${file}'`);
			expect(n, t.name).toBe(run.rows[t.name]);
			const cols = await query(`DESCRIBE SELECT * FROM '${file}'`);
			expect(
				cols.map((c) => [c.column_name, c.column_type]),
				t.name
			).toEqual(t.columns.map((c) => [c.name, c.type]));
		}
		const names = await query(`SELECT source_file FROM '${join(out, 'reports.parquet')}' ORDER BY source_file`);
		expect(names.map((r) => r.source_file)).toEqual(['a_real.txt', 'b_real_gbk.txt', 'c_real.pdf', 'd_real.docx']);
	});

	it('extracts the same facts from the GBK copy, the pdf and the docx as a person read in the originals', async () => {
		const cases: [string, string][] = [
			['b_real_gbk.txt', '002_aca57f36aa8e8870'],
			['c_real.pdf', '003_c1d10a430b34452b'],
			['d_real.docx', '004_30ebca9367506f04']
		];
		for (const [file, base] of cases) {
			const want = await expected(base);
			const [got] = await query(`SELECT year, district, street, budget_wan, actual_wan FROM '${join(out, 'reports.parquet')}' WHERE source_file = '${file}'`);
			expect(got, file).toEqual({ year: want.year, district: want.district, street: want.street, budget_wan: want.budget_wan, actual_wan: want.actual_wan });
		}
	});

	it('applies the folder manifest: its year wins, with a warning in reports.warnings', async () => {
		const [r] = await query(`SELECT year, district, warnings FROM '${join(out, 'reports.parquet')}' WHERE source_file = 'a_real.txt'`);
		expect(r.year).toBe(2030);
		expect(r.district).toBe('海珠区');
		expect(String(r.warnings)).toContain('year 2023 → 2030');
		// The manifest's address of the published original is kept in sources.source_url; other files have none.
		const urls = await query(`SELECT source_file, source_url FROM '${join(out, 'sources.parquet')}' ORDER BY source_file`);
		expect(urls.filter((u) => u.source_url !== null)).toEqual([{ source_file: 'a_real.txt', source_url: 'https://www.example.gov.cn/a.html' }]);
		expect(urls.length).toBeGreaterThan(1);
	});

	it('writes CSV with a BOM and a header row, and a dictionary with row counts and no timestamp', async () => {
		const csv = await readFile(join(out, 'reports.csv'), 'utf8');
		expect(csv.startsWith('\uFEFFreport_id,source_file,title,year,')).toBe(true);
		expect(csv.split('\n').filter((l) => /^[0-9a-f]{16},/.test(l))).toHaveLength(4);
		const dict = JSON.parse(await readFile(join(out, 'dictionary.json'), 'utf8'));
		expect(dict.tables.map((t: { name: string; rows: number }) => [t.name, t.rows])).toEqual(TABLES.map((t) => [t, run.rows[t]]));
		expect(dict.tables[0].columns[0]).toMatchObject({ name: 'report_id', type: 'VARCHAR', zh: expect.any(String), en: expect.any(String) });
		expect(JSON.stringify(dict)).not.toMatch(/20\d\d-\d\d-\d\dT/);
	});

	it('reports progress after every file', () => {
		expect(lines.progress.map((p) => p.done)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
		expect(lines.progress.every((p) => p.total === 10)).toBe(true);
	});

	it('gives byte-identical CSV and dictionary.json on a second run', async () => {
		const out2 = join(root, 'out2');
		await runIngest({ paths: [input], outDir: out2, duckdbFile: false }, capture().io, deps);
		for (const f of [...TABLES.map((t) => `${t}.csv`), 'dictionary.json']) {
			expect((await readFile(join(out2, f))).equals(await readFile(join(out, f))), f).toBe(true);
		}
		expect((await readdir(out2)).includes('dataset.duckdb')).toBe(false);
	});

	it('opens dataset.duckdb with the DuckDB-WASM engine the site ships and counts every table', async () => {
		const counts = await wasmCounts(join(out, 'dataset.duckdb'));
		expect(counts).toEqual(Object.fromEntries(TABLES.map((t) => [t, run.rows[t]])));
	});
});

describe('runIngest with bad manifests and failures', () => {
	it('names the manifest row that is bad and still ingests the file without it', async () => {
		const dir = join(root, 'badmanifest');
		await mkdir(dir, { recursive: true });
		await copyFile(join(REPORTS, '001_a8d36e24f2b32f26.txt'), join(dir, 'r.txt'));
		await writeFile(join(dir, 'manifest.csv'), 'source_file,year\nr.txt,twenty\nmissing.txt,2022\n');
		const c = capture();
		const s = await runIngest({ paths: [dir], outDir: join(root, 'out-bm'), duckdbFile: false }, c.io, deps);
		expect(c.lines.error).toEqual([`✗ ${join(dir, 'manifest.csv').replace(process.cwd() + '/', '')} row 2: year "twenty" is not a year (1990–2100)`]);
		expect(c.lines.warn.some((l) => l.includes('"missing.txt" matches no input file'))).toBe(true);
		expect(s.reportsWritten).toBe(1);
		expect(exitStatus(s)).toBe(2);
	});

	it('an explicit --manifest wins over the folder manifest', async () => {
		const dir = join(root, 'explicit');
		await mkdir(dir, { recursive: true });
		await copyFile(join(REPORTS, '001_a8d36e24f2b32f26.txt'), join(dir, 'r.txt'));
		await writeFile(join(dir, 'manifest.csv'), 'source_file,year\nr.txt,2001\n');
		await writeFile(join(root, 'explicit.csv'), 'source_file,year,synthetic\nr.txt,2002,true\n');
		const out = join(root, 'out-ex');
		const s = await runIngest({ paths: [dir], manifests: [join(root, 'explicit.csv')], outDir: out, duckdbFile: false }, capture().io, deps);
		expect(exitStatus(s)).toBe(0);
		const [r] = await query(`SELECT year, synthetic FROM '${join(out, 'reports.parquet')}'`);
		expect(r).toEqual({ year: 2002, synthetic: true });
	});

	it('a failed run leaves the previous output intact and no temp folder behind', async () => {
		const dir = join(root, 'fail');
		await mkdir(dir, { recursive: true });
		await copyFile(join(REPORTS, '002_aca57f36aa8e8870.txt'), join(dir, 'r.txt'));
		const out = join(root, 'out-fail');
		await runIngest({ paths: [dir], outDir: out, duckdbFile: false }, capture().io, deps);
		const before = await readFile(join(out, 'reports.csv'));
		await copyFile(join(REPORTS, '003_c1d10a430b34452b.txt'), join(dir, 's.txt'));
		// A null row makes the writer throw half-way, after some files are already in the temp folder.
		const failing: IngestDeps = { ...deps, divisionRows: () => [null as unknown as ReturnType<IngestDeps['divisionRows']>[number]] };
		await expect(runIngest({ paths: [dir], outDir: out, duckdbFile: false }, capture().io, failing)).rejects.toThrow();
		expect((await readFile(join(out, 'reports.csv'))).equals(before)).toBe(true);
		expect((await readdir(out)).filter((f) => f.startsWith('.'))).toEqual([]);
	});

	it('a city without division rows is a usage error', async () => {
		const noPlaces: IngestDeps = { ...deps, divisionRows: () => [] };
		await expect(runIngest({ paths: [REPORTS], city: '火星市', outDir: join(root, 'o') }, capture().io, noPlaces)).rejects.toThrow(/unknown city "火星市"/);
	});

	it('a missing path is a usage error', async () => {
		await expect(runIngest({ paths: [join(root, 'nope')], outDir: join(root, 'o') }, capture().io, deps)).rejects.toThrow(/no such file or folder/);
	});
});

async function wasmCounts(file: string): Promise<Record<string, number>> {
	const { createRequire } = await import('node:module');
	const require = createRequire(import.meta.url);
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	db.registerFileBuffer('dataset.duckdb', new Uint8Array(await readFile(file)));
	const conn = db.connect();
	try {
		conn.query(`ATTACH 'dataset.duckdb' AS ds (READ_ONLY)`);
		const counts: Record<string, number> = {};
		for (const t of TABLES) counts[t] = Number(conn.query(`SELECT count(*)::INTEGER AS n FROM ds.${t}`).toArray()[0].n);
		return counts;
	} finally {
		conn.close();
	}
}
