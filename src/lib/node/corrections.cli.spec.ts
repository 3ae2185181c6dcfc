import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('src/tools/cli/ingest.ts');
const cli = (args: string[]) => spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'ingest-corr-'));
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

async function rows(dir: string, sql: string): Promise<Record<string, unknown>[]> {
	const inst = await DuckDBInstance.create(':memory:');
	const conn = await inst.connect();
	try {
		return (await conn.runAndReadAll(sql.replaceAll('$DIR', dir))).getRowObjectsJson() as Record<string, unknown>[];
	} finally {
		conn.closeSync();
		inst.closeSync();
	}
}

describe('ingest --corrections (subprocess, real reports)', () => {
	it('applies the good rows, names each bad one by file and line, marks what was corrected, exit 2', async () => {
		// 000 (海幢街道) states budget 100 and score 88.5 (良, stated): a reviewer corrects the budget and the score.
		// report ids are the hash of the normalised text: read them from a first run
		const first = join(root, 'first');
		expect(cli(['--quiet', '--no-duckdb', '--city', '广州市', '--out', first, 'data/reports']).status).toBe(0);
		const ids = Object.fromEntries(
			(await rows(first, `SELECT source_file, report_id FROM read_parquet('$DIR/reports.parquet')`)).map((x) => [
				String(x.source_file).slice(0, 3),
				String(x.report_id)
			])
		);
		const [hai, bai] = [ids['000'], ids['001']];
		const file = join(root, 'corrections.csv');
		const lines = [
			'report_id,field,old_value,new_value,reason,reviewer,corrected_at',
			`${hai},budget_wan,100,105,表中全年预算数为 105,王芳,2026-12-01T08:00:00Z`,
			`${hai},score,88.5,89,复核,王芳,2026-12-01T08:01:00Z`,
			`${hai},party_orgs,,12,补录,李明,2026-12-01T08:02:00Z`,
			'ffffffffffffffff,score,90,91,,李明,2026-12-01T08:03:00Z',
			`${bai},budget_wan,999,11,旧值不符,李明,2026-12-01T08:04:00Z`,
			`${hai},colour,,红,,,`
		];
		await writeFile(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
		const out = join(root, 'out');
		const r = cli(['--quiet', '--no-duckdb', '--city', '广州市', '--corrections', file, '--out', out, 'data/reports']);
		expect(r.status).toBe(2);
		expect(r.stderr).toContain('corrections.csv line 7: unknown field "colour"');
		expect(r.stderr).toMatch(/corrections\.csv line 5: correction of score: report ffffffffffffffff is not in the data/);
		expect(r.stderr).toMatch(/corrections\.csv line 6: budget_wan is now "[\d.]+", not the correction's old value "999": not applied/);
		const rep = await rows(
			out,
			`SELECT report_id, budget_wan, execution_rate, score, grade, party_orgs FROM read_parquet('$DIR/reports.parquet') WHERE report_id = '${hai}'`
		);
		expect(rep).toEqual([{ report_id: hai, budget_wan: 105, execution_rate: 99.96 / 105, score: 89, grade: '良', party_orgs: 12 }]);
		const corr = await rows(out, `SELECT report_id, field, old_value, new_value, reviewer FROM read_parquet('$DIR/corrections.parquet') ORDER BY field`);
		expect(corr).toEqual([
			{ report_id: hai, field: 'budget_wan', old_value: '100', new_value: '105', reviewer: '王芳' },
			{ report_id: hai, field: 'party_orgs', old_value: null, new_value: '12', reviewer: '李明' },
			{ report_id: hai, field: 'score', old_value: '88.5', new_value: '89', reviewer: '王芳' }
		]);
		// the other reports are untouched
		const other = await rows(out, `SELECT budget_wan FROM read_parquet('$DIR/reports.parquet') WHERE report_id = '${bai}'`);
		expect(other[0].budget_wan).toBe(10); // 001 states 10 (万元): the refused correction left it
		expect(await readFile(join(out, 'corrections.csv'), 'utf8')).toContain('王芳');
	});
});
