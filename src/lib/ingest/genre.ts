/**
 * What kind of document a text says it is, by its title. A report's title names a report (…绩效自评报告, …自评表);
 * a notice, minutes, a reply, a plan or a contract names its own genre in the same place. Such a document may quote
 * an evaluation's figures (a score, a grade, a budget), but it is not the evaluation: it is rejected unless an
 * evaluation report is carried inside it (its own report title, or a report's sections, or a self-evaluation grid).
 * Pure; one pass over the first lines.
 */

/**
 * Genres that answer a published evaluation (send its findings back to be rectified, correct its figures, declare its
 * paper original lost): naming the results or the report they answer excuses nothing.
 */
const RECTIFYING = new Set(['整改通知', '整改清单', '反馈意见函', '更正', '声明']);
/** Genres whose titles name results without publishing one (a Q&A on scores, a case study, a study or an interview guide). */
const NAMES_RESULTS_FREELY = new Set(['问答或教程', '典型案例', '研究文章', '提纲']);

/** Genres that are no evaluation report, by the word a title ends with, with their Chinese and English names. */
const GENRES: [RegExp, string, string][] = [
	[/整改(?:通知书?|意见书?|决定书?|告知书)$/, '整改通知', 'an order to rectify'],
	// a list of an evaluation's findings and how each is to be rectified (…评价发现问题整改清单, …整改台账)
	[/整改(?:任务)?(?:清单|台账|明细表|情况表)$/, '整改清单', "a list of an evaluation's findings to rectify"],
	// a letter feeding an evaluation's findings back to the unit, to be rectified (…评价结果的反馈意见函)
	[/(?:反馈意见函|反馈函|意见函|整改函)$/, '反馈意见函', "a letter feeding back an evaluation's findings"],
	[/(?:会议)?纪要$|会议记录$/, '会议纪要', 'minutes of a meeting'],
	[/(?:复函|的函|函)$/, '公函', 'an official letter'],
	[/批复$/, '批复', 'an official reply'],
	[/请示$/, '请示', 'a request for instructions'],
	[/(?:通知书|告知书)$/, '通知书', 'a notification'],
	[/通知$/, '通知', 'a notice'],
	// a correction of a published document's figures ("关于《…自评报告》的勘误说明", "…的更正公告")
	[/(?:勘误|更正)(?:说明|公告|启事|声明|表)?$/, '更正', 'a correction of a published document'],
	[/声明$/, '声明', 'a statement (of a lost original, a disclaimer)'],
	[/(?:公示|公告|通告|启事)(?:[（(][^）)]{0,12}[）)])?$/, '公示或公告', 'a public announcement'],
	[/通报$/, '通报', 'a circular'],
	[/决定(?:书)?$/, '决定', 'a decision'],
	[/决议$/, '决议', 'a resolution'],
	[/(?:答复|答复函|答复书|答复意见书|办理情况)$|(?:采纳|吸纳)情况的?反馈$/, '答复', 'a reply to a proposal or a request'],
	[/(?:议案|提案|建议)$/, '提案', 'a motion or proposal'],
	[/(?:倡议书|公开信|承诺书|责任书|任务书|申请书|申报书|感谢信|表扬信|慰问信|贺信|介绍信|备忘录)$/, '文书', 'a letter, an application or a memorandum'],
	// news of a research project on evaluation finished ("…绩效课题通过结项验收")
	[/课题[\u4e00-\u9fff]{0,10}(?:结项|结题)(?:验收)?$/, '研究文章', 'a research article'],
	[/(?:先进)?事迹(?:材料|简介)?$|(?:申报|推荐)材料$/, '事迹材料', "an account of a person's or a team's exemplary work, or a nomination"],
	[/(?:访谈|调研|座谈|问卷|汇报|发言)?提纲$/, '提纲', 'an outline or an interview guide'],
	// a research article's title ("…质量问题研究——以P县为例", "浅谈…", "…探析")
	[/(?:研究|探析|探讨|浅析|浅谈|刍议|初探)(?:[—–-]{1,2}以[^\n]{2,20}为例)?$/, '研究文章', 'a research article'],
	[/(?:讲话|发言|致辞)(?:稿)?$/, '讲话', 'a speech'],
	// an interview's transcript ("…主任在线访谈实录", "…专访")
	[/(?:访谈|专访|对话)(?:实录|文字实录|全文)?$/, '访谈', 'an interview'],
	[/(?:心得体会|心得|体会|感悟|感想|学习笔记|读书笔记)(?:\d{1,2}篇|[（(](?:通用|精选)?\d{1,2}篇[）)])?$/, '心得体会', 'a personal reflection'],
	[/(?:简报|周报|旬报)$/, '简报', 'a bulletin'],
	[/(?:合同|协议书?)$/, '合同', 'a contract'],
	[/(?:方案|计划|规划|要点)$/, '方案或计划', 'a plan'],
	[/(?:办法|细则|规定|规程|指南|指引|议事规则|工作规则|规则|章程|守则|条例)$/, '办法或规定', 'rules or guidance'],
	[/(?:申报表|申请表|目标表|监控表)$/, '申报表或目标表', "a form of targets or progress, before the year's results"],
	[/(?:测试题|试题|试卷|习题|题库)$/, '试题', 'a quiz'],
	[/(?:指标体系|评价体系|考核体系|指标库)$/, '指标体系', 'a system of indicators and scoring rules'],
	[/(?:名词解释|术语解释|名词释义|基本概念)$/, '名词解释', 'a glossary'],
	[/(?:解读|图解|一图读懂)$/, '政策解读', 'an explanation of a policy'],
	[/(?:典型案例|经验做法|经验交流|工作案例)(?:[:：——-][^\n]{2,40})?$/, '典型案例', 'a case study of how the work is done'],
	[/(?:任务清单|责任清单|工作清单|问题清单)$/, '任务清单', 'a list of tasks'],
	// a catalogue of what an office publishes or does ("…基层政务公开标准目录", "…公共服务事项目录")
	[/(?:标准目录|公开目录|事项目录|服务目录|指导目录)$/, '目录', 'a catalogue of items (what an office publishes or does)'],
	[/(?:日程安排|日程表|议程安排|会议议程|议程)$/, '日程安排', 'a schedule or an agenda'],
	// an account of a contest, an award ceremony or a show ("…技能大赛颁奖活动情况")
	[/(?:颁奖|表彰|竞赛|大赛|比赛|演出|展演|庆典|仪式)(?:活动)?情况$/, '活动情况', 'an account of an event (a contest, an award ceremony, a show)'],
	[/(?:课件|讲义|讲稿|幻灯片|教案|教学设计)[)）]?(?:\.pptx?)?$|\.pptx?$/i, '课件', 'training slides or a lesson plan'],
	[/(?:工作)?底稿$/, '工作底稿', "an evaluator's working papers"],
	[/(?:招生|招聘|招募|招考|报名)?简章$/, '简章', 'a prospectus'],
	// a news headline ("…摇号工作顺利完成", "…项目正式开工")
	// (…or a ceremony's: "…改造工程举行开工典礼", "…揭牌仪式")
	[
		/(?:顺利|圆满|成功|隆重)(?:完成|结束|召开|举行|举办|落幕)$|正式(?:启动|开工|投用|运行|开园|开馆)$|(?:开工|奠基|竣工|揭牌|启动|签约|开幕|开班|落成|剪彩|颁奖)(?:典礼|仪式)$/,
		'新闻',
		'a news item'
	],
	// a works' acceptance or an expert review's opinion ("…项目竣工验收意见", "…可研报告评审意见")
	[/(?:验收|评审|审核|审查|论证|鉴定)意见(?:书)?$/, '验收或评审意见', 'an acceptance or review opinion'],
	[/(?:报价单|报价函|报价表|报价书)$/, '报价单', 'a price quotation'],
	[/(?:用户|操作|使用)手册$/, '用户手册', "a software's user manual"],
	[/(?:上半年|下半年|半年|季度)[\u4e00-\u9fff]{0,12}工作总结$/, '工作总结', 'a work summary of part of a year'],
	// a question as the title ("…样本量怎么定", "…如何计算？"): a how-to or a question-and-answer page
	[
		/(?:怎么|如何|怎样|为什么|为何)[\u4e00-\u9fff]{0,6}$|(?:是什么|是什麼|什么意思|有哪些)$|[？?]$|(?:答疑|问答|解答|答问|百问|十问)(?:汇编|集锦)?$/,
		'问答或教程',
		'a question or a how-to'
	],
	[
		/(?:验收|审核|审计|审计工作|审查|可行性研究|可研|调研|述职|述廉|述责|政府工作|信息公开工作年度|就业质量(?:年度)?|质量年度|(?:跟踪|信用|主体|债项|债券)评级|社会责任)报告$/,
		'其他报告',
		'another kind of report (acceptance, audit, review, feasibility, work, credit rating)'
	]
];

/** Titles that are a genre's name alone, short as they are. */
const SHORT_GENRE_TITLE = /^(?:寻物启事|失物招领|招领启事|遗失声明|更正声明|更正公告|勘误说明|介绍信|慰问信|感谢信|表扬信|倡议书|承诺书)$/;

/** A title that names a report: these titles are read, whatever else they say. */
const REPORT_TITLE = /(?:报告|报告书|自评表|评价表|评分表|情况说明|自评情况|评价情况)$/;

/** A site's sections parted by " - " before the page's own name ("某某之家 - 政务公开 - 绩效评价 - 某县…报告"): crumbs, then the name. */
export const DASH_BREADCRUMB = /^((?:[^\n-]{2,20} - ){3,6})([^\n]{4,80})$/;

/** A line that is page furniture or a document number, never the title. */
const FURNITURE = /[>›»]|首页|当前位置|您的位置|所在位置|索引号|发布(?:机构|日期|时间)|来源[:：]|日期[:：]|浏览|点击|字号|打印|分享|〔\d{4}〕|\[\d{4}\]|^附件/;

/** Publications of results (…绩效评价结果的公示, …自评情况的通报): what they publish is an evaluation; other rules judge them. */
const PUBLISHES_RESULT = /(?:绩效|评价|自评)[^\n]{0,12}(?:结果|情况|得分|等级)/;

/** A genre named by a title: its names, the title as written (spaces dropped) and where the title line ends in the text. */
export type Genre = { zh: string; en: string; title: string; end: number };

/** A line that names a report-like document (a report, a self-evaluation form, final accounts, published results). */
// (a 说明 of a situation, of accounts or of an evaluation; a plan's "任务说明" is none)
const REPORTISH = /(?:报告|报告书|自评表|评价表|评分表|决算|(?:情况|决算|绩效|自评|评价)[\u4e00-\u9fff]{0,4}说明|自评结果|评价结果)$/;

/**
 * The genre a text's title names, when that genre is no evaluation report; null for a report's title, no title found,
 * or a page that shows a second title naming a report-like document (a mirror page's stray heading over a report).
 * The title is the first early line that names a genre or speaks of evaluation; site names, unit names and page
 * furniture before it are passed over.
 */
export function titleGenre(text: string): Genre | null {
	const lines: { line: string; bare: string; end: number }[] = [];
	for (const m of text.slice(0, 1500).matchAll(/[^\n]+/g)) {
		// (a breadcrumb of the site's sections parted by " - ": the page's own name, its last part)
		const line = (DASH_BREADCRUMB.exec(m[0])?.[2] ?? m[0]).replace(/[\s\u3000|｜]+/g, '');
		if (line.length === 0) continue;
		// (a site's menu of sections parted by bars, "预算公开|决算公开|绩效评价|…", is furniture)
		const items = m[0].split(/[|｜\t]/).filter((x) => x.trim());
		if (items.length >= 5 && items.every((x) => x.trim().length <= 8)) continue;
		// (a page title "名称_栏目_网站": the name; the brackets closing a title are a note on it)
		// (…and a file's extension, or a document viewer's page mark after it: "….xls", "《…讲义》 第2页")
		const bare = line
			.replace(/\.(?:xlsx?|docx?|pdf|wps|et)$/i, '')
			.replace(/第\d{1,3}页$/, '')
			.replace(/_[^_]{1,12}(?:_[^_]{1,12})*$/, '')
			.replace(/[（(][^）)]{0,20}[）)]$/, '')
			.replace(/[“”"《》]/g, '')
			// (an essay site's "…公告范文", "…通知大全": the genre before its collection word)
			.replace(/(?<=[\u4e00-\u9fff]{4})(?:范文|范例|大全|精选)$/, '')
			// (a document viewer's "-预览页" after it, its page number before it)
			.replace(/[_\-—](?:预览页|預覽頁)$/, '')
			.replace(/^\d{1,2}(?=[\u4e00-\u9fff]{4})/, '');
		lines.push({ line, bare, end: m.index + m[0].length });
		// (a title run into its first sentence after a colon, "某镇某项目开标记录公示:本项目于…": the title)
		const head = /^([^:：，,。；;]{6,40})[:：]/.exec(line);
		if (head && !FURNITURE.test(head[1]) && !/报告|自评表|评价表|[一二三四五六七八九十\d][、.．]/.test(head[1]) && GENRES.some(([re]) => re.test(head[1])))
			lines.push({ line: head[1], bare: head[1], end: m.index + m[0].length });
		if (lines.length >= 12) break;
	}
	const titleLike = (l: { line: string }) => !FURNITURE.test(l.line) && !/[。，；,;]/.test(l.line) && l.line.length <= 80;
	const section = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])/;
	let prev = '';
	for (let i = 0; i < lines.length; i++) {
		const { line, bare, end } = lines[i];
		if (!titleLike(lines[i])) {
			prev = '';
			continue;
		}
		// (a report's own title with a subtitle after a colon, "某县2021年度某项目绩效评价报告:某事如何做好?": the report)
		const lead = /^([^:：]{12,60}?)[:：]/.exec(bare)?.[1];
		if (lead && /20\d{2}/.test(lead) && /绩效|评价|自评/.test(lead) && REPORT_TITLE.test(lead)) return null;
		const evaluation = /绩效(?:自评|评价)|自评/.test(bare);
		const whole = line.replace(/[（(][^）)]{0,20}[）)]$/, '').replace(/[“”"《》]/g, '');
		// (a title of a genre's name alone, "寻物启事", is one however short)
		const genre =
			(bare.length >= 6 || SHORT_GENRE_TITLE.test(bare)) && !(evaluation && /报告$/.test(bare))
				? GENRES.find(([re]) => re.test(bare) || re.test(whole) || (/\.pptx?$/i.test(line) && re.test(line)))
				: undefined;
		if (!genre && REPORT_TITLE.test(bare) && /绩效|评价|自评/.test(prev + bare)) return null;
		if (genre) {
			const [re, zh, en] = genre;
			const title = prev + line;
			if (!RECTIFYING.has(zh) && !NAMES_RESULTS_FREELY.has(zh) && PUBLISHES_RESULT.test(title)) return null;
			// a title that names the report it publishes or sends (关于…绩效自评报告的公示): the report is the text
			if (!RECTIFYING.has(zh) && /(?:报告|报告书|自评表|评价表)的?$/.test(bare.replace(re, ''))) return null;
			if (lines.slice(i + 1).some((l) => titleLike(l) && l.bare !== bare && !section.test(l.bare) && REPORTISH.test(l.bare))) return null;
			return { zh, en, title, end };
		}
		// a line that speaks of evaluation without naming a genre is the title of what follows (…绩效自评结果)
		if (bare.length >= 8 && /绩效|自评|评价/.test(bare)) return null;
		prev = bare.length <= 30 ? bare : '';
	}
	return null;
}

/** A report's own title line inside another document (not an attachment list's item, "2.项目支出绩效自评表(样表)"). */
const CARRIED_TITLE =
	/(?:^|\n)(?![ \t]*(?:附件[:：]?[ \t]*)?\d{1,2}[.、．])[^\n。，；]{0,60}(?:绩效(?:自评|评价)报告|自评报告|评价报告书?|自评表|评价表)(?:[（(](?!样表|模板|样本|参考)[^\n）)]{0,20}[）)])?[\s|｜]*(?=\n|$)/;
const BASIC_SECTION =
	/(?:^|\n)\s*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*(?:项目|部门|单位)?(?:基本情况|基本概况|概况|概述)/;
const RESULT_SECTION =
	/(?:^|\n)\s*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*[^\n]{0,12}(?:绩效目标|绩效指标|指标完成|评价结论|自评结论|综合评价|自评结果|绩效情况|绩效分析|完成情况)/;
const GRID = /三级指标[\s\S]{0,400}?(?:实际完成值|完成值|实际值|全年实际)/;

/** Whether an evaluation report is carried inside a document of another genre (a notice publishing it, a letter sending it). */
export function carriesReport(text: string, from: number): boolean {
	const rest = text.slice(from);
	return CARRIED_TITLE.test(rest) || (BASIC_SECTION.test(rest) && RESULT_SECTION.test(rest)) || GRID.test(rest);
}

/** A genre a page names in a bracketed line of its own, first or last, in place of a title ("（短评 作者：某某）", "(某所 工作周报 第3期)"). */
const COLOPHON =
	/^[ \t]*[（(【\[][^（）()【】\[\]\n]{0,30}?(短评|快评|时评|述评|评论员文章|编者按|周报|旬报|月报|简报)(?:[ \t\u3000]+[^（）()【】\[\]\n]{0,30})?[）)】\]][ \t]*$/m;
const COLOPHON_GENRE: Record<string, [string, string]> = {
	短评: ['评论', 'a commentary'],
	快评: ['评论', 'a commentary'],
	时评: ['评论', 'a commentary'],
	述评: ['评论', 'a commentary'],
	评论员文章: ['评论', 'a commentary'],
	编者按: ['评论', 'a commentary'],
	周报: ['简报', 'a bulletin'],
	旬报: ['简报', 'a bulletin'],
	月报: ['简报', 'a bulletin'],
	简报: ['简报', 'a bulletin']
};

/** The genre a page names in its first or last line, bracketed (a commentary's byline, a bulletin's issue line), or null. */
export function colophonGenre(text: string): Genre | null {
	const lines = text.split('\n').filter((l) => l.trim());
	for (const l of [...lines.slice(0, 2), ...lines.slice(-2)]) {
		const m = COLOPHON.exec(l);
		if (m) return { zh: COLOPHON_GENRE[m[1]][0], en: COLOPHON_GENRE[m[1]][1], title: l.trim(), end: 0 };
	}
	return null;
}

/** Why a text whose title names another genre is no evaluation report, or null. */
export function genreReason(text: string): string | null {
	const g = titleGenre(text) ?? colophonGenre(text);
	if (!g || carriesReport(text, g.end)) return null;
	return `不是绩效评价报告：标题表明这是一份${g.zh}（${g.title.slice(0, 40)}），文中没有评价报告 (not an evaluation report: the title names ${g.en}, and no evaluation report is carried in it)`;
}

/** A scholarly article: its abstract, keywords and an article's apparatus (introduction, references, classification codes). */
// (in brackets the colon may go: "【摘要】预算绩效…", "【关键词】…")
const ABSTRACT = /(?:^|\n)\s*[【\[]?(?:内容)?(?:摘\s*要|提\s*要)[】\]]?\s*[:：]|[【\[](?:内容)?(?:摘\s*要|提\s*要)[】\]]/;
/** The abstract's label with its colon, at a line's start (the form without it, "【摘要】…", counts only where no report is named first). */
const ABSTRACT_LABELLED = /(?:^|\n)\s*[【\[]?(?:内容)?(?:摘\s*要|提\s*要)[】\]]?\s*[:：]/;
const KEYWORDS = /(?:^|\n)\s*[【\[]?关键[词字][】\]]?\s*[:：]|[【\[]关键[词字][】\]]/;
const APPARATUS = /(?:^|\n)\s*(?:0\s*)?引\s*言\s*(?:\n|$)|参考文献|中图分类号|文献标识码|基金项目|作者简介|ISSN|国内统一刊号|邮发代号|[，,]\s*\d{6}\s*[;；)）]/;

/** A thesis's or a thesis proposal's cover ("本科毕业论文开题报告 题目:…", "硕士学位论文"). */
const THESIS =
	/(?:毕业论文|学位论文|毕业设计)(?:开题报告|任务书|文献综述)?(?:题目[:：]|学院[:：]|专业[:：]|\n)|(?:^|\n)(?:论文)?开题报告(?:\n|题目[:：]|[（(])/;

/** Marks of a textbook or a course: worked examples, exercises, chapter navigation. */
const TEACHING = [
	/[【\[](?:案例|例题?)\s*\d+(?:\s*[-－—.]\s*\d+)?[】\]]/,
	/(?:^|\n)\s*(?:思考题|练习题|习题|课后练习|思考[:：])/,
	/本(?:章|节)(?:小结|要点|介绍|重点)|学习目标/,
	/(?:^|\n)\s*[【\[]?(?:解析|参考答案|答案)[】\]]?\s*[:：]/,
	/上一章|下一章|上一节|下一节|第\s*\d{1,3}\s*章/
];

/** A text that says its figures are invented, or shows how a form is filled in with a made-up project. */
const ILLUSTRATION =
	/(?:数据|数字|金额|案例|项目)[^。\n]{0,8}(?:均|全部|纯属)?(?:为|系)?虚构|虚拟的?[“"]?[^。\n]{0,24}项目[”"]?(?:为例|作为例子)|以一个?(?:虚拟|假设|假想)的?|仅为[^。\n]{0,12}(?:示范|示例|演示)|填写(?:样例|示例|范例)/;

/** A blank form: called so ("空白表样"), or its year left as spaces in brackets ("(    年度)"). */
const BLANK_FORM = /空白(?:表样|表格|样表|模板)|[（(][ \t\u3000]{2,}年度?[）)]/;

/** Figures left as placeholders ("xx.xx 万元", "xxx 亩", "××%"): a template, not a report. */
const PLACEHOLDER_FIGURE = /(?<![A-Za-z])[xX×]{2,6}(?:\.[xX×]{1,2})?\s*(?:万元|元|亩|人次|人|户|个|公里|%)/g;

/**
 * Why a text that writes about evaluation, rather than reporting one, is no report: a scholarly article, a textbook's
 * section with its worked example, a how-to with a made-up project, a template whose figures are placeholders, a blank
 * form. `raw` is the text as published, before normalising. Null otherwise.
 */
export function discourseReason(text: string, raw: string = text): string | null {
	const head = text.slice(0, 6000);
	// (the keywords line as published: normalising may drop it as a page's tag line)
	// (…not a report a journal's site publishes with its own 内容提要 and 关键词: its title names the report, and the report's
	// sections follow)
	if (
		ABSTRACT.test(head) &&
		(KEYWORDS.test(head) || KEYWORDS.test(raw.slice(0, 6000))) &&
		APPARATUS.test(text) &&
		!(namesReportEarly(raw) && BASIC_SECTION.test(text) && RESULT_SECTION.test(text)) &&
		// (a journal's page whose title names the report, its abstract marked "【摘要】" only: the report, published there)
		!(namesReportEarly(raw) && !ABSTRACT_LABELLED.test(head))
	)
		return '不是绩效评价报告：是一篇学术论文（摘要、关键词、引言或参考文献），其中的项目是研究案例 (not an evaluation report: a scholarly article — abstract, keywords, introduction or references — whose project is a case study)';
	// (…or its abstract, keywords and English abstract run together in one paragraph: "…的思考摘要:…关键词:…abstract: …")
	if (
		/摘\s*要\s*[:：]/.test(head.slice(0, 1500)) &&
		/关键[词字]\s*[:：]/.test(head.slice(0, 1500)) &&
		/\babstract\s*[:：]/i.test(head.slice(0, 2500)) &&
		!namesReportEarly(raw)
	)
		return '不是绩效评价报告：是一篇学术论文（摘要、关键词、英文摘要），其中的项目是研究案例 (not an evaluation report: a scholarly article — abstract, keywords, English abstract — whose project is a case study)';
	// a self-media essay ("图片来源于网络,如有侵权联系删除"): an opinion on evaluation, no report
	if (/图片来源于?网络[，,]?\s*如有侵权/.test(text) && !namesReportEarly(raw))
		return '不是绩效评价报告：是一篇自媒体文章（图片来源于网络），没有评价报告 (not an evaluation report: a self-media essay, carrying no evaluation report)';
	// a thesis or its proposal (本科毕业论文开题报告, 学位论文), its spaced cover letters joined: its projects are cases it studies
	if (THESIS.test(head.slice(0, 600).replace(/[ \t\u3000]+/g, '')))
		return '不是绩效评价报告：是学位论文或其开题报告，其中的项目是研究案例 (not an evaluation report: a thesis or a thesis proposal, whose projects are case studies)';
	if (TEACHING.filter((re) => re.test(text)).length >= 2)
		return '不是绩效评价报告：是教材或课程的章节（例题、解析、思考题），其中的数字是例题 (not an evaluation report: a textbook or course section — worked examples, solutions, exercises — whose figures are examples)';
	if (ILLUSTRATION.test(text))
		return '不是绩效评价报告：文中说明其项目或数据是虚构的示例（填写样例、示范） (not an evaluation report: the text says its project or figures are a made-up example — a sample of how to fill in a form)';
	if ((text.match(PLACEHOLDER_FIGURE)?.length ?? 0) >= 3)
		return '不是绩效评价报告：是报告模板，数字以 xx 等占位符代替 (not an evaluation report: a report template whose figures are placeholders such as "xx")';
	if (BLANK_FORM.test(head))
		return '不是绩效评价报告：是空白表样（未填写的自评表，年度留空），没有评价的内容 (not an evaluation report: a blank form — a self-evaluation form not filled in, its year left empty)';
	// a government's report to the people's congress ("主任、各位副主任、各位委员：…向县人大常委会报告…，请予审议")
	if (CONGRESS.test(text.slice(0, 1500)))
		return "不是绩效评价报告：是向人大常委会所作的报告（审计或预算执行情况），其中的数字是对他人评价的汇总 (not an evaluation report: a report to the people's congress — on audit or budget execution — whose figures sum up the evaluations of others)";
	// a speech run into its first words ("在全县预算绩效管理工作推进会上的讲话同志们:"): the speaker reviews others' evaluations
	if (SPEECH.test(text.slice(0, 400)))
		return '不是绩效评价报告：是会议讲话（在…会上的讲话），其中的数字是对他人评价的回顾 (not an evaluation report: a speech at a meeting, whose figures review the evaluations of others)';
	// a news story opening with its date and the event held ("3月2日上午,…分红大会在这里举行。"): an event, not an evaluation
	// (the text's very first line: a report opens with its title, whatever its first sentence says)
	const lead = text
		.slice(0, 1500)
		.split('\n')
		.find((l) => l.trim() !== '');
	if (lead && NEWS_LEAD.test(lead))
		return '不是绩效评价报告：是一篇新闻报道（以日期开头，报道举行的活动），其中的数字是报道的内容 (not an evaluation report: a news story that opens with the date of an event held, whose figures are what it reports)';
	// an institution's 绩效考核 (a hospital's, a school's yearly assessment) that names no budget or spending in money: no
	// evaluation of budget spending
	if (ASSESSMENT.test(head) && !BUDGET_MONEY.test(text))
		return '不是绩效评价报告：是单位绩效考核的自评（考核指标），未涉及预算资金 (not an evaluation report: the self-assessment of an institution against its performance-assessment indicators, naming no budget money)';
	return null;
}

/**
 * A news lead: the date, then the event held or the visitors' coming, in the first sentence ("4月16日,某局举办…培训班",
 * "3月2日上午,…大会在这里举行", "6月12日至13日,市财政局…考评组来到我市").
 */
const NEWS_LEAD =
	/^\s*(?:\d{1,2}月\d{1,2}日(?:至\d{1,2}(?:月\d{1,2})?日)?|近日|日前)(?:上午|下午|晚上|晚)?[，,][^。\n]{0,80}?(?:举行|召开|举办|来到|走进|深入)/;
/** An address to a people's congress standing committee, by its salutation or its request. */
const CONGRESS = /各位副主任[、，,]\s*各位委员|向[^。\n]{0,20}人大常委会(?:作)?报告/;
/** A speech's title: "在…会（议）上的讲话 / 发言 / 致辞". */
const SPEECH = /^[\s\S]{0,80}?(?:^|\n)[ \t]*在[^\n。，,；]{2,40}?(?:会议?|大会|推进会|座谈会|培训班)上的(?:讲话|发言|致辞|总结讲话)/;
/** An institution's yearly performance assessment (绩效考核), by what it calls itself. */
const ASSESSMENT = /绩效考核/;
/** Money tied to a budget or a fund ("预算资金120万元", "下达经费36万元"). */
const BUDGET_MONEY = /(?:预算|资金|经费|拨款|支出|投入|补助)[^。\n]{0,20}?\d[\d,.]*\s*(?:万元|元|亿元)/;

/**
 * Why a page that lists several documents (a tag page, search results: "共找到5篇", each item an excerpt with its
 * date and read count) is no report, or null: its figures are excerpts of reports it only links to.
 */
export function listingReason(text: string): string | null {
	const head = text.slice(0, 1500);
	if (!/(?:共找到|共有|找到相关|相关(?:的)?(?:文章|文档|结果))\s*[:：]?\s*\d*\s*(?:篇|条|个|份)?|搜索结果|标签\s*[-—>]/.test(head)) return null;
	const items =
		text.match(/(?:^|\n)[ \t]*(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}[ \t]+(?:阅读|浏览|点击|下载)[:：]?[ \t]*\d+|(?:……|\.\.\.\.\.\.)[^\n]{4,})/g)?.length ??
		0;
	if (items < 3) return null;
	return '不是绩效评价报告：是列出多篇文档的列表页（标签页或搜索结果），其中的数字是各篇的摘录 (not an evaluation report: a page listing several documents — a tag page or search results — whose figures are excerpts)';
}

/** An addressee line opening an official document ("各乡镇林业工作站、局属各单位：", "县财政局："). */
const ADDRESSEE = /(?:^|\n)[ \t]*(?:各[^\n。，；]{1,40}|[^\n。，；]{2,30}(?:局|委|办|厅|室|中心|政府|单位|站|所|院|学校))[:：][ \t]*(?=\n)/;
/** What a notice does with its attachment or its readers: forwards, issues, asks. */
const NOTICE_ACT =
	/现将[^。\n]{0,120}?(?:转发|印发|下发|发送|转)给你们|现(?:将有关事项)?通知如下|请(?:你们|各单位)?(?:认真)?(?:遵照|贯彻|抓好|按照)[^。\n]{0,10}执行|现予(?:以)?转发/;

/**
 * Why an official notice with no title line (a document number, an addressee, "现将…转发给你们") is no report, or null:
 * a report submitted the same way says "报告如下" or carries the report.
 */
export function coverNoteReason(text: string): string | null {
	const head = text.slice(0, 1500);
	const to = ADDRESSEE.exec(head);
	if (!to || to.index > 400) return null;
	const act = NOTICE_ACT.exec(text.slice(0, 4000));
	if (!act || /报告如下|汇报如下|情况报告|自评情况如下/.test(text.slice(0, 4000))) return null;
	if (carriesReport(text, to.index + to[0].length)) return null;
	return '不是绩效评价报告：是一份致各单位的通知或转发文件（"现将…转发给你们"），其中没有评价报告 (not an evaluation report: an official notice to units — forwarding or issuing documents — carrying no evaluation report)';
}

/** A line naming a report-like document among a text's first title-like lines (its own title, or a final account's). */
function namesReportEarly(text: string): boolean {
	let n = 0;
	for (const m of text.slice(0, 1500).matchAll(/[^\n]+/g)) {
		// (a breadcrumb of the site's sections parted by " - ": the page's own name, its last part)
		const line = (DASH_BREADCRUMB.exec(m[0])?.[2] ?? m[0]).replace(/[\s\u3000|｜]+/g, '');
		if (line.length === 0) continue;
		// (a site's menu of sections parted by bars, "预算公开|决算公开|绩效评价|…", is furniture)
		const items = m[0].split(/[|｜\t]/).filter((x) => x.trim());
		if (items.length >= 5 && items.every((x) => x.trim().length <= 8)) continue;
		if (++n > 12) break;
		// (an infographic's title, "一图读懂…自评结果", "【图解】…", names results it sums up, no report)
		if (/[。，；,;]/.test(line) || line.length > 80 || FURNITURE.test(line) || /一图读懂|^[【\[]?图解[】\]]/.test(line)) continue;
		const bare = line.replace(/[（(][^）)]{0,20}[）)]$/, '').replace(/[“”"《》]/g, '');
		// (a bare label, "自评结果", names no report)
		if (bare.length >= 6 && (REPORTISH.test(bare) || REPORT_TITLE.test(bare))) return true;
	}
	return false;
}

/** Counts over a whole area's projects or budget units ("全县126个项目", "县直各部门…136个项目", "62个预算单位"). */
const AREA_COUNT = /(?:全(?:县|区|市|镇|乡|省|旗|州)|县直|区直|市直|各部门|各单位)[^。\n]{0,30}?\d+\s*个(?:项目|预算单位|部门)|\d+\s*(?:个|家)预算单位/;
/** A tally of grades over many evaluations ("评为优的97个、良的25个", "结果为优的3个、良的6个"). */
// (…or an infographic's cells, "优 7个  良 4个", "优 241个" / "良 118个")
const GRADE_TALLY =
	/(?:优|良|中|差|优秀|良好|合格)(?:等次|等级)?(?:的|为)?(?:项目)?\s*\d{1,4}\s*个(?:[^。\n]{0,6}?[、，,]\s*(?:评为|结果为)?(?:优|良|中|差|优秀|良好|合格)|\s*(?:优|良|中|差)\s*\d{1,4}\s*个)/;

/**
 * Why a text about the evaluation work of a whole area (news of a finance bureau's campaign, an award nomination, a
 * commentary) is no report, or null: it counts an area's projects or budget units, or tallies the grades of many
 * evaluations, and names no report of its own and carries none. None of the 854 reports of the developed sets counts
 * an area's projects or units so; the two that tally grades are final accounts, which name themselves.
 */
export function aggregateReason(text: string, raw: string = text): string | null {
	const head = text.slice(0, 6000);
	if (!AREA_COUNT.test(head) && !GRADE_TALLY.test(head)) return null;
	if (namesReportEarly(raw) || carriesReport(text, 0)) return null;
	return '不是绩效评价报告：是关于一个地区绩效评价工作的文章（统计全地区的项目、单位或各等级的个数），不是某个项目或单位的评价 (not an evaluation report: a text on the evaluation work of a whole area — counting its projects, units or grades — not the evaluation of one project or unit)';
}

/** An attachment line naming a report ("附件1:2023年度…绩效评价报告.pdf"). */
const REPORT_ATTACHMENT = /(?:^|\n)[ \t]*附件\s*\d{1,2}\s*[:：.、．]?[^\n]{4,80}(?:报告|自评表|评价表|评分表)(?:\.(?:pdf|docx?|xlsx?|wps|ofd))?[ \t]*(?=\n|$)/g;

/**
 * Why a notice that publishes reports as attachments, without their text, is no report, or null: with its attachment
 * lines taken out, the text carries no report and no figure of an evaluation (a score, a rate, an indicator).
 */
export function attachmentsReason(text: string): string | null {
	const items = text.match(REPORT_ATTACHMENT)?.length ?? 0;
	if (items < 2) return null;
	const rest = text.replace(REPORT_ATTACHMENT, '\n');
	if (carriesReport(rest, 0) || namesReportEarly(rest)) return null;
	if (/\d\s*分|执行率|三级指标|绩效指标|实际完成值|自评等级|评价等级/.test(rest)) return null;
	return '不是绩效评价报告：是以附件发布评价报告的公告，正文中没有报告本身 (not an evaluation report: a notice publishing reports as attachments, whose text carries none of them)';
}

/** Words of an evaluation's own frame: a score, a grade, a conclusion, an indicator table, the form's name. */
const EVALUATION_FRAME =
	/自评得分|评价得分|综合得分|自评总分|绩效自评|绩效评价|自评表|评价等级|自评等级|评价结论|自评结论|三级指标|年度指标值|实际完成值|评分表|得分情况|自评情况/;

/**
 * A text that never speaks of evaluating (no 绩效 / 评价 / 自评 / 评分 / 考评 in its head, and no score, grade, conclusion or
 * indicator table anywhere): whatever its figures, it evaluates nothing. None of the reports of the developed sets is
 * such a text (0 of 737); among their non-reports, 19 of 146 are.
 */
export function noEvaluationReason(text: string): string | null {
	if (EVALUATION_FRAME.test(text) || /绩效|评价|自评|评分|考评|績效|評價|自評/.test(text.slice(0, 300))) return null;
	return '不是绩效评价报告：全文没有评价的内容（无绩效、评价、得分、等级或指标表） (not an evaluation report: the text speaks of no evaluation — no performance, evaluation, score, grade or indicator table)';
}
