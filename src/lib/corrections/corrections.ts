/**
 * Corrections people make to what the machine read: parsed from corrections.csv (the file the browser
 * exports and the ingest takes with --corrections), checked against the rows they correct, and applied.
 * A correction whose report changed (report_id gone, old value no longer the value) is reported, never
 * applied silently. Pure: runs in Node (the CLI) and in the browser (the review page).
 */
import Papa from 'papaparse';
import type { ColumnType } from '../schema/tables';
import { fieldType } from './fields';
import { rangeProblem } from '../schema/ranges';
import type { IndicatorRow, ReportRow } from '../ingest/types';

export { fieldType };

/** The columns of corrections.csv, in order (more columns may follow and are ignored). */
export const CORRECTION_COLUMNS = ['report_id', 'field', 'old_value', 'new_value', 'reason', 'reviewer', 'corrected_at'] as const;

/** One correction as the file states it (values as text; '' is NULL). */
export interface Correction {
	report_id: string;
	field: string;
	old_value: string;
	new_value: string;
	reason: string;
	reviewer: string;
	corrected_at: string;
	/** Offsets of the source sentence the reviewer selected, when the correction came from a selection. */
	evidence_start?: number | null;
	evidence_end?: number | null;
	/** 1-based line of the file (header is line 1). */
	line?: number;
}

/** A row of the `corrections` table (an extension of SCHEMA.md). */
export interface CorrectionRow {
	report_id: string;
	field: string;
	old_value: string | null;
	new_value: string | null;
	reason: string | null;
	reviewer: string | null;
	corrected_at: string | null;
	evidence_start: number | null;
	evidence_end: number | null;
}

/** One refused correction or file problem, bilingual, naming the line. */
export interface CorrectionProblem {
	line: number | null;
	zh: string;
	en: string;
}

/** Undo the apostrophe a CSV writer puts before formula-looking text. */
function unquoteFormula(s: string): string {
	return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

/** Parse corrections.csv (UTF-8, BOM allowed). Rows with a problem are named and left out; the rest are returned. */
export function parseCorrections(text: string): { rows: Correction[]; problems: CorrectionProblem[] } {
	const problems: CorrectionProblem[] = [];
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
	const [header, ...body] = parsed.data;
	if (!header) return { rows: [], problems: [{ line: null, zh: '文件为空', en: 'empty file' }] };
	const idx = new Map(header.map((h, i) => [h.trim(), i]));
	const missing = CORRECTION_COLUMNS.filter((c) => c !== 'old_value' && !idx.has(c));
	if (missing.length) return { rows: [], problems: [{ line: 1, zh: `缺少列：${missing.join('、')}`, en: `missing columns: ${missing.join(', ')}` }] };
	const rows: Correction[] = [];
	const seen = new Map<string, number>();
	body.forEach((cells, i) => {
		const line = i + 2;
		const get = (c: string) => unquoteFormula((idx.has(c) ? (cells[idx.get(c)!] ?? '') : '').trim());
		const c: Correction = {
			report_id: get('report_id'),
			field: get('field'),
			old_value: get('old_value'),
			new_value: get('new_value'),
			reason: get('reason'),
			reviewer: get('reviewer'),
			corrected_at: get('corrected_at'),
			line
		};
		const es = get('evidence_start');
		const ee = get('evidence_end');
		if (/^\d+$/.test(es) && /^\d+$/.test(ee)) {
			c.evidence_start = Number(es);
			c.evidence_end = Number(ee);
		}
		if (!c.report_id) return void problems.push({ line, zh: '缺少 report_id', en: 'report_id is empty' });
		const type = fieldType(c.field);
		if (!type) return void problems.push({ line, zh: `未知字段“${c.field}”`, en: `unknown field "${c.field}"` });
		const bad = valueProblem(c.field, type, c.new_value);
		if (bad) return void problems.push({ line, zh: `新值“${c.new_value}”${bad.zh}`, en: `new value "${c.new_value}": ${bad.en}` });
		const key = `${c.report_id}|${c.field}`;
		if (seen.has(key))
			return void problems.push({
				line,
				zh: `与第 ${seen.get(key)} 行重复（同一报告的同一字段）`,
				en: `duplicate of line ${seen.get(key)} (same report and field)`
			});
		seen.set(key, line);
		rows.push(c);
	});
	return { rows, problems };
}

function valueProblem(field: string, type: ColumnType, v: string): { zh: string; en: string } | null {
	if (v === '') return null;
	if (type === 'INTEGER' || type === 'DOUBLE') {
		if (!/^-?\d+(?:\.\d+)?$/.test(v)) return { zh: '不是数字', en: 'is not a number' };
		if (type === 'INTEGER' && !/^-?\d+$/.test(v)) return { zh: '不是整数', en: 'is not an integer' };
		const key = field.startsWith('indicators.') ? `indicators.${field.split('.')[2]}` : `reports.${field}`;
		return rangeProblem(key, Number(v));
	}
	if (type === 'BOOLEAN' && !/^(true|false)$/i.test(v)) return { zh: '应为 true 或 false', en: 'must be true or false' };
	if (field === 'grade' && !/^[优良中差]$/.test(v)) return { zh: '应为 优/良/中/差', en: 'must be 优, 良, 中 or 差' };
	if (field === 'evaluation_type' && !/^(单位自评|部门评价|财政评价)$/.test(v))
		return { zh: '应为 单位自评/部门评价/财政评价', en: 'must be 单位自评, 部门评价 or 财政评价' };
	if (field === 'unit_level' && !/^(street|district)$/.test(v)) return { zh: '应为 street 或 district', en: "must be 'street' or 'district'" };
	return null;
}

function typed(type: ColumnType, v: string): string | number | boolean | null {
	if (v === '') return null;
	if (type === 'INTEGER' || type === 'DOUBLE') return Number(v);
	if (type === 'BOOLEAN') return /^true$/i.test(v);
	return v;
}

/** The text a value is compared and exported as: numbers without float noise, NULL as ''. */
export function valueText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return String(Number(v.toPrecision(12)));
	return String(v);
}

function sameValue(current: unknown, old: string): boolean {
	if (typeof current === 'number' && old !== '' && /^-?\d+(?:\.\d+)?$/.test(old))
		return Math.abs(current - Number(old)) <= 1e-9 * Math.max(1, Math.abs(current));
	return valueText(current) === old;
}

/**
 * Apply corrections to rows in place. A correction applies only where its report exists and the value there
 * is still its old_value (an empty old_value matches NULL); derived figures follow (execution_rate from budget
 * and spend, a score-based grade from the score). Returns the applied rows (the `corrections` table) and the
 * refused ones with their reasons.
 */
export function applyCorrections(
	corrections: Correction[],
	reports: ReportRow[],
	indicators: IndicatorRow[] = []
): { applied: CorrectionRow[]; refused: CorrectionProblem[] } {
	const applied: CorrectionRow[] = [];
	const refused: CorrectionProblem[] = [];
	const byId = new Map(reports.map((r) => [r.report_id, r]));
	const ind = new Map(indicators.map((i) => [`${i.report_id}|${i.seq}`, i]));
	for (const c of corrections) {
		const line = c.line ?? null;
		const r = byId.get(c.report_id);
		if (!r) {
			refused.push({
				line,
				zh: `报告 ${c.report_id} 不在数据中（报告可能已变更）`,
				en: `report ${c.report_id} is not in the data (the report may have changed)`
			});
			continue;
		}
		const type = fieldType(c.field);
		if (!type) {
			refused.push({ line, zh: `未知字段“${c.field}”`, en: `unknown field "${c.field}"` });
			continue;
		}
		const m = /^indicators\.(\d+)\.(\w+)$/.exec(c.field);
		const target = (m ? ind.get(`${c.report_id}|${m[1]}`) : r) as Record<string, unknown> | undefined;
		const col = m ? m[2] : c.field;
		if (!target) {
			refused.push({ line, zh: `报告 ${c.report_id} 没有第 ${m![1]} 个指标`, en: `report ${c.report_id} has no indicator ${m![1]}` });
			continue;
		}
		if (!sameValue(target[col], c.old_value)) {
			refused.push({
				line,
				zh: `${c.field} 现值为“${valueText(target[col])}”，不是更正记录的原值“${c.old_value}”：未应用`,
				en: `${c.field} is now "${valueText(target[col])}", not the correction's old value "${c.old_value}": not applied`
			});
			continue;
		}
		const oldText = valueText(target[col]);
		target[col] = typed(type, c.new_value);
		if (!m) derive(r, col);
		applied.push({
			report_id: c.report_id,
			field: c.field,
			old_value: oldText === '' ? null : oldText,
			new_value: c.new_value === '' ? null : c.new_value,
			reason: c.reason || null,
			reviewer: c.reviewer || null,
			corrected_at: c.corrected_at || null,
			evidence_start: c.evidence_start ?? null,
			evidence_end: c.evidence_end ?? null
		});
	}
	return { applied, refused };
}

/** Figures that follow from a corrected one. */
function derive(r: ReportRow, col: string): void {
	if (col === 'budget_wan' || col === 'actual_wan' || col === 'execution_rate_stated') {
		r.execution_rate = r.budget_wan !== null && r.actual_wan !== null && r.budget_wan > 0 ? r.actual_wan / r.budget_wan : r.execution_rate_stated;
	}
	if (col === 'score' && r.grade_basis !== 'stated') {
		const s = r.score;
		r.grade = s === null ? null : s >= 90 ? '优' : s >= 80 ? '良' : s >= 60 ? '中' : '差';
		r.grade_basis = s === null ? null : 'score';
	}
	if (col === 'grade') r.grade_basis = r.grade === null ? null : 'stated';
}

/** corrections.csv text for a list of corrections (UTF-8 BOM, CRLF, formula-looking text neutralised). */
export function correctionsCsv(rows: Correction[]): string {
	const cols = [...CORRECTION_COLUMNS, 'evidence_start', 'evidence_end'];
	const cell = (v: unknown) => {
		let s = v === null || v === undefined ? '' : String(v);
		if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(?:\.\d+)?$/.test(s)) s = `'${s}`;
		return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
	};
	const lines = [cols.join(','), ...rows.map((r) => cols.map((c) => cell((r as unknown as Record<string, unknown>)[c])).join(','))];
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
