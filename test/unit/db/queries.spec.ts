/**
 * Every builder run on real native DuckDB over the fixture (fixture.ts). Expected numbers are worked
 * out by hand from the fixture rows; the arithmetic is in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { openNodeConnector } from '../../../src/lib/db/node';
import type { Connector } from '../../../src/lib/db/connector';
import * as q from '../../../src/lib/queries/index';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/queries/filters';
import { writeFixture } from './fixture';
import { realReportsQuery, type RealReportRow } from '../../../src/lib/public/queries';

const dir = join(tmpdir(), `e-queries-${process.pid}`);
const F = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
const INJECTION = "'; DROP TABLE reports; --";

beforeAll(() => writeFixture(dir));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const source of ['duckdb', 'parquet'] as const) {
	describe(`builders on native DuckDB (${source})`, () => {
		let db: Connector;
		beforeAll(async () => {
			db = await openNodeConnector(dir, { source });
		});
		afterAll(async () => db?.close());

		it('realReportsQuery: the real reports only, with the published address where the manifest gave one', async () => {
			const rows = await db.query<RealReportRow>(realReportsQuery());
			expect(rows.map((r) => r.report_id).sort()).toEqual(['r1', 'r2', 'r5', 'r8']); // synthetic: r3 r4 r6 r7 r9
			expect(rows.filter((r) => r.source_url).map((r) => [r.report_id, r.source_url])).toEqual([['r1', 'https://www.gz.gov.cn/example/r1.html']]);
		});

		it('kpiQuery: all reports', async () => {
			const [k] = await db.query<q.KpiRow>(q.kpiQuery(F()));
			expect(k.reports).toBe(9);
			expect(k.synthetic_reports).toBe(5); // r3 r4 r6 r7 r9
			expect(k.budget_wan).toBe(570); // 100+50+40+200+80+30+60+10 (r6 has none)
			expect(k.actual_wan).toBe(435); // 90+50+150+80+10+15+30+10 (r3 has none)
			expect(k.execution_rate).toBeCloseTo(425 / 530, 12); // both known: r1 r2 r4 r5 r7 r8 r9
			expect(k.mean_score).toBeCloseTo(623 / 8, 12); // 92+85+78+55+95+70+88+60
			expect(k.scored_reports).toBe(8);
		});

		it.each([
			// filters, reports, budget, actual, rate, mean score
			[{ district: '海珠区' }, 4, 250, 170, 170 / 210, 343 / 4],
			[{ source: 'real' as const }, 4, 290, 250, 250 / 290, 90],
			[{ source: 'synthetic' as const }, 5, 280, 185, 175 / 240, 263 / 4], // r3 r4 r6 r7 r9; both known r4 r7 r9: 175/240
			[{ yearFrom: 2023, yearTo: 2023 }, 5, 180, 150, 1, 318 / 4],
			[{ yearFrom: 2023 }, 5, 180, 150, 1, 318 / 4],
			[{ yearTo: 2022 }, 3, 360, 270, 0.75, 235 / 3],
			[{ district: '白云区', street: '石门街道' }, 2, 200, 160, 0.75, 55],
			[{ evaluationType: '单位自评' }, 5, 380, 265, 265 / 340, 355 / 5], // r1 r3 r4 r7 r9
			[{ grade: '优' }, 2, 180, 170, 170 / 180, 93.5],
			[{ district: "O'Brien区" }, 1, 10, 10, 1, 60]
		])('kpiQuery %j', async (over, reports, budget, actual, rate, mean) => {
			const [k] = await db.query<q.KpiRow>(q.kpiQuery(F(over)));
			expect(k.reports).toBe(reports);
			expect(k.budget_wan).toBe(budget);
			expect(k.actual_wan).toBe(actual);
			expect(k.execution_rate).toBeCloseTo(rate, 12);
			expect(k.mean_score).toBeCloseTo(mean, 12);
		});

		it('escapes quotes and injection attempts in every string filter', async () => {
			for (const over of [
				{ district: INJECTION },
				{ street: INJECTION },
				{ evaluationType: INJECTION },
				{ grade: INJECTION },
				{ district: "'" },
				{ district: "\\'" }
			]) {
				const [k] = await db.query<q.KpiRow>(q.kpiQuery(F(over)));
				expect(k.reports).toBe(0);
				expect(k.execution_rate).toBeNull();
			}
			expect(await db.query(q.reportQuery(INJECTION))).toEqual([]);
			expect(await db.query(q.reportQuery("r1' OR '1'='1"))).toEqual([]);
			expect(await db.query(q.reportsCountQuery(F(), { search: INJECTION }))).toEqual([{ n: 0 }]);
			expect(await db.query(q.findingsQuery(F(), { theme: INJECTION }))).toEqual([]);
			const [k] = await db.query<q.KpiRow>(q.kpiQuery(F()));
			expect(k.reports).toBe(9); // the table is still there
		});

		it('gradeMixQuery: 优 良 中 差 order, no null grade', async () => {
			expect(await db.query(q.gradeMixQuery(F()))).toEqual([
				{ grade: '优', n: 2 },
				{ grade: '良', n: 2 },
				{ grade: '中', n: 3 },
				{ grade: '差', n: 1 }
			]);
		});

		it('gradesByYearQuery', async () => {
			expect(await db.query(q.gradesByYearQuery(F()))).toEqual([
				{ year: 2022, grade: '优', n: 1 },
				{ year: 2022, grade: '良', n: 1 },
				{ year: 2022, grade: '差', n: 1 },
				{ year: 2023, grade: '优', n: 1 },
				{ year: 2023, grade: '良', n: 1 },
				{ year: 2023, grade: '中', n: 2 }
			]);
		});

		it('yearsQuery', async () => {
			const rows = await db.query<q.YearRow>(q.yearsQuery(F()));
			expect(rows.map((r) => [r.year, r.reports, r.budget_wan, r.actual_wan])).toEqual([
				[2022, 3, 360, 270],
				[2023, 5, 180, 150]
			]);
			expect(rows[0].execution_rate).toBeCloseTo(0.75, 12);
			expect(rows[0].mean_score).toBeCloseTo(235 / 3, 12);
			expect(rows[1].execution_rate).toBeCloseTo(1, 12); // r2 r5 r9: 140/140
			expect(rows[1].mean_score).toBeCloseTo(79.5, 12);
		});

		it('execByDistrictQuery: weighted rate per district', async () => {
			const rows = await db.query<q.ExecByDistrictRow>(q.execByDistrictQuery(F()));
			expect(rows.map((r) => [r.district, r.reports, r.budget_wan, r.actual_wan])).toEqual([
				["O'Brien区", 1, 10, 10],
				['海珠区', 4, 250, 170],
				['白云区', 3, 280, 240]
			]);
			expect(rows.map((r) => r.execution_rate)).toEqual([1, expect.closeTo(170 / 210, 12), expect.closeTo(230 / 280, 12)]);
			expect(rows.map((r) => r.mean_score)).toEqual([60, 85.75, 75]);
		});

		it('scoreBoxByDistrictQuery: continuous quartiles', async () => {
			expect(await db.query(q.scoreBoxByDistrictQuery(F()))).toEqual([
				{ district: "O'Brien区", n: 1, min: 60, q1: 60, median: 60, q3: 60, max: 60 },
				// 78 85 88 92: q1 = 78 + .75·7, median = (85+88)/2, q3 = 88 + .25·4
				{ district: '海珠区', n: 4, min: 78, q1: 83.25, median: 86.5, q3: 89, max: 92 },
				{ district: '白云区', n: 2, min: 55, q1: 65, median: 75, q3: 85, max: 95 }
			]);
		});

		it('districtYearQuery', async () => {
			const rows = await db.query<q.DistrictYearRow>(q.districtYearQuery(F()));
			expect(rows).toEqual([
				{ district: "O'Brien区", year: 2023, reports: 1, execution_rate: 1, mean_score: 60 },
				{ district: '海珠区', year: 2022, reports: 2, execution_rate: 0.75, mean_score: 90 },
				{ district: '海珠区', year: 2023, reports: 2, execution_rate: 1, mean_score: 81.5 },
				{ district: '白云区', year: 2022, reports: 1, execution_rate: 0.75, mean_score: 55 },
				{ district: '白云区', year: 2023, reports: 2, execution_rate: 1, mean_score: 95 }
			]);
		});

		it('streetsQuery', async () => {
			const rows = await db.query<q.StreetRow>(q.streetsQuery(F()));
			expect(rows.map((r) => [r.district, r.street, r.reports, r.budget_wan, r.actual_wan])).toEqual([
				['海珠区', '南华西街道', 1, 40, null],
				['海珠区', '海幢街道', 3, 210, 170],
				['白云区', '石门街道', 2, 200, 160]
			]);
			expect(rows[0].execution_rate).toBeNull();
			expect(rows[1].execution_rate).toBeCloseTo(170 / 210, 12);
			expect(rows[1].mean_score).toBeCloseTo(265 / 3, 12);
			expect(rows[2].execution_rate).toBe(0.75); // r4 only: 150/200
			expect(rows[2].mean_score).toBe(55);
		});

		it('indicatorAchievementQuery', async () => {
			const cols = (r: q.IndicatorAchievementRow) => [r.level1, r.level2, r.total, r.achieved, r.not_achieved, r.unknown];
			expect((await db.query<q.IndicatorAchievementRow>(q.indicatorAchievementQuery(F()))).map(cols)).toEqual([
				['产出', '数量', 4, 3, 1, 0],
				['产出', '质量', 1, 0, 1, 0],
				['效益', '社会效益', 1, 0, 0, 1],
				['满意度', '服务对象满意度', 1, 0, 0, 1]
			]);
			expect((await db.query<q.IndicatorAchievementRow>(q.indicatorAchievementQuery(F({ district: '白云区' })))).map(cols)).toEqual([
				['产出', '数量', 1, 0, 1, 0]
			]);
		});

		it('topIndicatorsQuery', async () => {
			const rows = await db.query<q.TopIndicatorRow>(q.topIndicatorsQuery(F(), 2));
			expect(rows).toEqual([
				{ name: '慰问覆盖率', level1: '产出', n: 3, with_target: 3, achieved_rate: expect.closeTo(2 / 3, 12) },
				{ name: "O'Brien指标", level1: '产出', n: 1, with_target: 1, achieved_rate: 1 }
			]);
			const all = await db.query<q.TopIndicatorRow>(q.topIndicatorsQuery(F()));
			expect(all).toHaveLength(5);
			expect(all.find((r) => r.name === '群众满意度')).toEqual({ name: '群众满意度', level1: '满意度', n: 1, with_target: 0, achieved_rate: null });
		});

		it('findingThemesQuery', async () => {
			expect(await db.query(q.findingThemesQuery(F()))).toEqual([
				{ theme: '培训教育', kind: '问题', n: 2, reports: 2 },
				{ theme: '资金管理', kind: '问题', n: 2, reports: 2 },
				{ theme: '其他', kind: '问题', n: 1, reports: 1 },
				{ theme: '培训教育', kind: '建议', n: 1, reports: 1 },
				{ theme: '阵地建设', kind: '经验', n: 1, reports: 1 }
			]);
		});

		it('findingThemesByDistrictYearQuery: problems only', async () => {
			expect(await db.query(q.findingThemesByDistrictYearQuery(F()))).toEqual([
				{ district: "O'Brien区", year: 2023, theme: '其他', n: 1 },
				{ district: '海珠区', year: 2022, theme: '培训教育', n: 1 },
				{ district: '海珠区', year: 2022, theme: '资金管理', n: 1 },
				{ district: '海珠区', year: 2023, theme: '培训教育', n: 1 },
				{ district: '白云区', year: 2022, theme: '资金管理', n: 1 }
			]);
		});

		it('findingsQuery: theme and kind, newest year first, quotes in text survive', async () => {
			const rows = await db.query<q.FindingListRow>(q.findingsQuery(F(), { theme: '培训教育', kind: '问题' }));
			expect(rows.map((r) => [r.report_id, r.year, r.text, r.seq])).toEqual([
				['r2', 2023, '培训形式单一', 1],
				['r1', 2022, '培训次数不足', 1]
			]);
			expect(rows[1]).toMatchObject({ district: '海珠区', street: '海幢街道', kind: '问题', theme: '培训教育', evidence_start: 0, evidence_end: 4 });
			const quoted = await db.query<q.FindingListRow>(q.findingsQuery(F({ district: "O'Brien区" })));
			expect(quoted.map((r) => r.text)).toEqual(["It's 'quoted'"]);
			expect(await db.query(q.findingsQuery(F(), { limit: 3 }))).toHaveLength(3);
		});

		it('reportsListQuery: default order, sort, paging', async () => {
			const ids = async (opts: q.ReportListOptions, f = F()) => (await db.query<q.ReportListRow>(q.reportsListQuery(f, opts))).map((r) => r.report_id);
			// year desc; within 2023 by district (O'Brien区 < 海珠区 < 白云区), street nulls last; r7 (no year) last
			expect(await ids({})).toEqual(['r9', 'r3', 'r2', 'r6', 'r5', 'r1', 'r8', 'r4', 'r7']);
			expect(await ids({ sort: 'score', dir: 'desc', limit: 3, offset: 1 })).toEqual(['r1', 'r8', 'r2']);
			expect(await ids({ sort: 'score', dir: 'asc' })).toEqual(['r4', 'r9', 'r7', 'r3', 'r2', 'r8', 'r1', 'r5', 'r6']);
			expect(await ids({ search: '海幢' })).toEqual(['r2', 'r1', 'r8']);
			expect(await ids({ search: 'r5' })).toEqual(['r5']);
			const [row] = await db.query<q.ReportListRow>(q.reportsListQuery(F({ district: '白云区', street: '石门街道', yearTo: 2022 })));
			expect(row).toEqual({
				report_id: 'r4',
				title: '石门街道党建经费自评',
				year: 2022,
				district: '白云区',
				street: '石门街道',
				unit: '石门街道',
				project_name: '党建工作经费',
				evaluation_type: '单位自评',
				budget_wan: 200,
				actual_wan: 150,
				execution_rate: 0.75,
				execution_rate_stated: null,
				score: 55,
				grade: '差',
				grade_basis: 'stated',
				synthetic: true,
				warnings: null
			});
		});

		it('reportsCountQuery: LIKE wildcards in a search are literal', async () => {
			const n = async (search: string, f = F()) => (await db.query<q.CountRow>(q.reportsCountQuery(f, { search })))[0].n;
			expect(await n('')).toBe(9);
			expect(await n('%')).toBe(1); // only r9's title has a %
			expect(await n('_')).toBe(1);
			expect(await n("50%_完成'")).toBe(1);
			expect(await n('街道')).toBe(6); // r1 r2 r3 r4 r6 r8 (title/street); r5 r7 r9 have none
			expect(await n('街道', F({ district: '海珠区' }))).toBe(4);
		});

		it('report detail queries', async () => {
			const [rep] = await db.query<q.ReportRow>(q.reportQuery('r1'));
			expect(rep).toMatchObject({ report_id: 'r1', year: 2022, budget_wan: 100, actual_wan: 90, execution_rate: 0.9, synthetic: false, party_orgs: null });
			expect((await db.query<q.IndicatorRow>(q.reportIndicatorsQuery('r1'))).map((r) => [r.seq, r.name, r.achieved])).toEqual([
				[1, '慰问覆盖率', true],
				[2, '三会一课召开次数', false],
				[3, '群众满意度', null]
			]);
			expect((await db.query<q.ExpenditureRow>(q.reportExpendituresQuery('r1'))).map((r) => r.amount_yuan)).toEqual([600000, 300000]);
			expect((await db.query<q.FindingRow>(q.reportFindingsQuery('r1'))).map((r) => r.kind)).toEqual(['问题', '建议', '问题']);
			expect(await db.query(q.reportSourceQuery('r9'))).toEqual([
				{ report_id: 'r9', source_file: 'r9.txt', sha256: 'ab'.repeat(32), text: "50%_完成'测试。正文", source_url: null }
			]);
			expect(await db.query(q.reportExpendituresQuery('r2'))).toEqual([]);
		});

		it('evaluationComparisonQuery: paired places only, ignores the evaluationType filter', async () => {
			const paired = [{ district: '海珠区', street: '海幢街道', year: 2022, self_score: 92, dept_score: 88, finance_score: null }];
			expect(await db.query(q.evaluationComparisonQuery(F()))).toEqual(paired);
			expect(await db.query(q.evaluationComparisonQuery(F({ evaluationType: '单位自评' })))).toEqual(paired);
			expect(await db.query(q.evaluationComparisonQuery(F({ yearFrom: 2023 })))).toEqual([]);
			// unpaired: every (district, street, year) with a typed score: r1+r8, r2, r3, r4, r5, r9
			expect(await db.query(q.evaluationComparisonQuery(F(), { pairedOnly: false }))).toHaveLength(6);
		});

		it('filterOptionsQuery', async () => {
			expect(await db.query(q.filterOptionsQuery())).toEqual([
				{ kind: 'district', value: "O'Brien区", parent: null },
				{ kind: 'district', value: '海珠区', parent: null },
				{ kind: 'district', value: '白云区', parent: null },
				{ kind: 'street', value: '南华西街道', parent: '海珠区' },
				{ kind: 'street', value: '海幢街道', parent: '海珠区' },
				{ kind: 'street', value: '石门街道', parent: '白云区' },
				{ kind: 'year', value: '2022', parent: null },
				{ kind: 'year', value: '2023', parent: null },
				{ kind: 'evaluation_type', value: '单位自评', parent: null },
				{ kind: 'evaluation_type', value: '财政评价', parent: null },
				{ kind: 'evaluation_type', value: '部门评价', parent: null },
				{ kind: 'grade', value: '优', parent: null },
				{ kind: 'grade', value: '良', parent: null },
				{ kind: 'grade', value: '中', parent: null },
				{ kind: 'grade', value: '差', parent: null }
			]);
		});
	});
}
