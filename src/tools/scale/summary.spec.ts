import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generationSql } from './generate';
import { DETAIL_FILE, writeScaleDataset } from './write';
import { openNodeConnector } from '../../lib/db/node';
import type { Connector, Row } from '../../lib/db/connector';
import * as q from '../../lib/queries/index';
import { DETAIL_PLAN, SUMMARY_TABLES, planWith, type QueryPlan } from '../../lib/queries/plan';
import { OWN_QUERY, REPORT_SETS, reportSets, runQueries, statements, type ReportSet } from '../../lib/queries/combined';

const dir = join(tmpdir(), `scale-summary-${process.pid}`);
const F = (over: Partial<q.Filters> = {}): q.Filters => ({ ...q.DEFAULT_FILTERS, ...over });
let db: Connector;
let counts: Record<string, number>;

beforeAll(async () => {
	const inst = await DuckDBInstance.create(':memory:');
	const conn = await inst.connect();
	for (const s of generationSql({ reports: 3000, seed: 5 })) await conn.run(s);
	// Real rows, unknown places and years too, so NULL groups and the real/synthetic filter are exercised.
	await conn.run(`UPDATE reports SET synthetic = false WHERE hash(report_id) % 7 = 0`);
	await conn.run(`UPDATE reports SET district = NULL, street = NULL WHERE hash(report_id) % 53 = 0`);
	await conn.run(`UPDATE reports SET year = NULL WHERE hash(report_id) % 61 = 0`);
	counts = await writeScaleDataset(conn, dir, { csv: false, partitioned: true, summaries: true, split: true });
	conn.closeSync();
	inst.closeSync();
	db = await openNodeConnector(dir);
}, 120000);
afterAll(async () => {
	await db?.close();
	rmSync(dir, { recursive: true, force: true });
});

const FILTERS: Partial<q.Filters>[] = [
	{},
	{ district: '海珠区' },
	{ district: '白云区', yearFrom: 2021 },
	{ yearTo: 2020, evaluationType: '部门评价' },
	{ grade: '良' },
	{ source: 'real' },
	{ source: 'synthetic', grade: '差' },
	{ district: '海珠区', street: '海幢街道' },
	{ district: '不存在区' }
];

type Builder = [string, (f: q.Filters, plan?: QueryPlan) => string];
const BUILDERS: Builder[] = [
	['kpiQuery', q.kpiQuery],
	['gradeMixQuery', q.gradeMixQuery],
	['gradesByYearQuery', q.gradesByYearQuery],
	['yearsQuery', q.yearsQuery],
	['execByDistrictQuery', q.execByDistrictQuery],
	['scoreBoxByDistrictQuery', q.scoreBoxByDistrictQuery],
	['districtYearQuery', q.districtYearQuery],
	['streetsQuery', q.streetsQuery],
	['indicatorAchievementQuery', q.indicatorAchievementQuery],
	['topIndicatorsQuery', (f, p) => q.topIndicatorsQuery(f, 15, p)],
	['findingThemesQuery', q.findingThemesQuery],
	['findingThemesByDistrictYearQuery', q.findingThemesByDistrictYearQuery]
];

/** Rows equal up to float summation order (1e-9 relative). */
function expectSameRows(a: Row[], b: Row[]) {
	expect(a.length).toBe(b.length);
	a.forEach((row, k) => {
		expect(Object.keys(row)).toEqual(Object.keys(b[k]));
		for (const [col, v] of Object.entries(row)) {
			const w = b[k][col];
			if (typeof v === 'number' && typeof w === 'number') expect(Math.abs(v - w)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
			else expect(w, `${col} of row ${k}`).toEqual(v);
		}
	});
}

describe('split dataset with summaries', () => {
	it('attaches the detail file and records every summary table', async () => {
		expect(existsSync(join(dir, DETAIL_FILE))).toBe(true);
		expect([...db.plan!.summaries].sort()).toEqual([...SUMMARY_TABLES].sort());
		const [r] = await db.query<{ n: number }>('SELECT count(*) AS n FROM reports');
		expect(r.n).toBe(3000);
		const [i] = await db.query<{ n: number }>('SELECT count(*) AS n FROM indicators');
		expect(i.n).toBe(counts.indicators);
	});

	it('writes Hive partitions year=/district= whose rows add up to the tables', async () => {
		const years = readdirSync(join(dir, 'partitioned', 'reports')).sort();
		expect(years).toContain('year=2019');
		expect(years).toContain('year=__HIVE_DEFAULT_PARTITION__');
		const districts = readdirSync(join(dir, 'partitioned', 'reports', 'year=2020')).map((d) => decodeURIComponent(d.slice('district='.length)));
		expect(districts).toContain('海珠区');
		for (const t of ['reports', 'indicators', 'findings']) {
			const glob = join(dir, 'partitioned', t, '**', '*.parquet');
			const [row] = await db.query<{ n: number; d: number }>(
				`SELECT count(*) AS n, count(DISTINCT district) AS d FROM read_parquet('${glob}', hive_partitioning = true)`
			);
			expect(row.n).toBe(counts[t]);
			expect(row.d).toBeGreaterThanOrEqual(10);
		}
		const [hz] = await db.query<{ n: number }>(
			`SELECT count(*) AS n FROM read_parquet('${join(dir, 'partitioned', 'reports', '**', '*.parquet')}', hive_partitioning = true) WHERE district = '海珠区' AND year = 2020`
		);
		const [hz2] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM reports WHERE district = '海珠区' AND year = 2020`);
		expect(hz.n).toBe(hz2.n);
		expect(hz.n).toBeGreaterThan(0);
	});

	describe.each(BUILDERS)('%s: summary path = detail path', (name, build) => {
		it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('%s', async (_label, over) => {
			const f = F(over);
			const detailSql = build(f, DETAIL_PLAN);
			const summarySql = build(f, db.plan);
			const usesSummary = /\bsummary_\w+/.test(summarySql);
			// summary_reports serves street filters; the child summaries leave street to the detail rows.
			const expectSummary = f.street == null || /^(kpi|gradeMix|gradesByYear|years|execByDistrict|districtYear|streets)Query$/.test(name);
			expect(usesSummary).toBe(expectSummary);
			expect(/\bsummary_\w+/.test(detailSql)).toBe(false);
			const [a, b] = [await db.query(detailSql), await db.query(summarySql)];
			if (name !== 'kpiQuery' && over.district !== '不存在区' && over.source !== 'real') expect(a.length).toBeGreaterThan(0);
			expectSameRows(a, b);
		});
	});
});

describe('shared report aggregates over summary_reports', () => {
	const SETS = Object.keys(REPORT_SETS) as ReportSet[];
	it.each(FILTERS)('every set equals its own builder, and the detail rows: %j', async (over) => {
		const f = F(over);
		const all = planWith(SUMMARY_TABLES);
		const queries = reportSets(f, SETS, all);
		expect(statements(queries)).toHaveLength(2); // the shared statement and the score box
		const got: Record<string, Row[]> = {};
		await runQueries(
			queries,
			(sql) => db.query(sql),
			(k, rows) => (got[k] = rows)
		);
		for (const s of SETS) expectSameRows(got[s], await db.query(OWN_QUERY[s](f, all)));
		const detail: Record<string, Row[]> = {};
		await runQueries(
			reportSets(f, SETS, DETAIL_PLAN),
			(sql) => db.query(sql),
			(k, rows) => (detail[k] = rows)
		);
		for (const s of SETS) expectSameRows(got[s], detail[s]);
	});
});
