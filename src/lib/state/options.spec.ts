import { describe, expect, it } from 'vitest';
import { districtOrder, menuValues, mergeOptions, streetChoices, withCurrent, yearChoices } from './options';
import type { FilterOptionRow } from '../queries';
import { isStep } from '../actions/commit';

describe('filter menu choices', () => {
	it.each([
		[
			['2022', '2023'],
			[null, null],
			[2022, 2023]
		],
		[
			['2022', '2023'],
			[2026, null],
			[2022, 2023, 2026]
		],
		[
			['2023', '2022'],
			[2022, 2026],
			[2022, 2023, 2026]
		],
		[[], [2026, 2026], [2026]]
	])('years %j asked %j → %j', (values, asked, want) => expect(yearChoices(values, asked as (number | null)[])).toEqual(want));

	it.each([
		[['白云区'], null, ['白云区']],
		[['白云区'], '火星区', ['白云区', '火星区']],
		[['白云区'], '白云区', ['白云区']]
	])('menu %j with the URL asking %s', (values, current, want) => expect(withCurrent(values, current)).toEqual(want));

	it.each([
		[['白云区', '越秀区'], '荔湾区', ['白云区', '荔湾区', '越秀区']],
		[['白云区', '越秀区'], '越秀区', ['白云区', '越秀区']],
		[['白云区'], null, ['白云区']]
	])('sorted menu %j with the URL asking %s → %j', (values, current, want) => expect(withCurrent(values, current, districtOrder)).toEqual(want));

	it('a sorted menu already holding the asked value is the same array (no copy, no sort per filter change)', () => {
		const values = ['白云区', '越秀区'];
		expect(withCurrent(values, '越秀区', districtOrder)).toBe(values);
	});

	const opt = (kind: FilterOptionRow['kind'], value: string, parent: string | null = null): FilterOptionRow => ({ kind, value, parent });
	const OPTIONS = [
		opt('district', '越秀区'),
		opt('district', '白云区'),
		opt('district', '白云区'),
		opt('street', '新市街道', '白云区'),
		opt('street', '京溪街道', '白云区'),
		opt('street', '北京街道', '越秀区'),
		opt('street', '新市街道', '越秀区'),
		opt('year', '2023'),
		opt('year', '2022'),
		opt('evaluation_type', '项目支出'),
		opt('grade', '优'),
		opt('grade', '良')
	];

	it('menu values: each once, places in pinyin order, the rest as the options give them', () => {
		const m = menuValues(OPTIONS);
		expect(m.district).toEqual(['白云区', '越秀区']);
		expect(m.street).toEqual(['北京街道', '京溪街道', '新市街道']);
		expect(Object.fromEntries(m.streetsOf)).toEqual({ 白云区: ['京溪街道', '新市街道'], 越秀区: ['北京街道', '新市街道'] });
		expect(m.year).toEqual(['2023', '2022']);
		expect(m.evaluation_type).toEqual(['项目支出']);
		expect(m.grade).toEqual(['优', '良']);
	});

	it.each([
		['白云区', 10, ['京溪街道', '新市街道']],
		['越秀区', 10, ['北京街道', '新市街道']],
		['火星区', 10, []],
		[null, 10, ['北京街道', '京溪街道', '新市街道']],
		[null, 3, ['北京街道', '京溪街道', '新市街道']],
		[null, 2, []]
	])('streets with district %s and at most %d listed unfiltered → %j', (district, max, want) =>
		expect(streetChoices(menuValues(OPTIONS), district, max)).toEqual(want)
	);

	it('the street menu is the same as filtering the options by district (the former code path)', () => {
		const m = menuValues(OPTIONS);
		for (const d of [null, '白云区', '越秀区']) {
			const former = [...new Set(OPTIONS.filter((o) => o.kind === 'street' && (d == null || o.parent === d)).map((o) => o.value))].sort((a, b) =>
				a.localeCompare(b, 'zh-CN')
			);
			expect(streetChoices(m, d)).toEqual(former);
		}
	});

	it('districts in pinyin order (荔湾 li before 越秀 yue, 白云 bai first), not by character code', () => {
		expect(['越秀区', '荔湾区', '白云区', '海珠区', '天河区'].sort(districtOrder)).toEqual(['白云区', '海珠区', '荔湾区', '天河区', '越秀区']);
	});

	it('merges the user’s options once', () => {
		const a = [{ kind: 'year' as const, value: '2023', parent: null }];
		const b = [
			{ kind: 'year' as const, value: '2023', parent: null },
			{ kind: 'year' as const, value: '2026', parent: null }
		];
		expect(mergeOptions(a, b).map((o) => o.value)).toEqual(['2023', '2026']);
	});
});

describe('select commit', () => {
	it.each([
		['ArrowDown', 0, 10, true],
		['ArrowUp', 0, 10, true],
		['End', 0, 10, true],
		['ArrowDown', 0, 1000, false],
		['Enter', 0, 10, false],
		[null, 0, 10, false]
	])('last key %s at %d, change at %d → step %s', (key, at, now, want) => expect(isStep(key as string | null, at as number, now as number)).toBe(want));
});
