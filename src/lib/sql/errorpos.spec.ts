import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { errorOffset, errorPosition, errorSummary, lineColumn, renderWidth } from './errorpos';
import { splitStatements } from './lexer';

describe('errorOffset on DuckDB messages', () => {
	it.each([
		['LINE 1 caret', 'Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^', 'SELEC 1', 0],
		[
			'caret after wide characters',
			"Binder Error: x\n\nLINE 1: SELECT '海珠区' AS x, nosuch FROM r\n                                ^",
			"SELECT '海珠区' AS x, nosuch FROM r",
			21
		],
		['line 3', 'Binder Error: x\n\nLINE 3:   nosuch\n          ^', 'SELECT\n  a,\n  nosuch\nFROM r', 14],
		['windowed long line', 'Binder Error: x\n\nLINE 1: ...b, c, nosuch, d...\n                 ^', 'SELECT a, b, c, nosuch, d, e FROM r', 16],
		['end of input', 'Parser Error: syntax error at end of input', 'SELECT 1 +  ', 10],
		[
			'WASM JSON error with position',
			'{"exception_type":"Parser","exception_message":"syntax error at or near \\"year\\"\\n\\nLINE 3: WHER year = 2022\\n             ^","error_subtype":"SYNTAX_ERROR","position":"27"}',
			'SELECT *\nFROM reports\nWHER year = 2022',
			27
		],
		[
			'WASM JSON error without position',
			'Error: {"exception_type":"Binder","exception_message":"Referenced column \\"nosuch\\" not found\\n\\nLINE 2:   nosuch\\n          ^"}',
			'SELECT\n  nosuch',
			9
		],
		['WASM JSON error, position only', '{"exception_type":"Parser","exception_message":"syntax error at or near \\"x\\"","position":"7"}', 'SELECT x y z', 7],
		['no position', 'Catalog Error: Table with name t does not exist!', 'SELECT * FROM t', null]
	] as [string, string, string, number | null][])('%s', (_, message, stmt, expected) => expect(errorOffset(message, stmt)).toBe(expected));

	it('widths', () => {
		expect(['a', '海', '，', '、', 'é'].map(renderWidth)).toEqual([1, 2, 2, 2, 1]);
		expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
	});

	it('summary of a WASM JSON error', () => {
		expect(
			errorSummary(
				'{"exception_type":"Parser","exception_message":"syntax error at or near \\"year\\"\\n\\nLINE 3: WHER year = 2022\\n             ^","position":"27"}'
			)
		).toBe('Parser Error: syntax error at or near "year"');
	});

	it('summary drops the excerpt', () => {
		expect(errorSummary('Parser Error: syntax error at or near "SELEC"\n\nLINE 1: SELEC 1\n        ^')).toBe('Parser Error: syntax error at or near "SELEC"');
	});
});

describe('errorPosition against native DuckDB', () => {
	let inst: DuckDBInstance;
	let conn: DuckDBConnection;
	beforeAll(async () => {
		inst = await DuckDBInstance.create(':memory:');
		conn = await inst.connect();
		await conn.run('CREATE TABLE reports (district VARCHAR, street VARCHAR, year INTEGER)');
	});
	afterAll(() => {
		conn.closeSync();
		inst.closeSync();
	});

	const long = `SELECT ${Array.from({ length: 20 }, () => 'district, street').join(', ')}, nosuch, year FROM reports`;
	it.each([
		['first statement', 'SELEC district FROM reports', 'SELEC', 1, 1],
		['second statement, third line', "SELECT 1;\n-- the district list\nSELECT district,\n  '海珠区，白云区' || nosuch\nFROM reports", 'nosuch', 4, 16],
		['missing table', 'SELECT 1;\n  SELECT * FROM nosuchtable', 'nosuchtable', 2, 17],
		['long line', long, 'nosuch', 1, long.indexOf('nosuch') + 1],
		['indented start', '\n\n    SELECT district FROM reports WHERE nosuch = 1', 'nosuch', 3, 40]
	] as [string, string, string, number, number][])('%s', async (_, doc, token, line, column) => {
		const stmts = splitStatements(doc);
		const s = stmts[stmts.length - 1];
		let message = '';
		try {
			await conn.run(s.text);
		} catch (e) {
			message = (e as Error).message;
		}
		expect(message).not.toBe('');
		const p = errorPosition(message, doc, s.from, s.text);
		expect(p).not.toBeNull();
		expect(doc.slice(p!.from, p!.to)).toBe(token);
		expect([p!.line, p!.column]).toEqual([line, column]);
	});
});
