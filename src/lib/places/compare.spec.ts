import { describe, expect, it } from 'vitest';
import { compareSpec, extremes } from './compare';

const spec = (q: string) => compareSpec(new URLSearchParams(q));

describe('compareSpec', () => {
	it('two districts of different cities, qualified by their city', () => {
		const s = spec('district=广州市/白云区&district=贵阳市/白云区');
		expect(s.kind).toBe('place');
		expect(s.columns.map((c) => [c.name, c.parents, c.filters.places.city, c.filters.places.district])).toEqual([
			['白云区', ['广州市'], ['广州市'], ['白云区']],
			['白云区', ['贵阳市'], ['贵阳市'], ['白云区']]
		]);
	});

	it('a shared parent frames every column; years and grades filter each', () => {
		const s = spec('city=广州市&district=海珠区,白云区&year=2023&grade=优&grade=良');
		expect(s.columns.map((c) => [c.name, c.filters.places.city, c.filters.years, c.filters.grades])).toEqual([
			['海珠区', ['广州市'], [2023], ['优', '良']],
			['白云区', ['广州市'], [2023], ['优', '良']]
		]);
	});

	it('the deepest level with several values is compared', () => {
		const s = spec('province=广东省&province=贵州省&city=广州市&city=深圳市');
		expect(s.columns.map((c) => c.name)).toEqual(['广州市', '深圳市']);
		expect(s.columns[0].filters.places.province).toEqual([]);
	});

	it('years side by side when no place level has several', () => {
		const s = spec('district=海珠区&year=2022&year=2023&year=2024');
		expect(s.kind).toBe('year');
		expect(s.columns.map((c) => [c.name, c.filters.years, c.filters.places.district])).toEqual([
			['2022', [2022], ['海珠区']],
			['2023', [2023], ['海珠区']],
			['2024', [2024], ['海珠区']]
		]);
	});

	it('at most four, said; fewer than two is nothing to compare; bad years ignored', () => {
		const s = spec('district=a,b,c,d,e');
		expect(s.columns).toHaveLength(4);
		expect(s.truncated).toBe(true);
		expect(spec('district=a').kind).toBe(null);
		expect(spec('year=2022&year=abcd&year=1800').kind).toBe(null);
		expect(spec('').columns).toEqual([]);
	});
});

describe('extremes', () => {
	it.each([
		[[1, 2, 3], { hi: [2], lo: [0] }],
		[[3, null, 3, 1], { hi: [0, 2], lo: [3] }],
		[[2, 2], null],
		[[null, 5], null],
		[[], null]
	] as [(number | null)[], unknown][])('%j', (v, out) => expect(extremes(v)).toEqual(out));
});
