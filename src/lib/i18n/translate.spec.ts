import { describe, expect, it } from 'vitest';
import { en, zh } from './messages';
import { localeFromSearch, translate, translateValue } from './translate';

describe('translate', () => {
	it('has an English string for every Chinese key and no empty strings', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
		for (const [k, v] of Object.entries(en)) expect(v, k).not.toBe('');
	});
	const cases: [Parameters<typeof translate>, string][] = [
		[['zh', 'nav.overview'], '概览'],
		[['en', 'nav.overview'], 'Overview'],
		[['zh', 'kpi.synthetic', { n: 3 }], '其中示范 3 份'],
		[['en', 'table.sortBy', { col: 'Year' }], 'Sort by Year'],
		[['en', 'kpi.synthetic', {}], '{n} synthetic']
	];
	it.each(cases)('%j → %s', (args, expected) => expect(translate(...args)).toBe(expected));
	it('translates data values only in English', () => {
		expect(translateValue('en', '优')).toBe('Excellent');
		expect(translateValue('zh', '优')).toBe('优');
		expect(translateValue('en', '海珠区')).toBe('海珠区');
		expect(translateValue('en', null)).toBe('—');
	});
	it('reads the locale from the query', () => {
		expect(localeFromSearch(new URLSearchParams('lang=en'))).toBe('en');
		expect(localeFromSearch(new URLSearchParams('lang=fr'))).toBe('zh');
		expect(localeFromSearch(new URLSearchParams(''))).toBe('zh');
	});
});
