/**
 * Bytes → text by detection. Pure (TextDecoder only, no node: imports) so the browser can reuse it
 * for dropped files.
 */

/** The outcome of decoding one file's bytes. */
export type DecodeResult = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' } | { ok: false; reason: string };

const CONTROL_SHARE_LIMIT = 0.1;

/** Decode a document's bytes: UTF-8 (± BOM), UTF-16 (with a BOM, or without when its zero bytes show it), else GB18030/GBK; rejects empty and binary input. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
	if (bytes.length === 0) return { ok: false, reason: 'empty file' };
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return finish(bytes.subarray(3), 'utf-8', 'invalid UTF-8 after a UTF-8 byte-order mark');
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return finish(bytes.subarray(2), 'utf-16le', 'invalid UTF-16LE after its byte-order mark');
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return finish(bytes.subarray(2), 'utf-16be', 'invalid UTF-16BE after its byte-order mark');
	}
	const u16 = sniffUtf16(bytes);
	if (u16) {
		const text = tryDecode(bytes.length % 2 ? bytes.subarray(0, bytes.length - 1) : bytes, u16);
		if (text !== null && plausibleText(text)) return checked(text, u16);
	}
	if (looksBinary(bytes)) return { ok: false, reason: 'binary file, not text' };
	const utf8 = tryDecode(bytes, 'utf-8');
	if (utf8 !== null) return checked(utf8, 'utf-8');
	const scan = scanUtf8(bytes);
	// Mostly-valid UTF-8 with a few bad bytes is a damaged UTF-8 file; decoding it as GBK would give mojibake.
	if (scan.valid >= 10 && scan.valid >= 9 * scan.invalid) {
		return { ok: false, reason: `invalid UTF-8 at byte offset ${scan.firstBad} (the rest of the file is UTF-8)` };
	}
	const gb = tryDecode(bytes, 'gb18030');
	if (gb !== null) return checked(gb, 'gb18030');
	return {
		ok: false,
		reason: `not valid UTF-8, UTF-16 or GB18030/GBK text (first bad UTF-8 byte at offset ${scan.firstBad})`
	};
}

function finish(body: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bad: string): DecodeResult {
	const text = tryDecode(body, encoding);
	if (text === null) return { ok: false, reason: bad };
	return checked(text, encoding);
}

function checked(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'): DecodeResult {
	if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
	if (controlShare(text) > CONTROL_SHARE_LIMIT || text.includes('\u0000')) {
		return { ok: false, reason: 'binary file, not text' };
	}
	return { ok: true, text, encoding };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
	try {
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * UTF-16 without a byte-order mark: ASCII characters (digits, spaces, line ends, which every report has)
 * put a zero byte on one side of each pair, high bytes for LE, low bytes for BE; the other side sees zeros
 * only from the few ideographs at U+xx00 (一 is U+4E00). plausibleText then confirms the guess.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 65536) & ~1;
	if (n < 4) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	const pairs = n / 2;
	if (odd >= pairs * 0.03 && even <= odd * 0.25) return 'utf-16le';
	if (even >= pairs * 0.03 && odd <= even * 0.25) return 'utf-16be';
	return null;
}

/** Most characters are CJK, CJK punctuation, full-width forms, printable ASCII or whitespace. */
function plausibleText(text: string): boolean {
	const n = Math.min(text.length, 32768);
	let good = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if (
			(c >= 0x20 && c < 0x7f) ||
			c === 0x09 ||
			c === 0x0a ||
			c === 0x0d ||
			(c >= 0x4e00 && c <= 0x9fff) ||
			(c >= 0x3000 && c <= 0x303f) ||
			(c >= 0xff00 && c <= 0xffef) ||
			(c >= 0x2000 && c <= 0x206f) ||
			(c >= 0xa0 && c <= 0x24f) ||
			(c >= 0x3400 && c <= 0x4dbf)
		)
			good++;
	}
	return n > 0 && good >= n * 0.9;
}

/** NUL bytes or many C0 control bytes (other than tab, LF, FF, CR, ESC-free text) mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 65536);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) return true;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
	}
	return control / n > CONTROL_SHARE_LIMIT;
}

function controlShare(text: string): number {
	const n = Math.min(text.length, 65536);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const c = text.charCodeAt(i);
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) control++;
	}
	return n === 0 ? 0 : control / n;
}

/** Valid multi-byte UTF-8 sequences, invalid bytes, and the offset of the first invalid byte. */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; firstBad: number } {
	let valid = 0;
	let invalid = 0;
	let firstBad = -1;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
		let ok = len > 0;
		for (let k = 1; ok && k < len; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
		if (!ok) {
			invalid++;
			if (firstBad < 0) firstBad = i;
			i++;
		} else {
			if (len > 1) valid++;
			i += len;
		}
	}
	return { valid, invalid, firstBad };
}
