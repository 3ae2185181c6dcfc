/** A static server for the bench: the built site, /data/* mapped to one scale's folder, precompressed brotli/gzip, Range for data files. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, resolve } from 'node:path';
import { precompress, serve } from '../static-server.mjs';

/** A running bench server. */
export interface BenchServer {
	url: string;
	/** Bytes sent on the wire (compressed where they were) for paths starting with `prefix`, or matching a RegExp, since the last reset. */
	bytesServed(prefix: string | RegExp): number;
	resetBytes(): void;
	close(): Promise<void>;
}

/** What the server maps: `root` (the built site), `/data/*` → dataDir, `/__bench/*` → bench-only files. */
export interface BenchServerOptions {
	root: string;
	dataDir: string;
	benchFiles?: Record<string, string>;
	/**
	 * Answer nothing under /answers/ (404): the build's answer files and report cube were computed from the build's
	 * own data, not from the scale's folder /data/ is mapped to; served, the cube would draw the build's figures for
	 * the overview's queries at every scale, and the bench would time the wrong data.
	 */
	noAnswers?: boolean;
}

/** Resolves a request path under `dir`, or null when it escapes it. */
export function safeJoin(dir: string, rel: string): string | null {
	const p = normalize(join(dir, rel));
	return p.startsWith(resolve(dir)) || p.startsWith(dir) ? p : null;
}

/** Starts the server on 127.0.0.1 (an ephemeral port): the project's static server (sirv), as `npm start` serves the site. */
export async function startBenchServer(o: BenchServerOptions): Promise<BenchServer> {
	const bench: Record<string, string> = o.benchFiles ?? {
		'/__bench/duckdb.mjs': 'bench/tmp/duckdb.mjs',
		'/__bench/reference.mjs': 'bench/tmp/reference.mjs',
		'/__bench/reference.html': 'bench/tmp/reference.html',
		'/__bench/duckdb-eh.wasm': 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm',
		'/__bench/duckdb-browser-eh.worker.js': 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'
	};
	// Only the bench's own copies are written beside: the site tree and the scale folder (not node_modules).
	for (const dir of [o.root, o.dataDir]) await precompress(dir);
	const answers = o.noAnswers ? { '/answers/': mkdtempSync(join(tmpdir(), 'bench-no-answers-')) } : {};
	return serve(o.root, { mounts: { '/data/': o.dataDir, ...answers, ...bench } });
}
