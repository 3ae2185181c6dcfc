/**
 * Answers before the engine (src/lib/answers, issue 17): for every filter state the build's answer files cover, the
 * rows in the file (as the browser reads it, after JSON) equal what DuckDB-WASM (the browser's engine) returns for
 * the page's queries in that state, to the last bits of a float sum; a state the file points to another's rows
 * for equals native DuckDB's answer for it exactly. The report list, filtered in the browser from its prerendered rows, equals the SQL's list in every
 * single-filter state and in combinations; and the overview's counts per state agree with that list, a path that
 * shares no SQL with them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { openNodeConnector } from '../../../src/lib/db/node';
import type { Connector, Row } from '../../../src/lib/db/connector';
import { filterOptionsQuery, type FilterOptionRow } from '../../../src/lib/queries/options';
import { reportsListQuery } from '../../../src/lib/queries/reports';
import { runQueries, type Query } from '../../../src/lib/queries/combined';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/queries/filters';
import { PAGE_QUERIES, REPORT_LIST_LIMIT } from '../../../src/lib/pages';
import { answerPack, placeAnswerPack } from '../../../src/lib/answers/build.server';
import {
	ANSWER_DIMS,
	ANSWER_PAGES,
	answerIn,
	answerKey,
	answerStates,
	filterReportRows,
	PLACE_DIMS,
	PLACE_PAGES,
	placeAnswerStates,
	type AnswerPack,
	type AnswerPage,
	type PlacePage
} from '../../../src/lib/answers/states';
import { openWasmNodeConnector } from './wasm-node';

let db: Connector;
let wasm: Connector;
let options: FilterOptionRow[];
const packs = new Map<AnswerPage, AnswerPack[]>();

beforeAll(async () => {
	db = await openNodeConnector(inject('datasetDir'));
	wasm = await openWasmNodeConnector(join(inject('datasetDir'), 'dataset.duckdb'));
	options = await db.query<FilterOptionRow>(filterOptionsQuery());
});
afterAll(async () => {
	await db?.close();
	await wasm?.close();
});

/** The page's named results under `f` on `engine`, with that engine's query plan (what the browser's QueryView runs). */
async function live(engine: Connector, page: AnswerPage | PlacePage, f: Filters): Promise<Record<string, Row[]>> {
	const out: Record<string, Row[]> = {};
	await runQueries(
		PAGE_QUERIES[page](f, engine.plan) as Record<string, Query>,
		(sql) => engine.query(sql),
		(k, rows) => (out[k] = rows)
	);
	return out;
}

/** Equal, numbers to 1e-9 relative (DuckDB-WASM may add a float sum's terms in another order). */
function close(a: unknown, b: unknown, at: string): void {
	if (typeof a === 'number' && typeof b === 'number') {
		if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) throw new Error(`${at}: ${a} ≠ ${b}`);
	} else if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) throw new Error(`${at}: ${a.length} rows ≠ ${b.length}`);
		a.forEach((x, i) => close(x, b[i], `${at}[${i}]`));
	} else if (a && b && typeof a === 'object' && typeof b === 'object') {
		expect(Object.keys(a), at).toEqual(Object.keys(b));
		for (const k of Object.keys(a)) close((a as Row)[k], (b as Row)[k], `${at}.${k}`);
	} else expect(a, at).toEqual(b);
}

describe('answer files', () => {
	for (const page of ANSWER_PAGES)
		it(`${page}: every state of every file equals DuckDB-WASM, the browser engine (and native DuckDB where the file points to another state)`, async () => {
			const files: AnswerPack[] = [];
			for (const dim of ANSWER_DIMS) {
				const pack = JSON.parse(JSON.stringify(await answerPack(db, page, dim, 'v', options))) as AnswerPack;
				const states = answerStates(options, dim);
				expect(states.length, dim).toBeGreaterThan(0);
				for (const f of states) {
					const key = answerKey(f);
					const got = answerIn(pack, f);
					expect(got, `${page} ${key}`).not.toBeNull();
					close(got, await live(wasm, page, f), `${page} ${key}`);
					// A state the build did not run itself (same rows as another): exactly what the prerender's engine returns for it.
					if (pack.same?.[key]) expect(got, `${page} ${key}`).toEqual(await live(db, page, f));
				}
				files.push(pack);
			}
			packs.set(page, files);
		}, 600_000);

	it('cover each district, street (alone and in its district), year (from, to, both), type, grade and source', () => {
		const count = (kind: FilterOptionRow['kind']) => options.filter((o) => o.kind === kind).length;
		expect(count('district')).toBeGreaterThan(5);
		expect(ANSWER_DIMS.map((d) => answerStates(options, d).length)).toEqual([
			count('district'),
			2 * count('street'),
			3 * count('year'),
			count('evaluation_type'),
			count('grade'),
			2
		]);
	});
});

describe("place pages' answer files (a district's, a street's own page)", () => {
	for (const page of PLACE_PAGES)
		// DuckDB-WASM (slow in Node: a street's page has 3,780 states here) answers every seventh state, spread over all
		// places, as the browser would; every state's report list is checked against the SQL list.
		it(`${page}: its states equal DuckDB-WASM (every seventh), and each report list is the place's prerendered list filtered in the browser`, async () => {
			const lists = new Map<string, Row[]>();
			for (const dim of PLACE_DIMS[page]) {
				const pack = JSON.parse(JSON.stringify(await placeAnswerPack(db, page, dim, 'v', options))) as AnswerPack;
				const states = placeAnswerStates(options, page, dim);
				expect(states.length, dim).toBeGreaterThan(0);
				expect(Object.keys(pack.states).length, dim).toBe(states.length);
				for (const [i, f] of states.entries()) {
					const key = answerKey(f);
					const got = answerIn(pack, f);
					expect(got, `${page} ${key}`).not.toBeNull();
					let reports: Row[];
					if (i % 7 === 0) {
						const { reports: r, ...rest } = await live(wasm, page, f);
						close(got, rest, `${page} ${key}`);
						reports = r;
					} else reports = await db.query(reportsListQuery(f, { limit: REPORT_LIST_LIMIT }));
					// What the place's page prerendered (its district, or its district and street, no other filter), filtered.
					const place = { ...DEFAULT_FILTERS, district: f.district, street: page === 'street' ? f.street : null };
					const at = answerKey(place);
					if (!lists.has(at)) lists.set(at, await db.query(reportsListQuery(place, { limit: REPORT_LIST_LIMIT })));
					const initial = lists.get(at)!;
					expect(initial.length).toBeLessThan(REPORT_LIST_LIMIT);
					expect(filterReportRows(initial, f), `${page} ${key} reports`).toEqual(reports);
				}
			}
		}, 600_000);

	it("cover each place under each of its page's dimensions", () => {
		const districts = options.filter((o) => o.kind === 'district').length;
		const streets = options.filter((o) => o.kind === 'street' && o.parent != null);
		expect(placeAnswerStates(options, 'district', 'year').length).toBe(districts * 3 * options.filter((o) => o.kind === 'year').length);
		expect(placeAnswerStates(options, 'district', 'street').length).toBe(streets.length);
		expect(placeAnswerStates(options, 'street', 'grade').length).toBe(
			new Set(streets.map((o) => o.value)).size * options.filter((o) => o.kind === 'grade').length
		);
	});
});

describe('the report list before the engine', () => {
	const combos: Partial<Filters>[] = [
		{ district: '白云区', grade: '优' },
		{ district: '天河区', yearFrom: 2023, source: 'synthetic' },
		{ yearFrom: 2022, yearTo: 2023, evaluationType: '单位自评' },
		{ source: 'real', grade: '良' }
	];
	it('filters the prerendered list to the SQL list of every single-filter state and of combinations', async () => {
		const all = await db.query(reportsListQuery(DEFAULT_FILTERS, { limit: REPORT_LIST_LIMIT }));
		expect(all.length).toBeLessThan(REPORT_LIST_LIMIT); // every report: a filter can only take rows away
		const states = [...ANSWER_DIMS.flatMap((d) => answerStates(options, d)), ...combos.map((c) => ({ ...DEFAULT_FILTERS, ...c }))];
		for (const f of states) expect(filterReportRows(all, f), answerKey(f)).toEqual(await db.query(reportsListQuery(f, { limit: REPORT_LIST_LIMIT })));
	}, 300_000);

	it("the overview's answer files count, per state, the reports that list keeps", async () => {
		const all = await db.query(reportsListQuery(DEFAULT_FILTERS, { limit: REPORT_LIST_LIMIT }));
		for (const pack of packs.get('overview') ?? []) {
			for (const f of answerStates(options, pack.dim)) {
				const kept = filterReportRows(all, f)!;
				const kpi = answerIn(pack, f)!.kpi[0] as Row;
				expect(kpi.reports, answerKey(f)).toBe(kept.length);
				const budget = kept.reduce((s, r) => s + ((r.budget_wan as number | null) ?? 0), 0);
				expect(Math.abs(((kpi.budget_wan as number | null) ?? 0) - budget)).toBeLessThan(1e-6);
			}
		}
	});
});
