/** PDF → text in the browser (pdfjs-dist 4 in the calling worker, no nested worker). Browser only. */

/** A positioned text item as pdfjs gives it. */
export type PdfItem = { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean };

/**
 * Groups text items into lines by baseline, top to bottom, left to right. Same rule as the CLI's
 * linesOf in src/lib/node/read.ts, which cannot be imported here because that module loads node: built-ins.
 */
export function linesOf(items: PdfItem[]): string[] {
	const rows: { y: number; h: number; items: PdfItem[] }[] = [];
	for (const it of items) {
		if (it.str === '' && !it.hasEOL) continue;
		const y = it.transform[5];
		const h = Math.abs(it.transform[3]) || it.height || 10;
		const row = rows.find((r) => Math.abs(r.y - y) <= Math.max(r.h, h) / 2);
		if (row) row.items.push(it);
		else rows.push({ y, h, items: [it] });
	}
	rows.sort((a, b) => b.y - a.y);
	return rows.map((r) => {
		r.items.sort((a, b) => a.transform[4] - b.transform[4]);
		let line = '';
		let end = -Infinity;
		for (const it of r.items) {
			const x = it.transform[4];
			const glyph = Math.abs(it.transform[0]) || r.h;
			if (line !== '' && x - end > glyph * 0.8 && !line.endsWith(' ') && !it.str.startsWith(' ')) line += ' ';
			line += it.str;
			end = x + it.width;
		}
		return line.replace(/\s+$/, '');
	});
}

/** Text of a PDF's pages; fonts without embedded Unicode maps (external CMaps) may give no text. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
	const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
	// pdfjs runs its parser in this thread when it finds the worker module on globalThis (no nested worker, no URL).
	(globalThis as unknown as { pdfjsWorker: unknown }).pdfjsWorker = worker;
	const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
	try {
		const pages: string[] = [];
		for (let p = 1; p <= doc.numPages; p++) {
			const page = await doc.getPage(p);
			const content = await page.getTextContent();
			pages.push(linesOf(content.items.filter((i) => 'str' in i) as PdfItem[]).join('\n'));
			page.cleanup();
		}
		return pages.join('\n\n').replace(/\u2015/g, '\u2014');
	} finally {
		await doc.destroy();
	}
}
