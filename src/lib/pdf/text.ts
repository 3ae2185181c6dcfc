/**
 * Turning pdfjs text items into report text: shared by the CLI (src/lib/node/read.ts) and the browser
 * upload worker (src/lib/userdata/pdf.ts). Pure: no pdfjs import, no node: built-ins.
 */
import { LimitError } from '../node/errors';
import { LIMITS } from '../node/limits';
import { layoutText, type TextBox } from './table';

/** A positioned text item as pdfjs gives it. */
export type PdfItem = { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean };

/** A pdfjs item as a box in top-down page coordinates (its baseline is the bottom of the box). */
export function boxOf(it: PdfItem): TextBox {
	const glyph = Math.abs(it.transform[3]) || Math.abs(it.transform[0]) || it.height || 10;
	const h = it.height || glyph;
	return { text: it.str, x: it.transform[4], y: -it.transform[5] - h, w: it.width, h, glyph };
}

/**
 * A page's items as lines of text, top to bottom: items on one baseline side by side, and tables rebuilt
 * from the items' positions (table.ts) — a row is one line of tab-separated cells, a cell's wrapped lines
 * joined into one cell, a merged cell filled into each row it covers.
 */
export function linesOf(items: PdfItem[]): string[] {
	return layoutText(items.filter((it) => it.str !== '').map(boxOf));
}

/** The part of a pdfjs document this module reads (legacy Node build and browser build alike). */
export interface PdfDocumentLike {
	numPages: number;
	getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
	destroy(): Promise<void>;
}

/** Limits documentText stops at (each throws LimitError naming it); all optional. */
export interface PdfTextLimits {
	/** Pages of the document. */
	pages?: number;
	/** Characters of text, all pages together. */
	chars?: number;
	/** Milliseconds, checked after each page (a page's own parse cannot be interrupted here). */
	ms?: number;
}

/** The limits documentText applies unless told otherwise (the browser's upload reader gets them too). */
export const DEFAULT_PDF_LIMITS: PdfTextLimits = { pages: LIMITS.pdfPages, chars: LIMITS.textChars, ms: LIMITS.readMs };

/** Text of every page of an open pdfjs document, lines rebuilt and fixed; destroys the document. */
export async function documentText(doc: PdfDocumentLike, limits: PdfTextLimits = DEFAULT_PDF_LIMITS): Promise<string> {
	return pdfPagesText(await documentPages(doc, limits));
}

/** The text layer of every page of an open pdfjs document, lines and tables rebuilt; destroys the document. */
export async function documentPages(doc: PdfDocumentLike, limits: PdfTextLimits = DEFAULT_PDF_LIMITS): Promise<string[]> {
	const t0 = Date.now();
	try {
		if (limits.pages !== undefined && doc.numPages > limits.pages) {
			throw new LimitError(`too many pages: ${doc.numPages.toLocaleString('en-US')}, the limit is ${limits.pages.toLocaleString('en-US')} (页数过多)`);
		}
		const pages: string[] = [];
		let chars = 0;
		for (let p = 1; p <= doc.numPages; p++) {
			const page = await doc.getPage(p);
			const content = await page.getTextContent();
			const text = linesOf(content.items.filter((i) => typeof i === 'object' && i !== null && 'str' in i) as PdfItem[]).join('\n');
			page.cleanup();
			pages.push(text);
			chars += text.length;
			if (limits.chars !== undefined && chars > limits.chars) {
				throw new LimitError(`too much text: more than ${limits.chars.toLocaleString('en-US')} characters by page ${p} of ${doc.numPages} (文本过长)`);
			}
			if (limits.ms !== undefined && Date.now() - t0 > limits.ms) {
				throw new LimitError(`too slow to read: over ${Math.round(limits.ms / 1000)} s by page ${p} of ${doc.numPages} (读取超时)`);
			}
		}
		return pages;
	} finally {
		await doc.destroy();
	}
}

/** Page texts joined, with the fixes every PDF of these reports needs (radical look-alikes, dashes). */
export function pdfPagesText(pages: string[]): string {
	// Fonts often map the Chinese dash to U+2015; GB18030 and the reports' own text use U+2014.
	return unifyRadicals(pages.join('\n\n')).replace(/\u2015/g, '\u2014');
}

// CJK Radicals Supplement code points some PDF fonts map simplified ideographs to (no Unicode decomposition exists).
const RADICAL_SUPPLEMENT: Record<string, string> = {
	'\u2E9F': '母',
	'\u2EA0': '民',
	'\u2EC4': '西',
	'\u2EC5': '见',
	'\u2EC6': '角',
	'\u2EC9': '贝',
	'\u2ECB': '车',
	'\u2ED1': '長',
	'\u2ED3': '长',
	'\u2ED4': '门',
	'\u2ED7': '雨',
	'\u2ED8': '青',
	'\u2EDA': '页',
	'\u2EDB': '风',
	'\u2EDC': '飞',
	'\u2EDD': '食',
	'\u2EE2': '马',
	'\u2EE3': '骨',
	'\u2EE4': '鬼',
	'\u2EE5': '鱼',
	'\u2EE6': '鸟',
	'\u2EE7': '卤',
	'\u2EE8': '麦',
	'\u2EE9': '黄',
	'\u2EEA': '黾',
	'\u2EEC': '齐',
	'\u2EEE': '齿',
	'\u2EF0': '龙',
	'\u2EF3': '龟'
};

/** Map Kangxi radicals (NFKC) and common CJK radical-supplement forms back to the ideographs PDF fonts meant. */
export function unifyRadicals(text: string): string {
	return text.replace(/[\u2E80-\u2EFF\u2F00-\u2FDF]/g, (ch) => RADICAL_SUPPLEMENT[ch] ?? ch.normalize('NFKC'));
}
