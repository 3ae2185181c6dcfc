/** A small static file server for build/ (node:http), with the MIME types the app needs. */
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

/** MIME type by file extension. */
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
	'.map': 'application/json'
};

function isFile(p) {
	try {
		return statSync(p).isFile();
	} catch {
		return false;
	}
}

/** Serves `root` on 127.0.0.1; resolves to { url, close }. Paths map to file, file.html or dir/index.html. */
export function serve(root, port = 0) {
	const base = resolve(root);
	const server = createServer((req, res) => {
		let path;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		} catch {
			res.writeHead(400).end('bad request');
			return;
		}
		const rel = normalize(path).replace(/^([/\\])+/, '');
		const full = join(base, rel);
		if (!full.startsWith(base)) {
			res.writeHead(403).end('forbidden');
			return;
		}
		const candidates = [full, `${full}.html`, join(full, 'index.html')];
		const file = candidates.find(isFile);
		if (!file) {
			const nf = join(base, '404.html');
			res.writeHead(404, { 'content-type': MIME['.html'] });
			if (isFile(nf)) createReadStream(nf).pipe(res);
			else res.end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
	});
	return new Promise((ok) =>
		server.listen(port, '127.0.0.1', () => {
			const { port: p } = /** @type {import('node:net').AddressInfo} */ (server.address());
			ok({ url: `http://127.0.0.1:${p}`, close: () => new Promise((done) => server.close(() => done(undefined))) });
		})
	);
}
