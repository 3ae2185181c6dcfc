/**
 * Figures stated in prose, e.g. "召开“三会一课”390次", "（1）数量指标：慰问覆盖率 100%", "X目标值≥300人次，
 * 实际完成值320人次", labelled by the nearest 数量指标 / 社会效益 / 产出方面 … label. An indicator is a
 * target or result of the evaluated project: background sections (基本情况, 项目概况, 单位概况 …), page
 * furniture (breadcrumbs, 索引号, 发布日期, 分享到 …) and head or office counts are not read.
 */
import { meets, parseMeasure, scanQuantities, type FoundQuantity } from '../numbers';
import { levelsOf, pairedLevels } from '../levels';
import { headingTitle, isHeading, type Line } from '../structure';
import { isBackgroundTitle, isFurniture, sq, type RawIndicator } from './shared';
import {
	cleanName,
	COUNT_UNITS,
	LABEL,
	LABEL_ONLY,
	LABEL_TAIL,
	lastDelim,
	nameBefore,
	QUAL,
	QUAL_END,
	sentenceOf,
	sharesRun,
	SKIP_NAME,
	BUDGET_RATE_NAME,
	standardsOf,
	TA,
	TA_CLAUSE,
	TRAIL,
	VERB_END,
	type Standard
} from './narrative-words';

type Levels = { level1: string | null; level2: string | null };

/** State carried from line to line. */
interface Walk {
	headL1: { level1: string; rank: number } | null;
	/** A level-2 heading alone on its line ("(1)数量指标。"): the level of the paragraphs below it, until the next heading of its rank. */
	headL2: { level1: string | null; level2: string; rank: number } | null;
	carry: Levels | null;
	/** Inside a target table with its scoring bands ("绩效标准 | 优 | 良 | 中 | 差"): its rows are no results. */
	bands: boolean;
	/** Inside a background section (its heading's rank). */
	background: { rank: number } | null;
	/** Inside a 绩效目标 section: its figures are targets (its heading's rank). */
	targets: { rank: number } | null;
	/** Inside a section of problems or next steps (its heading's rank): a figure there needs its target to be an indicator. */
	findings: { rank: number } | null;
}

/** One line being read: its body after a level label, the levels, and where rows go. */
interface LineCtx {
	l: Line;
	body: string;
	bodyStart: number;
	level1: string | null;
	level2: string | null;
	labels: string[];
	labelled: boolean;
	/** The item's own name when the line opens with it as a label ("（1）走访退役军人：实际走访336人"). */
	itemName?: string;
	/** The item's label has named a figure of this line already. */
	itemNamed?: boolean;
	inTargets: boolean;
	/** In a problems / next-steps section: a figure without a target is a detail of the problem, not a result. */
	inFindings: boolean;
	out: RawIndicator[];
	seen: Set<string>;
	warnings: Set<string>;
	standards: Standard[];
}

/**
 * Head counts, offices, villages, the projects a fund is split into: background figures, not results ("在职人员246人",
 * "内设机构8个", "其中产业项目3个,预算资金…").
 */
const BACKGROUND_NAME =
	/^(?:现有|共有|全局|全单位|本单位|单位|其中|核定|全街|全镇|中心|局|站|所|院|馆|队|机关|部门|本部门|本中心|本局)?(?:在职|在编|编制|实有人数|离退休|退休|内设|下设|下辖)|(?:编制数?|在职人员|在编人员|实有人数|离退休人员|退休人员|内设机构|股室|科室|处室|二级单位|下属单位|行政村|自然村|村民小组|常住人口|户籍人口|总人口|职工人数|干部职工)$|(?:涉及|覆盖|分布在?)[^，。]{0,20}等$|^其中[\u4e00-\u9fff]{0,10}项目$|报告[（(]通用|范文|(?:抽样测算|抽样调查|抽样|随机抽取|随机抽查|发放问卷|回收问卷)$/;

/** A section that sets the targets ("（三）绩效目标", "年度绩效目标"). */
const TARGET_TITLE =
	/^(?:资金及|项目资金及|部门整体支出|部门整体|整体支出|部门|单位)?(?:项目)?(?:年度)?(?:绩效)?(?:目标|目标设定|绩效目标|预期目标)(?:设定)?(?:情况)?$/;

/** A sentence that states the targets: "绩效目标是硬化村内道路4.5公里、安装路灯120盏". */
// (…or a sentence that opens with the plan: "我镇计划在某村新建大棚12栋,配套喷淋设施1套,年养菌能力达到30万袋" — every figure in it)
const TARGET_LEAD =
	/(?:绩效目标|年度目标|预期目标|目标任务|计划目标)(?:是|为|：|:)|^\s*(?:我[\u4e00-\u9fff]{1,2}|本(?:单位|项目|年度)|该项目|项目)?(?:年初|年度)?(?:计划|拟)(?=[\u4e00-\u9fff])|^[^。；，,]{0,30}?项目(?:年初|年度)?计划(?=[\u4e00-\u9fff])/;

/** A label inside a background paragraph that opens the results: "合同考核指标完成情况:", "绩效目标完成情况：". */
const RESULTS_LEAD = /(?:考核指标|绩效指标|绩效目标|目标任务)(?:完成|实现)情况[:：]/;

/** A target and its result side by side: "目标≥40个,实际建成31个", "目标值=100%，实际96%". */
const PAIRED_RESULT = /目标值?(?:为)?\s{0,2}(?:[≥≤=＝<>]|不少于|不低于|不超过|不高于)\s{0,2}\d[^，,。；;]{0,12}[，,]\s{0,2}实际/g;

/** Where a background line's results begin: the sentence of its first target paired with a result, when it pairs two or more. */
function pairedResults(text: string): { index: number; 0: string } | null {
	const all = [...text.matchAll(PAIRED_RESULT)];
	if (all.length < 2) return null;
	const at = all[0].index!;
	const stop = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf(';', at));
	return { index: stop + 1, 0: '' };
}

/** A figure written as a target: "不少于90个", "不低于95%", "≥300人次". */
const TARGET_WORDS = /^(?:不少于|不低于|不超过|不高于)/;
/**
 * What follows a target figure as its result: the next figure, right away or after "，已完成/建成", "，实际", "，达到",
 * "，(抽样)调查结果为", "，实际更换" (实际 and the verb; group 1 the words, 2 the figure). A figure named as the target
 * ("，达到90%以上的目标") is none.
 */
const DONE_AFTER =
	/^\s{0,2}([，,]\s{0,2}(?:(?:已|实际|共|累计|全年)?(?:完成|实现|建成)了?|实际(?:达到|值为?|为|[\u4e00-\u9fff]{1,4}?)?|达到了?|(?:抽样|入户|问卷|现场|随机)?(?:调查|测评)结果(?:为|是)?|(?:问卷|抽样)(?:调查|测评|统计)(?:结果)?(?:为|是))\s{0,2}[：:]?\s{0,2})?([-+]?\d[\d,]*(?:\.\d+)?\s{0,2}(?:%|‰|[\u4e00-\u9fff]{1,4})?)(?!\s{0,2}(?:以上|以下)?\s{0,2}的?(?:年度|全年|预期|绩效)?(?:目标|计划|指标))/;

/** A figure's name that opens with the plan ("年初计划改造户厕"): the figure is the target. */
const PLAN_LEAD =
	/^(?:全镇|全乡|全县|全区|全市|我镇|我乡|我局|本年|当年|项目|[\u4e00-\u9fff]{1,3}(?:合计|共|累计))?(?:(?:年初|原|年度|全年)?计划|(?:年初|年度)(?:设定|确定)了?)(?=[\u4e00-\u9fff]{2})(?!内|外|生育|单列|总投资|投资|资金|完成率|执行率)/;

/** A level-2 label run into its indicator's name ("数量指标改造老果园1500亩"), or before it with a comma ("数量指标,建设…目标…"). */
const RUN_LEVEL2 =
	/^\s*(?:其中)?((?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)指标)(?:[，,](?=[^，,。；;]{2,40}?(?:目标|计划|指标值)))?(?![:：。．.，,\s])(?=[\u4e00-\u9fff]{2})/;

/** Where a part of a paragraph opens with its own level label, after a full stop or semicolon ("；质量指标："). */
// (…or a level-2 label run into its indicator's name after a clause stop: "…；质量指标高接换头成活率95%")
const MID_LABEL =
	/(?<=[。；;])\s*(?=(?:(?:[（(]?\d{1,2}[)）.、]?|[（(][一二三四五六七八九十]{1,2}[)）])\s*)?[\u4e00-\u9fff]{2,8}(?:指标\s*[:：。]|方面\s*[:：。,，]))|(?<=[。；;]|其中)\s*(?=(?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)指标[，,]?[\u4e00-\u9fff]{2})|(?<=[:：])\s*(?=[（(]?\d{1,2}[)）]\s*(?:产出|效益|效果|满意度|成本)指标\s*[:：])/g;

/** Where a paragraph's counted item starts, after a colon or a clause stop: "…四项:一是…;二是…". */
// (…or numbered items run on after a semicolon, each with its own label: "1.甲:目标≥86座;2.乙:目标≥4次")
const ENUMERATED =
	/(?<=[：:；;。])\s*(?=[一二三四五六七八九十]是[\u4e00-\u9fff])|(?<=[；;])\s*(?=(?:\d{1,2}[.、．]|[①-⑳])[\u4e00-\u9fff“][^；;。:：\n]{1,24}[:：])/g;

/**
 * A section of problems, suggestions or next steps ("五、存在的问题", "六、下一步工作打算", "改进措施"), not the central
 * template's "偏离绩效目标的原因和下一步改进措施", where results short of their targets are told.
 */
const FINDINGS_TITLE =
	/^(?:[\u4e00-\u9fff]{0,6})?(?:存在的?(?:主要)?问题|主要问题|问题(?:及|和|与)?(?:原因|建议|整改|改进)?|下一步(?:工作)?(?:打算|计划|措施|安排|思路)|(?:改进|整改)(?:措施|建议|意见)|(?:意见|有关|相关|工作)?建议|不足(?:之处)?)(?:[\u4e00-\u9fff、及和与]{0,12})$|^(?:主要|工作|典型)?经验(?:做法|总结|启示)?$/;
const isFindingsTitle = (t: string) => t.length <= 24 && FINDINGS_TITLE.test(t) && !/目标|指标|偏离|完成|结论|得分/.test(t);

/** A section on how the evaluation was done ("绩效自评工作开展情况", "评价工作实施情况", "评价方式方法"). */
const PROCESS_TITLE =
	/^(?:绩效)?(?:自评|评价)工作(?:的)?(?:开展|实施|组织)?(?:情况|过程)?$|^(?:绩效)?(?:自评|评价)(?:开展|实施|组织)(?:情况|过程)$|^(?:评价|自评)(?:方式|方法|方式方法|组织方式)$/;

/** A name that ends in a conjunction, or is only a verb and a scope: the figure's noun came after it. */
// (a noun that ends in one of them is no conjunction: 参与, 普及, 饱和; 涉及 is a verb and still cuts)
// (…nor a unit's scope before the places it serves: "中心承担全市 | 6个镇")
const CUT_NAME =
	/(?:(?<![总饱温缓平调柔])和|(?<!普)及|(?<![参给授])与|、)$|^(?:完成|实现|覆盖|惠及|涉及)?(?:全区|全县|全镇|全乡|全市|全街道?|全旗)$|(?:承担|服务|负责|覆盖)(?:全区|全县|全镇|全乡|全市|全街道?|全旗|辖区)$/;

/** Headings set the level-1 context and open or close a background section. */
function onHeading(l: Line, w: Walk): void {
	if (l.rank === 0) {
		// an unnumbered heading line such as "项目概况" or "单位基本情况："
		const t = l.text.trim().replace(/[：:]$/, '');
		// (a line led by a level's label, "产出指标:开展培训,目标≥24期,…", is the results, whatever section came before)
		if (/^(?:产出|效益|效果|满意度)指标[：:]/.test(t)) w.background = null;
		if (t.length > 14 || /[，,。；;\d]/.test(t)) return;
		if (isBackgroundTitle(t)) w.background = { rank: 1 };
		else if (/绩效|目标|指标|完成|产出|效益|实施|评价|结论|问题|建议|措施/.test(t)) w.background = null;
		if (isFindingsTitle(t)) w.findings = { rank: 1 };
		else if (/绩效|目标|指标|完成|产出|效益|实施|评价|结论|情况/.test(t)) w.findings = null;
		// a level-1 label alone on its line ("产出指标:") holds for the items below it, until the next section
		const lv = /[：:]\s*$/.test(l.text) || /指标$/.test(t) ? levelsOf(t) : null;
		if (lv?.level1 && !lv.level2) w.headL1 = { level1: lv.level1, rank: 2 };
		// (…and so does one with its verdict after it, "产出指标全部完成", "满意度指标高于预期")
		const verdict = /^((?:产出|效益|效果|满意度)指标)[\u4e00-\u9fff]{2,8}$/.exec(t);
		const vl = verdict && !lv ? levelsOf(verdict[1]) : null;
		if (vl?.level1 && !vl.level2) {
			w.headL1 = { level1: vl.level1, rank: 2 };
			w.headL2 = null;
		}
		return;
	}
	if (!isHeading(l)) return;
	const title = headingTitle(l);
	// ("(一)项目主要产出", "(三)项目满意度": the level named with the words of a report's section)
	const base = title.replace(/[（(].*$/, '').replace(/^(?:项目)?(?:主要)?(?=(?:产出|效益|效果|满意度)$)/, '');
	const lv = levelsOf(base);
	// "2.1 产出指标(数量指标)": the level-2 in brackets after the level-1 holds too
	const bracketed = base.length <= 10 ? /^[（(]([\u4e00-\u9fff]{2,14})[)）]$/.exec(title.slice(base.length)) : null;
	const pair = bracketed ? pairedLevels(base, bracketed[1]) : null;
	// (a part's weight and points after its title, "(三)产出(30分,自评得分27分)", leave it a level heading)
	const scored = base.length <= 10 && /^[\u4e00-\u9fff]{2,10}[（(]\s*\d{1,3}(?:\.\d+)?\s*分[^)）]{0,16}[)）]\s*$/.test(l.body.trim());
	// "2.满意度:…" or "(2)满意度(15分)" under a 效益 / 效果 heading: the older scheme's level-2 满意度, its level-1 kept
	if (lv?.level1 === '满意度' && !lv.level2 && w.headL1?.level1 === '效益' && l.rank > w.headL1.rank && (title.length <= 10 || scored)) {
		w.headL2 = { level1: '效益', level2: '满意度', rank: l.rank };
		finishHeading(w, l, title);
		return;
	}
	// "(一)产出指标 … (二)成本指标 … (三)效益指标": a 成本 heading at the rank of the level-1 headings is the newer form's
	// level-1 成本, not the level-2 under 产出
	if (lv?.level2 === '成本' && !pair && title.length <= 10 && w.headL1 && w.headL1.rank === l.rank && w.headL1.level1 !== '成本') {
		w.headL1 = { level1: '成本', rank: l.rank };
		w.headL2 = null;
		finishHeading(w, l, title);
		return;
	}
	if (lv && lv.level1 && (title.length <= 10 || pair || scored) && !lv.level2) w.headL1 = { level1: lv.level1, rank: l.rank };
	else if (w.headL1 && l.rank <= w.headL1.rank) w.headL1 = null;
	if (pair) {
		w.headL2 = { ...pair, rank: l.rank };
		finishHeading(w, l, title);
		return;
	}
	// "(1)数量指标。" with nothing after it on its line
	// (a report's own section on its targets, "(三)绩效目标", or on its management, is no level of the figures under it)
	const governance = !!lv?.level2 && /^(?:项目立项|立项|绩效目标|资金投入|资金管理|资金落实|组织实施|财务管理|业务管理|项目管理)$/.test(lv.level2);
	const alone =
		lv?.level2 &&
		!governance &&
		(title.length <= 10 || scored) &&
		(l.body.replace(/[。.：:；;\s]+$/, '').trim() === title || (scored && l.body.trim().startsWith(base) && l.body.trim().length <= title.length + 2));
	if (alone) w.headL2 = { level1: lv.level1 ?? w.headL1?.level1 ?? null, level2: lv.level2!, rank: l.rank };
	else if (w.headL2 && l.rank <= w.headL2.rank) w.headL2 = null;
	finishHeading(w, l, title);
}

/** What every heading does to the sections it opens or ends: background, findings, targets. */
function finishHeading(w: Walk, l: Line, title: string): void {
	// every heading ends a background section; a background heading opens one (so does the evaluation's own
	// procedure, "二、绩效自评工作开展情况": its figures count files checked and people asked)
	w.background = isBackgroundTitle(title) || PROCESS_TITLE.test(title) ? { rank: l.rank } : null;
	if (isFindingsTitle(title)) w.findings = { rank: l.rank };
	else if (w.findings && l.rank <= w.findings.rank) w.findings = null;
	if (TARGET_TITLE.test(title) && !/完成|实现|分析|评价/.test(title)) w.targets = { rank: l.rank };
	else if (w.targets && l.rank <= w.targets.rank) w.targets = null;
}

/** A labelled list wrapped mid-sentence (after ；，、：) keeps its label on the next line(s). */
function inheritedLabel(lines: Line[], i: number, w: Walk): Levels | null {
	const l = lines[i];
	const peek = LABEL.exec(l.body);
	const peekLv = peek ? levelsOf(peek[1].split(/及|和|与|、/)[0]) : null;
	let p = i - 1;
	if (p >= 0 && lines[p].text.trim() === '') p--;
	const inherited = !peekLv && w.carry && l.rank === 0 && p >= 0 && /[；;，,、：:]\s*$/.test(lines[p].text) ? w.carry : null;
	w.carry = peekLv ? { level1: peekLv.level1 ?? w.headL1?.level1 ?? null, level2: peekLv.level2 } : inherited;
	return inherited;
}

/** The line's own level label ("（1）数量指标：…"), taken off its body. */
function readLabel(c: LineCtx): void {
	// (a dash list's bullet, "- 数量指标:…", is no part of the label)
	const bullet = /^\s*[-•·*]\s*(?=[\u4e00-\u9fff])/.exec(c.body);
	if (bullet) {
		c.body = c.body.slice(bullet[0].length);
		c.bodyStart += bullet[0].length;
	}
	// "1.树仔菜种植基地面积。年度目标≥600亩,实际完成612亩": the item's name closed by a full stop, its target opening the
	// next sentence, is the label "name：" (same length, so offsets hold); a heading (…指标。, …情况。) is no name
	const stopped =
		/^(\s*(?:[（(]?\d{1,2}[)）.、．]\s*)?[\u4e00-\u9fff“”]{2,24})。(?=(?:年度|年初|全年)?(?:目标值|目标|指标值|计划值)(?:为|是|：|:)?\s{0,2}(?:[≥≤>＞<＜]|不少于|不低于|不超过|不高于)?\s{0,2}\d)/.exec(
			c.body
		);
	if (stopped && !/(?:指标|情况|目标|方面)$/.test(stopped[1])) c.body = `${stopped[1]}：${c.body.slice(stopped[0].length)}`;
	// "产出指标。数量指标：…": a level-1 heading run into its first level-2 label
	// "产出指标全部完成，培训…": a level-1 label whose verdict opens the sentence of its figures
	// (…or a paragraph led by its level's targets, "产出目标。加装扶手目标≥120个单元,…": the level 产出)
	const lead = /^((?:产出|效益|效果|满意度)目标)[。．]\s*(?=[\u4e00-\u9fff])/.exec(c.body);
	if (lead) {
		c.level1 = levelsOf(lead[1].replace(/目标$/, '指标'))?.level1 ?? c.level1;
		c.body = c.body.slice(lead[0].length);
		c.bodyStart += lead[0].length;
	}
	// "(1)数量指标 馆藏档案扫描页数,目标值≥60万页,…": a level-2 label set off by a space, the item's name and target after it
	const spaced =
		/^\s*(?:[（(]?\d{1,2}[)）.、．]\s*)?((?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)指标)[ \t\u3000]+(?=[\u4e00-\u9fff“][^，,。；;:：\n]{1,30}?(?:[，,]\s*)?(?:年度|年初|全年)?(?:目标值?|指标值|计划值?)(?:为|是|：|:)?\s{0,2}(?:[≥≤>＞<＜=]|不少于|不低于|不超过|不高于|\d))/.exec(
			c.body
		);
	const sl = spaced ? levelsOf(spaced[1]) : null;
	if (spaced && sl?.level2) return takeLabel(c, spaced[0].length, sl.level1 ?? c.level1, sl.level2);
	const head = /^([\u4e00-\u9fff]{2,7}指标)(?:[。．.]|\s+(?=[\u4e00-\u9fff])|(?:全部|均已|均|已|基本)?(?:完成|达成|实现)(?:预期|目标)?[，,])\s*/.exec(c.body);
	const hl = head ? levelsOf(head[1]) : null;
	if (head && hl?.level1 && !hl.level2) {
		c.level1 = hl.level1;
		c.body = c.body.slice(head[0].length);
		c.bodyStart += head[0].length;
	} else if (head && hl?.level2 && /^[\u4e00-\u9fff]{2,7}指标[。．.]/.test(head[0])) {
		// "(1)数量指标。新建旅游厕所,指标值3座,…": a level-2 label closed by a full stop, its items after it
		// (…"服务对象满意度指标。商户满意度目标≥90%,…" too)
		return takeLabel(c, head[0].length, hl.level1 ?? c.level1, hl.level2);
	}
	// "产出指标(数量指标):…", "产出指标(数量):…", "产出指标—数量指标:…", "产出指标:数量指标:…": both levels in one label
	const combo =
		/^\s*((?:产出|效益|效果|满意度|成本|决策|过程|管理)指标)\s*(?:[（(]([\u4e00-\u9fff]{2,10}?)(?:指标)?[)）]|[—–-]{1,2}\s*([\u4e00-\u9fff]{2,10}?)指标|[:：]\s*([\u4e00-\u9fff]{2,8}?)指标)\s*[:：]/.exec(
			c.body
		);
	const pair = combo ? pairedLevels(combo[1], combo[2] ?? combo[3] ?? combo[4]) : null;
	if (combo && pair) return takeLabel(c, combo[0].length, pair.level1, pair.level2);
	// "产出指标(睦邻点数量):目标≥24个,实际24个": a level-1 label with the indicator's own name in its brackets
	const named = /^\s*((?:产出|效益|效果|满意度|成本)指标)\s*[（(](?=([^（）()\n:：]{2,30})[)）]\s*[:：])/.exec(c.body);
	const nl = named && !levelsOf(named[2]) && !levelsOf(`${named[2]}指标`) ? levelsOf(named[1]) : null;
	if (named && nl?.level1 && !nl.level2) {
		takeLabel(c, named[0].length, nl.level1, null);
		// (the bracket closed and the colon after it read as the name's own colon; same length, so offsets hold)
		c.body = c.body.replace(/^([^（）()\n:：]{2,30})[)）](\s*)[:：]/, (_, n: string, sp: string) => `${n}：${sp} `);
		return;
	}
	// "数量指标改造老果园1500亩,完成1580亩": a level-2 label run into the name of its indicator, no stop between
	// (…or a comma: "数量指标,建设基地目标≥500亩,实际完成520亩")
	const run = RUN_LEVEL2.exec(c.body);
	const rl = run ? levelsOf(run[1]) : null;
	if (run && rl) return takeLabel(c, run[0].length, rl.level1 ?? c.level1, rl.level2);
	const lm = LABEL.exec(c.body);
	if (!lm) return;
	c.labelled = true;
	const raw = lm[1] + (lm[2] ?? '');
	// "(7)绩效目标和指标:①甲:目标值≥24场": a list's heading before its first numbered item, no level: the item's own label reads on
	const rest = c.body.slice(lm[0].length);
	if (
		/^(?:年度)?绩效(?:目标|指标)(?:[和及](?:目标|指标))?$/.test(raw) &&
		/^\s*(?:[①-⑳]|\d{1,2}[.、．]|[（(]\d{1,2}[)）])\s*[\u4e00-\u9fff“”]{2,24}?\s*[:：]/.test(rest)
	) {
		c.body = rest;
		c.bodyStart += lm[0].length;
		return readLabel(c);
	}
	const parts = raw.split(/及|和|与|、/).filter(Boolean);
	const found = parts.map((p) => levelsOf(p)).filter((x): x is NonNullable<ReturnType<typeof levelsOf>> => !!x);
	if (found.length) {
		c.labels = parts;
		// "3.满意度:" in a list of level-2 labels under a 效益 / 效果 heading ("1.经济效益: … 2.社会效益: … 3.满意度:"): the
		// older scheme's level-2 满意度 under its level-1, as the text places it
		const under =
			c.level1 === '效益' && found[0].level1 === '满意度' && !found[0].level2 && /^\s*\d{1,2}[.、．]\s*$/.test(c.l.text.slice(0, c.bodyStart - c.l.start));
		// "(三)满意度指标" / "满意度指标:企业满意度92%": the level-1 label again under its own heading stands for the form's
		// level-2 cell of the same name ("满意度指标 | 满意度指标 | …"), the standard's 服务对象满意度
		const again =
			c.level1 === '满意度' &&
			found[0].level1 === '满意度' &&
			!found[0].level2 &&
			parts.length === 1 &&
			/^满意度指标$/.test(raw) &&
			!RUN_LEVEL2.test(c.body.slice(lm[0].length));
		c.level1 = under ? '效益' : (found[0].level1 ?? c.level1);
		c.level2 = under ? '满意度' : again ? '服务对象满意度' : found[0].level2;
	} else if (/(?:效益|效果|影响)(?:指标|类指标|类)?$/.test(lm[1]) && lm[1].length <= 6) {
		// A label outside the report's own scheme: take the level of the standard with the same wording
		const st = c.standards.find((s) => sharesRun(sq(c.body.slice(lm[0].length)), s.text, 10));
		const lv = st ? levelsOf(st.label) : null;
		if (lv) {
			c.level1 = lv.level1;
			c.level2 = lv.level2;
		}
	} else {
		// an indicator's own name as the item's label: its figure's words after 实际 are no name of their own
		if (!lm[2] && lm[1].length >= 4) c.itemName = lm[1];
		return;
	}
	c.body = c.body.slice(lm[0].length);
	c.bodyStart += lm[0].length;
	level2After(c);
}

/** "产出指标方面:数量指标,建设基地目标≥500亩,…": a level-2 label of the level-1 label's own scheme right after it. */
function level2After(c: LineCtx): void {
	if (!c.level1 || c.level2) return;
	// (…its "方面:" left behind by a label read without it)
	const r2 = RUN_LEVEL2.exec(c.body.replace(/^方面\s*[:：]/, (m) => ' '.repeat(m.length)));
	const lv = r2 ? levelsOf(r2[1]) : null;
	if (r2 && lv && lv.level2 && (lv.level1 ?? c.level1) === c.level1) takeLabel(c, r2[0].length, c.level1, lv.level2);
}

/** A label that gives the part its levels: the levels set, the label cut from the body. */
function takeLabel(c: LineCtx, len: number, level1: string | null, level2: string | null): void {
	c.level1 = level1;
	c.level2 = level2;
	c.labelled = true;
	c.body = c.body.slice(len);
	c.bodyStart += len;
	level2After(c);
}

/** "X目标值≥3820册，实际完成值2350册": one indicator with target and actual. Returns the spans used. */
function pairs(c: LineCtx): [number, number][] {
	const covered: [number, number][] = [];
	if (
		!c.body.includes('实际') &&
		!c.body.includes('完成值') &&
		!/(?:完成|建成)\s{0,2}\d|结果为|结果\s{0,2}\d|核查|抽查|实测|(?:调查|测评|统计)(?:为|是)/.test(c.body)
	)
		return covered;
	const found: RegExpExecArray[] = [];
	for (const re of [TA_CLAUSE, TA]) {
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(c.body))) if (!found.some((f) => m!.index < f.index + f[0].length && f.index < m!.index + m![0].length)) found.push(m);
	}
	found.sort((a, b) => a.index - b.index);
	for (const t of found) {
		let name = cleanName(t[1].replace(/^.*[（(]\d{1,2}[）)]/, ''));
		// ("目标控制在3元以内": the figure the cost is held to, written from its figure)
		let target = t[2].replace(/^控制(?:在|于)\s{0,2}(?=[≥≤]?\s{0,2}\d)/, '');
		// "年度目标为修复路面坑槽9000平方米以上，实际修复8640平方米": the name is written inside the target, before its figure
		const inside = /^(?:年度|年初|全年|绩效)?$/.test(name.replace(/^\d{1,2}[.、．]?/, ''))
			? /^([\u4e00-\u9fff“”（）()、]{2,30}?)([≥≤]?\d.*)$/.exec(target)
			: null;
		if (inside) [name, target] = [cleanName(inside[1]), inside[2]];
		// "研学接待:目标接待中小学生研学3000人次": what is to be done, before the target's figure, is no part of it
		// (a direction or a bound is: "提高≥10%", "控制在5%以内", "不少于", "达到")
		else {
			const what = /^([\u4e00-\u9fff]{2,16}?)(?=[≥≤]?\s{0,2}\d)/.exec(target);
			if (
				what &&
				!/提高|提升|降低|下降|增长|增加|减少|缩短|压缩|控制|不少于|不低于|不超过|不高于|不大于|不小于|达到|达|超过|低于|高于|大于|小于|约|近|每|年|月|第|前|内/.test(
					what[1]
				) &&
				parseMeasure(target.slice(what[0].length)).value !== null
			)
				target = target.slice(what[0].length);
		}
		if (name.length < 2 || SKIP_NAME.test(name)) continue;
		// (a figure spaced off its unit, "实际配备 318 名", keeps the unit)
		let actualRaw = t[3].replace(/(?<=\d)\s(?=[\u4e00-\u9fff])/g, '').replace(/\s+[\u4e00-\u9fff].*$/, '');
		// the year before's figure in brackets after the result ("22个（上年新建18个）") is no part of it
		actualRaw = actualRaw.replace(PRIOR_NOTE, '');
		// "实际128个（分值20分，得20分）": the row's weight and points in brackets after its result
		const noteAt = t.index + t[0].length - t[3].length;
		// (…or in a clause of their own after it: "实际完成11.3公里;分值10分,得9.4分。")
		const scored = SCORE_NOTE.exec(c.body.slice(noteAt, noteAt + 60)) ?? SCORE_CLAUSE.exec(c.body.slice(noteAt, noteAt + 60));
		// "…，实际完成值1620亩，自评得分20分；": the row's points alone, closing its clause
		const pointsOnly = scored ? null : POINTS_AFTER.exec(c.body.slice(t.index + t[0].length, t.index + t[0].length + 20));
		if (scored) actualRaw = actualRaw.replace(/\s*[（(]\s*(?:分值|权重|满分).*$/, '');
		// "实际补贴机具1462台(套)": the indicator's own words before the figure are its name again, not its value
		const again = /^([\u4e00-\u9fff]{2,12}?)(?:为|是|达到|[:：])?(?=[≥≤]?\s{0,2}\d)/.exec(actualRaw);
		// (…or words ending as the name does: "农户满意度" … "实际调查满意度88%")
		if (again && (name.includes(again[1]) || (again[1].length >= 3 && name.endsWith(again[1].slice(-3))))) actualRaw = actualRaw.slice(again[0].length);
		// "实际开展4次", "实际平均6个工作日", "实际日均248吨": what was done, or an average's word, before the figure is no part of it
		// (a bound or an approximation is: 约, 超过, 不足, 达, 近 …)
		// "抽查果园实际为6.2%", "按抽查地块测算实际为320元", "实际调查结果为94%": how the result was found, before its figure
		const found = /^[\u4e00-\u9fff、，,]{0,24}?(?:实际|结果|测算|核算)(?:值|数)?(?:为|是|达到?)\s{0,2}(?=[≥≤]?\s{0,2}\d)/.exec(actualRaw);
		if (found && parseMeasure(actualRaw.slice(found[0].length)).value !== null) actualRaw = actualRaw.slice(found[0].length);
		const verb = /^([\u4e00-\u9fff]{1,4}?)\s?(?=\d)/.exec(actualRaw);
		if (
			verb &&
			// (the highest or lowest of several, "实际最高20万元" against a cap, is the result as written)
			// (…and so is a day's, "实际每日14小时" against "≥12小时", unless the target has it too: "每日≥1次" … "每日1次")
			(!/约|超|不足|达|近|逾|低|高|不到|仅|多|余|第|前|后|每|下降|减少|降低|增长|增加|提升/.test(verb[1]) ||
				/^(?:最高|最低)$/.test(verb[1]) ||
				(/^(?:每日|每天)$/.test(verb[1]) && !/^(?:每日|每天)/.test(target))) &&
			parseMeasure(actualRaw.slice(verb[0].length)).value !== null
		)
			actualRaw = actualRaw.slice(verb[0].length);
		// a date is a time, not an amount ("于2023年8月25日全部完工": the date is the result, with no value)
		const date = /(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/.exec(actualRaw);
		if (date) actualRaw = date[0];
		// (parseMeasure('') is the empty measure: no value, no unit)
		const tm = parseMeasure(/(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月/.test(target) ? '' : target);
		const am = parseMeasure(date ? '' : actualRaw);
		covered.push([t.index, t.index + t[0].length]);
		const l1 = c.level1 ?? (/满意度|满意率/.test(name) ? '满意度' : null);
		if (tm.approx || am.approx) c.warnings.add(`近似数值按约数记录 (approximate figure recorded as stated: ${sq(actualRaw)})`);
		c.out.push({
			level1: l1,
			level2: c.level2,
			name,
			target_text: sq(target),
			target_value: tm.value,
			actual_text: sq(actualRaw),
			actual_value: am.value,
			unit: am.unit ?? tm.unit,
			weight: scored ? Number(scored[1]) : null,
			points: scored ? Number(scored[2]) : pointsOnly ? Number(pointsOnly[1]) : null,
			achieved: tm.value !== null && am.value !== null ? meets(am.value, tm.value, tm.op) : null,
			origin: 'narrative',
			...sentenceOf(c.l, c.bodyStart + t.index, c.bodyStart + t.index + t[0].length)
		});
		c.seen.add('result|' + name + '|' + am.value + '|' + am.unit);
	}
	return covered;
}

/** Qualitative results under a label: "基层党组织战斗堡垒作用有效提升", "…为基本达成". */
function qualitative(c: LineCtx, covered: [number, number][]): void {
	if (!c.labelled || (!c.level1 && !c.level2)) return;
	let p = 0;
	for (const part of c.body.split(/[，,。；;、]/)) {
		const qm = QUAL.exec(part.trim());
		const off = c.body.indexOf(part, p);
		p = off + part.length;
		if (!qm || /\d/.test(part)) continue;
		if (covered.some(([a, b]) => off >= a && off < b)) continue;
		const name = cleanName(qm[1]);
		if (name.length < 2 || SKIP_NAME.test(name) || c.seen.has(name + '|null|null')) continue;
		c.seen.add(name + '|null|null');
		c.out.push({
			level1: c.level1,
			level2: c.level2,
			name,
			target_text: null,
			target_value: null,
			actual_text: qm[2],
			actual_value: null,
			unit: null,
			weight: null,
			points: null,
			achieved: null,
			origin: 'narrative',
			...sentenceOf(c.l, c.bodyStart + off, c.bodyStart + off + part.length)
		});
	}
}

/** The name of a prose figure: the clause before it, or the words after it after a verb ("发放…300册"). */
function figureName(body: string, prevEnd: number, at: number, qEnd: number): { name: string; next: number } | null {
	let name = nameBefore(body, prevEnd, at);
	// (the figure's qualifier, "95%以上", is the figure's, not the next words')
	const qual = /^(?:以上|以下|左右)/.exec(body.slice(qEnd, qEnd + 2))?.[0].length ?? 0;
	const afterText = body.slice(qEnd + qual, qEnd + qual + 48);
	// "3 个三级指标", "5 项指标" count indicators, they are not one
	if (/^\s*(?:[一二三]级)?指标/.test(afterText)) return null;
	const dn = afterText.search(/[，,。；;：:！？!?\n、]|\d/);
	// ("4个“两新”组织作为推行“第一书记”试点": what the figure counts, not the role it was chosen for)
	const following = cleanName((dn < 0 ? afterText : afterText.slice(0, dn)).replace(/^的/, '').replace(/(?<=^.{2,}?)作为.*$/, ''));
	let next = qEnd;
	const before = sq(body.slice(prevEnd, at));
	// a name that ends in an operator ("网格事件按时办结率≥") names the figure after it, never this one
	// a bracket after the figure ("1350人次（计划1200人次）") is a note on it, never its name
	// …and at the start of a clause, words that run straight into the next figure ("14个项目共带动农户3218人") name
	// that figure: this one is a count inside a phrase, no indicator
	const intoNext = dn >= 0 && /\d/.test(afterText[dn]);
	const bare = name.length <= 1 || VERB_END.test(before.replace(TRAIL, '') || '为') || VERB_END.test(before);
	if (intoNext && name.length === 0 && following.length >= 2) return null;
	// "并随机走访了32户种植户": the people a survey reached are a count of the evaluation's own work, no indicator
	if (/(?:随机|入户|实地|现场)?(?:走访|访谈|回访|抽查|询问|抽取|抽样调查|调查)了?$/.test(before.replace(TRAIL, '')) && following.length >= 2) return null;
	if (!/^\s*[（(]/.test(afterText) && following.length >= 2 && following.length <= 24 && !/[≥≤=<>＞＜≧≦]$/.test(following) && bare) {
		name = following;
		next = qEnd + qual + (dn < 0 ? afterText.length : dn);
	}
	if (name.length < 2) {
		// "…困难群众，约二百余人次": the figure's own clause is empty; take the clause before
		const d = lastDelim(body.slice(0, at).replace(/\s+$/, ''));
		if (d > 0) name = nameBefore(body, Math.max(prevEnd, 0), d);
	}
	// "结余10,800元系2名…": a name that opens inside a number written with a separator is no name
	if (/^\d/.test(name) && /\d,$/.test(body.slice(Math.max(0, at - name.length - 4), at - name.length))) return null;
	// "X有效提升、Y发生次数0次": the figure names Y only
	const dun = name.lastIndexOf('、');
	if (dun > 0 && QUAL_END.test(name.slice(0, dun))) name = name.slice(dun + 1);
	return { name, next };
}

/** A target from the report's own standard text that names the same thing. */
function standardTarget(standards: Standard[], name: string): { text: string; value: number | null } | null {
	for (const s of standards) {
		const idx = name.length >= 4 ? s.text.indexOf(name) : -1;
		if (idx < 0) continue;
		const pre = /(?:[≥≤>=<]|不低于|不少于|达到?)?\d+(?:\.\d+)?\s*(%|次|个|人次|名|场|期|件|册)?$/.exec(s.text.slice(0, idx));
		if (pre) return { text: pre[0], value: parseMeasure(pre[0]).value };
	}
	return null;
}

/** The words and signs that make a figure a bound ("≥90%", "不低于90%", "90%以上"). */
const BOUND = /[≥≤<>=＞＜]|不低于|不少于|不超过|不高于|以上|以下|以内|至少|最多/;

/** Units of time. */
const TIME_UNIT = /^(?:小时|个小时|天|日|个工作日|工作日|分钟|个月)$/;
/** A name that says it is a time limit or a time taken ("收集处理时限", "故障修复时间", "完工时间"). */
const TIME_NAME = /时限|时间|周期|用时|工期|时长/;

/**
 * A time bound written as a target with its result right after ("故障修复时间≤72小时,实际平均48小时"): read as a count is,
 * though hours and days alone are no count (a service "24小时" open, "3天" of training).
 */
function boundedTime(body: string, f: FoundQuantity): boolean {
	if (!/^(?:小时|个小时|天|日|个工作日|工作日|分钟|个月)$/.test(f.q.unit ?? '')) return false;
	if (!/(?:[≥≤<>＜＞]|不超过|不高于|不低于|不少于)\s{0,2}$/.test(body.slice(Math.max(0, f.index - 4), f.index))) return false;
	const after = /^\s{0,2}(?:以内|以上)?[，,]\s{0,2}实际(?:平均|完成|用时|耗时)?(?:为)?\s{0,2}\d[\d.]*\s{0,2}(小时|个小时|天|日|个工作日|工作日|分钟|个月)/.exec(
		body.slice(f.end)
	);
	return !!after && after[1] === f.q.unit;
}

/** Whether a figure is a count worth reading (a count unit, not a code, not a bare numeral in words). */
function countable(f: FoundQuantity, body: string): boolean {
	// "套(间)", "万吨/年": the measure word before a bracket or a "/" decides
	const unit = f.q.unit?.replace(/[(（].*$/, '').replace(/\/.*$/, '');
	if (!unit || !(COUNT_UNITS.has(unit) || (unit.length > 1 && unit.startsWith('万') && COUNT_UNITS.has(unit.slice(1))))) return false;
	if (!/\d/.test(f.number) && !/[十百千万]/.test(f.number) && !f.q.approx) return false;
	// "较目标低1个百分点": a difference of rates, not a count of 个
	if (body.startsWith('百分点', f.end)) return false;
	// "某某文博 2019年2期": a journal's issue, not a count of 期
	if (unit === '期' && /(?:19|20)\d{2}\s?年(?:第)?$/.test(body.slice(Math.max(0, f.index - 6), f.index))) return false;
	// digits glued to a letter, digit or "+" are a code or a chainage (K12+300), not a count
	return !/[A-Za-z\d.+]/.test(body[f.index - 1] ?? '');
}

/** Quote depth before each figure: a figure inside “…” or 《…》 is a slogan or a title. */
function quoteDepth(body: string): (at: number) => boolean {
	let pos = 0;
	let quote = 0;
	let book = 0;
	return (at: number) => {
		for (; pos < at; pos++) {
			const ch = body.charCodeAt(pos);
			if (ch === 0x201c) quote++;
			else if (ch === 0x201d) quote = Math.max(0, quote - 1);
			else if (ch === 0x300a) book++;
			else if (ch === 0x300b) book = Math.max(0, book - 1);
		}
		return quote > 0 || book > 0;
	};
}

/** A change written "由 X 降至 Y": the words between the two figures. */
const CHANGE_TO =
	/^\s{0,2}(?:降至|降低至|降低到|下降至|下降到|降到|减少到|减少至|提高到|提高至|提升到|提升至|增至|增加到|增加至|增长到|增长至|上升到|上升至)\s{0,2}/;

/** Words of a sentence about the evaluation work itself: how many projects were evaluated, with which results. */
/** A sentence on what the evaluators did: their sample, their questionnaires. */
const EVALUATORS_WORK = /评价组|评价小组|评价工作组|评价机构|我公司|发放(?:调查)?问卷|(?:收回|回收)(?:有效)?(?:调查)?问卷/;
const EVAL_COUNT = /开展了?(?:绩效)?(?:自评|评价)|自评覆盖|覆盖项目|(?:评价|自评)结果为[“"]?[优良中差]/;

/** The sentence of the body around an offset (between full stops or semicolons). */
function sentenceAround(body: string, at: number): string {
	const from = Math.max(body.lastIndexOf('。', at), body.lastIndexOf('；', at), body.lastIndexOf(';', at)) + 1;
	const ends = [body.indexOf('。', at), body.indexOf('；', at), body.indexOf(';', at)].filter((x) => x >= 0);
	return body.slice(from, ends.length ? Math.min(...ends) : body.length);
}

/** Figures with a count unit in the line's body, each named by its clause. */
function figures(c: LineCtx, covered: [number, number][], skipRanges: [number, number][]): void {
	let prevEnd = 0;
	// where the last result read here ends
	let lastResult = -1;
	const quoted = quoteDepth(c.body);
	const found = scanQuantities(c.body);
	for (let k = 0; k < found.length; k++) {
		let f = found[k];
		const at = f.index;
		// "热损失率由18%降至11%": the figure reached is the result, named by the clause before 由
		const change = CHANGE_TO.exec(c.body.slice(f.end, f.end + 8));
		if (change && found[k + 1]?.index === f.end + change[0].length && found[k + 1].q.unit === f.q.unit) {
			const from = f;
			f = found[++k];
			if (!countable(f, c.body) || quoted(at)) continue;
			const name = nameBefore(c.body, prevEnd, from.index).replace(/由$/, '');
			prevEnd = Math.max(f.end, push(c, name, f));
			continue;
		}
		// money is no count, unless a target in money follows it at once ("户均增收1,600元(目标≥1,500元)") and the
		// clause names a benefit, a sale or a cost per unit ("每亩建园补助"), not the budget or the spending
		// …or it is a written target with its result in money right after ("人均月服务费≤4200元,实际4150元")
		const money = money0(f) && (targetAfter(c.body, f) !== null || moneyTargetDone(c.body, f));
		if (money) {
			const fn0 = figureName(c.body, prevEnd, at, f.end);
			// (…or a spending a department's whole-budget report caps: "“三公”经费支出≤4.8万元,实际5.06万元", "公用经费支出24.73万元,
			// 目标不超过26万元")
			const capAfter = targetAfter(c.body, f);
			const capped = !!fn0 && COST_CAP.test(fn0.name) && (moneyTargetDone(c.body, f) || (!!capAfter && /^(?:[≤<＜]|不超过|不高于|控制在)/.test(capAfter.text)));
			// (…or the cost of one of what the project buys, "单家企业补助", "单处泉池修缮费用", or any figure under a 成本指标 label)
			const perUnit = !!fn0 && (c.level2 === '成本' || /^单(?:家|个|户|场|处|所|项|座|台|套|名|人|次|位|亩|村|只|头|件|辆|批|期|班)/.test(fn0.name));
			if (
				!fn0 ||
				(!capped &&
					(!(
						perUnit || /增收|收入|成本|单价|造价|标准|人均|户均|亩均|每[\u4e00-\u9fff]{1,4}$|^每[\u4e00-\u9fff]|销售额|营业额|产值|订单额|交易额/.test(fn0.name)
					) ||
						/预算|资金|支出|投资|拨付|结余|结转|经费/.test(fn0.name)))
			)
				continue;
		} else if (!countable(f, c.body) && !boundedTime(c.body, f)) {
			// a cost per unit stated alone, its target in one sentence ("单场展演成本不超过5000元") and its result in another
			// ("单场展演平均成本5,120元"): read, and kept only when the two pair up
			// (…and so is a time bound, "收集处理时限:≤24小时" … "收集处理时限实际24小时", named as a time limit is)
			const timed = TIME_UNIT.test(f.q.unit ?? '');
			let fn0 = money0(f) || timed ? figureName(c.body, prevEnd, at, f.end) : null;
			// (the item's label naming it when only a bound or the target word stands before the figure: "2、每头处理补助标准:不超过80元")
			if (fn0 && c.itemName && /^(?:年度|全年)?(?:目标值?|指标值|计划值?)?(?:为|是)?(?:不超过|不高于|不低于|不少于|[≥≤<>＜＞=]+)?$/.test(fn0.name))
				fn0 = { name: c.itemName + fn0.name, next: fn0.next };
			// (…or only the result's word: "3、每亩补贴标准:实际完成160元")
			else if (fn0 && c.itemName && /^(?:实际|全年)?(?:完成|达到)?(?:值)?(?:为)?$/.test(fn0.name) && fn0.name !== '')
				fn0 = { name: c.itemName, next: fn0.next };
			if (!fn0 || !(timed ? TIME_NAME.test(fn0.name) : costName(fn0.name)) || covered.some(([a, b]) => at >= a && at < b) || quoted(at)) continue;
			const absStart = c.bodyStart + at;
			if (skipRanges.some(([s, e]) => absStart >= s && absStart < e)) continue;
			const n0 = c.out.length;
			prevEnd = fn0.next;
			push(c, fn0.name, f);
			for (const r of c.out.slice(n0)) PAIR_ONLY.add(r);
			continue;
		}
		// a sentence that counts the evaluations themselves ("对全部127个项目开展了绩效自评,其中评价结果为优的112个"): no indicator
		if ((f.q.unit === '个' || f.q.unit === '项' || f.q.unit === '%') && EVAL_COUNT.test(sentenceAround(c.body, at))) continue;
		// …or the evaluators' own work ("评价组抽查工程24处，发放问卷400份，收回有效问卷386份"): no indicator of the project
		if (f.q.unit !== '%' && EVALUATORS_WORK.test(sentenceAround(c.body, at))) continue;
		if (covered.some(([a, b]) => at >= a && at < b)) {
			prevEnd = f.end;
			continue;
		}
		const absStart = c.bodyStart + at;
		if (skipRanges.some(([s, e]) => absStart >= s && absStart < e)) continue;
		if (quoted(at)) continue;
		if (explainsResult(c.body, covered, lastResult, at)) continue;
		const fn = figureName(c.body, prevEnd, at, f.end);
		if (!fn) {
			prevEnd = f.end;
			continue;
		}
		prevEnd = fn.next;
		const used = push(c, fn.name, f);
		lastResult = Math.max(f.end, used);
		// the target stated right after the result ("196家,年度目标180家") was read with it
		if (used > f.end) {
			prevEnd = Math.max(prevEnd, used);
			while (k + 1 < found.length && found[k + 1].index < used) k++;
		}
	}
}

/** A bracketed note of the year before's figure after a result: "（上年新建18个）", "(2024年620万元)". */
const PRIOR_NOTE = /\s*[（(][^（）()]{0,6}(?:上年|去年|上一年|同期|(?:19|20)\d{2}年)[^（）()]{0,16}[）)]$/;

/** A row's weight and points in brackets after its result: "（分值20分，得20分）", "(权重15分,得分13.5分)". */
const SCORE_NOTE = /^[^（(。；;\n]{0,24}[（(]\s*(?:分值|权重|满分)\s*(\d{1,2}(?:\.\d+)?)\s*分?\s*[，,、；;]\s*(?:得分|得)\s*(\d{1,2}(?:\.\d+)?)\s*分?\s*[)）]/;

/** …or in a clause of their own after it: "；分值10分，得9.4分。", "，权重15分，自评得分11.3分；". */
const SCORE_CLAUSE =
	/^(?:[^（(。；;，,\n]|(?<=\d),(?=\d)){0,24}[；;，,]\s{0,2}(?:分值|权重|满分)\s*(\d{1,2}(?:\.\d+)?)\s*分\s*[，,、]\s*(?:自评)?(?:得分|得)(?:为)?\s*(\d{1,2}(?:\.\d+)?)\s*分\s*(?=[；;。，,]|$)/;

/** A row's points after its result, closing the clause: "，自评得分20分；", "，得分16分。" (no weight written). */
const POINTS_AFTER = /^\s{0,2}[，,]\s{0,2}(?:自评)?得分(?:为)?\s{0,2}(\d{1,2}(?:\.\d+)?)\s{0,2}分\s{0,2}(?=[；;。，,]|$)/;

/** A list's number before a name ("1.接收进馆档案"); not a decimal's ("1.65岁以上…" keeps its figure). */
const LIST_NUMBER = /^(?:\d{1,2}[.、．]|[①-⑳])(?=[\u4e00-\u9fff])/;

/**
 * What a row's "name" is when the reader went astray, never an indicator: a score table's row glued together ("决策1513.5",
 * "合计40.0038.90"), an amount ("172.06万元", "剩余33.6万元因"), a footnote's text ("[2]质保金比例…"), a table of contents
 * ("…目录1.引言"), a page about reports ("…自评报告精品"), a notice's period ("公示期为2023年4月11日至4月17日"), a town
 * whose share is noted after it ("始阳镇(75万棒)得分94分").
 */
const NOT_A_NAME =
	/^(?:剩余|其中|另外?|此外|其余)$|^[\u4e00-\u9fff]{1,8}\d[\d.]{2,}$|^\d[\d.,]*\s*(?:万元|元|%)$|(?:^|剩余|结余|未支出的?|基本支出|项目支出)\d+(?:\.\d+)?万元[因系]?$|^\[\d{1,2}\]|目录|(?:自评|评价)报告|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日|^(?!.*(?:城乡|下乡|返乡|家乡|城镇|乡镇|集镇|村镇)$)[\u4e00-\u9fff]{1,5}[镇乡]$/;

/** Words of a clause that explains a result: why it fell short or what was put off. */
const EXPLAINS = /异议|暂缓|未能|尚未|未(?:正常|按时|按期|及时)|由于|因[\u4e00-\u9fff]{0,8}(?:原因|影响|导致)|导致|影响|原因|推迟|延期|外出|流失/;

/**
 * A figure that opens the clause right after a result just read, in words that explain it ("…实际248户，2户村民对改造
 * 方案有异议，暂缓实施"): the reason, no indicator of its own.
 */
export function explainsResult(body: string, covered: [number, number][], lastResult: number, at: number): boolean {
	let end = lastResult <= at ? lastResult : -1;
	for (const [, b] of covered) if (b <= at && b > end) end = b;
	if (end < 0 || !/^[\s，,]{1,3}$/.test(body.slice(end, at))) return false;
	const stop = body.slice(at).search(/[。；;\n]/);
	return EXPLAINS.test(body.slice(at, stop < 0 ? body.length : at + stop));
}

/**
 * A target written right after a result: "196家,年度目标180家", "47.2%（目标45%）", "12处,计划12处",
 * "93.8%,未达到95%的年度目标", "89.3%,低于90%的目标值". Same unit as the result, or no target.
 */
const TARGET_AFTER =
	/^\s{0,2}[，,；;（(]?\s{0,2}(?:(?:完成|达到|实现)(?:年初|年度|全年)?(?:计划)?目标值?(?:为)?\s{0,2}(\d[\d,.]*\s{0,2}[^，,。；;）)\s\d]{0,8})|(?:年度|全年|预期|绩效|年初)?(?:目标值?|计划(?:值|数)?|指标值)(?:为|是|[：:])?\s{0,2}((?:[≥≤]|不少于|不低于|不超过|不高于|达到)?\s{0,2}(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?[^，,。；;）)\s\d]{0,8}|[^，,。；;）)\s]{1,16}))|(?:未达到|未完成|低于|高于|超过|超出|达到|完成)\s{0,2}(?:年初|年度|全年)?(?:设定|确定|计划)?的?\s{0,2}([^，,。；;的\s]{1,14})\s{0,2}的?(?:年度|全年|预期|绩效)?(?:目标值?|计划值?|指标值)|(?:未达到|低于|高于|超过|超出|达到)(?:年初|年度|全年)?(?:确定|设定|计划|制定)的(?:目标值?)?\s{0,2}(\d[\d,.]*\s{0,2}[^，,。；;）)\s\d]{0,8})|(?:与|和)(?:年初|年度|全年)?(?:计划|目标|设定|确定)的?\s{0,2}(\d[\d,.]*\s{0,2}[^，,。；;）)\s\d一]{0,8})\s{0,2}(?:相)?一致|(?:目标)?控制(?:在|于)\s{0,2}(\d[\d,.]*\s{0,2}[\u4e00-\u9fff%]{0,4}?(?:以内|以下)))/;

function targetAfter(body: string, f: FoundQuantity): { text: string; value: number; end: number } | null {
	const m = TARGET_AFTER.exec(body.slice(f.end, f.end + 40));
	if (!m) return null;
	const raw = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]).trim();
	const q = parseMeasure(raw);
	if (q.value === null || q.unit !== f.q.unit) return null;
	return { text: raw, value: q.value, end: f.end + m[0].length };
}

/** Rows of a cost read alone (see figures): dropped unless a target and a result pair up. */
const PAIR_ONLY = new WeakSet<RawIndicator>();

/** A figure in money (元, 万元, 亿元) written with digits. */
function money0(f: FoundQuantity): boolean {
	return (f.q.unit === '元' || f.q.unit === '万元' || f.q.unit === '亿元') && /\d/.test(f.number);
}

/** The name of a cost per unit ("单场展演成本", "每户改造单价"), never the budget's or the spending's. */
function costName(raw: string): boolean {
	// (…or a rate paid per unit: "每头处理补助标准", "人均补贴标准"; a list's number before the name is none of it)
	const name = raw.replace(LIST_NUMBER, '');
	return (
		/成本|单价|造价|(?:补助|补贴)标准/.test(name) &&
		/^(?:单|每|人均|户均|亩均|场均|次均|件均|座均|台均|吨均)|平均|单价/.test(name) &&
		!/预算|资金|支出|投资|拨付|结余|结转|经费/.test(name)
	);
}

/** Spendings a department caps and reports on as indicators: "三公"经费, 公务接待费, 公务用车运行维护费, 会议费 … */
const COST_CAP = /三公|公务接待|公务用车|因公出国|会议费|培训费|差旅费|公用经费/;

/**
 * A money figure written as a bound ("≤4200元", "不超过200元", "=6300元", "1000元以上") whose result in money follows
 * ("，实际4150元").
 */
function moneyTargetDone(body: string, f: FoundQuantity): boolean {
	// (or a bound written after it: "亩均增收1000元以上,实际1150元")
	const after = /^(?:以上|以下|以内)/.exec(body.slice(f.end))?.[0] ?? '';
	const bound =
		after !== '' || /^(?:不少于|不低于)/.test(f.text) || /(?:[≥≤=＝]|不超过|不高于|不少于|不低于)\s{0,2}$/.test(body.slice(Math.max(0, f.index - 4), f.index));
	if (!bound) return false;
	const m = DONE_AFTER.exec(body.slice(f.end + after.length));
	return !!m && !!m[1] && parseMeasure(m[2]).unit === f.q.unit;
}

/** The unit as written per something ("≤8万元/家", "12元/公斤") when it extends the figure's own unit, else null. */
function perUnit(text: string | undefined, unit: string | null): string | null {
	const m = text ? /\d\s*([\u4e00-\u9fff%]{1,3}\/[\u4e00-\u9fff]{1,3})$/.exec(text.trim()) : null;
	return m && unit && m[1].startsWith(unit + '/') ? m[1] : null;
}

/** Add one prose figure as an indicator (unless its name is no indicator or was seen); returns where what it read ends. */
function push(c: LineCtx, name: string, f: FoundQuantity): number {
	const q = f.q;
	// "绩效目标是硬化村内道路4.5公里": the lead is no part of the name
	// "年初计划改造户厕260座": a plan's figure is a target, named without its lead
	// …and "村内道路硬化目标5200平方米": a figure named as the target is one
	// "事故发生率不超过1%": the bound word before the figure is the target's, not the name's
	const boundWord = /(?:不超过|不高于)$/.exec(name)?.[0] ?? '';
	name = name.slice(0, name.length - boundWord.length);
	// "每株育苗成本控制在3元以内": a figure the cost is held to is the target, written from its figure ("3元以内")
	const held = /(?:目标)?控制(?:在|于)$/.exec(name)?.[0] ?? '';
	name = name.slice(0, name.length - held.length);
	// "1.管护公厕数量:目标≥86座": the target word alone before the figure, the item's label naming it
	const targetOnly = !!c.itemName && /^(?:年度|全年|年初)?(?:目标值?|指标值|计划值?)(?:为|是)?[≥≤=<>＞＜≧≦]*$/.test(name);
	if (targetOnly) name = c.itemName + '目标';
	// (an operator the name runs into, "观众满意度目标≥", is the target's)
	// (…or "召开议事会计划≥48场": the plan's word before a bound)
	const planned =
		PLAN_LEAD.test(name) ||
		/[\u4e00-\u9fff]{2}(?:年度|全年)?目标[≥≤=<>＞＜≧≦]*$/.test(name) ||
		/[\u4e00-\u9fff]{2}(?:年度|全年)?计划[≥≤=<>＞＜≧≦]+$/.test(name);
	if (planned) name = name.replace(/(?:年度|全年)?目标(?=[≥≤=<>＞＜≧≦]*$)|(?:年度|全年)?计划(?=[≥≤=<>＞＜≧≦]+$)/, '');
	name = name
		.replace(/^.*?(?:绩效目标|年度目标|预期目标|目标任务|计划目标)(?:是|为|：|:)/, '')
		.replace(PLAN_LEAD, '')
		.replace(/[≥≤=<>＞＜≧≦]+$/, '');
	// "（1）走访退役军人：实际走访336人": the figure is the item's, named by its label
	if (c.itemName && /^实际[\u4e00-\u9fff]{0,4}$/.test(name)) name = c.itemName;
	// "1. 改造冷棚数量:全年完成改造126座" / "4. 种植户满意度:问卷调查满意度为94%": a verb or the survey names the figure
	// in the sentence, the item's label names the indicator
	// (a label that heads a section or a list, "项目完成情况:", "年初设定的绩效目标为:", names no indicator)
	else if (
		c.itemName &&
		!/(?:目标|情况|指标|如下|内容|要求|任务)(?:为|是)?$/.test(c.itemName) &&
		(/^(?:全年|年度|累计|共|已)*(?:完成|实现|达到)/.test(name) || (/^(?:问卷|调查|测评)[\u4e00-\u9fff]{0,4}满意度$/.test(name) && /满意度$/.test(c.itemName)))
	)
		name = c.itemName;
	// "遗址巡查:全年计划巡查遗址保护点48处次,实际完成52处次": the label names the item's first figure when the sentence's
	// words share its own ("巡查"), never a level's label ("社会效益:")
	else if (
		c.itemName &&
		!c.itemNamed &&
		name !== c.itemName &&
		c.itemName.length <= 8 &&
		!/(?:目标|情况|指标|如下|内容|要求|任务|项目|工程)(?:为|是)?$/.test(c.itemName) &&
		!/^(?:产出|效益|效果|满意度|数量|质量|时效|成本|社会效益|经济效益|生态效益|可持续影响|服务对象满意度)(?:指标)?$/.test(c.itemName) &&
		sharesRun(c.itemName, name, 2)
	) {
		name = c.itemName;
		c.itemNamed = true;
	}
	if (name.length < 2 || !/[\u4e00-\u9fff]{2}/.test(name) || SKIP_NAME.test(name) || BACKGROUND_NAME.test(name)) return f.end;
	// "已支出5890万元,支出进度95%": the budget's rate, read as execution_rate_stated
	if (BUDGET_RATE_NAME.test(name)) {
		const { start, end } = sentenceOf(c.l, c.bodyStart + f.index, c.bodyStart + f.end);
		if (/\d\s{0,2}(?:万元|元|亿元)/.test(c.l.text.slice(start - c.l.start, end - c.l.start))) return f.end;
	}
	let { level1: l1, level2: l2 } = c;
	if (c.labels.length > 1 && /满意/.test(name)) [l1, l2] = ['满意度', null];
	else if (!l1 && /满意度|满意率/.test(name)) l1 = '满意度';
	// "95%以上", "200人左右": the qualifier is part of the figure as written (the value stays the number)
	const qualifier = /^(?:以上|以下|以内|左右)/.exec(c.body.slice(f.end))?.[0] ?? '';
	// (…and so is a cell's "平均" before its figure: "故障修复时限 | 平均30小时")
	const cellLead = /(?:^|\t)\s*平均$/.test(c.body.slice(0, f.index)) ? '平均' : '';
	const text = cellLead + sq(f.text) + qualifier;
	// a target: in a 绩效目标 section, or written "不少于 …" / "≥ …"
	const sentence = c.body.slice(0, f.index).replace(/^[\s\S]*[。；;]/, '');
	// (an operator written right before the figure: "≥", "＝", "≧")
	const opBefore = /[≥≤=＝≧≦]\s*$/.exec(c.body.slice(Math.max(0, f.index - 2), f.index))?.[0].trim() ?? '';
	const stated =
		c.inTargets ||
		planned ||
		TARGET_WORDS.test(text) ||
		!!boundWord ||
		!!held ||
		opBefore !== '' ||
		(TARGET_LEAD.test(sentence) && !/实际|已完成|完成了/.test(sentence));
	// "新建冷链保鲜库1座，完成1座": a figure followed by what was done, in its unit, is the plan; the second its result
	// (past the qualifier: "优果率达到75%以上,实际为71%")
	const doneAfter = DONE_AFTER.exec(c.body.slice(f.end + qualifier.length));
	const followed = !stated && !!doneAfter && !!doneAfter[1] && parseMeasure(doneAfter[2]).value !== null && parseMeasure(doneAfter[2]).unit === q.unit;
	const isTarget = stated || followed;

	if (q.approx && !TARGET_WORDS.test(text)) c.warnings.add(`近似数值按约数记录 (approximate figure recorded as stated: ${text})`);
	const after = isTarget ? null : targetAfter(c.body, f);
	const target = isTarget ? { text: boundWord + opBefore + text, value: q.value } : (after ?? standardTarget(c.standards, name));
	// a glued row "配备人数≥64人66人": the figure right after a written target, in the same unit, is its result
	let actual = isTarget ? null : { text, value: q.value };
	let end = after?.end ?? f.end;
	if ((isTarget && !c.inTargets) || followed) {
		// …or after "，已完成" ("计划实施项目7个，已完成6个")
		const m = DONE_AFTER.exec(c.body.slice(f.end + qualifier.length));
		const pm = m ? parseMeasure(m[2]) : null;
		if (m && pm && pm.value !== null && pm.unit === q.unit) {
			actual = { text: sq(m[2]), value: pm.value };
			end = f.end + qualifier.length + m[0].length;
		}
	}
	// under 存在的问题 / 下一步打算 only a target with its result is an indicator: "施工中2处路基变更" tells the problem,
	// "计划新聘管护员6人" the next year's plan
	if (c.inFindings && (!target || !actual)) return end;
	// a target and its result may read alike ("更换水泵6台" set as the target, "更换水泵6台" reported): both are kept
	const key = (actual ? 'result|' : 'target|') + name + '|' + q.value + '|' + q.unit;
	if (c.seen.has(key)) {
		// the same target stated again with its bound ("保护下游人口0.9万人" in the goals, "保护下游人口:≥0.9万人" in the list): the bound
		const prev =
			!actual && target && BOUND.test(target.text) ? c.out.find((r) => r.actual_text === null && r.name === name && r.target_value === q.value) : undefined;
		if (prev && !BOUND.test(prev.target_text ?? '')) prev.target_text = target!.text;
		return f.end;
	}
	c.seen.add(key);
	c.out.push({
		level1: l1,
		level2: l2,
		name,
		target_text: target?.text ?? null,
		target_value: target?.value ?? null,
		actual_text: actual?.text ?? null,
		actual_value: actual?.value ?? null,
		unit: perUnit(target?.text, q.unit) ?? perUnit(actual?.text, q.unit) ?? q.unit,
		weight: null,
		points: null,
		achieved: target && actual && target.value !== null ? meets(actual.value, target.value, parseMeasure(target.text).op) : null,
		origin: 'narrative',
		...sentenceOf(c.l, c.bodyStart + f.index, c.bodyStart + f.end)
	});
	return end;
}

function bigrams(s: string): Set<string> {
	const b = new Set<string>();
	for (let i = 0; i + 2 <= s.length; i++) b.add(s.slice(i, i + 2));
	return b;
}

/**
 * A target stated alone ("开发公益性岗位不少于90个") and the result stated later ("全年共开发公益性岗位90个"):
 * one indicator, named as the target names it. A target without a result stays a target-only row.
 */
function pairTargets(rows: RawIndicator[]): RawIndicator[] {
	const used = new Set<RawIndicator>();
	for (const t of rows) {
		if (t.actual_text !== null || t.target_text === null || t.origin !== 'narrative') continue;
		const tb = bigrams(t.name);
		// the result stated after the target; else before it ("改造农村户厕248座。年初计划改造户厕260座")
		const named = (r: RawIndicator) => {
			let n = 0;
			for (const b of tb) if (r.name.includes(b)) n++;
			// either way round: "安装路灯" is the result of "安装太阳能路灯"
			const rb = bigrams(r.name.replace(/^(?:完成|实现|已|共|全年|累计)+/, ''));
			let m = 0;
			for (const b of rb) if (t.name.includes(b)) m++;
			return (tb.size > 0 && n / tb.size >= 0.6) || (rb.size >= 2 && m / rb.size >= 0.6);
		};
		const match = (r: RawIndicator) => !used.has(r) && r !== t && r.target_text === null && r.actual_value !== null && r.unit === t.unit && named(r);
		// a result that states its target again ("全年维修养护供水工程32处,目标30处" after "目标为:维修养护供水工程30处"): one row, named as first stated
		const again = rows.find(
			(r) =>
				r.start > t.start &&
				!used.has(r) &&
				r.origin === 'narrative' &&
				r.target_value === t.target_value &&
				r.actual_value !== null &&
				r.unit === t.unit &&
				named(r)
		);
		if (again && t.target_value !== null && !rows.some((r) => r.start >= t.start && match(r))) {
			used.add(again);
			// named as first stated, unless the result names it more fully ("改造圈舍" → "改造标准化圈舍"); the target as first written
			const full = again.name.replace(/^(?:完成|实现|已|共|全年|累计|实际)+/, '');
			again.name = full.includes(t.name) ? t.name : full;
			// the result's own words for the target, unless they drop the bound the target was set with ("≥90%" … "目标90%")
			if (!BOUND.test(again.target_text ?? '') && BOUND.test(t.target_text ?? '')) again.target_text = t.target_text;
			again.level1 ??= t.level1;
			again.level2 ??= t.level2;
			used.add(t);
			t.name = '';
			continue;
		}
		// …or further back, by the same name ("参训人员满意度95%" … "年初设定…参训人员满意度不低于90%"), when one row alone has it
		const same = (r: RawIndicator) => r.name === t.name || (t.name.length >= 4 && r.name.endsWith(t.name));
		const back = rows.filter((r) => r.start < t.start && match(r) && same(r));
		const a =
			rows.find((r) => r.start >= t.start && match(r)) ??
			rows.findLast((r) => r.start < t.start && t.start - r.end <= 120 && match(r)) ??
			(back.length === 1 ? back[0] : undefined);
		if (!a) continue;
		used.add(a);
		// named as first stated: the target's words, or the result's when the target looks back at it
		if (a.start >= t.start) a.name = t.name;
		a.level1 ??= t.level1;
		a.level2 ??= t.level2;
		a.target_text = t.target_text;
		a.target_value = t.target_value;
		a.achieved = t.target_value !== null && a.actual_value !== null ? meets(a.actual_value, t.target_value, parseMeasure(t.target_text!).op) : null;
		used.add(t);
		t.name = '';
	}
	return rows.filter((r) => (r.name !== '' || !used.has(r)) && !(PAIR_ONLY.has(r) && (r.target_text === null || r.actual_text === null)));
}

/** Figures stated in prose (see module comment); skips claimed lines and the given ranges. */
export function parseNarrative(lines: Line[], claimed: Set<number>, skipRanges: [number, number][], warnings: Set<string>): RawIndicator[] {
	const out: RawIndicator[] = [];
	const standards = standardsOf(lines);
	const seen = new Set<string>();
	const w: Walk = { headL1: null, headL2: null, carry: null, background: null, targets: null, findings: null, bands: false };
	// an indicator's own heading with its weight and points ("7、大棚改造提升数量(8分,自评得分8分)"), its figures on the
	// next line ("计划改造提升大棚600栋,实际完成618栋。"): the one indicator read there takes the heading's name and scores
	let named: { name: string; weight: number; points: number } | null = null;
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		const nh = NAMED_HEADING.exec(l.text);
		if (nh) {
			named = { name: nh[1], weight: Number(nh[2]), points: Number(nh[3]) };
			// (its number may rank above the level heading it sits under, "(1)产出数量(15分)" / "7、…": the levels hold)
			continue;
		}
		if (named && l.text.trim()) {
			const from = named;
			named = null;
			const n0 = out.length;
			readLine(lines, i, w, l, claimed, skipRanges, warnings, out, seen, standards);
			// (…or its target and its result read as two halves, "目标满意度≥90%,…,瓜农满意度为92%": one indicator)
			const [a, b] = out.slice(n0);
			if (out.length === n0 + 2 && a.actual_text === null && a.target_text !== null && b.target_text === null && b.actual_text !== null && a.unit === b.unit) {
				Object.assign(a, { actual_text: b.actual_text, actual_value: b.actual_value });
				out.length = n0 + 1;
				a.achieved = a.target_value !== null && a.actual_value !== null ? meets(a.actual_value, a.target_value, parseMeasure(a.target_text!).op) : null;
			}
			if (out.length === n0 + 1) Object.assign(out[n0], { name: from.name, weight: from.weight, points: from.points });
			continue;
		}
		// the targets listed, then the results listed in the same order ("…目标:A 1200人,B 40例;实际完成:A 1263人,B 36例"): each
		// target paired with the result of the same name
		// (the rest of the line read as any other, the two lists' figures passed over)
		const listed = claimed.has(i) ? null : twoLists(l);
		const n0 = out.length;
		readLine(lines, i, w, l, claimed, listed ? [...skipRanges, [listed.start, listed.end]] : skipRanges, warnings, out, seen, standards);
		// "(1)运营服务站数量(10分):目标≥9个,实际运营9个。自评得10分。": an item labelled with its weight, its points closing the
		// line: the one row read there takes the label's name, the weight and the points
		const weighed = WEIGHED_ITEM.exec(l.text);
		if (weighed && out.length === n0 + 1 && out[n0].target_text !== null && out[n0].actual_text !== null) {
			const pts = /自评得(?:分)?\s?(\d{1,3}(?:\.\d+)?)\s?分/.exec(l.text.slice(weighed[0].length));
			const weight = Number(weighed[2]);
			if (weight > 0 && weight <= 100 && (!pts || Number(pts[1]) <= weight))
				Object.assign(out[n0], { name: weighed[1], weight, points: pts ? Number(pts[1]) : null });
		}
		if (listed) {
			const rows = listed.rows.filter((r) => {
				const key = 'result|' + r.name + '|' + r.actual_value + '|' + r.unit;
				return !seen.has(key) && !!seen.add(key);
			});
			out.splice(n0, 0, ...rows.map((r) => ({ ...r, level1: w.headL2?.level1 ?? w.headL1?.level1 ?? null, level2: w.headL2?.level2 ?? null })));
		}
		// a scoring form's cell "名称(目标≥95%,完成97%)" with its weight and points in the next two cells, one a line
		if (out.length === n0 + 1 && out[n0].weight === null && BRACKET_CELL.test(l.text)) {
			const next = lines.slice(i + 1, i + 8).filter((n) => n.text.trim() !== '');
			const [wt, pt] = next.slice(0, 2).map((n) => (/^\s*\d{1,3}(?:\.\d+)?\s*$/.test(n.text) ? Number(n.text) : null));
			if (wt != null && pt != null && wt > 0 && wt <= 100 && pt <= wt) {
				Object.assign(out[n0], { weight: wt, points: pt });
				i = lines.indexOf(next[1]);
			}
		}
	}
	return finish(out);
}

/** Targets listed after 目标:, then results after 实际完成: ("目标:适配辅具1200人,装配40例;实际完成:适配辅具1263人,装配36例"). */
const TWO_LISTS = /目标(?:为|是)?[:：]([^；;。\n]{4,240})[；;。]\s*(?:实际完成|实际完成情况|完成情况|实际)[:：]([^；;。\n]{4,240})/;
const LIST_ITEM = /^\s*([\u4e00-\u9fff“”（）()]{2,20}?)\s*((?:[≥≤=＝]|不少于|不低于|不超过|不高于)?\s*\d[\d,]*(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,4}))\s*$/;

/** The pairs of two parallel lists in one sentence (see TWO_LISTS): each target with the result named the same (or one name opening the other), two or more. */
function twoLists(l: Line): { rows: RawIndicator[]; start: number; end: number } | null {
	const m = TWO_LISTS.exec(l.text);
	if (!m) return null;
	const items = (list: string, base: number) => {
		const out: { name: string; fig: string; start: number; end: number }[] = [];
		let at = base;
		for (const part of list.split(/[，,、]/)) {
			const x = LIST_ITEM.exec(part);
			if (!x) return [];
			out.push({ name: x[1], fig: x[2].replace(/\s+/g, ''), start: at, end: at + part.length });
			at += part.length + 1;
		}
		return out;
	};
	const targets = items(m[1], l.start + m.index + m[0].indexOf(m[1]));
	const results = items(m[2], l.start + m.index + m[0].lastIndexOf(m[2]));
	if (targets.length < 2 || results.length < 2) return null;
	const rows: RawIndicator[] = [];
	for (const t of targets) {
		const r = results.find(
			(x) => x.name === t.name || (Math.min(x.name.length, t.name.length) >= 4 && (x.name.startsWith(t.name) || t.name.startsWith(x.name)))
		);
		if (!r) continue;
		const tm = parseMeasure(t.fig);
		const rm = parseMeasure(r.fig);
		if (tm.value === null || rm.value === null || tm.unit !== rm.unit) continue;
		rows.push({
			level1: null,
			level2: null,
			name: t.name,
			target_text: t.fig,
			target_value: tm.value,
			actual_text: r.fig,
			actual_value: rm.value,
			unit: tm.unit,
			weight: null,
			points: null,
			achieved: meets(rm.value, tm.value, tm.op),
			origin: 'narrative',
			start: t.start,
			end: r.end
		});
	}
	return rows.length >= 2 ? { rows, start: l.start + m.index, end: l.start + m.index + m[0].length } : null;
}

/** A numbered item labelled with its weight before its figures: "(1)运营服务站数量(10分):目标≥9个,…" (name, weight). */
const WEIGHED_ITEM =
	/^\s*(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．])\s*([\u4e00-\u9fff“”]{2,24})[（(](\d{1,3}(?:\.\d+)?)分[)）]\s*[:：](?=[^。\n]{0,12}(?:目标|计划|指标值))/;

/** A scoring form's indicator cell: its name with its target and result in brackets, alone on its line. */
const BRACKET_CELL = /^\s*[\u4e00-\u9fff“”]{2,30}[（(]\s*(?:年度)?目标值?[^）)\n]{1,20}[，,]\s*(?:完成|实际)[^）)\n]{1,20}[)）]\s*$/;

/** A numbered heading that is one indicator's name with its weight and points, alone on its line. */
const NAMED_HEADING =
	/^\s*\d{1,2}[、.．]\s*([\u4e00-\u9fff“”]{2,24})[（(]\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[,，、;；]\s*(?:自评)?得分\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[)）]\s*$/;

function readLine(
	lines: Line[],
	i: number,
	w: Walk,
	l: Line,
	claimed: Set<number>,
	skipRanges: [number, number][],
	warnings: Set<string>,
	out: RawIndicator[],
	seen: Set<string>,
	standards: ReturnType<typeof standardsOf>
): void {
	{
		onHeading(l, w);
		const inherited = inheritedLabel(lines, i, w);
		// a target table with its scoring bands ("绩效标准 | 优 | 良 | 中 | 差"): its rows are targets and bands, no results
		const row = (l.text.match(/[|\t]/g)?.length ?? 0) >= 3;
		if (row && /绩效标准|(?:^|[|\t])\s*优\s*[|\t]\s*良\s*[|\t]\s*中\s*[|\t]\s*差/.test(l.text)) w.bands = true;
		else if (!row) w.bands = false;
		if (w.bands && row) return;
		if (claimed.has(i) || !/\d|[十百千万]/.test(l.text)) return;
		// a money table's row of tab cells naming the money's source ("某专项经费 | 县级财政资金 | 62万元 | 62万元 | 100%"): its rate
		// is the money's, no indicator
		const cells = l.text.split('\t').map((c) => c.trim());
		if (
			cells.length >= 4 &&
			cells.some((c) => /^(?:中央|省级|市级|县级|区级|上级|本级)?(?:财政)?(?:专项)?资金$|财政资金$|自筹资金$/.test(c)) &&
			cells.filter((c) => /^\d[\d,.]*\s*(?:万元|元|亿元)$/.test(c)).length >= 2
		)
			return;
		// a background section's figures are no indicators, but the sentence that sets the targets there is
		// ("一、项目基本情况 … 项目年度绩效目标为：维修供水管网5.5公里，更换水泵6台。"): its figures are targets
		const lead = w.background ? TARGET_LEAD.exec(l.text) : null;
		// …and so is the part a label opens as the results ("…开展菇农培训。合同考核指标完成情况:示范大棚面积,合同指标50亩,
		// 实际完成52亩;…"): its figures are results, read as under a results heading
		// (…or a sentence that pairs targets with their results twice or more, "建成充电点目标≥40个,实际建成31个;合格率目标=100%,
		// 实际96%": results, whatever its heading calls the section)
		const results = w.background && !lead ? (RESULTS_LEAD.exec(l.text) ?? pairedResults(l.text)) : null;
		if (w.background && !lead && !results) return;
		if (/评价标准为|评价方法为|评分标准/.test(l.text) || isFurniture(l.text)) return;
		// a heading whose text runs on after its title ("(二)项目绩效目标 完成全区24座…"): the title is no part of a name
		const title = !lead && isHeading(l) ? headingTitle(l) : '';
		// (a level-2 label as the heading, "(1)数量指标 某名称,目标值…", stays in the body: the label reads its level)
		const runOn = title && l.body.startsWith(title) && /^\s/.test(l.body.slice(title.length)) && !levelsOf(title)?.level2 ? title.length : 0;
		const from = lead ? lead.index : results ? results.index + results[0].length : l.bodyStart - l.start + runOn;
		const to = lead ? (/[。\n]/.exec(l.text.slice(from))?.index ?? l.text.length - from) + from : l.text.length;
		// a paragraph that labels its parts ("数量指标：…；质量指标：…。时效指标：…"): each part is read under its own label
		// …and so does one that counts its items off ("绩效目标四项:一是…;二是…")
		const cuts = [
			from,
			...[...l.text.slice(from, to).matchAll(MID_LABEL), ...l.text.slice(from, to).matchAll(ENUMERATED)]
				.map((m) => from + m.index! + m[0].length)
				.sort((a, b) => a - b),
			to
		].filter((x, k, a) => k === 0 || x > a[k - 1]);
		let level1: string | null = inherited?.level1 ?? w.headL2?.level1 ?? w.headL1?.level1 ?? null;
		for (let k = 0; k + 1 < cuts.length; k++) {
			const c: LineCtx = {
				l,
				body: l.text.slice(cuts[k], cuts[k + 1]),
				bodyStart: l.start + cuts[k],
				level1,
				level2: k === 0 ? (inherited?.level2 ?? w.headL2?.level2 ?? null) : null,
				labels: [],
				labelled: false,
				inTargets: w.targets !== null || lead !== null,
				inFindings: w.findings !== null,
				out,
				seen,
				warnings,
				standards
			};
			readLabel(c);
			// a level-1 label ("产出指标。…") holds for the parts after it; a part's level-2 label is its own
			level1 = c.level1;
			const covered = pairs(c);
			qualitative(c, covered);
			figures(c, covered, skipRanges);
		}
	}
}

/** The rows read, their targets paired, names cleaned, non-names dropped. */
function finish(out: RawIndicator[]): RawIndicator[] {
	return pairTargets(out).filter((r) => {
		// (the qualifier closing the figure before it is no part of a name: "培训1500人以上、取得证书人数占比不低于80%")
		r.name = r.name
			.replace(LABEL_TAIL, '')
			.replace(LIST_NUMBER, '')
			.replace(/^(?:以上|以下|左右|以内)[、，,]/, '');
		// "排灌泵站和 | 38.6公里", "完成全区 | 24座": a name cut before its noun (the figure counts what follows it) names nothing
		if (CUT_NAME.test(r.name)) return false;
		if (NOT_A_NAME.test(r.name)) return false;
		return r.name.length >= 2 && !LABEL_ONLY.test(r.name);
	});
}
