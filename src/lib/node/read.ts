/**
 * Reading one input file into text, in Node, within LIMITS: .txt/.md decoded here; every other format in
 * the reader sandbox (heavy.ts); a workbook gives one text per sheet and a ZIP one per entry
 * (documentParts), each named by its part (`#Sheet1`, `/sub/a.pdf`).
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { decodeBytes } from '../ingest/decode';
import { LIMITS, formatBytes, type ReaderLimits } from './limits';
import { archiveEntries, archiveItems } from '../formats/archive';
import { HEAVY_EXTENSIONS, readHeavy, type OcrInfo, type ReadProgress } from './heavy';
import { sharedSandbox } from './sandbox';

export { linesOf, unifyRadicals, type PdfItem } from '../pdf/text';
export { docxText, pdfText } from './heavy';

/** File extensions the ingest reads as reports. */
export const REPORT_EXTENSIONS = ['.txt', '.md', ...HEAVY_EXTENSIONS, '.zip'] as const;

/** The extensions as the walker's skip message lists them. */
export const REPORT_EXTENSIONS_TEXT = '.txt .md .pdf .docx .doc .xlsx .xls .html .htm .mhtml .mht .rtf .png .jpg .jpeg .tif .tiff .zip';

/** A document's text and the sha256 of its original bytes, or why it could not be read. */
export type ReadResult = { ok: true; text: string; sha256: string; format: string } | { ok: false; reason: string; sha256?: string };

/** Whether a file name has an extension the ingest reads. */
export function isReportFile(name: string): boolean {
	return (REPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** How documentText turns .pdf/.docx into text. */
export interface ReadOptions {
	limits?: ReaderLimits;
	/** Read .pdf/.docx in this thread instead of the reader sandbox (no time or heap backstop). */
	inProcess?: boolean;
	/** Progress of a long read (pages OCR'd of total). */
	progress?: ReadProgress;
}

/** One document of an input file: a file is one, a workbook one per sheet, a ZIP one per entry (and sheet). */
export type PartResult =
	| { ok: true; part: string; text: string; sha256: string; format: string; ocr?: OcrInfo; notes?: string[]; sheet?: boolean }
	| { ok: false; part: string; reason: string; sha256?: string; skipped?: boolean };

/** A file's bytes or why they were not read. */
export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * Read a regular file's bytes, at most `max`: opened without blocking (a FIFO would block an ordinary
 * open), checked on the open descriptor (no swap between check and read), size checked before reading
 * and again while reading (a file that grows is cut off).
 */
export async function readCapped(path: string, max: number): Promise<BytesResult> {
	let fh;
	try {
		fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (e) {
		return { ok: false, reason: `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
	}
	try {
		const st = await fh.stat();
		if (!st.isFile()) return { ok: false, reason: 'not a regular file (只读取普通文件)' };
		if (st.size > max) return { ok: false, reason: `file too large: ${formatBytes(st.size)}, the limit is ${formatBytes(max)} (文件过大)` };
		const buf = new Uint8Array(Math.min(st.size, max) + 1);
		let n = 0;
		for (;;) {
			if (n === buf.length) return { ok: false, reason: `file too large: grew past ${formatBytes(max)} while read (文件过大)` };
			const { bytesRead } = await fh.read(buf, n, buf.length - n, n);
			if (bytesRead === 0) break;
			n += bytesRead;
		}
		return { ok: true, bytes: buf.subarray(0, n) };
	} catch (e) {
		return { ok: false, reason: `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
	} finally {
		await fh.close();
	}
}

/** Read a file and turn it into text according to its extension. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<ReadResult> {
	const limits = options.limits ?? LIMITS;
	const ext = extname(path).toLowerCase();
	const max = ext === '.txt' || ext === '.md' ? limits.textFileBytes : limits.fileBytes;
	const read = await readCapped(path, max);
	if (!read.ok) return read;
	return documentText(read.bytes, ext, options);
}

/** Text of a document's bytes given its extension ('.txt', '.md', '.pdf', '.docx'). */
export async function documentText(bytes: Uint8Array, ext: string, options: ReadOptions = {}): Promise<ReadResult> {
	const limits = options.limits ?? LIMITS;
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (bytes.length === 0) return { ok: false, reason: 'empty file', sha256 };
	if (ext !== '.txt' && ext !== '.md') {
		const r = options.inProcess ? await readHeavy(bytes, ext, limits, options.progress) : await sharedSandbox(limits).read(bytes, ext, options.progress);
		if (!r.ok) return { ok: false, reason: r.reason, sha256 };
		return { ok: true, text: r.sheets ? r.sheets.map((x) => x.text).join('\n\n') : r.text, sha256, format: ext.slice(1) };
	}
	const decoded = decodeBytes(bytes);
	if (!decoded.ok) return { ok: false, reason: decoded.reason, sha256 };
	if (decoded.text.length > limits.textChars) {
		return {
			ok: false,
			reason: `too much text: ${decoded.text.length.toLocaleString('en-US')} characters, the limit is ${limits.textChars.toLocaleString('en-US')} (文本过长)`,
			sha256
		};
	}
	return { ok: true, text: decoded.text, sha256, format: decoded.encoding };
}

/** Read a file into its documents: one for most files, one per sheet of a workbook, one per entry of a ZIP. */
export async function readParts(path: string, options: ReadOptions = {}): Promise<PartResult[]> {
	const limits = options.limits ?? LIMITS;
	const ext = extname(path).toLowerCase();
	const read = await readCapped(path, ext === '.txt' || ext === '.md' ? limits.textFileBytes : ext === '.zip' ? limits.archiveExpandedBytes : limits.fileBytes);
	if (!read.ok) return [{ ok: false, part: '', reason: read.reason }];
	return documentParts(read.bytes, ext, options);
}

/** The documents in a file's bytes given its extension (see readParts). */
export async function documentParts(bytes: Uint8Array, ext: string, options: ReadOptions = {}, inArchive = false): Promise<PartResult[]> {
	const limits = options.limits ?? LIMITS;
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (bytes.length === 0) return [{ ok: false, part: '', reason: 'empty file', sha256 }];
	if (ext === '.zip') {
		if (inArchive) return [{ ok: false, part: '', reason: 'a ZIP inside a ZIP is not read: unpack it first (嵌套压缩包)', sha256 }];
		const dir = archiveEntries(bytes, limits);
		if (!dir.ok) return [{ ok: false, part: '', reason: dir.reason, sha256 }];
		const out: PartResult[] = [];
		for (const name of dir.skipped) out.push({ ok: false, part: `/${name}`, reason: 'hidden or system entry', skipped: true });
		// entries of other kinds are named and never inflated
		for (const e of dir.entries)
			if (!isReportFile(e.name))
				out.push({ ok: false, part: `/${e.name}`, reason: `not ${REPORT_EXTENSIONS_TEXT.replace(/ (\S+)$/, ' or $1')}`, skipped: true });
		for await (const item of archiveItems(
			bytes,
			dir.entries.filter((e) => isReportFile(e.name)),
			limits
		)) {
			const part = `/${item.path}`;
			if (!item.ok) {
				out.push({ ok: false, part, reason: item.reason });
				continue;
			}
			const e = extname(item.path).toLowerCase();
			if ((e === '.txt' || e === '.md') && item.bytes.length > limits.textFileBytes) {
				out.push({
					ok: false,
					part,
					reason: `file too large: ${formatBytes(item.bytes.length)}, the limit is ${formatBytes(limits.textFileBytes)} (文件过大)`
				});
				continue;
			}
			for (const r of await documentParts(item.bytes, e, options, true)) out.push({ ...r, part: part + r.part });
		}
		if (out.length === 0) return [{ ok: false, part: '', reason: 'empty archive (压缩包为空)', sha256 }];
		return out;
	}
	if (ext === '.xlsx' || ext === '.xls') {
		const r = options.inProcess ? await readHeavy(bytes, ext, limits, options.progress) : await sharedSandbox(limits).read(bytes, ext, options.progress);
		if (!r.ok) return [{ ok: false, part: '', reason: r.reason, sha256 }];
		if (!r.sheets) return [{ ok: true, part: '', text: r.text, sha256, format: ext.slice(1), notes: r.notes }];
		return r.sheets.map((s) => ({ ok: true as const, part: `#${s.name}`, text: s.text, sha256, format: ext.slice(1), sheet: true }));
	}
	if (ext === '.txt' || ext === '.md') {
		const r = await documentText(bytes, ext, options);
		return [r.ok ? { ok: true, part: '', text: r.text, sha256, format: r.format } : { ok: false, part: '', reason: r.reason, sha256 }];
	}
	const r = options.inProcess ? await readHeavy(bytes, ext, limits, options.progress) : await sharedSandbox(limits).read(bytes, ext, options.progress);
	if (!r.ok) return [{ ok: false, part: '', reason: r.reason, sha256 }];
	return [{ ok: true, part: '', text: r.text, sha256, format: r.ocr ? `${ext.slice(1)}+ocr` : ext.slice(1), ocr: r.ocr, notes: r.notes }];
}
