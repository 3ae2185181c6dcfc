/**
 * The report cube (src/lib/answers/cube.ts, issue 17) against native DuckDB: for every query a page marks as the
 * cube's (a report set, the indicator outcomes), the cube's rows, after the file's JSON, equal what DuckDB returns
 * for the page's SQL over the detail rows, for many filter combinations: on the hand-made fixture (NULL places,
 * years, grades and scores, a quote in a name) and on the bundled dataset (every district × year bound × grade,
 * and a seeded sample of deeper combinations). Numbers to 1e-9 relative, as the answer files are checked: the cube
 * adds per-group sums, DuckDB the rows, in another order. Counts and keys exactly.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { brotliCompressSync } from 'node:zlib';
import { openNodeConnector } from '../../../src/lib/db/node';
import type { Connector, Row } from '../../../src/lib/db/connector';
import { DEFAULT_FILTERS, type Filters } from '../../../src/lib/queries/filters';
import { filterOptionsQuery, type FilterOptionRow } from '../../../src/lib/queries/options';
import { localOf, sqlOf, type Query } from '../../../src/lib/queries/combined';
import { PAGE_QUERIES } from '../../../src/lib/pages';
import { cubeFile } from '../../../src/lib/answers/build.server';
import { cubeAnswer, decodeCube, type Cube, type CubeData } from '../../../src/lib/answers/cube';
import { fixtureDatabase } from './fixture';

const F = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });

/** Equal, numbers to 1e-9 relative (the cube adds group sums, DuckDB the rows: another order of a float sum). */
function close(a: unknown, b: unknown, at: string): void {
	if (typeof a === 'number' && typeof b === 'number') {
		if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))) throw new Error(`${at}: ${a} ≠ ${b}`);
	} else if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) throw new Error(`${at}: ${a.length} rows ≠ ${b.length}\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
		a.forEach((x, i) => close(x, b[i], `${at}[${i}]`));
	} else if (a && b && typeof a === 'object' && typeof b === 'object') {
		expect(Object.keys(a), at).toEqual(Object.keys(b));
		for (const k of Object.keys(a)) close((a as Row)[k], (b as Row)[k], `${at}.${k}`);
	} else expect(a, at).toEqual(b);
}

/** Every query of every page marked for the cube under `f` (the same statement and meaning once). */
function marked(f: Filters): Query[] {
	const seen = new Map<string, Query>();
	for (const build of Object.values(PAGE_QUERIES))
		for (const q of Object.values(build(f) as Record<string, Query>)) {
			const local = localOf(q);
			if (local) seen.set(`${sqlOf(q)}\n${JSON.stringify(local)}`, q);
		}
	return [...seen.values()];
}

/** Checks every marked query under each of `states`; returns how many results were compared. */
async function compare(db: Connector, cube: Cube, states: Filters[]): Promise<number> {
	let n = 0;
	const sqlRows = new Map<string, Row[]>();
	for (const f of states)
		for (const q of marked(f)) {
			const sql = sqlOf(q);
			if (!sqlRows.has(sql)) sqlRows.set(sql, await db.query(sql));
			const want = typeof q === 'string' ? sqlRows.get(sql)! : q.pick(sqlRows.get(sql)!);
			const local = localOf(q)!;
			const got = cubeAnswer(cube, local);
			expect(got, `${JSON.stringify(local)}: the cube answers it`).not.toBeNull();
			close(got, want, `${local.kind === 'reportSet' ? local.set : local.kind} ${JSON.stringify(f)}`);
			n++;
		}
	return n;
}

/** The cube file as the browser reads it (after JSON). */
async function shipped(db: Connector): Promise<{ cube: Cube; data: CubeData; text: string }> {
	const text = JSON.stringify(await cubeFile(db, 'v'));
	const data = JSON.parse(text) as CubeData;
	return { cube: decodeCube(data), data, text };
}

describe('the cube over the fixture', () => {
	const fixture = fixtureDatabase('e-cube');
	const STATES: Partial<Filters>[] = [
		{},
		{ district: '海珠区' },
		{ district: '白云区', street: '石门街道' },
		{ street: '海幢街道' },
		{ yearFrom: 2023 },
		{ yearTo: 2022 },
		{ yearFrom: 2022, yearTo: 2022 },
		{ yearFrom: 2024, yearTo: 2022 },
		{ evaluationType: '单位自评' },
		{ grade: '优' },
		{ grade: '中', source: 'synthetic' },
		{ source: 'real' },
		{ source: 'synthetic', yearFrom: 2023 },
		{ district: "O'Brien区" },
		{ district: 'nowhere' },
		{ district: '海珠区', yearFrom: 2023, evaluationType: '部门评价' },
		{ district: '白云区', grade: '差', source: 'real' }
	];

	it('equals native DuckDB for every marked query in every state, NULLs, empty results and all', async () => {
		const db = fixture();
		const { cube, data } = await shipped(db);
		expect(data.skipped).toBeUndefined();
		expect(cube.scores).toBe(true);
		expect(await compare(db, cube, STATES.map(F))).toBeGreaterThan(STATES.length * 8);
	});

	it("answers nothing for this browser's own rows (source=user): the engine does", async () => {
		const { cube } = await shipped(fixture());
		expect(cubeAnswer(cube, { kind: 'reportSet', set: 'kpi', f: F({ source: 'user' }) })).toBeNull();
		expect(cubeAnswer(cube, { kind: 'indicatorAchievement', f: F({ source: 'user' }) })).toBeNull();
	});
});

describe('the cube over the bundled dataset', () => {
	let db: Connector;
	let options: FilterOptionRow[];
	let built: Awaited<ReturnType<typeof shipped>>;
	beforeAll(async () => {
		db = await openNodeConnector(inject('datasetDir'));
		options = await db.query<FilterOptionRow>(filterOptionsQuery());
		built = await shipped(db);
	});
	afterAll(async () => db?.close());

	const of = (kind: FilterOptionRow['kind']) => options.filter((o) => o.kind === kind);

	it('is small: every table shipped, a few KB brotli', () => {
		const { data, text } = built;
		expect(data.skipped).toBeUndefined();
		expect(data.reports!.rows).toBeGreaterThan(100);
		expect(data.indicators!.rows).toBeGreaterThan(100);
		const br = brotliCompressSync(Buffer.from(text)).length;
		console.log(`cube: ${data.reports!.rows} report rows, ${data.indicators!.rows} indicator rows; ${text.length} bytes, ${br} brotli`);
		expect(br).toBeLessThan(64 * 1024);
	});

	it('equals native DuckDB for every district × year bound × grade, each with a source', async () => {
		const years = of('year').map((o) => Number(o.value));
		const states: Filters[] = [];
		for (const d of [null, ...of('district').map((o) => o.value)])
			for (const y of [null, ...years])
				for (const g of [null, ...of('grade').map((o) => o.value)])
					states.push(F({ district: d, yearFrom: y, grade: g, source: states.length % 3 === 0 ? 'real' : states.length % 3 === 1 ? 'synthetic' : 'all' }));
		expect(await compare(db, built.cube, states)).toBeGreaterThan(states.length * 8);
	}, 600_000);

	it('equals native DuckDB for 300 seeded combinations of every filter (streets, year ranges, types, sources)', async () => {
		let seed = 17;
		const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const pick = <T>(xs: T[]): T | null => (rnd() < 0.45 ? null : xs[Math.floor(rnd() * xs.length)]);
		const years = of('year').map((o) => Number(o.value));
		const streets = of('street');
		const states: Filters[] = [];
		for (let i = 0; i < 300; i++) {
			const s = pick(streets);
			states.push(
				F({
					district: s ? (rnd() < 0.5 ? s.parent : null) : (pick(of('district'))?.value ?? null),
					street: s?.value ?? null,
					yearFrom: pick(years),
					yearTo: pick(years),
					evaluationType: pick(of('evaluation_type'))?.value ?? null,
					grade: pick(of('grade'))?.value ?? null,
					source: pick(['real', 'synthetic'] as const) ?? 'all'
				})
			);
		}
		expect(await compare(db, built.cube, states)).toBeGreaterThan(300 * 8);
	}, 600_000);
});
