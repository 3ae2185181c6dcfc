import { describe, expect, it } from 'vitest';
import { and, containsPattern, ident, ilikeContains, int, num, str } from './sql';

describe('sql literals', () => {
	it.each([
		['plain', "'plain'"],
		["O'Brien", "'O''Brien'"],
		["'; DROP TABLE reports; --", "'''; DROP TABLE reports; --'"],
		["''", "''''''"],
		['back\\slash', "'back\\slash'"],
		['海珠区', "'海珠区'"],
		['', "''"]
	])('str(%j) → %s', (input, expected) => expect(str(input)).toBe(expected));

	it.each([
		[2023, '2023'],
		[-1.5, '-1.5'],
		[0, '0']
	])('num(%j) → %s', (input, expected) => expect(num(input)).toBe(expected));

	it.each([NaN, Infinity, -Infinity, '1; DROP TABLE x' as unknown as number])('num rejects %j', (v) => expect(() => num(v)).toThrow(RangeError));
	it.each([-1, 1.5, NaN, '5' as unknown as number])('int rejects %j', (v) => expect(() => int(v)).toThrow(RangeError));
	it('str rejects NUL and non-strings', () => {
		expect(() => str('a\u0000b')).toThrow(RangeError);
		expect(() => str(5 as unknown as string)).toThrow(TypeError);
	});

	it.each([
		['year', '"year"'],
		['a"b', '"a""b"'],
		['海珠', '"海珠"']
	])('ident(%j) → %s', (input, expected) => expect(ident(input)).toBe(expected));

	it.each([
		['50%', "'%50\\%%'"],
		['a_b', "'%a\\_b%'"],
		['c:\\x', "'%c:\\\\x%'"],
		["it's", "'%it''s%'"]
	])('containsPattern(%j) → %s', (input, expected) => expect(containsPattern(input)).toBe(expected));

	it('ilikeContains and and()', () => {
		expect(ilikeContains('r.title', '%')).toBe("r.title ILIKE '%\\%%' ESCAPE '\\'");
		expect(and([])).toBe('TRUE');
		expect(and(['a', 'b'])).toBe('a AND b');
	});
});
