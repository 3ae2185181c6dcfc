/** The readers' limits, on real bytes: zip directory and XML counts, docx and PDF bombs, the sandbox's time and heap backstop, capped reads. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../test/cli/fixtures';
import { docxRepeated, onePagePdf, zlibRepeated } from '../../../test/hostile/generate';
import { checkDocx, checkPdf, readHeavy } from './heavy';
import { LIMITS, type ReaderLimits } from './limits';
import { hasUnsafe, safeLine, safeText } from './names';
import { readCapped, readDocument } from './read';
import { ReaderSandbox } from './sandbox';
import { checkDocxParts, countXml, XmlCounter, zipDirectory } from './zip';

const MB = 1024 * 1024;
const REPORT = 'data/reports/002_aca57f36aa8e8870.txt';
let root: string;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'readers-spec-'));
});
afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('zip directory and XML counts', () => {
	it('lists a real .docx without inflating it, and counts its paragraphs and elements', async () => {
		const bytes = await buildDocx('第一段\n第二段\n第三段');
		const dir = zipDirectory(bytes, 100);
		expect(dir.ok && dir.entries.map((e) => e.name).sort()).toEqual(['[Content_Types].xml', '_rels/', '_rels/.rels', 'word/', 'word/document.xml']);
		expect(await checkDocx(bytes)).toMatchObject({ paragraphs: 3 });
		const xml = new TextEncoder().encode('<?xml?><w:body><w:p/><w:p w:x="1"><w:r/></w:p><w:pPr/></w:body>');
		expect(countXml(xml)).toEqual({ elements: 5, paragraphs: 2 });
	});
	it('counts the same when the XML arrives in chunks cut anywhere', async () => {
		const xml = new TextEncoder().encode(
			'<?xml version="1.0"?><w:document><w:body>' + '<w:p><w:r><w:t>文字</w:t></w:r></w:p><w:pPr/><w:p\n/>'.repeat(3) + '</w:body></w:document>'
		);
		const whole = countXml(xml);
		expect(whole).toEqual({ elements: 2 + 3 * 5, paragraphs: 6 });
		for (let i = 0; i <= xml.length; i++) {
			for (const j of [i, Math.min(xml.length, i + 1), Math.min(xml.length, i + 3)]) {
				const c = new XmlCounter();
				c.feed(xml.subarray(0, i));
				c.feed(xml.subarray(i, j));
				c.feed(xml.subarray(j));
				expect({ elements: c.elements, paragraphs: c.paragraphs }, `cut at ${i}, ${j}`).toEqual(whole);
			}
		}
		expect(await checkDocxParts(await buildDocx('一\n二'), LIMITS)).toMatchObject({ ok: true, paragraphs: 2 });
	});
	it('rejects what is not a zip, or is truncated', () => {
		expect(zipDirectory(new TextEncoder().encode('PK but not a zip'), 10)).toEqual({ ok: false, reason: 'not a zip archive (no end of central directory)' });
		const trunc = new Uint8Array(22);
		new DataView(trunc.buffer).setUint32(0, 0x06054b50, true);
		new DataView(trunc.buffer).setUint16(10, 1, true);
		new DataView(trunc.buffer).setUint32(12, 46, true);
		expect(zipDirectory(trunc, 10)).toMatchObject({ ok: false, reason: expect.stringMatching(/^truncated zip archive/) });
	});
});

describe('docx limits (heavy.ts)', () => {
	it('a .docx of 2,000,000 tiny paragraphs (~240 KB) is rejected by count in well under the heap it would need', async () => {
		const bytes = docxRepeated('<w:p><w:r><w:t>x</w:t></w:r></w:p>', 2_000_000);
		expect(bytes.length).toBeLessThan(300_000);
		const t = performance.now();
		expect(await readHeavy(bytes, '.docx')).toEqual({ ok: false, reason: 'too many paragraphs: more than 50,000 (段落过多)' });
		expect(performance.now() - t).toBeLessThan(10_000);
	});
	it('names a zip bomb by its declared size, and by its real size when the headers lie', async () => {
		const honest = docxRepeated(' '.repeat(1024), 300 * 1024);
		expect(await readHeavy(honest, '.docx')).toEqual({ ok: false, reason: 'zip bomb: its XML parts expand to 300 MB, past the 128 MB limit (压缩炸弹)' });
		const liar = docxRepeated(' '.repeat(1024), 300 * 1024, true);
		expect(await readHeavy(liar, '.docx')).toEqual({ ok: false, reason: 'zip bomb: expands past 128 MB (压缩炸弹：解压后超过 128 MB)' });
	});
	it('counts elements too (a table of many cells with few paragraphs)', async () => {
		const cells = docxRepeated('<w:tc><w:tcPr><w:tcW/></w:tcPr></w:tc>', 100_000);
		expect(await readHeavy(cells, '.docx')).toEqual({ ok: false, reason: 'too many XML elements: more than 250,000 (元素过多)' });
	});
	it('reads a normal .docx', async () => {
		const r = await readHeavy(await buildDocx(await readFile(REPORT, 'utf8')), '.docx');
		expect(r.ok && r.text).toContain('网格党支部作用发挥有待增强');
	});
});

describe('pdf limits (heavy.ts)', () => {
	it('names a compressed bomb (1 GB content stream in ~1 MB) before pdfjs expands it', async () => {
		const bytes = onePagePdf(zlibRepeated(Buffer.alloc(MB, 0x20), 1024), '/Filter /FlateDecode');
		const t = performance.now();
		expect(await readHeavy(bytes, '.pdf')).toEqual({ ok: false, reason: 'compressed bomb: its streams expand past 128 MB (压缩炸弹：解压后超过 128 MB)' });
		expect(performance.now() - t).toBeLessThan(10_000);
	});
	it('counts what a normal PDF expands to and reads its text', async () => {
		const bytes = onePagePdf(zlibRepeated(Buffer.from('BT /F1 12 Tf 72 700 Td (Budget 100) Tj ET\n'), 1), '/Filter /FlateDecode');
		expect(checkPdf(bytes)).toBe(42);
		expect(await readHeavy(bytes, '.pdf')).toEqual({ ok: true, text: 'Budget 100' });
	});
	it('a PDF without text is read by OCR, and named when OCR finds nothing on it', async () => {
		expect(await readHeavy(await readFile('test/hostile/files/scanned/no-text.pdf'), '.pdf')).toEqual({
			ok: false,
			reason: 'no readable text found by OCR in 1 page (扫描件无可识别文字)'
		});
	});
});

describe('the reader sandbox (time and heap backstop)', () => {
	const slowPdf = () => {
		// 600 pages: well within the page limit raised below, far beyond 300 ms.
		const n = 600;
		const kids = Array.from({ length: n }, (_, i) => `${i + 4} 0 R`).join(' ');
		const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>';
		const body = Buffer.from('BT /F1 12 Tf 72 700 Td (x) Tj ET\n'.repeat(2000));
		const objs = [
			'<< /Type /Catalog /Pages 2 0 R >>',
			`<< /Type /Pages /Kids [${kids}] /Count ${n} >>`,
			Buffer.concat([Buffer.from(`<< /Length ${body.length} >>\nstream\n`), body, Buffer.from('\nendstream')]),
			...Array.from({ length: n }, () => page)
		];
		let out = Buffer.from('%PDF-1.7\n');
		const offsets: number[] = [];
		objs.forEach((o, i) => {
			offsets.push(out.length);
			out = Buffer.concat([out, Buffer.from(`${i + 1} 0 obj\n`), Buffer.isBuffer(o) ? o : Buffer.from(o), Buffer.from('\nendobj\n')]);
		});
		const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
		return Buffer.concat([out, Buffer.from(`${xref}trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${out.length}\n%%EOF\n`)]);
	};

	it('stops a reader past its time limit, names it, and reads the next file on a fresh thread', async () => {
		const limits: ReaderLimits = { ...LIMITS, readMs: 300 };
		const box = new ReaderSandbox(limits);
		try {
			const t = performance.now();
			const r = await box.read(slowPdf(), '.pdf');
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.reason).toMatch(/^too slow to read: over 0 s/);
			expect(performance.now() - t).toBeLessThan(15_000);
			const good = await box.read(await buildDocx('预算数100万元'), '.docx');
			expect(good).toEqual({ ok: true, text: '预算数100万元\n\n' });
		} finally {
			await box.close();
		}
	});

	it('stops a reader that runs out of heap, names it, and the run (this process) goes on', async () => {
		// Limits raised so only the heap stops it: 100,000 text paragraphs need ~700 MB in mammoth.
		const limits: ReaderLimits = { ...LIMITS, docxParagraphs: 1e9, docxElements: 1e9, readerHeapMb: 64, readMs: 120_000 };
		const box = new ReaderSandbox(limits);
		try {
			const r = await box.read(docxRepeated('<w:p><w:r><w:t>文字</w:t></w:r></w:p>', 100_000), '.docx');
			expect(r).toEqual({ ok: false, reason: 'needs more than 64 MB of memory to read (reader stopped) (内存超限)' });
			expect(box.started).toBe(1);
			expect(await box.read(await buildDocx('执行数99万元'), '.docx')).toEqual({ ok: true, text: '执行数99万元\n\n' });
			expect(box.started).toBe(2);
		} finally {
			await box.close();
		}
	});
});

describe('capped reads of regular files only', () => {
	it('refuses a FIFO at once (an ordinary open would block) and a device', async () => {
		const fifo = join(root, 'pipe.txt');
		execFileSync('mkfifo', [fifo]);
		const t = performance.now();
		expect(await readCapped(fifo, 100)).toEqual({ ok: false, reason: 'not a regular file (只读取普通文件)' });
		expect(await readCapped('/dev/zero', 100)).toEqual({ ok: false, reason: 'not a regular file (只读取普通文件)' });
		expect(performance.now() - t).toBeLessThan(2000);
	});
	it('checks the size before reading, and reads a file at the limit', async () => {
		const f = join(root, 'big.txt');
		await writeFile(f, 'x'.repeat(101));
		expect(await readCapped(f, 100)).toEqual({ ok: false, reason: 'file too large: 101 B, the limit is 100 B (文件过大)' });
		expect(await readCapped(f, 101)).toMatchObject({ ok: true });
		expect(await readDocument(join(root, 'missing.txt'))).toEqual({ ok: false, reason: 'cannot read file (ENOENT)' });
	});
});

describe('names in messages', () => {
	it.each([
		['x\n✓ files read: 999\n.txt', 'x\\n✓ files read: 999\\n.txt'],
		['\u001b[2J\u001b[31mred.txt', '\\e[2J\\e[31mred.txt'],
		['a\\nb.txt', 'a\\\\nb.txt'],
		['bell\u0007.txt', 'bell\\x07.txt'],
		['rtl\u202etxt.exe', 'rtl\\u202etxt.exe'],
		['普通文件名.txt', '普通文件名.txt']
	])('%j → %s', (name, shown) => {
		expect(safeText(name)).toBe(shown);
		expect(hasUnsafe(safeText(name))).toBe(false);
		expect(safeLine(safeText(name))).toBe(safeText(name));
	});
});
