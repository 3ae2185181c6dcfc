/**
 * Checks and evidence offsets of a report uploaded on /data, read again from its source text. An upload keeps
 * the reports, indicators, spending, findings and source rows; the checks and evidence are the extractor's
 * answer for that text, which is pure and gives the same answer again (the report_id is the hash of the same
 * normalised text), so the browser asks it rather than storing them. The extractor is loaded only here.
 */
import type { CheckRow } from '../ingest/types';

/** A report's checks and report-level evidence, or null when the text no longer gives that report. */
export interface Reread {
	checks: CheckRow[];
	evidence: { field: string; evidence_start: number; evidence_end: number }[];
}

/** Extracts `text` again and returns what it says of report `reportId` (one of the document's projects). */
export async function reread(text: string, reportId: string, sourceFile = ''): Promise<Reread | null> {
	const { extract } = await import('../ingest/extract');
	const r = extract({ text, sourceFile });
	if (!r.ok) return null;
	const x = [r.value, ...(r.value.more ?? [])].find((e) => e.report.report_id === reportId);
	if (!x) return null;
	return {
		checks: x.checks,
		evidence: Object.entries(x.evidence).map(([field, [s, e]]) => ({ field, evidence_start: s, evidence_end: e }))
	};
}

/** Every report a text gives (a document may evaluate several projects), by report_id: one extraction for all. */
export async function rereadDocument(text: string, sourceFile = ''): Promise<Map<string, Reread>> {
	const { extract } = await import('../ingest/extract');
	const r = extract({ text, sourceFile });
	const out = new Map<string, Reread>();
	if (!r.ok) return out;
	for (const x of [r.value, ...(r.value.more ?? [])]) {
		out.set(x.report.report_id, {
			checks: x.checks,
			evidence: Object.entries(x.evidence).map(([field, [s, e]]) => ({ field, evidence_start: s, evidence_end: e }))
		});
	}
	return out;
}
