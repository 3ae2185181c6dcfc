/**
 * The one static file server of the project, for the end-to-end tests (test/e2e/server.mjs) and the bench
 * (src/tools/scale/server.ts): sirv (dev mode: files read at each request, Range answered with 206) behind
 * node:http, with the MIME types the app needs, `path`, `path.html` and `path/index.html`, prefixes mounted on
 * other folders or single files, precompressed gzip on request and a count of the bytes sent on the wire.
 */
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

/** MIME type by file extension (sirv's table lacks the data formats). */
export const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.duckdb': 'application/octet-stream',
	'.arrow': 'application/vnd.apache.arrow.file',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'.map': 'application/json'
};

/** Text files worth compressing. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.wasm']);

/** Writes `<file>.gz` beside every compressible file under `dir` (under 64 MB) whose .gz is missing or older. */
export function precompress(dir) {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) precompress(p);
		else if (e.isFile() && COMPRESSIBLE.has(extname(e.name))) {
			const st = statSync(p);
			if (st.size >= 64 << 20) continue;
			if (existsSync(`${p}.gz`) && statSync(`${p}.gz`).mtimeMs >= st.mtimeMs) continue;
			writeFileSync(`${p}.gz`, gzipSync(readFileSync(p), { level: 6 }));
		}
	}
}

/** A sirv handler over `dir`: `next()` when no file matches. */
function files(dir, gzip) {
	return sirv(dir, {
		dev: true,
		gzip,
		extensions: ['html'],
		setHeaders(res, pathname) {
			const type = MIME[extname(pathname)];
			if (type) res.setHeader('content-type', type);
			res.setHeader('cache-control', 'no-cache');
		}
	});
}

/**
 * Serves `root` on 127.0.0.1 (an ephemeral port unless `port`); resolves to { url, close, bytesServed, resetBytes }.
 * `mounts` maps a path prefix ending in '/' to a folder, or an exact path to a file. With `gzip`, a client that
 * accepts gzip gets `<file>.gz` where one exists (see precompress). A path matching nothing gets 404.html (or 404).
 */
export function serve(root, { port = 0, mounts = {}, gzip = false } = {}) {
	const site = files(resolve(root), gzip);
	const mounted = Object.entries(mounts).map(([prefix, target]) =>
		prefix.endsWith('/')
			? { prefix, handler: files(resolve(target), gzip), file: null }
			: { prefix, handler: files(dirname(resolve(target)), gzip), file: basename(target) }
	);
	const notFound = join(resolve(root), '404.html');
	const sent = new Map();
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const path = url.pathname;
		const count = (chunk) =>
			chunk && req.method !== 'HEAD' && sent.set(path, (sent.get(path) ?? 0) + (typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length));
		const write = res.write.bind(res);
		const end = res.end.bind(res);
		res.write = (chunk, ...rest) => (count(chunk), write(chunk, ...rest));
		res.end = (chunk, ...rest) => (typeof chunk !== 'function' && count(chunk), end(chunk, ...rest));
		const missing = () => {
			res.statusCode = 404;
			if (existsSync(notFound)) {
				res.setHeader('content-type', MIME['.html']);
				res.end(readFileSync(notFound));
			} else res.end('not found');
		};
		for (const m of mounted) {
			if (m.file ? path === m.prefix : path.startsWith(m.prefix)) {
				req.url = m.file ? `/${m.file}` : `/${req.url.slice(m.prefix.length)}`;
				return m.handler(req, res, missing);
			}
		}
		site(req, res, missing);
	});
	return new Promise((ok) =>
		server.listen(port, '127.0.0.1', () => {
			const { port: p } = /** @type {import('node:net').AddressInfo} */ (server.address());
			ok({
				url: `http://127.0.0.1:${p}`,
				/** Bytes sent on the wire for paths starting with `prefix` since the last reset. */
				bytesServed: (prefix) => [...sent].filter(([k]) => k.startsWith(prefix)).reduce((a, [, n]) => a + n, 0),
				resetBytes: () => sent.clear(),
				close: () =>
					new Promise((done) => {
						server.closeAllConnections();
						server.close(() => done(undefined));
					})
			});
		})
	);
}
