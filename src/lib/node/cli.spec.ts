import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../ingest/types';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('src/tools/cli/ingest.ts');
const cli = (args: string[]) => spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('ingest CLI (subprocess)', () => {
	it('exits 1 with a usage line on an unknown flag', () => {
		const r = cli(['--colour', 'red']);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/Unknown option '--colour'/);
		expect(r.stderr).toMatch(/^usage: npm run ingest -- /m);
	});

	it('exits 1 with a usage line when a path does not exist', () => {
		const r = cli(['--out', join(root, 'o'), join(root, 'missing')]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`no such file or folder: ${join(root, 'missing')}`);
		expect(r.stderr).toMatch(/^usage: /m);
		expect(existsSync(join(root, 'o'))).toBe(false);
	});

	it('ingests a folder: one line per bad file, outputs for the good ones, summary on stdout, exit 2', async () => {
		const input = join(root, 'in');
		await mkdir(input, { recursive: true });
		for (const f of ['000_0ddd0e06e9da77fd.txt', '002_aca57f36aa8e8870.txt']) await copyFile(join('data/reports', f), join(input, f));
		await writeFile(join(input, 'empty.txt'), '');
		await writeFile(join(input, 'zip.md'), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
		const out = join(root, 'out');
		const r = cli(['--quiet', '--out', out, input]);
		expect(r.status).toBe(2);
		expect(r.stderr.trim().split('\n').sort()).toEqual([`✗ ${join(input, 'empty.txt')}: empty file`, `✗ ${join(input, 'zip.md')}: binary file, not text`]);
		expect(r.stdout).toMatch(/^files read: 4$/m);
		expect(r.stdout).toMatch(/^reports written: 2$/m);
		expect(r.stdout).toMatch(/^rejected: 2$/m);
		expect(r.stdout).toMatch(
			/^rows: reports 2, indicators \d+, expenditures \d+, findings \d+, sources 2, divisions \d+, checks \d+, evidence \d+, corrections \d+$/m
		);
		expect(r.stdout).toMatch(/reports\/s/);
		expect((await readdir(out)).sort()).toContain('reports.parquet');
	});

	it('exits 0 when nothing is rejected', () => {
		const r = cli(['--quiet', '--no-duckdb', '--out', join(root, 'out0'), 'data/reports/004_30ebca9367506f04.txt']);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/^reports written: 1$/m);
	});

	it('gives byte-identical CSV and dictionary.json with worker threads (--jobs 2) and in process (--jobs 1)', async () => {
		const a = join(root, 'jobs1');
		const b = join(root, 'jobs2');
		const one = cli(['--quiet', '--no-duckdb', '--jobs', '1', '--out', a, 'data/reports']);
		const two = cli(['--quiet', '--no-duckdb', '--jobs', '2', '--out', b, 'data/reports']);
		expect([one.status, two.status]).toEqual([0, 0]);
		expect(one.stdout).not.toContain('worker threads');
		expect(two.stdout).toContain('on 2 worker threads');
		const files = (await readdir(a)).filter((f) => f.endsWith('.csv') || f.endsWith('.json')).sort();
		expect(files).toHaveLength(10);
		for (const f of files) expect((await readFile(join(b, f))).equals(await readFile(join(a, f))), f).toBe(true);
	});

	it('two identical runs: every file byte-identical, dataset.duckdb identical in content (its bytes are not: see README)', async () => {
		const a = join(root, 'same1');
		const b = join(root, 'same2');
		expect(cli(['--quiet', '--out', a, 'data/reports']).status).toBe(0);
		expect(cli(['--quiet', '--out', b, 'data/reports']).status).toBe(0);
		const files = (await readdir(a)).sort();
		expect((await readdir(b)).sort()).toEqual(files);
		for (const f of files.filter((f) => f !== 'dataset.duckdb')) expect((await readFile(join(b, f))).equals(await readFile(join(a, f))), f).toBe(true);
		// DuckDB writes a random 16-byte database identifier into its file headers (and leaves some block padding
		// uninitialised), so the bytes differ between runs; every table's rows are the same.
		const inst = await DuckDBInstance.create(':memory:');
		const conn = await inst.connect();
		try {
			await conn.run(`ATTACH '${join(a, 'dataset.duckdb')}' AS a (READ_ONLY)`);
			await conn.run(`ATTACH '${join(b, 'dataset.duckdb')}' AS b (READ_ONLY)`);
			for (const t of TABLES) {
				const sig = async (db: string) =>
					JSON.stringify((await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n, bit_xor(hash(t))::VARCHAR AS h FROM ${db}.${t} t`)).getRowObjectsJS());
				expect(await sig('b'), t).toBe(await sig('a'));
			}
		} finally {
			conn.closeSync();
			inst.closeSync();
		}
	});

	it('rejects a bad --jobs value as a usage error', () => {
		const r = cli(['--jobs', '0']);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('--jobs must be 1–16, got "0"');
	});
});
