/** The versioned output: layout, lock, commit, prune, migration of a plain folder and repair after a kill, on real files. */
import { spawn } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readdir, readlink, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutputError, UsageError } from './errors';
import { openOutput, outputLayout, TMP_PREFIX } from './output';

let root: string;
beforeAll(async () => {
	root = await realpath(await mkdtemp(join(tmpdir(), 'output-spec-')));
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

function quietIO() {
	const lines = { info: [] as string[], warn: [] as string[] };
	return { io: { info: (l: string) => lines.info.push(l), warn: (l: string) => lines.warn.push(l) }, lines };
}

/** One run: write `files` into the slot and commit. */
async function publish(dir: string, files: Record<string, string>, io = quietIO().io) {
	const slot = await openOutput(dir, io, root);
	try {
		for (const [n, t] of Object.entries(files)) await writeFile(join(slot.tmp, n), t);
		return await slot.commit();
	} finally {
		await slot.release();
	}
}

describe('outputLayout', () => {
	it('keeps versions outside static/ (Vite publishes all of it) and beside any other folder', () => {
		expect(outputLayout('static/data', '/p')).toEqual({ dir: '/p/static/data', store: '/p/.data-versions/data', lock: '/p/.data-versions/data/lock' });
		expect(outputLayout('static/x/y', '/p').store).toBe('/p/.data-versions/x__y');
		expect(outputLayout('/tmp/out', '/p')).toEqual({ dir: '/tmp/out', store: '/tmp/.out.versions', lock: '/tmp/.out.versions/lock' });
	});
});

describe('openOutput / commit', () => {
	it('makes DIR a relative link to a complete version, keeps the previous one and prunes older ones', async () => {
		const dir = join(root, 'a', 'out');
		const v1 = await publish(dir, { 'reports.csv': 'one' });
		expect(v1.previous).toBeNull();
		expect(await readlink(dir)).toBe(join('.out.versions', v1.version.split('/').pop()!));
		const v2 = await publish(dir, { 'reports.csv': 'two' });
		expect(v2.previous).toBe(v1.version);
		const v3 = await publish(dir, { 'reports.csv': 'three' });
		expect(v3.previous).toBe(v2.version);
		expect(v3.pruned).toEqual([v1.version]);
		expect(await readFile(join(dir, 'reports.csv'), 'utf8')).toBe('three');
		expect((await readdir(join(root, 'a', '.out.versions'))).sort()).toEqual([v2.version, v3.version].map((v) => v.split('/').pop()).sort());
	});

	it('a run that commits nothing leaves DIR as it was and no store behind', async () => {
		const dir = join(root, 'b', 'out');
		await mkdir(join(root, 'b'));
		const slot = await openOutput(dir, quietIO().io, root);
		await writeFile(join(slot.tmp, 'reports.csv'), 'half');
		await slot.release();
		expect(await readdir(join(root, 'b'))).toEqual([]);
	});

	it('--out naming a file is a usage error, in one line', async () => {
		const f = join(root, 'file.txt');
		await writeFile(f, 'x');
		await expect(openOutput(f, quietIO().io, root)).rejects.toThrow(UsageError);
		await expect(openOutput(f, quietIO().io, root)).rejects.toThrow(/^--out .*file\.txt is a file, not a folder/);
	});

	it('moves a plain folder of an older ingest into the store as the previous version', async () => {
		const dir = join(root, 'c', 'out');
		await mkdir(dir, { recursive: true });
		await writeFile(join(dir, 'reports.csv'), 'old');
		await writeFile(join(dir, 'dataset.duckdb'), 'old db');
		await mkdir(join(dir, `${TMP_PREFIX}1-2`));
		const { io, lines } = quietIO();
		const v1 = await publish(dir, { 'reports.csv': 'new' }, io);
		expect(v1.previous).toMatch(/\/\.out\.versions\/migrated-/);
		expect(await readFile(join(v1.previous!, 'reports.csv'), 'utf8')).toBe('old');
		expect((await readdir(v1.previous!)).sort()).toEqual(['dataset.duckdb', 'reports.csv']);
		expect((await lstat(dir)).isSymbolicLink()).toBe(true);
		expect(lines.info.some((l) => l.includes('was a plain folder'))).toBe(true);
	});

	it('refuses a plain folder holding files the ingest did not write, and leaves it alone', async () => {
		const dir = join(root, 'c2', 'static');
		await mkdir(dir, { recursive: true });
		await writeFile(join(dir, 'favicon.png'), 'png');
		await writeFile(join(dir, 'reports.csv'), 'old');
		await expect(openOutput(dir, quietIO().io, root)).rejects.toThrow(UsageError);
		await expect(openOutput(dir, quietIO().io, root)).rejects.toThrow(/holds files the ingest did not write \(favicon\.png\); give it a folder of its own/);
		expect((await readdir(dir)).sort()).toEqual(['favicon.png', 'reports.csv']);
		expect(await readdir(join(root, 'c2'))).toEqual(['static']);
	});

	it('never prunes a version folder holding files the ingest did not write', async () => {
		const dir = join(root, 'c3', 'out');
		const v1 = await publish(dir, { 'reports.csv': '1' });
		await writeFile(join(v1.version, 'notes.txt'), 'someone put this here');
		await publish(dir, { 'reports.csv': '2' });
		const { io, lines } = quietIO();
		const v3 = await publish(dir, { 'reports.csv': '3' }, io);
		expect(v3.pruned).toEqual([]);
		expect(await readFile(join(v1.version, 'notes.txt'), 'utf8')).toBe('someone put this here');
		expect(lines.warn).toEqual([expect.stringContaining('holds files the ingest did not write (notes.txt)')]);
	});

	it('repairs a run killed between moving the plain folder and linking DIR, and removes temp folders of killed runs', async () => {
		const dir = join(root, 'd', 'out');
		const store = join(root, 'd', '.out.versions');
		await mkdir(join(store, 'migrated-x'), { recursive: true });
		await writeFile(join(store, 'migrated-x', 'reports.csv'), 'old');
		await writeFile(join(store, 'migrating'), 'migrated-x\n');
		await mkdir(join(store, `${TMP_PREFIX}999-1`));
		const { io, lines } = quietIO();
		const slot = await openOutput(dir, io, root);
		try {
			expect(await readFile(join(dir, 'reports.csv'), 'utf8')).toBe('old');
			expect(lines.warn.some((l) => l.includes('restored after an interrupted move'))).toBe(true);
			expect((await readdir(store)).filter((n) => n.startsWith(TMP_PREFIX))).toEqual([slot.tmp.split('/').pop()]);
		} finally {
			await slot.release();
		}
	});
});

describe('the lock', () => {
	it('refuses a second run while the first holds it, with the holder named; takes it after release', async () => {
		const dir = join(root, 'e', 'out');
		const first = await openOutput(dir, quietIO().io, root);
		try {
			const second = openOutput(dir, quietIO().io, root);
			await expect(second).rejects.toThrow(OutputError);
			await expect(openOutput(dir, quietIO().io, root)).rejects.toThrow(new RegExp(`is being written by another ingest \\(pid ${process.pid}, since `));
		} finally {
			await first.release();
		}
		const again = await openOutput(dir, quietIO().io, root);
		await again.release();
	});

	it('a lock left by a process that is gone (or a reused pid) is stale: removed with a warning', async () => {
		const dir = join(root, 'f', 'out');
		const store = join(root, 'f', '.out.versions');
		await mkdir(store, { recursive: true });
		const child = spawn('sleep', ['0']);
		const pid = child.pid!;
		await new Promise((r) => child.on('exit', r));
		await writeFile(join(store, 'lock'), JSON.stringify({ pid, host: hostname(), started: 'then', procStart: null, token: 't' }));
		const { io, lines } = quietIO();
		const slot = await openOutput(dir, io, root);
		await slot.release();
		expect(lines.warn).toEqual([expect.stringContaining(`removed a stale lock of pid ${pid} (no longer running)`)]);
		// A live pid whose start time differs is another process that got the number: stale too.
		await writeFile(join(store, 'lock'), JSON.stringify({ pid: process.pid, host: hostname(), started: 'then', procStart: '1', token: 't' }));
		const q = quietIO();
		await (await openOutput(dir, q.io, root)).release();
		expect(q.lines.warn).toHaveLength(1);
		// A half-written lock (killed while writing it) is stale as well.
		await writeFile(join(store, 'lock'), '{"pid":');
		await (await openOutput(dir, quietIO().io, root)).release();
	});

	it('a live holder in another process is respected', async () => {
		const dir = join(root, 'g', 'out');
		const store = join(root, 'g', '.out.versions');
		await mkdir(store, { recursive: true });
		const child = spawn('sleep', ['30']);
		try {
			await writeFile(join(store, 'lock'), JSON.stringify({ pid: child.pid, host: hostname(), started: 'now', procStart: null, token: 't' }));
			await expect(openOutput(dir, quietIO().io, root)).rejects.toThrow(`(pid ${child.pid}, since now)`);
		} finally {
			child.kill('SIGKILL');
		}
	});
});

describe('a DIR that is a link somewhere else', () => {
	it('is re-pointed to the store; the folder it pointed to is left alone', async () => {
		const mine = join(root, 'h', 'elsewhere');
		await mkdir(mine, { recursive: true });
		await writeFile(join(mine, 'keep.txt'), 'x');
		const dir = join(root, 'h', 'out');
		await symlink(mine, dir);
		const v = await publish(dir, { 'reports.csv': 'new' });
		expect(v.previous).toBe(mine);
		expect(await readFile(join(mine, 'keep.txt'), 'utf8')).toBe('x');
		expect(await readFile(join(dir, 'reports.csv'), 'utf8')).toBe('new');
	});
});
