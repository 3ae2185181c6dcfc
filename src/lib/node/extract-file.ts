/** One input file through read → decode → extract: the unit of work, in process or in a worker. */
import { basename } from 'node:path';
import type { ExtractInput, ExtractResult, ManifestEntry } from '../ingest/types';
import { extract as realExtract } from '../ingest/extract';
import { markLowConfidence } from '../formats/ocr-checks';
import type { ReadProgress } from './heavy';
import { LOW_CONFIDENCE } from './ocr';
import { readParts, type PartResult } from './read';

/** A file to extract, with what the manifest says about it. */
export interface FileJob {
	id: number;
	file: string;
	/** A city that breaks ties between places the text names (--city); never a default. */
	city?: string;
	manifest?: ManifestEntry;
	/** Manifest rows for the documents inside the file, by part (`#Sheet1`, `/sub/a.pdf`). */
	manifestParts?: Record<string, ManifestEntry>;
}

/** The outcome of one document of a file: a workbook's sheet, a ZIP's entry, or the file itself (part ''). */
export interface PartOutcome {
	/** '' for the file itself, `#Sheet` for a sheet, `/path/in/archive` for an archive entry. */
	part: string;
	result: ExtractResult;
	/** Not a rejection: an entry of another kind in a ZIP, a sheet without a report beside sheets with one. */
	skipped?: boolean;
	/** What the reader noticed (read by OCR, a .doc that was a web page …). */
	notes?: string[];
}

/** Extract one file; a file that cannot be read becomes { ok: false, reason }. The first document of a multi-document file. */
export async function extractFile(job: FileJob, extract: (input: ExtractInput) => ExtractResult = realExtract): Promise<ExtractResult> {
	const parts = await extractFileParts(job, extract);
	return parts.find((p) => !p.skipped)?.result ?? parts[0]?.result ?? { ok: false, reason: 'nothing to read' };
}

/** Extract every document of one file (one, or one per sheet or archive entry). */
export async function extractFileParts(
	job: FileJob,
	extract: (input: ExtractInput) => ExtractResult = realExtract,
	progress?: ReadProgress
): Promise<PartOutcome[]> {
	const parts = await readParts(job.file, { progress });
	const name = basename(job.file);
	const outcomes: PartOutcome[] = [];
	// sheets of one workbook are settled together (a workbook is one file, or one entry of a ZIP)
	const books = new Map<string, PartResult[]>();
	for (const p of parts) {
		if (p.ok && p.sheet) {
			const book = p.part.slice(0, p.part.lastIndexOf('#'));
			const list = books.get(book) ?? [];
			list.push(p);
			books.set(book, list);
			if (list.length === 1) outcomes.push({ part: `\u0000book${book}`, result: { ok: false, reason: '' } });
			continue;
		}
		outcomes.push(p.ok ? one(job, name, p, extract) : { part: p.part, result: { ok: false, reason: p.reason }, skipped: p.skipped });
	}
	return outcomes.flatMap((o) => (o.part.startsWith('\u0000book') ? workbook(job, name, o.part.slice(5), books.get(o.part.slice(5))!, extract) : [o]));
}

function one(job: FileJob, name: string, p: Extract<PartResult, { ok: true }>, extract: (input: ExtractInput) => ExtractResult): PartOutcome {
	const input: ExtractInput = { text: p.text, sourceFile: name + p.part, sha256: p.sha256, city: job.city };
	const manifest = job.manifestParts?.[p.part] ?? job.manifest;
	if (manifest) {
		input.manifest = manifest;
		if (manifest.synthetic != null) input.synthetic = manifest.synthetic;
	}
	let result: ExtractResult;
	try {
		result = extract(input);
	} catch (e) {
		result = { ok: false, reason: `extractor failed: ${e instanceof Error ? e.message : String(e)}` };
	}
	if (result.ok && p.ocr) markLowConfidence(result.value, p.ocr.lines, LOW_CONFIDENCE);
	return { part: p.part, result, notes: p.notes };
}

/**
 * A workbook's sheets: each sheet holding a report gives it; the other sheets are passed over (an
 * instructions sheet, an empty one). When no sheet reads as a report alone, the sheets together are tried
 * as one document (a narrative on one sheet, its 自评表 on the next); when that fails too the workbook is
 * rejected once, by its name.
 */
function workbook(job: FileJob, name: string, book: string, sheets: PartResult[], extract: (input: ExtractInput) => ExtractResult): PartOutcome[] {
	const withText = sheets.filter((s): s is Extract<PartResult, { ok: true }> => s.ok && s.text.trim() !== '');
	if (withText.length === 0) return [{ part: book, result: { ok: false, reason: 'workbook has no cells with text (工作簿为空)' } }];
	const each = withText.map((s) => one(job, name, s, extract));
	if (each.some((o) => o.result.ok)) return each.map((o) => (o.result.ok ? o : { ...o, skipped: true }));
	if (withText.length > 1) {
		const joined = one(job, name, { ...withText[0], part: book, text: withText.map((s) => s.text).join('\n\n') }, extract);
		if (joined.result.ok) return [{ ...joined, notes: [`${withText.length} sheets read together as one report`] }];
	}
	return [{ part: book, result: each[0].result }];
}
