/** openNodeConnector: file choice, missing tables, errors, closing. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeConnector } from '../../../src/lib/db/node';
import { plainValue } from '../../../src/lib/db/connector';
import { writeFixture } from './fixture';

const root = join(tmpdir(), `e-node-${process.pid}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('openNodeConnector', () => {
	it('prefers dataset.duckdb, falls back to Parquet, and gives missing tables empty SCHEMA.md columns', async () => {
		const dir = join(root, 'a');
		await writeFixture(dir);
		rmSync(join(dir, 'dataset.duckdb'));
		rmSync(join(dir, 'findings.parquet'));
		const db = await openNodeConnector(dir); // auto → parquet, no findings file
		expect(await db.query('SELECT count(*) AS n FROM reports')).toEqual([{ n: 9 }]);
		expect(await db.query('SELECT count(*) AS n FROM findings')).toEqual([{ n: 0 }]);
		const cols = await db.query<{ column_name: string }>("SELECT column_name FROM duckdb_columns() WHERE table_name = 'findings' ORDER BY column_index");
		expect(cols.map((c) => c.column_name)).toEqual(['report_id', 'seq', 'kind', 'text', 'theme', 'evidence_start', 'evidence_end']);
		await db.close();
		await expect(db.query('SELECT 1')).rejects.toThrow('connector closed');
	});

	it('names the missing file or directory', async () => {
		mkdirSync(join(root, 'empty'), { recursive: true });
		await expect(openNodeConnector(join(root, 'empty'), { source: 'duckdb' })).rejects.toThrow(`dataset not found: ${join(root, 'empty', 'dataset.duckdb')}`);
		await expect(openNodeConnector(join(root, 'nope'))).rejects.toThrow(`data directory not found: ${join(root, 'nope')}`);
	});

	it('runs concurrent queries one at a time and keeps working after a bad query', async () => {
		const dir = join(root, 'b');
		await writeFixture(dir);
		const db = await openNodeConnector(dir);
		const [a, bad, c] = await Promise.allSettled([db.query('SELECT 1 AS x'), db.query('SELECT nope FROM reports'), db.query('SELECT 2 AS x')]);
		expect(a).toEqual({ status: 'fulfilled', value: [{ x: 1 }] });
		expect(bad.status).toBe('rejected');
		expect(c).toEqual({ status: 'fulfilled', value: [{ x: 2 }] });
		await db.close();
	});
});

describe('plainValue', () => {
	it.each([
		[12n, 12],
		[new Date(Date.UTC(2024, 0, 2)), '2024-01-02T00:00:00.000Z'],
		[
			[1n, null],
			[1, null]
		],
		[
			{ a: 2n, b: 'x' },
			{ a: 2, b: 'x' }
		],
		[undefined, null],
		['s', 's'],
		[true, true]
	])('case %#', (input, expected) => expect(plainValue(input)).toEqual(expected));
});
