import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { pdfjsAssets } from './src/tools/vite/pdfjs-assets.js';

/**
 * Specs that need DuckDB (native or WASM), the bundled dataset, subprocesses, worker threads, OCR or the format
 * fixtures: the "engine" project. Everything else is pure and forms the "unit" project (`npx vitest run --project
 * unit`, seconds). `npx vitest run` runs both; the engine project builds the dataset it needs when static/data/ is
 * missing (test/setup/dataset.ts).
 */
const ENGINE = [
	'src/lib/db/**/*.spec.ts',
	'test/unit/db/**/*.spec.ts',
	'test/unit/state/**/*.spec.ts',
	'src/lib/node/{cli,corrections.cli,hostile,ingest,kill,output,write,formats,ocr,pool,readers}.spec.ts',
	'src/lib/queries/review.spec.ts',
	'src/lib/sql/{errorpos,examples,export,guard,lockdown,prepare,toolarge}.spec.ts',
	'src/lib/sql/session.spec.ts',
	'src/lib/userdata/{userdata,formats-upload}.spec.ts',
	'src/tools/scale/**/*.spec.ts'
];
const ALL = ['src/**/*.spec.ts', 'test/unit/**/*.spec.ts'];

export default defineConfig({
	plugins: [sveltekit(), pdfjsAssets()],
	worker: { format: 'es' },
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	test: {
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 120_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ALL, exclude: ENGINE } },
			{ extends: true, test: { name: 'engine', include: ENGINE, globalSetup: ['test/setup/dataset.ts'], hookTimeout: 600_000 } }
		]
	}
});
