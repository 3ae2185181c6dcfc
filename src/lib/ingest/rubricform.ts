/**
 * A county's 财政预算支出项目绩效目标自评表 as a PDF's text layer gives it: one line of cells in the order the PDF drew them
 * — "项目名称 项目主管单 位 自评总分: 86 项目实施单位 … 中央 省、地 本级 其他 合计 执行数 执行 (万元) … 率 60 20 80 76
 * 来源 项目年度目 标 单位领导审签: 某项目 项目属性 项目资金 日 95 % …": the project's name lands between 单位领导审签: and
 * 项目属性, the funds figures (sources, 合计, 执行数) after the header and the rate before its "%".
 *
 * The project's name and funds are written again on tab lines after the line, only where the form's arithmetic settles
 * them: one 合计 and one 执行数 among the figures whose quotient is the rate the form writes. The line itself stays.
 */

import { percentTolerance } from './numbers';

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;

/** The tab lines for one such line, or null. */
export function rubricFormLines(line: string): string[] | null {
	if (line.length < 200 || /[\t|]/.test(line) || !/项目主管单\s?位/.test(line)) return null;
	const head = /合计\s+执行数\s+执行\s+(?:[（(]万元[)）]\s+){2,7}率\s+((?:\d[\d,]*(?:\.\d+)?\s+){2,6})来源/.exec(line);
	if (!head) return null;
	// the rate: the figure spaced before its "%" after 项目资金, with the spend that may stand before it ("日 96 80 %")
	const tail = new RegExp(String.raw`项目资金\s+日\s+((?:${NUM}\s+){0,2})(${NUM})\s*%`).exec(line.slice(head.index));
	if (!tail) return null;
	const rateText = tail[2];
	const rate = Number(rateText) / 100;
	const tol = percentTolerance(rateText);
	const figs = [...head[1].trim().split(/\s+/), ...tail[1].trim().split(/\s+/).filter(Boolean)].map((t) => Number(t.replace(/,/g, '')));
	const pairs = new Set<string>();
	for (const b of figs) for (const a of figs) if (b > 0 && a > 0 && a <= b && Math.abs(a / b - rate) <= tol) pairs.add(`${b}\t${a}`);
	if (pairs.size !== 1 || !(rate > 0 && rate <= 1.5)) return null;
	const [budget, actual] = [...pairs][0].split('\t');
	const out: string[] = [];
	const project = /单位领导审签[:：]\s+([\u4e00-\u9fff“”（）()、]{4,40})\s+项目属性/.exec(line);
	if (project) out.push(`项目名称\t${project[1]}`);
	out.push(['项目资金(万元)', '全年预算数', '全年执行数', '执行率'].join('\t'), ['年度资金总额', budget, actual, `${rateText}%`].join('\t'));
	return out;
}

/** Every such line of a text followed by its tab lines. */
export function rubricForms(s: string): string {
	if (!/项目主管单\s?位/.test(s)) return s;
	let changed = false;
	const out = s.split('\n').flatMap((l) => {
		const extra = rubricFormLines(l);
		if (!extra) return [l];
		changed = true;
		return [l, ...extra];
	});
	return changed ? out.join('\n') : s;
}
