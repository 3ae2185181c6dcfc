/**
 * The browser engine reads what native DuckDB writes: a dataset.duckdb written by @duckdb/node-api 1.5
 * is attached READ_ONLY by DuckDB-WASM (its Node build: same engine and storage code as the browser
 * bundles), and every dashboard builder returns identical plain rows on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeConnector } from '../../../src/lib/db/node';
import type { Connector } from '../../../src/lib/db/connector';
import * as q from '../../../src/lib/queries/index';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/queries/filters';
import { writeFixture } from './fixture';
import { openWasmNodeConnector } from './wasm-node';

const root = join(tmpdir(), `e-wasm-${process.pid}`);
const F = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });

const BUILDERS: [string, string][] = [
	['kpi', q.kpiQuery(F())],
	['kpi 海珠区 real', q.kpiQuery(F({ district: '海珠区', source: 'real' }))],
	['gradeMix', q.gradeMixQuery(F())],
	['gradesByYear', q.gradesByYearQuery(F())],
	['years', q.yearsQuery(F())],
	['execByDistrict', q.execByDistrictQuery(F())],
	['scoreBox', q.scoreBoxByDistrictQuery(F())],
	['districtYear', q.districtYearQuery(F())],
	['streets', q.streetsQuery(F())],
	['indicatorAchievement', q.indicatorAchievementQuery(F())],
	['topIndicators', q.topIndicatorsQuery(F(), 10)],
	['findingThemes', q.findingThemesQuery(F())],
	['findingThemesByDistrictYear', q.findingThemesByDistrictYearQuery(F())],
	['findings', q.findingsQuery(F(), { kind: '问题' })],
	['reportsList', q.reportsListQuery(F(), { search: '街道', sort: 'execution_rate', dir: 'desc' })],
	['reportsCount', q.reportsCountQuery(F({ yearFrom: 2023 }), { search: '%' })],
	['report', q.reportQuery('r1')],
	['reportIndicators', q.reportIndicatorsQuery('r1')],
	['reportExpenditures', q.reportExpendituresQuery('r1')],
	['reportFindings', q.reportFindingsQuery('r9')],
	['reportSource', q.reportSourceQuery('r9')],
	['evaluationComparison', q.evaluationComparisonQuery(F(), { pairedOnly: false })],
	['filterOptions', q.filterOptionsQuery()]
];

// [storage option given to ATTACH when writing, readable by the shipped WASM engine]
const STORAGE: [string, string][] = [
	['default', ''],
	['v1.4.0', "STORAGE_VERSION 'v1.4.0'"]
];

beforeAll(async () => {
	for (const [name, opt] of STORAGE) await writeFixture(join(root, name), opt);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(STORAGE)('WASM reads a native-written dataset.duckdb (storage %s)', (name) => {
	let native: Connector;
	let wasm: Awaited<ReturnType<typeof openWasmNodeConnector>>;
	beforeAll(async () => {
		native = await openNodeConnector(join(root, name), { source: 'duckdb' });
		wasm = await openWasmNodeConnector(join(root, name, 'dataset.duckdb'));
	});
	afterAll(async () => {
		await native?.close();
		await wasm?.close();
	});

	it('is a different engine build than the native one', async () => {
		const [{ v }] = await native.query<{ v: string }>('SELECT version() AS v');
		expect(wasm.version).toMatch(/^v1\.4\./);
		expect(v).toMatch(/^v1\.5\./);
	});

	it.each(BUILDERS)('%s: identical rows on both engines', async (_label, sql) => {
		const [a, b] = [await native.query(sql), await wasm.query(sql)];
		expect(b).toEqual(a);
		expect(a.length).toBeGreaterThan(0);
	});

	it('kpi numbers match the fixture on WASM too', async () => {
		const [k] = await wasm.query<q.KpiRow>(q.kpiQuery(F()));
		expect(k).toMatchObject({ reports: 9, synthetic_reports: 5, budget_wan: 570, actual_wan: 435, scored_reports: 8 });
		expect(k.execution_rate).toBeCloseTo(425 / 530, 12);
	});

	it('the attached dataset is read-only; main stays writable for user tables', async () => {
		await expect(wasm.query("INSERT INTO ds.reports (report_id, source_file, synthetic) VALUES ('x', 'x', false)")).rejects.toThrow(/read-only|read only/i);
		await wasm.query('CREATE TABLE main.user_upload AS SELECT 1 AS a');
		expect(await wasm.query('SELECT a FROM main.user_upload')).toEqual([{ a: 1 }]);
	});
});

describe('plain values are the same on both engines', () => {
	it('BIGINT, DECIMAL, DATE, TIMESTAMP, lists and structs', async () => {
		const native = await openNodeConnector(join(root, 'default'), { source: 'duckdb' });
		const wasm = await openWasmNodeConnector(null);
		const sql =
			"SELECT 12345678901::BIGINT AS b, 1.25::DECIMAL(10,2) AS d, 123456789.123456::DECIMAL(18,6) AS d18, DATE '2024-03-01' AS dt, TIMESTAMP '2024-03-01 12:34:56' AS ts, [1, 2]::BIGINT[] AS l, {'a': 1::BIGINT, 'b': 'x'} AS s, NULL::INTEGER AS n, true AS t, '海珠' AS v";
		const expected = {
			b: 12345678901,
			d: 1.25,
			d18: 123456789.123456,
			dt: '2024-03-01T00:00:00.000Z',
			ts: '2024-03-01T12:34:56.000Z',
			l: [1, 2],
			s: { a: 1, b: 'x' },
			n: null,
			t: true,
			v: '海珠'
		};
		expect(await native.query(sql)).toEqual([expected]);
		expect(await wasm.query(sql)).toEqual([expected]);
		await native.close();
		await wasm.close();
	});
});

describe('a file in a newer storage format', () => {
	it("is refused by the shipped WASM engine (why the ingest pins STORAGE_VERSION 'v1.4.0')", async () => {
		const dir = join(root, 'v1.5.0');
		await writeFixture(dir, "STORAGE_VERSION 'v1.5.0'");
		await expect(openWasmNodeConnector(join(dir, 'dataset.duckdb'))).rejects.toThrow(/version number/);
	});
});
