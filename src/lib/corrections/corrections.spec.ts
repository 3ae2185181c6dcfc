import { describe, expect, it } from 'vitest';
import { applyCorrections, correctionsCsv, parseCorrections, type Correction } from './corrections';
import type { IndicatorRow, ReportRow } from '../ingest/types';

const HEADER = 'report_id,field,old_value,new_value,reason,reviewer,corrected_at';

function report(over: Partial<ReportRow> = {}): ReportRow {
	return {
		report_id: 'aaaa000000000001',
		source_file: 'a.txt',
		title: '某镇2023年度项目绩效自评报告',
		year: 2023,
		province: '安徽省',
		city: '合肥市',
		district: '肥西县',
		street: null,
		division_code: '340123',
		unit: '肥西县某局',
		unit_level: 'district',
		project_name: '道路养护',
		evaluation_type: '单位自评',
		budget_wan: 100,
		actual_wan: 90,
		execution_rate: 0.9,
		execution_rate_stated: null,
		score: 85,
		grade: '良',
		grade_basis: 'score',
		party_orgs: null,
		party_members: null,
		synthetic: false,
		warnings: null,
		...over
	};
}
const ind: IndicatorRow = {
	report_id: 'aaaa000000000001',
	seq: 2,
	level1: '产出',
	level2: '数量',
	name: '养护里程',
	target_text: '≥100公里',
	target_value: 100,
	actual_text: '96公里',
	actual_value: 96,
	unit: '公里',
	weight: 10,
	points: 8,
	achieved: false,
	origin: 'table',
	evidence_start: 10,
	evidence_end: 20
};

describe('parseCorrections', () => {
	it('reads the file the browser exports (BOM, CRLF, quotes, extra columns, evidence offsets)', () => {
		const text =
			'\uFEFF' +
			HEADER +
			',evidence_start,evidence_end,note\r\naaaa000000000001,budget_wan,100,120,"表中全年预算数为 120, 非 100",王芳,2026-12-01T08:00:00Z,40,52,x\r\n';
		const { rows, problems } = parseCorrections(text);
		expect(problems).toEqual([]);
		expect(rows[0]).toMatchObject({
			report_id: 'aaaa000000000001',
			field: 'budget_wan',
			old_value: '100',
			new_value: '120',
			reason: '表中全年预算数为 120, 非 100',
			reviewer: '王芳',
			evidence_start: 40,
			evidence_end: 52,
			line: 2
		});
	});
	const bad: [string, string, RegExp][] = [
		['an unknown field', 'r,colour,,红,,,', /unknown field "colour"/],
		['a derived field', 'r,execution_rate,0.9,0.95,,,', /unknown field "execution_rate"/],
		['a value of the wrong type', 'r,budget_wan,100,一百,,,', /not a number/],
		['a value outside sense', 'r,score,85,150,,,', /between 0 and 100/],
		['a grade that is none', 'r,grade,良,A,,,', /优, 良, 中 or 差/],
		['an empty report_id', ',score,85,86,,,', /report_id is empty/],
		['a duplicate', 'r,score,85,86,,,\nr,score,85,87,,,', /4: duplicate of line 3/]
	];
	it.each(bad)('names %s with its line, keeps the good rows', (_n, body, re) => {
		const { rows, problems } = parseCorrections(`${HEADER}\nr,year,2023,2022,,,\n${body}\n`);
		expect(problems.map((p) => `${p.line}: ${p.en}`).join('; ')).toMatch(re);
		expect(rows.some((r) => r.field === 'year')).toBe(true);
	});
	it('refuses a file without the required header', () => {
		expect(parseCorrections('id,value\n1,2\n').problems[0].en).toMatch(/missing columns: report_id, field, new_value/);
	});
});

describe('applyCorrections', () => {
	const c = (field: string, old_value: string, new_value: string, report_id = 'aaaa000000000001'): Correction => ({
		report_id,
		field,
		old_value,
		new_value,
		reason: '',
		reviewer: '审核员',
		corrected_at: '2026-12-01T08:00:00Z',
		line: 2
	});
	it('applies a budget and recomputes the rate; a score and recomputes a score-based grade', () => {
		const r = report();
		const { applied, refused } = applyCorrections([c('budget_wan', '100', '120'), c('score', '85', '91')], [r]);
		expect(refused).toEqual([]);
		expect([r.budget_wan, r.execution_rate, r.score, r.grade, r.grade_basis]).toEqual([120, 0.75, 91, '优', 'score']);
		expect(applied.map((a) => [a.field, a.old_value, a.new_value, a.reviewer])).toEqual([
			['budget_wan', '100', '120', '审核员'],
			['score', '85', '91', '审核员']
		]);
	});
	it('fills a NULL (empty old value) and corrects an indicator', () => {
		const r = report({ execution_rate_stated: null });
		const i = { ...ind };
		const { refused } = applyCorrections([c('execution_rate_stated', '', '0.9'), c('indicators.2.actual_value', '96', '101')], [r], [i]);
		expect(refused).toEqual([]);
		expect([r.execution_rate_stated, i.actual_value]).toEqual([0.9, 101]);
	});
	it('never applies a correction whose report changed: id gone, or the old value is no longer the value', () => {
		const r = report({ budget_wan: 110 });
		const { applied, refused } = applyCorrections(
			[c('budget_wan', '100', '120'), c('score', '85', '90', 'ffff000000000000'), c('indicators.9.points', '8', '9')],
			[r],
			[ind]
		);
		expect(applied).toEqual([]);
		expect(r.budget_wan).toBe(110);
		expect(refused.map((p) => p.en)).toEqual([
			'budget_wan is now "110", not the correction\'s old value "100": not applied',
			'report ffff000000000000 is not in the data (the report may have changed)',
			'report aaaa000000000001 has no indicator 9'
		]);
	});
	it('round-trips through the exported file, formula-looking text neutralised', () => {
		const rows = [{ ...c('unit', '肥西县某局', '=HYPERLINK("x")'), reason: '含逗号, 与"引号"' }];
		const back = parseCorrections(correctionsCsv(rows)).rows[0];
		expect([back.new_value, back.reason]).toEqual(['=HYPERLINK("x")', '含逗号, 与"引号"']);
		expect(correctionsCsv(rows)).toContain(`"'=HYPERLINK(""x"")"`);
	});
});
