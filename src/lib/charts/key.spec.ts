import { describe, expect, it } from 'vitest';
import { chartKey } from './key';
import { execByDistrictOption } from './overview';
import { DEFAULT_CONTEXT } from './types';

const rows = [
	{ district: '白云区', reports: 3, budget_wan: 10, actual_wan: 9, execution_rate: 0.9, mean_score: 91 },
	{ district: '天河区', reports: 2, budget_wan: 8, actual_wan: 8, execution_rate: 1, mean_score: 88 }
];

describe('chartKey', () => {
	it('is equal for the same rows rebuilt into a new option (a re-query that returned what is drawn)', () => {
		const again = rows.map((r) => ({ ...r }));
		expect(chartKey(execByDistrictOption(again, DEFAULT_CONTEXT), again)).toBe(chartKey(execByDistrictOption(rows, DEFAULT_CONTEXT), rows));
	});

	it('differs when a value only the tooltip reads changes (reports), not the bars', () => {
		const more = rows.map((r, i) => (i === 0 ? { ...r, reports: 4 } : r));
		expect(chartKey(execByDistrictOption(more, DEFAULT_CONTEXT), more)).not.toBe(chartKey(execByDistrictOption(rows, DEFAULT_CONTEXT), rows));
	});

	it('differs by locale, highlighted district and a plotted value', () => {
		const base = chartKey(execByDistrictOption(rows, DEFAULT_CONTEXT), rows);
		expect(chartKey(execByDistrictOption(rows, { ...DEFAULT_CONTEXT, locale: 'en' }), rows)).not.toBe(base);
		expect(chartKey(execByDistrictOption(rows, DEFAULT_CONTEXT, '白云区'), rows)).not.toBe(base);
		const moved = rows.map((r, i) => (i === 1 ? { ...r, execution_rate: 0.95 } : r));
		expect(chartKey(execByDistrictOption(moved, DEFAULT_CONTEXT), moved)).not.toBe(base);
	});

	it('tells formatters apart by their source', () => {
		expect(chartKey({ f: (v: number) => v + 1 }, [])).not.toBe(chartKey({ f: (v: number) => v + 2 }, []));
		expect(chartKey({ n: 1n }, [])).toBe(chartKey({ n: 1n }, []));
	});
});
