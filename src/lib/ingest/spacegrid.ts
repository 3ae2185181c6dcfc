/**
 * A 自评表 copied as rows of cells separated by single spaces ("产出指标 数量指标 指标1:巡查次数 ≥48次 52次 10 10"), as
 * county sites publish it: the indicator table's header names its columns with spaces between them ("绩效指标 一级指标
 * 二级指标 三级指标 年度 实际 分值 得分"), often with the second line of a two-line header cell below it ("指标值
 * 完成值"). From such a header to the table's 总分 row, the spaces are cell borders: tabs. A header word completed by
 * the line below ("年度" + "指标值") is joined and that line dropped. Lines keep their length where they can (a tab
 * for a space); the dropped line becomes empty.
 */
import { colOf } from './indicators/header';

/** The indicator header with single spaces between its cells, as a row of its own (not inside a form flattened into one line). */
const SPACED_HEADER = /^\s*(?:(?:年度)?绩效指标(?:[（(]\d+分[）)])? {1,3})?一级指标 {1,3}二级指标 {1,3}三级指标(?: |$)/;
/** What ends the table: its total row (kept, converted) or a closing cell (not converted). */
const TOTAL = /^(?:总分|合计|总计|得分合计|综合得分)(?:\s|[:：]|\d|$)/;
const CLOSING = /^(?:评价结论|自评结论|存在问题|存在的问题|改进措施|其他需要说明|填报人|填表人|项目负责人|财务负责人|单位负责人|联系电话|说明[:：]|注[:：])/;

/** The second line of split header cells: words that complete the header's short ones ("指标值 完成值"). */
function completes(header: string[], next: string[]): string[] | null {
	if (next.length === 0 || next.length > 4 || next.some((w) => w.length > 6 || /\d/.test(w))) return null;
	const out = [...header];
	let j = 0;
	for (let i = 0; i < out.length && j < next.length; i++) {
		if (colOf(out[i]) !== null) continue;
		const joined = out[i] + next[j];
		if (colOf(joined) === null) continue;
		out[i] = joined;
		j++;
	}
	return j === next.length ? out : null;
}

/** Lines with the space-separated indicator table turned into tab rows (the same array when there is none). */
export function spaceGridToTabs(lines: string[]): string[] {
	let out: string[] | null = null;
	for (let k = 0; k < lines.length; k++) {
		const head = lines[k];
		if (head.includes('\t') || head.length > 120 || !SPACED_HEADER.test(head)) continue;
		out ??= [...lines];
		let cells = head.trim().split(/ +/);
		let k2 = k + 1;
		const cont = k2 < lines.length && !lines[k2].includes('\t') ? completes(cells, lines[k2].trim().split(/ +/)) : null;
		if (cont) {
			cells = cont;
			out[k2] = '';
			k2++;
		}
		out[k] = cells.join('\t');
		for (let j = k2; j < lines.length && j < k2 + 80; j++) {
			const t = lines[j].trim();
			if (t === '' || t.includes('\t') || CLOSING.test(t)) break;
			const parts = t.split(/ +/);
			if (parts.length < 2) break;
			out[j] = parts.join('\t');
			k = j;
			if (TOTAL.test(t)) break;
		}
	}
	return out ?? lines;
}
