/** The warm-up on real native DuckDB over the fixture: what it sends, when it stops, and that it waits. */
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/db/connector';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/queries/filters';
import { kpiQuery, gradeMixQuery } from '../../../src/lib/queries/index';
import { warmUp, type WarmupLimits } from '../../../src/lib/state/warmup';
import { fixtureDatabase } from '../db/fixture';

const build = (f: Filters) => ({ kpi: kpiQuery(f), gradeMix: gradeMixQuery(f) });
const limits = (maxRounds: number): WarmupLimits => ({ maxRounds, minPasses: 1000, minPassRounds: 1, settle: 0 });
const db = fixtureDatabase('e-warmup');
let sent: string[];
/** The fixture database, recording every statement it is sent. */
const recording: Connector = {
	query: (sql) => (sent.push(sql), db().query(sql)),
	close: async () => undefined
};
const immediate = () => Promise.resolve();

describe('warmUp', () => {
	it("reads the filter options, then runs the page's queries under the fixture's districts, years, types and grades", async () => {
		sent = [];
		const rounds = await warmUp(recording, build, DEFAULT_FILTERS, { idle: immediate, busy: () => null, signal: new AbortController().signal }, limits(6));
		expect(rounds).toHaveLength(6);
		expect(rounds.every((ms) => ms >= 0)).toBe(true);
		expect(sent).toHaveLength(1 + 6 * 2);
		expect(sent[0]).toMatch(/SELECT kind, value, parent/);
		// Interleaved by kind: district O'Brien区 (first by code point), year 2022, type 单位自评, grade 优, real only; the
		// sixth round, the last the cap allows, is the base state (last in the list, not reached otherwise).
		expect(sent.slice(1, 13).filter((_, i) => i % 2 === 0)).toEqual([
			kpiQuery({ ...DEFAULT_FILTERS, district: "O'Brien区" }),
			kpiQuery({ ...DEFAULT_FILTERS, yearFrom: 2022, yearTo: 2022 }),
			kpiQuery({ ...DEFAULT_FILTERS, evaluationType: '单位自评' }),
			kpiQuery({ ...DEFAULT_FILTERS, grade: '优' }),
			kpiQuery({ ...DEFAULT_FILTERS, source: 'real' }),
			kpiQuery(DEFAULT_FILTERS)
		]);
	});

	it('sends nothing while a real query run is in flight', async () => {
		sent = [];
		let release!: () => void;
		let inflight: Promise<void> | null = new Promise<void>((r) => (release = r));
		const done = warmUp(recording, build, DEFAULT_FILTERS, { idle: immediate, busy: () => inflight, signal: new AbortController().signal }, limits(1));
		await new Promise((r) => setTimeout(r, 50));
		expect(sent).toHaveLength(1); // the options, read before any round
		release();
		inflight = null;
		expect(await done).toHaveLength(1);
		expect(sent).toHaveLength(3);
	});

	it('asks again after each wait: a pause after a filter change, then the next change in flight', async () => {
		sent = [];
		const waits = [new Promise((r) => setTimeout(r, 20)), new Promise((r) => setTimeout(r, 20))];
		let asked = 0;
		const busy = () => (asked++, waits.shift() ?? null);
		expect(await warmUp(recording, build, DEFAULT_FILTERS, { idle: immediate, busy, signal: new AbortController().signal }, limits(1))).toHaveLength(1);
		expect(asked).toBe(4); // two waits, then null before the first query, null before the second
		expect(sent).toHaveLength(3);
	});

	it('stops when a pass over the filter states is no faster than the one before', async () => {
		sent = [];
		// A clock that makes every round take 5 ms: the second pass is as fast as the first.
		let t = 0;
		const now = () => (t += 2.5);
		const rounds = await warmUp(
			recording,
			build,
			DEFAULT_FILTERS,
			{ idle: immediate, busy: () => null, signal: new AbortController().signal, now },
			{ maxRounds: 100, minPasses: 2, minPassRounds: 4, settle: 0.9 }
		);
		// The fixture gives 15 filter states (3 districts, 2 years, 3 types, 4 grades, 2 sources, the base): two passes.
		expect(rounds).toHaveLength(30);
		expect(rounds.every((ms) => ms === 5)).toBe(true);
	});

	it('stops when aborted, without finishing the round', async () => {
		sent = [];
		const ac = new AbortController();
		let steps = 0;
		const idle = async () => {
			if (++steps === 4) ac.abort();
		};
		const rounds = await warmUp(recording, build, DEFAULT_FILTERS, { idle, busy: () => null, signal: ac.signal }, limits(50));
		expect(rounds).toHaveLength(1); // round 1 complete, round 2 aborted before its second query
		expect(sent).toHaveLength(1 + 2);
	});

	it('goes on past queries that fail (the real run reports errors)', async () => {
		sent = [];
		const bad = (f: Filters) => ({ broken: 'SELECT * FROM no_such_table', kpi: kpiQuery(f) });
		const rounds = await warmUp(recording, bad, DEFAULT_FILTERS, { idle: immediate, busy: () => null, signal: new AbortController().signal }, limits(3));
		expect(rounds).toHaveLength(3);
		expect(sent.filter((s) => s.includes('no_such_table'))).toHaveLength(3);
	});
});
