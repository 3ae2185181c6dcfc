/**
 * The measure table (queries/measures.ts) against the builders' hand-written SQL it replaced (oracle.ts): on real
 * native DuckDB, each builder's generated SQL and the old SQL give the same rows, for many filter states, over the
 * hand-made fixture, the bundled dataset (detail rows) and a generated dataset with summary tables (both paths),
 * and each reads a summary table exactly where the old SQL did.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeConnector } from '../../../src/lib/db/node';
import type { Connector, Row } from '../../../src/lib/db/connector';
import * as q from '../../../src/lib/queries/index';
import { DETAIL_PLAN, planWith, type QueryPlan } from '../../../src/lib/queries/plan';
import { FINE_SUMMARY_TABLES } from '../../../src/tools/scale/summary';
import { generationSql } from '../../../src/tools/scale/generate';
import { writeScaleDataset } from '../../../src/tools/scale/write';
import * as oracle from './oracle';
import { fixtureDatabase } from './fixture';

type Build = (f: q.Filters, plan: QueryPlan) => string;

/** Each builder and its hand-written SQL, by name. */
const BUILDERS: [string, Build, Build][] = [
	['kpiQuery', q.kpiQuery, oracle.kpiQuery],
	['gradeMixQuery', q.gradeMixQuery, oracle.gradeMixQuery],
	['gradesByYearQuery', q.gradesByYearQuery, oracle.gradesByYearQuery],
	['yearsQuery', q.yearsQuery, oracle.yearsQuery],
	['execByDistrictQuery', q.execByDistrictQuery, oracle.execByDistrictQuery],
	['scoreBoxByDistrictQuery', q.scoreBoxByDistrictQuery, oracle.scoreBoxByDistrictQuery],
	['districtYearQuery', q.districtYearQuery, oracle.districtYearQuery],
	['streetsQuery', q.streetsQuery, oracle.streetsQuery],
	['indicatorAchievementQuery', q.indicatorAchievementQuery, oracle.indicatorAchievementQuery],
	['topIndicatorsQuery', (f, p) => q.topIndicatorsQuery(f, 20, p), (f, p) => oracle.topIndicatorsQuery(f, 20, p)],
	['topIndicatorsQuery (5)', (f, p) => q.topIndicatorsQuery(f, 5, p), (f, p) => oracle.topIndicatorsQuery(f, 5, p)],
	['findingThemesQuery', q.findingThemesQuery, oracle.findingThemesQuery],
	['findingThemesByDistrictYearQuery', q.findingThemesByDistrictYearQuery, oracle.findingThemesByDistrictYearQuery],
	['evaluationComparisonQuery', (f) => q.evaluationComparisonQuery(f), (f) => oracle.evaluationComparisonQuery(f)],
	[
		'evaluationComparisonQuery (unpaired)',
		(f) => q.evaluationComparisonQuery(f, { pairedOnly: false }),
		(f) => oracle.evaluationComparisonQuery(f, { pairedOnly: false })
	]
];

const F = (over: Partial<q.Filters> = {}): q.Filters => ({ ...q.DEFAULT_FILTERS, ...over });

/** Rows equal in columns, order and values (numbers to 1e-9 relative: summation order may differ). */
function expectSameRows(got: Row[], want: Row[]): void {
	expect(got.length).toBe(want.length);
	got.forEach((row, k) => {
		expect(Object.keys(row)).toEqual(Object.keys(want[k]));
		for (const [col, v] of Object.entries(row)) {
			const w = want[k][col];
			if (typeof v === 'number' && typeof w === 'number') expect(Math.abs(v - w), `${col} of row ${k}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(w)));
			else expect(v, `${col} of row ${k}`).toEqual(w);
		}
	});
}

/** Runs every builder and its oracle under each filter state on `db()` with `plan()`; returns how many rows were compared. */
function oracleSuite(db: () => Connector, plan: () => QueryPlan, filters: Partial<q.Filters>[]): void {
	describe.each(BUILDERS)('%s', (_name, build, old) => {
		it.each(filters.map((f) => [JSON.stringify(f), f] as const))('%s', async (_label, over) => {
			const f = F(over);
			const [sql, oldSql] = [build(f, plan()), old(f, plan())];
			// Read from a summary table exactly where the hand-written SQL did.
			expect(/\bsummary_\w+/.exec(sql)?.[0]).toBe(/\bsummary_\w+/.exec(oldSql)?.[0]);
			expectSameRows(await db().query(sql), await db().query(oldSql));
		});
	});
}

describe('measures = hand-written SQL over the fixture', () => {
	const db = fixtureDatabase('e-measures');
	oracleSuite(db, () => DETAIL_PLAN, [
		{},
		{ district: '海珠区' },
		{ district: '白云区', street: '石门街道' },
		{ yearFrom: 2023 },
		{ yearTo: 2022 },
		{ evaluationType: '单位自评' },
		{ grade: '中' },
		{ source: 'real' },
		{ source: 'synthetic' },
		{ district: "O'Brien区" },
		{ district: 'nowhere' }
	]);
});

// Never skipped: test/setup/dataset.ts builds the bundled dataset when static/data/ is missing.
describe('measures = hand-written SQL over the bundled dataset', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await openNodeConnector(inject('datasetDir'));
	});
	afterAll(async () => db?.close());

	it('has rows for the filter states compared', async () => {
		const [k] = await db.query<q.KpiRow>(q.kpiQuery(F({ district: '南沙区', yearFrom: 2023 })));
		expect(k.reports).toBeGreaterThan(0);
	});

	oracleSuite(
		() => db,
		() => db.plan ?? DETAIL_PLAN,
		[
			{},
			{ district: '南沙区' },
			{ district: '南沙区', yearFrom: 2023 },
			{ yearFrom: 2022, yearTo: 2023 },
			{ grade: '良' },
			{ source: 'real' },
			{ evaluationType: '部门评价' }
		]
	);
});

describe('measures = hand-written SQL over summary tables and detail rows', () => {
	const dir = join(tmpdir(), `e-measures-scale-${process.pid}`);
	let db: Connector;
	const all = planWith(FINE_SUMMARY_TABLES);
	beforeAll(async () => {
		const inst = await DuckDBInstance.create(':memory:');
		const conn = await inst.connect();
		for (const s of generationSql({ reports: 800, seed: 11 })) await conn.run(s);
		await conn.run(`UPDATE reports SET synthetic = false WHERE hash(report_id) % 5 = 0`);
		await conn.run(`UPDATE reports SET district = NULL, street = NULL WHERE hash(report_id) % 41 = 0`);
		await writeScaleDataset(conn, dir, { csv: false, partitioned: false, summaries: true, split: false });
		conn.closeSync();
		inst.closeSync();
		db = await openNodeConnector(dir);
		expect([...db.plan!.summaries].sort()).toEqual([...FINE_SUMMARY_TABLES].sort());
	}, 120_000);
	afterAll(async () => {
		await db?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	const FILTERS: Partial<q.Filters>[] = [
		{},
		{ district: '海珠区' },
		{ district: '海珠区', street: '海幢街道' },
		{ yearTo: 2020, grade: '良' },
		{ source: 'real' }
	];
	for (const [name, plan] of [
		['summary plan', () => all],
		['detail plan', () => DETAIL_PLAN]
	] as const) {
		describe(name, () => oracleSuite(() => db, plan, FILTERS));
	}
});
