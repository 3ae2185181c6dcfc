/**
 * The vocabulary of the narrative pass: which units make a prose figure an indicator, which names are
 * never one, level labels in prose, qualitative results, "X目标值T，实际完成值A" pairs, and the small
 * functions that cut a figure's name out of its sentence.
 */
import { levelsOf } from '../levels';
import type { Line } from '../structure';
import { sq } from './shared';
import { MEASURE_WORDS } from '../numbers';

/** Units that make a prose figure an indicator (not money, scores or dates). */
export const COUNT_UNITS = new Set([
	'%',
	'公斤',
	'千克',
	'千瓦',
	'‰',
	'次',
	'人次',
	'场次',
	'册',
	'枚',
	'个',
	'名',
	'宗',
	'场',
	'期',
	'件',
	'条',
	'人',
	'户',
	'项',
	'家',
	'所',
	'篇',
	'批',
	'盆',
	'部',
	'台',
	'套',
	'本',
	'份',
	'支',
	'处',
	'间',
	'轮',
	'班',
	'站',
	'块',
	'张',
	'幅',
	'棵',
	'株',
	'座',
	'位',
	'组',
	'队',
	'平方米',
	'眼',
	'口',
	'盏',
	'起',
	'片',
	'栋',
	'台套',
	'台件',
	'批次',
	'公里',
	'平方公里',
	'立方米',
	'公顷',
	'吨',
	'亩',
	'辆',
	'班次',
	'架次',
	'车次',
	'分钟',
	'工作日',
	'个工作日',
	'次/日',
	'次/天',
	'次/周',
	'次/月',
	'次/年',
	'km',
	'km²',
	'm²',
	'㎡',
	'家次',
	'台次',
	'辆次',
	'件次',
	'例次',
	'处次',
	'点次',
	'户次',
	'册次',
	'm³',
	'头',
	'只',
	...MEASURE_WORDS
]);
export const SKIP_NAME =
	/^(?:项目|预算)*(?:执行率|完成率)$|^(?:同比|比上年|较上年)?(?:增加|增长|减少|下降|上升|增幅|降幅)$|^(?:较|比|同比)?(?:上年|去年|上一?年度)(?:同期)?$|^(?:以上|以下|左右|其中|合计|共计)$|(?:自评|评价)[\u4e00-\u9fff]{0,2}项目$|预算执行率|资金执行率|预算完成率|完成预算|年度预算|预算数|预算安排|执行力|《|指标|权重|得分|分值|^占比$|^比重$|(?:资金|经费|预算|支出|投入|费用|拨款)[\u4e00-\u9fff]{0,8}(?:占比|比重)|第$|资金到位|财政拨款|下拨/;
/** Rates of the budget's execution, no indicator when a money amount stands in the same sentence. */
export const BUDGET_RATE_NAME = /^(?:项目|预算|资金)*(?:支出进度|使用率|支付率|支出率|到位率|拨付率|发放率)$/;
/**
 * A label before its items: "（1）数量指标：…", "(一)产出指标:…", "第五条 产出方面:…", "产出指标——…" (a dash only after
 * 指标 / 方面), "产出方面,…" (a comma only after 方面).
 */
export const LABEL =
	/^(?:(?:[（(]?\d{1,2}[)）.、]?|[（(][一二三四五六七八九十]{1,2}[)）]|[①-⑳]|第[一二三四五六七八九十\d]{1,3}条)\s*)?([\u4e00-\u9fff]{2,16}?)(指标|方面)?\s*(?:[:：]|(?<=指标|方面)——|(?<=方面)[,，])/;
export const TRAIL =
	/(共计|总计|合计共|合计|累计|共|计|达到|达|为|约为|约|是|有|了|的|近|(?<!不)超过|逾|(?:提高|提升|上升|下降|降低|增长|增加|减少|缩短|压缩|控制)(?:到|至)|[降增升]至)+$/;
export const VERB_END =
	/(为|将|对|评定|开展|完成|完成了|更换|采购|购买|发放|组织|举办|设立|建立|新增|接待|共|计|了|有|达|到|选取|评选|慰问|走访|帮扶|培训|召开|处置|办成|收集|形成|推动)$/;

/** A qualitative result: name, then 有效提升 / 基本达成 / 效果明显 … */
export const QUAL =
	/^([^\d]{2,30}?)(?:为|达到|实现|得到)?(有效提升|明显提升|显著提升|稳步提升|持续提升|基本达成|部分达成|全面达成|达成预期指标|达成预期目标|达成预期|效果明显|成效明显|成效显著|逐步完善|不断完善|持续完善|有效发挥|充分发挥)$/;

/** A clause ending in a qualitative result: what precedes "、" before a figure's own name. */
export const QUAL_END =
	/(有效提升|明显提升|显著提升|稳步提升|持续提升|基本达成|部分达成|全面达成|达成预期指标|达成预期目标|达成预期|效果明显|成效明显|成效显著|逐步完善|不断完善|持续完善|有效发挥|充分发挥)$/;

/** "X（年度）目标值T，实际完成值A" in prose (also 指标值 … 完成值 / 实际值, separated by ，； or spaces). */
export const TA =
	/([^，,。；;：:]{2,40}?)(?:的)?(?:年度指标值?|合同指标|指标(?=为\s{0,2}(?:[≥≤=＝]|不少于|不低于|不超过|不高于))|(?:年度|年初|全年|绩效)?(?:目标值|目标|指标值|计划值|任务数|任务量|计划(?=\s{0,2}(?:[≥≤]|不少于|不低于|不超过|不高于)?\s{0,2}\d)))(?:为|是|：|:)?\s{0,2}((?:[^，,。；;：:]|(?<=\d),(?=\d{3}(?!\d))){1,24}?)\s{0,2}[，,；;]?\s{0,2}(?:(?:(?:经|抽样|抽查)[\u4e00-\u9fff]{1,4}?)?(?:全年|当年|年度|年末|年底)?实际(?:完成值|完成|值|达到|达成|提升|提高)?|(?:全年|当年|年度|累计)?完成值|(?:全年|当年|累计)?已?(?:完成|建成)(?=\s{0,2}\d)|[\u4e00-\u9fff]{0,6}?(?:(?:调查|测评|统计|核查|抽查|实测)(?:结果)?(?:实际)?|结果))(?:为|是|：|:)?\s{0,2}((?:[^，,。；;]|(?<=\d),(?=\d{3}(?!\d))){1,24})/g;

/**
 * The same with the name as a clause of its own ("青稞良种推广面积:目标不少于3.2万亩,实际完成3.35万亩", "新建垃圾收集亭,年度目标8座,
 * 实际完成8座"): the name opens the body or follows a full stop or semicolon.
 */
export const TA_CLAUSE =
	/(?:^|(?<=[；;。：:]))\s*([^，,。；;：:]{2,30}?)\s*[,，:：]\s*(?:年度指标值?|合同指标|(?:年度|年初|全年|绩效)?(?:目标值|目标|指标值|计划值|任务数|任务量|计划(?=\s{0,2}(?:[≥≤]|不少于|不低于|不超过|不高于)?\s{0,2}\d)))(?:为|是|：|:)?\s{0,2}((?:[^，,。；;]|(?<=\d),(?=\d{3}(?!\d))){1,24}?)\s{0,2}[，,；;]\s{0,2}(?:(?:经|通过)[^，,。；;]{1,20}?(?:测算|核查|核实|统计|调查|抽查|抽样|验收|评估|测评)[，,]\s{0,2})?(?:(?:(?:经|抽样|抽查)[\u4e00-\u9fff]{1,4}?)?(?:全年|当年|年度|年末|年底)?实际(?:完成值|完成|值|达到|达成|提升|提高)?|(?:全年|当年|年度|累计)?完成值|(?:全年|当年|累计)?已?(?:完成|建成)(?=\s{0,2}\d)|[\u4e00-\u9fff]{0,6}?(?:(?:调查|测评|统计|核查|抽查|实测)(?:结果)?(?:实际)?|结果))(?:为|是|：|:)?\s{0,2}((?:[^，,。；;]|(?<=\d),(?=\d{3}(?!\d))){1,24})/g;

/** A name that is only a target / actual label ("实际完成值", "目标值"): never an indicator. */
export const LABEL_ONLY = /^(?:实际|年度)?(?:完成值|完成|值|达到|达成|目标值|目标|指标值|计划值)?$/;
/** A label left at the end of a name ("X目标值≥"): cut it off. */
export const LABEL_TAIL = /(?:的)?(?:年度)?(?:目标值|指标值|计划值|实际完成值|实际值|完成值|实际(?:完成|达到)?)\s*[≥≤>=<＞＜]?$/;

/** A standard ("（4）成本指标：评价标准为 100%…") defined in the report: its label and text. */
export interface Standard {
	label: string;
	text: string;
}

export function standardsOf(lines: Line[]): Standard[] {
	const out: Standard[] = [];
	for (const l of lines) {
		if (!l.body.includes('标准') && !l.body.includes('目标')) continue;
		const m = /^([\u4e00-\u9fff]{2,12}?)(指标)?\s*[:：]\s*(评价标准|目标|标准)(为|是)?/.exec(l.body);
		if (m && levelsOf(m[1])) out.push({ label: m[1], text: sq(l.body.slice(m[0].length)) });
	}
	return out;
}

export function sharesRun(a: string, b: string, n: number): boolean {
	for (let i = 0; i + n <= a.length; i += 2) {
		const w = a.slice(i, i + n);
		if (/\d/.test(w)) continue;
		if (b.includes(w)) return true;
	}
	return false;
}

export function nameBefore(body: string, from: number, at: number): string {
	let seg = body.slice(from, at);
	const d = lastDelim(seg);
	seg = seg.slice(d + 1);
	return cleanName(seg);
}

/** The sentence (within its line) around a figure: the evidence span. */
export function sentenceOf(l: Line, s: number, e: number): { start: number; end: number } {
	const t = l.text;
	const stop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b; // 。！？；
	let a = s - l.start;
	while (a > 0 && !stop(t.charCodeAt(a - 1))) a--;
	let b = e - l.start;
	while (b < t.length && !stop(t.charCodeAt(b))) b++;
	if (b < t.length) b++;
	return { start: l.start + a, end: l.start + b };
}

const DELIM_CODES = new Set([...'，,。；;：:！？!?\n'].map((c) => c.charCodeAt(0)));

export function lastDelim(s: string): number {
	for (let i = s.length - 1; i >= 0; i--) if (DELIM_CODES.has(s.charCodeAt(i))) return i;
	return -1;
}

export function cleanName(s: string): string {
	return (
		sq(s)
			.replace(/^[、（(）)]+/, '')
			// (a list's bullet, "- 参加展销会", is no part of the name)
			.replace(/^[-–—•·*]+\s*/, '')
			// "一是完成…": the enumeration is no part of the name
			.replace(/^[一二三四五六七八九十]是/, '')
			// "已完成供水管网": what is done already is the item's result, not its name
			.replace(/^已(?:经)?(?:完成|建成)(?=[\u4e00-\u9fff]{3})/, '')
			.replace(/[、，,]+$/, '')
			.replace(TRAIL, '')
			// "满意度测评结果为91.5%": the survey's result is the figure, not part of its name
			.replace(/(?<=满意度|满意率)(?:抽样)?(?:调查|测评|问卷)?结果$/, '')
			.replace(/[（(：:]$/, '')
	);
}
