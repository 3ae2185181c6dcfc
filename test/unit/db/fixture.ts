/**
 * A small hand-made dataset for the query tests. Every expected number in the specs is computed
 * by hand from these rows (see the comments there), never captured from the code.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type {
	CheckRow,
	EvidenceRow,
	ExpenditureRow,
	FindingRow,
	IndicatorRow,
	ReportRow,
	SourceRow,
	DivisionRow,
	TableName
} from '../../../src/lib/ingest/types';
import { TABLES } from '../../../src/lib/ingest/types';
import { SCHEMA, createTableSql } from '../../../src/lib/schema/tables';
import { ident, num, str } from '../../../src/lib/queries/sql';
import { openNodeConnector } from '../../../src/lib/db/node';
import type { Connector } from '../../../src/lib/db/connector';

type R = Pick<
	ReportRow,
	'report_id' | 'year' | 'district' | 'street' | 'evaluation_type' | 'budget_wan' | 'actual_wan' | 'score' | 'grade' | 'synthetic' | 'title'
>;

const r = (
	report_id: string,
	year: number | null,
	district: string | null,
	street: string | null,
	evaluation_type: ReportRow['evaluation_type'],
	budget_wan: number | null,
	actual_wan: number | null,
	score: number | null,
	grade: ReportRow['grade'],
	synthetic: boolean,
	title: string
): R => ({ report_id, year, district, street, evaluation_type, budget_wan, actual_wan, score, grade, synthetic, title });

/** id, year, district, street, type, budget, actual, score, grade, synthetic, title */
const REPORT_CORE: R[] = [
	r('r1', 2022, '海珠区', '海幢街道', '单位自评', 100, 90, 92, '优', false, '海幢街道党建工作经费绩效自评报告'),
	r('r2', 2023, '海珠区', '海幢街道', '部门评价', 50, 50, 85, '良', false, '海幢街道党建经费部门评价报告'),
	r('r3', 2023, '海珠区', '南华西街道', '单位自评', 40, null, 78, '中', true, '南华西街道党群服务中心经费自评'),
	r('r4', 2022, '白云区', '石门街道', '单位自评', 200, 150, 55, '差', true, '石门街道党建经费自评'),
	r('r5', 2023, '白云区', null, '财政评价', 80, 80, 95, '优', false, '白云区直属机关工委财政评价'),
	r('r6', 2023, '白云区', '石门街道', null, null, 10, null, null, true, '石门街道慰问经费'),
	r('r7', null, null, null, '单位自评', 30, 15, 70, '中', true, '无地点报告'),
	r('r8', 2022, '海珠区', '海幢街道', '部门评价', 60, 30, 88, '良', false, '海幢街道2022部门评价'),
	r('r9', 2023, "O'Brien区", null, '单位自评', 10, 10, 60, '中', true, "50%_完成'测试")
];

/** Full reports rows (columns not used by the tests get plain values). */
export const REPORTS: ReportRow[] = REPORT_CORE.map((c) => ({
	source_file: `${c.report_id}.txt`,
	province: '广东省',
	city: '广州市',
	division_code: null,
	unit: c.street ?? c.district,
	unit_level: c.street ? 'street' : 'district',
	project_name: '党建工作经费',
	execution_rate: c.budget_wan != null && c.actual_wan != null ? c.actual_wan / c.budget_wan : null,
	execution_rate_stated: null,
	grade_basis: c.grade ? 'stated' : null,
	party_orgs: null,
	party_members: null,
	warnings: null,
	...c
}));

const ind = (
	report_id: string,
	seq: number,
	level1: string,
	level2: string,
	name: string,
	target_value: number | null,
	actual_value: number | null,
	achieved: boolean | null
): IndicatorRow => ({
	report_id,
	seq,
	level1,
	level2,
	name,
	target_text: target_value == null ? null : String(target_value),
	target_value,
	actual_text: actual_value == null ? null : String(actual_value),
	actual_value,
	unit: null,
	weight: null,
	points: null,
	achieved,
	origin: 'table',
	evidence_start: null,
	evidence_end: null
});

export const INDICATORS: IndicatorRow[] = [
	ind('r1', 1, '产出', '数量', '慰问覆盖率', 0.9, 0.95, true),
	ind('r1', 2, '产出', '质量', '三会一课召开次数', 8, 6, false),
	ind('r1', 3, '满意度', '服务对象满意度', '群众满意度', null, null, null),
	ind('r2', 1, '产出', '数量', '慰问覆盖率', 0.9, 1, true),
	ind('r2', 2, '效益', '社会效益', '宣传覆盖', null, null, null),
	ind('r4', 1, '产出', '数量', '慰问覆盖率', 0.9, 0.8, false),
	ind('r9', 1, '产出', '数量', "O'Brien指标", 1, 1, true)
];

const fnd = (report_id: string, seq: number, kind: FindingRow['kind'], theme: string, text: string): FindingRow => ({
	report_id,
	seq,
	kind,
	theme,
	text,
	evidence_start: 0,
	evidence_end: 4
});

export const FINDINGS: FindingRow[] = [
	fnd('r1', 1, '问题', '培训教育', '培训次数不足'),
	fnd('r1', 2, '建议', '培训教育', '加强培训'),
	fnd('r1', 3, '问题', '资金管理', '资金支付滞后'),
	fnd('r2', 1, '问题', '培训教育', '培训形式单一'),
	fnd('r4', 1, '问题', '资金管理', '预算执行率偏低'),
	fnd('r4', 2, '经验', '阵地建设', '党群服务中心'),
	fnd('r9', 1, '问题', '其他', "It's 'quoted'")
];

export const EXPENDITURES: ExpenditureRow[] = [
	{ report_id: 'r1', seq: 1, item: '慰问品', amount_yuan: 600000, evidence_start: 1, evidence_end: 9 },
	{ report_id: 'r1', seq: 2, item: '培训', amount_yuan: 300000, evidence_start: 10, evidence_end: 20 }
];

export const SOURCES: SourceRow[] = REPORTS.map((x, i) => ({
	report_id: x.report_id,
	source_file: x.source_file,
	sha256: 'ab'.repeat(32),
	text: `${x.title}。正文`,
	source_url: i === 0 ? 'https://www.gz.gov.cn/example/r1.html' : null
}));

export const DIVISIONS: DivisionRow[] = [
	{ code: '440100', name: '广州市', level: 'city', parent_code: null },
	{ code: '440105', name: '海珠区', level: 'district', parent_code: '440100' },
	{ code: '440111', name: '白云区', level: 'district', parent_code: '440100' }
];

const CHECKS: CheckRow[] = [
	{ report_id: 'r1', seq: 1, field: 'score', severity: 'info', code: 'score_missing', reason: '未找到综合得分 (overall score not found)' },
	{ report_id: 'r6', seq: 1, field: 'budget_wan', severity: 'warning', code: 'budget_missing', reason: '未找到预算数 (budget not found)' },
	{ report_id: 'r6', seq: 2, field: 'place', severity: 'warning', code: 'place_ambiguous', reason: '地名有多个可能 (ambiguous place)' },
	{ report_id: 'r4', seq: 1, field: 'score', severity: 'error', code: 'out_of_range', reason: '数值超出合理范围 (outside sense): 150' },
	{ report_id: 'r5', seq: 1, field: 'execution_rate', severity: 'warning', code: 'rate_mismatch', reason: '执行率不一致 (rates differ)' }
];

const EVIDENCE: EvidenceRow[] = [{ report_id: 'r1', field: 'budget_wan', evidence_start: 1, evidence_end: 9 }];

const ROWS: Record<TableName, object[]> = {
	reports: REPORTS,
	indicators: INDICATORS,
	expenditures: EXPENDITURES,
	findings: FINDINGS,
	sources: SOURCES,
	divisions: DIVISIONS,
	checks: CHECKS,
	evidence: EVIDENCE,
	corrections: [
		{
			report_id: 'r1',
			field: 'score',
			old_value: '91',
			new_value: '92',
			reason: '表内总分为 92',
			reviewer: '测试',
			corrected_at: '2026-12-01T08:00:00Z',
			evidence_start: 1,
			evidence_end: 9
		}
	]
};

function literal(v: unknown): string {
	if (v === null || v === undefined) return 'NULL';
	if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
	if (typeof v === 'number') return num(v);
	return str(String(v));
}

/** INSERT statements filling `schema` (already holding the tables) with the fixture rows. */
export function fixtureInsertSql(schema = 'main'): string[] {
	return SCHEMA.map((t) => {
		const rows = ROWS[t.name] as Record<string, unknown>[];
		const values = rows.map((row) => `(${t.columns.map((c) => literal(row[c.name])).join(', ')})`).join(', ');
		return `INSERT INTO ${schema}.${ident(t.name)} VALUES ${values}`;
	});
}

/** Writes the fixture as dir/dataset.duckdb and dir/{table}.parquet with native DuckDB. */
export async function writeFixture(dir: string, attachOptions = ''): Promise<void> {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const inst = await DuckDBInstance.create(':memory:');
	const conn = await inst.connect();
	const file = join(dir, 'dataset.duckdb');
	await conn.run(`ATTACH ${str(file)} AS out${attachOptions ? ` (${attachOptions})` : ''}`);
	for (const t of TABLES) await conn.run(createTableSql(t, `out.main.${ident(t)}`));
	for (const s of fixtureInsertSql('out.main')) await conn.run(s);
	for (const t of TABLES) await conn.run(`COPY out.main.${ident(t)} TO ${str(join(dir, `${t}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`);
	await conn.run('DETACH out');
	conn.closeSync();
	inst.closeSync();
}

/**
 * For the enclosing suite: the fixture written to a temporary folder named after `name`, native DuckDB open on
 * it (dataset.duckdb) before the tests, closed and the folder removed after. Call `db()` inside a test.
 */
export function fixtureDatabase(name: string): () => Connector {
	const dir = join(tmpdir(), `${name}-${process.pid}`);
	let db: Connector | undefined;
	beforeAll(async () => {
		await writeFixture(dir);
		db = await openNodeConnector(dir);
	});
	afterAll(async () => {
		await db?.close();
		rmSync(dir, { recursive: true, force: true });
	});
	return () => {
		if (!db) throw new Error('fixtureDatabase: not open yet (call db() inside a test)');
		return db;
	};
}
