/**
 * Issue 16 item 6 (print briefing): chart text readable on paper (8 pt or more), no grey block when background graphics
 * are printed, grade colours kept when they are not, and a PDF button. Checked on what Chromium's page.pdf() prints,
 * rendered back to pixels (test/e2e/pdfpages.mjs); pages written to test-results/screenshots.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, SHOTS, browser, trackedPage } from './helpers.mjs';
import { countColour, pdfPages } from './pdfpages.mjs';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const BRIEFING = (lang = '') => `${BASE}${lang}/briefing/${encodeURIComponent('白云区')}`;
const A4_TEXT_WIDTH_PX = Math.round((186 / 25.4) * 96); // 210 mm less 12 mm margins each side, in CSS px
const PAGE_GREY = '#f6f8fa'; // the site's page background (--bg)
const BEST_GRADE = '#009E73'; // 优 in the grade mix (no briefing chart uses this green)

test('print: chart text prints at 8 pt or more on A4', async () => {
	const ctx = await b.newContext({ viewport: { width: A4_TEXT_WIDTH_PX, height: 1100 } });
	const page = await ctx.newPage();
	for (const lang of ['', '/en']) {
		await page.goto(BRIEFING(lang));
		await page.emulateMedia({ media: 'print' });
		const sizes = await page.evaluate(() =>
			[...document.querySelectorAll('figure .svg svg')].map((svg) => {
				const scale = svg.getBoundingClientRect().width / (svg.viewBox.baseVal?.width || Number(svg.getAttribute('width')));
				const px = [...svg.querySelectorAll('text')].map(
					(t) =>
						parseFloat(t.getAttribute('font-size') ?? getComputedStyle(t).fontSize) ||
						parseFloat(/font-size:\s*([\d.]+)px/.exec(t.getAttribute('style') ?? '')?.[1] ?? '12')
				);
				return { scale, minPt: (Math.min(...px) * scale * 72) / 96 };
			})
		);
		assert.ok(sizes.length >= 3, 'three charts');
		for (const s of sizes) assert.ok(s.minPt >= 8, `chart text prints at ${s.minPt.toFixed(1)} pt (scale ${s.scale.toFixed(2)})`);
		await page.emulateMedia({ media: 'screen' });
	}
	await ctx.close();
});

test('print: no grey block with background graphics on; grade colours kept with them off; at most three pages', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await ctx.newPage();
	for (const lang of ['', '/en']) {
		await page.goto(BRIEFING(lang));
		await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
		const tag = lang ? 'en' : 'zh';
		const withBg = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }), { png: `${SHOTS}/briefing-print-bg-${tag}` });
		assert.ok(withBg.length <= 3, `${withBg.length} pages`);
		for (const [i, p] of withBg.entries()) {
			const grey = countColour(p, PAGE_GREY, 2) / (p.width * p.height);
			assert.ok(grey < 0.02, `page ${i + 1} (${tag}): ${(grey * 100).toFixed(1)}% of it is the grey page background`);
		}
		const noBg = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: false }), { png: `${SHOTS}/briefing-print-nobg-${tag}` });
		const green = noBg.reduce((n, p) => n + countColour(p, BEST_GRADE, 12), 0);
		assert.ok(green > 200, `grade colour 优 printed on ${green} pixels without background graphics`);
	}
	await ctx.close();
});

test('briefing: a PDF button opens the print dialog and says how to save a PDF (zh, en, keyboard)', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	for (const [lang, hint, name] of [
		['', /另存为 PDF/, '保存为 PDF'],
		['/en', /Save as PDF/, 'Save as PDF']
	]) {
		await page.goto(BRIEFING(lang));
		const pdf = page.getByTestId('briefing-pdf');
		await pdf.waitFor();
		assert.equal(await pdf.textContent(), 'PDF');
		assert.equal(await pdf.getAttribute('aria-label'), name);
		const hintId = await pdf.getAttribute('aria-describedby');
		assert.match(await page.locator(`#${hintId}`).textContent(), hint);
		// The print dialog itself is the browser's: count the calls that would open it.
		await page.evaluate(() => ((window.__prints = 0), (window.print = () => window.__prints++)));
		await pdf.focus();
		await page.keyboard.press('Enter');
		assert.equal(await page.evaluate(() => window.__prints), 1, 'window.print() called');
		await page.emulateMedia({ media: 'print' });
		assert.equal(await pdf.isVisible(), false, 'not printed');
		await page.emulateMedia({ media: 'screen' });
		await page.screenshot({ path: `${SHOTS}/briefing-pdf-button${lang ? '-en' : ''}.png` });
	}
	assert.deepEqual(
		errors.filter((e) => !/ERR_ABORTED/.test(e)),
		[]
	);
	await ctx.close();
});
