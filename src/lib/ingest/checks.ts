/**
 * Checks: what the extractor could not read, or read but doubts, one row per field (table `checks`).
 * A check is how a blank explains itself: a value kept out of the row always leaves one behind.
 */
import type { CheckRow, CheckSeverity } from './types';

/** Every check code, with its severity and its reason in Chinese and English. */
export const CHECK_CODES = {
	budget_missing: ['warning', 'budget_wan', '未找到预算数', 'budget not found'],
	actual_missing: ['info', 'actual_wan', '未找到实际支出数', 'actual spend not found'],
	year_missing: ['warning', 'year', '未找到评价年度', 'fiscal year not found'],
	year_from_prose: ['info', 'year', '年度仅由正文推断（标题与表头均未写明）', 'year read from the prose only (no title or header states it)'],
	place_unresolved: ['warning', 'place', '未能确定地点（省/市/区/街道）', 'place (province/city/district/street) not resolved'],
	place_ambiguous: ['warning', 'place', '地名有多个可能，未写入', 'place name is ambiguous; not written'],
	place_partial: ['info', 'place', '只确定了上级地点', 'only a higher-level place was resolved'],
	unit_missing: ['info', 'unit', '未找到被评价单位', 'evaluated unit not found'],
	unit_from_source: [
		'info',
		'unit',
		'单位取自网页的“来源”栏（正文未写明），请核对',
		"unit taken from the page header's 来源 (source) line, not the report text: please check"
	],
	project_missing: ['info', 'project_name', '未找到项目名称', 'project name not found'],
	type_missing: ['info', 'evaluation_type', '报告未说明评价类型', 'evaluation type not stated'],
	score_missing: ['info', 'score', '未找到综合得分', 'overall score not found'],
	rate_mismatch: [
		'warning',
		'execution_rate',
		'报告所写执行率与支出/预算计算值不一致（相差超过2个百分点时执行率留空待核）',
		'stated execution rate differs from actual ÷ budget (beyond 2 points the rate is left blank for review)'
	],
	rate_implausible: ['warning', 'execution_rate', '支出超过预算的 1.5 倍，预算或支出可能读错', 'spend above 1.5 × budget: budget or spend may be misread'],
	grade_score_mismatch: ['warning', 'grade', '所写等级与得分区间不一致', 'stated grade does not match the score band'],
	grid_sum_mismatch: ['warning', 'indicators', '指标分值或得分之和与总分不符', 'indicator weights or points do not add up to the stated total'],
	out_of_range: ['error', 'document', '数值超出合理范围，未写入', 'value outside sense; kept out of the row'],
	fragment_skipped: [
		'info',
		'document',
		'文首是另一张表的结尾（不属于本报告），未读取',
		'the text opens with the end of another form (not this report); not read'
	],
	multi_project: ['info', 'document', '一份文件包含多个项目，已拆分', 'one document holds several projects; split into one report each'],
	text_truncated: ['warning', 'document', '文本过长，只读取了前一部分', 'text too long; only its start was read'],
	rows_capped: ['warning', 'document', '行数过多，只保留前一部分', 'too many rows; only the first were kept'],
	low_confidence: ['warning', 'document', 'OCR 识别置信度低的数字', 'low-confidence OCR figure'],
	manifest_override: ['info', 'document', '清单覆盖正文', 'the manifest overrides the text']
} as const satisfies Record<string, readonly [CheckSeverity, string, string, string]>;

export type CheckCode = keyof typeof CHECK_CODES;

/** A check before it is numbered and given its report's id. */
export interface Check {
	code: CheckCode;
	/** Overrides the code's default field (e.g. out_of_range on score). */
	field?: string;
	/** Specifics after the standard reason (a value, candidates), in both languages if words. */
	detail?: string;
}

/** The reason text of a check: the standard zh (en) phrase, then its detail. */
export function checkReason(c: Check): string {
	const [, , zh, en] = CHECK_CODES[c.code];
	return `${zh} (${en})${c.detail ? `: ${c.detail}` : ''}`;
}

/** Number the checks of one report, one row per (code, field, detail). */
export function checkRows(reportId: string, checks: readonly Check[]): CheckRow[] {
	const seen = new Set<string>();
	const rows: CheckRow[] = [];
	for (const c of checks) {
		const [severity, field] = CHECK_CODES[c.code];
		const f = c.field ?? field;
		const key = `${c.code}|${f}|${c.detail ?? ''}`;
		if (seen.has(key)) continue;
		seen.add(key);
		rows.push({ report_id: reportId, seq: rows.length + 1, field: f, severity, code: c.code, reason: checkReason(c) });
	}
	return rows;
}
