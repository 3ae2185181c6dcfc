/** Reading one document file (txt, md, pdf, docx) into text, in Node. */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { decodeBytes } from './decode';

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
export type PdfItem = { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean };

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
	try {
		const pages: string[] = [];
		for (let p = 1; p <= doc.numPages; p++) {
			const page = await doc.getPage(p);
			const content = await page.getTextContent();
			pages.push(linesOf(content.items.filter((i) => 'str' in i) as PdfItem[]).join('\n'));
			page.cleanup();
		}
		// Fonts often map the Chinese dash to U+2015; GB18030 and the reports' own text use U+2014.
		return unifyRadicals(pages.join('\n\n')).replace(/\u2015/g, '\u2014');
	} finally {
		await doc.destroy();
	}
}

/** Group positioned text items into lines (same baseline within half a glyph height). */
export function linesOf(items: PdfItem[]): string[] {
	const rows: { y: number; h: number; items: PdfItem[] }[] = [];
	for (const it of items) {
		if (it.str === '' && !it.hasEOL) continue;
		const y = it.transform[5];
		const h = Math.abs(it.transform[3]) || it.height || 10;
		const row = rows.find((r) => Math.abs(r.y - y) <= Math.max(r.h, h) / 2);
		if (row) row.items.push(it);
		else rows.push({ y, h, items: [it] });
	}
	rows.sort((a, b) => b.y - a.y);
	return rows.map((r) => {
		r.items.sort((a, b) => a.transform[4] - b.transform[4]);
		let line = '';
		let end = -Infinity;
		for (const it of r.items) {
			const x = it.transform[4];
			const gap = x - end;
			const glyph = Math.abs(it.transform[0]) || r.h;
			if (line !== '' && gap > glyph * 0.8 && !line.endsWith(' ') && !it.str.startsWith(' ')) line += ' ';
			line += it.str;
			end = x + it.width;
		}
		return line.replace(/\s+$/, '');
	});
}

/** Text of a .docx: its paragraphs as mammoth gives them (separated by blank lines). */
export async function docxText(bytes: Uint8Array): Promise<string> {
	const mammoth = await import('mammoth');
	const extractRawText = mammoth.extractRawText ?? (mammoth as unknown as { default: typeof mammoth }).default.extractRawText;
	const r = await extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
	return r.value;
}

// CJK Radicals Supplement code points some PDF fonts map simplified ideographs to (no Unicode decomposition exists).
const RADICAL_SUPPLEMENT: Record<string, string> = {
	'\u2E9F': '母', '\u2EA0': '民', '\u2EC4': '西', '\u2EC5': '见', '\u2EC6': '角', '\u2EC9': '贝', '\u2ECB': '车',
	'\u2ED1': '長', '\u2ED3': '长', '\u2ED4': '门', '\u2ED7': '雨', '\u2ED8': '青', '\u2EDA': '页', '\u2EDB': '风',
	'\u2EDC': '飞', '\u2EDD': '食', '\u2EE2': '马', '\u2EE3': '骨', '\u2EE4': '鬼', '\u2EE5': '鱼', '\u2EE6': '鸟',
	'\u2EE7': '卤', '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙',
	'\u2EF3': '龟'
};

/** Map Kangxi radicals (NFKC) and common CJK radical-supplement forms back to the ideographs PDF fonts meant. */
export function unifyRadicals(text: string): string {
	return text.replace(/[\u2E80-\u2EFF\u2F00-\u2FDF]/g, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}
