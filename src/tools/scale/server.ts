/** A static server for the bench: the built site, /data/* mapped to one scale's folder, gzip for text, Range for data files. */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, createReadStream } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
	'.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8', '.parquet': 'application/octet-stream', '.duckdb': 'application/octet-stream'
};
const GZIP = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.wasm']);

/** A running bench server. */
export interface BenchServer {
	url: string;
	/** Bytes sent on the wire for paths starting with `prefix` since the last reset. */
	bytesServed(prefix: string): number;
	resetBytes(): void;
	close(): Promise<void>;
}

/** What the server maps: `root` (the built site), `/data/*` → dataDir, `/__bench/*` → bench-only files. */
export interface BenchServerOptions {
	root: string;
	dataDir: string;
	benchFiles?: Record<string, string>;
}

/** Resolves a request path under `dir`, or null when it escapes it. */
export function safeJoin(dir: string, rel: string): string | null {
	const p = normalize(join(dir, rel));
	return p.startsWith(resolve(dir)) || p.startsWith(dir) ? p : null;
}

/** Starts the server on 127.0.0.1 (an ephemeral port). */
export async function startBenchServer(o: BenchServerOptions): Promise<BenchServer> {
	const bench: Record<string, string> = o.benchFiles ?? {
		'/__bench/duckdb.mjs': 'bench/tmp/duckdb.mjs',
		'/__bench/duckdb-eh.wasm': 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm',
		'/__bench/duckdb-browser-eh.worker.js': 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'
	};
	const gz = new Map<string, Buffer>();
	const sent = new Map<string, number>();
	const root = resolve(o.root);
	const data = resolve(o.dataDir);
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (process.env.BENCH_SERVER_LOG && path.startsWith('/data/')) console.log('srv', req.method, path, req.headers.range ?? '');
		let file: string | null = bench[path] ? resolve(bench[path]) : path.startsWith('/data/') ? safeJoin(data, path.slice(6)) : safeJoin(root, path);
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (file && !existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
		if (!file || !existsSync(file)) {
			res.writeHead(404).end('not found');
			return;
		}
		const ext = extname(file);
		const count = (n: number) => sent.set(path, (sent.get(path) ?? 0) + n);
		const headers: Record<string, string | number> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'accept-ranges': 'bytes', 'cache-control': 'no-cache' };
		const size = statSync(file).size;
		const range = /^bytes=(\d+)-(\d*)$/.exec(String(req.headers.range ?? ''));
		if (range) {
			const start = Number(range[1]);
			const end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
			res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': end - start + 1 });
			if (req.method === 'HEAD') return void res.end();
			count(end - start + 1);
			createReadStream(file, { start, end }).pipe(res);
			return;
		}
		if (GZIP.has(ext) && /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && size < 64 << 20) {
			let body = gz.get(file);
			if (!body) gz.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
			res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
			count(body.length);
			return void res.end(req.method === 'HEAD' ? undefined : body);
		}
		res.writeHead(200, { ...headers, 'content-length': size });
		if (req.method === 'HEAD') return void res.end();
		count(size);
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		bytesServed: (prefix) => [...sent].filter(([p]) => p.startsWith(prefix)).reduce((a, [, n]) => a + n, 0),
		resetBytes: () => sent.clear(),
		close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); })
	};
}
