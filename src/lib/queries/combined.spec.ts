import { describe, expect, it } from 'vitest';
import { REPORT_SETS, SET_SPEC, groupingId, isBox, reportSetsQuery, runQueries, statements, usedDims, type Query, type ReportSet } from './combined';
import { DEFAULT_FILTERS } from './filters';

describe('groupingId', () => {
	it('sets a bit for each used column the set does not group by, first column highest', () => {
		const used = usedDims(['kpi', 'exec', 'gradesByYear']);
		expect(used).toEqual(['district', 'year', 'grade']);
		expect(groupingId([], used)).toBe(0b111);
		expect(groupingId(['district'], used)).toBe(0b011);
		expect(groupingId(['year', 'grade'], used)).toBe(0b100);
		expect(usedDims(['kpi'])).toEqual([]);
	});
});

describe('runQueries', () => {
	const shared = { sql: 'SELECT shared', pick: (rows: any[]) => rows.filter((r) => r.k === 'a') };
	const queries: Record<'a' | 'b' | 'c', Query> = { a: shared, b: 'SELECT b', c: { ...shared, pick: (rows) => rows.filter((r) => r.k === 'c') } };

	it('runs each distinct statement once, in order of first use, and gives each name its part', async () => {
		const sent: string[] = [];
		const got: Record<string, unknown[]> = {};
		await runQueries(
			queries,
			async (sql) => (sent.push(sql), sql === 'SELECT b' ? [{ b: 1 }] : [{ k: 'a' }, { k: 'c' }]),
			(k, rows) => (got[k] = rows)
		);
		expect(sent).toEqual(['SELECT shared', 'SELECT b']);
		expect(statements(queries)).toEqual(sent);
		expect(got).toEqual({ a: [{ k: 'a' }], b: [{ b: 1 }], c: [{ k: 'c' }] });
	});

	it('rejects with the failing statement’s error after handing out what did arrive', async () => {
		const got: string[] = [];
		const run = runQueries(
			queries,
			async (sql) => {
				if (sql === 'SELECT b') throw new Error('Binder Error: b');
				return [];
			},
			(k) => got.push(k)
		);
		await expect(run).rejects.toThrow('Binder Error: b');
		expect(got.sort()).toEqual(['a', 'c']);
	});
});

describe('SET_SPEC', () => {
	it('each set groups as its builder does, and the shared statement selects every measure it picks', () => {
		const sql = reportSetsQuery(DEFAULT_FILTERS, ['kpi']);
		for (const s of Object.keys(REPORT_SETS) as ReportSet[]) {
			expect(SET_SPEC[s].by ?? [], s).toEqual(REPORT_SETS[s]);
			if (isBox(s)) continue; // a box's n is scored_reports, its quartiles only with a box (test/unit/db/combined.spec.ts)
			for (const m of SET_SPEC[s].measures) expect(sql, `${s}: ${String(m)}`).toContain(` AS ${typeof m === 'string' ? m : m[0]}`);
		}
	});
});
