import { describe, expect, it } from 'vitest';
import { splitStatements, statementAt, tokenize } from './lexer';

describe('tokenize', () => {
	it.each([
		[
			'SELECT \'a;b\' -- c\n, "x y"',
			[
				['word', 'select'],
				['string', 'a;b'],
				['punct', ','],
				['quoted', 'x y']
			]
		],
		[
			"e'it\\'s' $$x$$ $q$y$q$ $1",
			[
				['string', "it's"],
				['string', 'x'],
				['string', 'y'],
				['param', '$1']
			]
		],
		['/* a /* b */ c */ 1.5e3', [['number', '1.5e3']]],
		[
			'街道 = 1',
			[
				['word', '街道'],
				['punct', '='],
				['number', '1']
			]
		]
	] as [string, [string, string][]][])('%s', (sql, expected) => {
		expect(tokenize(sql).map((t) => [t.kind, t.value])).toEqual(expected);
	});
});

describe('splitStatements / statementAt', () => {
	const sql = "SELECT 1;\n\nSELECT ';' AS s;  -- trailing ; comment\nSELECT 3";
	it('splits at top-level semicolons only', () => {
		expect(splitStatements(sql).map((s) => s.text)).toEqual(['SELECT 1', "SELECT ';' AS s", 'SELECT 3']);
	});
	it.each([
		[0, 'SELECT 1'],
		[8, 'SELECT 1'],
		[9, 'SELECT 1'],
		[12, "SELECT ';' AS s"],
		[sql.indexOf('trailing'), "SELECT ';' AS s"],
		[sql.length, 'SELECT 3']
	])('cursor at %i → %s', (pos, text) => expect(statementAt(sql, pos)?.text).toBe(text));
	it('finds nothing in comments only', () => expect(statementAt('-- x\n/* y */', 3)).toBeNull());
});
