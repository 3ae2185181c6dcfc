/**
 * Documents → text within LIMITS, in Node: .docx (tables as tab-separated rows), .doc, .rtf, .xlsx/.xls (one
 * text per sheet), saved web pages, PDFs (the text layer; scanned or garbage pages by OCR) and images (OCR).
 * Runs in the reader sandbox thread (sandbox.ts), which adds a time and heap backstop; the checks here name
 * the limit fast, before a library expands anything: a .docx's or .xlsx's zip directory and XML parts are
 * measured while inflated as a stream and stopped at a limit (zip bombs, millions of paragraphs), a PDF's
 * compressed streams with a capped inflate (compressed bombs), then pages, sheets, cells, pixels and time.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants as zlibConstants, inflateSync } from 'node:zlib';
import { decodeHtml, htmlToText, mhtmlToHtml } from '../formats/html';
import { textLayerVerdict } from '../formats/scan';
import { RtfError, rtfToText } from '../formats/rtf';
import { kindName, sniff } from '../formats/sniff';
import { WorkbookError, workbookSheets, type SheetJs } from '../formats/sheets';
import { documentText as pdfDocumentText, linesOf, pdfPagesText, type PdfItem } from '../pdf/text';
import { LimitError } from './errors';
import { LIMITS, formatBytes, formatCount, type ReaderLimits } from './limits';
import { safeText } from './names';
import { OCR_HOWTO, ocrEngine, ocrImage, ocrPages, prepareImage, type OcrLine } from './ocr';
import { checkDocxParts } from './zip';

/** What OCR added to a document: its lines with their confidence, pages read, time. */
export interface OcrInfo {
	lines: OcrLine[];
	pages: number;
	ms: number;
}

/** Text of a document (or of each sheet of a workbook), or why not. */
export type HeavyResult =
	| {
			ok: true;
			text: string;
			/** A workbook: one text per sheet (`text` is then empty). */
			sheets?: { name: string; text: string }[];
			/** Present when some or all of the text was read by OCR. */
			ocr?: OcrInfo;
			/** What the reader noticed (a .doc that was a web page, pages read by OCR …), one line each. */
			notes?: string[];
	  }
	| { ok: false; reason: string };

/** Progress of a long read: pages done of total (OCR). */
export type ReadProgress = (done: number, total: number, what: string) => void;

/** Extensions readHeavy takes (every format but .txt/.md). */
export const HEAVY_EXTENSIONS = [
	'.pdf',
	'.docx',
	'.doc',
	'.rtf',
	'.xlsx',
	'.xls',
	'.html',
	'.htm',
	'.mhtml',
	'.mht',
	'.png',
	'.jpg',
	'.jpeg',
	'.tif',
	'.tiff'
] as const;
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'] as const;

/** Document bytes → text, or the reason (a limit by name, or "unreadable …"); never throws. */
export async function readHeavy(bytes: Uint8Array, ext: string, limits: ReaderLimits = LIMITS, progress?: ReadProgress): Promise<HeavyResult> {
	const format = ext.slice(1);
	let r: HeavyResult;
	try {
		r = await readAny(bytes, ext, limits, progress);
	} catch (e) {
		if (e instanceof LimitError) return { ok: false, reason: e.message };
		if (e instanceof WorkbookError) return { ok: false, reason: e.message };
		if (e instanceof RtfError) return { ok: false, reason: `unreadable rtf (${e.message})` };
		if (e instanceof Error && e.message.startsWith(OCR_HOWTO.slice(0, 20))) return { ok: false, reason: e.message };
		return { ok: false, reason: `unreadable ${format} (${oneLine(e)})` };
	}
	if (!r.ok) return r;
	const size = r.sheets ? r.sheets.reduce((n, s) => n + s.text.length, 0) : r.text.length;
	if (size > limits.textChars) {
		return { ok: false, reason: `too much text: ${formatCount(size)} characters, the limit is ${formatCount(limits.textChars)} (文本过长)` };
	}
	if (r.sheets ? r.sheets.every((s) => s.text.trim() === '') : r.text.trim() === '') {
		if (r.ocr) return { ok: false, reason: `no readable text found by OCR in ${r.ocr.pages} page${r.ocr.pages === 1 ? '' : 's'} (扫描件无可识别文字)` };
		return { ok: false, reason: r.sheets ? `${format} has no cells with text (工作簿为空)` : `${format} has no extractable text (scanned image?)` };
	}
	return r;
}

async function readAny(bytes: Uint8Array, ext: string, limits: ReaderLimits, progress?: ReadProgress): Promise<HeavyResult> {
	const kind = sniff(bytes);
	switch (ext) {
		case '.docx':
			if (kind === 'cfb') return withNote({ ok: true, text: await docText(bytes) }, 'a .docx that is an old Word (.doc) file: read as .doc');
			return { ok: true, text: await docxText(bytes, limits) };
		case '.doc':
			if (kind === 'cfb') return { ok: true, text: await docText(bytes) };
			if (kind === 'zip') return withNote({ ok: true, text: await docxText(bytes, limits) }, 'a .doc that is a .docx file: read as .docx');
			if (kind === 'html' || kind === 'mhtml') return withNote(pageText(bytes, kind), `a .doc that is really ${kindName(kind)}: read as a web page`);
			if (kind === 'rtf') return withNote({ ok: true, text: rtfToText(bytes) }, 'a .doc that is really an RTF document: read as RTF');
			return { ok: false, reason: `this .doc is really ${kindName(kind)}, not a Word document (不是 Word 文档)` };
		case '.rtf':
			if (kind !== 'rtf') return { ok: false, reason: `this .rtf is really ${kindName(kind)}, not an RTF document (不是 RTF 文档)` };
			return { ok: true, text: rtfToText(bytes) };
		case '.xlsx':
		case '.xls':
			if (kind === 'html' || kind === 'mhtml') return withNote(pageText(bytes, kind), `${ext} that is really ${kindName(kind)}: its tables read as a web page`);
			if (kind === 'zip') {
				const c = await checkDocxParts(bytes, { ...limits, docxParagraphs: Infinity, docxElements: Infinity });
				if (!c.ok) throw c.limit ? new LimitError(c.reason) : new Error(c.reason);
			} else if (kind !== 'cfb' && kind !== 'xml')
				return { ok: false, reason: `this ${ext} is really ${kindName(kind)}, not an Excel workbook (不是 Excel 工作簿)` };
			return { ok: true, text: '', sheets: workbookSheets(await sheetJs(), bytes, limits) };
		case '.html':
		case '.htm':
		case '.mhtml':
		case '.mht':
			return pageText(bytes, ext === '.mhtml' || ext === '.mht' ? (kind === 'html' ? 'html' : 'mhtml') : kind === 'mhtml' ? 'mhtml' : 'html');
		case '.pdf':
			return pdfRead(bytes, limits, progress);
		default:
			if ((IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
				if (!['png', 'jpeg', 'tiff', 'gif', 'bmp', 'webp'].includes(kind))
					return { ok: false, reason: `this ${ext} is really ${kindName(kind)}, not an image (不是图片)` };
				const r = await ocrImage(bytes, limits, (d, t) => progress?.(d, t, 'OCR page'));
				return {
					ok: true,
					text: r.text,
					ocr: { lines: r.lines, pages: r.pages, ms: r.ms },
					notes: [`read by OCR (${r.pages} page${r.pages === 1 ? '' : 's'}, ${(r.ms / 1000).toFixed(1)} s)`]
				};
			}
			return { ok: false, reason: `not a format the ingest reads (${ext})` };
	}
}

function withNote(r: HeavyResult | { ok: true; text: string }, note: string): HeavyResult {
	return r.ok ? { ...r, notes: [...(('notes' in r && r.notes) || []), note] } : r;
}

/** A saved page's article text. */
function pageText(bytes: Uint8Array, kind: 'html' | 'mhtml' | string): HeavyResult {
	let html: string;
	if (kind === 'mhtml') {
		const m = mhtmlToHtml(bytes);
		if (!m.ok) return { ok: false, reason: m.reason };
		html = m.html;
	} else html = decodeHtml(bytes).html;
	return { ok: true, text: htmlToText(html, { mode: 'page' }).text };
}

let sheetJsPromise: Promise<SheetJs> | null = null;
/** SheetJS, loaded by the first workbook. */
function sheetJs(): Promise<SheetJs> {
	return (sheetJsPromise ??= import('xlsx').then((m) =>
		(m as unknown as { default?: SheetJs }).default?.read ? (m as unknown as { default: SheetJs }).default : (m as unknown as SheetJs)
	));
}

/** Text of an old Word (.doc, OLE2) file: word-extractor's body, table cells tab-separated, rows one a line. */
export async function docText(bytes: Uint8Array): Promise<string> {
	const mod = await import('word-extractor');
	const WordExtractor = (mod.default ?? mod) as unknown as new () => { extract(b: Buffer): Promise<{ getBody(): string }> };
	const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
	// a cell ends with a tab; the row's end mark became a line break, so a row ends "…\t\n"
	return doc.getBody().replace(/\t+\n/g, '\n');
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

/**
 * Text of a .docx within the limits: its paragraphs as mammoth's raw text gives them (each followed by a
 * blank line) and its tables as tab-separated rows, one a line, merged cells placed in their columns.
 */
export async function docxText(bytes: Uint8Array, limits: ReaderLimits = LIMITS): Promise<string> {
	await checkDocx(bytes, limits);
	const mod = await import('mammoth');
	const mammoth = ((mod as unknown as { default?: typeof mod }).default ?? mod) as typeof mod;
	// images are not text: an empty src instead of the picture inlined as base64
	const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
	const r = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { convertImage });
	return htmlToText(r.value, { mode: 'docx' }).text;
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
	const doc = await openPdf(bytes);
	return pdfDocumentText(doc, { pages: limits.pdfPages, chars: limits.textChars, ms: Math.max(1, limits.readMs - (Date.now() - t0)) });
}

async function openPdf(bytes: Uint8Array) {
	const lib = await pdfjs();
	const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
	return lib.getDocument({
		data: new Uint8Array(bytes),
		cMapUrl: join(root, 'cmaps') + '/',
		cMapPacked: true,
		standardFontDataUrl: join(root, 'standard_fonts') + '/',
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		verbosity: 0
	}).promise;
}

/**
 * A PDF's text: its text layer, page by page; pages without one (a scan) or a whole layer that is garbage
 * (textLayerVerdict) are rendered at about 150 dpi and read by OCR. Limits: pages, text, time (the text
 * layer within readMs; each OCR page within readMs of its own, the sandbox's clock restarting per page),
 * pages to OCR.
 */
export async function pdfRead(bytes: Uint8Array, limits: ReaderLimits = LIMITS, progress?: ReadProgress): Promise<HeavyResult> {
	const t0 = Date.now();
	checkPdf(bytes, limits);
	const doc = await openPdf(bytes);
	try {
		const n = doc.numPages;
		if (n > limits.pdfPages) throw new LimitError(`too many pages: ${formatCount(n)}, the limit is ${formatCount(limits.pdfPages)} (页数过多)`);
		const pages: string[] = [];
		let chars = 0;
		for (let p = 1; p <= n; p++) {
			const page = await doc.getPage(p);
			const content = await page.getTextContent();
			const text = linesOf(content.items.filter((i) => typeof i === 'object' && i !== null && 'str' in i) as PdfItem[]).join('\n');
			page.cleanup();
			pages.push(text);
			chars += text.length;
			if (chars > limits.textChars)
				throw new LimitError(`too much text: more than ${formatCount(limits.textChars)} characters by page ${p} of ${n} (文本过长)`);
			if (Date.now() - t0 > limits.readMs) throw new LimitError(`too slow to read: over ${Math.round(limits.readMs / 1000)} s by page ${p} of ${n} (读取超时)`);
		}
		const verdict = textLayerVerdict(pages);
		if (verdict.ocrPages.length === 0) return { ok: true, text: pdfPagesText(pages) };
		const whole = verdict.ocrPages.length === n;
		try {
			await ocrEngine();
		} catch (e) {
			// a text PDF with a blank page keeps its text; a scan needs OCR
			if (!whole) return { ok: true, text: pdfPagesText(pages), notes: [`${verdict.why}: not read (OCR not available)`] };
			throw new Error(`${OCR_HOWTO} — ${verdict.why}`);
		}
		if (verdict.ocrPages.length > limits.ocrPages) {
			throw new LimitError(`too many pages to OCR: ${formatCount(verdict.ocrPages.length)}, the limit is ${formatCount(limits.ocrPages)} (扫描页数过多)`);
		}
		progress?.(0, verdict.ocrPages.length, 'OCR page');
		const renders = (async function* () {
			for (const p of verdict.ocrPages) yield await renderPage(doc, p, limits);
		})();
		const r = await ocrPages(renders, verdict.ocrPages.length, (d, t) => progress?.(d, t, 'OCR page'));
		// lines carry the PDF's page numbers, and OCR'd pages replace their (empty or garbage) text layer
		for (const l of r.lines) l.page = verdict.ocrPages[l.page - 1];
		const merged = pages.map((t, i) => (verdict.ocrPages.includes(i + 1) ? r.pageTexts[verdict.ocrPages.indexOf(i + 1)] : t));
		return {
			ok: true,
			text: pdfPagesText(merged),
			ocr: { lines: r.lines, pages: r.pages, ms: r.ms },
			notes: [`${verdict.why}: ${r.pages} page${r.pages === 1 ? '' : 's'} read by OCR in ${(r.ms / 1000).toFixed(1)} s`]
		};
	} finally {
		await doc.destroy();
	}
}

/** One PDF page as a PNG at about 150 dpi (longer side at most 2000 px), through pdfjs and @napi-rs/canvas. */
async function renderPage(doc: Awaited<ReturnType<typeof openPdf>>, p: number, limits: ReaderLimits): Promise<Buffer> {
	const page = await doc.getPage(p);
	const base = page.getViewport({ scale: 1 });
	const scale = Math.min(150 / 72, 2000 / Math.max(base.width, base.height));
	const vp = page.getViewport({ scale });
	const w = Math.ceil(vp.width);
	const h = Math.ceil(vp.height);
	if (w * h > limits.imagePixels) throw new LimitError(`page ${p} too large to render: ${w}×${h} pixels (页面过大)`);
	const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: { toBuffer(t: string): Buffer }; context: unknown } } })
		.canvasFactory;
	const { canvas, context } = factory.create(w, h);
	const ctx = context as { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, w, h);
	await page.render({ canvasContext: context as never, viewport: vp }).promise;
	page.cleanup();
	return prepareImage(canvas.toBuffer('image/png'), limits);
}
