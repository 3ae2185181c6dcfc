/**
 * The extractor: one report's text in, typed records for every SCHEMA.md table out, each figure with
 * offsets into the normalised text. Pure (no I/O): runs unchanged in Node and in the browser.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Evidence, EvidenceRow, ExtractInput, ExtractResult, Extraction, FindingRow, IndicatorRow, ExpenditureRow, ReportRow } from './types';
import { checkRows, type Check } from './checks';
import {
	accountsEvaluationPart,
	keep,
	labelledProjects,
	listTableProjects,
	mask,
	narrativeProjects,
	reportParts,
	signatureStart,
	withFigures,
	type ProjectPart
} from './projects';
import type { Line } from './structure';
import type { GridTable } from './indicators';
import { rangeProblem } from '../schema/ranges';
import { esc } from './indicators/shared';
import type { Found } from './fields';

/**
 * A figure's text without the sentence's closing punctuation ("3086户。" → "3086户", "4座!" → "4座"), nor the bracket
 * that closed the cell around it ("名称(目标≥2.5万帘,完成2.6万帘)" → "2.6万帘"); a text of punctuation only stays.
 */
function clause(t: string | null): string | null {
	if (t === null) return t;
	// (…nor a social post's emoji after it: "1168人次👉", "97%⭐")
	let c = t.replace(/[\p{Extended_Pictographic}\uFE0F\u200D]+$/u, '').replace(/[。；;，,、！!？?\s]+$/, '');
	if (/[)）]$/.test(c) && !/[(（]/.test(c)) c = c.slice(0, -1).replace(/[。；;，,、\s]+$/, '');
	// (…nor a note in brackets after it: "436公里(含年内新纳入的两条通村路)", "16家(部分网店资质审核未通过)"; a unit in
	// brackets stays: "12台(套)")
	const note = /^(.*\d[^\d\s（()）]{0,6})\s?[（(][^()（）]{4,}[)）]$/.exec(c);
	if (note && /[\u4e00-\u9fff]{3}/.test(c.slice(note[1].length))) c = note[1];
	return c || t;
}

/** A range problem as one "zh (en)" phrase, or null. */
function rangeText(key: string, n: number): string | null {
	const p = rangeProblem(key, n);
	return p ? `${p.zh} (${p.en})` : null;
}
import { looksTraditional, normalizeText, sameScript } from './normalize';
import { aggregateReason, attachmentsReason, coverNoteReason, discourseReason, genreReason, listingReason, noEvaluationReason } from './genre';
import { splitLines } from './structure';
import { extractFindings, themeOf } from './findings';
import { categorySplit, cellColumnItems, cellItemRow, extractExpenditures, itemLine, listedItems, plannedSpentTable } from './expenditures';
import { completeTargets, dropPartialDuplicates, linkDeclared, parseGrids, parseNarrative, parseScoreLines, type RawIndicator } from './indicators';
import {
	findActual,
	findBudget,
	findEvaluationType,
	findGrade,
	findPartyMembers,
	findPartyOrgs,
	findProject,
	findRateStated,
	findScore,
	announcedTitle,
	flatMoneyTotals,
	moneyTableTotals,
	gluedFundsRow,
	wholeSpendingRow,
	oneRowMoneyTable,
	findTitle,
	findUnit,
	findYear,
	gradeOfScore,
	impliedUnit,
	maskOtherYears,
	maskPortfolio
} from './fields';
import { divisionRows, lookupPlace, resolvePlace, DISTRICT_UNIT } from './places';
import { divisions } from './divisions';

/** Longest text the extractor reads (characters); longer input is cut with a warning. */
export const MAX_CHARS = 2_000_000;

/** How far the stated rate and actual/budget may differ before the rate is left blank (2 points: beyond rounding). */
const RATE_TRUST = 0.02;

/** Most rows of one table a report can give (a real report has tens; filler text can give thousands). */
export const MAX_ROWS = 500;

/** sha256 hex of a string's UTF-8 bytes. */
export function sha256Hex(s: string): string {
	return bytesToHex(sha256(utf8ToBytes(s)));
}

const NOTICE_TITLE = /^[^\n。]{0,80}(?:的通知|的公告|的公示|的通报|工作通知)\s*$/m;
const RESULT_WORDS =
	/执行率|实际支出|执行数|支出数|完成值|实际完成|自评得分|评价得分|综合得分|得分[为是：:]?\s{0,2}\d|\d\s{0,2}分[，,。；;）)]|评价等级|等级为/;

/** What only an evaluation states: a score, a grade, or an indicator's achieved value. */
const EVAL_RESULT =
	/自评得分|评价得分|综合得分|自评分|得分[为是：:]?\s{0,2}\d|(?:^|\n)[ \t]*总[ \t]*分[ \t|]+100(?:\.0+)?[ \t|]+\d|\d\s{0,2}分[，,。；;）)]|评价等级|自评等级|等级为|评定为[“"]?[优良中差]|完成值|实际完成值|指标完成情况|绩效目标完成情况|目标完成情况/;

/** A score the document gives ("自评得分92分", "综合得分为 88.5"): an evaluation of its own. */
const OWN_SCORE = /(?:自评|评价|综合|最终|总)得分(?:为|是|[:：])?\s{0,2}\d{2,3}(?:\.\d+)?(?![\d.]|\s{0,2}分?\s{0,2}(?:[(（]含[)）]|及?以[上下]|至|-|～))/;

/** Money actually spent, with its figure ("实际支出91.2万元", "执行数 40.59"). */
const SPENT_FIGURE = /(?:实际支出|已支出|累计支出|执行数|决算数|已拨付|实际拨付)[^\d\n。]{0,8}[\d,.]+\s{0,2}[万亿]?元/;

/** Words of a procurement (招标 / 谈判 / 中标): three different ones mark a document that buys a service. */
const PROCUREMENT =
	/中标|成交供应商|供应商|采购人|采购代理|招标代理|招标公司|投标|竞争性(?:谈判|磋商)|谈判小组|磋商小组|最高限价|采购预算|预算金额|项目编号|废标|评审专家/g;

/** A notice handing money down to units: "现将…下达给你们", "现下达你局…资金320万元", "预算指标已下达给你们". */
const ALLOTS =
	/现将[^。\n]{0,80}?(?:下达|拨付|分配)给你们|(?:预算|资金)(?:指标)?(?:已)?下达给你们|现(?:将[^。\n]{0,60}?)?(?:下达|拨付|分配|追加)给?(?:你们|你(?:局|委|办|厅|处|校|所|站|院|中心|单位|镇|乡|街道))/;

/** A line that is a report's title, perhaps with its year in brackets after it ("…自评表(2021年度)"). */
const REPORT_TITLE_LINE = /^[^\n。]{0,60}(?:绩效(?:自评|评价)报告|自评报告|自评表|评价表|评价报告)(?:\s*[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）])?\s*$/m;

/**
 * Whether a text is an evaluation report: budget / execution / evaluation vocabulary. `raw` is the text before
 * normalisation, whose lines are as written (the title is read from it: repairing wrapped lines can glue a title to
 * what follows it).
 */
export function notReportReason(text: string, raw: string = text): string | null {
	if (text.trim().length === 0)
		return raw.trim().length === 0
			? '空文本 (empty text)'
			: '只有网页的菜单、导航等装饰文字，没有正文 (only page furniture — menus, navigation, site offers — and no text)';
	// a document written mostly in another language (a description of reports, an English summary): no report of ours
	// (a bilingual form's header keeps Chinese well ahead; a text with 2.5 Latin letters to a Chinese character is no report)
	const sample = text.slice(0, 20000);
	const cjk = sample.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
	const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
	if (latin > 200 && latin > cjk * 2.5)
		return '不是绩效评价报告：正文主要不是中文（多为其他文字），不是一份中文绩效评价报告 (not an evaluation report: the text is mostly in another language)';
	const evalWords = /绩效|评价|自评/.test(text);
	const moneyWords = /预算|执行|资金|经费|支出/.test(text);
	if (!evalWords || !moneyWords)
		return '不是绩效评价报告：未找到预算/执行/评价相关内容 (not an evaluation report: no budget, execution or evaluation wording found)';
	// a performance-target form states targets, not results: it is filled in before the money is spent
	if (
		/绩效目标(?:申报|审核|调整申请|调整|变更申请|变更)?表/.test(text.slice(0, 600)) &&
		!/实际完成|完成值|完成情况|执行数|实际支出|得分|自评|评价结论|偏差/.test(text)
	) {
		return '不是绩效评价报告：是绩效目标申报表，只有目标没有完成情况 (not an evaluation report: a performance-target form, with targets and no results)';
	}
	// a finance bureau's notice of several projects' evaluation results ("关于2023年度重点项目绩效评价结果的通报": "评价等级为“优”的2个",
	// a 汇总表): it sums up the evaluations, it is none of them
	const head400 = text.slice(0, 400).replace(/\s+/g, '');
	if (
		/评价结果(?:的)?(?:通报|通知|公告|情况通报)/.test(head400) &&
		/对?\d+个[^。\n]{0,30}?项目/.test(text.slice(0, 3000)) &&
		(/(?:等级|等次)为?[“"]?[优良中差][”"]?的(?:项目)?(?:有)?\d+个/.test(text) || /结果汇总表|评价结果一览表/.test(text))
	)
		return '不是绩效评价报告：是通报多个项目评价结果的通知，不是其中任何一份报告 (not an evaluation report: a notice summing up the evaluation results of several projects)';
	// a notice (通知 / 公告 / 公示 / 通报) that only announces or lists reports: no result figure anywhere
	if (NOTICE_TITLE.test(text.slice(0, 400)) && !RESULT_WORDS.test(text)) {
		return '不是绩效评价报告：是一份通知或公告，没有评价结果 (not an evaluation report: a notice or announcement with no evaluation results)';
	}
	// a 部门决算 page, or a funding plan / 实施方案: money is everywhere, but no evaluation result is stated
	const headTitle = text.slice(0, 400);
	if (!EVAL_RESULT.test(text)) {
		if (/决算(?:公开|说明|报告|情况)?/.test(headTitle) && !/(?:绩效(?:自评|评价)报告|自评表|评价表)/.test(headTitle))
			return '不是绩效评价报告：是部门决算，没有评价结果（得分、等级或指标完成值） (not an evaluation report: a final-accounts document with no evaluation result — score, grade or indicator results)';
		if (/^[^\n。]{0,80}(?:实施方案|资金计划|分配方案|使用计划|安排计划|统筹整合[^\n。]{0,20}方案)\s*$/m.test(headTitle))
			return '不是绩效评价报告：是资金计划或实施方案，没有评价结果 (not an evaluation report: a funding plan or implementation scheme with no evaluation result)';
	}
	// a notice that hands money down to units ("现将…预算指标下达给你们"), with its target table: no result anywhere
	if (!EVAL_RESULT.test(text) && ALLOTS.test(text.slice(0, 3000)))
		return '不是绩效评价报告：是资金下达通知，只有预算和目标，没有评价结果 (not an evaluation report: a notice allocating funds, with budgets and targets and no evaluation result)';
	// an ex-ante assessment (事前绩效评估) judges a project before any money is spent: no spending, no results
	if (/事前(?:绩效)?评估/.test(text.slice(0, 600)) && !SPENT_FIGURE.test(text))
		return '不是绩效评价报告：是事前绩效评估，项目尚未实施 (not an evaluation report: an ex-ante assessment of a project not yet carried out)';
	// a review of a project applying for money (立项评审, with its 申报金额 and the experts' scores): nothing spent, nothing evaluated
	if (/立项评审|入库评审|申报评审/.test(text.slice(0, 600)) && /申报(?:金额|资金|单位)/.test(text.slice(0, 3000)) && !SPENT_FIGURE.test(text))
		return '不是绩效评价报告：是项目立项（申报）评审，项目尚未实施 (not an evaluation report: a review of a project applying for funds, not yet carried out)';
	// a government-procurement page (采购意向, 采购项目集中发布): it buys evaluations or lists purchases, it states no result of its own
	if (
		/^\s*[^\n。，,；;]{0,40}(?:政府采购|采购意向|采购项目集中|采购公告|采购计划)/.test(text) &&
		!/^\s*[^\n]{0,80}(?:报告|自评表|评价表)/.test(text) &&
		!SPENT_FIGURE.test(text)
	)
		return '不是绩效评价报告：是政府采购信息（采购意向或采购公告） (not an evaluation report: government-procurement information — purchase intentions or notices)';
	// a public notice with no title, opening "现将…情况予以公示。公示期为7天" about something other than an evaluation (insurance
	// claims, subsidies paid): what it lists is no evaluation's result
	const publicity = /现将([^。\n]{4,80}?)(?:予以公示|公示如下)/.exec(text.slice(0, 300));
	if (
		publicity &&
		/公示期/.test(text.slice(0, 600)) &&
		!/绩效|自评|评价|报告/.test(publicity[1]) &&
		!/(?:^|\n)[^\n]{0,60}(?:报告|自评表|评价表)[ \t]*(?=\n)/.test(text.slice(0, 300))
	)
		return '不是绩效评价报告：是一则公示（现将…予以公示），公示的不是评价结果 (not an evaluation report: a public notice of something other than an evaluation)';
	// a news story signed by its reporter ("(记者 某某)" on a line of its own), naming no report in its opening and set out
	// in no numbered sections: news of a project, not its evaluation
	if (
		/(?:^|\n)[ \t]*[（(]\s*(?:记者|通讯员|见习记者)[^（）()\n]{1,24}[）)][ \t]*(?=\n|$)/.test(raw.slice(0, 6000)) &&
		!/报告|自评表|评价表/.test(text.slice(0, 300)) &&
		!/(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）])/.test(text)
	)
		return '不是绩效评价报告：是一篇署名记者的新闻报道，没有评价报告 (not an evaluation report: a news story signed by its reporter, carrying no evaluation report)';
	// a notice that publishes reports as attachments ("现将自评报告予以公开。附件：1.…报告 2.…报告"): the reports are not in it
	if (
		/现将[^。\n]{0,30}报告[^。\n]{0,6}公开|报告(?:予以)?公开如下/.test(text.slice(0, 3000)) &&
		(text.match(/(?:^|\n)\s*(?:附\s*件[:：]?\s*)?\d{1,2}[.、．][^\n]{4,60}报告\s*(?=\n|$)/g)?.length ?? 0) >= 2 &&
		!SPENT_FIGURE.test(text)
	)
		return '不是绩效评价报告：是公开自评报告的通知，报告在附件中 (not an evaluation report: a notice publishing reports as attachments)';
	// rules (管理办法, 实施细则) describe scoring and grades without evaluating anything: only spending read plus a score make them a report
	if (
		/^[^\n。]{0,80}(?:管理办法|实施细则|暂行办法|管理规定|操作规程|工作规程|评价指引|工作指引|操作指南)(?:[（(][^\n）)]{0,12}[）)])?\s*$/m.test(headTitle) &&
		!(SPENT_FIGURE.test(text) && /自评得分|评价得分|综合得分/.test(text))
	)
		return '不是绩效评价报告：是管理办法或工作规程，没有评价结果 (not an evaluation report: rules or procedures with no evaluation result)';
	// (…or rules whose title was cut off the page, closing as rules do: "本办法由某局负责解释,自印发之日起施行")
	if (
		/本(?:办法|细则|规定|制度|规程)(?:由[^。\n]{2,40}?负责解释|自[^。\n]{0,20}?(?:起|之日起)(?:施行|执行))/.test(text) &&
		!(SPENT_FIGURE.test(text) && /自评得分|评价得分|综合得分/.test(text))
	)
		return '不是绩效评价报告：是管理办法或工作规程，没有评价结果 (not an evaluation report: rules or procedures with no evaluation result)';
	// (…or a unit's own rule: "某中心预算业务内部控制管理制度" opening the text)
	if (
		/^\s*[^\n。，,]{0,60}(?:管理制度|内部控制制度|内控制度)(?=\s*(?:\n|$|为|根据|按照))/.test(text) &&
		!(SPENT_FIGURE.test(text) && /自评得分|评价得分|综合得分/.test(text))
	)
		return '不是绩效评价报告：是管理办法或工作规程，没有评价结果 (not an evaluation report: rules or procedures with no evaluation result)';
	// (a title among the first lines; a form's wrapped cell ending in 安排, "训练时段安排" / "不够灵活", is none)
	const firstLines = text
		.slice(0, 800)
		.split('\n')
		.filter((l) => l.trim())
		.slice(0, 6)
		.join('\n');
	// (…nor a numbered section's heading, "二、问题及处理意见")
	if (
		!EVAL_RESULT.test(text) &&
		/^(?![ \t]*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]))[^\n。]{4,80}(?:方案|计划|规划|意见|安排)(?:[（(][^\n）)]{0,12}[）)])?\s*$/m.test(
			firstLines
		)
	)
		return '不是绩效评价报告：是工作方案或计划，没有评价结果 (not an evaluation report: a plan or scheme with no evaluation result)';
	// a procurement document for an evaluation service (tender, negotiation, award notice): buys the evaluation, states no result
	const buying = new Set(text.slice(0, 4000).match(PROCUREMENT) ?? []);
	if (buying.size >= 3 && !SPENT_FIGURE.test(text))
		return '不是绩效评价报告：是评价服务的采购文件（招标、谈判或结果公告），没有评价结果 (not an evaluation report: a procurement document for an evaluation service — tender, negotiation or award notice — with no evaluation result)';
	// a news article about evaluations: a reporter's markers, and no report title or report sections
	const head = text.slice(0, 4000);
	// (…or a news feed's items, each opened by its reporter in brackets: "〔记者某某/某地报道〕…")
	if (/本报讯|本报记者|记者从|记者了解到|[(（]编辑[:：]|通讯员|作者[:：]\s*记者|[〔【[]\s*记者[^〕】\]\n]{1,20}报道[〕】\]]/.test(head)) {
		if (!newsCarriesReport(text, head)) return '不是绩效评价报告：是一篇新闻报道 (not an evaluation report: a news article about evaluations)';
	}
	// an encyclopedia's entry (a place's, an office's): its contents list and references, and no report's title in its
	// first lines (a report carried as an entry keeps its title there)
	if (
		/百科|维基|词条/.test(text.slice(0, 300)) &&
		/(?:^|\n)[ \t]*目录[ \t]*(?=\n)/.test(head) &&
		/(?:^|\n)[ \t]*(?:\d{1,2}[ \t.、]+)?参考(?:文献|资料)[ \t]*(?=\n|$)/.test(text) &&
		!REPORT_TITLE_LINE.test(text.slice(0, 600))
	)
		return '不是绩效评价报告：是一则百科词条，没有评价报告 (not an evaluation report: an encyclopedia entry, carrying no evaluation report)';
	// a news item without a byline: a headline that names no report, news time words (近日, 今年以来) and the place as 该镇 / 该县,
	// several projects counted, no report section
	const headline = /^\s*([^\n]+)/.exec(text)?.[1].trim() ?? '';
	if (
		headline.length <= 40 &&
		!/报告|自评表|评价表|[:：|\t]/.test(headline) &&
		/近日|日前|今年以来|截至目前|目前[,，]/.test(head.slice(0, 1500)) &&
		/该(?:镇|乡|县|区|市|局|街道|中心)/.test(head) &&
		/项目(?:共)?\d+个|\d+个(?:[\u4e00-\u9fff]{0,8})?项目/.test(head) &&
		!/(?:^|\n)\s*(?:[一二三]、|[（(][一二三][)）])/.test(text)
	)
		return '不是绩效评价报告：是一篇新闻报道 (not an evaluation report: a news article about evaluations)';
	// a news page under its byline ("作者: 发布于:2020-09-08 来源:某局", "时间:… 来源:… 作者:佚名"): a headline that names no
	// report over a story with no report's sections and no score of its own (a rule's "评价得分低于60分的" is none)
	const byline = /(?:^|\n)[^\n]{0,40}作者[:：][^\n]{0,60}(?:\n|$)/.exec(head.slice(0, 1500));
	if (byline) {
		const above = head
			.slice(0, byline.index)
			.split('\n')
			.map((l) => l.trim())
			.filter((l) => l !== '');
		const headlineAbove = above[above.length - 1] ?? '';
		if (
			headlineAbove.length >= 8 &&
			headlineAbove.length <= 50 &&
			!/报告|自评表|评价表|结果|[:：|\t]/.test(headlineAbove) &&
			!REPORT_TITLE_LINE.test(text.slice(0, 600)) &&
			!/(?:^|\n)\s*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])/.test(text) &&
			!/(?<!低于|高于|不足|达到)(?:自评|评价|综合)?得分(?:为|是)?\s?\d{1,3}(?:\.\d+)?\s?分(?!的|以)/.test(text)
		)
			return '不是绩效评价报告：是一篇新闻报道（标题与署名），没有评价报告 (not an evaluation report: a news story under its headline and byline, carrying no evaluation report)';
	}
	// a news item about a meeting ("…召开…绩效评价现场评审会"): its headline names the meeting, and no report title or sections follow
	// (a form's cell, "举办传承培训班" in a tab row, is no headline)
	if (/^[^\n。，\t|]{0,60}(?:召开|举办|举行|组织召开)[^\n。，\t|]{0,50}(?:会|会议|培训班)[ ]*$/m.test(text.slice(0, 800))) {
		if (!newsCarriesReport(text, head)) return '不是绩效评价报告：是一篇会议新闻 (not an evaluation report: a news item about a meeting)';
	}
	// a paper's or a site's news item under its wire mark ("某某日报/某某网讯 为推动…"): what happened, no report
	// (…or its dateline with the place and date: "某某网安达3月12日讯", "某某社某地3月12日电")
	if (
		(/^[^\n]{0,40}(?:网讯|日报讯|报讯|电讯)[ \t\u3000]/m.test(text.slice(0, 800)) ||
			/^[ \t\u3000]*[^\n]{0,16}(?:网|报|社|台)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:讯|电)[ \t\u3000(（]/m.test(text.slice(0, 1500))) &&
		!REPORT_TITLE_LINE.test(text.slice(0, 600))
	)
		return '不是绩效评价报告：是一则新闻（某报讯），没有评价报告 (not an evaluation report: a news item under its wire mark, carrying no evaluation report)';
	// a plan that says so ("…结合辖区实际,制定本方案。"): what is to be done, no result
	if (
		/(?:特|现)?制定(?:本|此|如下)(?:实施)?方案|(?:特|现)?制定实施方案如下/.test(text.slice(0, 800)) &&
		!REPORT_TITLE_LINE.test(text.slice(0, 600)) &&
		!/实际(?:完成|支出)|完成值|自评得分|评价得分|综合得分/.test(text)
	)
		return '不是绩效评价报告：是一份实施方案（制定本方案），写的是计划，没有评价结果 (not an evaluation report: a plan, setting out what is to be done, with no evaluation result)';
	// a press conference's story ("…负责人16日在新闻发布会上表示", "会上,有记者问"): what an official said, no report
	if (/新闻发布会上?(?:介绍|表示|发布|通报)|(?:会上|发布会上)[，,]\s*有记者(?:提)?问/.test(head) && !REPORT_TITLE_LINE.test(text.slice(0, 600)))
		return '不是绩效评价报告：是一篇新闻发布会的报道，没有评价报告 (not an evaluation report: a story of a press conference, carrying no evaluation report)';
	// news of rules issued ("近日,区财政局会同区民政局印发《…资金管理办法》…"): what the rules say, no evaluation
	if (
		/(?:印发|出台|制定|发布)了?《[^《》\n]{4,60}(?:办法|细则|规定|规程|意见|实施方案|指引)》/.test(text.slice(0, 800)) &&
		!REPORT_TITLE_LINE.test(text.slice(0, 600)) &&
		!/(?:^|\n)\s*(?:[一二三四五六七八九十]{1,2}、)\s*(?:项目)?(?:基本情况|概况|绩效目标|自评结论|评价结论)/.test(text)
	)
		return '不是绩效评价报告：是一则印发规章办法的消息，没有评价报告 (not an evaluation report: news of rules being issued, carrying no evaluation report)';
	// a scoring sheet's rules ("评价指标 | 分值 | 评价标准 | 评价依据"): how an evaluation is to be scored, no score given
	if (
		/评价指标[ \t|]+分值[ \t|]+评价标准|指标[ \t|]+分值[ \t|]+评分标准/.test(head) &&
		!/实际(?:完成|支出|值)|完成值|自评得分|评价得分|综合得分|得分[ \t|:：]*\d|总分[ \t|]*100[ \t|]+\d/.test(text)
	)
		return '不是绩效评价报告：是评分表的评分规则（指标、分值、评价标准），没有评价结果 (not an evaluation report: the scoring rules of an evaluation — indicators, weights, standards — with no result)';
	// a subsidy's policy page (补贴范围 / 补贴标准 / 申请条件和程序 / 咨询电话): who may apply and for what, its targets for the
	// year ahead, no result of any evaluation
	const policy = [/补贴(?:范围|对象)/, /补贴标准|补助标准[:：]/, /申请(?:补贴)?条件|申报(?:条件|程序)|申请程序/, /咨询电话|政策咨询/].filter((re) =>
		re.test(head)
	).length;
	if (policy >= 3 && !/实际(?:完成|支出)|完成值|自评得分|评价得分|综合得分/.test(text))
		return '不是绩效评价报告：是一项补贴政策的说明（补贴范围、标准、申请程序），没有评价结果 (not an evaluation report: a page setting out a subsidy — who may apply, the rates, how to apply — with no evaluation result)';
	// a blank report template (参考格式, 撰写要点): boxes to tick, ×× for the unit, blank years and dates; its one example is no result
	const blanks = [
		/□{2,}|□[\u4e00-\u9fff]{2,8}□/,
		/××|[Xx]{2}(?:县|市|区|局|镇|乡|单位)|[Xx]{4}/,
		/▁{3,}|_{4,}|＿{3,}/,
		/[(（]\s{3,}年度?[)）]/,
		/\s{2,}年\s+月\s+日/,
		/(?:^|[。\n])\s*(?:[（(][一二三四五六七八九十][)）])?[^\n。]{0,12}写明/m
	].filter((re) => re.test(text)).length;
	if (blanks >= 3 && /参考格式|撰写要点|填写说明|填报说明|格式范本|(?:报告|文本)模板|样本[)）]?\s*$/m.test(text.slice(0, 3000)))
		return '不是绩效评价报告：是空白的报告模板（参考格式），没有填写评价结果 (not an evaluation report: a blank report template with no evaluation filled in)';
	// an audit report (审计工作报告, 审计查出问题整改情况): it reviews spending, it evaluates no project
	if (
		/^[^\n。]{0,80}审计(?:查出问题)?[^\n。]{0,20}(?:整改情况的报告|整改情况报告|工作报告|结果公告)\s*$/m.test(headTitle) &&
		!/^[^\n。]{0,60}(?:绩效(?:自评|评价)报告|自评报告|自评表|评价表)\s*$/m.test(headTitle)
	)
		return '不是绩效评价报告：是审计报告或审计整改报告 (not an evaluation report: an audit report or a report on audit rectification)';
	// a unit's budget (部门预算公开): what it plans to spend and its targets, before any result
	if (
		/^[^\n。]{0,80}(?:部门|单位)预算(?:公开)?(?:说明|情况说明|公开)?\s*$/m.test(headTitle) &&
		!/决算|绩效(?:自评|评价)报告|自评表/.test(headTitle) &&
		!SPENT_FIGURE.test(text) &&
		!/自评得分|评价得分|综合得分/.test(text)
	)
		return '不是绩效评价报告：是部门预算公开，只有预算和目标，没有评价结果 (not an evaluation report: a published budget, with plans and targets and no evaluation result)';
	const reportTitle = /^[^\n。]{0,60}(?:绩效(?:自评|评价)报告|自评报告|自评表|评价表|评价报告)(?:[（(][^\n）)]{0,20}[）)])?\s*$/m.test(headTitle);
	// mid-year monitoring (绩效运行监控): progress to a month, not the year's result
	if (/^[^\n。]{0,60}绩效(?:运行)?监控(?:表|情况|报告|情况表|结果)/m.test(headTitle) && !reportTitle)
		return "不是绩效评价报告：是绩效运行监控（年中进度），不是年度评价结果 (not an evaluation report: mid-year performance monitoring, not the year's evaluation)";
	// a report on fixing what an evaluation found (整改情况的报告): it quotes the evaluation's score, it evaluates nothing itself
	if (/^[^\n。]{0,80}整改(?:落实)?情况(?:的)?(?:报告|说明|通报)\s*$/m.test(headTitle) && !reportTitle)
		return '不是绩效评价报告：是评价发现问题的整改情况报告 (not an evaluation report: a report on fixing the findings of an evaluation)';
	// a finance bureau's notice that asks units to evaluate (its worked example is no result)
	if (/^[^\n。]{0,20}关于(?:开展|做好|组织开展|组织|布置)[^\n。]{0,40}(?:绩效自评|绩效评价|自评)(?:工作)?的通知\s*$/m.test(headTitle))
		return '不是绩效评价报告：是布置绩效自评工作的通知 (not an evaluation report: a notice asking units to carry out their self-evaluations)';
	// an indicator framework for units to evaluate with (评价指标体系, 评分标准): columns of weights and scoring rules, no project's figures
	if (
		/^[^\n。]{0,60}(?:绩效)?(?:评价|自评)?指标(?:体系|框架|库)(?:[（(][^\n）)]{0,12}[）)])?\s*$/m.test(headTitle) &&
		!SPENT_FIGURE.test(text) &&
		!OWN_SCORE.test(text)
	)
		return '不是绩效评价报告：是评价指标体系（评分标准），没有评价任何项目 (not an evaluation report: an indicator framework with scoring rules, evaluating no project)';
	// final accounts whose performance part only counts the units' self-evaluations ("18个项目中，16个项目自评等级为优"): no evaluation of its own
	// (…or their scores, "11个项目自评得分在90分以上", beside the department's own score in a sentence: still no indicator, no
	// budget of what was evaluated)
	const countsScores = /\d+个项目[^。\n]{0,16}(?:自评|评价)?得分(?:均)?在\d{2,3}分以上/.test(text);
	if (
		/决算/.test(headTitle) &&
		!reportTitle &&
		(/\d+个项目[^。\n]{0,16}(?:自评|评价)?(?:等级|等次|结果)为[“"]?[优良中差]/.test(text) || countsScores) &&
		(!OWN_SCORE.test(text) || countsScores) &&
		!/实际完成值|完成值为?\s{0,2}\d|目标值?[为是：:]?\s{0,2}[≥≤]?\d[^。\n]{0,20}实际/.test(text)
	)
		return "不是绩效评价报告：是部门决算，其绩效说明只汇总各项目的自评结果 (not an evaluation report: final accounts whose performance section only counts the projects' self-evaluation grades)";
	// a county's summary of the year's evaluation work, or the finance bureau's assessment of units' performance management
	// (工作总结, 考核结果的通报): counts of projects and units by grade, no evaluation of one project
	const summary = /^[^\n。]{0,60}(?:绩效|自评|评价)[^\n。]{0,12}工作(?:总结|情况的?报告|情况的?通报)\s*$/m.test(headTitle);
	const assessment = /^[^\n。]{0,60}(?:考核|考评)(?:结果|情况)的?(?:通报|通知|公告)\s*$/m.test(headTitle);
	const counted =
		/\d+个(?:项目|单位|部门)[^。\n]{0,16}(?:等级|等次)为?[“"]?[优良中差]/.test(text) ||
		/(?:等级|等次)为[“"]?(?:优秀?|良好?|中|差|一般|较差)[”"]?的(?:单位|项目)?\d+个/.test(text);
	if ((summary || assessment) && !reportTitle && (counted || assessment))
		return '不是绩效评价报告：是绩效工作总结或考核通报，汇总许多项目或单位，不评价其中任何一个 (not an evaluation report: a summary of evaluation work or an assessment notice, counting many projects or units)';
	// experts' opinion on an evaluation report (评价报告专家评审意见): it quotes the reviewed report's figures and judges the
	// report, not the project
	if (/^[^\n。]{0,80}(?:报告|自评表)[^\n。]{0,12}(?:专家)?(?:评审|审核|审查|论证|复核)(?:组)?意见(?:书|表)?\s*$/m.test(headTitle))
		return "不是绩效评价报告：是对一份评价报告的专家评审意见，评价的是报告，不是项目 (not an evaluation report: experts' review of an evaluation report, judging the report, not the project)";
	// a government's report on its information disclosure (政府信息公开工作年度报告): counts of documents and requests, no project
	// (a breadcrumb ending in that section, "首页 > 政务 > 政府信息公开年度报告", files a page under it: no title)
	if (/^(?![^\n]*[>＞»›])[^\n。]{0,60}政府信息公开(?:工作)?(?:年度)?报告\s*$/m.test(headTitle))
		return '不是绩效评价报告：是政府信息公开工作年度报告 (not an evaluation report: an annual report on government information disclosure)';
	// a unit's work summary for the year ("某局2023年工作总结"): what the unit did, several projects' figures, no evaluation of one
	const workSummary = /^[^\n。]{0,60}(?:19|20)\d{2}\s*年(?:度|上半年)?[^\n。]{0,12}工作总结(?:[^\n。]{0,24}(?:计划|打算|思路))?\s*$/m.exec(headTitle);
	if (workSummary && !/绩效|自评|评价/.test(workSummary[0]) && !reportTitle)
		return "不是绩效评价报告：是单位的年度工作总结，不评价其中任何一个项目 (not an evaluation report: a unit's annual work summary, evaluating none of its projects)";
	// a work plan for evaluations to come (关于印发《…评价工作方案》的通知, "…评价工作实施方案"): the projects it will evaluate and
	// the scoring it will use, no result
	if (
		(/关于印发[^\n。]{0,60}(?:工作方案|实施方案|工作计划)/.test(headTitle) || /^[^\n。]{0,60}(?:评价|自评)工作(?:实施)?方案\s*$/m.test(text.slice(0, 3000))) &&
		!SPENT_FIGURE.test(text) &&
		!OWN_SCORE.test(text)
	)
		return '不是绩效评价报告：是评价工作方案，只安排将要开展的评价 (not an evaluation report: a work plan for evaluations still to be done)';
	// a quiz on performance management (测试题, 试卷, 题库): questions, options and answers, its figures are worked examples
	if (/^[^\n。]{0,60}(?:测试题|试题|试卷|题库|练习题|知识竞赛|考试)/m.test(headTitle) && /正确答案|参考答案|答案[:：]|选择题|判断题/.test(text) && !reportTitle)
		return '不是绩效评价报告：是绩效管理知识测试题（题目、选项和答案），其中数字是例题 (not an evaluation report: a quiz on performance management, whose figures are worked examples)';
	// staff pay by performance (奖励性绩效工资分配方案, 绩效考核办法): 绩效 is a person's, not a budget's
	if (/^[^\n。]{0,60}(?:绩效工资|绩效奖(?:励|金)?|(?:教职工|职工|干部|员工|教师|人员)[^\n。]{0,8}绩效考核)[^\n。]{0,30}$/m.test(headTitle) && !reportTitle)
		return '不是绩效评价报告：是人员绩效工资或绩效考核的方案，不是预算绩效评价 (not an evaluation report: a scheme for staff performance pay or appraisal, not a budget performance evaluation)';
	// a contract (for an evaluation service, or any other): its parties, price and duties, no result
	if (
		/^[^\n。]{0,60}(?:合同|协议书?)\s*$/m.test(headTitle) &&
		/甲方/.test(text) &&
		/乙方/.test(text) &&
		!reportTitle &&
		/违约|合同价款|合同金额|合同总价|服务期限|争议/.test(text)
	)
		return '不是绩效评价报告：是一份合同（甲乙双方、价款、期限），没有评价结果 (not an evaluation report: a contract between two parties, with its price and term, and no evaluation result)';
	// a people's congress committee's review of the budget's execution (预算执行情况的审查报告, 决算草案的审查意见) or a
	// government's report on it, made to the congress: the whole budget's revenue and spending, at most a count of
	// self-evaluated projects
	const review = /^[^\n。]{0,60}(?:预算|决算)[^\n。]{0,30}(?:审查报告|审查结果的报告|审查意见|执行情况(?:和[^\n。]{0,20}草案)?(?:的)?报告)\s*$/m.exec(
		headTitle
	);
	if (review && !reportTitle && !/绩效/.test(review[0]) && /人民代表大会|人大(?:常委会)?|各位代表|各位委员/.test(text.slice(0, 3000)))
		return "不是绩效评价报告：是人大对预算执行或决算的审查报告（或政府的预算执行情况报告），不评价某个项目 (not an evaluation report: a people's congress review of the budget's execution or final accounts, or the government's report on it, evaluating no project)";
	// a people's congress committee's opinion on the government's report (…工作情况报告的审议意见): it reviews the work, it evaluates no project
	if (/(?:人民代表大会常务委员会|人大常委会)关于[^\n。]{0,80}审议意见/.test(text.slice(0, 600)))
		return "不是绩效评价报告：是人大常委会的审议意见，不评价某个项目 (not an evaluation report: a people's congress committee's opinion on a report, evaluating no project)";
	// a firm's operating manual for writing evaluation reports (作业指导书): its figures are examples
	if (/作业指导书|操作手册|编制指南/.test(text.slice(0, 300)) && !reportTitle)
		return '不是绩效评价报告：是编写评价报告的作业指导书，其中数字是示例 (not an evaluation report: an operating manual for writing evaluation reports, whose figures are examples)';
	// a bank's appraisal of a loan (项目贷款的评估报告, 借款人): it judges a borrower, not the spending of a budget
	if (/贷款[^\n。]{0,12}评估报告|评估报告[^\n。]{0,12}贷款/.test(text.slice(0, 600)) && /借款人|贷款/.test(text))
		return "不是绩效评价报告：是银行的项目贷款评估报告，不是预算绩效评价 (not an evaluation report: a bank's appraisal of a project loan, not a budget performance evaluation)";
	// a public institution's annual report to its registration authority (事业单位法人年度报告书): a register entry that may
	// quote its own evaluation's score, not the evaluation
	if (/^[^\n。]{0,40}事业单位法人年度报告书?/m.test(headTitle.slice(0, 200)) && !reportTitle)
		return "不是绩效评价报告：是事业单位法人年度报告书（登记管理公示） (not an evaluation report: a public institution's annual report to its registration authority)";
	// an audit firm's page on final-accounts audits (…竣工决算审计): audit cases, no evaluation of a project
	if (/^[^\n。]{0,30}竣工决算审计[^\n。]{0,20}$/m.test(headTitle.slice(0, 200)) && !reportTitle)
		return '不是绩效评价报告：是竣工决算审计的介绍或广告 (not an evaluation report: a page on completion audits)';
	// a professional body's guidance to its members (专家提示, 执业提示) on doing evaluations: it advises, it evaluates nothing
	if (/^[^\n。]{0,80}(?:专家提示|执业提示|风险提示)(?:第\s*\d{1,3}\s*号)?/m.test(headTitle.slice(0, 200)) && !reportTitle)
		return "不是绩效评价报告：是行业协会的专家提示，讲怎样做评价 (not an evaluation report: a professional body's guidance on doing evaluations)";
	// a notice of a training course or a meeting on evaluation work: its figures describe the work, not a project
	if (/^[^\n。]{0,20}关于(?:举办|召开|组织|开展)[^\n。]{0,40}(?:培训班?|会议|研讨会|座谈会)的通知\s*$/m.test(headTitle))
		return '不是绩效评价报告：是培训或会议通知 (not an evaluation report: a notice of a training course or meeting)';
	// a text about evaluation rather than of one (an article, a textbook, a how-to, a template), or any other document
	// whose title names its own genre (minutes, a notice, a reply, a plan…) and carries no report
	return (
		discourseReason(text, raw) ??
		listingReason(text) ??
		coverNoteReason(raw) ??
		// (a title in traditional characters names its genre as the simplified one does)
		genreReason(looksTraditional(raw) ? sameScript(raw) : raw) ??
		attachmentsReason(raw) ??
		aggregateReason(text, raw) ??
		datelineNewsReason(text) ??
		untitledNoticeReason(text) ??
		patentReason(text) ??
		targetListReason(text) ??
		noEvaluationReason(text)
	);
}

/**
 * A bare numbered list of targets or assessment items, no title above it ("1、…配备率达到100%。" / "2、…每月巡河不少于1次…"):
 * what is to be achieved, no result of any evaluation.
 */
export function targetListReason(text: string): string | null {
	const lines = text.split('\n').filter((l) => l.trim() !== '');
	if (lines.length < 5 || !lines.every((l) => /^\s*\d{1,2}[、.．]\s*\S/.test(l))) return null;
	if (/实际|已完成|完成了|共完成|全年完成|(?:自评|评价|综合)?得分(?:为|是)?\s?\d{1,3}(?:\.\d+)?\s?分(?!的|以)|等级为|等次为/.test(text)) return null;
	return '不是绩效评价报告：是一份编号的目标或考核事项清单，没有标题和评价结果 (not an evaluation report: a bare numbered list of targets or assessment items, with no title and no result)';
}

/**
 * A notice with no title, opened by its addressees ("各有关单位:" / "…现将…事宜通知如下:"): it asks for something, it
 * evaluates nothing.
 */
function untitledNoticeReason(text: string): string | null {
	const first = /^\s*([^\n]{2,40})[:：]\s*\n/.exec(text);
	if (!first || !/^各/.test(first[1].trim())) return null;
	if (!/(?:通知|公告|通告)如下/.test(text.slice(0, 600)) || REPORT_TITLE_LINE.test(text.slice(0, 600))) return null;
	return '不是绩效评价报告：是一则没有标题的通知（致各有关单位），没有评价报告 (not an evaluation report: an untitled notice to the units concerned, carrying no evaluation report)';
}

/** A patent's page (本发明 / 背景技术 / 技术领域 / 实用新型): an invention described, no evaluation report in it. */
function patentReason(text: string): string | null {
	const head = text.slice(0, 3000);
	const marks = new Set(head.match(/本发明|本实用新型|背景技术|技术领域|发明内容|技术实现要素|权利要求|申请人|专利号/g) ?? []);
	if (marks.size < 3 || REPORT_TITLE_LINE.test(text.slice(0, 600))) return null;
	return '不是绩效评价报告：是一份专利说明，没有评价报告 (not an evaluation report: a patent description, carrying no evaluation report)';
}

/**
 * Whether a news story carries a report after all: a report's title line, a report's sections, or one named report — its
 * full text after "报告全文如下", or its score and its budget.
 */
function newsCarriesReport(text: string, head: string): boolean {
	if (REPORT_TITLE_LINE.test(head)) return true;
	if (/(?:^|\n)\s*[一二三]、\s*(?:项目)?(?:基本情况|概况|项目概述|绩效目标|评价结论|综合评价)/.test(text)) return true;
	const named = /《[^《》\n]{0,60}?(?:19|20)\d{2}[^《》\n]{2,60}?(?:评价报告|自评报告)》/.exec(head);
	return (
		named !== null &&
		(/(?:全文|主要内容|报告)如下/.test(head.slice(named.index)) ||
			(/(?:综合|自评|评价)得分\s*(?:为)?\s*\d/.test(text) && /预算(?:数|资金)?\s*(?:为)?\s*[\d,.]+\s*[万亿]?元/.test(text)))
	);
}

/**
 * A news story with no headline at all, opened by its dateline ("7月8日晚,某区…活动在某广场启动。…", "日前,省财政厅…"): no report's title, no
 * report's sections. Last among the genres: a more telling reason (an area's tally of grades) is given first.
 */
function datelineNewsReason(text: string): string | null {
	// (…or under a headline and a subheading of its own, two short lines that name no report: "某区财政下达补助资金3860万元" /
	// "重点项目执行率达97%" / "日前,…")
	const lines = text.split('\n').filter((l) => l.trim() !== '');
	const at = lines
		.slice(0, 3)
		.findIndex((l) => /^\s*(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:晚|晚间|上午|下午|早上|傍晚)?|日前|近日|近期|连日来)[，,]/.test(l));
	if (
		at >= 0 &&
		lines.slice(0, at).every((l) => l.trim().length <= 40 && !/报告|自评表|评价表|[。；]/.test(l)) &&
		!REPORT_TITLE_LINE.test(text.slice(0, 600)) &&
		!/(?:^|\n)[ \t]*(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）])/.test(text)
	)
		return '不是绩效评价报告：是一篇以日期开头的新闻报道，没有评价报告 (not an evaluation report: a news story opened by its dateline, carrying no evaluation report)';
	return null;
}

/** Extract one report. Never throws: any failure becomes {ok:false, reason}. */
export function extract(input: ExtractInput): ExtractResult {
	try {
		return extractUnsafe(input);
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		return { ok: false, reason: `抽取失败 (extraction failed): ${msg}` };
	}
}

function extractUnsafe(input: ExtractInput): ExtractResult {
	if (!input || typeof input.text !== 'string') return { ok: false, reason: '没有文本 (no text given)' };
	const warnings = new Set<string>();
	const checks: Check[] = [];
	let raw = input.text;
	if (raw.length > MAX_CHARS) {
		raw = raw.slice(0, MAX_CHARS);
		warnings.add(`文本过长，只读取前 ${MAX_CHARS} 个字符 (text truncated to ${MAX_CHARS} characters)`);
		checks.push({ code: 'text_truncated', detail: `${MAX_CHARS}` });
	}
	const norm = normalizeText(raw);
	let text = norm.text;
	const why = notReportReason(text, raw);
	if (why) return { ok: false, reason: why };
	for (const w of norm.warnings) warnings.add(w);

	const report_id = sha256Hex(text).slice(0, 16);
	let lines = splitLines(text);
	const evidence: Evidence = {};
	const ev = (k: keyof ReportRow, f: { start: number; end: number } | null) => {
		if (f) evidence[k] = [f.start, f.end];
	};

	// Indicators from grids first: they also state budget / actual / rate / total score.
	let claimed = new Set<number>();
	const before = [...warnings];
	let grid = parseGrids(lines, warnings, claimed);
	// a page that starts with the tail of the previous form: that tail is no part of this report
	const cut = leadingFragment(lines, grid.tables);
	if (cut > 0) {
		text = text.slice(0, cut).replace(/[^\n]/g, ' ') + text.slice(cut);
		lines = splitLines(text);
		warnings.clear();
		for (const w of before) warnings.add(w);
		checks.push({ code: 'fragment_skipped', detail: `0–${cut}` });
		claimed = new Set<number>();
		grid = parseGrids(lines, warnings, claimed);
	}
	for (const c of grid.checks) checks.push(c);
	const scoreLines = parseScoreLines(lines, warnings, claimed);

	// (a notice publishing a report: the report's own title)
	const title = announcedTitle(findTitle(lines), text);
	const yearFound = findYear(text, title, lines);
	const year: Found<number> | null = yearFound && Number.isFinite(yearFound.value) ? yearFound : null;
	if (yearFound?.outside !== undefined && !year)
		checks.push({ code: 'out_of_range', field: 'year', detail: `${yearFound.outside}: ${rangeText('reports.year', yearFound.outside)}` });
	if (yearFound?.prose && year) checks.push({ code: 'year_from_prose', detail: String(year.value) });
	const unit = findUnit(title, text);
	// the last resort, a page header's 来源 line: written, and said so for the reviewer
	if (unit && 'source' in unit) checks.push({ code: 'unit_from_source', detail: unit.value });
	const project = findProject(text, title, unit);
	const evalType = findEvaluationType(text, title);
	// a figure outside sense is kept out of the row and leaves a check naming it
	const sane = <T extends { value: number } | null | undefined>(f: T, key: string, field: string): T | null => {
		if (!f) return null;
		const why = rangeText(key, f.value);
		if (!why) return f;
		checks.push({ code: 'out_of_range', field, detail: `${f.value}: ${why}` });
		warnings.add(`${field} ${f.value} 超出合理范围，未写入 (outside sense, kept out): ${why}`);
		return null;
	};
	// (a sentence comparing with the year before, "2024年本项目预算52万元…上年自评得分84分", gives none of this year's figures)
	// (…nor a sentence that totals the unit's several projects, when the project's own money is stated)
	const own = maskPortfolio(maskOtherYears(text, year?.value ?? null));
	// (a small table of the money by source, its 合计 row, before the prose's wording)
	const totals = grid.facts.budget || grid.facts.actual ? null : (moneyTableTotals(own) ?? gluedFundsRow(own) ?? wholeSpendingRow(own) ?? flatMoneyTotals(own));
	const budget = sane(grid.facts.budget ?? totals?.budget ?? findBudget(own, year?.value ?? null), 'reports.budget_wan', 'budget_wan');
	const actual = sane(
		grid.facts.actual ?? totals?.actual ?? findActual(own, budget, year?.value ?? null) ?? oneRowMoneyTable(own, budget),
		'reports.actual_wan',
		'actual_wan'
	);
	const rateStated = sane(
		(findRateStated(own) as Found<number> | null) ?? grid.facts.rate ?? (totals && 'rate' in totals ? (totals.rate as Found<number>) : null) ?? null,
		'reports.execution_rate_stated',
		'execution_rate_stated'
	);
	const score = sane(findScore(own) ?? grid.facts.score ?? null, 'reports.score', 'score');
	const grade = findGrade(own);
	const orgs = findPartyOrgs(text);
	const members = findPartyMembers(text);

	const place = resolvePlace(text, { hint: input.city ?? null, head: headRanges(text, lines, title, unit), unit: unit?.value ?? null });
	for (const w of place.warnings) warnings.add(w);
	checks.push(...place.checks);
	let unitValue = unit?.value ?? null;
	// a street or town named bare ("雨花区圭塘街道") is the office the text names in full ("圭塘街道办事处")
	if (unitValue) unitValue = fullUnitName(text, unitValue, place.city);
	// (a county's body the prose names, the text writing it elsewhere with the report's city before it, "由某市某区某中心
	// 负责…": the name in full; a labelled cell's value stays as the cell writes it)
	// (…nor does the title's own)
	const cellValue =
		!!unit &&
		(/(?:单位|部门|名称)[\s:：|\t]*$/.test(text.slice(Math.max(0, unit.start - 12), unit.start)) ||
			(!!title && unit.start >= title.start && unit.end <= title.end));
	if (
		unitValue &&
		place.city &&
		!cellValue &&
		/^[\u4e00-\u9fff]{1,8}[区县旗]/.test(unitValue) &&
		!unitValue.startsWith(place.city) &&
		text.includes(place.city + unitValue)
	)
		unitValue = place.city + unitValue;
	// a seal's mark after the name ("某站 (盖章)") is no part of it
	if (unitValue) unitValue = unitValue.replace(/\s*[（(](?:盖章|公章|签章|章)[）)]$/, '');
	// words before a town's office that are no place (a spam mirror's "线上购彩网" where the district stood): the office alone
	if (unitValue) {
		const office = /^([\u4e00-\u9fff]{1,9}?网)([\u4e00-\u9fff]{2,6}(?:街道办事处|镇人民政府|乡人民政府))$/.exec(unitValue);
		if (office) unitValue = office[2];
	}
	// a parent and its unit joined by a dash ("某县畜牧兽医局-某县种羊繁育场"): the unit after it
	const dashed = unitValue
		? /^[\u4e00-\u9fff]{2,20}(?:局|委员会|厅|政府|中心)[-－—–]([\u4e00-\u9fff]{4,30}(?:局|中心|站|所|场|院|队|馆|办公室))$/.exec(unitValue)
		: null;
	if (dashed) unitValue = dashed[1];
	// a unit's name holds no clause break: what a sentence put before it ("评工作,某县某镇人民政府") is no part of it
	if (unitValue && /[，,。；;]/.test(unitValue)) {
		const tail = unitValue.slice(Math.max(...[...'，,。；;'].map((c) => unitValue!.lastIndexOf(c))) + 1).trim();
		unitValue = tail.length >= 4 ? tail : null;
	}
	if (!unitValue) {
		const implied = impliedUnit(text, place.district && /区$/.test(place.district) ? place.district : null);
		if (implied) {
			unitValue = implied;
			warnings.add(`单位名称由正文推断 (unit name implied by the text: ${implied})`);
		}
	}
	let unitLevel = place.unitLevel;
	// (…or of one of Beijing's township-level 地区, the street resolved: "某区小红门地区城市管理服务中心")
	if (unitValue && place.street && (/街道|街办|办事处|镇/.test(unitValue) || (/地区$/.test(place.street) && unitValue.includes(place.street))))
		unitLevel = 'street';
	else if (unitValue && DISTRICT_UNIT.test(unitValue)) unitLevel = 'district';

	let budgetWan = budget?.value ?? null;
	let actualWan = actual?.value ?? null;
	const stated = rateStated?.value ?? null;
	// an amount whose 万 was lost ("预算45元，实际支出43.2万元，执行率96%"): read in 万元 when, and only when, the stated rate
	// then holds to its written precision and the amount as written would be ten thousand times off it
	if (budgetWan !== null && actualWan !== null && stated !== null && stated > 0 && budgetWan > 0 && actualWan > 0) {
		const fits = (b: number, a: number) => Math.abs(a / b - stated) <= 0.006;
		if (!fits(budgetWan, actualWan) && fits(budgetWan * 10000, actualWan) && budgetWan < 1) {
			warnings.add(
				`预算数按万元读取（原文单位为元，与执行数和执行率不符） (budget read in 万元: written in 元, it disagrees with the spend and the stated rate): ${budgetWan * 10000}`
			);
			budgetWan = Number((budgetWan * 10000).toPrecision(12));
		} else if (!fits(budgetWan, actualWan) && fits(budgetWan, actualWan * 10000) && actualWan < 1) {
			warnings.add(
				`执行数按万元读取（原文单位为元，与预算数和执行率不符） (spend read in 万元: written in 元, it disagrees with the budget and the stated rate): ${actualWan * 10000}`
			);
			actualWan = Number((actualWan * 10000).toPrecision(12));
		}
	}
	if (rateStated && 'approx' in rateStated && rateStated.approx)
		warnings.add(`近似数值按约数记录 (approximate figure recorded as stated: ${text.slice(rateStated.start, rateStated.end).replace(/^[^约]*/, '')})`);
	let rate: number | null = null;
	if (budgetWan !== null && actualWan !== null && budgetWan > 0) rate = actualWan / budgetWan;
	else rate = stated;
	if (rate !== null && rate > 1.5 && budgetWan !== null && actualWan !== null) checks.push({ code: 'rate_implausible', detail: `${actualWan} / ${budgetWan}` });
	if (budgetWan === 0 && actualWan !== null && actualWan > 0)
		checks.push({ code: 'out_of_range', field: 'execution_rate', detail: `预算为 0，支出 ${actualWan} 万元 (budget 0 with spend ${actualWan})` });
	if (rate !== null && rangeText('reports.execution_rate', rate)) {
		checks.push({ code: 'out_of_range', field: 'execution_rate', detail: `${round(rate * 100)}%: ${rangeText('reports.execution_rate', rate)}` });
		rate = null;
	}
	if (rate !== null && stated !== null && budgetWan !== null && actualWan !== null && Math.abs(rate - stated) > 0.005)
		warnings.add(`执行率：报告写 ${round(stated * 100)}%，按支出/预算计算为 ${round(rate * 100)}% (stated execution rate differs from actual/budget)`);
	if (budgetWan !== null && actualWan !== null) rate = trustedRate(rate, stated, checks);
	let gradeValue = grade?.value ?? null;
	let gradeBasis: ReportRow['grade_basis'] = grade ? 'stated' : null;
	if (!gradeValue && score) {
		gradeValue = gradeOfScore(score.value);
		gradeBasis = 'score';
	}
	if (grade && score && gradeOfScore(score.value) !== grade.value) {
		warnings.add(`等级“${grade.value}”与得分 ${score.value} 不一致 (stated grade does not match the score band)`);
		checks.push({ code: 'grade_score_mismatch', detail: `${grade.value} / ${score.value}` });
	}

	const report: ReportRow = {
		report_id,
		source_file: input.sourceFile,
		title: title?.value ?? null,
		year: year?.value ?? null,
		province: place.province,
		city: place.city,
		district: place.district,
		street: place.street,
		division_code: place.divisionCode,
		unit: unitValue,
		unit_level: unitLevel,
		project_name: project?.value ?? null,
		evaluation_type: evalType?.value ?? null,
		budget_wan: budgetWan,
		actual_wan: actualWan,
		execution_rate: rate,
		execution_rate_stated: stated,
		score: score?.value ?? null,
		grade: gradeValue,
		grade_basis: gradeBasis,
		party_orgs: orgs?.value ?? null,
		party_members: members?.value ?? null,
		synthetic: input.synthetic ?? input.manifest?.synthetic ?? false,
		warnings: null
	};
	ev('title', title);
	ev('year', year);
	ev('unit', unit);
	ev('project_name', project);
	ev('evaluation_type', evalType);
	ev('budget_wan', budget);
	ev('actual_wan', actual);
	ev('execution_rate_stated', rateStated);
	ev('score', score);
	ev('grade', grade ?? score);
	ev('party_orgs', orgs);
	ev('party_members', members);
	if (place.evidence) {
		evidence.district = place.evidence;
		if (place.street) evidence.street = place.evidence;
	}

	applyManifest(input, report, warnings);

	// Expenditures (their lines are not narrative indicators)
	const expWarnings: string[] = [];
	let rawExp = extractExpenditures(text, lines, expWarnings);
	// a department's whole spending with no items of its own: its 基本支出 / 项目支出, when they add up to what was spent
	if (!rawExp.length && (report.project_name === '部门整体支出' || /部门整体|整体支出/.test(report.title ?? '')))
		rawExp = categorySplit(text, report.actual_wan);
	// …or items on a line of their own that add up to what was spent
	if (!rawExp.length) rawExp = itemLine(text, report.actual_wan);
	// …or in a row of cells led by its label (支出明细 | 某项 18.2万元 | …)
	if (!rawExp.length) rawExp = cellItemRow(text, report.actual_wan);
	// …or listed one a line, or after a lead that says the money's use, adding up to what was spent
	if (!rawExp.length) rawExp = listedItems(text, report.actual_wan);
	// …or a spending table read one cell a line
	if (!rawExp.length) rawExp = cellColumnItems(text, report.actual_wan);
	// …or a table with a planned and a spent column, one item a row
	if (!rawExp.length) rawExp = plannedSpentTable(text, report.actual_wan);
	for (const w of expWarnings) warnings.add(w);
	const skip: [number, number][] = rawExp.map((e) => [e.start, e.end]);
	for (const f of [orgs, members]) if (f) skip.push(sentenceAround(text, f.start, f.end));
	// a page's head above the report's title (a portal's counters: "注册农户 / 12750户") holds no figure of the project
	// (…not above a title found inside the prose, "…形成《某县某项目绩效评价报告》。": the report's own text precedes it)
	if (title && title.start > 0 && !/[。，,；;]/.test(text.slice(text.lastIndexOf('\n', title.start - 1) + 1, title.start))) skip.push([0, title.start]);
	const narrative = parseNarrative(lines, claimed, skip, warnings);
	let raws: RawIndicator[] = [...grid.rows, ...scoreLines, ...narrative].sort((a, b) => a.start - b.start);
	raws = linkDeclared(text, raws);
	// (a target read in one place and its table row with the result in another: the row that says more)
	raws = dropPartialDuplicates(raws);
	// (a table of targets whose results are told in the prose: each row with its one result)
	raws = completeTargets(raws);

	const indicators: IndicatorRow[] = raws.map((r, i) => ({
		report_id,
		seq: i + 1,
		level1: r.level1,
		level2: r.level2,
		name: r.name,
		target_text: clause(r.target_text),
		target_value: r.target_value,
		actual_text: clause(r.actual_text),
		actual_value: r.actual_value,
		unit: r.unit,
		weight: r.weight,
		points: r.points,
		achieved: r.achieved,
		origin: r.origin,
		evidence_start: r.start,
		evidence_end: r.end
	}));
	const expenditures: ExpenditureRow[] = rawExp.map((e, i) => ({
		report_id,
		seq: i + 1,
		item: e.item,
		amount_yuan: e.amount_yuan,
		evidence_start: e.start,
		evidence_end: e.end
	}));
	const findings: FindingRow[] = extractFindings(lines).map((f, i) => ({
		report_id,
		seq: i + 1,
		kind: f.kind,
		text: f.text,
		theme: themeOf(f.text),
		evidence_start: f.start,
		evidence_end: f.end
	}));

	// filler text must not become data: past a cap the rest of a table's rows are dropped, with a check
	for (const [name, rows] of [
		['indicators', indicators],
		['expenditures', expenditures],
		['findings', findings]
	] as const) {
		if (rows.length > MAX_ROWS) {
			checks.push({ code: 'rows_capped', field: name, detail: `${rows.length} → ${MAX_ROWS}` });
			warnings.add(`${name} 行数 ${rows.length} 过多，只保留前 ${MAX_ROWS} 行 (too many rows; kept the first ${MAX_ROWS})`);
			rows.length = MAX_ROWS;
		}
	}
	if (report.year === null) {
		warnings.add('未找到评价年度 (fiscal year not found)');
		checks.push({ code: 'year_missing' });
	}
	if (report.budget_wan === null) {
		warnings.add('未找到预算数 (budget not found)');
		checks.push({ code: 'budget_missing' });
	}
	if (report.actual_wan === null && report.budget_wan !== null) checks.push({ code: 'actual_missing' });
	if (report.score === null) checks.push({ code: 'score_missing' });
	if (report.unit === null) checks.push({ code: 'unit_missing' });
	if (report.project_name === null) checks.push({ code: 'project_missing' });
	if (report.evaluation_type === null) checks.push({ code: 'type_missing' });
	if (report.province === null && !place.checks.some((c) => c.code === 'place_ambiguous')) checks.push({ code: 'place_unresolved' });
	const list = [...warnings];
	report.warnings = list.length ? list.join('; ') : null;
	const extraction: Extraction = {
		report,
		indicators,
		expenditures,
		findings,
		source: { report_id, source_file: input.sourceFile, sha256: input.sha256 ?? sha256Hex(input.text), text, source_url: input.manifest?.source_url ?? null },
		evidence,
		warnings: list,
		checks: checkRows(report_id, checks)
	};
	const parts = projectParts(text, lines, grid.tables);
	if (parts) return { ok: true, value: splitProjects(extraction, parts) };
	return { ok: true, value: extraction };
}

/** The projects of a multi-project document (a list table, several 自评表, a section per project), or null. */
function projectParts(text: string, lines: Line[], all: GridTable[]): { parts: ProjectPart[]; unitRow: boolean; tables?: GridTable[] } | null {
	// one form printed twice (a portal's 内容概述 cell repeats it, cut off, above the form itself): one form, the fuller copy
	const key = (t: GridTable) => (t.title ? t.title.value.replace(/[\s（）()]+/g, '') : null);
	// (…its title lost in the cell: an untitled copy holding only the money rows another form states alike)
	const money = (t: GridTable) => `${t.facts.budget?.value ?? ''}|${t.facts.actual?.value ?? ''}`;
	const copyOf = (t: GridTable, u: GridTable) =>
		// (several projects' forms share one printed name, "项目支出绩效自评表": a copy states the same money too)
		(key(u) !== null && key(u) === key(t) && money(t) === money(u) && u.rows.length > t.rows.length) ||
		(key(t) === null && t.rows.length === 0 && u.rows.length > 0 && t.facts.budget != null && money(t) === money(u));
	const tables = all.filter((t) => !all.some((u) => u !== t && copyOf(t, u)));
	const listed = listTableProjects(text, lines);
	if (listed.length >= 2) {
		// a paragraph per listed project below the table ("1.农村供水工程维修养护项目。全年维修…") is that project's too
		const sections = narrativeProjects(lines);
		for (const p of listed) {
			const q = sections.find((x) => x.name === p.name || (p.name && x.name && (x.name.includes(p.name) || p.name.includes(x.name))));
			if (q) p.segments = [...p.segments, ...q.segments.filter(([a]) => !p.segments.some(([c, d]) => a >= c && a < d))].sort((x, y) => x[0] - y[0]);
		}
		// "以下对X项目作重点说明": the rest of the document, to its signature, is that listed project's
		const tableEnd = Math.max(...listed.map((p) => p.segments[0][1]));
		const focus = /(?:以下|下面)(?:对|就)([^，,。；\n]{2,40}?)(?:作|做|进行)?(?:重点|详细|具体)?(?:说明|分析|介绍|评价)/.exec(text.slice(tableEnd));
		const named = focus ? listed.find((p) => p.name && (focus[1].includes(p.name) || p.name.includes(focus[1]))) : undefined;
		if (focus && named) {
			const from = tableEnd + focus.index;
			named.segments = [...named.segments, [from, signatureStart(text, from)]];
		}
		return { parts: listed, unitRow: false };
	}
	if (tables.length >= 2) {
		const parts = tables.map((t, k): ProjectPart => ({
			name: null,
			title: t.title,
			segments: [[t.start, k + 1 < tables.length ? tables[k + 1].start : Math.max(t.end, nextHeading(lines, t.end, text.length))]]
		}));
		return { parts, unitRow: false, tables };
	}
	const whole = reportParts(text, lines);
	if (whole.length >= 2) return { parts: whole, unitRow: false };
	const labelled = labelledProjects(text, lines);
	if (labelled.length >= 2) return { parts: labelled, unitRow: false };
	const sections = withFigures(text, narrativeProjects(lines));
	if (sections.length >= 2) return { parts: sections, unitRow: true };
	const accounts = accountsEvaluationPart(text, lines);
	if (!accounts) return null;
	// the part's own 自评表, when it holds exactly one
	const [a, b] = accounts.segments[0];
	const own = tables.filter((t) => t.start >= a && t.start < b);
	return { parts: [accounts], unitRow: false, tables: own.length === 1 ? own : undefined };
}

/**
 * Where a text that opens inside another form ends that form: the first table has no funds figures and
 * no form title above it, a form title (…自评表) follows it, and a table of the next form comes after.
 * 0: the text opens with its own form.
 */
export function leadingFragment(lines: Line[], tables: GridTable[]): number {
	if (tables.length < 2) return 0;
	const [a, b] = tables;
	if (a.facts.budget || a.facts.actual || a.rows.length === 0) return 0;
	const formTitle = (l: Line) => /自评表|评价表/.test(l.text) && l.text.replace(/[\s|]+/g, '').length <= 60;
	if (lines.some((l) => l.end <= a.start && formTitle(l))) return 0;
	const title = lines.find((l) => l.start >= a.end && l.start <= b.start && formTitle(l));
	return title ? title.start : 0;
}

/** Where the first rank-1 heading after `at` starts (the end of what a table's form can own). */
function nextHeading(lines: Line[], at: number, fallback: number): number {
	for (const l of lines) if (l.start > at && l.rank === 1) return l.start;
	return fallback;
}

/**
 * One report per project: each takes the document's title, year, place, unit and type, and its own name,
 * figures, indicators, findings and spending from the text that belongs to it. The unit-level report keeps
 * the document's id and the figures stated outside every project; a project's id is the document's text
 * hash with its number, so it is stable too.
 */
function splitProjects(doc: Extraction, found: { parts: ProjectPart[]; unitRow: boolean; tables?: GridTable[] }): Extraction {
	const text = doc.source.text;
	const all = found.parts.flatMap((p) => p.segments);
	const inside = (segs: [number, number][], s: number | null) => s !== null && segs.some(([a, b]) => s >= a && s < b);
	const shared = (k: string) => ['title', 'year', 'unit', 'evaluation_type', 'district', 'street', 'party_orgs', 'party_members'].includes(k);
	const make = (
		view: string,
		segs: [number, number][] | null,
		id: string,
		name: string | null,
		listed: ProjectPart['listed'] | undefined,
		tables: GridTable | undefined,
		title?: ProjectPart['title']
	): Extraction => {
		const checks: Check[] = [];
		const warnings: string[] = [];
		const own = (s: number | null) => (segs ? inside(segs, s) : !inside(all, s));
		const sane = <T extends { value: number } | null | undefined>(f: T, key: string, field: string): T | null => {
			if (!f) return null;
			const why = rangeText(key, f.value);
			if (!why) return f;
			checks.push({ code: 'out_of_range', field, detail: `${f.value}: ${why}` });
			return null;
		};
		const at = listed ? { start: listed.start, end: listed.end } : null;
		const budget = sane(
			listed?.budget != null ? { value: listed.budget, ...at! } : (tables?.facts.budget ?? findBudget(view)),
			'reports.budget_wan',
			'budget_wan'
		);
		const actual = sane(
			listed?.actual != null ? { value: listed.actual, ...at! } : (tables?.facts.actual ?? findActual(view, budget)),
			'reports.actual_wan',
			'actual_wan'
		);
		const stated = sane(
			(listed?.rate != null ? { value: listed.rate, ...at! } : null) ?? findRateStated(view) ?? tables?.facts.rate ?? null,
			'reports.execution_rate_stated',
			'execution_rate_stated'
		);
		const score = sane(
			listed?.score != null ? { value: listed.score, ...at! } : ((name ? namedScore(text, name) : null) ?? findScore(view) ?? tables?.facts.score ?? null),
			'reports.score',
			'score'
		);
		const listedGrade = listed?.grade ? findGrade('等级为' + listed.grade) : null;
		const grade = listedGrade ? { ...listedGrade, ...at! } : findGrade(view);
		const project = name ? null : findProject(view, null, null);
		const r: ReportRow = { ...doc.report, report_id: id, project_name: name ?? project?.value ?? null, title: title?.value ?? doc.report.title };
		r.budget_wan = budget?.value ?? null;
		r.actual_wan = actual?.value ?? null;
		r.execution_rate_stated = stated?.value ?? null;
		r.execution_rate = r.budget_wan !== null && r.actual_wan !== null && r.budget_wan > 0 ? r.actual_wan / r.budget_wan : r.execution_rate_stated;
		if (r.execution_rate !== null && rangeText('reports.execution_rate', r.execution_rate)) r.execution_rate = null;
		r.score = score?.value ?? null;
		r.grade = grade?.value ?? (r.score !== null ? gradeOfScore(r.score) : null);
		r.grade_basis = grade ? 'stated' : r.score !== null ? 'score' : null;
		if (grade && r.score !== null && gradeOfScore(r.score) !== grade.value)
			checks.push({ code: 'grade_score_mismatch', detail: `${grade.value} / ${r.score}` });
		if (r.budget_wan !== null && r.actual_wan !== null) r.execution_rate = trustedRate(r.execution_rate, stated?.value ?? null, checks);
		if (r.budget_wan === null) checks.push({ code: 'budget_missing' });
		if (r.score === null) checks.push({ code: 'score_missing' });
		if (segs && found.parts.length > 1) checks.push({ code: 'multi_project', detail: `${name ?? r.project_name ?? ''}` });
		// the document's place, year and unit checks hold for every report it holds
		for (const c of doc.checks)
			if (['place', 'year', 'unit'].includes(c.field) || c.code === 'text_truncated')
				checks.push({
					code: c.code as Check['code'],
					field: c.field,
					detail: c.reason.includes(': ') ? c.reason.slice(c.reason.indexOf(': ') + 2) : undefined
				});
		const evidence: Evidence = {};
		for (const [k, v] of Object.entries(doc.evidence)) if (shared(k) && v) evidence[k as keyof ReportRow] = v;
		const ev = (k: keyof ReportRow, f: { start: number; end: number } | null | undefined) => {
			if (f) evidence[k] = [f.start, f.end];
		};
		ev('budget_wan', budget);
		ev('actual_wan', actual);
		ev('execution_rate_stated', stated);
		ev('score', score);
		ev('grade', grade ?? score);
		ev('project_name', project);
		ev('title', title);
		const pick = <T extends { evidence_start: number | null; seq: number; report_id: string }>(rows: T[]) =>
			rows.filter((x) => own(x.evidence_start)).map((x, i) => ({ ...x, report_id: id, seq: i + 1 }));
		r.warnings = [...doc.warnings.filter((w) => !/预算数|budget not found|执行率|等级/.test(w)), ...warnings].join('; ') || null;
		return {
			report: r,
			indicators: pick(doc.indicators),
			expenditures: pick(doc.expenditures),
			findings: pick(doc.findings),
			source: { ...doc.source, report_id: id },
			evidence,
			warnings: r.warnings ? r.warnings.split('; ') : [],
			checks: checkRows(id, checks)
		};
	};
	// one part (the evaluation part of a longer document) is the document's one report: it keeps the document's id
	const idOf = (k: number) => (found.parts.length === 1 ? doc.report.report_id : sha256Hex(text + '\u0000project ' + (k + 1)).slice(0, 16));
	const projects = found.parts.map((p, k) => make(keep(text, p.segments), p.segments, idOf(k), p.name, p.listed, found.tables?.[k], p.title));
	// a project's own 实施单位 ("实施单位为阜康市水利局") names its unit; else the document's
	found.parts.forEach((p, k) => {
		const own = projectUnit(keep(text, p.segments));
		const r = projects[k].report;
		if (own && own.value !== r.unit) {
			r.unit = own.value;
			// a department of the document's district (阜康市水利局 under 阜康市) is district-level
			if (r.district && !r.street && !/街道|[镇乡](?:人民)?政府|办事处/.test(own.value)) r.unit_level = 'district';
			projects[k].evidence.unit = [own.start, own.end];
		}
	});
	// the unit-level report only where the document states a unit-level budget or score outside every project
	const masked = mask(text, all);
	// (a budget total alone is the unit's background, "共实施项目9个，预算538.6万元": no evaluation of the unit as a whole)
	if (!found.unitRow || (findScore(masked) === null && (findBudget(masked) === null || !/部门整体|整体支出/.test(doc.report.title ?? '')))) {
		const [first, ...rest] = projects;
		// what belongs to no project (findings, spending after the tables) stays with the first report
		const outside = (s: number | null) => !inside(all, s);
		const extra = <T extends { evidence_start: number | null; seq: number; report_id: string }>(mine: T[], rows: T[]) =>
			[...mine, ...rows.filter((x) => outside(x.evidence_start)).map((x) => ({ ...x, report_id: first.report.report_id }))]
				.sort((a, b) => (a.evidence_start ?? 0) - (b.evidence_start ?? 0))
				.map((x, i) => ({ ...x, seq: i + 1 }));
		first.findings = extra(first.findings, doc.findings);
		first.expenditures = extra(first.expenditures, doc.expenditures);
		first.more = rest;
		return first;
	}
	// the unit's own figures: outside every project, and not a project's score stated by its name
	const named = found.parts.flatMap((p) => {
		const f = p.name ? namedScore(text, p.name) : null;
		return f ? [[f.start, f.end] as [number, number]] : [];
	});
	const unit = make(mask(text, [...all, ...named]), null, doc.report.report_id, null, undefined, undefined);
	unit.report.project_name = null;
	unit.more = projects;
	return unit;
}

/**
 * The full name of a street office or town government named bare: "雨花区圭塘街道" → "圭塘街道办事处", "隆回县六都寨镇"
 * → "隆回县六都寨镇人民政府", when the text writes that full name; as written there (with or without the county).
 */
export function fullUnitName(text: string, unit: string, city: string | null = null): string {
	// "柯街镇人民政府" that the text also writes with its county ("昌宁县柯街镇人民政府"): the name as written in full
	if (/^[\u4e00-\u9fff]{1,8}(?:镇人民政府|乡人民政府|街道办事处)$/.test(unit)) {
		let i = text.indexOf(unit);
		while (i >= 0) {
			const p = /([^县区市旗省盟州\s\d，。：:；;、（）()|由对向经]{1,6}[县区市旗])$/.exec(text.slice(Math.max(0, i - 12), i));
			if (p && !/人民政府|办事处/.test(p[1])) {
				// (…and with its county, the text may write the report's city before that: "合肥市蜀山区三里庵街道办事处")
				const at = i - p[1].length;
				if (city && city !== p[1] && text.slice(Math.max(0, at - city.length), at) === city) return city + p[1] + unit;
				return p[1] + unit;
			}
			i = text.indexOf(unit, i + unit.length);
		}
		return unit;
	}
	const m = /^(.*?[区县市旗])?([\u4e00-\u9fff]{1,8}(?:街道|镇|乡))$/.exec(unit);
	if (!m) {
		// a town's institution named bare ("新安镇农业农村服务中心") that the text also writes with its county
		// ("墨江哈尼族自治县新安镇农业农村服务中心"): the name in full
		if (!/^[\u4e00-\u9fff]{1,8}(?:镇|乡|街道)[\u4e00-\u9fff]{2,}(?:中心|站|所|院|办公室)$/.test(unit)) return unit;
		// (the county before it must be a county's whole name, not the words before it: "由墨江哈尼族自治县…")
		let i = text.indexOf(unit);
		while (i > 0) {
			const run = /[\u4e00-\u9fff]{2,12}$/.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
			for (let k = 2; k <= run.length; k++) {
				const county = run.slice(run.length - k);
				if (/[县区市旗]$/.test(county) && lookupPlace(county)?.name === county) return county + unit;
			}
			i = text.indexOf(unit, i + unit.length);
		}
		return unit;
	}
	const core = esc(m[2]);
	const prefix = m[1] ? esc(m[1]) : '';
	const full = new RegExp('(' + (prefix ? '(?:' + prefix + ')?' : '') + core + (m[2].endsWith('街道') ? '办事处' : '人民政府') + ')').exec(text);
	if (!full) return unit;
	// found bare ("柯街镇人民政府"): the text may write it with its county too
	if (full[1].startsWith(m[2])) return fullUnitName(text, full[1], city);
	// (…and with its county, the text may write the report's city before that: "合肥市蜀山区井岗镇人民政府")
	if (city && text.slice(Math.max(0, full.index - city.length), full.index) === city) return city + full[1];
	return full[1];
}

/** A project's score stated by its name elsewhere ("…二、自评结果 公园绿地养护项目自评得分97.5分；…"). */
function namedScore(text: string, name: string): Found<number> | null {
	const re = new RegExp(esc(name) + '[^。；;，,\\n]{0,8}?(?:自评得分|评价得分|得分|评分)[为是：:]?\\s{0,2}(\\d{1,3}(?:\\.\\d+)?)\\s{0,2}分', 'g');
	const hits = [...text.matchAll(re)];
	// named once with one score: a second, different score for the same name is no answer
	if (hits.length === 0 || new Set(hits.map((h) => h[1])).size > 1) return null;
	const h = hits[0];
	return { value: Number(h[1]), start: h.index!, end: h.index! + h[0].length };
}

/** A project's implementing unit as its section names it ("实施单位为阜康市水利局", "实施单位：…"). */
function projectUnit(view: string): { value: string; start: number; end: number } | null {
	const m =
		/(?:实施单位|项目单位|责任单位)(?:为|是|[：:])\s{0,2}([\u4e00-\u9fff（）()]{4,30}?(?:局|委员会|中心|办公室|政府|办事处|站|所|院|馆|处|队|委|部))(?=[，。；,;、\s]|$)/.exec(
			view
		);
	return m ? { value: m[1], start: m.index + m[0].length - m[1].length, end: m.index + m[0].length } : null;
}

/**
 * The computed rate against the stated one: a rate_mismatch check beyond rounding (0.5 point), and beyond
 * RATE_TRUST no rate at all (one of budget, spend or the stated rate was misread or misprinted: a person decides).
 */
function trustedRate(rate: number | null, stated: number | null, checks: Check[]): number | null {
	if (rate === null || stated === null || Math.abs(rate - stated) <= 0.005) return rate;
	checks.push({ code: 'rate_mismatch', detail: `${round(stated * 100)}% ≠ ${round(rate * 100)}%` });
	return Math.abs(rate - stated) > RATE_TRUST ? null : rate;
}

function round(x: number): number {
	return Math.round(x * 100) / 100;
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
	let s = start;
	while (s > 0 && !/[。；\n]/.test(text[s - 1])) s--;
	let e = end;
	while (e < text.length && !/[。；\n]/.test(text[e])) e++;
	return [s, e];
}

/** Manifest facts win over the text, with a warning when they disagree. */
function applyManifest(input: ExtractInput, r: ReportRow, warnings: Set<string>): void {
	const m = input.manifest;
	if (!m) return;
	const set = <K extends keyof ReportRow>(k: K, v: ReportRow[K] | null | undefined) => {
		if (v === null || v === undefined || v === '') return;
		if (r[k] !== null && r[k] !== v) warnings.add(`清单覆盖正文：${String(k)} ${String(r[k])} → ${String(v)} (manifest overrides the text)`);
		r[k] = v;
	};
	set('year', m.year ?? null);
	set('unit', m.unit ?? null);
	set('project_name', m.project_name ?? null);
	set('evaluation_type', m.evaluation_type ?? null);
	if (m.synthetic !== null && m.synthetic !== undefined) r.synthetic = m.synthetic;
	const city = r.city ?? input.city ?? null;
	if (m.district) {
		const d = lookupPlace(m.district, city);
		set('district', d?.name ?? m.district);
		if (d && !m.street) {
			if (r.street && lookupPlace(r.street, city)?.parent_code !== d.code) {
				r.street = null;
				r.division_code = d.code;
			} else if (!r.street) r.division_code = d.code;
		}
		if (!d) warnings.add(`清单中的区“${m.district}”不在区划表中 (manifest district not in the division list)`);
	}
	if (m.street) {
		const s = lookupPlace(m.street, city);
		set('street', s?.name ?? m.street);
		if (s) {
			r.division_code = s.code;
			r.unit_level = 'street';
			const parent = divisionName(s.parent_code, city);
			if (parent && !m.district) set('district', parent);
		} else warnings.add(`清单中的街道“${m.street}”不在区划表中 (manifest street not in the division list)`);
	}
}

function divisionName(code: string | null, _city: string | null): string | null {
	if (!code) return null;
	const { nodes, byCode } = divisions();
	const i = byCode.get(code);
	return i === undefined ? null : nodes[i].name;
}

/** Labels of the cells that name the evaluated unit. */
const UNIT_LABEL = /(?:被评价单位|单位名称|实施单位|项目单位|主管部门|预算单位|填报单位|报送单位|评价单位|项目实施单位|部门名称|单位)[:：\s]/;

/**
 * The parts of a report that name its own unit, where a place weighs most: the title, the unit found,
 * the first lines, lines with a unit label, and the last lines (the signature).
 */
function headRanges(
	text: string,
	lines: { text: string; start: number; end: number }[],
	title: { start: number; end: number } | null,
	unit: { start: number; end: number } | null
): [number, number][] {
	const out: [number, number][] = [];
	if (title) out.push([title.start, title.end]);
	if (unit) out.push([unit.start, unit.end]);
	let seen = 0;
	for (const l of lines) {
		if (!l.text.trim()) continue;
		if (seen++ < 3 && l.text.length <= 120) out.push([l.start, l.end]);
		else if (seen > 400) break;
		if (UNIT_LABEL.test(l.text) && l.text.length <= 200) out.push([l.start, l.end]);
	}
	// the signature: short lines among the last few (a prose line wrapped short, "94 分,思经镇(51万棒)得分", signs nothing)
	let k = 0;
	for (let i = lines.length - 1; i >= 0 && k < 6; i--) {
		const t = lines[i].text.trim();
		if (!t) continue;
		k++;
		if (t.length <= 40 && !/[，,；;。]/.test(t)) out.push([lines[i].start, lines[i].end]);
	}
	return out;
}

/** The evidence table's rows: one per report-level field with offsets, in field order. */
export function evidenceRows(x: Extraction): EvidenceRow[] {
	return Object.entries(x.evidence)
		.filter((e): e is [string, [number, number]] => Array.isArray(e[1]))
		.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
		.map(([field, [s, e]]) => ({ report_id: x.report.report_id, field, evidence_start: s, evidence_end: e }));
}

/** Re-export for callers that only import the extractor module. */
export { divisionRows };
