import { describe, expect, it } from 'vitest';
import { carriesReport, coverNoteReason, discourseReason, genreReason, listingReason, noEvaluationReason, titleGenre } from './genre';

// Texts written for this test after the kinds of documents collected along with reports; names and figures invented.
const lines = (...l: string[]) => l.join('\n');

const MINUTES = lines(
	'某县人民政府常务会议纪要',
	'',
	'〔2023〕第9次',
	'',
	'会议听取了县财政局关于2022年度项目支出绩效评价情况的汇报。全县共评价41个项目，涉及资金2.3亿元，平均得分86分。',
	'会议要求，对得分低于70分的项目压减下年度预算。',
	'出席：（略）'
);

const RECTIFY = lines(
	'某县财政局',
	'绩效评价结果整改通知书',
	'某财绩整〔2023〕2号',
	'县水务局：',
	'经评价，你单位农村供水维修资金预算80万元，实际支出60万元，执行率75%，综合得分70分，评价等级为“中”。',
	'一、评价结果',
	'二、存在问题',
	'三、整改要求：请于9月底前完成整改。'
);

// a list of an evaluation's findings, each with its score and how it is to be rectified, one cell a line
const RECTIFY_LIST = lines(
	'某区2022年度财政重点绩效评价发现问题整改清单 |',
	'序号 |',
	'项目名称 |',
	'评价得分 |',
	'存在问题 |',
	'整改措施 |',
	'1 |',
	'某某道路改造项目 |',
	'78.5 |',
	'预算执行率仅为82.6% |',
	'调整施工计划 |'
);

const PLAN_NOTICE = lines(
	'某县2024年度以工代赈项目计划公示',
	'现将项目计划予以公示，公示期5天。',
	'序号｜项目名称｜补助资金（万元）｜绩效目标',
	'1｜某村机耕道｜40｜受益农户≥120户',
	'合计｜｜40｜'
);

const REPLY = lines(
	'某市财政局关于某县申请调整农田管护资金用途的批复',
	'某县财政局：',
	'你局《关于调整农田管护资金用途的请示》收悉。同意将结余资金18万元用于灌渠维修，请加强绩效监控，确保执行率不低于90%。'
);

const LETTER_WITH_REPORT = lines(
	'某县农业农村局关于报送2023年度项目支出绩效自评材料的函',
	'县财政局：',
	'现将我局耕地保护项目绩效自评材料报送如下。',
	'一、项目基本情况',
	'项目预算50万元，实际支出48万元。',
	'二、绩效目标完成情况',
	'自评得分93分，等级为优。'
);

const NOTICE_NAMING_REPORT = lines('某县人民政府关于某县文化馆2022年度项目支出绩效自评报告的公示', '项目预算30万元，实际支出29.1万元，自评得分95分。');

const RESULT_NOTICE = lines('关于2023年度村级公益设施维护项目绩效评价结果的公示', '经评价，项目预算120万元，实际支出115万元，评价得分88分，等级为良。');

const MIRROR = lines(
	'2022年某市食品抽检结果公告',
	'某县民政局',
	'2022年度部门决算',
	'第一部分 部门概况',
	'八、绩效评价结果等情况说明：养老服务项目自评得分91分。'
);

const REPORT = lines('首页 > 通知公告', '某县水利局', '2023年度河道保洁项目绩效自评报告', '一、项目基本情况', '项目预算40万元，实际支出39万元，自评得分94分。');

const FORM = lines('某县2025年度项目支出绩效目标申报表', '项目名称 | 乡村道路养护 |', '三级指标 | 指标值 |', '养护里程 | ≥80公里 |');

const GRID_UNDER_NOTICE = lines('关于某镇2023年度项目支出绩效自评情况的公示', '三级指标 | 年度指标值 | 实际完成值 | 得分', '维修道路 | ≥5公里 | 5.2公里 | 20');

describe('titleGenre', () => {
	it.each([
		['minutes', MINUTES, '会议纪要'],
		['an order to rectify, its unit on the line above', RECTIFY, '整改通知'],
		['a plan announcement', PLAN_NOTICE, '公示或公告'],
		['an official reply', REPLY, '批复'],
		['a letter that sends a report', LETTER_WITH_REPORT, '公函'],
		['a form of targets', FORM, '申报表或目标表'],
		['a report under a breadcrumb and its unit line', REPORT, null],
		['a notice whose title names the report it publishes', NOTICE_NAMING_REPORT, null],
		['a notice publishing one evaluation result', RESULT_NOTICE, null],
		["a mirror page's stray heading over final accounts", MIRROR, null],
		['a short column name is no title', lines('通知公告', '某县2023年度图书馆免费开放项目绩效自评报告'), null],
		['no title at all', '项目预算20万元，实际支出19万元。', null],
		['a question as the title: a how-to', lines('项目绩效评价_问卷回收率怎么算', '在项目支出绩效评价中，满意度指标一般占10分。'), '问答或教程'],
		['a question mark closing the title', lines('绩效自评得分低于80分会被收回资金吗？', '答：按办法规定…'), '问答或教程'],
		[
			'a training schedule',
			lines('某区2024年预算绩效管理业务培训班日程安排', '9:00—10:30 项目支出绩效自评表填报实务(年初预算数、全年执行数、分值与得分)'),
			'日程安排'
		],
		['study notes', lines('某市财政系统预算绩效管理学习笔记(第三期)', '一、绩效自评的基本流程', '预算执行率一般占10分。'), '心得体会'],
		[
			'an account of an award ceremony',
			lines('附件1', '某县第二届乡村工匠技能大赛颁奖活动情况', '(2023年度)', '一、活动基本情况', '大赛奖励资金12万元,已全部发放。'),
			'活动情况'
		],
		[
			'a ceremony in the news',
			lines('某区某场馆改造工程举行开工典礼', '来源:某区融媒体中心', '区财政局要求年度预算执行率不低于90%,完工后开展绩效自评。'),
			'新闻'
		],
		[
			"a committee's rules of procedure, articles that speak of scores",
			lines('某市某区预算绩效专家组工作规则', '第一条 为规范专家组审议自评得分的程序，制定本规则。', '第二条 自评得分与复核得分相差10分以上的，提请复核。'),
			'办法或规定'
		],
		['a system of indicators', lines('某县县级部门绩效评估指标体系', '(2023年版)', '一级指标 二级指标 权重'), '指标体系'],
		[
			"a glossary under a page title's column and site",
			lines('绩效评价名词解释_专题_某某网', '首页 > 专题 > 绩效评价名词解释', '1.绩效目标：预算资金在一定期限内预期达到的产出。'),
			'名词解释'
		],
		['a slide deck by its file name', lines('预算绩效评价实务(某县乡镇财政所业务培训课件).ppt', '1 第三讲 预算绩效评价实务'), '课件'],
		["an audit office's work report", lines('关于2023年度县本级预算执行的审计工作报告', '审计结果表明…'), '其他报告'],
		['a policy explained', lines('《某县县级项目支出绩效评价管理办法》政策解读', '浏览量: 时间:2023-07-04', '一、制定背景'), '政策解读'],
		[
			'a case study whose subtitle speaks of self-evaluation results',
			lines('当前位置:首页>预算绩效管理', '某县预算绩效管理典型案例:用好自评结果 优化专项资金安排', '一、做法'),
			'典型案例'
		],
		[
			'a list of tasks, its outline\'s "任务说明" repeated below it',
			lines('第一部分 任务说明', '第二部分 2022年度预算绩效管理任务清单', '第一部分 任务说明', '根据部署,编制本年度任务清单。'),
			'任务清单'
		],
		[
			'a thank-you letter to the firm that evaluated, its sender above',
			lines(
				'某县财政局',
				'致某某绩效咨询有限公司的感谢信',
				'某某绩效咨询有限公司:',
				'贵公司受我局委托,对我县3个项目开展了重点绩效评价,得分分别为91分、84分和77分。'
			),
			'文书'
		],
		[
			"an account of an official's exemplary work",
			lines('某区财政局', '预算绩效科科长李某同志先进事迹材料', '李某牵头审核全区612个项目的自评表,自评覆盖率100%。'),
			'事迹材料'
		],
		[
			'a reply to a request for public information',
			lines('某县财政局政府信息公开申请答复书', '某财依复〔2024〕3号', '王某:', '您申请公开的某项目2023年度绩效自评报告,项目预算60万元,自评得分88分。'),
			'答复'
		],
		[
			"a bureau's questions and answers on self-evaluation",
			lines('当前位置: 首页 > 预算绩效', '某县2024年度项目支出绩效自评工作答疑', '问:自评得分怎样定等级?', '答:90分(含)以上为优。'),
			'问答或教程'
		],
		[
			"a letter feeding an evaluation's findings back to the unit, its title naming the results",
			lines(
				'某县财政局关于2023年度重点项目绩效评价结果的反馈意见函',
				'某财绩函〔2024〕5号',
				'县农机服务中心:',
				'经第三方评价,你单位农机深松作业补助项目预算90万元,实际支出84万元,评价得分76分,等级为“中”。请对照下列问题整改。'
			),
			'反馈意见函'
		],
		// (a 说明 of a situation is still a report-like title under a plan's name)
		['a plan over a situation report', lines('某县2023年度项目实施方案', '某县2023年度项目绩效自评情况说明'), null]
	])('%s', (_name, text, zh) => {
		expect(titleGenre(text)?.zh ?? null).toBe(zh);
	});
});

describe('carriesReport', () => {
	it.each([
		['report sections', LETTER_WITH_REPORT, true],
		['a self-evaluation grid', GRID_UNDER_NOTICE, true],
		['a report title inside', lines('关于报送材料的函', '县财政局：', '某镇2023年度环境整治项目绩效自评报告', '项目预算10万元。'), true],
		['results quoted in an order to rectify', RECTIFY, false],
		['decisions in minutes', MINUTES, false],
		['a project table with targets', PLAN_NOTICE, false]
	])('%s', (_name, text, carried) => {
		expect(carriesReport(text, text.indexOf('\n'))).toBe(carried);
	});
});

describe('genreReason', () => {
	it.each([
		['minutes', MINUTES, /会议纪要.*minutes of a meeting/],
		['an order to rectify', RECTIFY, /整改通知.*order to rectify/],
		['a list of findings to rectify, with the scores it quotes', RECTIFY_LIST, /整改清单.*findings to rectify/],
		['a plan announcement', PLAN_NOTICE, /公示或公告/],
		['an official reply', REPLY, /批复/],
		['a form of targets', FORM, /申报表/],
		['a letter carrying a report is read', LETTER_WITH_REPORT, null],
		['a report is read', REPORT, null],
		['a notice publishing a result is read', RESULT_NOTICE, null]
	])('%s', (_name, text, reason) => {
		const why = genreReason(text);
		if (reason === null) expect(why).toBeNull();
		else expect(why).toMatch(reason);
	});

	it('names the title it read', () => {
		expect(genreReason(MINUTES)).toContain('某县人民政府常务会议纪要');
	});
});

// Texts that answer a published report, or name their genre only in a bracketed line; invented wording.
describe('a correction, a lost original, a letter of introduction, a call, a lesson plan, a commentary, a bulletin and more', () => {
	const NAMED_REPORT = '《某街道2023年度社区绿化项目绩效自评报告》';
	it.each([
		['a correction of a published report', lines(`关于${NAMED_REPORT}的勘误说明`, '一、“实际支出41.2万元”更正为“实际支出42.1万元”。', '某街道办事处'), '更正'],
		['a correction notice of results', lines('关于某县2023年度绩效自评结果的更正公告', '原公布得分88分更正为86分。'), '更正'],
		['a lost original', lines(`某街道关于${NAMED_REPORT}原件遗失的声明`, '该报告所载预算60万元、自评得分91分，原件作废。'), '声明'],
		['a letter of introduction', lines('某县财政局绩效评价工作介绍信', '介 绍 信', '兹介绍某会计师事务所两名同志前往你单位开展重点绩效评价现场核查。'), '文书'],
		['a call for evaluators', lines('某街道关于征集2024年度项目支出绩效评价第三方机构的启事', '评价结果分为优、良、中、差四个等级。'), '公示或公告'],
		['a lesson plan', lines('某县财政局预算绩效自评业务培训教案', '一、教学目标', '某项目预算50万元，执行47.5万元，执行率95%。'), '课件'],
		['a commentary signed in brackets', lines('某镇公开了9个项目的绩效自评报告，得分最高96分。', '自评的价值在于找问题。', '（短评 作者：某某）'), '评论'],
		[
			'an acceptance opinion',
			lines('某县2023年度村道维修项目竣工验收意见', '一、工程概况', '批复投资120万元，完成投资116万元。', '二、验收结论', '同意通过竣工验收。'),
			'验收或评审意见'
		],
		[
			'a notice to find a lost item, its title short',
			lines('寻物启事', '来源:某镇 2023-03-21', '本所工作人员遗失档案袋一个，内装2022年度项目支出绩效自评表23份。'),
			'公示或公告'
		],
		['a government notice (通告)', lines('某县某河流域禁渔期通告', '一、禁渔范围。', '增殖放流项目绩效自评得分92分。'), '公示或公告'],
		['an account of duties and integrity', lines('2019年度述职述廉报告', '某县财政局 某某', '组织全县预算单位开展绩效自评，平均自评得分87.5分。'), '其他报告'],
		['a news headline', lines('返回顶部', '某县城区安置房分房摇号工作顺利完成', '• 索引号:', '该项目2023年度预算执行率96%，绩效自评得分91分。'), '新闻'],
		[
			'a title run into its first sentence after a colon',
			lines('某镇2024年度村道养护项目开标记录公示:本项目共有5家单位投标，上年度同类项目绩效自评得分93分。'),
			'公示或公告'
		],
		['an essay site\'s "…公告范文"', lines('城区供水价格调整公告范文(通用2篇)', '各用水户:', '供水管网改造项目已完成绩效自评，自评得分88分。'), '公示或公告'],
		['a prospectus', lines('欢迎来到某某职业培训学校', '某某职业培训学校2024年春季免费技能培训招生简章', '一、招生对象', '项目绩效自评得分90分。'), '简章'],
		['a question page in traditional script', lines('某區選民登記公告是什麼', '該經費在上年度項目支出績效自評中得分92分。'), '问答或教程'],
		[
			"a viewer's page number and -预览页 around a notice's title",
			lines('正文内容', '3某县关于城区禁放烟花爆竹的通告-預覽頁', '宣传经费执行率100%，绩效自评得分90分。'),
			'公示或公告'
		],
		['a weekly bulletin named in its last line', lines('本周共收到项目自评表14份，平均预算执行率93.5%。', '（某镇财政所 绩效评价工作周报 第3期）'), '简报']
	])('%s', (_name, text, zh) => {
		expect(genreReason(text)).toContain(zh);
	});
	it.each([
		// a correction that carries the corrected report in full is read
		[
			'a correction carrying the report',
			lines(`关于${NAMED_REPORT}的更正公告`, '更正后的报告全文如下：', '某街道2023年度社区绿化项目绩效自评报告', '一、项目基本情况', '项目预算60万元。')
		],
		// a report's title run into its summary after a colon is no genre's title
		['a report run into one line', lines('1、某县2018年培训项目绩效自评报告项目摘要一、项目概况:2018年安排资金52万元，实际支出50万元，自评得分93分。')],
		// a bracketed note inside a report is no colophon
		['a report with a bracketed line in its middle', lines(REAL_REPORT, '（简报）', '四、存在问题', '宣传不足。')]
	])('%s is read', (_name, text) => expect(genreReason(text)).toBeNull());
});

// Texts about evaluation rather than of one; written for this test, names and figures invented.
const ARTICLE = lines(
	'乡镇公共服务项目绩效评价的实践路径',
	'——以某县文化站运维项目为例',
	'王某1　陈某2',
	'（1.某某财经学院，某省 某市 410000；2.某县财政局）',
	'摘要：本文以某县文化站运维项目为例，讨论指标设置。项目预算40万元，实际支出38万元，综合得分86分，等级为良。',
	'关键词：绩效评价；乡镇；公共服务',
	'0　引言',
	'近年来……',
	'参考文献',
	'[1] 某某.预算绩效管理研究[J].'
);
const TEXTBOOK = lines(
	'8.2 项目支出绩效评价',
	'【例8-1】某县某单位实施道路养护项目，预算60万元，实际支出57万元，目标≥50公里，实际52公里。',
	'解析：执行率=57÷60×100%=95%，自评得分94分，等级为优。',
	'思考题',
	'1.执行率与得分有何关系？'
);
const HOW_TO = lines(
	'【绩效自评表填写示例】',
	'本文以一个虚拟的“某村道路维修项目”为例，说明各栏怎么填。',
	'全年预算数 30万元，全年执行数 28.5万元，执行率95%，得分9.5分。总分91分，等级优。'
);
const TEMPLATE = lines(
	'某镇xxxx年度xxxxxx项目支出绩效自评报告（模板）',
	'一、项目基本情况',
	'项目资金预算 xx.xx 万元，实际支出 xx.xx 万元。',
	'完成 xxx 亩种植，培训农户 xxx 人次，满意度90%以上。自评得分xx分。'
);
const REAL_REPORT = lines(
	'某县文化馆2023年度免费开放项目绩效自评报告',
	'一、项目基本情况',
	'项目预算25万元，实际支出24.5万元，执行率98%。',
	'二、绩效指标完成情况',
	'举办展览：目标≥12场，实际14场。',
	'三、自评结论',
	'自评得分95分，等级为优。'
);

describe('discourseReason', () => {
	it.each([
		['a scholarly article', ARTICLE, /学术论文/],
		['a textbook section with a worked example', TEXTBOOK, /教材/],
		['a how-to with a made-up project', HOW_TO, /虚构的示例/],
		['a template whose figures are placeholders', TEMPLATE, /模板/],
		[
			'a blank form, called so',
			'附件2: 项目支出绩效自评表(空白表样) 项目名称 主管部门 实施单位 年初预算数 全年预算数 全年执行数 分值 执行率 得分 一级指标 二级指标 三级指标 年度指标值 实际完成值 总分 100 评价等次',
			/空白表样/
		],
		[
			'a blank form, its year left as spaces',
			lines('项目支出绩效自评表', '(    年度)', '项目名称｜', '主管部门｜｜实施单位｜', '年度指标值｜实际完成值｜分值｜得分'),
			/空白表样/
		],
		[
			'a journal article: its abstract called 内容提要, a journal number above',
			lines(
				'国内统一刊号:CN XX-XXXX/F 投稿邮箱:XXXX@XXX.com',
				'县级绩效自评结果的偏差与校正',
				'内容提要:本文以某县2022年度87个项目的自评结果为样本,分析自评得分偏高的原因。',
				'关键词:绩效自评 县级财政',
				'一、引言',
				'样本项目平均得分93.1分。'
			),
			/学术论文/
		],
		['a report', REAL_REPORT, null],
		['a report with keywords but no article apparatus', lines('关键词：绩效；自评', REAL_REPORT), null],
		['a report that names one worked example only', lines(REAL_REPORT, '【案例1】村民自发参与展览布置。'), null],
		[
			'a speech run into its first words',
			'在全市财政绩效管理工作会议上的讲话同志们:今天召开会议,回顾去年的绩效自评工作。全市纳入自评的项目共88个,涉及资金3.2亿元,平均得分91.3分。',
			/会议讲话/
		],
		[
			"an institution's yearly assessment naming no budget money",
			lines(
				'某县中医院绩效考核自评报告',
				'按照公立医院绩效考核要求，我院开展了自评。',
				'一、医疗质量',
				'1、门诊诊疗6.2万人次，同比增长4.1%。',
				'2、病床使用率88.5%。'
			),
			/绩效考核/
		],
		['a report that names 绩效考核 and its budget money', lines(REAL_REPORT, '该项目已纳入年度绩效考核。'), null],
		[
			"a report to the people's congress",
			lines(
				'某县审计局局长 王',
				'主任、各位副主任、各位委员:',
				'我受县人民政府的委托,向县人大常委会报告2023年度预算执行审计情况。抽查12个项目绩效自评,平均得分88分。'
			),
			/人大常委会/
		]
	])('%s', (_name, text, reason) => {
		const why = discourseReason(text);
		if (reason === null) expect(why).toBeNull();
		else expect(why).toMatch(reason);
	});
});

const FORWARD = lines(
	'某林草通〔2024〕5号',
	'各乡镇林业站、局属各单位：',
	'现将县财政局《关于开展2023年度项目支出绩效自评工作的通知》转发给你们，请按要求于3月10日前报送自评表。',
	'去年我局报送的9个项目中，有2个项目预算执行率低于80%。',
	'附件：1.县财政局通知',
	'2.项目支出绩效自评表(样表)',
	'某县林业和草原局'
);
const SUBMITTED = lines(
	'县财政局：',
	'现将我单位2023年度村道养护项目绩效自评情况报告如下：',
	'一、项目基本情况',
	'项目预算40万元，实际支出39万元。',
	'二、绩效目标完成情况',
	'自评得分94分，等级为优。'
);
const TAG_PAGE = lines(
	'某县项目绩效自评报告 - 标签 - 某资料网',
	'以下是与“某县项目绩效自评报告”相关的文章，共找到3篇：',
	'1. 某县茶叶项目绩效自评报告',
	'……项目年度预算120万元，实际支出114万元，自评得分92分……',
	'2024-03-11  阅读 286',
	'2. 乡镇项目支出绩效自评报告怎么写',
	'……满意度一般设为≥90%……',
	'2023-11-02  阅读 1041',
	'3. 某县石锅产业扶持资金绩效评价报告',
	'……评价得分88分，评价等级良……',
	'2023-07-19  阅读 512'
);

describe('listingReason and coverNoteReason', () => {
	it('a tag page of excerpts is a listing', () => {
		expect(listingReason(TAG_PAGE)).toMatch(/列表页/);
		expect(listingReason(REAL_REPORT)).toBeNull();
	});
	it('a notice that forwards another to units is no report; a report submitted to the bureau is one', () => {
		expect(coverNoteReason(FORWARD)).toMatch(/转发/);
		expect(coverNoteReason(SUBMITTED)).toBeNull();
		expect(coverNoteReason(REAL_REPORT)).toBeNull();
	});
	it('an attachment list naming a blank form carries no report', () => {
		expect(carriesReport(FORWARD, 0)).toBe(false);
	});
});

describe('noEvaluationReason: a text that never speaks of evaluating', () => {
	it.each([
		[
			'a letter of thanks with figures',
			lines('感谢信', '某县农业农村局:', '贵局今年为我村修建机耕路3.2公里,投入资金86万元,村民出行方便了。特此致谢!', '某村村民委员会'),
			true
		],
		['a report whose head names its evaluation', lines('某县2023年度机耕路项目绩效自评报告', '项目预算86万元,实际支出84万元。'), false],
		// (the frame far down the text is enough: a form's 三级指标, a score)
		[
			'a page whose evaluation starts below a long head',
			lines('某县人民政府网'.repeat(30), '项目预算86万元。', '三级指标 年度指标值 实际完成值', '新修道路 ≥3公里 3.2公里'),
			false
		],
		['a grade with no other word', lines('某村道路修建情况', '项目预算86万元。', '评价等级为优。'), false]
	])('%s', (_name, text, rejected) => {
		expect(noEvaluationReason(text) !== null).toBe(rejected);
	});
});

describe('heldout94 kinds: an interview, a thesis proposal, a report with a subtitle', () => {
	it("an online interview's transcript is no report", () => {
		expect(genreReason(lines('在线访谈', '“晒账本 讲绩效”——某街道主任在线访谈实录', '主持人', '今年街道对12个项目开展了绩效自评,平均得分88.6分。'))).toMatch(
			/访谈/
		);
	});
	it('a thesis proposal, its cover spaced, is no report', () => {
		expect(
			discourseReason('本 科 毕 业 论 文 开 题 报 告 题 目 : 县级项目支出绩效评价问题研究 学 院 : 财政学院 一、选题背景 某市自评得分90分以上的项目占61%。')
		).toMatch(/学位论文/);
	});
	it("a report's title with a question as its subtitle names the report, not a how-to", () => {
		expect(titleGenre(lines('某市某区2021年度社区睦邻点运营补贴项目绩效评价报告:睦邻点如何“热”起来?', '一、资金投入'))).toBeNull();
		expect(titleGenre(lines('项目绩效评价报告怎么写?', '一、写作要点'))).not.toBeNull();
	});
});

describe('heldout105 kinds: a paper under 【摘要】 with no colon', () => {
	it('an article with 【摘要】【关键词】【中图分类号】 and no report named first is no report', () => {
		expect(
			discourseReason(
				'论文部分内容阅读\n【摘要】文章以某县为例,梳理评价结果应用的做法。\n【关键词】预算绩效管理;评价结果应用\n【中图分类号】F812.7\n一、引言\n2022年县财政对38个项目开展评价,平均得分84.6分。'
			)
		).toMatch(/学术论文/);
	});
	it("a journal's page whose title names the report, its abstract marked 【摘要】, is the report", () => {
		expect(
			discourseReason(
				'某县2022年度某补助项目绩效自评报告\n农村经济与科技 2023年11期\n【摘要】某中心对该项目开展绩效自评。\n【关键词】绩效自评\n【中图分类号】F812.7\n项目预算56万元,实际支出54.32万元。'
			)
		).toBeNull();
	});
});

describe('heldout106 kinds: a paper run into one paragraph, a self-media essay', () => {
	it('abstract, keywords and an English abstract in one paragraph: an article', () => {
		expect(
			discourseReason(
				'关于项目支出绩效自评质量的思考摘要:本文以某区126个项目为样本,自评得分90分以上的占78%。关键词:绩效自评abstract: this paper takes 126 projects as samples.'
			)
		).toMatch(/学术论文/);
	});
	it('"图片来源于网络,如有侵权联系删除" under an essay: no report', () => {
		expect(
			discourseReason(
				'社区服务中心运营补助经费绩效评价的时代价值\n以某县为例,2023年安排补助资金420万元,执行率81%。\n图片来源于网络,如有侵权联系删除\n现行评价体系存在的问题'
			)
		).toMatch(/自媒体/);
	});
});
