/**
 * .docx and .pdf → text within LIMITS, in Node. Runs in the reader sandbox thread (sandbox.ts), which adds
 * a time and heap backstop; the checks here name the limit fast, before a library expands anything:
 * a .docx's zip directory and XML parts are measured while inflated as a stream and stopped at a limit
 * (zip bombs, millions of paragraphs), a PDF's compressed streams with a capped inflate (compressed
 * bombs), then pages, text and time.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants as zlibConstants, inflateSync } from 'node:zlib';
import { documentText as pdfDocumentText } from '../pdf/text';
import { LimitError } from './errors';
import { LIMITS, formatBytes, formatCount, type ReaderLimits } from './limits';
import { safeText } from './names';
import { checkDocxParts } from './zip';

/** Text of a document, or why not. */
export type HeavyResult = { ok: true; text: string } | { ok: false; reason: string };

/** .docx or .pdf bytes → text, or the reason (a limit by name, or "unreadable …"); never throws. */
export async function readHeavy(bytes: Uint8Array, ext: string, limits: ReaderLimits = LIMITS): Promise<HeavyResult> {
	const format = ext.slice(1);
	let text: string;
	try {
		text = ext === '.docx' ? await docxText(bytes, limits) : await pdfText(bytes, limits);
	} catch (e) {
		if (e instanceof LimitError) return { ok: false, reason: e.message };
		return { ok: false, reason: `unreadable ${format} (${oneLine(e)})` };
	}
	if (text.length > limits.textChars) {
		return { ok: false, reason: `too much text: ${formatCount(text.length)} characters, the limit is ${formatCount(limits.textChars)} (文本过长)` };
	}
	if (text.trim() === '') return { ok: false, reason: `${format} has no extractable text (scanned image?)` };
	return { ok: true, text };
}

function oneLine(e: unknown): string {
	const m = e instanceof Error ? e.message : String(e);
	return safeText(m.split('\n')[0].slice(0, 160));
}

const isTooLarge = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError;

// ── .docx ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * Check a .docx against the limits before mammoth expands it (zip.ts: checkDocxParts, shared with the
 * browser). Throws LimitError past a limit, Error when it is not a readable zip.
 */
export async function checkDocx(bytes: Uint8Array, limits: ReaderLimits = LIMITS): Promise<{ expanded: number; elements: number; paragraphs: number }> {
	const r = await checkDocxParts(bytes, limits);
	if (r.ok) return r;
	throw r.limit ? new LimitError(r.reason) : new Error(r.reason);
}

/** Text of a .docx within the limits: its paragraphs as mammoth gives them (separated by blank lines). */
export async function docxText(bytes: Uint8Array, limits: ReaderLimits = LIMITS): Promise<string> {
	await checkDocx(bytes, limits);
	const mammoth = await import('mammoth');
	const extractRawText = mammoth.extractRawText ?? (mammoth as unknown as { default: typeof mammoth }).default.extractRawText;
	const r = await extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
	return r.value;
}

// ── .pdf ────────────────────────────────────────────────────────────────────────────────────────────

const STREAM = Buffer.from('stream');
const ENDSTREAM = Buffer.from('endstream');

/**
 * Expand a PDF's Flate streams (images excepted: text extraction never decodes them) with a cap on the
 * total, nested filters included. Throws LimitError past pdfExpandedBytes; streams that do not inflate are
 * left to pdfjs. Returns the bytes they expand to.
 */
export function checkPdf(bytes: Uint8Array, limits: ReaderLimits = LIMITS): number {
	const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const cap = limits.pdfExpandedBytes;
	let used = 0;
	let i = 0;
	while ((i = buf.indexOf(STREAM, i)) >= 0) {
		const at = i;
		i += STREAM.length;
		if (at >= 3 && buf[at - 3] === 0x65 && buf[at - 2] === 0x6e && buf[at - 1] === 0x64) continue; // endstream
		let s = i;
		if (buf[s] === 0x0d) s++;
		if (buf[s] === 0x0a) s++;
		if (s === i) continue; // the keyword is followed by an end of line
		const e = buf.indexOf(ENDSTREAM, s);
		if (e < 0) break;
		i = e + ENDSTREAM.length;
		const dict = buf.toString('latin1', Math.max(0, at - 2048), at);
		const start = dict.lastIndexOf(' obj');
		const own = start >= 0 ? dict.slice(start) : dict;
		if (/\/Subtype\s*\/Image/.test(own)) continue;
		const filters = own.match(/\/(?:FlateDecode|Fl)\b/g)?.length ?? 0;
		let data: Uint8Array = buf.subarray(s, e);
		for (let k = 0; k < filters; k++) {
			try {
				data = inflateSync(data, { maxOutputLength: Math.max(1, cap - used), finishFlush: zlibConstants.Z_SYNC_FLUSH });
			} catch (err) {
				if (isTooLarge(err)) {
					throw new LimitError(`compressed bomb: its streams expand past ${formatBytes(cap)} (压缩炸弹：解压后超过 ${formatBytes(cap)})`);
				}
				break; // not zlib data: pdfjs decides
			}
			used += data.length;
			if (used > cap) throw new LimitError(`compressed bomb: its streams expand past ${formatBytes(cap)} (压缩炸弹：解压后超过 ${formatBytes(cap)})`);
		}
	}
	return used;
}

/**
 * Load mammoth (small) before taking files, so a .docx's clock counts reading only; pdfjs (larger) is
 * loaded by the first PDF that passes checkPdf, inside that file's time limit, and never for a bomb.
 */
export async function preload(): Promise<void> {
	await import('mammoth');
}

let pdfjsPromise: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | null = null;
const pdfjs = () => (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Text of a PDF within the limits: items grouped into lines by their baseline, top to bottom, left to right. */
export async function pdfText(bytes: Uint8Array, limits: ReaderLimits = LIMITS): Promise<string> {
	const t0 = Date.now();
	checkPdf(bytes, limits);
	const lib = await pdfjs();
	const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
	const doc = await lib.getDocument({
		data: new Uint8Array(bytes),
		cMapUrl: join(root, 'cmaps') + '/',
		cMapPacked: true,
		standardFontDataUrl: join(root, 'standard_fonts') + '/',
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		verbosity: 0
	}).promise;
	return pdfDocumentText(doc, { pages: limits.pdfPages, chars: limits.textChars, ms: Math.max(1, limits.readMs - (Date.now() - t0)) });
}
