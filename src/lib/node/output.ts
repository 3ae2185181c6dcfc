/**
 * The output folder as one pointer to a complete dataset. `--out DIR` is a symbolic link to a version
 * folder in a version store; a new dataset is written into a temp folder of the store, renamed to its
 * version name, and DIR is switched to it by renaming a new symbolic link over DIR (rename(2) is atomic):
 * a reader, or a run killed at any moment, sees the old dataset or the new one, never a mix.
 *
 *   static/data -> ../.data-versions/data/v20261204T203000123Z-4242
 *   .data-versions/data/  lock, v…-previous/, v…-current/, .ingest-tmp-* (a run in progress or killed)
 *
 * The store is `.<name>.versions/` beside DIR, except for a DIR inside the project's `static/` (Vite copies
 * everything in static/ into the site, old versions included), whose store is `.data-versions/<name>/` in
 * the project root. A lock file in the store refuses a second ingest into the same DIR.
 */
import { hostname } from 'node:os';
import { lstat, mkdir, open, readFile, readdir, readlink, rename, rm, rmdir, stat, symlink, unlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { OutputError, UsageError } from './errors';
import { safeText } from './names';

/** Where a DIR's versions, temp folders and lock live. */
export interface OutputLayout {
	/** DIR, absolute. */
	dir: string;
	/** The version store. */
	store: string;
	/** The lock file (in the store). */
	lock: string;
}

/** Folder name prefix of a version being written (or left by a killed run). */
export const TMP_PREFIX = '.ingest-tmp-';
const LINK_PREFIX = '.ingest-link-';
const JOURNAL = 'migrating';

/** The version store and lock of an output folder; `cwd` is the project root (its static/ is published). */
export function outputLayout(outDir: string, cwd = process.cwd()): OutputLayout {
	const dir = resolve(cwd, outDir);
	const published = resolve(cwd, 'static');
	const store = dir.startsWith(published + sep)
		? join(cwd, '.data-versions', relative(published, dir).split(sep).join('__'))
		: join(dirname(dir), `.${basename(dir)}.versions`);
	return { dir, store, lock: join(store, 'lock') };
}

/** What a commit did. */
export interface CommitResult {
	/** The new version folder (absolute). */
	version: string;
	/** The folder DIR pointed to before (absolute), if any. */
	previous: string | null;
	/** Version folders deleted (older than the previous one). */
	pruned: string[];
}

/** An output folder locked for one run, with a fresh temp folder to write the new version into. */
export interface OutputSlot {
	layout: OutputLayout;
	/** An empty folder in the store; write the dataset here, then commit(). */
	tmp: string;
	/** Make tmp the dataset: rename it to a version folder, point DIR at it in one rename, prune old versions. */
	commit(): Promise<CommitResult>;
	/** Remove tmp if it was not committed, release the lock; the store is removed if it is left empty. */
	release(): Promise<void>;
}

/** Notes for the run's log. */
export interface OutputIO {
	info(line: string): void;
	warn(line: string): void;
}

/** A path for messages: relative to the working directory when inside it, control characters escaped. */
function shown(p: string): string {
	const rel = relative(process.cwd(), p);
	return safeText(rel && !rel.startsWith('..') ? rel : p);
}

const code = (e: unknown) => (e as NodeJS.ErrnoException)?.code;

/**
 * Check DIR, take the lock, repair what a killed run left (a half-done migration, temp folders) and make a
 * temp folder. Throws UsageError when DIR is a file, OutputError when the lock is held or the store cannot
 * be made.
 */
export async function openOutput(outDir: string, io: OutputIO, cwd = process.cwd()): Promise<OutputSlot> {
	const layout = outputLayout(outDir, cwd);
	const { dir, store } = layout;
	const kind = await pathKind(dir);
	if (kind === 'file' || kind === 'link-to-file') throw new UsageError(`--out ${shown(dir)} is a file, not a folder (--out 指向的是文件而不是文件夹)`);
	if (kind === 'other') throw new UsageError(`--out ${shown(dir)} is not a folder (--out 不是文件夹)`);
	if (kind === 'dir') {
		// A plain folder becomes the previous version: only if it holds nothing but an older dataset (never
		// move someone's other files, e.g. --out static would take the site's favicon with it).
		const foreign = (await readdir(dir).catch(() => [] as string[])).filter((f) => !OURS.test(f) && !f.startsWith(TMP_PREFIX));
		if (foreign.length) {
			throw new UsageError(
				`--out ${shown(dir)} holds files the ingest did not write (${foreign.slice(0, 3).map(safeText).join(', ')}${foreign.length > 3 ? ', …' : ''}); ` +
					`give it a folder of its own (--out 目录中有非导入生成的文件)`
			);
		}
	}
	let storeExisted = true;
	try {
		await stat(store);
	} catch {
		storeExisted = false;
	}
	try {
		await mkdir(store, { recursive: true });
	} catch (e) {
		throw new OutputError(`cannot make the version store ${shown(store)} (${code(e) ?? String(e)}) — is ${shown(dirname(store))} writable?`);
	}
	const token = await takeLock(layout, io);
	let tmp = '';
	let committed = false;
	try {
		await recover(layout, io);
		await cleanStale(layout, io);
		tmp = join(store, `${TMP_PREFIX}${process.pid}-${Date.now()}`);
		await mkdir(tmp);
	} catch (e) {
		await unlock(layout, token);
		throw e;
	}
	return {
		layout,
		tmp,
		async commit() {
			const r = await commitVersion(layout, tmp, io);
			committed = true;
			return r;
		},
		async release() {
			if (!committed) await rm(tmp, { recursive: true, force: true });
			await unlock(layout, token);
			if (!storeExisted) {
				// A run that wrote nothing leaves no trace: the store it made is removed when empty.
				await rmdir(store).catch(() => undefined);
				if (basename(dirname(store)) === '.data-versions') await rmdir(dirname(store)).catch(() => undefined);
			}
		}
	};
}

type Kind = 'missing' | 'dir' | 'link-to-dir' | 'dangling-link' | 'file' | 'link-to-file' | 'other';

async function pathKind(p: string): Promise<Kind> {
	let l;
	try {
		l = await lstat(p);
	} catch (e) {
		if (code(e) === 'ENOENT') return 'missing';
		throw new OutputError(`cannot look at --out ${shown(p)} (${code(e)})`);
	}
	if (l.isDirectory()) return 'dir';
	if (l.isFile()) return 'file';
	if (!l.isSymbolicLink()) return 'other';
	try {
		const s = await stat(p);
		return s.isDirectory() ? 'link-to-dir' : s.isFile() ? 'link-to-file' : 'other';
	} catch {
		return 'dangling-link';
	}
}

// ── lock ────────────────────────────────────────────────────────────────────────────────────────────

interface LockInfo {
	pid: number;
	host: string;
	started: string;
	/** Start time of the process in clock ticks since boot (/proc/<pid>/stat field 22), to tell a reused pid. */
	procStart: string | null;
	token: string;
}

function procStat(pid: number): { state: string; start: string } | null {
	try {
		const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// pid (comm) state ppid … ; comm may contain spaces and parentheses, so split after the last ')'.
		const rest = s.slice(s.lastIndexOf(')') + 2).split(' ');
		return { state: rest[0], start: rest[19] };
	} catch {
		return null;
	}
}

/** Whether the process that wrote a lock is still running (same host: by pid and start time; else assumed). */
export function lockHolderAlive(info: LockInfo): boolean {
	if (info.host !== hostname()) return true;
	try {
		process.kill(info.pid, 0);
	} catch (e) {
		if (code(e) === 'ESRCH') return false;
	}
	const st = procStat(info.pid);
	if (st === null) return true; // no /proc: trust kill(0)
	if (st.state === 'Z' || st.state === 'X') return false;
	return info.procStart === null || info.procStart === st.start;
}

async function takeLock(layout: OutputLayout, io: OutputIO): Promise<string> {
	const me: LockInfo = {
		pid: process.pid,
		host: hostname(),
		started: new Date().toISOString(),
		procStart: procStat(process.pid)?.start ?? null,
		token: `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`
	};
	for (let attempt = 0; attempt < 5; attempt++) {
		try {
			const fh = await open(layout.lock, 'wx');
			try {
				await fh.writeFile(JSON.stringify(me) + '\n');
			} finally {
				await fh.close();
			}
			return me.token;
		} catch (e) {
			if (code(e) !== 'EEXIST') throw new OutputError(`cannot write the lock ${shown(layout.lock)} (${code(e) ?? String(e)})`);
		}
		let text: string;
		try {
			text = await readFile(layout.lock, 'utf8');
		} catch {
			continue; // removed meanwhile: try again
		}
		let held: LockInfo | null = null;
		try {
			held = JSON.parse(text) as LockInfo;
		} catch {
			held = null; // a lock cut short by a kill while it was written: nobody holds it
		}
		if (held && lockHolderAlive(held)) {
			throw new OutputError(
				`${shown(layout.dir)} is being written by another ingest (pid ${held.pid}${held.host !== hostname() ? ` on ${safeText(held.host)}` : ''}, since ${safeText(String(held.started))}); ` +
					`wait for it to finish, or delete ${shown(layout.lock)} if that process is gone (另一个导入正在写入该目录)`
			);
		}
		// Stale: its process is gone. Remove it only if it is still the same lock (another run may have taken over).
		if ((await readFile(layout.lock, 'utf8').catch(() => null)) === text) {
			await unlink(layout.lock).catch(() => undefined);
			io.warn(`! removed a stale lock of ${held ? `pid ${held.pid} (no longer running)` : 'an unfinished run'}: ${shown(layout.lock)}`);
		}
	}
	throw new OutputError(`cannot take the lock ${shown(layout.lock)} (it keeps changing: another ingest is starting)`);
}

async function unlock(layout: OutputLayout, token: string): Promise<void> {
	try {
		const held = JSON.parse(await readFile(layout.lock, 'utf8')) as LockInfo;
		if (held.token === token) await unlink(layout.lock);
	} catch {
		// gone or unreadable: nothing of ours to remove
	}
}

// ── repair and cleaning ─────────────────────────────────────────────────────────────────────────────

/** A run killed between moving an old plain DIR into the store and linking DIR: link DIR to it now. */
async function recover(layout: OutputLayout, io: OutputIO): Promise<void> {
	const journal = join(layout.store, JOURNAL);
	let name: string;
	try {
		name = (await readFile(journal, 'utf8')).trim();
	} catch {
		return;
	}
	if ((await pathKind(layout.dir)) === 'missing' && name && (await pathKind(join(layout.store, name))) === 'dir') {
		await pointAt(layout, join(layout.store, name));
		io.warn(`! ${shown(layout.dir)}: restored after an interrupted move into ${shown(join(layout.store, name))}`);
	}
	await unlink(journal).catch(() => undefined);
}

/** Temp folders and links of killed runs (the lock guarantees no other run is using them). */
async function cleanStale(layout: OutputLayout, io: OutputIO): Promise<void> {
	const stale: string[] = [];
	for (const name of await readdir(layout.store)) {
		if (name.startsWith(TMP_PREFIX) || name.startsWith(LINK_PREFIX)) stale.push(join(layout.store, name));
	}
	// Earlier ingests wrote their temp folder inside a plain DIR.
	if ((await pathKind(layout.dir)) === 'dir') {
		for (const name of await readdir(layout.dir).catch(() => [] as string[])) {
			if (name.startsWith(TMP_PREFIX)) stale.push(join(layout.dir, name));
		}
	}
	for (const p of stale) {
		await rm(p, { recursive: true, force: true });
		io.info(`· removed ${shown(p)} (left by an interrupted run)`);
	}
}

// ── commit ──────────────────────────────────────────────────────────────────────────────────────────

/** Version folder name: sortable by time, unique by pid. */
function versionName(now = new Date()): string {
	return `v${now.toISOString().replace(/[-:.]/g, '')}-${process.pid}`;
}

async function fsyncPath(p: string): Promise<void> {
	const fh = await open(p, 'r').catch(() => null);
	if (!fh) return;
	try {
		await fh.sync();
	} catch {
		// some file systems refuse fsync on folders; the rename is what makes the switch atomic
	} finally {
		await fh.close();
	}
}

/** Point DIR at `target` with one rename of a fresh symbolic link over it. */
async function pointAt(layout: OutputLayout, target: string): Promise<void> {
	const parent = dirname(layout.dir);
	const rel = relative(parent, target);
	let link = join(layout.store, `${LINK_PREFIX}${process.pid}`);
	await rm(link, { force: true });
	await symlink(rel, link);
	try {
		await rename(link, layout.dir);
	} catch (e) {
		await rm(link, { force: true });
		if (code(e) !== 'EXDEV') throw e;
		// Store on another file system than DIR: make the link beside DIR instead (rename needs one file system).
		link = join(parent, `${LINK_PREFIX}${process.pid}`);
		await rm(link, { force: true });
		await symlink(rel, link);
		await rename(link, layout.dir);
	}
	await fsyncPath(parent);
}

async function commitVersion(layout: OutputLayout, tmp: string, io: OutputIO): Promise<CommitResult> {
	for (const f of await readdir(tmp)) await fsyncPath(join(tmp, f));
	await fsyncPath(tmp);
	const version = join(layout.store, versionName());
	await rename(tmp, version);
	await fsyncPath(layout.store);

	let previous: string | null = null;
	const kind = await pathKind(layout.dir);
	if (kind === 'link-to-dir' || kind === 'dangling-link') {
		previous = resolve(dirname(layout.dir), await readlink(layout.dir));
		if (kind === 'dangling-link') previous = null;
	} else if (kind === 'dir' && (await readdir(layout.dir)).length === 0) {
		// An empty plain folder (made by mkdir or mkdtemp for this run): nothing to keep.
		await rmdir(layout.dir);
	} else if (kind === 'dir') {
		// A plain folder from an older ingest: move it into the store as the previous version, then link DIR.
		// rename(2) cannot put a link over a folder, so there are two steps; a journal lets the next run
		// restore DIR if this one is killed between them.
		const name = `migrated-${versionName().slice(1)}`;
		await writeFile(join(layout.store, JOURNAL), name + '\n');
		await fsyncPath(layout.store);
		await rename(layout.dir, join(layout.store, name));
		previous = join(layout.store, name);
		io.info(`· ${shown(layout.dir)} was a plain folder: kept as ${shown(previous)}, ${shown(layout.dir)} is now a link to the current version`);
	}
	await pointAt(layout, version);
	await unlink(join(layout.store, JOURNAL)).catch(() => undefined);
	const pruned = await prune(layout, [version, previous], io);
	return { version, previous, pruned };
}

/** Files a version folder may hold for prune() to delete it (what the ingest and data:demo --tables write). */
const OURS = /^(?:[a-z_]+\.(?:parquet|csv)|dictionary\.json|(?:dataset|detail)\.duckdb(?:\.wal)?)$/;

/** Delete versions other than `keep`; a folder with files the ingest did not write is kept, with a warning. */
async function prune(layout: OutputLayout, keep: (string | null)[], io: OutputIO): Promise<string[]> {
	const pruned: string[] = [];
	for (const name of await readdir(layout.store)) {
		if (!/^(?:v\d|migrated-)/.test(name)) continue;
		const p = join(layout.store, name);
		if (keep.includes(p)) continue;
		let files: string[];
		try {
			files = await readdir(p);
		} catch {
			continue;
		}
		const foreign = files.filter((f) => !OURS.test(f) && !f.startsWith(TMP_PREFIX));
		if (foreign.length) {
			io.warn(
				`! kept ${shown(p)}: it holds files the ingest did not write (${foreign.slice(0, 3).map(safeText).join(', ')}${foreign.length > 3 ? ', …' : ''})`
			);
			continue;
		}
		await rm(p, { recursive: true, force: true });
		pruned.push(p);
	}
	return pruned;
}
