/**
 * A 自评表's indicator table exported as one "label:value" line per row ("一级指标:产出指标 二级指标:数量指标
 * 三级指标:新建茶园 年度指标值:≥1500亩 实际完成值:1430亩 分值:15 得分:13.5 偏差原因分析及改进措施:…"), as document
 * sites and form tools print a table: a run of such lines becomes the table again, its labels as a header row of
 * tab cells and each line's values as a row (an empty value is "—"; an empty last cell is dropped).
 */
import { colOf, fundsColOf } from './indicators/header';

/** A "label:" that names a column of the indicator table. */
const LABEL = /([\u4e00-\u9fff（）()/A-Za-z]{2,14})[:：]/g;

/** The line's labelled cells when it is a row of the indicator table (four labels or more, a name, a target or result; or
 * exactly a name, a target and a result). */
function kvCells(line: string): { labels: string[]; values: string[] } | null {
	const marks: { label: string; at: number; end: number }[] = [];
	for (const m of line.matchAll(LABEL)) {
		// the label is the longest column name ending at the colon ("偏差原因分析及改进措施", not "改进措施")
		let label = m[1];
		while (label.length > 2 && colOf(label) === null) label = label.slice(1);
		if (colOf(label) === null) continue;
		const at = m.index! + m[0].length - label.length - 1;
		// a label starts the line or follows a space
		if (at > 0 && !/\s/.test(line[at - 1])) continue;
		marks.push({ label, at, end: m.index! + m[0].length });
	}
	if (marks.length < 3) return null;
	const cols = marks.map((m) => colOf(m.label));
	if (!cols.includes('name') || !(cols.includes('target') || cols.includes('actual'))) return null;
	// three labels only when they are the name, its target and its result ("指标名称：X；指标值：≥12次；完成值：10次；")
	if (marks.length === 3 && !(cols.includes('target') && cols.includes('actual'))) return null;
	if (line.slice(0, marks[0].at).trim() !== '') return null;
	const values = marks.map((m, k) => line.slice(m.end, k + 1 < marks.length ? marks[k + 1].at : line.length).trim());
	return { labels: marks.map((m) => m.label), values };
}

/**
 * A funds row printed the same way ("项目资金(万元):年度资金总额 年初预算数:80 全年预算数:92 全年执行数:88.32 分值:10 执行率:96%
 * 得分:9.6"): the header cells and the row's cells, its label first.
 */
function fundsCells(line: string): { labels: string[]; values: string[] } | null {
	const lead = /^\s*(项目资金(?:[（(](?:万元|元)[)）])?|资金情况(?:[（(](?:万元|元)[)）])?)[:：]\s*(\S+)\s+/.exec(line);
	if (!lead) return null;
	const rest = line.slice(lead[0].length);
	const marks = [...rest.matchAll(/(?:^|\s)([\u4e00-\u9fff（）()/A-Za-z]{2,10})[:：]\s*(\S*)/g)];
	if (marks.length < 3 || marks.some((m) => fundsColOf(m[1]) === null)) return null;
	return { labels: [lead[1], ...marks.map((m) => m[1])], values: [lead[2], ...marks.map((m) => m[2])] };
}

/**
 * A row whose "label:value" cells are parted by semicolons ("三级指标：X；年度指标值：≥28个；实际完成值：28个；分值：20"),
 * numbered ("绩效指标1：…"): the cells parted by spaces, the number dropped, and a funds row's missing row label
 * ("项目资金（万元）：年初预算数：35；…") written as the total's.
 */
function semicolonCells(line: string): string {
	if ((line.match(/[；;]/g)?.length ?? 0) < 2 || (line.match(/[:：]/g)?.length ?? 0) < 3) return line;
	let l = line.replace(/^\s*(?:绩效)?指标\s*\d{1,2}\s*[:：]\s*/, '');
	l = l.replace(/^(\s*(?:项目资金|资金情况)(?:[（(](?:万元|元)[)）])?[:：])\s*(?=(?:年初预算数|全年预算数|预算数)[:：])/, '$1年度资金总额 ');
	// (a closing "；" ends the last cell, no part of it)
	return l.replace(/\s*[；;]\s*(?=[\u4e00-\u9fff（）()/A-Za-z]{2,14}[:：])/g, ' ').replace(/\s*[；;]\s*$/, '');
}

/** The text with runs of "label:value" indicator rows turned into a tab header and tab rows (the same text when there is none). */
export function kvGridToTabs(s: string): string {
	if (!/三级指标[:：]|指标名称[:：]|预算数[:：]/.test(s)) return s;
	const lines = s.split('\n').map(semicolonCells);
	const out: string[] = [];
	let head: string | null = null;
	for (const line of lines) {
		// the table's total row: "总分:100 得分:93.3"
		// (and the grade after it: "总分:100 得分:97.6 自评等级:优")
		const total =
			/^\s*(总分|合计)[:：]\s*(\d{2,3}(?:\.\d+)?)[\s；;]+得分[:：]\s*(\d{1,3}(?:\.\d+)?)(?:[\s；;]+((?:自评|评价)?等级[:：]\s*[优良中差]\S{0,2}))?\s*$/.exec(
				line
			);
		if (total && head) {
			out.push(`${total[1]}\t${total[2]}\t${total[3]}`);
			// (the grade stays, on a line of its own)
			if (total[4]) out.push(total[4]);
			continue;
		}
		const kv = kvCells(line) ?? fundsCells(line);
		if (!kv) {
			head = null;
			out.push(line);
			continue;
		}
		// a row with one more column at its end than the rows above (a 偏差原因 written where there is one) is the same table
		const h = kv.labels.join('\t');
		if (head === null || !(h === head || h.startsWith(head + '\t'))) {
			out.push(h);
			head = h;
		}
		const values = kv.values.map((v) => v || '—');
		while (values.length > 1 && values[values.length - 1] === '—') values.pop();
		out.push(values.join('\t'));
	}
	return out.join('\n');
}
