import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { median, percentile } from './bench-util';
import { startBenchServer, type BenchServer } from './server';

describe('median / percentile', () => {
	it.each([
		[[], 0.5, null],
		[[7], 0.95, 7],
		[[3, 1, 2], 0.5, 2],
		[[4, 1, 3, 2], 0.5, 2],
		[[...Array(20).keys()].map((k) => k + 1), 0.95, 19],
		[[...Array(20).keys()].map((k) => k + 1), 1, 20]
	])('%j at %d → %s', (xs, p, want) => {
		expect(percentile(xs, p)).toBe(want);
	});
	it('median is the 0.5 percentile', () => expect(median([5, 9, 1])).toBe(5));
});

describe('bench server', () => {
	const root = join(tmpdir(), `bench-server-${process.pid}`);
	let s: BenchServer;
	beforeAll(async () => {
		mkdirSync(join(root, 'site'), { recursive: true });
		mkdirSync(join(root, 'scale'), { recursive: true });
		// large enough for its compressed copy to be kept (precompress keeps one only when it is 10% smaller)
		writeFileSync(join(root, 'site', 'index.html'), '<p>site</p>'.repeat(100));
		writeFileSync(join(root, 'scale', 'detail.duckdb'), Buffer.from([...Array(100).keys()]));
		s = await startBenchServer({ root: join(root, 'site'), dataDir: join(root, 'scale'), benchFiles: {} });
	});
	afterAll(async () => {
		await s?.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('maps /data to the scale folder and answers Range requests with 206 and exact bytes', async () => {
		const r = await fetch(`${s.url}/data/detail.duckdb`, { headers: { range: 'bytes=10-19' } });
		expect(r.status).toBe(206);
		expect(r.headers.get('content-range')).toBe('bytes 10-19/100');
		expect([...new Uint8Array(await r.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
		expect(s.bytesServed('/data/')).toBe(10);
	});

	it('gzips text, counts wire bytes, and refuses paths outside the roots', async () => {
		const res = await new Promise<{ enc: string | undefined; body: Buffer }>((ok) => {
			import('node:http').then(({ get }) =>
				get(`${s.url}/`, { headers: { 'accept-encoding': 'gzip' } }, (m) => {
					const parts: Buffer[] = [];
					m.on('data', (c) => parts.push(c));
					m.on('end', () => ok({ enc: m.headers['content-encoding'], body: Buffer.concat(parts) }));
				})
			);
		});
		expect(res.enc).toBe('gzip');
		expect(gunzipSync(res.body).toString()).toBe('<p>site</p>'.repeat(100));
		expect((await fetch(`${s.url}/data/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
	});
});
