/**
 * A ZIP of reports (how a batch is downloaded): its entries one at a time, each with its folder path kept,
 * inflated as a stream with caps. Refused whole, with the reason, before anything is inflated: more entries
 * than the limit, declared sizes past the expansion limit, an entry whose path leaves the archive
 * (`../`, an absolute path, a drive letter). An entry that expands past what it declared is stopped at the
 * cap (a lying bomb). Pure: DecompressionStream exists in browsers, workers and Node ≥ 20.
 */
import { zipDirectory, type ZipEntry } from '../node/zip';

/** Limits of one archive (a subset of ReaderLimits). */
export interface ArchiveLimits {
	archiveEntries: number;
	archiveExpandedBytes: number;
	/** Bytes of one entry. */
	fileBytes: number;
}

/** One entry of an archive: its bytes, or why it was not read. */
export type ArchiveItem = { path: string; ok: true; bytes: Uint8Array } | { path: string; ok: false; reason: string; limit?: boolean };

const MB = 1024 * 1024;
const mb = (n: number) => (n >= 1024 * MB ? `${Math.round((n / 1024 / MB) * 10) / 10} GB` : `${Math.round((n / MB) * 10) / 10} MB`);
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/** Whether an entry's path stays inside the archive when extracted. */
export function safeEntryPath(name: string): boolean {
	if (name.includes('\u0000')) return false;
	const n = name.replace(/\\/g, '/');
	if (n.startsWith('/') || /^[a-zA-Z]:/.test(n)) return false;
	return !n.split('/').some((seg) => seg === '..');
}

/** Entries worth reading: files (not folders), not hidden, not macOS resource forks. */
export function isContentEntry(name: string): boolean {
	const n = name.replace(/\\/g, '/');
	if (n.endsWith('/')) return false;
	return !n.split('/').some((seg) => seg.startsWith('.') || seg === '__MACOSX');
}

/** The archive's entries to read, or why the whole archive is refused. */
export function archiveEntries(bytes: Uint8Array, limits: ArchiveLimits): { ok: true; entries: ZipEntry[]; skipped: string[] } | { ok: false; reason: string } {
	const dir = zipDirectory(bytes, limits.archiveEntries);
	if (!dir.ok) return { ok: false, reason: dir.reason.startsWith('zip bomb') ? `${dir.reason} (压缩炸弹)` : dir.reason };
	const bad = dir.entries.find((e) => !safeEntryPath(e.name));
	if (bad) return { ok: false, reason: `path traversal: entry "${clean(bad.name)}" points outside the archive; nothing was read (路径穿越)` };
	const files = dir.entries.filter((e) => isContentEntry(e.name));
	const declared = files.reduce((s, e) => s + e.declaredSize, 0);
	if (declared > limits.archiveExpandedBytes) {
		return { ok: false, reason: `zip bomb: its entries expand to ${mb(declared)}, past the ${mb(limits.archiveExpandedBytes)} limit (压缩炸弹)` };
	}
	return { ok: true, entries: files, skipped: dir.entries.filter((e) => !isContentEntry(e.name) && !e.name.endsWith('/')).map((e) => e.name) };
}

/**
 * Inflate each entry in turn, every one within fileBytes and all within archiveExpandedBytes. An entry past
 * its cap stops the archive when the archive's cap is reached (`limit`), else only that entry.
 */
export async function* archiveItems(bytes: Uint8Array, entries: ZipEntry[], limits: ArchiveLimits): AsyncGenerator<ArchiveItem> {
	let used = 0;
	for (const e of entries) {
		const path = e.name.replace(/\\/g, '/');
		if (e.flags & 1) {
			yield { path, ok: false, reason: 'encrypted entry: the archive has a password (压缩包已加密)' };
			continue;
		}
		if (e.method !== 0 && e.method !== 8) {
			yield { path, ok: false, reason: `compression method ${e.method} not read (only stored and deflate)` };
			continue;
		}
		const raw = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
		const left = limits.archiveExpandedBytes - used;
		const cap = Math.min(limits.fileBytes, left);
		if (e.method === 0) {
			if (raw.length > cap) {
				yield raw.length > left
					? { path, ok: false, limit: true, reason: `zip bomb: expands past ${mb(limits.archiveExpandedBytes)} (压缩炸弹)` }
					: { path, ok: false, reason: `file too large: more than ${mb(limits.fileBytes)} (文件过大)` };
				if (raw.length > left) return;
				continue;
			}
			used += raw.length;
			yield { path, ok: true, bytes: raw };
			continue;
		}
		const r = await inflateCapped(raw, cap);
		if (r === 'damaged') {
			yield { path, ok: false, reason: 'damaged zip entry (does not inflate)' };
			continue;
		}
		if (r === 'over') {
			if (cap === left) {
				yield { path, ok: false, limit: true, reason: `zip bomb: expands past ${mb(limits.archiveExpandedBytes)} (压缩炸弹)` };
				return;
			}
			yield { path, ok: false, reason: `file too large: expands past ${mb(limits.fileBytes)} (文件过大)` };
			continue;
		}
		used += r.length;
		yield { path, ok: true, bytes: r };
	}
}

/** Inflate raw deflate data, stopped as soon as it passes `cap` bytes. */
async function inflateCapped(raw: Uint8Array, cap: number): Promise<Uint8Array | 'over' | 'damaged'> {
	const ds = new DecompressionStream('deflate-raw');
	const writer = ds.writable.getWriter();
	writer.write(raw.slice()).catch(() => undefined);
	writer.close().catch(() => undefined);
	const reader = ds.readable.getReader();
	const chunks: Uint8Array[] = [];
	let n = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			n += value.length;
			if (n > cap) {
				await reader.cancel().catch(() => undefined);
				return 'over';
			}
			chunks.push(value);
		}
	} catch {
		return 'damaged';
	}
	const out = new Uint8Array(n);
	let o = 0;
	for (const c of chunks) {
		out.set(c, o);
		o += c.length;
	}
	return out;
}
