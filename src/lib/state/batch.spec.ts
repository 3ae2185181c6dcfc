import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { nodeConnector } from '../db/node';
import type { Connector } from '../db/connector';
import { batchedQuery, unbatch } from './batch';

let db: Connector;
beforeAll(async () => {
	const instance = await DuckDBInstance.create(':memory:');
	db = nodeConnector(instance, await instance.connect());
});
afterAll(() => db.close());

describe('batchedQuery', () => {
	it('rejects an empty batch', () => expect(() => batchedQuery([])).toThrow(/no queries/));

	it.each([
		['ordered rows', 'SELECT x::INTEGER AS x, (x * 2)::INTEGER AS "max" FROM range(4) r(x) ORDER BY x DESC'],
		['no rows', 'SELECT 1 AS y WHERE false'],
		['one aggregate row', 'SELECT count(*)::INTEGER AS n, sum(x)::INTEGER AS s FROM range(5) r(x)'],
		['null values', "SELECT NULL::VARCHAR AS a, 'b' AS b"]
	])('gives the same rows as the query alone: %s', async (_, sql) => {
		const alone = await db.query(sql);
		const [row] = await db.query(batchedQuery(['SELECT 42 AS other', sql]));
		const [first, second] = unbatch(row, 2);
		expect(first).toEqual([{ other: 42 }]);
		expect(second).toEqual(alone);
	});

	it('unbatch gives empty lists for a missing row or column', () => {
		expect(unbatch(undefined, 2)).toEqual([[], []]);
		expect(unbatch({ q0: null }, 1)).toEqual([[]]);
	});
});
