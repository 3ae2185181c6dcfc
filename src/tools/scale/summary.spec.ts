import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generationSql } from './generate';
import { DETAIL_FILE, writeScaleDataset } from './write';
import { COARSE_SUMMARY_TABLES, FINE_SUMMARY_TABLES, STATE_TABLES } from './summary';
import { placeRowsQuery, placeCountsQuery, rankQuery, anyPlace } from '../../lib/places/queries';
import { LEVELS, emptySelection } from '../../lib/places/hierarchy';
import { openNodeConnector } from '../../lib/db/node';
import type { Connector, Row } from '../../lib/db/connector';
import * as q from '../../lib/queries/index';
import { DETAIL_PLAN, SUMMARY_TABLES, planWith, type QueryPlan } from '../../lib/queries/plan';
import { DuckDBInstance as Instance } from '@duckdb/node-api';
import { BOX_SETS, OWN_QUERY, REPORT_SETS, reportSets, runQueries, statements, type ReportSet } from '../../lib/queries/combined';

const dir = join(tmpdir(), `scale-summary-${process.pid}`);
/** The same rows with the fine summaries in detail.duckdb and coarse copies in dataset.duckdb (lazySummaries). */
const lazyDir = join(tmpdir(), `scale-summary-lazy-${process.pid}`);
const F = (over: Partial<q.Filters> = {}): q.Filters => ({ ...q.DEFAULT_FILTERS, ...over });
let db: Connector;
let lazy: Connector;
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
	await writeScaleDataset(conn, lazyDir, { csv: false, partitioned: false, summaries: true, split: true, lazySummaries: true });
	conn.closeSync();
	inst.closeSync();
	db = await openNodeConnector(dir);
	lazy = await openNodeConnector(lazyDir);
}, 120000);
afterAll(async () => {
	await db?.close();
	await lazy?.close();
	rmSync(dir, { recursive: true, force: true });
	rmSync(lazyDir, { recursive: true, force: true });
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
		expect([...db.plan!.summaries].sort()).toEqual([...FINE_SUMMARY_TABLES].sort());
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
		const all = planWith(FINE_SUMMARY_TABLES);
		const queries = reportSets(f, SETS, all);
		expect(statements(queries)).toHaveLength(1 + BOX_SETS.length); // the shared statement and each score box (district, province, city)
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

/** The tables the dataset file of `d` holds (what the browser fetches whole) and those of its detail file. */
async function tablesOf(d: string): Promise<{ dataset: string[]; detail: string[] }> {
	const inst = await Instance.create(':memory:');
	const conn = await inst.connect();
	try {
		const names = async (file: string) => {
			await conn.run(`ATTACH '${join(d, file)}' AS x (READ_ONLY)`);
			const rows = (await conn.runAndReadAll(`SELECT table_name AS t FROM duckdb_tables() WHERE database_name = 'x' ORDER BY 1`)).getRowObjectsJS();
			await conn.run('DETACH x');
			return rows.map((r) => String(r.t));
		};
		return { dataset: await names('dataset.duckdb'), detail: await names(DETAIL_FILE) };
	} finally {
		conn.closeSync();
		inst.closeSync();
	}
}

describe('fine summaries read by range requests, coarse ones fetched whole (lazySummaries)', () => {
	it('puts the coarse summaries in dataset.duckdb and the fine ones beside the detail rows; the plan names all', async () => {
		const { dataset, detail } = await tablesOf(lazyDir);
		expect(dataset.filter((t) => t.startsWith('summary_')).sort()).toEqual([...COARSE_SUMMARY_TABLES, ...STATE_TABLES].sort());
		expect(detail.filter((t) => t.startsWith('summary_')).sort()).toEqual([...FINE_SUMMARY_TABLES].sort());
		expect([...lazy.plan!.summaries].sort()).toEqual([...SUMMARY_TABLES].sort());
		expect([...(lazy.plan!.states ?? [])].sort()).toEqual([...STATE_TABLES].sort());
		// The small dataset keeps its fine summaries in the file fetched whole, as before.
		const eager = await tablesOf(dir);
		expect(eager.dataset.filter((t) => t.startsWith('summary_')).sort()).toEqual([...FINE_SUMMARY_TABLES].sort());
		expect(eager.detail.filter((t) => t.startsWith('summary_'))).toEqual([]);
	});

	describe.each(BUILDERS)('%s: coarse or fine summary = detail rows', (name, build) => {
		it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('%s', async (_label, over) => {
			const f = F(over);
			const sql = build(f, lazy.plan);
			const tables = new Set(sql.match(/\bsummary_\w+/g) ?? []);
			// A street filter or grouping needs a fine table; otherwise no fine table of a kind with a coarse copy is read.
			const street = f.street != null || /^streetsQuery$/.test(name);
			// At most a district chosen: the score box and (with a district) the indicator outcomes read the answer tables.
			const districtOnly = f.street == null && f.yearFrom == null && f.yearTo == null && f.evaluationType == null && f.grade == null && f.source === 'all';
			if (name === 'scoreBoxByDistrictQuery' && f.street == null) expect([...tables]).toEqual([districtOnly ? 'summary_box_district' : 'summary_scores']);
			if (name === 'indicatorAchievementQuery' && f.district != null && f.street == null)
				expect([...tables]).toEqual([districtOnly ? 'summary_levels_district' : 'summary_indicators']);
			for (const t of tables) {
				if (STATE_TABLES.includes(t as never)) expect(districtOnly, `${t} only for district-only states`).toBe(true);
				else if (COARSE_SUMMARY_TABLES.includes(t as never)) expect(street, `${t} under a street`).toBe(false);
				else if (t !== 'summary_scores') expect(street || t === 'summary_indicators' || t === 'summary_findings', `${t} without a street`).toBe(true);
			}
			if (!street && /^(kpi|gradeMix|gradesByYear|years|execByDistrict|districtYear)Query$/.test(name))
				expect([...tables]).toEqual(['summary_reports_district']);
			if (street && /^(kpi|years|streets)Query$/.test(name)) expect([...tables]).toEqual(['summary_reports']);
			if (f.district == null && f.street == null && /^(indicatorAchievement|topIndicators)Query$/.test(name))
				expect([...tables]).toEqual(['summary_indicators_national']);
			if (f.district != null && f.street == null && /^topIndicatorsQuery$/.test(name)) expect([...tables]).toEqual(['summary_indicators']);
			expectSameRows(await lazy.query(build(f, DETAIL_PLAN)), await lazy.query(sql));
		});
	});

	it.each(FILTERS)('the shared report statement over the coarse or fine summary = detail rows: %j', async (over) => {
		const f = F(over);
		const SETS = Object.keys(REPORT_SETS) as ReportSet[];
		for (const sets of [SETS, SETS.filter((s) => s !== 'streets')]) {
			const queries = reportSets(f, sets, lazy.plan!);
			const shared = statements(queries).find((s) => !/quantile|summary_scores|summary_box_(district|province|city)/.test(s)) ?? '';
			expect(shared).toContain(f.street != null || sets.includes('streets') ? 'FROM summary_reports s' : 'FROM summary_reports_district s');
			const got: Record<string, Row[]> = {};
			const want: Record<string, Row[]> = {};
			await runQueries(
				queries,
				(sql) => lazy.query(sql),
				(k, rows) => (got[k] = rows)
			);
			await runQueries(
				reportSets(f, sets, DETAIL_PLAN),
				(sql) => lazy.query(sql),
				(k, rows) => (want[k] = rows)
			);
			for (const s of sets) expectSameRows(got[s], want[s]);
		}
	});

	it.each(LEVELS)('places by %s: the coarse summary unless a street is asked for, = detail rows', async (level) => {
		const pf = [
			anyPlace(),
			anyPlace({ years: [2021, 2022] }),
			anyPlace({ places: { ...emptySelection(), district: ['海珠区'] } }),
			anyPlace({ places: { ...emptySelection(), street: ['海幢街道'] } })
		];
		for (const f of pf) {
			const sql = placeRowsQuery(level, f, lazy.plan);
			expect(sql).toContain(level === 'street' || f.places.street.length ? 'FROM summary_reports s' : 'FROM summary_reports_district s');
			expectSameRows(await lazy.query(placeRowsQuery(level, f, DETAIL_PLAN)), await lazy.query(sql));
			// Streets of a few reports tie on their mean score up to summation order, which reorders their ranks.
			if (level !== 'street') expectSameRows(await lazy.query(rankQuery(level, f, DETAIL_PLAN)), await lazy.query(rankQuery(level, f, lazy.plan)));
		}
		expect(placeCountsQuery(anyPlace(), lazy.plan)).toContain('FROM summary_reports_district s');
		expectSameRows(await lazy.query(placeCountsQuery(anyPlace(), DETAIL_PLAN)), await lazy.query(placeCountsQuery(anyPlace(), lazy.plan)));
	});
});
