/** Shared helpers for the e2e test files: browser connection, URLs, console error capture, screenshots. */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import Papa from 'papaparse';

export const BASE = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173';
export const SHOTS = 'test-results/screenshots';
mkdirSync(SHOTS, { recursive: true });

/** Connects to the runner's browser (or launches one when a file is run on its own). */
export async function browser() {
	if (process.env.E2E_WS_ENDPOINT) return chromium.connect(process.env.E2E_WS_ENDPOINT);
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
	});
}

/** A page that records console errors and uncaught exceptions into `errors`. */
export async function trackedPage(context) {
	const page = await context.newPage();
	const errors = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
	return { page, errors };
}

/** Waits until every chart card on the page has its live ECharts canvas (or an empty/error state). */
export async function waitForLiveCharts(page, timeout = 15000) {
	await page.waitForFunction(
		() => [...document.querySelectorAll('.chart-card')].every((c) => c.querySelector('.live canvas') || c.querySelector('.state')),
		null,
		{ timeout }
	);
}

/** Waits for the browser database to be ready (performance mark 'db-ready'). */
export async function waitForDb(page, timeout = 30000) {
	await page.waitForFunction(() => performance.getEntriesByName('db-ready').length > 0, null, { timeout });
}

/** Text of the KPI tile `name` (reports, budget, actual, rate, score). */
export async function kpi(page, name) {
	return (await page.locator(`[data-kpi="${name}"]`).first().textContent())?.trim() ?? '';
}

/** Parses a formatted count like "1,234". */
export function count(s) {
	return Number(String(s).replace(/[^\d.]/g, ''));
}

/** The built site's open-data reports table (reports.csv), parsed: the expected figures come from it, not from the app. */
export async function shippedReports() {
	const csv = await (await fetch(`${BASE}/data/reports.csv`)).text();
	return Papa.parse(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

/** Reports count, execution rate and mean score of the rows `keep` selects, as the README defines them. */
export function csvFigures(rows, keep) {
	const sel = rows.filter(keep);
	const both = sel.filter((r) => r.budget_wan !== '' && r.actual_wan !== '');
	const sum = (rs, k) => rs.reduce((s, r) => s + Number(r[k]), 0);
	const scored = sel.filter((r) => r.score !== '');
	return { reports: sel.length, rate: sum(both, 'actual_wan') / sum(both, 'budget_wan'), score: sum(scored, 'score') / scored.length };
}
