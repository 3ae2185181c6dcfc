/** Exact SQL text of a few builders; test/unit/db/queries.spec.ts runs every builder on DuckDB. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, reportWhere, type Filters } from './filters';
import { gradeMixQuery, kpiQuery } from './overview';
import { reportQuery, reportsListQuery } from './reports';
import { topIndicatorsQuery } from './indicators';

const F = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
const RATE =
	'sum(r.actual_wan) FILTER (WHERE r.budget_wan IS NOT NULL AND r.actual_wan IS NOT NULL) / nullif(sum(r.budget_wan) FILTER (WHERE r.budget_wan IS NOT NULL AND r.actual_wan IS NOT NULL), 0)';

describe('reportWhere', () => {
	it.each([
		[{}, 'TRUE'],
		[{ district: '海珠区' }, "r.district = '海珠区'"],
		[{ district: "O'B", street: 'x' }, "r.district = 'O''B' AND r.street = 'x'"],
		[{ yearFrom: 2021, yearTo: 2023 }, 'r.year >= 2021 AND r.year <= 2023'],
		[{ evaluationType: '单位自评', grade: '优' }, "r.evaluation_type = '单位自评' AND r.grade = '优'"],
		[{ source: 'real' }, 'NOT r.synthetic'],
		[{ source: 'synthetic' }, 'r.synthetic'],
		[{ district: "'; DROP TABLE reports; --" }, "r.district = '''; DROP TABLE reports; --'"]
	] as [Partial<Filters>, string][])('%j → %s', (over, expected) => expect(reportWhere(F(over))).toBe(expected));

	it('rejects a non-numeric year and an unknown source', () => {
		expect(() => reportWhere(F({ yearFrom: '2020 OR 1=1' as unknown as number }))).toThrow(RangeError);
		expect(() => reportWhere(F({ source: 'x' as Filters['source'] }))).toThrow(RangeError);
	});

	it('ignores the keys it is told to', () => {
		expect(reportWhere(F({ district: 'a', evaluationType: 'b' }), 'x', ['x.y IS NOT NULL'], ['evaluationType'])).toBe("x.district = 'a' AND x.y IS NOT NULL");
	});
});

describe('exact SQL', () => {
	it('kpiQuery', () => {
		expect(kpiQuery(F({ district: '海珠区', source: 'real' }))).toBe(
			`SELECT count(*) AS reports, count(*) FILTER (WHERE r.synthetic) AS synthetic_reports, sum(r.budget_wan) AS budget_wan, sum(r.actual_wan) AS actual_wan, ${RATE} AS execution_rate, avg(r.score) AS mean_score, count(r.score) AS scored_reports FROM reports r WHERE r.district = '海珠区' AND NOT r.synthetic`
		);
	});

	it('gradeMixQuery', () => {
		expect(gradeMixQuery(F({ yearFrom: 2022 }))).toBe(
			"SELECT r.grade AS grade, count(*) AS n FROM reports r WHERE r.year >= 2022 AND r.grade IS NOT NULL GROUP BY r.grade ORDER BY CASE r.grade WHEN '优' THEN 1 WHEN '良' THEN 2 WHEN '中' THEN 3 WHEN '差' THEN 4 ELSE 5 END, r.grade"
		);
	});

	it('topIndicatorsQuery', () => {
		expect(topIndicatorsQuery(F(), 5)).toBe(
			"SELECT name, level1, count(*) AS n, count(target_value) AS with_target, count(*) FILTER (WHERE achieved) / nullif(count(achieved), 0) AS achieved_rate FROM (SELECT i.name AS name, CASE WHEN i.level1 = '满意度' OR i.level2 LIKE '%满意度%' THEN '满意度' ELSE i.level1 END AS level1, i.target_value, i.achieved FROM indicators i JOIN reports r ON r.report_id = i.report_id WHERE TRUE) GROUP BY name, level1 ORDER BY n DESC, name, level1 NULLS LAST LIMIT 5"
		);
		expect(() => topIndicatorsQuery(F(), -1)).toThrow(RangeError);
	});

	it('reportQuery and reportsListQuery', () => {
		expect(reportQuery("a' OR '1'='1")).toBe("SELECT * FROM reports WHERE report_id = 'a'' OR ''1''=''1'");
		expect(reportsListQuery(F(), { search: '50%', sort: 'score', dir: 'desc', limit: 10, offset: 20 })).toBe(
			"SELECT r.report_id, r.title, r.year, r.district, r.street, r.unit, r.project_name, r.evaluation_type, r.budget_wan, r.actual_wan, r.execution_rate, r.execution_rate_stated, r.score, r.grade, r.grade_basis, r.synthetic, r.warnings FROM reports r WHERE (r.title ILIKE '%50\\%%' ESCAPE '\\' OR r.unit ILIKE '%50\\%%' ESCAPE '\\' OR r.project_name ILIKE '%50\\%%' ESCAPE '\\' OR r.district ILIKE '%50\\%%' ESCAPE '\\' OR r.street ILIKE '%50\\%%' ESCAPE '\\' OR r.report_id ILIKE '%50\\%%' ESCAPE '\\') ORDER BY r.\"score\" DESC NULLS LAST, r.report_id LIMIT 10 OFFSET 20"
		);
		expect(() => reportsListQuery(F(), { sort: 'score; DROP TABLE reports' as 'score' })).toThrow(RangeError);
	});
});
