/** Reading one document file (txt, md, pdf, docx) into text, in Node, within LIMITS. */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { decodeBytes } from './decode';
import { LIMITS, formatBytes, type ReaderLimits } from './limits';
import { readHeavy } from './heavy';
import { sharedSandbox } from './sandbox';

export { linesOf, unifyRadicals, type PdfItem } from '../pdf/text';
export { docxText, pdfText } from './heavy';

/** File extensions the ingest reads as reports. */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.pdf', '.docx'] as const;

/** A document's text and the sha256 of its original bytes, or why it could not be read. */
export type ReadResult =
	| { ok: true; text: string; sha256: string; format: string }
	| { ok: false; reason: string; sha256?: string };

/** Whether a file name has an extension the ingest reads. */
export function isReportFile(name: string): boolean {
	return (REPORT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

/** How documentText turns .pdf/.docx into text. */
export interface ReadOptions {
	limits?: ReaderLimits;
	/** Read .pdf/.docx in this thread instead of the reader sandbox (no time or heap backstop). */
	inProcess?: boolean;
}

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
	const max = ext === '.pdf' || ext === '.docx' ? limits.fileBytes : limits.textFileBytes;
	const read = await readCapped(path, max);
	if (!read.ok) return read;
	return documentText(read.bytes, ext, options);
}

/** Text of a document's bytes given its extension ('.txt', '.md', '.pdf', '.docx'). */
export async function documentText(bytes: Uint8Array, ext: string, options: ReadOptions = {}): Promise<ReadResult> {
	const limits = options.limits ?? LIMITS;
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (bytes.length === 0) return { ok: false, reason: 'empty file', sha256 };
	if (ext === '.pdf' || ext === '.docx') {
		const r = options.inProcess ? await readHeavy(bytes, ext, limits) : await sharedSandbox(limits).read(bytes, ext);
		return r.ok ? { ok: true, text: r.text, sha256, format: ext.slice(1) } : { ok: false, reason: r.reason, sha256 };
	}
	const decoded = decodeBytes(bytes);
	if (!decoded.ok) return { ok: false, reason: decoded.reason, sha256 };
	if (decoded.text.length > limits.textChars) {
		return { ok: false, reason: `too much text: ${decoded.text.length.toLocaleString('en-US')} characters, the limit is ${limits.textChars.toLocaleString('en-US')} (文本过长)`, sha256 };
	}
	return { ok: true, text: decoded.text, sha256, format: decoded.encoding };
}
