/**
 * Shared by the hostile-upload e2e files (issue 12): one browser profile per file, the user's data as the
 * /data page lists it, and the check that it is unchanged after each bad file.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, browser, trackedPage } from './helpers.mjs';

export const REPORT = '2024-nanhuaxi-report.txt';
export const NEW_ID = 'hostile-0001';
export const FINDINGS = 'report_id,seq,kind,text,theme';
export const csv = (header, rows) => [header, ...rows].join('\n') + '\n';

/** A browser profile for one test file (created in before(), closed in after()), with the upload helpers bound to its page. */
export function session() {
	const s = { tmp: mkdtempSync(join(tmpdir(), 'hostile-e2e-')), b: null, ctx: null, page: null, errors: null, before: '' };
	before(async () => {
		s.b = await browser();
		s.ctx = await s.b.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
		({ page: s.page, errors: s.errors } = await trackedPage(s.ctx));
		s.page.on('dialog', (d) => d.accept());
		s.page.on('crash', () => s.errors.push('page crashed'));
	});
	after(async () => {
		await s.ctx?.close();
		await s.b?.close();
		rmSync(s.tmp, { recursive: true, force: true });
	});
	s.item = (name) => s.page.locator(`li.item[data-file="${name}"]`);
	s.userDataReady = () => s.page.waitForFunction(() => performance.getEntriesByName('userdata-ready').length > 0, null, { timeout: 120000 });
	/** Waits until the file's item reaches one of `phases`; returns its text. */
	s.phase = async (name, phases = ['checked'], timeout = 60000) => {
		await s.page.waitForFunction(([n, ps]) => ps.includes(document.querySelector(`li.item[data-file="${n}"]`)?.dataset.phase ?? ''), [name, phases], {
			timeout
		});
		return (await s.item(name).textContent()) ?? '';
	};
	/** What the page lists as the user's data: rows per table and the files they came from. */
	s.userData = async () => {
		const counts = (await s.page.getByTestId('userdata-counts').textContent()) ?? '';
		const files =
			(await s.page
				.locator('section.mine ul.files')
				.textContent()
				.catch(() => '')) ?? '';
		return `${counts.trim()} | ${files.trim()}`;
	};
	s.intact = async (what) => assert.equal(await s.userData(), s.before, `the data loaded before is intact after ${what}`);
	/** Picks files given as { name, text } (in memory) or paths. */
	s.drop = (files) =>
		s.page.setInputFiles(
			'[data-testid="userdata-files"]',
			files.map((f) => (typeof f === 'string' ? f : { name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.text) }))
		);
	s.reloadData = async () => {
		await s.page.goto(`${BASE}/en/data`);
		await s.userDataReady();
	};
	/** Loads the good report .txt: the data every hostile file must leave intact. */
	s.setup = async () => {
		await s.page.goto(`${BASE}/en/data`);
		await s.userDataReady();
		await s.drop([`test/userdata/good/${REPORT}`]);
		await s.item(REPORT).getByRole('button', { name: 'Load' }).click({ timeout: 30000 });
		await s.phase(REPORT, ['loaded']);
		s.before = await s.userData();
		assert.match(s.before, /reports: 1 rows/);
	};
	/** A findings CSV of about `mb` megabytes for report `id`, written to disk; returns its path and rows. */
	s.bigFindings = (name, mb, id, seq0 = 100000) => {
		const path = join(s.tmp, name);
		const fd = openSync(path, 'w');
		writeSync(fd, FINDINGS + '\n');
		let size = 0;
		let n = 0;
		while (size < mb * 1024 * 1024) {
			const lines = [];
			for (let k = 0; k < 1000; k++, n++) lines.push(`${id},${seq0 + n},问题,第${n}条：台账记录不完整，培训次数不足，需要加强管理,培训教育`);
			const chunk = lines.join('\n') + '\n';
			writeSync(fd, chunk);
			size += Buffer.byteLength(chunk);
		}
		closeSync(fd);
		return { path, rows: n };
	};
	return s;
}
