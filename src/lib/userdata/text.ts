/** Bytes → text for uploads (encoding detected from the bytes) and delimiter detection. Pure, browser-safe. */
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

const CANDIDATES = [',', '\t', ';', '|'] as const;

/** The field delimiter of a CSV text: the candidate that splits the first lines into the most, equal, fields. */
export function detectDelimiter(text: string): string {
	const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 20);
	let best: string = ',';
	let bestScore = 0;
	for (const d of CANDIDATES) {
		const counts = lines.map((l) => countOutsideQuotes(l, d));
		if (counts.length === 0 || counts[0] === 0) continue;
		const same = counts.filter((c) => c === counts[0]).length / counts.length;
		const score = counts[0] * same;
		if (score > bestScore) {
			bestScore = score;
			best = d;
		}
	}
	return best;
}

function countOutsideQuotes(line: string, d: string): number {
	let n = 0;
	let quoted = false;
	for (const ch of line) {
		if (ch === '"') quoted = !quoted;
		else if (ch === d && !quoted) n++;
	}
	return n;
}

/** A printable name for a delimiter. */
export function delimiterName(d: string): string {
	return d === '\t' ? 'tab' : d;
}
