/** The project's static server (npm start, e2e, bench) over a precompressed folder, through real HTTP requests. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from './static-server.mjs';
import { precompress } from './precompress.mjs';

interface Reply {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

/** One raw request (node:http, which never decodes bodies: what was on the wire). */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
	return new Promise((ok, fail) => {
		const req = request(url, { method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
			res.on('error', fail);
		});
		req.on('error', fail);
		req.end();
	});
}

let dir: string;
let site: { url: string; close: () => Promise<void>; bytesServed: (p: string) => number };
let stats: { files: number; bytes: number; br: number; gz: number };
const page = `<!doctype html><title>t</title>${'<p>绩效评价 performance evaluation</p>\n'.repeat(400)}`;
// Compressible like the engine: a repeated module-like pattern, not random.
const wasm = Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(200_000, Buffer.from('\x01\x02function-table\x00'))]);
const script = `export const x = ${JSON.stringify('abc '.repeat(2000))};\n`;
const noise = randomBytes(50_000);

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'static-server-'));
	mkdirSync(join(dir, '_app/immutable/assets'), { recursive: true });
	mkdirSync(join(dir, 'data'));
	writeFileSync(join(dir, 'index.html'), page);
	writeFileSync(join(dir, '_app/immutable/assets/engine.wasm'), wasm);
	writeFileSync(join(dir, '_app/immutable/entry.js'), script);
	// A .duckdb file that does not compress (random bytes): no copy is kept, it is served as it is.
	writeFileSync(join(dir, 'data/noise.duckdb'), noise);
	stats = await precompress(dir);
	site = await serve(dir);
});

afterAll(async () => {
	await site?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('precompress', () => {
	it('writes .br and .gz beside compressible files, none for a file that does not shrink', () => {
		for (const f of ['index.html', '_app/immutable/assets/engine.wasm', '_app/immutable/entry.js']) {
			expect(existsSync(join(dir, `${f}.br`)), `${f}.br`).toBe(true);
			expect(existsSync(join(dir, `${f}.gz`)), `${f}.gz`).toBe(true);
		}
		expect(existsSync(join(dir, 'data/noise.duckdb.br'))).toBe(false);
		expect(existsSync(join(dir, 'data/noise.duckdb.gz'))).toBe(false);
		expect(stats.files).toBe(4);
		expect(stats.br).toBeLessThan(stats.bytes);
	});

	it('skips files whose copies are up to date on a second run', async () => {
		const again = await precompress(dir);
		// Only the incompressible file is tried again (it has no copy to be up to date).
		expect(again.files).toBe(1);
	});
});

describe('static server', () => {
	it('sends brotli to a client that accepts it, preferred over gzip, with Vary', async () => {
		const r = await get(`${site.url}/`, { 'accept-encoding': 'gzip, deflate, br' });
		expect(r.status).toBe(200);
		expect(r.headers['content-encoding']).toBe('br');
		expect(String(r.headers.vary)).toMatch(/accept-encoding/i);
		expect(r.headers['content-type']).toMatch(/^text\/html/);
		expect(Number(r.headers['content-length'])).toBe(r.body.length);
		expect(r.body.length).toBeLessThan(Buffer.byteLength(page) / 5);
		expect(brotliDecompressSync(r.body).toString()).toBe(page);
	});

	it('sends gzip to a client that accepts only gzip', async () => {
		const r = await get(`${site.url}/_app/immutable/entry.js`, { 'accept-encoding': 'gzip' });
		expect(r.headers['content-encoding']).toBe('gzip');
		expect(r.headers['content-type']).toMatch(/^text\/javascript/);
		expect(gunzipSync(r.body).toString()).toBe(script);
	});

	it('sends the file itself (identity) to a client that accepts no encoding', async () => {
		const r = await get(`${site.url}/index.html`);
		expect(r.status).toBe(200);
		expect(r.headers['content-encoding']).toBeUndefined();
		expect(r.body.toString()).toBe(page);
	});

	it('serves WebAssembly as application/wasm, compressed, and hashed assets as immutable', async () => {
		const r = await get(`${site.url}/_app/immutable/assets/engine.wasm`, { 'accept-encoding': 'br' });
		expect(r.headers['content-type']).toBe('application/wasm');
		expect(r.headers['content-encoding']).toBe('br');
		expect(Buffer.compare(brotliDecompressSync(r.body), wasm)).toBe(0);
		expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		const html = await get(`${site.url}/`);
		expect(html.headers['cache-control']).toBe('no-cache');
	});

	it('answers a Range request with 206 and the bytes of the file itself, even when the client accepts br', async () => {
		const plain = await get(`${site.url}/data/noise.duckdb`, { range: 'bytes=100-199' });
		expect(plain.status).toBe(206);
		expect(plain.headers['content-range']).toBe(`bytes 100-199/${noise.length}`);
		expect(Buffer.compare(plain.body, noise.subarray(100, 200))).toBe(0);
		const wasmRange = await get(`${site.url}/_app/immutable/assets/engine.wasm`, { range: 'bytes=0-7', 'accept-encoding': 'br, gzip' });
		expect(wasmRange.status).toBe(206);
		expect(wasmRange.headers['content-encoding']).toBeUndefined();
		expect(Buffer.compare(wasmRange.body, wasm.subarray(0, 8))).toBe(0);
	});

	it('answers HEAD with the size of the file itself (DuckDB-WASM sizes a URL-registered file so)', async () => {
		const r = await get(`${site.url}/index.html`, { 'accept-encoding': 'br' }, 'HEAD');
		expect(r.status).toBe(200);
		expect(r.headers['content-encoding']).toBeUndefined();
		expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(page));
	});

	it('counts the bytes sent on the wire (compressed, as sent)', async () => {
		const before = site.bytesServed('/_app/immutable/assets/');
		const r = await get(`${site.url}/_app/immutable/assets/engine.wasm`, { 'accept-encoding': 'br' });
		expect(site.bytesServed('/_app/immutable/assets/') - before).toBe(r.body.length);
		expect(r.body.length).toBe(readFileSync(join(dir, '_app/immutable/assets/engine.wasm.br')).length);
	});
});

describe('a page asked for with a trailing slash', () => {
	let pages: string;
	let srv: { url: string; close: () => Promise<void> };
	beforeAll(async () => {
		pages = mkdtempSync(join(tmpdir(), 'static-server-pages-'));
		mkdirSync(join(pages, 'en'));
		writeFileSync(join(pages, 'index.html'), page);
		writeFileSync(join(pages, 'districts.html'), page);
		writeFileSync(join(pages, 'en/places.html'), page);
		srv = await serve(pages);
	});
	afterAll(async () => {
		await srv?.close();
		rmSync(pages, { recursive: true, force: true });
	});
	it.each([
		['/districts/', '/districts'],
		['/en/places/?year=2023', '/en/places?year=2023']
	])('%s redirects to %s (its assets are linked relative to that address)', async (path, to) => {
		const r = await get(srv.url + path);
		expect(r.status).toBe(308);
		expect(r.headers.location).toBe(to);
	});
	it('a path with no page behind it is still a 404, and the page itself is served', async () => {
		expect((await get(srv.url + '/nothing-here/')).status).toBe(404);
		expect((await get(srv.url + '/districts')).status).toBe(200);
	});
});
