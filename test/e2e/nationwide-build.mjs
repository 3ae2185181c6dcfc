/**
 * Builds the site from the nationwide demonstration corpus in a private copy of the tree, so the bundled
 * Guangzhou data (static/data) and build/ stay as they are: copy the sources (no node_modules, builds or
 * data), link node_modules, `npm run data:demo -- --nationwide --reports 300 --seed 42`, ingest (no --city:
 * places come from the text), `vite build`. Returns the build folder.
 *
 * E2E_NATIONWIDE_BUILD=DIR uses DIR when it holds a build (and builds there otherwise); without it the build
 * goes to test-results/nationwide-build/ and is reused by a later run with E2E_SKIP_BUILD=1.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, renameSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = new Set(['node_modules', 'build', '.svelte-kit', 'test-results', '.data-versions', '.git', 'bench/tmp', 'data/demo', 'data/out', 'static/data']);

function run(cwd, cmd, args) {
	const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '' } });
	if (r.status !== 0) throw new Error(`nationwide build: ${cmd} ${args.join(' ')} exited ${r.status}`);
}

/** The folder of a nationwide build, made now unless one is there and E2E_SKIP_BUILD=1 (or E2E_NATIONWIDE_BUILD names one). */
export async function nationwideBuild() {
	const out = process.env.E2E_NATIONWIDE_BUILD ? resolve(process.env.E2E_NATIONWIDE_BUILD) : join(root, 'test-results/nationwide-build');
	const reuse = process.env.E2E_NATIONWIDE_BUILD || process.env.E2E_SKIP_BUILD === '1';
	if (reuse && existsSync(join(out, 'index.html'))) return out;
	// Built earlier in this run (nationwide.e2e.mjs and places-maps.e2e.mjs both need it): not built twice.
	const started = Number(process.env.E2E_RUN_STARTED);
	if (started && existsSync(join(out, 'index.html')) && statSync(join(out, 'index.html')).mtimeMs >= started) return out;
	const tree = mkdtempSync(join(tmpdir(), 'nationwide-tree-'));
	try {
		cpSync(root, tree, {
			recursive: true,
			filter: (src) => {
				const rel = relative(root, src);
				return !SKIP.has(rel) && !rel.startsWith('.data-versions');
			}
		});
		symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
		console.log(`e2e: nationwide site in ${tree}`);
		run(tree, 'npm', ['run', '-s', 'data:demo', '--', '--nationwide', '--reports', '300', '--seed', '42']);
		run(tree, 'npm', ['run', '-s', 'ingest', '--', '--quiet', 'data/reports', 'data/demo']);
		run(tree, 'npx', ['vite', 'build']);
		rmSync(out, { recursive: true, force: true });
		mkdirSync(dirname(out), { recursive: true });
		try {
			renameSync(join(tree, 'build'), out);
		} catch {
			cpSync(join(tree, 'build'), out, { recursive: true });
		}
		return out;
	} finally {
		rmSync(tree, { recursive: true, force: true });
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	console.log(await nationwideBuild());
}
