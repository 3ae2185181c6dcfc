import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import { isDefault, parseFilters, serialiseFilters, withQuery } from './url';

const F = (p: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...p });

describe('parseFilters', () => {
	const cases: [string, Filters][] = [
		['', F({})],
		['district=%E6%B5%B7%E7%8F%A0%E5%8C%BA', F({ district: '海珠区' })],
		['district=海珠区&street=海幢街道&from=2021&to=2023', F({ district: '海珠区', street: '海幢街道', yearFrom: 2021, yearTo: 2023 })],
		['from=2023&to=2021', F({ yearFrom: 2021, yearTo: 2023 })],
		['from=20x1&to=1800', F({})],
		['type=单位自评&grade=优&source=real', F({ evaluationType: '单位自评', grade: '优', source: 'real' })],
		['source=bogus', F({})],
		['district=%20%20&grade=', F({})],
		['lang=en&source=synthetic', F({ source: 'synthetic' })]
	];
	it.each(cases)('%s', (q, expected) => expect(parseFilters(new URLSearchParams(q))).toEqual(expected));
});

describe('serialiseFilters', () => {
	const cases: [Filters, string][] = [
		[F({}), ''],
		[F({ district: '海珠区', yearFrom: 2022 }), 'district=%E6%B5%B7%E7%8F%A0%E5%8C%BA&from=2022'],
		[F({ source: 'real', grade: '良' }), 'grade=%E8%89%AF&source=real']
	];
	it.each(cases)('%j', (f, q) => expect(serialiseFilters(f)).toBe(q));

	it('round-trips through parse', () => {
		const f = F({ district: '白云区', street: '新市街道', yearFrom: 2020, yearTo: 2024, evaluationType: '部门评价', grade: '中', source: 'real' });
		expect(parseFilters(new URLSearchParams(serialiseFilters(f)))).toEqual(f);
	});
	it('isDefault / withQuery', () => {
		expect(isDefault(F({}))).toBe(true);
		expect(isDefault(F({ source: 'real' }))).toBe(false);
		expect(withQuery('/districts', F({}))).toBe('/districts');
		expect(withQuery('/districts', F({ source: 'real' }))).toBe('/districts?source=real');
	});
});
