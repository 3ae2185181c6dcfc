/**
 * Precompression of a built site: `<file>.br` and `<file>.gz` beside every compressible file, written once at build
 * time (svelte.config.js runs it after adapter-static) and served by src/tools/static-server.mjs to a client that
 * accepts them. Plain Node (zlib), no dependency.
 *
 * Why not adapter-static's `precompress: true`: it runs brotli at quality 11 on every file, which on this 2-core
 * machine took 173 s for the 34 MB DuckDB engine alone (5.19 MB), and the site ships two engines (eh and mvp) and
 * two copies of parquet-wasm. Quality 9 gives 5.92 MB in 5 s; see BROTLI_QUALITY.
 */
import { createReadStream, createWriteStream, existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

/** File types worth compressing: text, WebAssembly and the DuckDB database file (pages of mostly zeros). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.csv', '.txt', '.xml', '.map', '.wasm', '.duckdb']);

/** Files larger than this are left alone (a scale's detail.duckdb is read by Range requests, never whole). */
export const MAX_BYTES = 64 << 20;

/** Scripts and styles up to this size get the strongest settings (tens of milliseconds each). */
const SMALL = 64 << 10;
const CODE = new Set(['.js', '.mjs', '.css']);

/**
 * Brotli quality by file. Measured on this 2-core machine: the 34 MB duckdb-eh.wasm q5 6.19 MB in 2.0 s, q9 5.92 MB
 * in 5.1 s, q10 5.38 MB in 41 s, q11 5.19 MB in 173 s (under load); a 45 KB page q5 6.3 KB in 11 ms, q7 6.1 KB,
 * q11 5.4 KB in 92 ms; a 388 KB page q5 22.2 KB in 43 ms, q9 20.9 KB in 0.6 s, q11 17.9 KB in 1.7 s. The site has
 * ~1,200 pages (56 MB), ~120 scripts (9 MB) and the engines (83 MB): q11 for files up to 256 KB took 228 s, q11
 * for files up to 64 KB 99 s (under load ≈ 7). So: q11 for small scripts and styles (every page loads them),
 * q9 for WebAssembly (the largest download), q5 for pages and data.
 */
export function brotliQuality(file, size) {
	const ext = extname(file);
	if (CODE.has(ext) && size <= SMALL) return 11;
	return ext === '.wasm' ? 9 : 5;
}

/** gzip level: 9 for small scripts and WebAssembly, 6 (zlib's default) else. */
function gzipLevel(file, size) {
	const ext = extname(file);
	return (CODE.has(ext) && size <= SMALL) || ext === '.wasm' ? 9 : 6;
}

/** A compressed copy no smaller than this fraction of the original is not kept (served as it is). */
const WORTH = 0.9;

function walk(dir, out) {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) walk(p, out);
		else if (e.isFile() && COMPRESSIBLE.has(extname(e.name))) out.push(p);
	}
	return out;
}

async function compressOne(file, size, enc) {
	const out = `${file}.${enc}`;
	const stream =
		enc === 'br'
			? zlib.createBrotliCompress({
					params: {
						[zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(file, size),
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
						[zlib.constants.BROTLI_PARAM_MODE]:
							extname(file) === '.wasm' || extname(file) === '.duckdb' ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT
					}
				})
			: zlib.createGzip({ level: gzipLevel(file, size) });
	await pipeline(createReadStream(file), stream, createWriteStream(out));
	const n = statSync(out).size;
	if (n >= size * WORTH) {
		unlinkSync(out);
		return 0;
	}
	return n;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir` (up to MAX_BYTES) whose copies are
 * missing or older than it, `jobs` at a time (zlib runs them on libuv's thread pool). Resolves to what it did:
 * files compressed, their bytes, the bytes of their .br and .gz copies, and the time taken.
 */
export async function precompress(dir, { jobs = Math.max(1, availableParallelism()) } = {}) {
	const t0 = performance.now();
	const todo = [];
	for (const file of walk(dir, [])) {
		const st = statSync(file);
		if (st.size >= MAX_BYTES || st.size < 256) continue;
		for (const enc of ['br', 'gz']) {
			const copy = `${file}.${enc}`;
			if (existsSync(copy) && statSync(copy).mtimeMs >= st.mtimeMs) continue;
			todo.push({ file, size: st.size, enc });
		}
	}
	// Largest first, so the engine's .wasm does not start last and hold up the end.
	todo.sort((a, b) => b.size - a.size);
	const stats = { files: new Set(todo.map((t) => t.file)).size, bytes: 0, br: 0, gz: 0, ms: 0 };
	const counted = new Set();
	let next = 0;
	const worker = async () => {
		while (next < todo.length) {
			const t = todo[next++];
			const n = await compressOne(t.file, t.size, t.enc);
			stats[t.enc] += n || t.size;
			if (!counted.has(t.file)) {
				counted.add(t.file);
				stats.bytes += t.size;
			}
		}
	};
	await Promise.all(Array.from({ length: jobs }, worker));
	stats.ms = performance.now() - t0;
	return stats;
}
