/**
 * RTF → text (a .rtf, or a .doc that is really RTF, as Word and WPS save them): \uN escapes (with their
 * \ucN fallbacks skipped), \'hh bytes in the document's code page (\ansicpgN) or the current font's charset
 * (\fcharset134 → GBK), \par \line \sect \page as line breaks, \tab as a tab, table cells (\cell, \row) as
 * tab-separated rows as from .docx; font and colour tables, style sheets, document info, pictures, field
 * instructions and every \*\ destination skipped. Pure (CLI and browser alike); throws RtfError on a file
 * that is no RTF or nests groups past the limit.
 */

export class RtfError extends Error {}

/** Groups deeper than this are refused (Word writes a few dozen at most). */
const MAX_DEPTH = 1000;

/** Destinations whose text is not the document's. */
const SKIP = new Set([
	'fonttbl',
	'colortbl',
	'stylesheet',
	'info',
	'pict',
	'object',
	'objdata',
	'fldinst',
	'listtable',
	'listoverridetable',
	'revtbl',
	'rsidtbl',
	'filetbl',
	'generator',
	'xmlnstbl',
	'themedata',
	'colorschememapping',
	'datastore',
	'latentstyles',
	'header',
	'headerl',
	'headerr',
	'headerf',
	'footer',
	'footerl',
	'footerr',
	'footerf',
	'nonshppict',
	'shppict',
	'bkmkstart',
	'bkmkend',
	'mmathPr',
	'pgdsctbl',
	'docvar',
	'userprops',
	'template',
	'falt',
	'panose',
	'fname',
	'listtext',
	'pntext',
	'xe',
	'tc'
]);

/** Symbols written as control words. */
const WORDS: Record<string, string> = {
	par: '\n',
	line: '\n',
	sect: '\n',
	page: '\n',
	tab: '\t',
	cell: '\t',
	nestcell: '\t',
	row: '\n',
	nestrow: '\n',
	emdash: '\u2014',
	endash: '\u2013',
	emspace: '\u2003',
	enspace: '\u2002',
	qmspace: '\u2005',
	bullet: '\u2022',
	lquote: '\u2018',
	rquote: '\u2019',
	ldblquote: '\u201C',
	rdblquote: '\u201D'
};

/** Windows font charsets → code pages. */
const CHARSET_CP: Record<number, number> = {
	0: 1252,
	128: 932,
	129: 949,
	134: 936,
	136: 950,
	161: 1253,
	162: 1254,
	177: 1255,
	178: 1256,
	186: 1257,
	204: 1251,
	222: 874,
	238: 1250
};

/** A TextDecoder label for a Windows code page. */
function decoderLabel(cp: number): string {
	if (cp === 936 || cp === 54936) return 'gb18030';
	if (cp === 950) return 'big5';
	if (cp === 932) return 'shift_jis';
	if (cp === 949) return 'euc-kr';
	if (cp === 65001) return 'utf-8';
	if (cp === 10000) return 'macintosh';
	if (cp === 874) return 'windows-874';
	return cp >= 1250 && cp <= 1258 ? `windows-${cp}` : 'windows-1252';
}

interface Group {
	skip: boolean;
	uc: number;
	font: number | null;
	/** Inside the font table: the font being described. */
	fonttbl: boolean;
}

/** The text of an RTF document. */
export function rtfToText(bytes: Uint8Array): string {
	if (!/^\{\\rtf/.test(String.fromCharCode(...bytes.subarray(0, 6)))) throw new RtfError('not an RTF document (no {\\rtf header)');
	return new Reader(bytes).read();
}

class Reader {
	private i = 0;
	private out = '';
	private pending: number[] = [];
	private cp = 1252;
	private deff: number | null = null;
	private fonts = new Map<number, number>();
	private stack: Group[] = [];
	private g: Group = { skip: false, uc: 1, font: null, fonttbl: false };
	/** Fallback characters still to skip after a \uN. */
	private skipChars = 0;

	constructor(private bytes: Uint8Array) {}

	read(): string {
		const b = this.bytes;
		while (this.i < b.length) {
			const c = b[this.i];
			if (c === 0x7b) this.open();
			else if (c === 0x7d) this.close();
			else if (c === 0x5c) this.control();
			else {
				this.i++;
				if (c !== 0x0a && c !== 0x0d) this.byte(c);
			}
		}
		this.flush();
		return this.out
			.split('\n')
			.map((l) => l.replace(/[\t ]+$/, ''))
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim();
	}

	private open(): void {
		this.i++;
		this.flush();
		if (this.stack.length >= MAX_DEPTH) throw new RtfError(`groups nested deeper than ${MAX_DEPTH}`);
		this.stack.push(this.g);
		this.g = { ...this.g };
		this.skipChars = 0;
	}

	private close(): void {
		this.i++;
		this.flush();
		this.g = this.stack.pop() ?? this.g;
		this.skipChars = 0;
	}

	/** A character of text (or a byte of one, in the current code page). */
	private byte(c: number): void {
		if (this.skipChars > 0) {
			this.skipChars--;
			return;
		}
		if (this.g.skip) return;
		this.pending.push(c);
	}

	private text(s: string): void {
		this.flush();
		if (!this.g.skip) this.out += s;
	}

	private flush(): void {
		if (this.pending.length === 0) return;
		const font = this.g.font ?? this.deff;
		const cp = (font !== null ? this.fonts.get(font) : undefined) ?? this.cp;
		this.out += new TextDecoder(decoderLabel(cp)).decode(new Uint8Array(this.pending));
		this.pending = [];
	}

	private control(): void {
		const b = this.bytes;
		const next = b[this.i + 1];
		if (next === undefined) {
			this.i++;
			return;
		}
		if (next === 0x27) {
			// \'hh: one byte in the current code page
			const hex = String.fromCharCode(b[this.i + 2] ?? 0, b[this.i + 3] ?? 0);
			this.i += 4;
			if (/^[0-9a-fA-F]{2}$/.test(hex)) this.byte(parseInt(hex, 16));
			return;
		}
		if (!isLetter(next)) {
			this.i += 2;
			this.symbol(String.fromCharCode(next));
			return;
		}
		let j = this.i + 1;
		while (j < b.length && isLetter(b[j])) j++;
		const word = String.fromCharCode(...b.subarray(this.i + 1, j));
		let k = j;
		if (b[k] === 0x2d) k++;
		while (k < b.length && b[k] >= 0x30 && b[k] <= 0x39) k++;
		const param = k > j && !(k === j + 1 && b[j] === 0x2d) ? Number(String.fromCharCode(...b.subarray(j, k))) : null;
		this.i = b[k] === 0x20 ? k + 1 : k;
		this.word(word, param);
	}

	private symbol(s: string): void {
		if (s === '*') {
			this.flush();
			this.g.skip = true; // \*\dest: a destination this reader does not know
			return;
		}
		if (this.skipChars > 0) {
			this.skipChars--;
			return;
		}
		if (s === '\\' || s === '{' || s === '}') this.byte(s.charCodeAt(0));
		else if (s === '~') this.text('\u00A0');
		else if (s === '_') this.text('\u2011');
		else if (s === '\n' || s === '\r') this.text('\n');
	}

	private word(w: string, n: number | null): void {
		if (this.skipChars > 0 && w !== 'u') {
			this.skipChars--;
			return;
		}
		if (w === 'u' && n !== null) {
			this.text(String.fromCharCode(n < 0 ? n + 65536 : n));
			this.skipChars = this.g.uc;
			return;
		}
		if (w === 'uc' && n !== null) this.g.uc = n;
		else if (w === 'ansicpg' && n !== null) this.cp = n;
		else if (w === 'deff' && n !== null) this.deff = n;
		else if (w === 'bin' && n !== null && n > 0)
			this.i += n; // binary data (pictures)
		else if (w === 'fonttbl') {
			this.flush();
			this.g.fonttbl = true;
			this.g.skip = true;
		} else if (w === 'f' && n !== null) {
			this.flush();
			this.g.font = n;
		} else if (w === 'fcharset' && n !== null && this.g.fonttbl && this.g.font !== null && CHARSET_CP[n]) this.fonts.set(this.g.font, CHARSET_CP[n]);
		else if (w === 'plain') this.g.font = null;
		else if (SKIP.has(w)) {
			this.flush();
			this.g.skip = true;
		} else if (w in WORDS) this.text(WORDS[w]);
	}
}

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
