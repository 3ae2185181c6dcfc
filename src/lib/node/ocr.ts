/**
 * OCR of scans (images, and PDFs whose text layer is empty or garbage), in Node, with @gutenye/ocr-node:
 * PaddleOCR v4 Chinese detection + recognition models shipped inside the npm package, run by
 * onnxruntime-node on the CPU; nothing is downloaded at run time. Loaded lazily: only the first scan pays
 * for it (about 2 s). Optional: when the package cannot be loaded the scan is rejected with a message
 * naming how to enable it (OCR_HOWTO). Runs inside the reader sandbox thread (sandbox.ts), which bounds
 * time (per page) and heap.
 *
 * Tables: the engine's boxes are read one by one (not the engine's lines, which join every box at one
 * height across the page), and a page's ruled tables are rebuilt from the ruling lines on its bitmap
 * (src/lib/formats/rules.ts, ruled-table.ts): each table row one line of tab-separated cells.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { boxOf, ruledPage, skewOf, type Turn } from '../formats/ruled-table';
import { findRules } from '../formats/rules';
import { LimitError } from './errors';
import type { ReaderLimits } from './limits';

/** How to enable OCR, for the message a scan gets when the engine cannot be loaded. */
export const OCR_HOWTO =
	'OCR is not available: install the optional OCR engine with `npm install @gutenye/ocr-node` (onnxruntime-node-install=skip in .npmrc), then run the ingest again (未启用 OCR)';

/** One recognised line: its text, the recogniser's mean confidence (0–1) and the page it is on. */
export interface OcrLine {
	text: string;
	conf: number;
	page: number;
}

/** What OCR read from a scan. */
export interface OcrResult {
	text: string;
	/** Each page's text (tables as rows of tab-separated cells). */
	pageTexts: string[];
	/** The lines of the text with their confidence (a table row: the lowest of its cells with figures). */
	lines: OcrLine[];
	pages: number;
	ms: number;
}

/** A line below this mean confidence is doubtful: figures on it become low_confidence checks. */
export const LOW_CONFIDENCE = 0.85;

/** A recognised box: text, mean confidence, corners in the detector's input (the image resized to multiples of 32). */
type RawBox = { text: string; mean: number; box?: number[][] };
/** The engine: each text box apart, or (`grouped`) the engine's lines, boxes at one height joined. */
type Engine = { boxes(image: Buffer): Promise<RawBox[]>; grouped: boolean };
let engine: Promise<Engine> | null = null;
const ONNX = { intraOpNumThreads: 2, interOpNumThreads: 1 };

/** Test hook: make loading fail as if the package were missing. */
export function setOcrUnavailable(v: boolean): void {
	unavailable = v;
	engine = null;
}
let unavailable = process.env.INGEST_OCR === 'off';

/** The OCR engine, loaded once per thread; throws Error(OCR_HOWTO) when it cannot be loaded. */
export async function ocrEngine(): Promise<Engine> {
	if (unavailable) throw new Error(OCR_HOWTO);
	engine ??= (async () => {
		try {
			const sharp = (await import('sharp')).default;
			sharp.concurrency(1);
			// importing the package registers its Node backend (models, onnxruntime-node, image decoding)
			const mod = await import('@gutenye/ocr-node');
			const apart = await boxEngine();
			if (apart) return apart;
			const Ocr = (mod.default ?? mod) as unknown as { create(o: object): Promise<{ detect(image: Buffer): Promise<RawBox[]> }> };
			const ocr = await Ocr.create({ onnxOptions: ONNX });
			return { boxes: (png: Buffer) => ocr.detect(png), grouped: true };
		} catch (e) {
			engine = null;
			throw new Error(`${OCR_HOWTO}; loading failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120)}`);
		}
	})();
	return engine;
}

type LineImage = { image: { resize(o: { height: number }): Promise<unknown> }; box: number[][] };
type Model = {
	runModel(o: { modelData: unknown; onnxOptions?: object }): Promise<unknown>;
	imageToInput(image: unknown, o: object): unknown;
	decodeText(output: unknown): { text: string; mean: number }[];
};

/**
 * The engine's detection and recognition models used directly, so that each detected box keeps its own
 * text and position (the engine's detect() joins the boxes of one height into one line). Null when the
 * package's inner modules are not where this version keeps them; the caller then uses detect().
 */
async function boxEngine(): Promise<Engine | null> {
	try {
		const main = createRequire(import.meta.url).resolve('@gutenye/ocr-common');
		const models = (await import(pathToFileURL(join(dirname(main), 'models', 'index.js')).href)) as Record<string, { create(o: object): Promise<unknown> }>;
		const detection = (await models.Detection.create({ onnxOptions: ONNX })) as { run(image: Buffer): Promise<LineImage[]> };
		const recognition = (await models.Recognition.create({ onnxOptions: ONNX })) as Model;
		return {
			grouped: false,
			async boxes(png: Buffer) {
				const out: RawBox[] = [];
				// as Recognition.run does, one line image at a time, 48 px high; the engine drops lines under 0.5
				for (const line of await detection.run(png)) {
					const image = await line.image.resize({ height: 48 });
					const [read] = recognition.decodeText(await recognition.runModel({ modelData: recognition.imageToInput(image, {}) }));
					if (read && read.mean >= 0.5 && read.text.trim() !== '') out.push({ text: read.text, mean: read.mean, box: line.box });
				}
				return out;
			}
		};
	} catch {
		return null;
	}
}

/** Whether the OCR engine loads here (for tests and the README's measurement). */
export async function ocrAvailable(): Promise<boolean> {
	try {
		await ocrEngine();
		return true;
	} catch {
		return false;
	}
}

/**
 * An image's pixels within the limit, scaled down so its longer side is at most `maxSide` (detection
 * cost grows with the area; 150–200 dpi is what the models read well), as PNG for the engine.
 * Throws LimitError for a huge image, Error for one that does not decode.
 */
export async function prepareImage(bytes: Uint8Array, limits: ReaderLimits, maxSide = 2000, page = 0): Promise<Buffer> {
	const sharp = (await import('sharp')).default;
	let meta;
	try {
		meta = await sharp(bytes, { limitInputPixels: false, page }).metadata();
	} catch (e) {
		throw new Error((e as Error).message.split('\n')[0].slice(0, 100));
	}
	const w = meta.width ?? 0;
	const h = meta.height ?? 0;
	if (!w || !h) throw new Error('image has no size');
	if (w * h > limits.imagePixels) {
		throw new LimitError(`image too large: ${w}×${h} pixels, the limit is ${(limits.imagePixels / 1e6).toFixed(0)} megapixels (图片过大)`);
	}
	let img = sharp(bytes, { limitInputPixels: limits.imagePixels, page }).rotate().flatten({ background: '#ffffff' });
	if (Math.max(w, h) > maxSide) img = img.resize({ width: w >= h ? maxSide : undefined, height: h > w ? maxSide : undefined, fit: 'inside' });
	return img.png().toBuffer();
}

/** OCR of page images, one after the other; `progress(done, total)` after each page. */
export async function ocrPages(
	pages: AsyncIterable<Buffer> | Iterable<Buffer>,
	total: number,
	progress?: (done: number, total: number) => void
): Promise<OcrResult> {
	const t0 = Date.now();
	const ocr = await ocrEngine();
	const lines: OcrLine[] = [];
	const texts: string[] = [];
	let p = 0;
	for await (const png of pages) {
		p++;
		const got = await ocr.boxes(png);
		// the engine's lines join the cells of a row into one box: no table is rebuilt from those (split by
		// estimated widths they read none of the indicators of the README's sample scan right), they stay lines
		const read = ocr.grouped ? asLines(got) : await pageLines(png, got);
		const mine = read.map((l) => ({ ...l, page: p }));
		lines.push(...mine);
		texts.push(mine.map((l) => l.text).join('\n'));
		progress?.(p, total);
	}
	return { text: texts.join('\n\n'), pageTexts: texts, lines, pages: p, ms: Date.now() - t0 };
}

const asLines = (got: RawBox[]) => got.filter((l) => l.text.trim() !== '').map((l) => ({ text: l.text.trim(), conf: l.mean }));

/** A page's lines from its boxes and its bitmap's ruling lines (ruled tables as rows of cells). */
async function pageLines(png: Buffer, got: RawBox[]): Promise<{ text: string; conf: number }[]> {
	const sharp = (await import('sharp')).default;
	const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
	// the detector reads the image resized to multiples of 32 px: its corners are scaled back
	const [sx, sy] = [info.width / (Math.ceil(info.width / 32) * 32), info.height / (Math.ceil(info.height / 32) * 32)];
	const read = got.filter((l) => l.text.trim() !== '' && l.box?.length === 4);
	if (read.length < asLines(got).length) return asLines(got);
	const quads = read.map((l) => l.box!.map(([x, y]) => [x * sx, y * sy]));
	// a skewed scan (over 0.1°, up to 5°) is turned upright for its ruling lines, and its boxes with it
	const skew = skewOf(quads);
	let page = { width: info.width, height: info.height, data: data as Uint8Array };
	let turn: Turn | undefined;
	if (Math.abs(skew) >= (0.1 * Math.PI) / 180 && Math.abs(skew) <= (5 * Math.PI) / 180) {
		const r = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
			.rotate((-skew * 180) / Math.PI, { background: '#ffffff' })
			.raw()
			.toBuffer({ resolveWithObject: true });
		page = { width: r.info.width, height: r.info.height, data: r.data };
		turn = { angle: -skew, from: [info.width / 2, info.height / 2], to: [r.info.width / 2, r.info.height / 2] };
	}
	const boxes = read.map((l, i) => boxOf(l.text.trim(), l.mean, quads[i], turn));
	return ruledPage(boxes, findRules(page));
}

/** OCR of one image file (.png/.jpg/.tif …); every page of a multi-page TIFF. */
export async function ocrImage(bytes: Uint8Array, limits: ReaderLimits, progress?: (done: number, total: number) => void): Promise<OcrResult> {
	const sharp = (await import('sharp')).default;
	let pages = 1;
	try {
		pages = Math.max(1, (await sharp(bytes, { limitInputPixels: false }).metadata()).pages ?? 1);
	} catch {
		// prepareImage names what does not decode
	}
	if (pages > limits.ocrPages) throw new LimitError(`too many pages to OCR: ${pages}, the limit is ${limits.ocrPages} (扫描页数过多)`);
	await ocrEngine();
	progress?.(0, pages);
	const renders = (async function* () {
		for (let p = 0; p < pages; p++) yield await prepareImage(bytes, limits, 2000, p);
	})();
	return ocrPages(renders, pages, progress);
}
