/**
 * The one static file server of the project: `npm start` / `npm run preview` (run as a script: `node
 * src/tools/static-server.mjs [DIR] [--port N] [--host H]`), the end-to-end tests (test/e2e/server.mjs) and the
 * bench (src/tools/scale/server.ts). sirv (dev mode: files looked up at each request, Range answered with 206)
 * behind node:http, with the MIME types the app needs, `path`, `path.html` and `path/index.html`, prefixes mounted
 * on other folders or single files, and a count of the bytes sent on the wire.
 *
 * Precompressed copies (`<file>.br`, `<file>.gz`, written at build time by src/tools/precompress.mjs) are sent to a
 * client that accepts them, brotli first, with `Content-Encoding` and `Vary: Accept-Encoding`; the content type is
 * the original file's (`application/wasm` for the engine, which the browser then compiles while it streams in). A
 * Range or HEAD request is always answered from the file itself: DuckDB-WASM sizes a URL-registered database with
 * HEAD and reads it in byte ranges, which must be ranges of the file, not of its compressed copy.
 *
 * Caching: `/_app/immutable/*` (content-hashed names) is `public, max-age=31536000, immutable`; everything else
 * `no-cache` with a weak ETag, so a rebuilt page or a switched dataset is seen at once and an unchanged one is a 304.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { precompress } from './precompress.mjs';

export { precompress };

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

/** Cache-Control by request path: hashed build assets forever, the rest revalidated on each use. */
export function cacheControl(pathname) {
	return pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** A sirv handler over `dir` (`compressed`: send .br/.gz copies to clients that accept them); `next()` when no file matches. */
function files(dir, compressed, prefix = '') {
	const plain = handler(dir, false, prefix);
	const enc = compressed ? handler(dir, true, prefix) : plain;
	return (req, res, next) => {
		// Ranges and sizes are of the file itself, never of a compressed copy (see the module comment).
		if (req.headers.range || req.method === 'HEAD') {
			if (compressed) res.setHeader('vary', 'Accept-Encoding');
			return plain(req, res, next);
		}
		return enc(req, res, next);
	};
}

function handler(dir, compressed, prefix) {
	return sirv(dir, {
		dev: true,
		etag: true,
		gzip: compressed,
		brotli: compressed,
		extensions: ['html'],
		setHeaders(res, pathname) {
			const type = MIME[extname(pathname)];
			if (type) res.setHeader('content-type', type);
			res.setHeader('cache-control', cacheControl(prefix + pathname));
			res.setHeader('accept-ranges', 'bytes');
		}
	});
}

/**
 * Serves `root` on `host` (127.0.0.1; an ephemeral port unless `port`); resolves to { url, close, bytesServed,
 * resetBytes }. `mounts` maps a path prefix ending in '/' to a folder, or an exact path to a file. Unless
 * `compressed` is false, a client that accepts br or gzip gets `<file>.br` / `<file>.gz` where one exists (see
 * precompress.mjs). A path matching nothing gets 404.html (or 404).
 */
export function serve(root, { port = 0, host = '127.0.0.1', mounts = {}, compressed = true } = {}) {
	const site = files(resolve(root), compressed);
	const mounted = Object.entries(mounts).map(([prefix, target]) =>
		prefix.endsWith('/')
			? { prefix, handler: files(resolve(target), compressed, prefix.slice(0, -1)), file: null }
			: { prefix, handler: files(dirname(resolve(target)), compressed), file: basename(target) }
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
		// "/districts/" or "/en/": the page is "/districts" (its assets are linked relative to that address, so served under
		// the slash the page would load none of them): a permanent redirect, the query kept
		if (path.length > 1 && path.endsWith('/') && !mounted.some((m) => path.startsWith(m.prefix))) {
			const bare = path.replace(/\/+$/, '');
			let file = '';
			try {
				file = join(resolve(root), decodeURIComponent(bare) + '.html');
			} catch {
				file = '';
			}
			if (file && file.startsWith(resolve(root)) && existsSync(file)) {
				res.statusCode = 308;
				res.setHeader('location', bare + url.search);
				return res.end();
			}
		}
		for (const m of mounted) {
			if (m.file ? path === m.prefix : path.startsWith(m.prefix)) {
				req.url = m.file ? `/${m.file}` : `/${req.url.slice(m.prefix.length)}`;
				return m.handler(req, res, missing);
			}
		}
		site(req, res, missing);
	});
	return new Promise((ok, fail) =>
		server.once('error', fail).listen(port, host, () => {
			const { port: p } = /** @type {import('node:net').AddressInfo} */ (server.address());
			ok({
				url: `http://${host.includes(':') ? `[${host}]` : host}:${p}`,
				/** Bytes sent on the wire (bodies, as sent: compressed where they were) for paths starting with `prefix`, or matching a RegExp, since the last reset. */
				bytesServed: (prefix) => [...sent].filter(([k]) => (typeof prefix === 'string' ? k.startsWith(prefix) : prefix.test(k))).reduce((a, [, n]) => a + n, 0),
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

/** `node src/tools/static-server.mjs [DIR=build] [--port 4173] [--host localhost]`: serves a built site until stopped. */
async function main() {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { port: { type: 'string', default: '4173' }, host: { type: 'string', default: 'localhost' } }
	});
	const dir = positionals[0] ?? 'build';
	if (!existsSync(join(dir, 'index.html'))) {
		console.error(`static-server: ${dir}/index.html missing; build the site first (npm run build)`);
		process.exit(1);
	}
	const port = Number(values.port);
	const s = await serve(dir, { port, host: values.host }).catch((e) => {
		console.error(`static-server: cannot listen on ${values.host}:${port}: ${e.message}`);
		process.exit(1);
	});
	console.log(`serving ${dir} on ${s.url}/ (precompressed brotli/gzip where present; Ctrl-C stops)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
