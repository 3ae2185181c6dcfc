/** Bytes → text for uploads (encoding detected from the bytes) and delimiter detection. Pure, browser-safe. */
import Papa from 'papaparse';
import { decodeBytes } from '../ingest/decode';

/** Decoded upload text, or a bilingual reason it cannot be read as text. */
export type UploadText = { ok: true; text: string; encoding: string; bom: boolean } | { ok: false; zh: string; en: string };

/** Decodes an uploaded file: UTF-8 with or without BOM, UTF-16 with BOM, GBK/GB18030; rejects empty and binary bytes. */
export function decodeUpload(bytes: Uint8Array): UploadText {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const r = decodeBytes(bytes);
	if (r.ok) return { ok: true, text: r.text.replace(/^\uFEFF/, ''), encoding: r.encoding, bom };
	if (/^empty/.test(r.reason)) return { ok: false, zh: '文件为空', en: `empty file (${r.reason})` };
	if (/binary/.test(r.reason)) return { ok: false, zh: '二进制文件，不是文本', en: 'binary file, not text' };
	return { ok: false, zh: '无法识别的文本编码（不是 UTF-8、UTF-16 或 GBK/GB18030）', en: `unrecognised text encoding: ${r.reason}` };
}

const CANDIDATES = [',', '\t', ';', '|'];

/** The field delimiter of a CSV text, guessed by PapaParse from its first 20 lines (comma when nothing splits them evenly). */
export function detectDelimiter(text: string): string {
	const head = text.slice(0, 1 << 16);
	const r = Papa.parse<string[]>(head, { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: CANDIDATES });
	return r.errors.some((e) => e.code === 'UndetectableDelimiter') ? ',' : r.meta.delimiter;
}

/** A printable name for a delimiter. */
export function delimiterName(d: string): string {
	return d === '\t' ? 'tab' : d;
}
