import { describe, expect, it } from 'vitest';
import {
	breadcrumbs,
	drillTo,
	emptySelection,
	multiParam,
	parsePlaces,
	samePlaces,
	serialisePlaces,
	shownLevel,
	startLevel,
	upTo,
	type Level,
	type PlaceSelection,
	type ShownLevel
} from './hierarchy';

const S = (over: Partial<PlaceSelection> = {}): PlaceSelection => ({ ...emptySelection(), ...over });

describe('startLevel', () => {
	it.each([
		[{ provinces: 0, cities: 0 }, 'district'],
		[{ provinces: 1, cities: 1 }, 'district'],
		[{ provinces: 1, cities: 3 }, 'city'],
		[{ provinces: 2, cities: 2 }, 'province'],
		[{ provinces: 31, cities: 342 }, 'province']
	] as const)('%j → %s', (c, level) => expect(startLevel(c)).toBe(level));
});

describe('shownLevel', () => {
	it.each([
		[S(), 'province', 'province'],
		[S({ province: ['广东省'] }), 'province', 'city'],
		[S({ province: ['广东省'], city: ['广州市'] }), 'province', 'district'],
		[S({ province: ['广东省'], city: ['广州市'], district: ['白云区'] }), 'province', 'street'],
		[S({ province: ['广东省'], city: ['广州市'], district: ['白云区'], street: ['石门街道'] }), 'province', 'report'],
		// several names at a level: that level, side by side
		[S({ province: ['广东省', '贵州省'] }), 'province', 'province'],
		[S({ province: ['广东省'], city: ['广州市', '深圳市'] }), 'province', 'city'],
		// the single-city view starts at districts; a city above the start does not move it
		[S(), 'district', 'district'],
		[S({ city: ['广州市'] }), 'district', 'district'],
		[S({ district: ['白云区'] }), 'district', 'street'],
		[S({ district: ['白云区'], street: ['石门街道'] }), 'district', 'report'],
		// a gap (a district without its city) stops the walk at the missing level
		[S({ district: ['白云区'] }), 'province', 'province']
	] as [PlaceSelection, Level, ShownLevel][])('%j from %s → %s', (sel, start, shown) => expect(shownLevel(sel, start)).toBe(shown));
});

describe('drillTo and upTo', () => {
	it('sets the level and clears below', () => {
		const sel = S({ province: ['广东省'], city: ['广州市'], district: ['海珠区'], street: ['海幢街道'] });
		expect(drillTo(sel, 'city', '深圳市')).toEqual(S({ province: ['广东省'], city: ['深圳市'] }));
		expect(upTo(sel, 'district')).toEqual(S({ province: ['广东省'], city: ['广州市'] }));
	});
	it('takes the parents of the clicked row over the selection (a row of a multi-valued level)', () => {
		const sel = S({ province: ['广东省', '贵州省'] });
		expect(drillTo(sel, 'district', '白云区', { province: '贵州省', city: '贵阳市' })).toEqual(
			S({ province: ['贵州省'], city: ['贵阳市'], district: ['白云区'] })
		);
	});
});

describe('breadcrumbs', () => {
	it('from the country down to a street', () => {
		const sel = S({ province: ['广东省'], city: ['广州市'], district: ['白云区'], street: ['石门街道'] });
		expect(breadcrumbs(sel, 'province').map((c) => [c.level, c.name, serialisePlaces(c.selection)])).toEqual([
			[null, null, ''],
			['province', '广东省', 'province=%E5%B9%BF%E4%B8%9C%E7%9C%81'],
			['city', '广州市', 'province=%E5%B9%BF%E4%B8%9C%E7%9C%81&city=%E5%B9%BF%E5%B7%9E%E5%B8%82'],
			['district', '白云区', 'province=%E5%B9%BF%E4%B8%9C%E7%9C%81&city=%E5%B9%BF%E5%B7%9E%E5%B8%82&district=%E7%99%BD%E4%BA%91%E5%8C%BA'],
			['street', '石门街道', serialisePlaces(sel)]
		]);
	});
	it('a single-city view keeps its city frame at the top', () => {
		const sel = S({ city: ['广州市'], district: ['白云区'] });
		const c = breadcrumbs(sel, 'district');
		expect(c.map((x) => x.name)).toEqual([null, '白云区']);
		expect(c[0].selection).toEqual(S({ city: ['广州市'] }));
	});
	it('stops at a level with several names', () => {
		expect(breadcrumbs(S({ province: ['广东省'], city: ['广州市', '深圳市'] }), 'province').map((c) => c.name)).toEqual([null, '广东省']);
	});
});

describe('URL', () => {
	it.each([
		['district=A&district=B', ['A', 'B']],
		['district=A,B', ['A', 'B']],
		['district=A%EF%BC%8CB%E3%80%81C', ['A', 'B', 'C']],
		['district=+A+&district=&district=A', ['A']],
		['district=' + 'x'.repeat(61), []],
		['district=a%00b', []],
		['', []]
	])('%s → %j', (q, values) => expect(multiParam(new URLSearchParams(q), 'district')).toEqual(values));

	it('keeps at most 20 names', () => {
		const q = new URLSearchParams(Array.from({ length: 30 }, (_, i) => `street=s${i}`).join('&'));
		expect(multiParam(q, 'street')).toHaveLength(20);
	});

	it('round-trips, repeated parameters, top level first', () => {
		const sel = S({ province: ['广东省'], district: ['白云区', '海珠区'] });
		const q = serialisePlaces(sel);
		expect(q).toBe('province=%E5%B9%BF%E4%B8%9C%E7%9C%81&district=%E7%99%BD%E4%BA%91%E5%8C%BA&district=%E6%B5%B7%E7%8F%A0%E5%8C%BA');
		expect(samePlaces(parsePlaces(new URLSearchParams(q)), sel)).toBe(true);
		expect(samePlaces(sel, S({ province: ['广东省'], district: ['海珠区', '白云区'] }))).toBe(false);
	});
});
