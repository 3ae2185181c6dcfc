import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingRow, ReportRow } from '../ingest/types';
import { openDatasetWriter } from './write';

const info = { generator: 'spec', city: '广州市', files_read: 2, reports: 2, rejected: 0, synthetic_reports: 0 };

const report = (over: Partial<ReportRow>): ReportRow => ({
	report_id: 'x',
	source_file: 'x.txt',
	title: null,
	year: null,
	province: null,
	city: null,
	district: null,
	street: null,
	division_code: null,
	unit: null,
	unit_level: null,
	project_name: null,
	evaluation_type: null,
	budget_wan: null,
	actual_wan: null,
	execution_rate: null,
	execution_rate_stated: null,
	score: null,
	grade: null,
	grade_basis: null,
	party_orgs: null,
	party_members: null,
	synthetic: false,
	warnings: null,
	...over
});
const finding = (report_id: string, seq: number, text: string): FindingRow => ({
	report_id,
	seq,
	kind: '问题',
	text,
	theme: '其他',
	evidence_start: null,
	evidence_end: null
});

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'write-spec-'));
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('openDatasetWriter', () => {
	it('writes doubles without binary noise in CSV and exactly in Parquet', async () => {
		const out = join(root, 'noise');
		const w = await openDatasetWriter(out, { duckdbFile: false });
		w.append('reports', [report({ report_id: 'n1', source_file: 'n.txt', budget_wan: 386.4800000000001, execution_rate: 0.9278399999999999 })]);
		await w.finish(info);
		const row = (await readFile(join(out, 'reports.csv'), 'utf8')).split('\n')[1];
		expect(row).toContain(',386.48,');
		expect(row).toContain(',0.92784,');
		expect(row).not.toMatch(/0000000|9999999/);
	});

	it('writes RFC 4180 CSV with a BOM, NULL as an empty field, rows sorted by the table order', async () => {
		const out = join(root, 'csv');
		const w = await openDatasetWriter(out, { duckdbFile: false });
		w.append('reports', [
			report({ report_id: 'b2', source_file: 'b.txt', year: 2023, title: '标题, 带逗号', budget_wan: 99.96, party_orgs: 12, synthetic: true }),
			report({ report_id: 'a1', source_file: 'a.txt', year: 2021, title: '他说"好"\n第二行', score: Number.NaN })
		]);
		w.append('findings', [finding('b2', 2, '二'), finding('b2', 1, ''), finding('a1', 1, '甲')]);
		const counts = await w.finish(info);
		expect(counts).toEqual({ reports: 2, indicators: 0, expenditures: 0, findings: 3, sources: 0, divisions: 0, checks: 0, evidence: 0, corrections: 0 });
		const reports = await readFile(join(out, 'reports.csv'), 'utf8');
		const header =
			'\uFEFFreport_id,source_file,title,year,province,city,district,street,division_code,unit,unit_level,project_name,evaluation_type,budget_wan,actual_wan,execution_rate,execution_rate_stated,score,grade,grade_basis,party_orgs,party_members,synthetic,warnings\n';
		expect(reports).toBe(
			header + 'a1,a.txt,"他说""好""\n第二行",2021,,,,,,,,,,,,,,,,,,,false,\n' + 'b2,b.txt,"标题, 带逗号",2023,,,,,,,,,,99.96,,,,,,,12,,true,\n'
		);
		const findings = await readFile(join(out, 'findings.csv'), 'utf8');
		expect(findings.split('\n').slice(1)).toEqual(['a1,1,问题,甲,其他,,', 'b2,1,问题,"",其他,,', 'b2,2,问题,二,其他,,', '']);
	});

	it('writes typed, sorted Parquet and a dataset.duckdb with every table', async () => {
		const out = join(root, 'pq');
		const w = await openDatasetWriter(out, { duckdbFile: true });
		w.append('reports', [report({ report_id: 'r2', year: 2022 }), report({ report_id: 'r1', year: 2022, score: 88.5, party_members: 910 })]);
		await w.finish(info);
		const inst = await DuckDBInstance.create(':memory:');
		const conn = await inst.connect();
		try {
			const rows = (await conn.runAndReadAll(`SELECT report_id, score, party_members, synthetic FROM '${join(out, 'reports.parquet')}'`)).getRowObjectsJS();
			expect(rows).toEqual([
				{ report_id: 'r1', score: 88.5, party_members: 910, synthetic: false },
				{ report_id: 'r2', score: null, party_members: null, synthetic: false }
			]);
			await conn.run(`ATTACH '${join(out, 'dataset.duckdb')}' AS ds (READ_ONLY)`);
			const tables = (await conn.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE database_name = 'ds' ORDER BY 1`)).getRowObjectsJS();
			expect(tables.map((t) => t.table_name)).toEqual([
				'checks',
				'corrections',
				'divisions',
				'evidence',
				'expenditures',
				'findings',
				'indicators',
				'reports',
				'sources'
			]);
		} finally {
			conn.closeSync();
			inst.closeSync();
		}
	});

	it('abort writes nothing into its folder', async () => {
		const out = join(root, 'abort');
		const w = await openDatasetWriter(out, { duckdbFile: true });
		w.append('reports', [report({ report_id: 'lost' })]);
		await w.abort();
		expect(await readdir(out)).toEqual([]);
	});

	it('neutralises formula-looking text in CSV cells only: Parquet keeps the text, numbers stay numbers', async () => {
		const out = join(root, 'formula');
		const w = await openDatasetWriter(out, { duckdbFile: false });
		const texts = ['=HYPERLINK("http://x","y")', '@SUM(A1)', "-2+3+cmd|' /C calc'!A0", '+1', '\t=1', '\r=1', 'ok = fine', '—', ''];
		w.append('reports', [report({ report_id: 'r', budget_wan: -5, score: -1.5 })]);
		w.append(
			'findings',
			texts.map((t, i) => finding('r', i + 1, t))
		);
		await w.finish(info);
		const csv = await readFile(join(out, 'findings.csv'), 'utf8');
		const cells = csv
			.split('\n')
			.slice(1, -1)
			.map((l) => l.replace(/^r,\d+,问题,/, '').replace(/,其他,,$/, ''));
		expect(cells).toEqual([`"'=HYPERLINK(""http://x"",""y"")"`, "'@SUM(A1)", `'-2+3+cmd|' /C calc'!A0`, "'+1", "'\t=1", `"'\r=1"`, 'ok = fine', '—', '""']);
		expect(await readFile(join(out, 'reports.csv'), 'utf8')).toMatch(/^r,x\.txt,,,,,,,,,,,,-5\.0?,,,,-1\.5,/m);
		const inst = await DuckDBInstance.create(':memory:');
		const conn = await inst.connect();
		try {
			const rows = (await conn.runAndReadAll(`SELECT text FROM '${join(out, 'findings.parquet')}' ORDER BY seq`)).getRowObjectsJS();
			expect(rows.map((r) => r.text)).toEqual(texts);
		} finally {
			conn.closeSync();
			inst.closeSync();
		}
	});
});
