/** Reading one document file (txt, md, pdf, docx) into text, in Node. */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { decodeBytes } from './decode';
import { documentText as pdfDocumentText } from '../pdf/text';

export { linesOf, unifyRadicals, type PdfItem } from '../pdf/text';

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

/** Read a file and turn it into text according to its extension. */
export async function readDocument(path: string): Promise<ReadResult> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (e) {
		return { ok: false, reason: `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
	}
	return documentText(bytes, extname(path).toLowerCase());
}

/** Text of a document's bytes given its extension ('.txt', '.md', '.pdf', '.docx'). */
export async function documentText(bytes: Uint8Array, ext: string): Promise<ReadResult> {
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	if (bytes.length === 0) return { ok: false, reason: 'empty file', sha256 };
	try {
		if (ext === '.pdf') return withHash(await pdfText(bytes), 'pdf', sha256);
		if (ext === '.docx') return withHash(await docxText(bytes), 'docx', sha256);
	} catch (e) {
		return { ok: false, reason: `unreadable ${ext.slice(1)} (${oneLine(e)})`, sha256 };
	}
	const decoded = decodeBytes(bytes);
	if (!decoded.ok) return { ok: false, reason: decoded.reason, sha256 };
	return { ok: true, text: decoded.text, sha256, format: decoded.encoding };
}

function withHash(text: string, format: string, sha256: string): ReadResult {
	if (text.trim() === '') return { ok: false, reason: `${format} has no extractable text (scanned image?)`, sha256 };
	return { ok: true, text, sha256, format };
}

function oneLine(e: unknown): string {
	const m = e instanceof Error ? e.message : String(e);
	return m.split('\n')[0].slice(0, 160);
}

/** A positioned text item as pdfjs gives it. */

let pdfjsPromise: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | null = null;
const pdfjs = () => (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Text of a PDF: items grouped into lines by their baseline, ordered top to bottom, left to right. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
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
	return pdfDocumentText(doc);
}


/** Text of a .docx: its paragraphs as mammoth gives them (separated by blank lines). */
export async function docxText(bytes: Uint8Array): Promise<string> {
	const mammoth = await import('mammoth');
	const extractRawText = mammoth.extractRawText ?? (mammoth as unknown as { default: typeof mammoth }).default.extractRawText;
	const r = await extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
	return r.value;
}

