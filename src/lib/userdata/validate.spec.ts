import { latestYear } from '../schema/ranges';
import { describe, expect, it } from 'vitest';
import { tableSpec } from '../schema/tables';
import { coerceCell, detectTable, validateRows } from './validate';

const col = (t: 'reports' | 'indicators' | 'findings', name: string) => tableSpec(t).columns.find((c) => c.name === name)!;

describe('coerceCell', () => {
	// [table, column, raw, expected value | error substring]
	const cases: [string, string, unknown, unknown][] = [
		['reports', 'year', '2022', 2022],
		['reports', 'year', ' 2022 ', 2022],
		['reports', 'year', '1999', `year must be between 2000 and ${latestYear()}`],
		['reports', 'year', '2099', `year must be between 2000 and ${latestYear()}`],
		['reports', 'year', String(latestYear() + 1), `year must be between 2000 and ${latestYear()}`],
		['reports', 'budget_wan', '1e23', 'amount above'],
		['reports', 'year', '2022.5', 'not an integer'],
		['reports', 'year', '二〇二二', 'not an integer'],
		['reports', 'year', '', null],
		['reports', 'budget_wan', '1,234.5', 1234.5],
		['reports', 'budget_wan', 'abc', 'not a number'],
		['reports', 'budget_wan', '-3', 'must not be negative'],
		['reports', 'execution_rate', '0.95', 0.95],
		['reports', 'execution_rate', '95%', 0.95],
		['reports', 'execution_rate', '2', 2],
		['reports', 'execution_rate', '95', 'looks like a percent, write 0.95'],
		['reports', 'execution_rate', '9000', 'looks like a percent, write 90'],
		['reports', 'execution_rate', '-0.1', 'rate must not be negative'],
		['reports', 'budget_wan', '5%', 'percent sign is not allowed'],
		['reports', 'score', '100', 100],
		['reports', 'score', '100.5', 'score must be between 0 and 100'],
		['reports', 'score', 88, 88],
		['reports', 'grade', '优', '优'],
		['reports', 'grade', 'A', 'must be one of 优, 良, 中, 差'],
		['reports', 'synthetic', 'TRUE', true],
		['reports', 'synthetic', '否', false],
		['reports', 'synthetic', 'maybe', 'not a boolean'],
		['reports', 'synthetic', '', 'required value is missing'],
		['reports', 'report_id', '', 'required value is missing'],
		['reports', 'evaluation_type', '自评', 'must be one of 单位自评'],
		['indicators', 'origin', 'grid', 'must be one of table, narrative'],
		['indicators', 'seq', 3n, 3],
		['findings', 'kind', '问题', '问题']
	];
	it.each(cases)('%s.%s %s', (t, c, raw, expected) => {
		const r = coerceCell(t as 'reports', col(t as 'reports', c), raw);
		if (typeof expected === 'string' && !r.ok) expect(r.en).toContain(expected);
		else {
			expect(r.ok, JSON.stringify(r)).toBe(true);
			if (r.ok) expect(r.value).toBe(expected);
		}
	});
});

describe('detectTable', () => {
	const cases: [string, string[], string | null][] = [
		['reports.csv', [], 'reports'],
		['my_indicators_2024.csv', [], 'indicators'],
		['data.csv', ['report_id', 'seq', 'kind', 'text', 'theme'], 'findings'],
		['data.csv', ['report_id', 'seq', 'item', 'amount_yuan'], 'expenditures'],
		['data.csv', ['report_id', 'title', 'year', 'district', 'score', 'synthetic'], 'reports'],
		['data.csv', ['a', 'b', 'c'], null]
	];
	it.each(cases)('%s %j → %s', (f, cols, t) => expect(detectTable(f, cols)).toBe(t));
});

describe('validateRows', () => {
	const header = ['report_id', 'title', 'year', 'execution_rate', 'score', 'grade', 'synthetic'];
	it('keeps good rows typed, with every schema column and defaults noted', () => {
		const v = validateRows('reports.csv', header, [['a1', 'T', '2022', '0.9', '91', '优', 'false']]);
		expect(v.fatal).toBe(false);
		expect(v.rows).toHaveLength(1);
		expect(v.rows[0]).toMatchObject({
			report_id: 'a1',
			year: 2022,
			execution_rate: 0.9,
			score: 91,
			grade: '优',
			synthetic: false,
			source_file: 'reports.csv',
			district: null
		});
		expect(Object.keys(v.rows[0])).toHaveLength(tableSpec('reports').columns.length);
		expect(v.notes.map((n) => n.en).join('|')).toContain('no source_file column');
	});
	it('lists each bad cell with its row and column, and duplicates within the file and against loaded ids', () => {
		const v = validateRows(
			'reports.csv',
			header,
			[
				['a1', 'T', '2022', '0.9', '91', '优', 'false'],
				['a2', 'T', 'x', '90', '91', '优', 'false'],
				['a1', 'T', '2022', '0.9', '91', '优', 'false'],
				['old', 'T', '2022', '0.9', '91', '优', 'false']
			],
			{ existingIds: new Set(['old']) }
		);
		expect(v.rows.map((r) => r.report_id)).toEqual(['a1']);
		expect(v.badRows).toBe(3);
		expect(v.problems.map((p) => [p.row, p.column, p.value])).toEqual([
			[3, 'year', 'x'],
			[3, 'execution_rate', '90'],
			[4, 'report_id', 'a1'],
			[5, 'report_id', 'old']
		]);
		expect(v.problems[2].en).toContain('first at row 2');
		expect(v.problems[3].en).toContain('already loaded (same report_id): nothing to load again');
	});
	it('refuses a file missing required columns, with nothing loadable', () => {
		const v = validateRows('indicators.csv', ['report_id', 'name'], [['a', 'b']]);
		expect(v.fatal).toBe(true);
		expect(v.problems[0].en).toContain('missing required columns: seq, origin');
	});
	it('reports unknown columns as notes and ragged rows as problems', () => {
		const v = validateRows(
			'findings.csv',
			['report_id', 'seq', 'kind', 'text', 'theme', 'colour'],
			[
				['a', '1', '问题', 't', '其他', 'red'],
				['a', '2', '问题']
			]
		);
		expect(v.notes.map((n) => n.en)).toContain('unknown column colour: ignored');
		expect(v.rows).toHaveLength(1);
		expect(v.problems[0]).toMatchObject({ row: 3 });
		expect(v.problems[0].en).toContain('expected 6 fields, found 3');
	});
	it('a single column means the delimiter is wrong', () => {
		const v = validateRows('reports.csv', ['report_id;title;year'], [['a;b;2022']]);
		expect(v.fatal).toBe(true);
		expect(v.problems[0].en).toContain('check the delimiter');
	});
});
