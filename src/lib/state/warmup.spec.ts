import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import type { FilterOptionRow } from '../queries/options';
import { settled, warmupFilters, type WarmupLimits } from './warmup';

const L: WarmupLimits = { maxRounds: 10, minRounds: 4, settle: 1.3, window: 3 };

describe('settled', () => {
	it('keeps going below the minimum, however fast the rounds', () => {
		expect(settled([], L)).toBe(false);
		expect(settled([5, 5, 5], L)).toBe(false);
	});
	it('stops once the median of the last rounds is within 1.3 × the fastest', () => {
		expect(settled([60, 40, 30, 20], L)).toBe(false); // last three 40 30 20 → median 30 > 26
		expect(settled([60, 40, 20, 25, 26], L)).toBe(true); // last three 20 25 26 → median 25 ≤ 26
	});
	it('a single fast outlier does not end it, a slow one does not keep it going', () => {
		expect(settled([60, 50, 10, 50, 48], L)).toBe(false); // median 48 > 13
		expect(settled([20, 21, 90, 22, 21], L)).toBe(true); // median of 90 22 21 is 22 ≤ 26
	});
	it('stops at the round cap whatever the times', () => {
		expect(settled([50, 10, 50, 50, 50, 50, 50, 50, 50], L)).toBe(false);
		expect(settled([50, 10, 50, 50, 50, 50, 50, 50, 50, 50], L)).toBe(true);
	});
});

describe('warmupFilters', () => {
	const opt = (kind: FilterOptionRow['kind'], value: string, parent: string | null = null): FilterOptionRow => ({ kind, value, parent });
	const options = [
		opt('district', '海珠区'),
		opt('district', '白云区'),
		opt('district', '天河区'),
		opt('street', '海幢街道', '海珠区'),
		opt('year', '2022'),
		opt('year', '2023'),
		opt('evaluation_type', '单位自评'),
		opt('grade', '优'),
		opt('grade', '差')
	];
	const base: Filters = { ...DEFAULT_FILTERS, district: '海珠区', street: '海幢街道', grade: '良' };
	const list = warmupFilters(options, base);

	it('changes one thing at a time, every kind in the first round of kinds, and ends with the base state', () => {
		expect(list.slice(0, 5)).toEqual([
			{ ...base, district: '海珠区', street: null },
			{ ...base, yearFrom: 2022, yearTo: 2022 },
			{ ...base, evaluationType: '单位自评' },
			{ ...base, grade: '优' },
			{ ...base, source: 'real' }
		]);
		expect(list.at(-1)).toEqual(base);
	});
	it('covers every district, year, type, grade and source once', () => {
		expect(list).toHaveLength(3 + 2 + 1 + 2 + 2 + 1);
		expect(list.filter((f) => f.street === null).map((f) => f.district)).toEqual(['海珠区', '白云区', '天河区']);
		expect(list.filter((f) => f.yearFrom !== null).map((f) => [f.yearFrom, f.yearTo])).toEqual([[2022, 2022], [2023, 2023]]);
		expect(list.filter((f) => f.source !== 'all').map((f) => f.source)).toEqual(['real', 'synthetic']);
	});
	it('leaves out years that are not numbers and still gives the base state with no options', () => {
		expect(warmupFilters([opt('year', 'n/a')], DEFAULT_FILTERS)).toEqual([
			{ ...DEFAULT_FILTERS, source: 'real' },
			{ ...DEFAULT_FILTERS, source: 'synthetic' },
			DEFAULT_FILTERS
		]);
	});
});
