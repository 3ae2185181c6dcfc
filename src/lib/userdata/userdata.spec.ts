/**
 * Every bad file in test/userdata/bad through the same prepare → load path the browser uses, on native
 * DuckDB over the shipped dataset; good files load, change the dashboard's numbers, and can be forgotten.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { readParquet } from 'parquet-wasm/node';
import { attachDataset, type Run } from '../db/setup';
import { docxText, pdfText } from '../node/read';
import { plainValue, type Row } from '../db/connector';
import { DEFAULT_FILTERS, execByDistrictQuery, kpiQuery, reportsListQuery, findingThemesQuery, indicatorAchievementQuery } from '../queries';
import { prepareUpload, type Prepared } from './prepare';
import { forgetRows, loadRows, snapshotRows } from './load';
import { installUserViews, loadedReportIds, userCounts } from './views';
import { problemText } from './types';

/** The bundled dataset: static/data, or the one test/setup/dataset.ts built when that is missing. */
const DATASET = join(inject('datasetDir'), 'dataset.duckdb');
const BAD = 'test/userdata/bad';
const GOOD = 'test/userdata/good';
const expected: Record<string, string> = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8'));
const toIpc = (b: Uint8Array) => readParquet(b).intoIPCStream();

let run: Run;
let close: () => void;
let baseline: { reports: number; budget_wan: number };

async function prepare(file: string, bytes: Uint8Array): Promise<Prepared> {
	return prepareUpload(file, bytes, { existingIds: await loadedReportIds(run), parquetToIpc: toIpc, docxToText: docxText, pdfToText: pdfText });
}
async function kpi() {
	return (await run(kpiQuery(DEFAULT_FILTERS)))[0] as { reports: number; budget_wan: number; mean_score: number };
}
const messages = (p: Prepared) => [...p.problems, ...p.notes].map(problemText).join('\n');
/** Tables whose main.* view reads the user's schema (a union) rather than the shipped table alone. */
async function unionViews(): Promise<string[]> {
	const rows = await run(`SELECT view_name AS v, sql FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal ORDER BY view_name`);
	return rows.filter((r) => String(r.sql).includes('"mine"') || String(r.sql).includes('mine.')).map((r) => String(r.v));
}

beforeAll(async () => {
	const db = await DuckDBInstance.create(':memory:');
	const conn = await db.connect();
	run = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS().map((r) => plainValue(r) as Row);
	close = () => {
		conn.closeSync();
		db.closeSync();
	};
	await attachDataset(run, DATASET);
	baseline = await kpi();
	await installUserViews(run);
});
afterAll(() => close?.());

describe('union views', () => {
	it('show exactly the shipped data while the user has loaded nothing, with user_data false', async () => {
		expect(await kpi()).toEqual({ ...baseline });
		expect((await run('SELECT count(*)::INTEGER AS n FROM reports WHERE user_data'))[0].n).toBe(0);
		// No user rows: each view reads the shipped table alone (a union would slow every query for nothing).
		expect(await unionViews()).toEqual([]);
		for (const sql of [
			execByDistrictQuery(DEFAULT_FILTERS),
			reportsListQuery(DEFAULT_FILTERS, {}),
			findingThemesQuery(DEFAULT_FILTERS),
			indicatorAchievementQuery(DEFAULT_FILTERS)
		]) {
			await expect(run(sql)).resolves.toBeInstanceOf(Array);
		}
	});
});

describe('good files', () => {
	it('load (csv with BOM+CRLF, tsv, parquet, report .txt and .docx) and change the dashboard numbers', async () => {
		for (const f of ['reports-extra.csv', '2024-nanhuaxi-report.txt', '2023-shimen-report.docx', 'findings-extra.tsv', 'indicators-extra.parquet']) {
			const p = await prepare(f, readFileSync(join(GOOD, f)));
			expect(p.problems, `${f}: ${messages(p)}`).toEqual([]);
			expect(p.fatal).toBe(false);
			await loadRows(run, p.rows, 'append');
		}
		const after = await kpi();
		// 3 CSV rows + 2 reports; budgets 50 + 100 + 50 (CSV) + 80 (预算数为80万元) + 60 (the .docx: 预算数为60万元).
		expect(after.reports).toBe(baseline.reports + 5);
		expect(after.budget_wan).toBeCloseTo(baseline.budget_wan + 340, 6);
		expect(await userCounts(run)).toMatchObject({ reports: 5, sources: 2, indicators: 1 + 4, findings: 2 + 2 + 1 });
		const mine = await run(`SELECT report_id, year, street, score, grade FROM reports WHERE user_data ORDER BY report_id`);
		expect(mine.map((r) => r.report_id)).toEqual(expect.arrayContaining(['user-0001', 'user-0002', 'user-0003']));
		expect(mine.find((r) => r.street === '南华西街道' && r.year === 2024 && r.score === 91)?.grade).toBe('优');
		expect(mine.find((r) => r.street === '石门街道' && r.year === 2023 && r.score === 85)?.grade).toBe('良');
		// Only the tables the user added rows to read through the union.
		expect(await unionViews()).toEqual(['findings', 'indicators', 'reports', 'sources']);
		const baiyun = (await run(execByDistrictQuery(DEFAULT_FILTERS))).find((r) => r.district === '白云区');
		expect(baiyun).toBeDefined();
	});
});

describe('bad files: each produces its message; nothing already loaded is lost', () => {
	const files = readdirSync(BAD)
		.filter((f) => f !== 'expected.json')
		.sort();
	it('the folder has at least 20 bad files, each with an expected message', () => {
		expect(files.length).toBeGreaterThanOrEqual(20);
		expect(files.filter((f) => !(f in expected))).toEqual([]);
	});
	it.each(files)('%s', async (f) => {
		const before = await userCounts(run);
		const p = await prepare(f, readFileSync(join(BAD, f)));
		expect(messages(p)).toContain(expected[f]);
		expect(p.problems.length).toBeGreaterThan(0);
		if (p.fatal) expect(Object.values(p.rows).flat()).toEqual([]);
		else {
			// "Skip bad rows": the good rows go in, the bad ones are left out, nothing else changes.
			const goodRows = Object.values(p.rows).flat().length;
			await loadRows(run, p.rows, 'append');
			const after = await userCounts(run);
			expect(after[p.table as string] - before[p.table as string]).toBe(goodRows);
			return;
		}
		expect(await userCounts(run)).toEqual(before);
	});
	it('a huge CSV generated at test time: progress reported, the one bad row found by number', async () => {
		const head = 'report_id,year,budget_wan,synthetic\n';
		const n = 200_000;
		const lines: string[] = [];
		for (let i = 1; i <= n; i++) lines.push(`huge-${i},${i === n ? 3024 : 2020 + (i % 5)},${i % 97},false`);
		const bytes = new TextEncoder().encode(head + lines.join('\n'));
		expect(bytes.length).toBeGreaterThan(5_000_000);
		const shares: number[] = [];
		const p = await prepareUpload('huge.csv', bytes, { existingIds: await loadedReportIds(run), onProgress: (s) => shares.push(s) });
		expect(messages(p)).toContain(expected['huge.csv (generated)']);
		expect(p.badRows).toBe(1);
		expect(p.rows.reports).toHaveLength(n - 1);
		expect(shares.length).toBeGreaterThan(10);
		expect(shares.every((s, i) => i === 0 || s >= shares[i - 1])).toBe(true);
	});
});

describe('atomic loading', () => {
	it('a failure inside the transaction rolls everything back', async () => {
		const before = await snapshotRows(run);
		const rows = Array.from({ length: 1200 }, (_, i) => ({
			report_id: `atomic-${i}`,
			source_file: 'a.csv',
			synthetic: false,
			year: i === 1100 ? 'not a year' : 2024
		}));
		await expect(loadRows(run, { reports: rows, findings: [] }, 'replace')).rejects.toThrow(/nothing was changed/);
		expect(await snapshotRows(run)).toEqual(before);
	});
	it('replace empties only the user copy of the tables in the batch; forget restores the shipped numbers', async () => {
		const p = await prepare('reports-extra.csv', readFileSync(join(GOOD, 'reports-extra.csv')));
		// The CSV's ids are loaded already: replacing is checked against the shipped ids only.
		const fresh = await prepareUpload('reports-extra.csv', readFileSync(join(GOOD, 'reports-extra.csv')), { existingIds: await loadedReportIds(run, true) });
		expect(p.badRows).toBe(3);
		expect(fresh.badRows).toBe(0);
		const findingsBefore = (await userCounts(run)).findings;
		await loadRows(run, fresh.rows, 'replace');
		const counts = await userCounts(run);
		expect(counts.reports).toBe(3);
		expect(counts.findings).toBe(findingsBefore);
		await forgetRows(run);
		expect(Object.values(await userCounts(run)).every((n) => n === 0)).toBe(true);
		expect(await unionViews()).toEqual([]);
		expect(await kpi()).toEqual({ ...baseline });
	});
});

describe('split dataset', () => {
	it('a table served from the detail file (dd) keeps its shipped rows under the union view', async () => {
		const db = await DuckDBInstance.create(':memory:');
		const conn = await db.connect();
		const r: Run = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS().map((x) => plainValue(x) as Row);
		try {
			await r(`ATTACH '${DATASET.replaceAll("'", "''")}' AS ds (READ_ONLY)`);
			await r(`ATTACH ':memory:' AS dd`);
			await r(`CREATE TABLE dd.main.indicators AS SELECT * FROM ds.main.indicators LIMIT 3`);
			await installUserViews(r);
			expect((await r('SELECT count(*)::INTEGER AS n FROM main.indicators WHERE NOT user_data'))[0].n).toBe(3);
			const shipped = (await r('SELECT count(*)::INTEGER AS n FROM ds.main.reports'))[0].n;
			expect((await r('SELECT count(*)::INTEGER AS n FROM main.reports'))[0].n).toBe(shipped);
		} finally {
			conn.closeSync();
			db.closeSync();
		}
	});
});
