/** A report document's bytes → rows for every table, through the same extractor as the ingest. Pure. */
import { extract } from '../ingest/extract';
import { bytesToHex } from '@noble/hashes/utils.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { decodeUpload } from './text';
import { ALREADY_LOADED, fileProblem, type Problem, type TableRows, type TypedRow } from './types';

/** What one report file gave: rows for each table, or the problem that stopped it. */
export type ReportOutcome = { ok: true; rows: TableRows; reportId: string; warnings: string[] } | { ok: false; problem: Problem };

/** Extracts one report text; `existingIds` turns an already-loaded report into a clear duplicate problem. */
export function reportTextToRows(file: string, text: string, sha: string, existingIds: Set<string> = new Set(), sourceFile?: string): ReportOutcome {
	const r = extract({ text, sourceFile: sourceFile ?? file.replace(/^.*[\\/]/, ''), sha256: sha, synthetic: false });
	if (!r.ok) return { ok: false, problem: fileProblem(file, `无法识别为绩效评价报告：${r.reason}`, `not recognised as an evaluation report: ${r.reason}`) };
	const x = r.value;
	const rep = x.report;
	if (rep.year == null && rep.district == null && rep.budget_wan == null && rep.score == null && rep.grade == null) {
		return {
			ok: false,
			problem: fileProblem(file, '版式无法识别：未找到年度、地区、预算、得分或等级', 'unknown report layout: no year, place, budget, score or grade found')
		};
	}
	if (existingIds.has(x.report.report_id)) {
		return { ok: false, problem: { ...fileProblem(file, ALREADY_LOADED.zh, ALREADY_LOADED.en), column: 'report_id', value: x.report.report_id } };
	}
	const plain = <T extends object>(rows: T[]) => rows as unknown as TypedRow[];
	// a document evaluating several projects gives one report per project
	const all = [x, ...(x.more ?? [])];
	return {
		ok: true,
		reportId: x.report.report_id,
		warnings: x.warnings,
		rows: {
			reports: plain(all.map((e) => e.report)),
			indicators: plain(all.flatMap((e) => e.indicators)),
			expenditures: plain(all.flatMap((e) => e.expenditures)),
			findings: plain(all.flatMap((e) => e.findings)),
			sources: plain(all.map((e) => e.source))
		}
	};
}

/** Decodes a .txt/.md report's bytes (UTF-8 ± BOM, GBK …) and extracts it. */
export function reportBytesToRows(file: string, bytes: Uint8Array, existingIds?: Set<string>): ReportOutcome {
	const dec = decodeUpload(bytes);
	if (!dec.ok) return { ok: false, problem: fileProblem(file, dec.zh, dec.en) };
	return reportTextToRows(file, dec.text, bytesToHex(sha256(bytes)), existingIds);
}
