/**
 * Renders a PDF's pages to pixels in Node (pdf.js with @napi-rs/canvas, both already installed for /data's PDF reading), so
 * a test can look at what Chromium's page.pdf() printed: colours, blank areas. Writes each page as PNG when `png` is given.
 */
import { writeFileSync } from 'node:fs';

// pdf.js 4 expects these (Node 22 has Promise.withResolvers; the canvas package supplies the drawing classes).
if (!Promise.withResolvers)
	Promise.withResolvers = function () {
		let resolve, reject;
		const promise = new Promise((a, b) => ((resolve = a), (reject = b)));
		return { promise, resolve, reject };
	};
const canvas = await import('@napi-rs/canvas');
globalThis.Path2D ??= canvas.Path2D;
globalThis.DOMMatrix ??= canvas.DOMMatrix;
globalThis.ImageData ??= canvas.ImageData;
const { getDocument } = await import('pdfjs-dist/build/pdf.mjs');

/** Every page of `pdf` (bytes) as { width, height, data: RGBA } at `scale` (1 = 72 dpi). */
export async function pdfPages(pdf, { scale = 1, png } = {}) {
	const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
	const pages = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const p = await doc.getPage(i);
		const vp = p.getViewport({ scale });
		const c = canvas.createCanvas(Math.ceil(vp.width), Math.ceil(vp.height));
		const g = c.getContext('2d');
		g.fillStyle = '#ffffff';
		g.fillRect(0, 0, c.width, c.height);
		await p.render({ canvasContext: g, viewport: vp }).promise;
		if (png) writeFileSync(`${png}-${i}.png`, c.toBuffer('image/png'));
		pages.push({ width: c.width, height: c.height, data: g.getImageData(0, 0, c.width, c.height).data });
	}
	await doc.destroy();
	return pages;
}

/** How many pixels of `page` are within `tol` of the colour `hex` in every channel. */
export function countColour(page, hex, tol = 10) {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let n = 0;
	const d = page.data;
	for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) <= tol && Math.abs(d[i + 1] - g) <= tol && Math.abs(d[i + 2] - b) <= tol) n++;
	return n;
}
