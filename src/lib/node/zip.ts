/**
 * A zip archive's central directory, read without inflating anything: enough to check a .docx against
 * its limits before a library expands it. Pure (no node: imports).
 */

/** One member of a zip archive. */
export interface ZipEntry {
	name: string;
	/** 0 stored, 8 deflate; others are not read. */
	method: number;
	compressedSize: number;
	/** As the archive declares it (a bomb may lie: inflate with a cap). */
	declaredSize: number;
	/** Offset of the member's data (after its local header). */
	dataOffset: number;
	/** General purpose flags (bit 0: encrypted, bit 11: UTF-8 name). */
	flags: number;
}

/** The central directory, or why the bytes are not a zip archive this reader accepts. */
export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; reason: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Parse the end record and central directory; `maxEntries` bounds the work before anything is inflated. */
export function zipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
	const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const u16 = (o: number) => v.getUint16(o, true);
	const u32 = (o: number) => v.getUint32(o, true);
	let end = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
		if (u32(i) === EOCD) {
			end = i;
			break;
		}
	}
	if (end < 0) return { ok: false, reason: 'not a zip archive (no end of central directory)' };
	const count = u16(end + 10);
	const size = u32(end + 12);
	const offset = u32(end + 16);
	if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, reason: 'a ZIP64 archive (far larger than a report)' };
	if (count > maxEntries) return { ok: false, reason: `zip bomb: ${count} entries, the limit is ${maxEntries}` };
	if (offset + size > bytes.length) return { ok: false, reason: 'truncated zip archive (central directory past the end)' };
	const entries: ZipEntry[] = [];
	let p = offset;
	const utf8 = new TextDecoder('utf-8', { fatal: true });
	const loose = new TextDecoder();
	// names without the UTF-8 flag are in the archiver's code page: GBK on Chinese Windows
	const nameOf = (b: Uint8Array, flags: number): string => {
		if (flags & 0x800) return loose.decode(b);
		try {
			return utf8.decode(b);
		} catch {
			try {
				return new TextDecoder('gb18030').decode(b);
			} catch {
				return loose.decode(b);
			}
		}
	};
	for (let k = 0; k < count; k++) {
		if (p + 46 > bytes.length || u32(p) !== CENTRAL) return { ok: false, reason: 'damaged zip archive (bad central directory entry)' };
		const flags = u16(p + 8);
		const method = u16(p + 10);
		const compressedSize = u32(p + 20);
		const declaredSize = u32(p + 24);
		const nameLen = u16(p + 28);
		const extraLen = u16(p + 30);
		const commentLen = u16(p + 32);
		const local = u32(p + 42);
		const name = nameOf(bytes.subarray(p + 46, p + 46 + nameLen), flags);
		p += 46 + nameLen + extraLen + commentLen;
		if (local + 30 > bytes.length || u32(local) !== LOCAL) return { ok: false, reason: `damaged zip archive (no local header for ${name})` };
		const dataOffset = local + 30 + u16(local + 26) + u16(local + 28);
		if (dataOffset + compressedSize > bytes.length) return { ok: false, reason: `truncated zip archive (${name} runs past the end)` };
		entries.push({ name, method, compressedSize, declaredSize, dataOffset, flags });
	}
	return { ok: true, entries };
}

/** Elements (start tags) and w:p paragraphs in an XML part's bytes, counted without parsing. */
export function countXml(bytes: Uint8Array): { elements: number; paragraphs: number } {
	const c = new XmlCounter();
	c.feed(bytes);
	return { elements: c.elements, paragraphs: c.paragraphs };
}

/** Limits checkDocxParts applies (a subset of ReaderLimits in limits.ts). */
export interface DocxPartLimits {
	zipEntries: number;
	zipExpandedBytes: number;
	docxParagraphs: number;
	docxElements: number;
}

/** Why a .docx was stopped: `limit` names a limit (zip bomb, too many paragraphs…), else it is unreadable. */
export type DocxCheck = { ok: true; expanded: number; elements: number; paragraphs: number } | { ok: false; limit: boolean; reason: string };

const MB = 1024 * 1024;
const mb = (n: number) => `${Math.round((n / MB) * 10) / 10} MB`;
const count = (n: number) => n.toLocaleString('en-US');

/**
 * Check a .docx against its limits before any library expands it: entries, the bytes its XML parts expand
 * to (inflated as a stream and stopped at the cap, so lying headers do not help a bomb), XML elements and
 * w:p paragraphs (counted while inflating, stopped at the limit: 2,000,000 paragraphs cost the first
 * 50,000). Pure: DecompressionStream('deflate-raw') exists in browsers, workers and Node ≥ 20.
 */
export async function checkDocxParts(bytes: Uint8Array, limits: DocxPartLimits): Promise<DocxCheck> {
	const dir = zipDirectory(bytes, limits.zipEntries);
	if (!dir.ok)
		return { ok: false, limit: dir.reason.startsWith('zip bomb'), reason: dir.reason.startsWith('zip bomb') ? `${dir.reason} (压缩炸弹)` : dir.reason };
	const cap = limits.zipExpandedBytes;
	const parts = dir.entries.filter((e) => /\.(xml|rels)$/i.test(e.name) && (e.method === 0 || e.method === 8));
	const declared = parts.reduce((s, e) => s + e.declaredSize, 0);
	if (declared > cap) return { ok: false, limit: true, reason: `zip bomb: its XML parts expand to ${mb(declared)}, past the ${mb(cap)} limit (压缩炸弹)` };
	const counter = new XmlCounter();
	let expanded = 0;
	const over = (): DocxCheck | null => {
		if (expanded > cap) return { ok: false, limit: true, reason: `zip bomb: expands past ${mb(cap)} (压缩炸弹：解压后超过 ${mb(cap)})` };
		if (counter.paragraphs > limits.docxParagraphs)
			return { ok: false, limit: true, reason: `too many paragraphs: more than ${count(limits.docxParagraphs)} (段落过多)` };
		if (counter.elements > limits.docxElements)
			return { ok: false, limit: true, reason: `too many XML elements: more than ${count(limits.docxElements)} (元素过多)` };
		return null;
	};
	for (const e of parts) {
		const raw = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
		counter.reset();
		if (e.method === 0) {
			expanded += raw.length;
			counter.feed(raw);
			const stop = over();
			if (stop) return stop;
			continue;
		}
		const ds = new DecompressionStream('deflate-raw');
		const writer = ds.writable.getWriter();
		writer.write(raw.slice()).catch(() => undefined);
		writer.close().catch(() => undefined);
		const reader = ds.readable.getReader();
		try {
			for (;;) {
				const { done, value } = await reader.read();
				if (done) break;
				expanded += value.length;
				counter.feed(value);
				const stop = over();
				if (stop) {
					await reader.cancel().catch(() => undefined);
					return stop;
				}
			}
		} catch {
			return { ok: false, limit: false, reason: `damaged zip member ${e.name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}` };
		}
	}
	return { ok: true, expanded, elements: counter.elements, paragraphs: counter.paragraphs };
}

/** Start tags and w:p paragraphs of XML fed in chunks cut anywhere. */
export class XmlCounter {
	elements = 0;
	paragraphs = 0;
	/** 0 text, 1 after '<', 2 after '<w', 3 after '<w:', 4 after '<w:p'. */
	private state = 0;
	reset(): void {
		this.state = 0;
	}
	feed(b: Uint8Array): void {
		let s = this.state;
		let i = 0;
		const n = b.length;
		while (i < n) {
			if (s === 0) {
				const j = b.indexOf(0x3c, i);
				if (j < 0) break;
				s = 1;
				i = j + 1;
				continue;
			}
			const c = b[i++];
			if (s === 1) {
				if (c === 0x2f || c === 0x3f || c === 0x21) s = 0;
				else {
					this.elements++;
					s = c === 0x77 ? 2 : c === 0x3c ? 1 : 0;
				}
			} else if (s === 2) s = c === 0x3a ? 3 : c === 0x3c ? 1 : 0;
			else if (s === 3) s = c === 0x70 ? 4 : c === 0x3c ? 1 : 0;
			else {
				if (c === 0x3e || c === 0x20 || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d) this.paragraphs++;
				s = c === 0x3c ? 1 : 0;
			}
		}
		this.state = s;
	}
}
