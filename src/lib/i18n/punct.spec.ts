import { describe, expect, it } from 'vitest';
import { en, VALUE_EN } from './messages';
import { PUBLIC_EN } from './public';
import { USER_EN } from './userdata';
import { comma, paren } from '../format/punct';

/** Full-width punctuation that has no place in English text. */
const FULL_WIDTH = /[（）：，。；、]/;

describe('English text uses English punctuation', () => {
	const all: [string, string][] = [
		...Object.entries(en).map(([k, v]) => [`messages.${k}`, v] as [string, string]),
		...Object.entries(PUBLIC_EN).map(([k, v]) => [`public.${k}`, v] as [string, string]),
		...Object.entries(USER_EN).map(([k, v]) => [`userdata.${k}`, v] as [string, string]),
		...Object.entries(VALUE_EN).map(([k, v]) => [`value.${k}`, v] as [string, string])
	];
	it('every English string', () => expect(all.filter(([, v]) => FULL_WIDTH.test(v)).map(([k]) => k)).toEqual([]));
	it.each([
		['zh', '（3）', '，'],
		['en', ' (3)', ', ']
	] as const)('%s', (l, p, c) => {
		expect(paren('3', l)).toBe(p);
		expect(comma(l)).toBe(c);
	});
});
