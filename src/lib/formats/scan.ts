/**
 * Whether a PDF's text layer can be read as it is, or its pages must be read by OCR: a scan has no text
 * (or only page numbers), a broken font mapping gives garbage (mojibake, private-use code points, one
 * character a line). Pure.
 */

/** Pages to OCR and why; `all` when the whole text layer is unusable. */
export interface TextLayerVerdict {
	/** 1-based pages whose text layer is empty (a scanned page among text pages). */
	ocrPages: number[];
	/** Why, for notes and messages: 'no text layer', 'garbage text layer (…)', or '' when nothing needs OCR. */
	why: string;
}

const nonSpace = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

/** Share of characters that belong in a Chinese report: CJK ideographs and punctuation, ASCII, full-width forms. */
export function goodShare(s: string): number {
	const t = nonSpace(s);
	if (t.length === 0) return 1;
	let good = 0;
	for (const ch of t) {
		const c = ch.codePointAt(0)!;
		if (
			(c >= 0x21 && c <= 0x7e) ||
			(c >= 0x4e00 && c <= 0x9fff) ||
			(c >= 0x3000 && c <= 0x303f) ||
			(c >= 0xff01 && c <= 0xffef) ||
			(c >= 0x2010 && c <= 0x2027) ||
			c === 0x2030 ||
			(c >= 0x2160 && c <= 0x217f) ||
			(c >= 0x2460 && c <= 0x24ff) ||
			c === 0xb7 ||
			c === 0xd7 ||
			c === 0xf7 ||
			(c >= 0x3400 && c <= 0x4dbf) ||
			c === 0x2103 ||
			(c >= 0x2264 && c <= 0x2265) ||
			(c >= 0x25a0 && c <= 0x25ff) ||
			(c >= 0x2190 && c <= 0x21ff)
		)
			good++;
	}
	return good / t.length;
}

/** Which pages of a PDF (their text layers, in order) need OCR. */
export function textLayerVerdict(pages: string[]): TextLayerVerdict {
	const sizes = pages.map((p) => nonSpace(p).length);
	const total = sizes.reduce((a, b) => a + b, 0);
	const all = pages.map((_, i) => i + 1);
	if (pages.length === 0) return { ocrPages: [], why: '' };
	if (sizes.every((n) => n <= 4)) return { ocrPages: all, why: 'no text layer (scanned pages)' };
	const text = pages.join('\n');
	if (total >= 200) {
		const share = goodShare(text);
		if (share < 0.7) return { ocrPages: all, why: `garbage text layer (${Math.round((1 - share) * 100)}% unreadable characters)` };
		const lines = text
			.split('\n')
			.map(nonSpace)
			.filter((l) => l.length > 0);
		const single = lines.filter((l) => l.length === 1).length;
		if (lines.length >= 30 && single > 0.6 * lines.length)
			return { ocrPages: all, why: `garbage text layer (${Math.round((single / lines.length) * 100)}% of lines hold one character)` };
	}
	// scanned pages among text pages (a signed 自评表 scanned at the end)
	const empty = sizes.map((n, i) => (n <= 4 ? i + 1 : 0)).filter((p) => p > 0);
	return empty.length ? { ocrPages: empty, why: `page${empty.length > 1 ? 's' : ''} ${empty.join(', ')} without a text layer` } : { ocrPages: [], why: '' };
}

/** A PDF whose whole text layer is garbage: only OCR reads it (the browser names the CLI instead). */
export class GarbageTextLayerError extends Error {
	constructor(readonly why: string) {
		super(why);
		this.name = 'GarbageTextLayerError';
	}
}
