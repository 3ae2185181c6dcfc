import { describe, expect, it } from 'vitest';
import { districtOrder, mergeOptions, withCurrent, yearChoices } from './options';
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
