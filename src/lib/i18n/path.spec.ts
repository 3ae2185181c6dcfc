import { describe, expect, it } from 'vitest';
import { localeFromPath, localisePath, stripLocale } from './path';

describe('language in the path', () => {
	it.each([
		['/', 'zh'],
		['/en', 'en'],
		['/en/', 'en'],
		['/en/districts/白云区', 'en'],
		['/english', 'zh'],
		['/districts/en', 'zh'],
		['/enx/a', 'zh']
	] as const)('localeFromPath(%s) = %s', (p, l) => expect(localeFromPath(p)).toBe(l));

	it.each([
		['/en', '/'],
		['/en/', '/'],
		['/en/reports/abc', '/reports/abc'],
		['/reports/abc', '/reports/abc'],
		['/english', '/english'],
		['/', '/']
	])('stripLocale(%s) = %s', (p, out) => expect(stripLocale(p)).toBe(out));

	it.each([
		['/', 'en', '/en'],
		['/', 'zh', '/'],
		['/districts', 'en', '/en/districts'],
		['/en/districts', 'en', '/en/districts'],
		['/en/districts', 'zh', '/districts'],
		['/en', 'zh', '/'],
		['/streets/%E6%96%B0', 'en', '/en/streets/%E6%96%B0']
	] as const)('localisePath(%s, %s) = %s', (p, l, out) => expect(localisePath(p, l)).toBe(out));

	it('round-trips every path through both locales', () => {
		for (const p of ['/', '/sql', '/districts/越秀区', '/en/x']) {
			const bare = stripLocale(p);
			expect(stripLocale(localisePath(bare, 'en'))).toBe(bare);
			expect(localeFromPath(localisePath(bare, 'en'))).toBe('en');
			expect(localisePath(localisePath(bare, 'en'), 'zh')).toBe(bare);
		}
	});
});
