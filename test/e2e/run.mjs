/**
 * End-to-end runner: builds the site (unless E2E_SKIP_BUILD=1), serves build/ on 127.0.0.1, starts headless
 * Chromium (playwright-core, /usr/bin/chromium) and runs test/e2e/*.e2e.mjs with node's test runner.
 * Arguments filter the test files by name (`node test/e2e/run.mjs filters report`).
 */
import { spawnSync, spawn } from 'node:child_process';
import { readdirSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

if (process.env.E2E_SKIP_BUILD !== '1') {
	console.log('e2e: npm run build');
	const b = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (b.status !== 0) {
		console.error(`e2e: build failed (exit ${b.status})`);
		process.exit(1);
	}
}
// E2E_BUILD_DIR serves another build (e.g. one made in a private copy of the tree while others build here).
const buildDir = process.env.E2E_BUILD_DIR ? resolve(process.env.E2E_BUILD_DIR) : join(root, 'build');
if (!existsSync(join(buildDir, 'index.html'))) {
	console.error(`e2e: ${buildDir}/index.html missing; run without E2E_SKIP_BUILD`);
	process.exit(1);
}
mkdirSync(join(root, 'test-results/screenshots'), { recursive: true });

const site = await serve(buildDir);
const browser = await chromium.launchServer({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
const only = process.argv.slice(2);
const files = readdirSync(here)
	.filter((f) => f.endsWith('.e2e.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
	.sort()
	.map((f) => join(here, f));
console.log(`e2e: ${site.url}, ${files.length} test files`);

const code = await new Promise((done) => {
	const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=600000', '--test-reporter=spec', ...files], {
		cwd: root,
		stdio: 'inherit',
		// E2E_RUN_STARTED: a nationwide build made during this run is shared by the files that need it (nationwide-build.mjs).
		env: { ...process.env, E2E_BASE_URL: site.url, E2E_WS_ENDPOINT: browser.wsEndpoint(), E2E_RUN_STARTED: process.env.E2E_RUN_STARTED ?? String(Date.now()) }
	});
	child.on('exit', (c) => done(c ?? 1));
});
await browser.close();
await site.close();
process.exit(code);
