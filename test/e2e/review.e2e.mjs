/**
 * People confirm or correct what the machine read (issue 15), end to end in a real browser: a report with a
 * check is corrected on its page (one figure typed, one taken from a sentence selected in the source text),
 * the overview and the SQL console change at once, corrections.csv is exported and imported again (bad rows
 * named), the CLI applies the exported file (`ingest --corrections`) and a site rebuilt from its output shows
 * the corrected figures, marked, with JavaScript off. An uploaded report has its own page with the same controls.
 */
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { BASE, SHOTS, browser, trackedPage } from './helpers.mjs';
import { serve } from './server.mjs';
import { createRequire } from 'node:module';

let b;
before(async () => (b = await browser()));
after(async () => b?.close());

const ROOT = resolve(import.meta.dirname, '../..');
/** A report of the bundled demo corpus (seed 42) that the review queue lists: its budget was not found. */
const ID = '5ff6e318e2915d14';
/** Its signature line, which names the evaluated unit in full (the extractor kept the short name). */
const SIGNATURE = '广州市天河区人民政府兴华街道办事处';
const REVIEWER = 'E2E 审核员';
const tmp = mkdtempSync(join(tmpdir(), 'review-e2e-'));
/** The dataset folder the CLI wrote with the exported corrections (first test), rebuilt into a site by the second. */
let cliOut = null;
after(() => rmSync(tmp, { recursive: true, force: true }));

async function applied(page) {
	await page.waitForFunction(() => performance.getEntriesByName('filter-applied').length > 0, null, { timeout: 30000 });
}
/** The overview's budget KPI in yuan ("¥347.30 m" → 347300000). */
async function budgetYuan(page) {
	const s = (await page.locator('[data-kpi="budget"]').first().textContent()).trim();
	const m = /¥([\d,.]+)\s*(k|m|bn)/.exec(s);
	assert.ok(m, `budget KPI "${s}"`);
	return Number(m[1].replace(/,/g, '')) * { k: 1e3, m: 1e6, bn: 1e9 }[m[2]];
}
/** Selects `needle` inside the report's source text as a person would with the mouse. */
async function selectInSource(page, needle) {
	await page.evaluate((needle) => {
		const root = document.querySelector('[data-testid="source"]');
		const at = root.textContent.indexOf(needle);
		if (at < 0) throw new Error(`not in the source: ${needle}`);
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		let pos = 0;
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const len = n.textContent.length;
			if (pos <= at && at < pos + len) range.setStart(n, at - pos);
			if (pos < at + needle.length && at + needle.length <= pos + len) {
				range.setEnd(n, at + needle.length - pos);
				break;
			}
			pos += len;
		}
		const sel = document.getSelection();
		sel.removeAllRanges();
		sel.addRange(range);
	}, needle);
}

test('correct two figures of a report with a check, see them everywhere, export, re-import, apply with the CLI', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
	const { page, errors } = await trackedPage(ctx);

	// The overview before any correction (its prerendered figures are the data's).
	await page.goto(`${BASE}/en`);
	const before = await budgetYuan(page);

	// The review queue lists the report with its check; open it.
	await page.goto(`${BASE}/en/review`);
	const link = page.locator(`[data-testid="review-table"] a[href*="/reports/${ID}"]`);
	await link.waitFor({ timeout: 30000 });
	assert.match(await link.locator('xpath=ancestor::tr').textContent(), /Budget not found/i);
	await link.click();
	await page.waitForURL(new RegExp(`/en/reports/${ID}`));
	assert.match(await page.getByTestId('checks').textContent(), /budget_missing|budget not found/i);
	const sourceFile = /Source file: (\S+)/.exec(await page.locator('p.muted.small').first().textContent())[1];

	// 1. By typing: the budget the report does not state.
	await page.locator('[data-fix="budget_wan"]').click();
	const form = page.getByTestId('fix-form');
	await form.waitFor();
	await page.locator('#fix-value').fill('一百');
	await page.locator('#fix-reviewer').fill(REVIEWER);
	await form.getByRole('button', { name: 'Save correction' }).click();
	// The value is checked with the rules of corrections.csv, and the form stays open with the reason.
	assert.match(await page.locator('#fix-problems').textContent(), /not a number/);
	await page.locator('#fix-value').fill('50');
	await form.getByLabel('Reason').fill('预算数见区财政批复（报告未写）');
	await form.getByRole('button', { name: 'Save correction' }).click();
	await page.getByTestId('fix-status').filter({ hasText: 'Saved' }).waitFor();
	assert.equal(await form.count(), 0);
	assert.match(await page.locator('[data-field="budget_wan"], [data-value="budget_wan"]').first().textContent(), /¥0\.50 m/);
	assert.equal(await page.locator('[data-corrected="budget_wan"]').count(), 1);
	// The execution rate follows (45.288 / 50), as the CLI derives it.
	assert.match(await page.locator('.fields').textContent(), /90\.6%/);

	// 2. By selecting the sentence that states it: the unit's full name from the signature.
	await selectInSource(page, SIGNATURE);
	await page.getByTestId('pick').filter({ hasText: SIGNATURE }).waitFor();
	await page.getByTestId('pick-field').selectOption('unit');
	await page.getByTestId('pick-go').click();
	await form.waitFor();
	assert.equal(await page.locator('#fix-value').inputValue(), SIGNATURE, 'the selected text is the new value');
	assert.equal(await page.getByTestId('fix-evidence').textContent(), SIGNATURE, 'the selection is the evidence');
	assert.equal(await page.locator('#fix-reviewer').inputValue(), REVIEWER, 'the reviewer is remembered');
	await form.getByLabel('Reason').fill('落款写明单位全称 <b>x</b>');
	await form.getByRole('button', { name: 'Save correction' }).click();
	await page.getByTestId('fix-status').filter({ hasText: 'Saved' }).waitFor();
	assert.equal(await page.locator('[data-corrected="unit"]').count(), 1);
	// The corrected unit's evidence is the selected sentence.
	await page.locator('[data-field="unit"]').click();
	assert.equal((await page.locator('mark.ev.active').allTextContents()).join(''), SIGNATURE);
	await page.screenshot({ path: `${SHOTS}/review-corrected.png`, fullPage: true });

	// Correction text is untrusted: a reason with markup is shown as text.
	const rows = page.getByTestId('corrections-table').locator('tbody tr');
	assert.equal(await rows.count(), 2);
	assert.equal(await rows.locator('b').count(), 0);
	assert.match(await rows.nth(1).textContent(), /<b>x<\/b>/);

	// The overview changes: 50 万元 = ¥0.5 m more budget.
	await page.goto(`${BASE}/en`);
	await applied(page);
	const afterBudget = await budgetYuan(page);
	assert.ok(Math.abs(afterBudget - before - 500000) <= 60000, `overview budget ${before} → ${afterBudget}`);

	// The SQL console reads the corrected rows and the corrections, told apart by user_data.
	const q = new URLSearchParams({
		q: `SELECT budget_wan, unit, (SELECT count(*) FROM corrections WHERE user_data) AS n FROM reports WHERE report_id = '${ID}'`
	});
	await page.goto(`${BASE}/en/sql?${q}`);
	await page.waitForFunction(() => performance.getEntriesByName('sql-ready').length > 0, null, { timeout: 60000 });
	await page.getByRole('button', { name: /Run/ }).click();
	await page.waitForFunction(() => performance.getEntriesByName('sql-result').length > 0, null, { timeout: 30000 });
	// (the grid's first cell is the row number)
	const cells = await page.locator('.rgrid [role=row][aria-rowindex="2"] [role=gridcell]').allTextContents();
	assert.match(cells[1], /^50(\.0+)?$/);
	assert.equal(cells[2], SIGNATURE);
	assert.equal(cells[3], '2');

	// Export corrections.csv from /review.
	await page.goto(`${BASE}/en/review`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('corrections-export').click()]);
	const csvFile = join(tmp, 'corrections.csv');
	await download.saveAs(csvFile);
	const csv = readFileSync(csvFile, 'utf8');
	assert.ok(csv.startsWith('\uFEFFreport_id,field,old_value,new_value,reason,reviewer,corrected_at,evidence_start,evidence_end\r\n'), csv.slice(0, 120));
	const exported = Papa.parse(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
	assert.deepEqual(
		exported.map((r) => [r.report_id, r.field, r.old_value, r.new_value, r.reviewer]),
		[
			[ID, 'budget_wan', '', '50', REVIEWER],
			[ID, 'unit', '兴华街道办事处', SIGNATURE, REVIEWER]
		]
	);
	assert.ok(Number(exported[1].evidence_end) - Number(exported[1].evidence_start) === SIGNATURE.length);
	// (loads cut short by this test's own navigations are no errors)
	assert.deepEqual(
		errors.filter((e) => !/net::ERR_ABORTED/.test(e)),
		[]
	);
	await ctx.close();

	// Imported again in a fresh browser, with bad rows named by line; the good rows apply.
	const ctx2 = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const p2 = (await trackedPage(ctx2)).page;
	const bad = join(tmp, 'with-bad-rows.csv');
	writeFileSync(bad, csv + `ffff000000000000,score,80,81,,x,2026-12-05\r\n${ID},colour,,red,,x,\r\n${ID},score,93.56,150,,x,\r\n${ID},grade,良,优,,x,\r\n`);
	await p2.goto(`${BASE}/en/review`);
	await p2.getByTestId('corrections-panel').waitFor();
	await p2.setInputFiles('[data-testid="corrections-file"]', bad);
	const result = p2.getByTestId('corrections-import-result');
	await result.waitFor({ timeout: 30000 });
	assert.match(await result.textContent(), /Imported 2, 0 already kept, 4 rows refused/);
	const problems = await p2.getByTestId('corrections-import-problems').textContent();
	assert.match(problems, /line 4: report ffff000000000000 is not in the data/);
	assert.match(problems, /line 5: unknown field "colour"/);
	assert.match(problems, /line 6: new value "150": score must be between 0 and 100/);
	assert.match(problems, /line 7: grade is now "优", not the correction's old value "良": not applied/);
	// Importing the same file again loses nothing and adds nothing.
	await p2.setInputFiles('[data-testid="corrections-file"]', csvFile);
	await result.filter({ hasText: 'Imported 0, 2 already kept' }).waitFor({ timeout: 30000 });
	await p2.goto(`${BASE}/en/reports/${ID}`);
	await p2.locator('[data-corrected="budget_wan"][data-mine="true"]').waitFor({ timeout: 30000 });
	await ctx2.close();

	// The CLI applies the exported file: the report's document and the five real ones into a temporary output.
	const out = join(tmp, 'data');
	const cli = spawnSync(
		process.execPath,
		[
			'node_modules/tsx/dist/cli.mjs',
			'src/tools/cli/ingest.ts',
			'--quiet',
			'--city',
			'广州市',
			'--corrections',
			csvFile,
			'--out',
			out,
			'data/reports',
			join('data/demo', sourceFile)
		],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	assert.equal(cli.status, 0, cli.stdout + cli.stderr);
	const table = (name) => Papa.parse(readFileSync(join(out, `${name}.csv`), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
	const rep = table('reports').find((r) => r.report_id === ID);
	assert.equal(Number(rep.budget_wan), 50);
	assert.equal(rep.unit, SIGNATURE);
	assert.ok(Math.abs(Number(rep.execution_rate) - 45.288 / 50) < 1e-9);
	const fixes = table('corrections').filter((r) => r.report_id === ID);
	assert.deepEqual(fixes.map((r) => [r.field, r.old_value, r.new_value, r.reviewer]).sort(), [
		['budget_wan', '', '50', REVIEWER],
		['unit', '兴华街道办事处', SIGNATURE, REVIEWER]
	]);

	cliOut = out;
});

// A site rebuilt from the CLI's output marks the corrected figures with JavaScript off. A full vite build (minutes
// on a shared machine): E2E_NO_REBUILD=1 skips it.
test(
	'the site rebuilt from the corrected dataset shows the corrected figures, marked, with JavaScript off',
	{ timeout: 20 * 60_000, skip: process.env.E2E_NO_REBUILD === '1' },
	async () => {
		assert.ok(cliOut, 'the CLI output of the test before');
		const site = await buildSite(cliOut);
		const served = await serve(site);
		try {
			const ctx3 = await b.newContext({ javaScriptEnabled: false });
			const p3 = await ctx3.newPage();
			await p3.goto(`${served.url}/en/reports/${ID}`);
			assert.match(await p3.locator('[data-field="budget_wan"], [data-value="budget_wan"]').first().textContent(), /¥0\.50 m/);
			assert.equal(await p3.locator('[data-corrected="budget_wan"]').count(), 1);
			assert.match(await p3.locator('[data-corrected="budget_wan"]').getAttribute('title'), new RegExp(`corrected by ${REVIEWER}`));
			assert.equal(await p3.locator('[data-corrected="unit"]').count(), 1);
			assert.match(await p3.locator('.fields').textContent(), new RegExp(SIGNATURE));
			// No review controls in the prerendered page: they need JavaScript.
			assert.equal(await p3.locator('[data-fix]').count(), 0);
			await p3.screenshot({ path: `${SHOTS}/review-rebuilt-nojs.png`, fullPage: true });
			await p3.goto(`${served.url}/en/about`);
			assert.match(await p3.getByTestId('corrected-count').textContent(), /Figures corrected by a person: 2 \(in 1 report\)/);
			await ctx3.close();
		} finally {
			await served.close();
		}
	}
);

/** Builds the site (vite build, prerendering) from the dataset in `dataDir`, in a copy of the tree; returns its build folder. */
async function buildSite(dataDir) {
	const dir = join(tmp, 'site');
	mkdirSync(join(dir, 'static'), { recursive: true });
	for (const f of ['src', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
	cpSync(join(ROOT, 'static/favicon.png'), join(dir, 'static/favicon.png'));
	cpSync(realpathSync(dataDir), join(dir, 'static/data'), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	// Asynchronously: the browser connection stays served while vite works.
	const { code, log } = await new Promise((done) => {
		const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'], { cwd: dir });
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		child.on('exit', (c) => done({ code: c, log }));
	});
	assert.equal(code, 0, `rebuild failed: ${log}`);
	assert.ok(existsSync(join(dir, 'build/index.html')));
	return join(dir, 'build');
}

test('an uploaded report: its fields and checks before loading, then its own page with source and review controls', async () => {
	const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
	const { page, errors } = await trackedPage(ctx);
	page.on('dialog', (d) => d.accept());
	await page.goto(`${BASE}/en/data`);
	await page.waitForFunction(() => performance.getEntriesByName('userdata-ready').length > 0, null, { timeout: 30000 });
	const name = '2024-nanhuaxi-report.txt';
	await page.setInputFiles('[data-testid="userdata-files"]', `test/userdata/good/${name}`);
	const item = page.locator(`li.item[data-file="${name}"]`);
	// The preview: the extracted figures and the checks, before anything is loaded.
	const preview = item.getByTestId('upload-preview');
	await preview.waitFor({ timeout: 30000 });
	assert.match(await preview.textContent(), /Year\s*2024/);
	await preview.locator('text=/Checks|Nothing to check/').first().waitFor({ timeout: 30000 });
	await item.getByRole('button', { name: 'Load' }).click();
	await item.and(page.locator('[data-phase="loaded"]')).waitFor({ timeout: 20000 });
	try {
		// Its link in the report list leads to its client-side page (it has no prerendered one).
		await page.goto(`${BASE}/en/reports`);
		await applied(page);
		await page.locator('input[type="search"]').fill('南华西');
		const link = page.locator('table a[href*="/reports/view?"]').first();
		await link.waitFor({ timeout: 20000 });
		await link.click();
		await page.waitForURL(/\/en\/reports\/view\?.*id=[0-9a-f]{16}/);
		await page.getByTestId('uploaded-note').waitFor({ timeout: 30000 });
		assert.ok((await page.getByTestId('source').textContent()).length > 200, 'source text shown');
		// Evidence highlighting works as on a prerendered page.
		await page.locator('button.fig').first().click();
		await page.locator('mark.ev.active').first().waitFor();
		// The same review controls: a typed correction is kept and shown.
		await page.locator('[data-fix="party_orgs"]').click();
		await page.locator('#fix-value').fill('12');
		await page.locator('#fix-reviewer').fill(REVIEWER);
		await page.getByTestId('fix-form').getByRole('button', { name: 'Save correction' }).click();
		await page.locator('[data-corrected="party_orgs"]').waitFor();
		// A reload reads it again from the browser database.
		await page.reload();
		await page.locator('[data-corrected="party_orgs"]').waitFor({ timeout: 30000 });
		await page.screenshot({ path: `${SHOTS}/review-uploaded.png`, fullPage: true });
		await page.locator('[data-undo="party_orgs"]').click();
		await page.locator('[data-corrected="party_orgs"]').waitFor({ state: 'detached' });
		// An id this browser does not hold is named, not a blank page.
		await page.goto(`${BASE}/en/reports/view?id=ffff000000000000`);
		await page.getByTestId('uploaded-missing').waitFor({ timeout: 30000 });
	} finally {
		await page.goto(`${BASE}/en/data`);
		await page.waitForFunction(() => performance.getEntriesByName('userdata-ready').length > 0, null, { timeout: 30000 });
		await page.getByRole('button', { name: 'Forget my data' }).click();
		await page.getByTestId('userdata-none').waitFor({ timeout: 20000 });
	}
	assert.deepEqual(errors, []);
	await ctx.close();
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

for (const scheme of ['light', 'dark']) {
	test(`the review controls, an open correction form with its problems and the corrections panel pass axe-core WCAG 2.1 A/AA (${scheme})`, async () => {
		// The site's CSP forbids inline scripts, axe's included: this context alone ignores the policy.
		const ctx = await b.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
		const page = await ctx.newPage();
		const axe = async () => {
			await page.addScriptTag({ content: AXE });
			return page.evaluate(async () => {
				// eslint-disable-next-line no-undef
				const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
				return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')} ${n.html.slice(0, 120)}`));
			});
		};
		await page.goto(`${BASE}/reports/${ID}`);
		await page.locator('[data-confirm="year"]').click();
		// no reviewer yet: the form asks for one
		await page.locator('#fix-problems').waitFor();
		await page.locator('#fix-reviewer').fill(REVIEWER);
		await page.getByTestId('fix-form').getByRole('button', { name: '保存更正' }).click();
		await page.locator('[data-corrected="year"]').waitFor();
		await page.locator('[data-fix="score"]').click();
		await page.locator('#fix-value').fill('150');
		await page.getByTestId('fix-form').getByRole('button', { name: '保存更正' }).click();
		await page.locator('#fix-problems').waitFor();
		await selectInSource(page, SIGNATURE);
		await page.getByTestId('pick').filter({ hasText: SIGNATURE }).waitFor();
		assert.deepEqual(await axe(), []);
		// Escape closes the form and gives the focus back to its button.
		await page.locator('#fix-value').press('Escape');
		assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-fix')), 'score');
		await page.goto(`${BASE}/review`);
		await page.getByTestId('corrections-table').waitFor();
		assert.deepEqual(await axe(), []);
		await ctx.close();
	});
}
