/**
 * The overview at the data's top place level (issue 18) on generated datasets over the whole country and over one
 * province: the plan says the level (attachDataset), and every answer the overview reads at that level — the shared
 * statement over the coarse summary, the score box from its answer tables (summary_box_province, summary_box_city)
 * or summary_scores, the report cube, the build's answer files — equals DuckDB's over the detail rows.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generationSql } from './generate';
import { writeScaleDataset } from './write';
import { openNodeConnector } from '../../lib/db/node';
import type { Connector, Row } from '../../lib/db/connector';
import { DEFAULT_FILTERS, type Filters } from '../../lib/queries/filters';
import { detailPlanOf, overviewLevel, type QueryPlan } from '../../lib/queries/plan';
import { OWN_QUERY, localOf, runQueries, sqlOf, type Query, type ReportSet } from '../../lib/queries/combined';
import { OVERVIEW_SETS } from '../../lib/queries/places';
import { overview } from '../../lib/pages/overview';
import { cubeFile, pageAnswers } from '../../lib/answers/build.server';
import { cubeAnswer, decodeCube } from '../../lib/answers/cube';

const country = join(tmpdir(), `overview-places-country-${process.pid}`);
const province = join(tmpdir(), `overview-places-province-${process.pid}`);
const F = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
let nation: Connector;
let one: Connector;

beforeAll(async () => {
	const inst = await DuckDBInstance.create(':memory:');
	const conn = await inst.connect();
	for (const s of generationSql({ reports: 3000, seed: 11, nationwide: true })) await conn.run(s);
	// Real rows, unknown places and scores too: NULL groups and the source filter are exercised.
	await conn.run(`UPDATE reports SET synthetic = false WHERE hash(report_id) % 7 = 0`);
	await conn.run(`UPDATE reports SET province = NULL, city = NULL, district = NULL, street = NULL WHERE hash(report_id) % 53 = 0`);
	await conn.run(`UPDATE reports SET score = NULL, grade = NULL WHERE hash(report_id) % 41 = 0`);
	// Fine summaries in the file read by range requests, coarse ones and the answer tables in the file fetched whole.
	await writeScaleDataset(conn, country, { csv: false, partitioned: false, summaries: true, split: true, lazySummaries: true });
	// One province of several cities.
	await conn.run(`DELETE FROM reports WHERE province IS DISTINCT FROM '广东省'`);
	await writeScaleDataset(conn, province, { csv: false, partitioned: false, summaries: true, split: true, lazySummaries: true });
	conn.closeSync();
	inst.closeSync();
	nation = await openNodeConnector(country);
	one = await openNodeConnector(province);
}, 300000);
afterAll(async () => {
	await nation?.close();
	await one?.close();
	rmSync(country, { recursive: true, force: true });
	rmSync(province, { recursive: true, force: true });
});

/** Rows equal up to float summation order (1e-9 relative). */
function expectSameRows(a: readonly Row[], b: readonly Row[], at = '') {
	expect(a.length, `${at}: rows`).toBe(b.length);
	a.forEach((row, k) => {
		expect(Object.keys(row), at).toEqual(Object.keys(b[k]));
		for (const [col, v] of Object.entries(row)) {
			const w = b[k][col];
			if (typeof v === 'number' && typeof w === 'number')
				expect(Math.abs(v - w), `${at} ${col} of row ${k}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
			else expect(w, `${at} ${col} of row ${k}`).toEqual(v);
		}
	});
}

async function rowsOf(db: Connector, queries: Record<string, Query>): Promise<Record<string, Row[]>> {
	const out: Record<string, Row[]> = {};
	await runQueries(
		queries,
		(sql) => db.query(sql),
		(k, rows) => (out[k] = rows)
	);
	return out;
}

const FILTERS: Partial<Filters>[] = [
	{},
	{ yearFrom: 2021 },
	{ yearTo: 2020, evaluationType: '部门评价' },
	{ grade: '良' },
	{ source: 'real' },
	{ source: 'synthetic', grade: '差' },
	{ district: '白云区' },
	{ district: '白云区', yearFrom: 2022 },
	{ district: '不存在区' }
];

describe('the dataset says its top place level', () => {
	it('several provinces → province; one province of several cities → city; the bundled Guangzhou data → district', async () => {
		expect(nation.plan?.top).toBe('province');
		expect(one.plan?.top).toBe('city');
		const bundled = await openNodeConnector(inject('datasetDir'));
		try {
			expect(bundled.plan?.top ?? 'district').toBe('district');
		} finally {
			await bundled.close();
		}
	});
});

describe.each([
	['the whole country', () => nation, 'province'],
	['one province', () => one, 'city']
] as const)('the overview over %s', (_label, db, level) => {
	it.each(FILTERS)('summaries and answer tables = detail rows, at the level the filters give: %j', async (over) => {
		const f = F(over);
		const plan = db().plan as QueryPlan;
		const want = over.district || over.street ? 'district' : level;
		expect(overviewLevel(f, plan)).toBe(want);
		const got = await rowsOf(db(), overview.queries(f, plan));
		const detail = await rowsOf(db(), overview.queries(f, detailPlanOf(plan)));
		for (const k of Object.keys(detail)) expectSameRows(got[k], detail[k], k);
		if (want !== 'district') {
			expect(got.exec.length, 'places of the level').toBeGreaterThan(1);
			expect(Object.keys(got.exec[0])[0]).toBe('province');
		}
		// Unfiltered, the box reads its answer table, fetched whole; another state summary_scores.
		const box = sqlOf(overview.queries(f, plan).box);
		if (want !== 'district' && !Object.keys(over).length) expect(box).toContain(`summary_box_${want}`);
		if (want !== 'district' && Object.keys(over).length) expect(box).toContain('summary_scores');
		if (want !== 'district') expect(sqlOf(overview.queries(f, plan).exec)).toContain('summary_reports_district');
	});

	it("every place set's own builder equals the detail rows over the summaries", async () => {
		const plan = db().plan as QueryPlan;
		for (const over of FILTERS.filter((o) => !o.district)) {
			const f = F(over);
			for (const s of ['execProvince', 'boxProvince', 'execCity', 'boxCity'] as ReportSet[])
				expectSameRows(await db().query(OWN_QUERY[s](f, plan)), await db().query(OWN_QUERY[s](f, detailPlanOf(plan))), `${s} ${JSON.stringify(over)}`);
		}
	});

	it('the report cube answers the place sets as DuckDB does', async () => {
		const cube = decodeCube(JSON.parse(JSON.stringify(await cubeFile(db(), 'v'))));
		const plan = detailPlanOf(db().plan);
		let n = 0;
		for (const over of [...FILTERS, { yearFrom: 2022, grade: '优' }, { evaluationType: '单位自评', source: 'synthetic' as const }]) {
			const f = F(over);
			const queries = overview.queries(f, plan) as Record<string, Query>;
			const rows = await rowsOf(db(), queries);
			for (const k of ['exec', 'box', 'kpi', 'gradeMix', 'gradesByYear']) {
				const local = localOf(queries[k])!;
				const got = cubeAnswer(cube, local);
				expect(got, `${k} ${JSON.stringify(over)}: the cube answers`).not.toBeNull();
				expectSameRows(got!, rows[k], `cube ${k} ${JSON.stringify(over)}`);
				n++;
			}
			const { exec, box } = OVERVIEW_SETS[overviewLevel(f, plan)];
			expect([localOf(queries.exec), localOf(queries.box)]).toMatchObject([{ set: exec }, { set: box }]);
		}
		expect(n).toBeGreaterThan(40);
	});

	it("the build's answer files hold the overview at the level (detail rows, the dataset's top level)", async () => {
		const year = await pageAnswers(db(), 'overview', F({ yearFrom: 2022 }));
		expect(Object.keys(year.exec[0] ?? {})[0]).toBe('province');
		if (level === 'city') expect(Object.keys(year.exec[0])[1]).toBe('city');
		const district = await pageAnswers(db(), 'overview', F({ district: '白云区' }));
		expect(district.exec.every((r) => 'district' in r)).toBe(true);
	});
});
