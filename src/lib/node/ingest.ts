/** The ingest pipeline: walk inputs, read and decode, extract, de-duplicate, write the dataset. */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { evidenceRows, extract } from '../ingest/extract';
import { applyCorrections, parseCorrections, type Correction } from '../corrections/corrections';
import { divisionRows, divisionRowsFor } from '../ingest/places';
import { TABLES, type DivisionRow, type Extraction, type ExtractInput, type ExtractResult, type ManifestEntry, type TableName } from '../ingest/types';
import { decodeBytes } from '../ingest/decode';
import type { FileJob } from './extract-file';
import { parseManifest } from './manifest';
import { UsageError } from './errors';
import { collectInputs, display } from './inputs';
import { LIMITS } from './limits';
import { safeText } from './names';
import { openOutput, type CommitResult } from './output';
import { extractPartsInOrder } from './pool';
import { readCapped } from './read';
import { closeSandboxes } from './sandbox';
import { openDatasetWriter, type DatasetWriter } from './write';

export { UsageError, OutputError } from './errors';
export { collectInputs, display } from './inputs';

/** What to ingest and where to write it. */
export interface IngestOptions {
	/** Files or folders; folders are walked recursively in sorted order. */
	paths: string[];
	/** Manifests given explicitly (--manifest); they win over manifest.csv files found in folders. */
	manifests?: string[];
	/** corrections.csv files (people's corrections of what the machine read), applied to the reports they name. */
	corrections?: string[];
	/** City place look-ups are scoped to; none by default (DEFAULT_CITY). */
	city?: string;
	/**
	 * Output folder; default static/data. It becomes a symbolic link to the current version folder of its
	 * version store (src/lib/node/output.ts); a run that writes no report leaves it as it was.
	 */
	outDir: string;
	/** Write dataset.duckdb too (default true). */
	duckdbFile?: boolean;
	/** Files read ahead of extraction when extracting in process (I/O overlap); default 16. */
	readAhead?: number;
	/** Worker threads for read + extract; default 2 (on ≥ 2 cores) from WORKER_THRESHOLD files on, else in process. */
	workers?: number;
}

/** Progress after each input file, and inside a long one (pages OCR'd). */
export interface IngestProgress {
	done: number;
	total: number;
	elapsedMs: number;
	/** The file being read when it reports pages (OCR): its name, pages done and total. */
	current?: { file: string; done: number; total: number; what: string; fileElapsedMs: number };
}

/** Side effects, passed in so tests can capture them. */
export interface IngestIO {
	/** A note (skipped file, manifest found). */
	info(line: string): void;
	/** A warning that does not reject a file (duplicate report, unused manifest row). */
	warn(line: string): void;
	/** A rejected file or manifest row: one line naming it and the reason. */
	error(line: string): void;
	progress?(p: IngestProgress): void;
}

/**
 * The extractor and the city's division rows; injectable so tests can force failures (then extraction runs in
 * process). With deps the divisions table is `divisionRows(city)`, the city undefined without --city: the test
 * decides which places that means (no place name is built in here).
 */
export interface IngestDeps {
	extract(input: ExtractInput): ExtractResult;
	divisionRows(city?: string): DivisionRow[];
}

/** What a run did. */
export interface IngestSummary {
	filesRead: number;
	skipped: number;
	reportsWritten: number;
	rejected: { file: string; reason: string }[];
	warnings: number;
	extractionWarnings: number;
	/** Checks recorded by the extractor, by severity, and reports with an error or warning check. */
	checks?: { error: number; warning: number; info: number; reports: number };
	rows: Record<TableName, number>;
	seconds: number;
	readExtractSeconds: number;
	writeSeconds: number;
	/** Worker threads used for read + extract (1 = in process). */
	workers: number;
	outDir: string;
	/** True when no report was written and the output was left exactly as it was. */
	unchanged: boolean;
	/** The version folder the output now points to, the one before, and versions deleted (absent when unchanged). */
	version?: CommitResult;
}

/** Below this many files, starting workers (each compiles the extractor) costs more than it saves: measured 305 files 2.8 s in process vs 5–7 s on workers under load. */
export const WORKER_THRESHOLD = 2000;

/** City place look-ups are scoped to unless --city says otherwise. */
export const DEFAULT_CITY: string | undefined = undefined;

interface Manifest {
	file: string;
	dir: string;
	explicit: boolean;
	byKey: Map<string, ManifestEntry>;
	used: Set<ManifestEntry>;
}

/** Run the whole ingest; never throws for bad input files, only for usage errors and write failures. */
export async function runIngest(options: IngestOptions, io: IngestIO, deps?: IngestDeps): Promise<IngestSummary> {
	const t0 = performance.now();
	const city = options.city ?? DEFAULT_CITY;
	const rejected: IngestSummary['rejected'] = [];
	let warnings = 0;
	const warn = (line: string) => {
		warnings++;
		io.warn(line);
	};
	const reject = (file: string, reason: string) => {
		const r = safeText(reason);
		rejected.push({ file, reason: r });
		io.error(`✗ ${file}: ${r}`);
	};

	const { files, folderManifests, skipped, unreadable } = await collectInputs(options.paths, { info: io.info, warn });
	for (const u of unreadable) reject(u.file, u.reason);
	const d = deps ?? { extract, divisionRows };
	const hintRows = city ? d.divisionRows(city) : [];
	if (city && hintRows.length === 0) throw new UsageError(`unknown city "${city}" (not in the division list)`);
	// the divisions table: the places the reports resolved to (their city's counties and streets) and the hint city
	const placeCodes = new Set<string>(hintRows.filter((r) => r.level === 'city' || r.level === 'province').map((r) => r.code));
	const checkCounts = { error: 0, warning: 0, info: 0, reports: 0 };
	const manifests: Manifest[] = [];
	const corrections = await loadCorrections(options.corrections ?? [], reject);
	const correctionsUsed = new Set<Correction>();
	for (const m of options.manifests ?? []) manifests.push(await loadManifest(m, true, reject, warn));
	for (const m of folderManifests) manifests.push(await loadManifest(m, false, reject, warn));

	const out = await openOutput(options.outDir, { info: io.info, warn });
	const byId = new Map<string, string>();
	let extractionWarnings = 0;
	let synthetic = 0;
	let appendMs = 0;
	let workers = 1;
	let counts: Record<TableName, number> | null = null;
	let version: CommitResult | undefined;
	let t1 = 0;
	try {
		const writer = await openDatasetWriter(out.tmp, { duckdbFile: options.duckdbFile ?? true });
		try {
			const jobs: FileJob[] = files.map((file, id) => ({
				id,
				file,
				city,
				manifest: manifestEntry(file, manifests),
				manifestParts: manifestParts(file, manifests)
			}));
			workers = deps ? 1 : (options.workers ?? (files.length >= WORKER_THRESHOLD ? Math.min(2, availableParallelism()) : 1));
			let i = 0;
			const started = new Map<number, number>();
			const progress = io.progress
				? (job: FileJob, done: number, total: number, what: string) => {
						if (!started.has(job.id)) started.set(job.id, performance.now());
						io.progress!({
							done: i,
							total: files.length,
							elapsedMs: performance.now() - t0,
							current: { file: display(job.file), done, total, what, fileElapsedMs: performance.now() - started.get(job.id)! }
						});
					}
				: undefined;
			for await (const parts of extractPartsInOrder(jobs, { workers, ahead: options.readAhead, extract: deps?.extract, progress })) {
				for (const { part, result, skipped, notes } of parts) {
					const label = display(files[i]) + safeText(part);
					for (const n of notes ?? []) io.info(`· ${label}: ${safeText(n)}`);
					if (skipped) {
						if (!result.ok) io.info(`· ${label}: skipped (${safeText(result.reason)})`);
						continue;
					}
					if (!result.ok) reject(label, result.reason);
					else {
						// a document evaluating several projects holds one report per project
						for (const x of [result.value, ...(result.value.more ?? [])]) {
							const first = byId.get(x.report.report_id);
							if (first !== undefined) {
								warn(`! ${label}: same text as ${first} (report_id ${x.report.report_id}); kept the first`);
								continue;
							}
							byId.set(x.report.report_id, label);
							const ta = performance.now();
							applyTo(x, corrections, correctionsUsed, writer, reject);
							addExtraction(writer, x);
							appendMs += performance.now() - ta;
							extractionWarnings += x.warnings.length;
							if (x.report.synthetic) synthetic++;
							if (x.report.division_code) placeCodes.add(x.report.division_code);
							for (const c of x.checks ?? []) checkCounts[c.severity]++;
							if ((x.checks ?? []).some((c) => c.severity !== 'info')) checkCounts.reports++;
						}
					}
				}
				i++;
				io.progress?.({ done: i, total: files.length, elapsedMs: performance.now() - t0 });
			}
			for (const [id, list] of corrections) {
				for (const c of list)
					if (!correctionsUsed.has(c))
						reject(
							`${c.file} line ${c.line}`,
							`correction of ${safeText(c.field)}: report ${safeText(id)} is not in the data (the report may have changed); not applied`
						);
			}
			for (const m of manifests) {
				for (const e of new Set(m.byKey.values())) {
					if (!m.used.has(e)) warn(`! ${display(m.file)}: source_file "${safeText(e.source_file)}" matches no input file`);
				}
			}
			writer.append('divisions', deps ? d.divisionRows(city) : divisionRowsFor(placeCodes));
		} catch (e) {
			await writer.abort();
			throw e;
		}
		t1 = performance.now();
		if (byId.size === 0) {
			// Nothing to write: the dataset that is there stays, untouched (an empty dataset would replace it).
			await writer.abort();
			io.error(
				`ingest: no report to write (${files.length} file${files.length === 1 ? '' : 's'} read, ${rejected.length} rejected, ${skipped} skipped); ` +
					`${display(resolve(options.outDir))} left as it was (没有可写入的报告，输出保持不变)`
			);
		} else {
			counts = await writer.finish({
				generator: 'perf-eval-insight ingest (src/tools/cli/ingest.ts)',
				city: city ?? '',
				files_read: files.length,
				reports: byId.size,
				rejected: rejected.length,
				synthetic_reports: synthetic
			});
			version = await out.commit();
		}
	} finally {
		await out.release();
		await closeSandboxes();
	}
	const t2 = performance.now();
	return {
		filesRead: files.length,
		skipped,
		reportsWritten: counts?.reports ?? 0,
		rejected,
		warnings,
		extractionWarnings,
		checks: checkCounts,
		rows: counts ?? (Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>),
		seconds: (t2 - t0) / 1000,
		readExtractSeconds: (t1 - t0 - appendMs) / 1000,
		writeSeconds: (t2 - t1 + appendMs) / 1000,
		workers,
		outDir: options.outDir,
		unchanged: counts === null,
		version
	};
}

type FileCorrection = Correction & { file: string };

/** corrections.csv files by report_id; a file that cannot be read is a usage error, a bad row a rejected line. */
async function loadCorrections(files: string[], reject: (file: string, reason: string) => void): Promise<Map<string, FileCorrection[]>> {
	const byId = new Map<string, FileCorrection[]>();
	for (const f of files) {
		let bytes: Uint8Array;
		try {
			bytes = await readFile(resolve(f));
		} catch (e) {
			throw new UsageError(`cannot read corrections ${f} (${(e as NodeJS.ErrnoException).code})`);
		}
		const decoded = decodeBytes(bytes);
		if (!decoded.ok) {
			reject(display(resolve(f)), `corrections ${decoded.reason}`);
			continue;
		}
		const { rows, problems } = parseCorrections(decoded.text);
		for (const p of problems) reject(p.line ? `${display(resolve(f))} line ${p.line}` : display(resolve(f)), `${p.en} (${p.zh})`);
		for (const c of rows) byId.set(c.report_id, [...(byId.get(c.report_id) ?? []), { ...c, file: display(resolve(f)) }]);
	}
	return byId;
}

/** Apply the corrections naming this report; applied ones become rows of the corrections table, refused ones are named. */
function applyTo(
	x: Extraction,
	all: Map<string, FileCorrection[]>,
	used: Set<Correction>,
	writer: DatasetWriter,
	reject: (file: string, reason: string) => void
): void {
	const list = all.get(x.report.report_id);
	if (!list) return;
	for (const c of list) used.add(c);
	const { applied, refused } = applyCorrections(list, [x.report], x.indicators);
	for (const p of refused) reject(`${list[0].file} line ${p.line}`, `${p.en} (${p.zh})`);
	writer.append('corrections', applied);
}

function addExtraction(writer: DatasetWriter, x: Extraction): void {
	writer.append('reports', [x.report]);
	writer.append('indicators', x.indicators);
	writer.append('expenditures', x.expenditures);
	writer.append('findings', x.findings);
	writer.append('sources', [x.source]);
	writer.append('checks', x.checks ?? []);
	writer.append('evidence', evidenceRows(x));
}

async function loadManifest(file: string, explicit: boolean, reject: (file: string, reason: string) => void, warn: (line: string) => void): Promise<Manifest> {
	const abs = resolve(file);
	const m: Manifest = { file: abs, dir: dirname(abs), explicit, byKey: new Map(), used: new Set() };
	const read = await readCapped(abs, LIMITS.textFileBytes);
	if (!read.ok) {
		if (explicit) throw new UsageError(`cannot read manifest ${display(abs)}: ${read.reason}`);
		reject(display(abs), `manifest ${read.reason}`);
		return m;
	}
	const decoded = decodeBytes(read.bytes);
	if (!decoded.ok) {
		reject(display(abs), `manifest ${decoded.reason}`);
		return m;
	}
	const parsed = parseManifest(decoded.text, display(abs));
	for (const e of parsed.errors) reject(e.row ? `${display(abs)} row ${e.row}` : display(abs), e.message);
	for (const w of parsed.warnings) warn(`! ${w}`);
	for (const e of parsed.entries) m.byKey.set(normKey(e.source_file), e);
	return m;
}

function normKey(p: string): string {
	return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** Manifest rows for the documents inside a file (a workbook's sheets, a ZIP's entries), keyed by part. */
function manifestParts(file: string, manifests: Manifest[]): Record<string, ManifestEntry> | undefined {
	const out: Record<string, ManifestEntry> = {};
	const candidates = manifests
		.filter((m) => m.explicit || file.startsWith(m.dir + sep))
		.sort((a, b) => Number(a.explicit) - Number(b.explicit) || a.dir.length - b.dir.length);
	for (const m of candidates) {
		for (const k of [normKey(relative(m.dir, file)), normKey(relative(process.cwd(), file)), basename(file)]) {
			for (const [key, e] of m.byKey) {
				if (key.length > k.length && key.startsWith(k) && (key[k.length] === '#' || key[k.length] === '/')) {
					out[key.slice(k.length)] = e;
					m.used.add(e);
				}
			}
		}
	}
	return Object.keys(out).length ? out : undefined;
}

/** Manifest row for a file: explicit manifests first, then the nearest folder manifest; by relative path, then by name. */
function manifestEntry(file: string, manifests: Manifest[]): ManifestEntry | undefined {
	const candidates = manifests
		.filter((m) => m.explicit || file.startsWith(m.dir + sep))
		.sort((a, b) => Number(b.explicit) - Number(a.explicit) || b.dir.length - a.dir.length);
	for (const m of candidates) {
		const keys = [normKey(relative(m.dir, file)), normKey(relative(process.cwd(), file)), basename(file)];
		for (const k of keys) {
			const e = m.byKey.get(k);
			if (e) {
				m.used.add(e);
				return e;
			}
		}
	}
	return undefined;
}

/** The end-of-run summary, several lines. */
export function formatSummary(s: IngestSummary): string {
	const rate = s.seconds > 0 ? s.reportsWritten / s.seconds : 0;
	const lines = [
		`files read: ${s.filesRead}${s.skipped ? ` (${s.skipped} skipped)` : ''}`,
		`reports written: ${s.reportsWritten}`,
		`rejected: ${s.rejected.length}`,
		...summariseReasons(s.rejected).map((l) => `  ${l}`),
		`warnings: ${s.warnings} (ingest) + ${s.extractionWarnings} (extraction, see reports.warnings)`,
		...(s.checks
			? [
					`checks: ${s.checks.error} kept out (error), ${s.checks.warning} to check (warning), ${s.checks.info} notes; ${s.checks.reports} report${s.checks.reports === 1 ? '' : 's'} need a look (see checks.csv)`
				]
			: []),
		s.unchanged ? 'rows: none written' : `rows: ${TABLES.map((t) => `${t} ${s.rows[t]}`).join(', ')}`,
		`time: ${s.seconds.toFixed(2)} s (read+extract ${s.readExtractSeconds.toFixed(2)} s${s.workers > 1 ? ` on ${s.workers} worker threads` : ''}, write ${s.writeSeconds.toFixed(2)} s), ${rate.toFixed(0)} reports/s`,
		s.unchanged
			? `output: ${display(resolve(s.outDir))} left as it was (no report to write)`
			: `output: ${display(resolve(s.outDir))} → ${s.version ? display(s.version.version) : '?'}${s.version?.previous ? ` (previous: ${display(s.version.previous)})` : ''}`
	];
	return lines.join('\n');
}

function summariseReasons(rejected: IngestSummary['rejected']): string[] {
	const counts = new Map<string, number>();
	for (const r of rejected) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} × ${reason}`);
}

/** Exit status for a finished run: 2 when any file was rejected or no report was written, else 0. */
export function exitStatus(s: IngestSummary): number {
	return s.rejected.length > 0 || s.unchanged ? 2 : 0;
}
