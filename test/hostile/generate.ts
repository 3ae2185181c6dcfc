/**
 * The large and special part of the hostile corpus, made at test time (too big, or impossible to commit:
 * bombs, FIFOs, sockets, links to /dev/zero, names with newlines). `generateHostile(dir)` writes every
 * input into its own subfolder of dir and returns the table the spec and the bench run over.
 *
 *   npx tsx test/hostile/generate.ts DIR     writes them and prints the list
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { constants as zc, crc32, deflateRawSync } from 'node:zlib';

/** One hostile input: where it is, and what the ingest must say about it. */
export interface HostileCase {
	/** Short name (also the subfolder). */
	name: string;
	/** Paths to give the CLI (files or folders). */
	paths: string[];
	/** Substrings each expected on stderr or stdout. */
	expect: string[];
	/** Expected exit status. */
	status: number;
	/** What it is, for the bench table. */
	what: string;
}

const MB = 1024 * 1024;
const REPORT = 'data/reports/002_aca57f36aa8e8870.txt';

// ── deflate of repeated data without holding it: full-flush blocks are independent, so copies concatenate ──

function adler32(buf: Uint8Array, start = 1): number {
	let a = start & 0xffff;
	let b = (start >>> 16) & 0xffff;
	for (let i = 0; i < buf.length; ) {
		const end = Math.min(buf.length, i + 3800);
		for (; i < end; i++) {
			a += buf[i];
			b += a;
		}
		a %= 65521;
		b %= 65521;
	}
	return ((b << 16) | a) >>> 0;
}

/** Raw deflate of `chunk` repeated `times`, its size, CRC-32 and Adler-32. */
function deflateRepeated(chunk: Buffer, times: number): { raw: Buffer; size: number; crc: number; adler: number } {
	const block = deflateRawSync(chunk, { level: 9, finishFlush: zc.Z_FULL_FLUSH });
	const parts: Buffer[] = [];
	let crc = 0;
	let adler = 1;
	for (let k = 0; k < times; k++) {
		parts.push(block);
		crc = crc32(chunk, crc);
		adler = adler32(chunk, adler);
	}
	parts.push(deflateRawSync(Buffer.alloc(0))); // a final, empty block
	return { raw: Buffer.concat(parts), size: chunk.length * times, crc, adler };
}

/** zlib (RFC 1950) of chunk × times: what a PDF's /FlateDecode holds. */
export function zlibRepeated(chunk: Buffer, times: number): Buffer {
	const d = deflateRepeated(chunk, times);
	const tail = Buffer.alloc(4);
	tail.writeUInt32BE(d.adler);
	return Buffer.concat([Buffer.from([0x78, 0xda]), d.raw, tail]);
}

// ── a minimal zip writer (so a bomb can also lie about its sizes) ──

interface ZipMember {
	name: string;
	data: Buffer; // compressed with method
	method: 0 | 8;
	size: number;
	crc: number;
	/** Size written in the headers (a lying bomb declares less). */
	declared?: number;
}

function zip(members: ZipMember[]): Buffer {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const m of members) {
		const name = Buffer.from(m.name);
		const declared = m.declared ?? m.size;
		const lh = Buffer.alloc(30);
		lh.writeUInt32LE(0x04034b50, 0);
		lh.writeUInt16LE(20, 4);
		lh.writeUInt16LE(m.method, 8);
		lh.writeUInt32LE(m.crc, 14);
		lh.writeUInt32LE(m.data.length, 18);
		lh.writeUInt32LE(declared, 22);
		lh.writeUInt16LE(name.length, 26);
		const ch = Buffer.alloc(46);
		ch.writeUInt32LE(0x02014b50, 0);
		ch.writeUInt16LE(20, 4);
		ch.writeUInt16LE(20, 6);
		ch.writeUInt16LE(m.method, 10);
		ch.writeUInt32LE(m.crc, 16);
		ch.writeUInt32LE(m.data.length, 20);
		ch.writeUInt32LE(declared, 24);
		ch.writeUInt16LE(name.length, 28);
		ch.writeUInt32LE(offset, 42);
		locals.push(lh, name, m.data);
		centrals.push(ch, name);
		offset += 30 + name.length + m.data.length;
	}
	const cd = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(members.length, 8);
	end.writeUInt16LE(members.length, 10);
	end.writeUInt32LE(cd.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([...locals, cd, end]);
}

const deflated = (name: string, text: string | Buffer): ZipMember => {
	const data = Buffer.isBuffer(text) ? text : Buffer.from(text);
	return { name, data: deflateRawSync(data), method: 8, size: data.length, crc: crc32(data) };
};

const CONTENT_TYPES =
	'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
	'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
	'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
	'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
	'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';

/** A .docx whose document.xml is head + unit × times + tail, deflated without building it in memory. */
export function docxRepeated(unit: string, times: number, lie = false): Buffer {
	const body = deflateRepeated(Buffer.from(unit.repeat(Math.max(1, Math.floor(65536 / unit.length)))), Math.ceil(times / Math.max(1, Math.floor(65536 / unit.length))));
	// head and tail as their own stored-free deflate blocks around the repeated body
	const head = deflateRawSync(Buffer.from(DOC_HEAD), { finishFlush: zc.Z_FULL_FLUSH });
	const tail = deflateRawSync(Buffer.from(DOC_TAIL));
	const raw = Buffer.concat([head, body.raw.subarray(0, body.raw.length - deflateRawSync(Buffer.alloc(0)).length), tail]);
	const size = DOC_HEAD.length + body.size + DOC_TAIL.length;
	const doc: ZipMember = { name: 'word/document.xml', data: raw, method: 8, size, crc: 0, declared: lie ? 4096 : size };
	return zip([deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', RELS), doc]);
}

// ── PDF ──

/** A PDF of the given object bodies (object i+1 = bodies[i]) with a correct xref table. */
function pdf(bodies: (string | Buffer)[]): Buffer {
	const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
	const offsets: number[] = [];
	let at = parts[0].length;
	bodies.forEach((b, i) => {
		offsets.push(at);
		const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(b) ? b : Buffer.from(b, 'latin1'), Buffer.from('\nendobj\n')]);
		parts.push(obj);
		at += obj.length;
	});
	const xref = [`xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
	parts.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`));
	return Buffer.concat(parts);
}

const stream = (dict: string, data: Buffer) => Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]);

/** One page whose content stream is `content` (already encoded per `filter`). */
export function onePagePdf(content: Buffer, filter: string, pages = 1): Buffer {
	return pdf([
		'<< /Type /Catalog /Pages 2 0 R >>',
		`<< /Type /Pages /Kids [3 0 R] /Count ${pages} >>`,
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		stream(filter, content),
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
	]);
}

// ── the cases ──

/** Write every generated hostile input under dir; returns the cases (with absolute paths). */
export async function generateHostile(dir: string): Promise<HostileCase[]> {
	const cases: HostileCase[] = [];
	const at = async (name: string) => {
		const d = join(dir, name);
		await mkdir(d, { recursive: true });
		return d;
	};

	// .docx: 2,000,000 tiny paragraphs in ~200 KB (the file that crashed the heap)
	{
		const d = await at('docx-2m-paragraphs');
		const f = join(d, 'paragraphs.docx');
		await writeFile(f, docxRepeated('<w:p><w:r><w:t>x</w:t></w:r></w:p>', 2_000_000));
		cases.push({ name: 'docx-2m-paragraphs', paths: [f], expect: ['paragraphs.docx: too many paragraphs: more than 50,000'], status: 2, what: '.docx, 2,000,000 tiny paragraphs' });
	}
	// .docx: document.xml of 300 MB of spaces, sizes declared honestly, and a copy that lies about them
	{
		const d = await at('docx-zip-bomb');
		const f = join(d, 'bomb.docx');
		await writeFile(f, docxRepeated(' '.repeat(1024), 300 * 1024));
		cases.push({ name: 'docx-zip-bomb', paths: [f], expect: ['bomb.docx: zip bomb: its XML parts expand to 300 MB, past the 128 MB limit'], status: 2, what: '.docx expanding to 300 MB' });
		const g = join(await at('docx-zip-bomb-lying'), 'liar.docx');
		await writeFile(g, docxRepeated(' '.repeat(1024), 300 * 1024, true));
		cases.push({ name: 'docx-zip-bomb-lying', paths: [g], expect: ['liar.docx: zip bomb: expands past 128 MB'], status: 2, what: '.docx expanding to 300 MB, headers declaring 4 KB' });
	}
	// .docx: 20,000 zip entries
	{
		const f = join(await at('docx-many-entries'), 'entries.docx');
		const members = [deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', RELS), deflated('word/document.xml', DOC_HEAD + DOC_TAIL)];
		for (let i = 0; i < 20_000; i++) members.push({ name: `x/${i}`, data: Buffer.alloc(0), method: 0, size: 0, crc: 0 });
		await writeFile(f, zip(members));
		cases.push({ name: 'docx-many-entries', paths: [f], expect: ['entries.docx: zip bomb: 20003 entries, the limit is 10000'], status: 2, what: '.docx with 20,003 zip entries' });
	}
	// PDF: a content stream of 1 GB of spaces (~1 MB compressed)
	{
		const f = join(await at('pdf-stream-bomb'), 'bomb.pdf');
		await writeFile(f, onePagePdf(zlibRepeated(Buffer.alloc(MB, 0x20), 1024), '/Filter /FlateDecode'));
		cases.push({ name: 'pdf-stream-bomb', paths: [f], expect: ['bomb.pdf: compressed bomb: its streams expand past 128 MB'], status: 2, what: 'PDF, one content stream expanding to 1 GB' });
	}
	// PDF: 300 MB compressed twice (/FlateDecode /FlateDecode): a few KB on disk
	{
		const f = join(await at('pdf-nested-bomb'), 'nested.pdf');
		const inner = zlibRepeated(Buffer.alloc(MB, 0x20), 300);
		await writeFile(f, onePagePdf(zlibOf(inner), '/Filter [/FlateDecode /FlateDecode]'));
		cases.push({ name: 'pdf-nested-bomb', paths: [f], expect: ['nested.pdf: compressed bomb: its streams expand past 128 MB'], status: 2, what: 'PDF, doubly compressed stream expanding to 300 MB' });
	}
	// PDF: 3,000 real pages sharing one content stream (pdfjs corrects a page count that merely lies)
	{
		const f = join(await at('pdf-3000-pages'), 'pages.pdf');
		const n = 3000;
		const kids = Array.from({ length: n }, (_, i) => `${i + 5} 0 R`).join(' ');
		const pages = Array.from({ length: n }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>');
		await writeFile(
			f,
			pdf([
				'<< /Type /Catalog /Pages 2 0 R >>',
				`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
				stream('', Buffer.from('BT /F1 12 Tf 72 700 Td (x) Tj ET')),
				'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
				...pages
			])
		);
		cases.push({ name: 'pdf-3000-pages', paths: [f], expect: ['pages.pdf: too many pages: 3,000, the limit is 2,000'], status: 2, what: 'PDF of 3,000 pages' });
	}
	// text: 20 MB (sparse: no disk used), past the 16 MB limit
	{
		const f = join(await at('txt-huge'), 'huge.txt');
		await writeFile(f, '');
		await truncate(f, 20 * MB);
		cases.push({ name: 'txt-huge', paths: [f], expect: ['huge.txt: file too large: 20 MB, the limit is 16 MB'], status: 2, what: '.txt of 20 MB' });
	}
	// special files: a link to /dev/zero, a FIFO, a socket, inside a folder with one good report
	{
		const d = await at('special-files');
		await copyFile(REPORT, join(d, 'good.txt'));
		await symlink('/dev/zero', join(d, 'zero.txt'));
		execFileSync('mkfifo', [join(d, 'fifo.txt')]);
		// A socket file: a child process binds it and exits without unlinking it.
		execFileSync(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(join(d, 'socket.txt'))}, () => process.exit(0))`]);
		cases.push({
			name: 'special-files',
			paths: [d],
			expect: ['fifo.txt: skipped, a named pipe (FIFO)', 'socket.txt: skipped, a socket', 'zero.txt: skipped, a character device', 'reports written: 1'],
			status: 0,
			what: 'folder: link to /dev/zero, FIFO, socket + 1 report'
		});
	}
	// /dev/zero and a FIFO given directly as arguments
	{
		const d = await at('special-args');
		await symlink('/dev/zero', join(d, 'zero.txt'));
		execFileSync('mkfifo', [join(d, 'pipe.md')]);
		cases.push({
			name: 'special-args',
			paths: [join(d, 'zero.txt'), join(d, 'pipe.md')],
			expect: ['zero.txt: skipped, a character device', 'pipe.md: skipped, a named pipe (FIFO)', 'no report to write'],
			status: 2,
			what: 'arguments: link to /dev/zero, FIFO'
		});
	}
	// two symbolic link loops (a naive walk is exponential), a dangling link, a hidden file, one report
	{
		const d = await at('link-loops');
		await mkdir(join(d, 'a', 'b'), { recursive: true });
		await copyFile(REPORT, join(d, 'a', 'b', 'report.txt'));
		for (const n of ['x', 'y', 'z']) await symlink('..', join(d, 'a', 'b', n));
		for (const n of ['p', 'q']) await symlink('.', join(d, 'a', n));
		await symlink('nowhere.txt', join(d, 'dangling.txt'));
		await copyFile(REPORT, join(d, '.hidden.txt'));
		cases.push({
			name: 'link-loops',
			paths: [d],
			expect: ['dangling.txt: dangling symbolic link', '.hidden.txt: skipped (hidden)', 'skipped (folder already walked through another path or link)', 'reports written: 1'],
			status: 2,
			what: 'folder: 5 symlink loops, a dangling link, a hidden file + 1 report'
		});
	}
	// a dangling link as an argument, next to a good report
	{
		const d = await at('dangling-arg');
		await symlink(join(d, 'gone.txt'), join(d, 'link.txt'));
		await copyFile(REPORT, join(d, 'good.txt'));
		cases.push({
			name: 'dangling-arg',
			paths: [join(d, 'link.txt'), join(d, 'good.txt')],
			expect: ['link.txt: dangling symbolic link', 'reports written: 1'],
			status: 2,
			what: 'arguments: a dangling link + 1 report'
		});
	}
	// names with a newline and ANSI escapes (forging a summary line, clearing the screen)
	{
		const d = await at('evil-names');
		await writeFile(join(d, 'x\n✓ files read: 999\n.txt'), 'not a report\n');
		await writeFile(join(d, '\u001b[2J\u001b[31mred.txt'), 'not a report either\n');
		cases.push({
			name: 'evil-names',
			paths: [d],
			expect: ['x\\n✓ files read: 999\\n.txt: ', '\\e[2J\\e[31mred.txt: '],
			status: 2,
			what: 'file names with a newline and ANSI escapes'
		});
	}
	return cases;
}

function zlibOf(b: Buffer): Buffer {
	const raw = deflateRawSync(b, { level: 9 });
	const tail = Buffer.alloc(4);
	tail.writeUInt32BE(adler32(b));
	return Buffer.concat([Buffer.from([0x78, 0xda]), raw, tail]);
}

/** Whether this machine can make the special files (FIFO, socket) the corpus needs. */
export const canMakeSpecialFiles = () => existsSync('/dev/zero') && process.platform !== 'win32';

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
	const dir = process.argv[2];
	if (!dir) {
		process.stderr.write('usage: npx tsx test/hostile/generate.ts DIR\n');
		process.exit(1);
	}
	const cases = await generateHostile(resolve(dir));
	for (const c of cases) process.stdout.write(`${c.name}\t${c.what}\n`);
}
