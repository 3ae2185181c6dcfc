import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import type { FilterOptionRow } from '../queries/options';
import { passLength, settled, warmUp, warmupFilters, type WarmupLimits } from './warmup';
import type { Connector } from '../db/connector';

const L: WarmupLimits = { maxRounds: 20, minPasses: 2, minPassRounds: 3, settle: 0.9 };

describe('passLength', () => {
	it('one round per filter state, but never fewer than minPassRounds', () => {
		expect(passLength(29, L)).toBe(29);
		expect(passLength(2, L)).toBe(3);
	});
});

describe('settled', () => {
	it('needs two whole passes before it can judge', () => {
		expect(settled([], 3, L)).toBe(false);
		expect(settled([5, 5, 5, 5, 5], 3, L)).toBe(false); // one pass and a part
	});
	it('stops once a pass takes at least 0.9 × the pass before', () => {
		expect(settled([60, 40, 30, 20, 20, 20], 3, L)).toBe(false); // 60 after 130: still getting faster
		expect(settled([60, 40, 30, 20, 20, 20, 20, 18, 20], 3, L)).toBe(true); // 58 after 60
		expect(settled([30, 30, 30, 40, 40, 40], 3, L)).toBe(true); // slower: nothing more to gain
	});
	it('judges only at the end of a pass', () => {
		expect(settled([60, 40, 30, 20, 20, 20, 20], 3, L)).toBe(false);
	});
	it('stops at the round cap whatever the times', () => {
		const falling = Array.from({ length: 20 }, (_, i) => 100 - i * 4);
		expect(settled(falling.slice(0, 18), 3, L)).toBe(false);
		expect(settled(falling, 3, L)).toBe(true);
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
		expect(list.filter((f) => f.yearFrom !== null).map((f) => [f.yearFrom, f.yearTo])).toEqual([
			[2022, 2022],
			[2023, 2023]
		]);
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

describe('warmUp', () => {
	it('runs every pass on the engine and hands the rows of each statement, with the data version, to keep', async () => {
		const ran: string[] = [];
		const db = {
			plan: undefined,
			query: async (sql: string) => {
				if (sql.includes('kind')) return [{ kind: 'district', value: '海珠区', parent: null }];
				ran.push(sql);
				return [{ sql }];
			}
		} as unknown as Connector;
		const kept: [string, unknown[], number][] = [];
		let t = 0;
		const rounds = await warmUp(
			db,
			(f) => ({ a: `A ${f.district ?? f.source}`, b: `B ${f.district ?? f.source}` }),
			DEFAULT_FILTERS,
			{
				idle: async () => {},
				busy: () => null,
				signal: new AbortController().signal,
				now: () => (t += 1),
				version: () => 7,
				keep: (sql, rows, v) => kept.push([sql, rows, v])
			},
			{ maxRounds: 20, minPasses: 2, minPassRounds: 2, settle: 0.9 }
		);
		const pass = ['A 海珠区', 'B 海珠区', 'A real', 'B real', 'A synthetic', 'B synthetic', 'A all', 'B all'];
		expect(rounds).toHaveLength(8); // two passes of four states, the second no faster: settled
		expect(ran).toEqual([...pass, ...pass]);
		expect(kept.map(([sql, rows, v]) => [sql, rows, v])).toEqual(ran.map((sql) => [sql, [{ sql }], 7]));
	});
	it('runs the base state in the last round the cap allows, when the cap ends the warm-up before the list (the whole country)', async () => {
		const ran: string[] = [];
		const districts = Array.from({ length: 30 }, (_, k) => ({ kind: 'district', value: `区${String(k).padStart(2, '0')}`, parent: null }));
		const db = {
			plan: undefined,
			query: async (sql: string) => (sql.includes('kind') ? districts : (ran.push(sql), []))
		} as unknown as Connector;
		const rounds = await warmUp(
			db,
			(f) => ({ a: `A ${f.district ?? f.source}` }),
			DEFAULT_FILTERS,
			{ idle: async () => {}, busy: () => null, signal: new AbortController().signal },
			{ maxRounds: 5, minPasses: 2, minPassRounds: 2, settle: 0.9 }
		);
		expect(rounds).toHaveLength(5);
		expect(ran).toEqual(['A 区00', 'A real', 'A 区01', 'A synthetic', 'A all']);
	});
});
