import { describe, expect, it } from 'vitest';
import { en, VALUE_EN, zh } from './messages';
import { LEVEL2_PARENT } from '../ingest/levels';
import { THEMES } from '../ingest/findings';
import { BENEFIT_INDICATORS, OUTPUT_INDICATORS, PROCESS_INDICATORS, SATISFACTION_INDICATORS } from '../../tools/demo/banks';
import { localeFromSearch, placeholders, translate, translateValue } from './translate';

describe('translate', () => {
	it('uses the same placeholders in both languages (a plural counts as its placeholder)', () => {
		for (const k of Object.keys(zh) as (keyof typeof zh)[]) expect(placeholders(en[k]), k).toEqual(placeholders(zh[k]));
		expect(placeholders('{n} {n, plural, one {report} other {reports}} in {year}')).toEqual(['n', 'year']);
	});
	it('has an English string for every Chinese key and no empty strings', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
		for (const [k, v] of Object.entries(en)) expect(v, k).not.toBe('');
	});
	const cases: [Parameters<typeof translate>, string][] = [
		[['zh', 'nav.overview'], '概览'],
		[['en', 'nav.overview'], 'Overview'],
		[['zh', 'kpi.synthetic', { n: 3 }], '其中示范 3 份'],
		[['en', 'table.sortBy', { col: 'Year' }], 'Sort by Year'],
		[['en', 'kpi.synthetic', {}], '{n} synthetic'],
		// English plurals by the number, also when it arrives formatted (seen: "1 reports scored")
		[['en', 'kpi.scored', { n: '1' }], '1 report scored'],
		[['en', 'kpi.scored', { n: 2 }], '2 reports scored'],
		[['en', 'kpi.scored', { n: '1,001' }], '1,001 reports scored'],
		[['en', 'kpi.scored', { n: 0 }], '0 reports scored'],
		[['en', 'summary.scores', { n: '1', mean: '99.5' }], '1 report gives an evaluation score, averaging 99.5 out of 100.'],
		[
			['en', 'summary.overall', { n: '305', districts: '1', years: '2019–2025' }],
			'This site holds 305 budget performance evaluation reports from 1 district, covering 2019–2025.'
		],
		[['en', 'kpi.scored', {}], '{n} {n, plural, one {report} other {reports}} scored'], // a missing parameter stays visible
		[['zh', 'kpi.scored', { n: '1' }], '1 份有评分']
	];
	it.each(cases)('%j → %s', (args, expected) => expect(translate(...args)).toBe(expected));
	// One lookup for every message, plurals by Intl.PluralRules: 1 → one, 0 and 2 → other; Chinese has one form.
	const plurals: [Parameters<typeof translate>[0], number | string, string][] = [
		['en', 0, '0 reports'],
		['en', 1, '1 report'],
		['en', 2, '2 reports'],
		['en', '1,001', '1,001 reports'],
		['zh', 0, '共 0 份报告'],
		['zh', 1, '共 1 份报告'],
		['zh', 2, '共 2 份报告']
	];
	it.each(plurals)('%s, page.reports.count, n = %j → %s', (locale, n, expected) => expect(translate(locale, 'page.reports.count', { n })).toBe(expected));
	it('a message of the data page (once its own table and lookup) is looked up like any other', () => {
		expect(translate('en', 'file.more', { n: 3 })).toBe('3 more not listed');
		expect(translate('zh', 'file.more', { n: 3 })).toBe('另有 3 条未列出');
	});
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

describe('data values in English', () => {
	it('every indicator level the extractor or the demo corpus can produce has an English label', () => {
		const bank = [...OUTPUT_INDICATORS, ...BENEFIT_INDICATORS, ...SATISFACTION_INDICATORS, ...PROCESS_INDICATORS];
		const levels = new Set([...Object.keys(LEVEL2_PARENT), ...Object.values(LEVEL2_PARENT), ...bank.flatMap((s) => [s.level1, s.level2])]);
		expect([...levels].filter((v) => !(v in VALUE_EN))).toEqual([]);
	});
	it('every finding theme, kind, grade and evaluation type has an English label', () => {
		const values = [...THEMES.map(([theme]) => theme), '其他', '问题', '建议', '经验', '优', '良', '中', '差', '单位自评', '部门评价', '财政评价'];
		expect(values.filter((v) => !(v in VALUE_EN))).toEqual([]);
	});
});
