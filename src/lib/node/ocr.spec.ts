/**
 * OCR of scans: a report written for the purpose (test/formats/report.ts) rendered to a PNG and to an
 * image-only PDF by headless Chromium, read back by @gutenye/ocr-node; the budget, score and year must be
 * the ones written. Low-confidence figures become checks; without the engine a scan is refused with a
 * message naming how to enable it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, htmlPng, scanPng, scannedPdf } from '../../../test/formats/build';
import { EXPECTED, GRID, reportText } from '../../../test/formats/report';
import { RULED_EXPECTED, ruledScanHtml } from '../../../test/formats/ruled-scan';
import { markLowConfidence } from '../formats/ocr-checks';
import { extract } from '../ingest/extract';
import type { Extraction } from '../ingest/types';
import { extractFileParts } from './extract-file';
import { readHeavy } from './heavy';
import { LIMITS } from './limits';
import { OCR_HOWTO, setOcrUnavailable } from './ocr';
import { closeSandboxes } from './sandbox';

let root: string;
let png: Uint8Array;
let pdf: Uint8Array;
let ruled: Uint8Array;
beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'ocr-spec-'));
	png = await scanPng();
	pdf = await scannedPdf(png);
	ruled = await htmlPng(ruledScanHtml());
	await closeBrowser();
}, 120_000);
afterAll(async () => {
	await closeSandboxes();
	await rm(root, { recursive: true, force: true });
});

const figures = (x: Extraction) => ({
	year: x.report.year,
	budget_wan: x.report.budget_wan,
	actual_wan: x.report.actual_wan,
	score: x.report.score,
	grade: x.report.grade,
	district: x.report.district,
	street: x.report.street
});
const rows = (x: Extraction) =>
	x.indicators.map((i) => ({ level1: i.level1, name: i.name, target_text: i.target_text, actual_text: i.actual_text, weight: i.weight, points: i.points }));
const want = {
	year: EXPECTED.year,
	budget_wan: EXPECTED.budget_wan,
	actual_wan: EXPECTED.actual_wan,
	score: EXPECTED.score,
	grade: EXPECTED.grade,
	district: EXPECTED.district,
	street: EXPECTED.street
};

describe('OCR of a scan', () => {
	it('a PNG scan of the report gives the budget, score and year written (through the reader sandbox)', async () => {
		const f = join(root, 'scan.png');
		await writeFile(f, png);
		const t = performance.now();
		const [p] = await extractFileParts({ id: 0, file: f });
		console.log(`OCR of a ${png.length} B PNG (1 page) through the sandbox: ${Math.round(performance.now() - t)} ms including the engine's load`);
		expect(p.result.ok).toBe(true);
		if (!p.result.ok) return;
		expect(p.result.value.report.source_file).toBe('scan.png');
		expect(figures(p.result.value)).toEqual(want);
		expect(p.notes?.[0]).toMatch(/^read by OCR \(1 page, [\d.]+ s\)$/);
		// its 自评表 is ruled: the rows are read from the cells (the grid as report.ts writes it, by hand)
		const level1 = { 产出指标: '产出', 效益指标: '效益', 满意度指标: '满意度' } as Record<string, string>;
		const written = GRID.slice(8, 13).map((r, k) => ({
			level1: level1[r[1] || (k < 3 ? '产出指标' : '')],
			name: r[3],
			target_text: r[4],
			actual_text: r[5],
			weight: Number(r[6]),
			points: Number(r[7])
		}));
		expect(rows(p.result.value)).toEqual(written);
	}, 180_000);

	it('a PDF with no text layer is rendered page by page and read by OCR, with page progress', async () => {
		const seen: [number, number][] = [];
		const r = await readHeavy(pdf, '.pdf', LIMITS, (d, t) => seen.push([d, t]));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.ocr?.pages).toBeGreaterThanOrEqual(1);
		expect(seen[0]).toEqual([0, r.ocr!.pages]);
		expect(seen.at(-1)).toEqual([r.ocr!.pages, r.ocr!.pages]);
		expect(r.notes?.[0]).toMatch(/^no text layer \(scanned pages\): \d pages? read by OCR in [\d.]+ s$/);
		const x = extract({ text: r.text, sourceFile: 'scan.pdf' });
		expect(x.ok && figures(x.value)).toEqual(want);
		console.log(
			`OCR of a scanned PDF: ${r.ocr!.pages} pages in ${r.ocr!.ms} ms (${(r.ocr!.ms / r.ocr!.pages / 1000).toFixed(1)} s a page), ${r.ocr!.lines.length} lines, lowest confidence ${Math.min(...r.ocr!.lines.map((l) => l.conf)).toFixed(3)}`
		);
	}, 180_000);

	it('a scanned 自评表 with ruled borders: its rows read from the cells (merged 一级指标, wrapped cells), budget and actual from the header block', async () => {
		const f = join(root, 'ruled.png');
		await writeFile(f, ruled);
		const [p] = await extractFileParts({ id: 0, file: f });
		expect(p.result.ok).toBe(true);
		if (!p.result.ok) return;
		const x = p.result.value;
		expect({ budget_wan: x.report.budget_wan, actual_wan: x.report.actual_wan, score: x.report.score }).toEqual({
			budget_wan: RULED_EXPECTED.budget_wan,
			actual_wan: RULED_EXPECTED.actual_wan,
			score: RULED_EXPECTED.score
		});
		expect(rows(x)).toEqual(RULED_EXPECTED.indicators);
	}, 180_000);

	it('the same scan turned by 1° (a skewed scan): read the same; a table row is one OCR line, a doubtful row makes checks on its figures and indicators', async () => {
		const sharp = (await import('sharp')).default;
		const r = await readHeavy(await sharp(ruled).rotate(1, { background: '#ffffff' }).png().toBuffer(), '.png');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.text).toContain('年度资金总额\t86\t86\t79.12\t10\t92%\t9.2');
		const x = extract({ text: r.text, sourceFile: 'ruled.png' });
		expect(x.ok).toBe(true);
		if (!x.ok) return;
		expect(rows(x.value)).toEqual(RULED_EXPECTED.indicators);
		// every line doubtful: every figure read from the table gets its check
		markLowConfidence(x.value, r.ocr!.lines, 1.01);
		const low = x.value.checks.filter((c) => c.code === 'low_confidence');
		expect(low.map((c) => c.field)).toEqual(expect.arrayContaining(['budget_wan', 'actual_wan', 'indicators']));
		expect(low.filter((c) => c.field === 'indicators')).toHaveLength(RULED_EXPECTED.indicators.length);
	}, 180_000);

	it('a TIFF scan is read the same way', async () => {
		const sharp = (await import('sharp')).default;
		const tif = await sharp(png).tiff({ compression: 'lzw' }).toBuffer();
		const r = await readHeavy(tif, '.tif');
		expect(r.ok).toBe(true);
		const x = r.ok ? extract({ text: r.text, sourceFile: 'scan.tif' }) : null;
		expect(x?.ok && figures(x.value)).toEqual(want);
	}, 180_000);

	it('figures on a low-confidence line become low_confidence checks, never silent values', () => {
		const r = extract({ text: reportText(), sourceFile: 'scan.png' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const x = r.value;
		const lines = reportText()
			.split('\n')
			.map((text) => ({ text: text.replace(/\t/g, ' '), conf: /年度资金总额|总分/.test(text) ? 0.61 : 0.99, page: 1 }));
		// the extractor's text keeps the tabs: lines are found as OCR gives them (cells joined by spaces) or as written
		const tabbed = reportText()
			.split('\n')
			.map((text) => ({ text, conf: /年度资金总额|总分/.test(text) ? 0.61 : 0.99, page: 1 }));
		const n = markLowConfidence(x, [...tabbed, ...lines], 0.85);
		expect(n).toBeGreaterThan(0);
		const fields = x.checks.filter((c) => c.code === 'low_confidence').map((c) => c.field);
		expect(fields).toContain('budget_wan');
		expect(x.checks.every((c) => c.code !== 'low_confidence' || c.severity === 'warning')).toBe(true);
		expect(x.checks.find((c) => c.field === 'budget_wan' && c.code === 'low_confidence')?.reason).toMatch(
			/^OCR 识别置信度低的数字 \(low-confidence OCR figure\): 120 \(OCR line "年度资金总额.*" confidence 0\.61, page 1\)$/
		);
		expect(x.report.warnings).toContain('low-confidence OCR');
		// the values stay (a person decides): the check says where to look
		expect(x.report.budget_wan).toBe(120);
	});

	it('without the OCR engine a scan is refused with a message naming how to enable it', async () => {
		setOcrUnavailable(true);
		try {
			const r = await readHeavy(png, '.png');
			expect(r).toEqual({ ok: false, reason: OCR_HOWTO });
			const p = await readHeavy(pdf, '.pdf');
			expect(p.ok).toBe(false);
			if (!p.ok) expect(p.reason).toBe(`${OCR_HOWTO} — no text layer (scanned pages)`);
		} finally {
			setOcrUnavailable(false);
		}
	});

	it('a huge image is named by its size before it is decoded', async () => {
		const sharp = (await import('sharp')).default;
		const big = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#ffffff' } })
			.png({ compressionLevel: 9 })
			.toBuffer();
		expect(await readHeavy(big, '.png')).toEqual({ ok: false, reason: 'image too large: 8000×8000 pixels, the limit is 50 megapixels (图片过大)' });
	});
});
