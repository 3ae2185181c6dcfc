import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWasmNodeConnector } from '../../../test/unit/db/wasm-node';
import type { Connector } from '../db/connector';
import { isTooLarge } from './toolarge';

describe('isTooLarge', () => {
	it.each([
		// Chromium, /sql, SELECT repeat('x', 10000000) FROM range(190) (a 1.9 GB result).
		['ArrowArrayStruct contains null data pointer for a buffer with non-zero computed size'],
		[
			'Error: ArrowArrayStruct contains null data pointer for a buffer with non-zero computed size\n    at ha.fetchQueryResults (duckdb-browser-eh.worker.js:1:739672)'
		],
		// DuckDB-WASM (Node build and Chromium): SELECT list(range) FROM range(300000000), … ORDER BY 1 DESC.
		['Out of Memory Error: failed to allocate data of size 4.0 GiB (2.5 GiB/3.1 GiB used)'],
		[
			'Out of Memory Error: could not allocate block of size 256.0 KiB (3.1 GiB/3.1 GiB used)\n\nPossible solutions:\n* Reducing the number of threads (SET threads=X)'
		],
		// DuckDB-WASM: SELECT repeat('x', 100000000) FROM range(30) (one batch of 3 GB of text).
		[
			'{"exception_type":"Invalid Input","exception_message":"Arrow Appender: The maximum total string size for regular string buffers is 2147483647 but the offset of 2200000000 exceeds this.\\n* SET arrow_large_buffer_size=true to use large string buffers"}'
		],
		['RangeError: Array buffer allocation failed'],
		['RangeError: Invalid typed array length: 4294967296'],
		['Aborted(OOM)']
	])('%s', (message) => expect(isTooLarge(message)).toBe(true));

	it.each([
		['Parser Error: syntax error at or near "SELEC"'],
		['Catalog Error: Table with name t does not exist!'],
		['Binder Error: Referenced column "allocate" not found in FROM clause!'],
		["Conversion Error: Could not convert string 'x' to INT32"],
		['cancelled']
	])('not: %s', (message) => expect(isTooLarge(message)).toBe(false));
});

describe('on DuckDB-WASM (Node build) with a small memory limit', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await openWasmNodeConnector(null);
		// The browser's 4 GB are reached the same way, only later: a small limit makes it quick here.
		await db.query("SET memory_limit = '64MB'");
	}, 60_000);
	afterAll(() => db?.close());

	it('a result too large for the engine fails with a message isTooLarge recognises, and the engine still answers', async () => {
		const err = await db.query('SELECT list(range) AS l FROM range(50000000)').then(
			() => null,
			(e: Error) => e.message
		);
		expect(err).not.toBeNull();
		expect(isTooLarge(err!)).toBe(true);
		expect(await db.query('SELECT 42 AS x')).toEqual([{ x: 42 }]);
	});
});
