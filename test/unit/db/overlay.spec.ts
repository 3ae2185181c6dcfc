/**
 * The browser's corrections overlay (corrections/overlay.ts) gives, in SQL, exactly the rows applyCorrections
 * gives in JavaScript (the CLI's path): on native DuckDB over the hand-made fixture, and on DuckDB-WASM's Node
 * build (the browser's engine) over the same dataset.duckdb. Each expected value is also stated by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeConnector } from '../../../src/lib/db/node';
import type { Connector } from '../../../src/lib/db/connector';
import { createTableSql } from '../../../src/lib/schema/tables';
import { applyCorrections, type Correction } from '../../../src/lib/corrections/corrections';
import { correctionsUnionSql, insertFixesSql, overlayIndicatorsSql, overlayReportsSql } from '../../../src/lib/corrections/overlay';
import { INDICATORS, REPORTS, writeFixture } from './fixture';
import { openWasmNodeConnector } from './wasm-node';
import { putFixes } from '../../../src/lib/corrections/browser';
import { restoreUserData } from '../../../src/lib/userdata/restore';
import { loadRows } from '../../../src/lib/userdata/load';
import { DEFAULT_FILTERS, kpiQuery, reportQuery } from '../../../src/lib/queries';
import { planWith, useSummary } from '../../../src/lib/queries/plan';
import { pagePlan, setDetailOnly } from '../../../src/lib/state/plan';

const root = join(tmpdir(), `e-overlay-${process.pid}`);

const c = (report_id: string, field: string, old_value: string, new_value: string, extra: Partial<Correction> = {}): Correction => ({
	report_id,
	field,
	old_value,
	new_value,
	reason: '核对原文',
	reviewer: '王芳',
	corrected_at: '2026-12-05T08:00:00Z',
	evidence_start: null,
	evidence_end: null,
	...extra
});

/** Corrections as a reviewer makes them in the browser; the last three must not apply. */
const FIXES: Correction[] = [
	c('r1', 'budget_wan', '100', '120', { evidence_start: 3, evidence_end: 9 }), // rate 90/120 = 0.75
	c('r6', 'score', '', '85'), // grade not stated: 良 from the score, basis 'score'
	c('r2', 'grade', '良', '优'), // a corrected grade is a stated one
	c('r4', 'score', '55', '65'), // the grade is stated (差): it stays
	c('r3', 'actual_wan', '', '35'), // NULL filled: rate 35/40
	c('r5', 'actual_wan', '80', ''), // to NULL: the rate falls back to the stated one (NULL)
	c('r9', 'district', "O'Brien区", '海珠区'),
	c('r1', 'indicators.2.actual_value', '6', '8'),
	c('r1', 'indicators.2.achieved', 'false', 'true'),
	c('r8', 'budget_wan', '61', '70'), // stale: the report holds 60
	c('zz', 'score', '1', '2'), // report gone
	c('r2', 'indicators.9.points', '', '3') // no such indicator
];

const reportsSql = () => `SELECT * FROM (${overlayReportsSql('main.reports', 'mine.corrections')}) ORDER BY report_id`;
const indicatorsSql = `SELECT * FROM (${overlayIndicatorsSql('main.indicators', 'mine.corrections')}) ORDER BY report_id, seq`;
const appliedSql = `SELECT report_id, field, old_value, new_value, reason, reviewer, corrected_at, evidence_start, evidence_end, user_data FROM (${correctionsUnionSql('ds.main.corrections', 'mine.corrections', 'main.reports', 'main.indicators')}) ORDER BY user_data, report_id, field`;

async function install(db: Connector): Promise<void> {
	await db.query('CREATE SCHEMA mine');
	await db.query(createTableSql('corrections', 'mine.corrections'));
	for (const s of insertFixesSql('mine.corrections', FIXES)) await db.query(s);
}

/** What the CLI's applyCorrections makes of the same rows. */
function expected() {
	const reports = structuredClone(REPORTS);
	const indicators = structuredClone(INDICATORS);
	const { applied, refused } = applyCorrections(FIXES, reports, indicators);
	return { reports: reports.sort((a, b) => a.report_id.localeCompare(b.report_id)), indicators, applied, refused };
}

beforeAll(async () => writeFixture(root));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each([
	['native DuckDB', () => openNodeConnector(root, { source: 'duckdb' })],
	['DuckDB-WASM (Node build)', () => openWasmNodeConnector(join(root, 'dataset.duckdb'))]
] as [string, () => Promise<Connector>][])('corrections overlay on %s', (_name, open) => {
	let db: Connector;
	beforeAll(async () => {
		db = await open();
		await install(db);
	});
	afterAll(async () => db?.close());

	it('gives the rows applyCorrections gives (values, derived rate and grade, column order)', async () => {
		const rows = await db.query<Record<string, unknown>>(reportsSql());
		const want = expected().reports;
		const [shipped] = await db.query<Record<string, unknown>>('SELECT * FROM main.reports LIMIT 1');
		expect(Object.keys(rows[0])).toEqual(Object.keys(shipped));
		for (let i = 0; i < want.length; i++) {
			for (const [k, v] of Object.entries(want[i])) {
				if (typeof v === 'number') expect(rows[i][k], `${want[i].report_id}.${k}`).toBeCloseTo(v, 12);
				else expect(rows[i][k], `${want[i].report_id}.${k}`).toEqual(v);
			}
		}
	});

	it('by hand: budget, rate, grades from score or stated, NULL filled and emptied, text, stale and unknown left alone', async () => {
		const by = new Map((await db.query<Record<string, any>>(reportsSql())).map((r) => [r.report_id, r]));
		expect([by.get('r1')!.budget_wan, by.get('r1')!.execution_rate]).toEqual([120, 0.75]);
		expect([by.get('r6')!.score, by.get('r6')!.grade, by.get('r6')!.grade_basis]).toEqual([85, '良', 'score']);
		expect([by.get('r2')!.grade, by.get('r2')!.grade_basis]).toEqual(['优', 'stated']);
		expect([by.get('r4')!.score, by.get('r4')!.grade, by.get('r4')!.grade_basis]).toEqual([65, '差', 'stated']);
		expect(by.get('r3')!.actual_wan).toBe(35);
		expect(by.get('r3')!.execution_rate).toBeCloseTo(35 / 40, 12);
		expect([by.get('r5')!.actual_wan, by.get('r5')!.execution_rate]).toEqual([null, null]);
		expect(by.get('r9')!.district).toBe('海珠区');
		expect(by.get('r8')!.budget_wan).toBe(60);
		expect(by.size).toBe(9);
	});

	it('indicators: corrected where they exist, the rest as shipped', async () => {
		const rows = await db.query<Record<string, unknown>>(indicatorsSql);
		const want = expected().indicators;
		expect(rows).toEqual(want);
		expect(rows.find((r) => r.report_id === 'r1' && r.seq === 2)).toMatchObject({ actual_value: 8, achieved: true });
	});

	it('main.corrections: the shipped ones and exactly the applied browser ones, flagged user_data', async () => {
		const rows = await db.query<Record<string, unknown> & { report_id: string; field: string }>(appliedSql);
		const { applied, refused } = expected();
		expect(refused).toHaveLength(3);
		const mine = rows.filter((r) => r.user_data).map(({ user_data: _, ...r }) => r);
		const sort = (a: { report_id: string; field: string }, b: { report_id: string; field: string }) =>
			`${a.report_id}|${a.field}`.localeCompare(`${b.report_id}|${b.field}`);
		expect(mine.sort(sort)).toEqual([...applied].sort(sort));
		expect(rows.filter((r) => !r.user_data)).toEqual([
			{
				report_id: 'r1',
				field: 'score',
				old_value: '91',
				new_value: '92',
				reason: '表内总分为 92',
				reviewer: '测试',
				corrected_at: '2026-12-01T08:00:00Z',
				evidence_start: 1,
				evidence_end: 9,
				user_data: false
			}
		]);
	});

	it('with no browser correction the overlay is the shipped rows', async () => {
		await db.query('CREATE TABLE mine.none AS SELECT * FROM mine.corrections WHERE false');
		const rows = await db.query(`SELECT * FROM (${overlayReportsSql('main.reports', 'mine.none')}) ORDER BY report_id`);
		expect(rows).toEqual(await db.query('SELECT * FROM main.reports ORDER BY report_id'));
	});
});

describe.each([
	['native DuckDB', () => openNodeConnector(root, { source: 'duckdb' })],
	['DuckDB-WASM (Node build)', () => openWasmNodeConnector(join(root, 'dataset.duckdb'))]
] as [string, () => Promise<Connector>][])('in the views every page and the SQL console read (userdata/views.ts, restore.ts), on %s', (_name, open) => {
	let db: Connector;
	const run = (sql: string) => db.query(sql);
	const kpi = async () => (await db.query<Record<string, number>>(kpiQuery(DEFAULT_FILTERS)))[0];
	const viewsReadingMine = async () =>
		(
			await db.query<{ v: string; sql: string }>(
				`SELECT view_name AS v, sql FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal ORDER BY view_name`
			)
		)
			.filter((r) => r.sql.includes('"mine"') || r.sql.includes('mine.'))
			.map((r) => r.v);
	beforeAll(async () => {
		db = await open();
		await restoreUserData(run, [], 'ds', []);
	});
	afterAll(async () => db?.close());

	it('no correction: the views read the shipped tables alone, main.corrections flags them user_data false', async () => {
		expect(await viewsReadingMine()).toEqual([]);
		expect(await kpi()).toMatchObject({ reports: 9, budget_wan: 570, actual_wan: 435 });
		expect(await db.query('SELECT field, user_data FROM corrections')).toEqual([{ field: 'score', user_data: false }]);
	});

	it('corrections put in: every query sees them at once; an upload keeps them; taking them out restores the shipped rows', async () => {
		await putFixes(run, FIXES);
		expect(await viewsReadingMine()).toEqual(['corrections', 'indicators', 'reports']);
		// budgets: r1 100 → 120 (+20); spend: r3 NULL → 35, r5 80 → NULL (+35 − 80)
		expect(await kpi()).toMatchObject({ reports: 9, budget_wan: 590, actual_wan: 390 });
		expect((await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM corrections WHERE user_data'))[0].n).toBe(9);
		const [r1] = await db.query<Record<string, unknown>>(reportQuery('r1'));
		expect(r1).toMatchObject({ budget_wan: 120, execution_rate: 0.75, user_data: false });

		await loadRows(run, { reports: [{ ...REPORTS[0], report_id: 'u1', budget_wan: 10, actual_wan: 5 }] }, 'append');
		expect(await kpi()).toMatchObject({ reports: 10, budget_wan: 600 });
		expect((await db.query<Record<string, unknown>>(reportQuery('r1')))[0].budget_wan).toBe(120);

		await putFixes(run, []);
		expect(await kpi()).toMatchObject({ reports: 10, budget_wan: 580, actual_wan: 440 });
		expect(await viewsReadingMine()).toEqual(['reports']);
	});
});

describe('summary tables', () => {
	it('are not used while the browser overlays corrections on the detail rows', () => {
		const db = { plan: planWith(['summary_reports']) } as Connector;
		expect(useSummary(pagePlan(db), 'summary_reports', DEFAULT_FILTERS)).toBe(true);
		setDetailOnly('corrections', true);
		expect(useSummary(pagePlan(db), 'summary_reports', DEFAULT_FILTERS)).toBe(false);
		setDetailOnly('corrections', false);
		expect(useSummary(pagePlan(db), 'summary_reports', DEFAULT_FILTERS)).toBe(true);
		// Nor while the user's own rows are in the views.
		setDetailOnly('userRows', true);
		expect(useSummary(pagePlan(db), 'summary_reports', DEFAULT_FILTERS)).toBe(false);
		setDetailOnly('userRows', false);
	});
});
