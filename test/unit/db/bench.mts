/**
 * Median time of every dashboard builder over a synthetic dataset generated in SQL (range()), on
 * native DuckDB and on DuckDB-WASM's Node build. Run: npx tsx test/unit/db/bench.ts [reports] [indicatorsPerReport]
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { TABLES } from '../../../src/lib/ingest/types';
import { createTableSql } from '../../../src/lib/schema/tables';
import { openNodeConnector } from '../../../src/lib/db/node';
import type { Connector } from '../../../src/lib/db/connector';
import * as q from '../../../src/lib/queries/index';
import { openWasmNodeConnector } from './wasm-node';

const N = Number(process.argv[2] ?? 30000);
const K = Number(process.argv[3] ?? 20);
const RUNS = 7;
const dir = join(tmpdir(), `e-bench-${process.pid}`);

const DISTRICTS = "['越秀区','海珠区','荔湾区','天河区','白云区','黄埔区','番禺区','花都区','南沙区','从化区','增城区']";

async function generate(): Promise<void> {
	mkdirSync(dir, { recursive: true });
	const inst = await DuckDBInstance.create(':memory:');
	const c = await inst.connect();
	await c.run(`ATTACH '${join(dir, 'dataset.duckdb')}' AS out (STORAGE_VERSION 'v1.4.0')`);
	for (const t of TABLES) await c.run(createTableSql(t, `out.main.${t}`));
	await c.run(`INSERT INTO out.main.reports BY NAME
		SELECT printf('%016x', hash(i)) AS report_id, 'r' || i || '.txt' AS source_file, '报告 ' || i AS title,
			(2019 + i % 6)::INTEGER AS year, '广东省' AS province, '广州市' AS city,
			${DISTRICTS}[1 + i % 11] AS district,
			CASE WHEN i % 10 = 0 THEN NULL ELSE ${DISTRICTS}[1 + i % 11] || '第' || (i // 11) % 15 || '街道' END AS street,
			'单位' || i AS unit, CASE WHEN i % 10 = 0 THEN 'district' ELSE 'street' END AS unit_level, '党建工作经费' AS project_name,
			['单位自评','部门评价','财政评价'][1 + (i // 7) % 3] AS evaluation_type,
			CASE WHEN i % 17 = 0 THEN NULL ELSE 10 + (hash(i) % 1000) / 10.0 END AS budget_wan,
			CASE WHEN i % 19 = 0 THEN NULL ELSE (10 + (hash(i) % 1000) / 10.0) * (0.6 + (hash(i * 3) % 400) / 1000.0) END AS actual_wan,
			NULL AS execution_rate, NULL AS execution_rate_stated,
			CASE WHEN i % 13 = 0 THEN NULL ELSE 50 + (hash(i * 5) % 500) / 10.0 END AS score,
			NULL AS grade, 'score' AS grade_basis, (i % 2 = 0) AS synthetic, NULL AS warnings
		FROM range(${N}) t(i)`);
	await c.run(`UPDATE out.main.reports SET execution_rate = actual_wan / budget_wan,
		grade = CASE WHEN score >= 90 THEN '优' WHEN score >= 80 THEN '良' WHEN score >= 60 THEN '中' WHEN score IS NOT NULL THEN '差' END`);
	await c.run(`INSERT INTO out.main.indicators BY NAME
		SELECT r.report_id, (j + 1)::INTEGER AS seq, ['产出','效益','满意度','过程','决策'][1 + j % 5] AS level1,
			['数量','质量','时效','成本','社会效益'][1 + (j // 5) % 5] AS level2, '指标' || ((j * 7 + hash(r.report_id)) % 60) AS name,
			'≥90%' AS target_text, CASE WHEN j % 3 = 0 THEN NULL ELSE 0.9 END AS target_value, '95%' AS actual_text,
			0.8 + (hash(r.report_id || j) % 200) / 1000.0 AS actual_value, '%' AS unit, 5 AS weight, 4 AS points,
			CASE WHEN j % 3 = 0 THEN NULL ELSE (hash(r.report_id || j) % 200) >= 100 END AS achieved, 'table' AS origin, 0 AS evidence_start, 10 AS evidence_end
		FROM out.main.reports r, range(${K}) t(j)`);
	await c.run(`INSERT INTO out.main.findings BY NAME
		SELECT r.report_id, (j + 1)::INTEGER AS seq, ['问题','建议','经验'][1 + j % 3] AS kind, '发现 ' || j AS text,
			['培训教育','指标设置','资金管理','队伍建设','阵地建设','宣传','组织建设','其他'][(1 + hash(r.report_id || j) % 8)::BIGINT] AS theme, 0 AS evidence_start, 5 AS evidence_end
		FROM out.main.reports r, range(4) t(j)`);
	await c.run(`INSERT INTO out.main.sources SELECT report_id, source_file, repeat('a', 64), repeat('正文', 200) FROM out.main.reports`);
	await c.run('DETACH out');
	c.closeSync();
	inst.closeSync();
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

async function time(db: Connector, sql: string): Promise<number> {
	await db.query(sql); // warm-up
	const ts: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		await db.query(sql);
		ts.push(performance.now() - t0);
	}
	return median(ts);
}

const f = q.DEFAULT_FILTERS;
const fd = { ...f, district: '海珠区', yearFrom: 2021, yearTo: 2023 };
const CASES: [string, string][] = [
	['kpi', q.kpiQuery(f)],
	['kpi (district+years)', q.kpiQuery(fd)],
	['gradeMix', q.gradeMixQuery(f)],
	['gradesByYear', q.gradesByYearQuery(f)],
	['years', q.yearsQuery(f)],
	['execByDistrict', q.execByDistrictQuery(f)],
	['scoreBoxByDistrict', q.scoreBoxByDistrictQuery(f)],
	['districtYear', q.districtYearQuery(f)],
	['streets', q.streetsQuery(f)],
	['indicatorAchievement', q.indicatorAchievementQuery(f)],
	['indicatorAchievement (district+years)', q.indicatorAchievementQuery(fd)],
	['topIndicators', q.topIndicatorsQuery(f, 20)],
	['findingThemes', q.findingThemesQuery(f)],
	['findingThemesByDistrictYear', q.findingThemesByDistrictYearQuery(f)],
	['findings', q.findingsQuery(f, { kind: '问题' })],
	['reportsList', q.reportsListQuery(f, { sort: 'score', dir: 'desc' })],
	['reportsList (search)', q.reportsListQuery(f, { search: '第3街道' })],
	['reportsCount (search)', q.reportsCountQuery(f, { search: '第3街道' })],
	['report', q.reportQuery('0')],
	['reportIndicators', q.reportIndicatorsQuery('0')],
	['evaluationComparison', q.evaluationComparisonQuery(f)],
	['filterOptions', q.filterOptionsQuery()]
];

const t0 = performance.now();
await generate();
const file = join(dir, 'dataset.duckdb');
console.log(
	`generated ${N} reports × ${K} indicators in ${((performance.now() - t0) / 1000).toFixed(1)} s; dataset.duckdb ${(statSync(file).size / 1e6).toFixed(1)} MB`
);
const native = await openNodeConnector(dir, { source: 'duckdb' });
const t1 = performance.now();
const wasm = await openWasmNodeConnector(file);
console.log(`WASM open (register buffer + attach): ${(performance.now() - t1).toFixed(0)} ms`);
const [{ n }] = await native.query<{ n: number }>('SELECT count(*) AS n FROM indicators');
console.log(`indicators rows: ${n}`);
console.log('query | native median ms | wasm median ms');
for (const [name, sql] of CASES) {
	console.log(`${name} | ${(await time(native, sql)).toFixed(1)} | ${(await time(wasm, sql)).toFixed(1)}`);
}
await native.close();
await wasm.close();
rmSync(dir, { recursive: true, force: true });
