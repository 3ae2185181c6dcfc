import { describe, expect, it } from 'vitest';
import { estimateBytes, fromChunks, toChunks, CHUNK_ROWS } from './persist';
import type { TableRows } from './types';

const finding = (i: number) => ({
	report_id: `r${i % 7}`,
	seq: i,
	kind: '问题',
	text: `第${i}条`,
	theme: '培训教育',
	evidence_start: null,
	evidence_end: i % 2 ? 5 : null
});

describe('chunks of a saved batch', () => {
	it('round-trips rows of several tables, in order, values and nulls unchanged', () => {
		const rows: TableRows = {
			reports: [{ report_id: 'r0', year: 2024, synthetic: false, budget_wan: 1.5, grade: null }],
			findings: Array.from({ length: 25 }, (_, i) => finding(i + 1))
		};
		const chunks = toChunks(7, rows, 10);
		expect(chunks.map((c) => [c.batch, c.seq, c.table, c.values.length])).toEqual([
			[7, 0, 'reports', 1],
			[7, 1, 'findings', 10],
			[7, 2, 'findings', 10],
			[7, 3, 'findings', 5]
		]);
		// Column names once per chunk, values as arrays.
		expect(chunks[1].columns).toEqual(Object.keys(finding(1)));
		expect(chunks[1].values[0]).toEqual(Object.values(finding(1)));
		expect(fromChunks([...chunks].reverse())).toEqual(rows);
	});

	it(`a large upload becomes records of at most ${CHUNK_ROWS} rows`, () => {
		const rows: TableRows = { findings: Array.from({ length: 2.5 * CHUNK_ROWS }, (_, i) => finding(i)) };
		const chunks = toChunks(1, rows);
		expect(chunks.map((c) => c.values.length)).toEqual([CHUNK_ROWS, CHUNK_ROWS, CHUNK_ROWS / 2]);
		expect(fromChunks(chunks)).toEqual(rows);
	});

	it('empty tables make no chunks', () => {
		expect(toChunks(1, { reports: [], findings: undefined })).toEqual([]);
		expect(fromChunks([])).toEqual({});
	});
});

describe('estimateBytes', () => {
	it('counts text at two bytes a character, other values at eight, plus a little per row', () => {
		expect(estimateBytes({})).toBe(0);
		expect(estimateBytes({ findings: [{ report_id: 'ab', seq: 1, text: null }] })).toBe(16 + (2 * 2 + 8) + 8 + 8);
		const big: TableRows = { findings: Array.from({ length: 1000 }, (_, i) => finding(i)) };
		const chars = big.findings!.reduce((n, r) => n + Object.values(r).reduce<number>((m, v) => m + (typeof v === 'string' ? v.length : 0), 0), 0);
		expect(estimateBytes(big)).toBeGreaterThan(2 * chars);
	});
});
