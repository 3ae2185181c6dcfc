/**
 * The KPI figures a filtered link shows at first paint (src/lib/answers/firstpaint.server.ts, issue 17) against
 * native DuckDB over the bundled dataset: for the overview, every district's page and a sample of streets' pages,
 * every single-filter state's embedded figures, in Chinese and in English, equal the page's own KPI query run by
 * DuckDB under that state, formatted as KpiTiles formats it (and the numbers behind them to 1e-9 relative, as the
 * answer files and the cube are checked). The block stays within its size limit on every page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { openNodeConnector } from '../../../src/lib/db/node';
import type { Connector } from '../../../src/lib/db/connector';
import type { Filters } from '../../../src/lib/queries/filters';
import { filterOptionsQuery, type FilterOptionRow } from '../../../src/lib/queries/options';
import { sqlOf, type Query } from '../../../src/lib/queries/combined';
import type { KpiRow } from '../../../src/lib/queries/overview';
import { PAGE_QUERIES } from '../../../src/lib/pages';
import { cubeFile } from '../../../src/lib/answers/build.server';
import { decodeCube, type Cube, type CubeData } from '../../../src/lib/answers/cube';
import {
	FIRST_PAINT_GZIP_LIMIT,
	cubeKpi,
	firstPaintBlock,
	firstPaintFigures,
	firstPaintKey,
	firstPaintStates,
	kpiFigures,
	type FirstPaintPage
} from '../../../src/lib/answers/firstpaint.server';

describe('first-paint figures over the bundled dataset', () => {
	let db: Connector;
	let options: FilterOptionRow[];
	let cube: Cube;
	beforeAll(async () => {
		db = await openNodeConnector(inject('datasetDir'));
		options = await db.query<FilterOptionRow>(filterOptionsQuery());
		// As the build ships it: through the file's JSON.
		cube = decodeCube(JSON.parse(JSON.stringify(await cubeFile(db, 'v'))) as CubeData);
	});
	afterAll(async () => db?.close());

	/** The overview, every district's page, and every 8th street's page (the street page picks its first district). */
	const pages = (): FirstPaintPage[] => {
		const streets = [...new Map(options.filter((o) => o.kind === 'street' && o.parent != null).map((o) => [o.value, o.parent!])).entries()];
		return [
			{ page: 'overview' },
			...options.filter((o) => o.kind === 'district').map((o): FirstPaintPage => ({ page: 'district', district: o.value })),
			...streets.filter((_, i) => i % 8 === 0).map(([street, district]): FirstPaintPage => ({ page: 'street', district, street }))
		];
	};

	/** The page's KPI row under `f` as DuckDB returns it for the page's own query. */
	async function duckKpi(p: FirstPaintPage, f: Filters): Promise<KpiRow> {
		const q = (PAGE_QUERIES[p.page](f) as Record<string, Query>).kpi;
		const rows = await db.query(sqlOf(q));
		return (typeof q === 'string' ? rows : q.pick(rows))[0] as unknown as KpiRow;
	}

	it("equals DuckDB's figures for every state of every page, in both languages, formatted as the tiles format them", async () => {
		let n = 0;
		for (const p of pages()) {
			const states = firstPaintStates(options, p);
			expect(states.length, JSON.stringify(p)).toBeGreaterThan(0);
			const zh = firstPaintFigures(cube, options, p, 'zh')!;
			const en = firstPaintFigures(cube, options, p, 'en')!;
			// One key per state: no two choices share one.
			expect(Object.keys(zh).length, JSON.stringify(p)).toBe(states.length);
			for (const [mine, f] of states) {
				const want = await duckKpi(p, f);
				const got = cubeKpi(cube, f)!;
				for (const k of Object.keys(want) as (keyof KpiRow)[]) {
					const a = got[k] as number | null;
					const b = want[k] as number | null;
					if (a == null || b == null) expect(a, `${k} ${JSON.stringify(f)}`).toBe(b);
					else expect(Math.abs(a - b), `${k} ${JSON.stringify(f)}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
				}
				const key = firstPaintKey(mine);
				expect(zh[key], `${key} on ${JSON.stringify(p)}`).toEqual(kpiFigures(want, 'zh'));
				expect(en[key], `${key} on ${JSON.stringify(p)} (en)`).toEqual(kpiFigures(want, 'en'));
				n++;
			}
		}
		console.log(`first-paint figures: ${n} states checked against DuckDB`);
		expect(n).toBeGreaterThan(300);
	});

	it('keys the reader’s choice only: a place page’s own place is no part of it', () => {
		const district = options.find((o) => o.kind === 'district')!.value;
		const keys = Object.keys(firstPaintFigures(cube, options, { page: 'district', district }, 'zh')!);
		expect(keys.some((k) => k.startsWith('district='))).toBe(false);
		expect(keys).toContain('grade=优');
		const overview = Object.keys(firstPaintFigures(cube, options, { page: 'overview' }, 'zh')!);
		expect(overview).toContain(`district=${district}`);
		expect(overview).toContain('from=2023&to=2023');
	});

	it('stays within its size limit on every page (the largest, gzip, logged)', () => {
		const sizes: [string, number, number][] = [];
		for (const p of pages())
			for (const locale of ['zh', 'en'] as const) {
				const block = firstPaintBlock(firstPaintFigures(cube, options, p, locale));
				expect(block, JSON.stringify(p)).not.toBeNull();
				sizes.push([`${JSON.stringify(p)} ${locale}`, Buffer.byteLength(block!), gzipSync(block!).length]);
			}
		sizes.sort((a, b) => b[2] - a[2]);
		console.log(
			`first-paint block, largest: ${sizes
				.slice(0, 3)
				.map(([p, raw, gz]) => `${p}: ${raw} bytes, ${gz} gzip`)
				.join('; ')}`
		);
		expect(sizes[0][2]).toBeLessThanOrEqual(FIRST_PAINT_GZIP_LIMIT);
	});

	it('embeds nothing without the cube’s reports table, or past the size limit', () => {
		expect(firstPaintFigures({ ...cube, reports: null }, options, { page: 'overview' }, 'zh')).toBeNull();
		const big: Record<string, string[]> = {};
		for (let i = 0; i < 20_000; i++) big[`street=${i}`] = [String(i * 7919), `${i}万元`, `${i * 3}万元`, `${i % 100}.5%`, `${i % 97}.1`];
		expect(firstPaintBlock(big)).toBeNull();
		expect(firstPaintBlock({})).toBeNull();
		expect(firstPaintBlock({ 'grade=</script>': ['1'] })).not.toContain('</script>"');
	});
});
