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
	const dec = new TextDecoder();
	for (let k = 0; k < count; k++) {
		if (p + 46 > bytes.length || u32(p) !== CENTRAL) return { ok: false, reason: 'damaged zip archive (bad central directory entry)' };
		const method = u16(p + 10);
		const compressedSize = u32(p + 20);
		const declaredSize = u32(p + 24);
		const nameLen = u16(p + 28);
		const extraLen = u16(p + 30);
		const commentLen = u16(p + 32);
		const local = u32(p + 42);
		const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
		p += 46 + nameLen + extraLen + commentLen;
		if (local + 30 > bytes.length || u32(local) !== LOCAL) return { ok: false, reason: `damaged zip archive (no local header for ${name})` };
		const dataOffset = local + 30 + u16(local + 26) + u16(local + 28);
		if (dataOffset + compressedSize > bytes.length) return { ok: false, reason: `truncated zip archive (${name} runs past the end)` };
		entries.push({ name, method, compressedSize, declaredSize, dataOffset });
	}
	return { ok: true, entries };
}

/** Elements (start tags) and w:p paragraphs in an XML part's bytes, counted without parsing. */
export function countXml(bytes: Uint8Array): { elements: number; paragraphs: number } {
	let elements = 0;
	let paragraphs = 0;
	const n = bytes.length;
	for (let i = bytes.indexOf(0x3c); i >= 0 && i < n - 1; i = bytes.indexOf(0x3c, i + 1)) {
		const c = bytes[i + 1];
		if (c === 0x2f || c === 0x3f || c === 0x21) continue; // </…, <?…, <!…
		elements++;
		// <w:p> <w:p … <w:p/>
		if (c === 0x77 && bytes[i + 2] === 0x3a && bytes[i + 3] === 0x70) {
			const d = bytes[i + 4];
			if (d === 0x3e || d === 0x20 || d === 0x2f || d === 0x09 || d === 0x0a || d === 0x0d) paragraphs++;
		}
	}
	return { elements, paragraphs };
}
