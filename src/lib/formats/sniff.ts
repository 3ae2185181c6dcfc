/**
 * What a file's bytes really are, whatever its extension says: a .doc saved by a web site is often an
 * HTML page or RTF, an ".xls" export an HTML table, a ".xlsx" with a password an OLE2 container. Pure.
 */

/** Container or document kinds told apart by their first bytes. */
export type Sniffed = 'zip' | 'cfb' | 'pdf' | 'rtf' | 'html' | 'mhtml' | 'xml' | 'png' | 'jpeg' | 'tiff' | 'gif' | 'bmp' | 'webp' | 'text' | 'binary';

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** The kind of a file by its first bytes (a BOM and leading whitespace are skipped for text kinds). */
export function sniff(bytes: Uint8Array): Sniffed {
	if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]) || starts(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
	if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'cfb';
	if (starts(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
	if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (starts(bytes, [0x49, 0x49, 0x2a, 0x00]) || starts(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
	if (starts(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
	if (starts(bytes, [0x42, 0x4d])) return 'bmp';
	if (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && starts(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
	// text kinds: look at the first characters after a BOM and whitespace (UTF-16 pages: every other byte)
	const head = asciiHead(bytes, 2048);
	if (/^%PDF-/.test(head) || /^[\s\S]{0,1024}%PDF-/.test(head)) return 'pdf';
	if (/^\{\\rtf/.test(head)) return 'rtf';
	if (/^(?:MIME-Version|Content-Type|From|Subject|Date|Message-ID|X-[\w-]+):/im.test(head) && /multipart\/related|text\/html/i.test(head)) return 'mhtml';
	if (/^(?:<!--[\s\S]*?-->\s*)*<!doctype html|^(?:<!--[\s\S]*?-->\s*)*<(?:html|head|body|meta|title|div|table|p)\b/i.test(head)) return 'html';
	if (/^<\?xml/i.test(head)) return /<html\b/i.test(head) ? 'html' : 'xml';
	let controls = 0;
	const n = Math.min(bytes.length, 4096);
	for (let i = 0; i < n; i++) {
		const c = bytes[i];
		if (c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b)) controls++;
	}
	return controls > n * 0.1 ? 'binary' : 'text';
}

/** The first bytes as ASCII-ish text: BOM dropped, UTF-16 folded, leading whitespace trimmed. */
function asciiHead(bytes: Uint8Array, n: number): string {
	let b = bytes.subarray(0, n);
	let step = 1;
	let start = 0;
	if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) start = 3;
	else if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
		step = 2;
		start = b[0] === 0xff ? 2 : 3;
	}
	let s = '';
	for (let i = start; i < b.length; i += step) s += String.fromCharCode(b[i]);
	b = new Uint8Array(0);
	return s.replace(/^[\s\u0000]+/, '');
}

/** A human name for a sniffed kind, for messages ("this .doc is really an RTF document"). */
export function kindName(k: Sniffed): string {
	return (
		{
			zip: 'a ZIP/Office Open XML file',
			cfb: 'an OLE2 (old Office) file',
			pdf: 'a PDF',
			rtf: 'an RTF document',
			html: 'an HTML page',
			mhtml: 'an MHTML web archive',
			xml: 'an XML file',
			png: 'a PNG image',
			jpeg: 'a JPEG image',
			tiff: 'a TIFF image',
			gif: 'a GIF image',
			bmp: 'a BMP image',
			webp: 'a WebP image',
			text: 'plain text',
			binary: 'binary data'
		} as const
	)[k];
}
