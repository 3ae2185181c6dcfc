/**
 * Figures read by OCR from a doubtful line become `low_confidence` checks (a warning: a person looks),
 * never silent values. The extractor takes text only, so this runs on its result: each OCR line below the
 * confidence threshold is found in the normalised source text, and every report-level figure or indicator
 * whose evidence lies on such a line gets a check naming the value, the line's confidence and its page.
 * Pure (CLI and browser alike).
 *
 * Where it belongs: src/lib/ingest/extract.ts could take `ExtractInput.lowConfidence` (these spans) and
 * raise the check where it records evidence; until then the ingest calls markLowConfidence after extract.
 */
import { checkReason } from '../ingest/checks';
import { normalizeText } from '../ingest/normalize';
import type { Extraction } from '../ingest/types';

/** An OCR line: text, mean confidence 0–1, page. */
export interface ConfidenceLine {
	text: string;
	conf: number;
	page: number;
}

/** Spans [start, end) of the source text that OCR read with low confidence. */
export function lowSpans(text: string, lines: ConfidenceLine[], threshold: number): { start: number; end: number; conf: number; page: number; line: string }[] {
	const out: { start: number; end: number; conf: number; page: number; line: string }[] = [];
	let from = 0;
	for (const l of lines) {
		const needle = normalizeText(l.text).text.trim();
		if (!needle) continue;
		let at = text.indexOf(needle, from);
		if (at < 0) at = text.indexOf(needle);
		if (at < 0) continue;
		if (at >= from) from = at + needle.length;
		if (l.conf < threshold && /\d/.test(needle)) out.push({ start: at, end: at + needle.length, conf: l.conf, page: l.page, line: needle });
	}
	return out;
}

/** Add low_confidence checks (and warnings) to an extraction and the reports it holds; returns how many. */
export function markLowConfidence(x: Extraction, lines: ConfidenceLine[], threshold: number): number {
	let n = 0;
	for (const e of [x, ...(x.more ?? [])]) n += markOne(e, lines, threshold);
	return n;
}

function markOne(x: Extraction, lines: ConfidenceLine[], threshold: number): number {
	const spans = lowSpans(x.source.text, lines, threshold);
	if (spans.length === 0) return 0;
	const on = (s: number | null | undefined, e: number | null | undefined) => (s == null ? undefined : spans.find((p) => s < p.end && (e ?? s + 1) > p.start));
	const found: { field: string; detail: string }[] = [];
	const where = (p: (typeof spans)[number]) => `OCR line "${p.line.slice(0, 40)}" confidence ${p.conf.toFixed(2)}, page ${p.page}`;
	for (const [field, range] of Object.entries(x.evidence)) {
		if (!range) continue;
		const p = on(range[0], range[1]);
		const v = (x.report as unknown as Record<string, unknown>)[field];
		if (p && v != null && typeof v === 'number') found.push({ field, detail: `${v} (${where(p)})` });
	}
	for (const i of x.indicators) {
		const p = on(i.evidence_start, i.evidence_end);
		if (p) found.push({ field: 'indicators', detail: `${i.name} (${where(p)})` });
	}
	if (found.length === 0) return 0;
	const seen = new Set(x.checks.map((c) => `${c.code}|${c.field}|${c.reason}`));
	const warnings: string[] = [];
	for (const f of found) {
		const reason = checkReason({ code: 'low_confidence', detail: f.detail });
		const key = `low_confidence|${f.field}|${reason}`;
		if (seen.has(key)) continue;
		seen.add(key);
		x.checks.push({ report_id: x.report.report_id, seq: x.checks.length + 1, field: f.field, severity: 'warning', code: 'low_confidence', reason });
		warnings.push(`${f.field} 为 OCR 低置信度识别 (low-confidence OCR): ${f.detail}`);
	}
	x.warnings.push(...warnings);
	x.report.warnings = x.warnings.length ? x.warnings.join('; ') : null;
	return warnings.length;
}
