/** Test fixtures made at test time: GBK bytes, a PDF printed by headless Chromium, a .docx built with jszip. */
import JSZip from 'jszip';
import { chromium } from 'playwright-core';

let gbkTable: Map<string, number[]> | null = null;

/** Encode text as GBK, using the inverse of the platform's own GBK decoder (Node has no GBK encoder). */
export function gbkEncode(text: string): Uint8Array {
	if (!gbkTable) {
		gbkTable = new Map();
		const dec = new TextDecoder('gbk');
		for (let lead = 0x81; lead <= 0xfe; lead++) {
			for (let trail = 0x40; trail <= 0xfe; trail++) {
				if (trail === 0x7f) continue;
				const ch = dec.decode(new Uint8Array([lead, trail]));
				if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
			}
		}
	}
	const out: number[] = [];
	for (const ch of text) {
		const c = ch.codePointAt(0)!;
		if (c < 0x80) out.push(c);
		else {
			const b = gbkTable.get(ch);
			if (!b) throw new Error(`no GBK code for ${ch} (U+${c.toString(16)})`);
			out.push(...b);
		}
	}
	return new Uint8Array(out);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A PDF of the text, one paragraph per non-empty line, printed by headless Chromium. */
export async function printPdf(text: string): Promise<Uint8Array> {
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
	try {
		const page = await browser.newPage();
		const paras = text
			.split('\n')
			.filter((l) => l.trim() !== '')
			.map((l) => `<p>${escapeHtml(l)}</p>`)
			.join('\n');
		await page.setContent(
			`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>body{font:12pt "Noto Serif CJK SC",serif}p{margin:0 0 4pt}</style><body>${paras}</body></html>`
		);
		return new Uint8Array(await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } }));
	} finally {
		await browser.close();
	}
}

const xmlEscape = (s: string) => escapeHtml(s).replace(/"/g, '&quot;');

/** A minimal valid .docx with one paragraph per non-empty line of the text. */
export async function buildDocx(text: string): Promise<Uint8Array> {
	const zip = new JSZip();
	zip.file(
		'[Content_Types].xml',
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
			'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
			'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
			'<Default Extension="xml" ContentType="application/xml"/>' +
			'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
			'</Types>'
	);
	zip.file(
		'_rels/.rels',
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
			'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
			'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
			'</Relationships>'
	);
	const body = text
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(l)}</w:t></w:r></w:p>`)
		.join('');
	zip.file(
		'word/document.xml',
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
			'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
			body +
			'</w:body></w:document>'
	);
	return zip.generateAsync({ type: 'uint8array' });
}
