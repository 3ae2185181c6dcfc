/**
 * Walking the ingest's inputs: report files in a stable order, each real file and folder once.
 * Only regular files are read; devices, FIFOs and sockets are skipped with a message (a symbolic link to
 * /dev/zero or a FIFO would otherwise be read forever or block), symbolic links are followed once per real
 * path (a loop is walked once, not exponentially), and an unreadable folder or a dangling link is named
 * and the run goes on.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from './errors';
import { safeText } from './names';
import { isReportFile, REPORT_EXTENSIONS_TEXT } from './read';

/** What the walk found. */
export interface Inputs {
	/** Report files (absolute, as walked), in input order; folders in code-point order of names. */
	files: string[];
	/** manifest.csv files found in folders. */
	folderManifests: string[];
	/** Entries not read (other extensions, hidden, special files, repeats through links). */
	skipped: number;
	/** Entries that could not be read at all (unreadable folder, dangling link): named by onError. */
	unreadable: { file: string; reason: string }[];
}

/** Where the walk reports. */
export interface WalkIO {
	/** A skipped entry (other extension, hidden, already walked through a link). */
	info(line: string): void;
	/** A special file skipped. */
	warn(line: string): void;
}

/** A path as shown in messages: relative to the working directory when inside it, control characters escaped. */
export function display(abs: string): string {
	const rel = relative(process.cwd(), abs);
	return safeText(rel && !rel.startsWith('..') ? rel.split(sep).join('/') : abs);
}

/** What kind of non-regular file a stat describes, for messages. */
export function specialKind(st: Stats): string {
	if (st.isFIFO()) return 'a named pipe (FIFO)';
	if (st.isSocket()) return 'a socket';
	if (st.isCharacterDevice()) return 'a character device';
	if (st.isBlockDevice()) return 'a block device';
	return 'not a regular file';
}

const errCode = (e: unknown) => (e as NodeJS.ErrnoException)?.code ?? String(e);

/** Report files in input order, manifests found in folders, and what was skipped or could not be read. */
export async function collectInputs(paths: string[], io: WalkIO): Promise<Inputs> {
	const files: string[] = [];
	const folderManifests: string[] = [];
	const unreadable: Inputs['unreadable'] = [];
	const seenReal = new Set<string>();
	let skipped = 0;
	const skip = (abs: string, why: string) => {
		skipped++;
		io.info(`· ${display(abs)}: skipped (${why})`);
	};
	const cannot = (abs: string, reason: string) => unreadable.push({ file: display(abs), reason });

	const visit = async (abs: string, top: boolean): Promise<void> => {
		let l: Stats;
		try {
			l = await lstat(abs);
		} catch (e) {
			if (top && errCode(e) === 'ENOENT') throw new UsageError(`no such file or folder: ${display(abs)}`);
			cannot(abs, `cannot read (${errCode(e)})`);
			return;
		}
		let st: Stats = l;
		if (l.isSymbolicLink()) {
			try {
				st = await stat(abs);
			} catch (e) {
				const c = errCode(e);
				cannot(
					abs,
					c === 'ELOOP'
						? 'symbolic link loop (符号链接循环)'
						: c === 'ENOENT'
							? 'dangling symbolic link (符号链接指向的文件不存在)'
							: `cannot follow symbolic link (${c})`
				);
				return;
			}
		}
		if (!st.isDirectory() && !st.isFile()) {
			skipped++;
			io.warn(`! ${display(abs)}: skipped, ${specialKind(st)} (只读取普通文件)`);
			return;
		}
		let real: string;
		try {
			real = await realpath(abs);
		} catch (e) {
			cannot(abs, `cannot resolve (${errCode(e)})`);
			return;
		}
		if (seenReal.has(real)) {
			if (!top || st.isDirectory())
				skip(abs, st.isDirectory() ? 'folder already walked through another path or link' : 'file already read through another path or link');
			return;
		}
		seenReal.add(real);
		if (st.isDirectory()) {
			let names: string[];
			try {
				names = await readdir(abs);
			} catch (e) {
				cannot(abs, `cannot read folder (${errCode(e)}) (无法读取文件夹)`);
				return;
			}
			for (const n of names.sort(compareNames)) {
				const child = `${abs}${sep}${n}`;
				if (n.startsWith('.')) skip(child, 'hidden');
				else if (n === 'manifest.csv') folderManifests.push(child);
				else if (n !== 'truth.jsonl') await visit(child, false);
			}
			return;
		}
		if (isReportFile(abs)) files.push(abs);
		else skip(abs, `not ${REPORT_EXTENSIONS_TEXT.replace(/ (\S+)$/, ' or $1')}`);
	};
	for (const p of paths) await visit(resolve(p), true);
	return { files, folderManifests, skipped, unreadable };
}

/** Code-point order, so the walk is the same on every machine and locale. */
function compareNames(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
