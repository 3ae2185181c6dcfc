import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('src/cli/ingest.ts');
const cli = (args: string[]) => spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });

let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('ingest CLI (subprocess)', () => {
	it('exits 1 with a usage line on an unknown flag', () => {
		const r = cli(['--colour', 'red']);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/Unknown option '--colour'/);
		expect(r.stderr).toMatch(/^usage: npm run ingest -- /m);
	});

	it('exits 1 with a usage line when a path does not exist', () => {
		const r = cli(['--out', join(root, 'o'), join(root, 'missing')]);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`no such file or folder: ${join(root, 'missing')}`);
		expect(r.stderr).toMatch(/^usage: /m);
		expect(existsSync(join(root, 'o'))).toBe(false);
	});
});
