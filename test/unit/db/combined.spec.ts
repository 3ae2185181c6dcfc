/**
 * The shared report-aggregates statement (queries/combined.ts) on real native DuckDB: every set picked out of
 * it equals what its own builder returns (those are checked by hand in queries.spec.ts), over the fixture and
 * the bundled dataset, for every kind of filter; and the numbers of one drill-down worked out by hand.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openNodeConnector } from '../../../src/lib/db/node';
import type { Connector, Row } from '../../../src/lib/db/connector';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/queries/filters';
import { DETAIL_PLAN, planWith } from '../../../src/lib/queries/plan';
import { OWN_QUERY, REPORT_SETS, localOf, reportSets, reportSetsQuery, runQueries, sqlOf, statements, type ReportSet } from '../../../src/lib/queries/combined';
import { fixtureDatabase } from './fixture';

const F = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
const ALL = Object.keys(REPORT_SETS) as ReportSet[];

async function picked(db: Connector, f: Filters, sets: readonly ReportSet[] = ALL): Promise<Record<string, Row[]>> {
	const out: Record<string, Row[]> = {};
	const queries = reportSets(f, sets);
	expect(statements(queries)).toHaveLength(1);
	await runQueries(
		queries,
		(sql) => db.query(sql),
		(k, rows) => (out[k] = rows)
	);
	return out;
}

async function own(db: Connector, f: Filters): Promise<Record<string, Row[]>> {
	const out: Record<string, Row[]> = {};
	for (const s of ALL) out[s] = await db.query(OWN_QUERY[s](f));
	return out;
}

const FILTERS: Partial<Filters>[] = [
	{},
	{ district: '海珠区' },
	{ district: '白云区', street: '石门街道' },
	{ yearFrom: 2023 },
	{ yearTo: 2022 },
	{ yearFrom: 2022, yearTo: 2022 },
	{ evaluationType: '单位自评' },
	{ grade: '优' },
	{ source: 'real' },
	{ source: 'synthetic' },
	{ district: "O'Brien区" },
	{ district: 'nowhere' },
	{ district: "'; DROP TABLE reports; --" }
];

describe('shared report aggregates over the fixture', () => {
	const fixture = fixtureDatabase('e-combined');
	let db: Connector;
	beforeAll(() => {
		db = fixture();
	});

	it.each(FILTERS)('every set equals its own builder: %j', async (over) => {
		expect(await picked(db, F(over))).toEqual(await own(db, F(over)));
	});

	it.each([
		[['kpi']],
		[['kpi', 'gradeMix', 'exec', 'box', 'gradesByYear']],
		[['exec', 'box', 'districtYear']],
		[['kpi', 'gradeMix', 'streets', 'years']],
		[['years', 'gradesByYear']]
	] as ReportSet[][][])('the sets of one page alone equal their builders: %j', async (sets) => {
		for (const over of [{}, { district: '海珠区' }, { grade: '中' }]) {
			const all = await own(db, F(over));
			expect(await picked(db, F(over), sets)).toEqual(Object.fromEntries(sets.map((s) => [s, all[s]])));
		}
	});

	it('海珠区 by hand: r1 r2 r3 r8', async () => {
		const r = await picked(db, F({ district: '海珠区' }), ['kpi', 'box', 'gradeMix', 'streets', 'years']);
		expect(r.kpi).toHaveLength(1);
		expect(r.kpi[0]).toMatchObject({ reports: 4, synthetic_reports: 1, budget_wan: 250, actual_wan: 170, scored_reports: 4 });
		// scores 78 85 88 92: q1 at position 0.75 → 78 + 0.75·7; median (85+88)/2; q3 at 2.25 → 88 + 0.25·4
		expect(r.box).toEqual([{ district: '海珠区', n: 4, min: 78, q1: 83.25, median: 86.5, q3: 89, max: 92 }]);
		expect(r.gradeMix).toEqual([
			{ grade: '优', n: 1 },
			{ grade: '良', n: 2 },
			{ grade: '中', n: 1 }
		]);
		expect(r.streets.map((s) => [s.street, s.reports])).toEqual([
			['南华西街道', 1],
			['海幢街道', 3]
		]);
		expect(r.years.map((y) => [y.year, y.reports])).toEqual([
			[2022, 2],
			[2023, 2]
		]);
	});

	it('no matching report: one row of zeros and NULLs for the headline, nothing else', async () => {
		const r = await picked(db, F({ district: 'nowhere' }));
		expect(r.kpi).toEqual([
			{ reports: 0, synthetic_reports: 0, budget_wan: null, actual_wan: null, execution_rate: null, mean_score: null, scored_reports: 0 }
		]);
		for (const s of ALL.filter((s) => s !== 'kpi')) expect(r[s]).toEqual([]);
	});

	it('a district whose reports have no score has execution figures but no score box', async () => {
		// 白云区 石门街道 in 2023: r6 only, no score
		const r = await picked(db, F({ district: '白云区', street: '石门街道', yearFrom: 2023 }), ['exec', 'box']);
		expect(r.exec.map((e) => [e.district, e.reports, e.mean_score])).toEqual([['白云区', 1, null]]);
		expect(r.box).toEqual([]);
	});
});

// Never skipped: test/setup/dataset.ts builds the bundled dataset when static/data/ is missing.
describe('shared report aggregates over the bundled dataset', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await openNodeConnector(inject('datasetDir'));
		expect(db.plan).toEqual(DETAIL_PLAN); // the bundled dataset ships no summary tables
	});
	afterAll(async () => db?.close());

	it.each([{}, { district: '南沙区' }, { yearFrom: 2023, yearTo: 2024 }, { grade: '良' }, { source: 'real' as const }, { evaluationType: '部门评价' }])(
		'every set equals its own builder: %j',
		async (over) => {
			const f = F(over);
			const got = await picked(db, f);
			expect(got).toEqual(await own(db, f));
			expect(got.exec.length).toBeGreaterThan(0);
		}
	);
});

describe('reportSets as SQL', () => {
	it('one GROUPING SETS statement with each distinct grouping once; quartiles only when the box is asked for', () => {
		const q = reportSets(F({ district: '南沙区' }), ['kpi', 'exec', 'box', 'gradesByYear']);
		const [sql] = statements(q);
		expect(sql).toContain('GROUP BY GROUPING SETS ((), (r.district), (r.year, r.grade))');
		expect(sql).toContain("WHERE r.district = '南沙区'");
		expect(sql).toContain('quantile_cont(r.score, 0.25)');
		expect(statements(reportSets(F(), ['kpi', 'years']))[0]).not.toContain('quantile_cont');
	});
	it('with summary tables the sets share a statement over summary_reports, and the score box runs its own builder', () => {
		const plan = planWith(['summary_reports', 'summary_scores']);
		{
			const q = reportSets(F({ grade: '良' }), ['kpi', 'box', 'exec'], plan);
			// Its own statement, marked with its meaning for the report cube (answers/cube.ts) as every set is.
			expect(sqlOf(q.box)).toBe(OWN_QUERY.box(F({ grade: '良' }), plan));
			expect(sqlOf(q.box)).toContain('summary_scores');
			expect(localOf(q.box)).toEqual({ kind: 'reportSet', set: 'box', f: F({ grade: '良' }) });
			expect(statements(q)).toHaveLength(2);
			const shared = statements({ kpi: q.kpi, exec: q.exec });
			expect(shared).toHaveLength(1);
			expect(shared[0]).toContain('FROM summary_reports s WHERE s.grade = ');
			expect(shared[0]).toContain('GROUPING SETS ((), (s.district))');
			expect(() => reportSetsQuery(F(), ['box'], 'summary')).toThrow(/not in summary_reports/);
			// The same sets without the plan read the detail rows: no state is left behind.
			expect(statements(reportSets(F({ grade: '良' }), ['kpi', 'box', 'exec'])).join()).not.toContain('summary_');
		}
	});
});
