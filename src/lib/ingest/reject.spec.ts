import { describe, expect, it } from 'vitest';
import { extract, notReportReason, targetListReason } from './extract';

// Texts written for this test after the kinds of pages a user collects along with reports.
const NOTICE = [
	'关于公开2024年度部门项目支出绩效自评报告的通知',
	'各乡镇人民政府，县直各单位：',
	'根据预算绩效管理工作安排，现将各单位2024年度项目支出绩效自评报告予以公开，请登录门户网站查阅。',
	'附件：1.县农业农村局2024年度项目支出绩效自评报告',
	'2.县水利局2024年度项目支出绩效自评报告',
	'某县财政局',
	'2025年5月20日'
].join('\n');

const NOTICE_WITH_RESULTS = [
	'关于2024年度重点项目绩效评价结果的公示',
	'经第三方评价，县城供水管网改造项目预算1200万元，实际支出1150万元，执行率95.83%，评价得分91分，评价等级为优。'
].join('\n');

const REPORT = ['某县水利局2024年度项目支出绩效自评报告', '一、项目基本情况', '项目预算120万元，实际支出118万元。自评得分95分。'].join('\n');

const FINAL_ACCOUNTS = [
	'某镇人民政府2023年度部门决算公开',
	'第一部分 部门概况',
	'一、主要职能',
	'第二部分 2023年度部门决算情况说明',
	'一、收入支出决算总体情况说明：2023年度收入总计812.4万元，支出总计805.9万元。',
	'二、项目支出决算情况：项目支出210.3万元，主要用于农村人居环境整治和道路维修。',
	'三、预算绩效管理工作开展情况：本单位对项目支出开展了绩效监控。'
].join('\n');

const FINAL_ACCOUNTS_WITH_REPORT = FINAL_ACCOUNTS + '\n附件：道路维修项目绩效自评报告\n项目预算60万元，实际支出58万元，自评得分92分，等级为优。';

const PLAN = [
	'某县2024年统筹整合财政涉农资金实施方案',
	'一、资金规模：计划整合中央、省、市、县各级资金共计8600万元。',
	'二、资金使用：重点支持产业发展和基础设施，预算执行进度按月通报。',
	'三、绩效目标：完成农村道路硬化45公里，带动脱贫户增收。'
].join('\n');

const RULES = [
	'某县财政专项资金绩效评价管理办法',
	'第一条 为规范财政专项资金绩效评价，提高资金使用效益，制定本办法。',
	'第十条 评价结果分为优、良、中、差四个等级，综合得分90分（含）以上为优。',
	'第十一条 预算执行率低于80%的项目，下年度预算予以核减。'
].join('\n');

const PLAN_WITH_COVER = [
	'县委农村工作领导小组：',
	'现将我县2024年财政涉农资金统筹整合使用方案随文呈报，请予审核。',
	'某县农业农村局',
	'某县2024年财政涉农资金统筹整合使用方案(年初方案)',
	'一、资金规模：整合资金6200万元，预算执行进度按月调度。',
	'二、绩效目标：新建产业路12公里。'
].join('\n');

const ALLOCATION = [
	'县教育局、县卫生健康委员会：',
	'根据省财政厅有关文件，现将2023年第一批义务教育薄弱环节改善资金预算指标下达给你们，具体项目及绩效目标详见附件。',
	'请加快预算执行进度，年度终了后按要求开展绩效自评。',
	'附件1 资金分配表 | 单位名称 | 金额 |',
	'附件2 绩效目标表 | 三级指标 | 指标值 |',
	'| 改造校舍面积 | ≥2400平方米 |'
].join('\n');

// the money handed to one bureau ("现下达你局"), the target table one cell per line behind "附件"
const ALLOCATION_TO_ONE = [
	'某财农〔2024〕7号',
	'现下达你局2024年高标准农田建后管护资金86万元，专项用于全县4.2万亩农田设施维修，请按规定专款专用。',
	'请按照下达的绩效目标做好运行监控，预算年度结束后开展绩效自评。',
	'附件：绩效目标表',
	'某县财政局',
	'附件',
	'资金名称 |',
	'高标准农田建后管护资金 | |||',
	'三级指标 |',
	'指标值 |',
	'维修渠道长度 |',
	'≥12公里 | ||'
].join('\n');

// a finance bureau's notice of several projects' results, with its summary table
const RESULTS_NOTICE = [
	'某财绩〔2024〕3号',
	'某县财政局关于2023年度重点项目',
	'绩效评价结果的通报',
	'各预算单位:',
	'县财政局委托第三方机构对4个2023年度重点项目开展了绩效评价,现将结果通报如下。',
	'4个项目预算合计1,260.00万元,实际支出1,190.40万元。评价等级为“优”的1个,“良”的2个,“中”的1个。',
	'附件:2023年度重点项目绩效评价结果汇总表',
	'序号 项目名称 预算金额(万元) 实际支出(万元) 评价得分 评价等级',
	'1 村道硬化项目 500.00 482.00 91 优'
].join('\n');

// a form asking to change a project's targets and budget mid-year: targets, no results
const TARGET_CHANGE = [
	'某县2024年度林果提质增效项目',
	'项目支出绩效目标调整申请表',
	'项目名称',
	'林果提质增效项目',
	'年初预算数',
	'80',
	'调整后预算数',
	'72',
	'三级指标',
	'原指标值',
	'调整后指标值',
	'新建果园',
	'≥500亩',
	'≥450亩',
	'调整原因',
	'部分地块流转未落实'
].join('\n');

// a finance bureau's plan for the key evaluations it will commission, with the scoring it will use
const WORK_PLAN = [
	'某县财政局关于印发《2024年度财政重点绩效评价工作方案》的通知',
	'各有关单位:现将工作方案印发给你们,请认真组织实施。',
	'某县2024年度财政重点绩效评价工作方案',
	'一、评价对象',
	'1.农村公路养护项目,县交通运输局,预算资金820.00万元;',
	'二、评价方法',
	'评价实行百分制,综合得分90分(含)以上为优,80分(含)至90分为良。',
	'三、时间安排',
	'6月30日前完成现场评价,7月31日前提交评价报告。'
].join('\n');

// a county's summary of the year's self-evaluation work: counts by grade, one example
const EXPERT_REVIEW = [
	'当前位置:首页 > 预算绩效管理',
	'某县2023年度乡村道路养护项目绩效评价报告专家评审意见',
	'县财政局组织专家对评价机构提交的评价报告进行评审,形成意见如下:',
	'一、报告基本情况',
	'报告反映:项目预算860万元,实际支出812万元,预算执行率94.4%;综合得分84分,评价等级为“良”。',
	'二、评审意见',
	'(一)指标体系基本合理,但“路况优良率≥85%”的佐证不足。',
	'评审组同意报告修改后通过。'
].join('\n');

const BUREAU_SUMMARY = [
	'您现在的位置:首页 > 计划总结',
	'某县林业局2023年工作总结',
	'一、工作完成情况',
	'全年完成造林1.2万亩,兑付补贴资金640万元。部门预算支出1,320.5万元,预算执行率97.6%;对8个项目开展绩效自评,平均自评得分92分。',
	'二、存在的问题',
	'一是管护力量不足。',
	'三、2024年工作打算',
	'完成造林1万亩以上。'
].join('\n');

const WORK_SUMMARY = [
	'某县2023年度预算绩效自评工作总结',
	'一、基本情况',
	'全县68个预算单位对185个项目开展了绩效自评,涉及资金5.4亿元,项目平均预算执行率94.1%。',
	'二、自评结果',
	'185个项目中,自评等级为“优”的140个、“良”的38个、“中”的7个。抽查复核20个项目,2个项目由“优”调整为“良”。',
	'三、下一步工作',
	'扩大复核比例,将复核结果与预算安排挂钩。'
].join('\n');

// the finance bureau's assessment of units' performance management work, scores of units
const ASSESSMENT = [
	'某县财政局关于2023年度预算绩效管理工作考核结果的通报',
	'各预算单位:',
	'县财政局对全县45个预算单位的预算绩效管理工作进行了考核,满分100分,90分以上为“优秀”。',
	'考核为“优秀”等次的单位9个,其中县教育局96分、县水利局94.5分;考核为“良好”等次的单位28个。',
	'全县共报送项目自评表260份,涉及资金7.3亿元。'
].join('\n');

const MEETING_NEWS = [
	'您现在的位置：主页 > 本地要闻',
	'某市财政局召开2022年度重点项目绩效评价结果反馈会',
	'日期：2023-08-02',
	'8月1日，市财政局召开会议，向12家单位反馈重点项目绩效评价结果，涉及资金5,230万元。会上，评价机构通报了绩效目标完成情况和存在的问题。'
].join('\n');

const EX_ANTE = [
	'财政支出项目事前绩效评估报告',
	'项目名称：某县乡村供水提质工程',
	'申请资金总额：项目计划总投资820万元，申请县级财政资金300万元。',
	'评估结论：项目立项必要，绩效目标合理，评估得分88分。'
].join('\n');

const PUBLISHING_NOTICE = [
	'某县农业农村局2022年度绩效自评情况公开',
	'2022年度我局开展了部门整体支出绩效自评，涉及一般公共预算支出3,120万元，自评等次为优秀。现将自评报告予以公开。',
	'附件：1.某县农业农村局2022年度部门整体支出绩效自评报告',
	'2.2022年度动物防疫补助资金绩效自评报告'
].join('\n');

const AWARD_NOTICE = [
	'某县2024年度财政重点绩效评价服务采购项目成交结果公告',
	'一、项目编号:MX-CG-2024-0093',
	'二、项目名称:2024年度财政重点绩效评价服务采购项目',
	'三、成交信息',
	'序号 | 成交金额(元) | 成交供应商名称 |',
	'1 | 268000 | 某某会计师事务所有限公司 |',
	'四、主要标的信息:对县财政确定的9个重点项目(涉及资金约5,400万元)开展绩效评价,出具绩效评价报告。',
	'五、评审专家名单:李**、周**'
].join('\n');

/** A third-party report that says how its evaluator was bought is still a report. */
const REPORT_BY_TENDER = [
	'某县2023年度乡村道路养护项目绩效评价报告',
	'受县财政局委托,经竞争性磋商选定的供应商某某咨询公司于2024年4月开展评价,采购人为县财政局。',
	'项目预算320万元,实际支出301.5万元,执行率94.22%。评价得分86分,评价等级为良。'
].join('\n');

const TEMPLATE = [
	'项目绩效自评报告(参考格式)',
	'评价方式:□单位自评□部门评价□第三方评价',
	'××县××局',
	'▁▁▁▁项目绩效自评报告',
	'(    年度)',
	'报送日期:    年  月  日',
	'(撰写要点)',
	'一、项目基本情况',
	'(一)资金使用情况。写明预算数和实际支出数。例如:预算200万元,实际支出190万元,执行率95%。',
	'二、评价结论',
	'写明自评得分及等级。'
].join('\n');

const FILLED_FROM_TEMPLATE = [
	'某镇2023年度村道养护项目绩效自评报告',
	'【仅供学习参考】',
	'一、项目基本情况',
	'项目预算80万元,实际支出78万元,执行率97.5%。',
	'二、评价结论',
	'自评得分92分,等级为优。',
	'某镇人民政府',
	'2024年3月  日'
].join('\n');

const AUDIT_RECTIFICATION = [
	'关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况的报告',
	'县审计局局长 某某',
	'《审计工作报告》反映问题37项,问题资金9,820.5万元,已整改31项。',
	'一、预算绩效管理方面',
	'2个项目绩效自评结果与实际完成情况不符,自评得分偏高。'
].join('\n');

const BUDGET_NOTICE = [
	'某县某镇人民政府2025年部门预算公开说明',
	'第一部分 部门概况',
	'第二部分 2025年部门预算情况说明',
	'一、收支预算总体情况:收入预算3,210.4万元,支出预算3,210.4万元。',
	'二、项目支出预算:1.村庄保洁项目,预算420万元。绩效目标:保洁覆盖率100%,群众满意度≥90%。',
	'三、绩效目标设置情况:实行绩效目标管理的项目12个,涉及资金1,380万元。'
].join('\n');

const TRAINING_NOTICE = [
	'关于举办2025年预算绩效管理业务培训班的通知',
	'各镇人民政府,县直各单位:',
	'为做好2024年度项目支出绩效自评工作,决定举办培训班。',
	'培训内容:自评表填报,预算执行率计算(全年执行数÷全年预算数);去年抽查的20个项目中,6个自评得分偏高。'
].join('\n');

const MONITORING = [
	'2024年度项目支出绩效运行监控表',
	'项目名称\t某镇污水管网维护项目',
	'资金情况(万元)\t全年预算数\t1-6月执行数\t执行率',
	'年度资金总额\t60\t27.5\t45.83%',
	'产出指标\t维护管网长度\t≥20公里\t1-6月完成9公里\t预计能完成'
].join('\n');

const RECTIFICATION = [
	'某县水利局关于2023年度重点绩效评价发现问题整改情况的报告',
	'县财政局:',
	'县财政局委托第三方对我局农村饮水安全项目开展重点绩效评价,评价得分82分,等级为良。针对评价指出的问题,整改如下:',
	'一、预算执行率偏低的问题。已完成支出96.5万元。'
].join('\n');

const WORK_NOTICE = [
	'关于开展2024年度项目支出绩效自评工作的通知',
	'各乡镇,县直各单位:',
	'请各单位对2024年度项目开展自评。示例:某项目预算100万元,实际支出95万元,执行率95%,自评得分92分,等级为优。',
	'请于3月31日前报送自评报告。'
].join('\n');

const REPORT_ON_MONITORING = [
	'某镇2023年度污水管网维护项目绩效自评报告',
	'一、项目基本情况',
	'年中开展了绩效运行监控,1-6月执行率45%。项目预算60万元,全年实际支出58万元。自评得分93分。'
].join('\n');

const FRAMEWORK = [
	'某县部门整体支出绩效评价指标体系(试行)',
	'说明:供各单位开展2024年度自评时参考。',
	'一级指标\t分值\t二级指标\t三级指标\t评分标准',
	'过程\t20\t资金管理\t预算执行率\t执行率=实际支出/全年预算数,≥95%得满分,每低1个百分点扣0.5分。',
	'满意度\t10\t满意度\t服务对象满意度\t≥90%得满分。',
	'等级:综合得分90分(含)以上为优,80-90分为良。'
].join('\n');

const ACCOUNTS_COUNTING_GRADES = [
	'某县林业局2024年度决算公开情况说明',
	'第三部分 2024年度部门决算情况说明',
	'一、收入支出决算总体情况说明:2024年度收入总计1,204.60万元,支出总计1,204.60万元。',
	'第四部分 预算绩效情况说明',
	'(一)项目绩效自评结果。全局开展自评的9个项目中,8个项目自评等级为优,1个项目自评等级为良。'
].join('\n');

const ACCOUNTS_WITH_OWN_EVALUATION = ACCOUNTS_COUNTING_GRADES.replace(
	'全局开展自评的9个项目中,8个项目自评等级为优,1个项目自评等级为良。',
	'护林员补助项目预算80万元,实际支出78万元,自评得分94分,等级为优。另有4个项目自评等级为优。'
);

describe('notReportReason', () => {
	it.each([
		['a notice that lists reports, with no result', NOTICE, /通知或公告/],
		['a notice that states a result is read', NOTICE_WITH_RESULTS, null],
		['a report', REPORT, null],
		['a final-accounts page with no evaluation result', FINAL_ACCOUNTS, /部门决算/],
		['a final-accounts page with an evaluation report attached is read', FINAL_ACCOUNTS_WITH_REPORT, null],
		['a funding plan with targets and no result', PLAN, /资金计划或实施方案/],
		['rules that describe scores and grades but evaluate nothing', RULES, /管理办法/],
		[
			'rules whose title was cut off the page, closing with "本办法由…负责解释"',
			'28.农业项目资金拨付及时率。\n29.财政涉农项目绩效自评得分情况。\n三、考评等次\n(一)优秀:考评分不低于90分。\n(二)良好:考评分在80分至90分之间。\n其中,第29项按各乡镇项目绩效自评平均得分折算,资金50万元以上的项目权重加倍。\n四、本办法由某县农业农村局负责解释,自印发之日起施行。',
			/管理办法/
		],
		['a plan under its cover letter, its title bracketed', PLAN_WITH_COVER, /方案或计划/],
		[
			'a plan by its title on a first line',
			'某镇2024年度农村道路养护项目绩效目标实施方案\n一、绩效目标\n全年养护村道42公里。\n二、保障措施\n镇财政安排资金60万元。',
			/方案/
		],
		[
			"a PDF form's wrapped reason ending in 安排 is no plan's title, its 总分 row a result",
			'项目支出绩效自评表\n( 2022 年度)\n项目名称 社区舞蹈队培训项目\n三级指标 年度指标\n值\n实际完成\n值\n分值 得分\n开展培训 ≥ 12 期 12 期 50 45 培训时段\n安排\n不够灵活\n总分 100 90.5',
			null
		],
		[
			'a report with a heading ending in 意见 and no result phrase is no plan',
			'某县2022年度山塘整治项目绩效自评报告\n一、项目基本情况\n项目预算86万元,实际支出84万元。\n二、问题及处理意见\n个别山塘护坡不实。',
			null
		],
		['a notice that hands budgets down with a target table', ALLOCATION, /资金下达通知/],
		['a notice that hands one bureau its money ("现下达你局") with a target table', ALLOCATION_TO_ONE, /资金下达通知/],
		[
			'a report that quotes the allocation it was given is read',
			REPORT.replace('一、项目基本情况', '一、项目基本情况\n县财政局现下达你局资金120万元的通知已执行'),
			null
		],
		["a notice summing up several projects' evaluation results", RESULTS_NOTICE, /通报多个项目评价结果/],
		['a form asking to change targets mid-year', TARGET_CHANGE, /绩效目标申报表/],
		['a work plan for evaluations still to be done, with its scoring bands', WORK_PLAN, /评价工作方案/],
		["a county's summary of its evaluation work, counting grades", WORK_SUMMARY, /工作总结或考核通报/],
		["an assessment notice on units' performance management", ASSESSMENT, /工作总结或考核通报/],
		['a news item about an evaluation meeting', MEETING_NEWS, /会议新闻/],
		['a report whose prose mentions a meeting is read', REPORT.replace('一、项目基本情况', '一、项目基本情况\n3月召开项目推进会'), null],
		['an ex-ante assessment, before any money is spent', EX_ANTE, /事前绩效评估/],
		['an ex-ante label on a report that states its spending is read', EX_ANTE.replace('申请资金总额', '实际支出610万元。申请资金总额'), null],
		['a notice that publishes its reports as attachments', PUBLISHING_NOTICE, /附件/],
		['an award notice for an evaluation service', AWARD_NOTICE, /采购文件/],
		['a report that names the procurement of its evaluator is read', REPORT_BY_TENDER, null],
		['a blank report template with a worked example', TEMPLATE, /空白的报告模板/],
		['a report filled in from a template site is read', FILLED_FROM_TEMPLATE, null],
		['an audit rectification report that mentions self-evaluations', AUDIT_RECTIFICATION, /审计/],
		['a published budget with targets', BUDGET_NOTICE, /部门预算公开/],
		[
			'a news story that opens with its date and the event held (a village dividend meeting), with money and a grade in it',
			'3月8日上午,某村村委会门前广场上,某村股份经济合作社2023年度收益分红大会在这里举行。\n全村股东960人,每人分红150元,共计14.4万元。\n村里承接的冷库项目预算资金80万元,实际支出78万元,去年绩效评价等级为“优”,得分93分。',
			/新闻报道/
		],
		[
			"a news story whose first line dates the visitors' coming ('6月12日至13日,…考评组来到我市')",
			'6月12日至13日,某市财政局组成考评组来到我县,围绕2022年度农村综合改革转移支付资金开展绩效考评。 |\n本次考评涉及资金1800万元,项目平均完工率97%,我县考评得分为93.5分。 |',
			/新闻报道/
		],
		[
			'a report whose first sentence dates the evaluation and names a meeting is read',
			'某县2023年度冷库建设项目绩效自评报告\n3月8日上午,县农业农村局召开项目自评会。\n项目预算80万元,实际支出78万元,执行率97.5%。自评得分93分,等级为优。',
			null
		],
		[
			"a staff member's reflections after an evaluation round, on an essay site",
			'您的当前位置:某范文网 > 专题范文 > 心得体会 >\n参加财政评价工作心得体会3篇\n时间:2023-08-14 来源:某范文网\n篇一:参加财政评价工作心得体会\n今年4月,我参加了全市12个项目、资金4860万元的财政评价现场核查,平均得分84.6分。',
			/心得体会/
		],
		[
			"a school's yearly report on its graduates' employment",
			'某县职业教育中心2023届毕业生就业质量年度报告(中职就业报告)\n一、毕业生基本情况\n2023届共有毕业生436人,就业率97.2%。学校全年投入实训设备购置资金286万元,年度办学绩效考核得分92分,考核等次为优秀。',
			/另一类报告|another kind of report/
		],
		['a training notice on self-evaluation, with figures', TRAINING_NOTICE, /培训或会议通知/],
		['a mid-year monitoring table', MONITORING, /运行监控/],
		['a report that mentions its monitoring is read', REPORT_ON_MONITORING, null],
		['a report on fixing what an evaluation found', RECTIFICATION, /整改/],
		['a notice asking units to evaluate, with a worked example', WORK_NOTICE, /布置绩效自评工作/],
		['an indicator framework with scoring rules and grade bands', FRAMEWORK, /评价指标体系/],
		["final accounts that only count the projects' self-evaluation grades", ACCOUNTS_COUNTING_GRADES, /汇总各项目的自评结果/],
		['final accounts whose performance part evaluates a project of its own are read', ACCOUNTS_WITH_OWN_EVALUATION, null],
		["experts' review of an evaluation report, quoting its figures", EXPERT_REVIEW, /专家评审意见/],
		['a report whose title ends in 评审意见 of its own evaluation committee is not taken for one', EXPERT_REVIEW.replace('专家评审意见', '绩效评价报告'), null],
		["a bureau's annual work summary with money, a rate and an average score", BUREAU_SUMMARY, /年度工作总结/],
		[
			"a project's self-evaluation titled 工作总结 is read",
			BUREAU_SUMMARY.replace('某县林业局2023年工作总结', '某县林业局2023年度造林补贴项目绩效自评工作总结'),
			null
		],
		[
			"a government's annual report on information disclosure, with budget and rate figures",
			'某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息3,280条,其中预算和绩效自评报告126份(平均自评得分91分),依申请公开办结率100%。\n二、收费情况\n全年未收取任何费用。',
			/政府信息公开/
		],
		[
			"a people's congress committee's review of the budget's execution, counting the projects self-evaluated",
			'某县人大常委会财政经济工作委员会关于2023年上半年预算执行情况的审查报告\n主任、各位副主任、各位委员：\n上半年一般公共预算支出完成8.1亿元，为年度预算的51.3%。县财政局组织98个项目开展了绩效自评，平均自评得分90.4分。\n二、几点建议\n（一）加快预算执行。',
			/人大/
		],
		[
			'a project report whose title names its own budget execution, with no congress in it, is read',
			'某县农机购置补贴资金预算执行情况报告\n项目预算120万元，实际支出118万元，执行率98.3%。经自评，得分93分，等级为优。',
			null
		],
		[
			"a description of reports written mostly in English (a fixture set's README) is no report",
			'# A set of report layouts\n\n' +
				'Each fixture copies the layout of a published page: a 自评表 grid flattened to one line, a 绩效自评报告 in prose with its 预算 and 执行率, a WeChat copy. The expected values were written by reading each text; the score, the grade and the budget are read as the report states them. '.repeat(
					4
				),
			/mostly in another language/
		],
		[
			'a form with bilingual headers is read',
			'项目支出绩效自评表（2023年度）\n项目名称 Project\t某项目\n全年预算数 Budget\t50\n全年执行数 Actual\t48\n自评得分 Score\t92\n自评等级 Grade\t优\n年度指标值 Target\t实际完成值 Result\n培训人次 Trainees\t≥300人次\t320人次',
			null
		],
		[
			'a contract for an evaluation service',
			'某县财政局预算绩效评价购买服务合同\n甲方（委托方）：某县财政局\n乙方（受托方）：某会计师事务所\n第一条 服务内容\n乙方对3个项目开展重点绩效评价，评价结果分为优、良、中、差。\n第二条 合同价款\n合同总价款为人民币18.6万元。\n第三条 违约责任\n任何一方违约，应赔偿损失。',
			/合同/
		],
		[
			"final accounts whose performance paragraph counts the projects' scores beside the department's",
			'某县文化局2021年度部门决算公开说明\n第一部分 部门概况\n一、收入支出决算总体情况说明\n2021年度收入总计1,862.35万元，支出总计1,862.35万元。\n（二）预算绩效情况说明\n本部门对12个项目开展了绩效自评，11个项目自评得分在90分以上，1个项目自评得分为85分。本部门还对部门整体支出开展了绩效自评，自评得分92分。',
			/部门决算/
		],
		[
			'a quiz on performance management with worked examples',
			'某县2025年预算绩效管理业务知识测试题（含答案）\n一、单项选择题\n1、某项目全年预算数为50万元，全年执行数为47万元，则预算执行率得分为（ ）分。\nA、9.4\nB、10\n正确答案：A\n题目解析：执行率=94%，自评得分86分的项目等级为良。',
			/测试题/
		],
		[
			"a school's scheme for its staff's performance pay",
			'某县第三初级中学2023年奖励性绩效工资考核分配方案\n一、分配原则\n坚持多劳多得、优绩优酬。\n二、总量\n县财政预算核定奖励性绩效工资总额86.4万元，综合考核评价满分100分，得分90分以上为优。',
			/绩效工资/
		],
		[
			"a review of a project applying for funds (立项评审), with the experts' scores",
			'培训类项目立项评审指标体系\n项目名称:2025年某区社区工作者培训项目 申报单位:某区民政局 申报金额:18万元\n项目立项(30分) 立项依据充分 10 8\n绩效目标(30分) 目标明确 15 12\n合计 100 76\n评审意见:评审得分76分,等级为良好,建议调减预算后予以立项。',
			/立项/
		],
		[
			"a finance bureau's purchase intentions, one of them an evaluation service",
			'某县财政局2025年1月至12月政府采购意向\n现将本单位采购意向公开如下:\n序号 采购项目名称 采购需求概况 预算金额(元)\n1\n某县2024年度重点项目财政绩效评价服务\n主要功能或目标:对12个重点项目开展绩效评价,评价结果按综合得分分为优、良、中、差。\n360000\n2025年3月',
			/采购/
		],
		[
			'a news round-up of procurement notices',
			'某市本级政府采购项目集中发布\n此批采购公告信息共计18个,采购预算金额3286.4万元,其中含财政重点项目绩效评价服务2个,金额64万元,评价结论按优、良、中、差出具。',
			/采购/
		],
		[
			"a unit's internal-control rule for its budget",
			'某区城市绿化服务中心预算业务内部控制管理制度\n\n为提高单位预算管理水平,结合本中心实际,制定本制度。\n第一条 本中心预算业务实行归口管理。\n第三条 各科室对上年度项目支出开展绩效自评。2023年度12个项目自评平均得分91.2分。\n第四条 评价等级为中的,核减下年度预算10%。',
			/管理办法|规程/
		],
		[
			'a news item without a byline: a headline, 今年以来, 该镇, several projects counted',
			'某镇“一事一议”财政奖补项目全面完工\n今年以来,该镇把一事一议财政奖补项目作为重要抓手。该镇2021年共实施奖补项目12个,总投资186万元,其中财政奖补资金130万元,项目验收合格率100%。镇财政所对12个项目逐一开展绩效自评,自评结果均为“优”。',
			/新闻/
		],
		[
			'a report whose own first line is its title is no news item, however it tells its year (今年以来, 该镇)',
			'某镇2021年度一事一议财政奖补项目绩效自评报告\n今年以来,该镇共实施奖补项目12个,预算130万元,实际支出126万元,自评得分92分。',
			null
		],
		[
			"a county government's report on the budget's execution and next year's draft, made to the congress",
			'名称\t关于某县2023年预算执行情况和2024年预算草案的报告\n发布机构\t某县财政局\n各位代表:\n受县人民政府委托,现将预算执行情况提请大会审议。\n全县一般公共预算支出完成25.71亿元,为调整预算的95.3%。对48个项目开展绩效自评,平均得分91分。',
			/人大|审查/
		],
		[
			"a people's congress committee's opinion on the government's performance-management report",
			'某市人民代表大会常务委员会关于市人民政府2022年度预算绩效管理工作情况报告的审议意见\n某市人民政府:\n会议认为,全市38个重点项目开展了财政评价,平均得分88.6分,预算执行率96%。',
			/审议意见/
		],
		[
			"a firm's operating manual for evaluation reports, its figures examples",
			'评价报告编制作业指导书 第4页\n5.3.2 评价得分与等级。例如:“经评价,该项目综合得分86.5分,评价等级为良。”\n5.3.3 预算执行率=实际支出数÷调整后预算数×100%。示例:调整后预算120万元,实际支出114万元。',
			/作业指导书/
		],
		[
			"a rural credit union's appraisal of a project loan",
			'某县农村信用合作联社\n关于某牧业专业合作社肉牛养殖基地项目贷款的评估报告\n一、借款人概况\n二、项目概况\n总投资2860万元,申请项目贷款1500万元,争取财政补助资金400万元。\n四、绩效评估结论\n综合评分86分,评估等级为良好。',
			/贷款/
		],
		[
			'a self-evaluation form a portal files under 政府信息公开年度报告 in its breadcrumb is a report',
			'您现在所在的位置 : 首页 > 政务 > 政府信息公开年度报告\n某市某管理中心2021年部门整体支出绩效自评表\n全年预算数 265.4万元 全年执行数 257.44万元 执行率 97% 自评得分 96.7',
			null
		],
		[
			"a public institution's annual report to its registration authority, quoting its own self-evaluation",
			'某县事业单位法人年度报告书公示(2024年度)\n某县种子管理站2024年度报告书\n开办资金:30万元\n资产损益情况:年初数120.5万元,年末数131.2万元\n开展业务活动情况:全年检测种子样品860批次,合格率98%。年度部门整体支出绩效自评得分91分,等级为优。',
			/事业单位法人年度报告/
		],
		[
			"an audit firm's page on completion audits, quoting audit cases and a score",
			'某县项目竣工决算审计\n来源: 发布时间:2025-09-27\n某道路项目审计中,发现多计路面900平方米,核减造价26万元,核减率3.8%。审计报告中可对资金使用效益作出评价,某项目审计综合评分为85分。',
			/竣工决算审计/
		],
		[
			"a professional body's guidance to firms doing evaluations",
			'某省注册会计师协会专家提示第2号——会计师事务所承接财政重点绩效评价业务专家提示\n近年来,财政部门委托会计师事务所开展重点绩效评价的数量增加。检查发现部分报告评分口径不一,有的项目得分92分却未说明扣分理由,预算执行率98%的计算口径也不一致。',
			/专家提示/
		],
		[
			'a report whose title names the audit it followed is still a report',
			'某县2023年道路竣工决算审计后续项目绩效自评报告\n项目预算120万元,实际支出114万元,执行率95%,自评得分92分,等级为优。',
			null
		],
		[
			"news of a finance bureau's self-evaluation campaign, counting the county's projects",
			'某县财政局部署2025年度项目绩效自评工作\n某县财政局日前下发通知,要求县直各部门对2025年度实施的全部98个项目开展自评,涉及资金3.05亿元,自评结果与下年预算挂钩。',
			/一个地区/
		],
		[
			'a training course opening, counting budget units, with no title line',
			'5月8日上午,某区2025年度预算绩效业务培训班开班。全区47个预算单位的财务人员110余人参加。局长指出,去年第三方评价的9个项目中评价结果为优的3个、良的5个、中的1个。',
			/一个地区/
		],
		[
			"a newspaper commentary tallying an area's grades",
			'【评论】某县:让财政资金花得明白\n来源:某日报\n去年县财政局对15个重点项目开展评价,结果为优的4个、良的9个、中的2个,涉及资金0.92亿元。',
			/一个地区/
		],
		[
			"a unit's report counting its own projects is still a report",
			'某县文化馆2024年度部门整体支出绩效自评报告\n一、部门基本情况\n本馆共实施项目6个,年度预算320万元,实际支出311万元,执行率97.19%。\n二、绩效目标完成情况\n自评得分93分,等级为优。',
			null
		],
		[
			'final accounts that tally the grades of their self-evaluations are read as before',
			'2024年度部门决算\n第二部分 2024年度部门决算情况说明\n本部门对全部14个项目开展了绩效自评,其中评为优的11个、良的3个。\n项目支出决算210.3万元。\n道路维修项目预算60万元,实际支出58万元,自评得分92分,等级为优。',
			null
		],
		[
			"a finance bureau's notice publishing evaluation reports as attachments only",
			'我局委托第三方机构对2024年度5个项目开展了重点绩效评价,涉及资金8600万元,现将评价报告予以公开。\n附件:\n附件1:2024年度某县乡村道路养护项目绩效评价报告.pdf\n附件2:2024年度某县农村饮水安全项目绩效评价报告.pdf\n附件3:2024年度某县敬老院运行项目绩效评价报告.pdf\n某县财政局\n2025年9月1日',
			/附件/
		],
		[
			'a notice whose attached report is carried in its text is a report',
			'关于公开2024年度项目绩效自评报告的公告\n附件1:某县敬老院运行项目绩效自评报告.pdf\n附件2:某县敬老院运行项目绩效自评表.pdf\n某县敬老院运行项目绩效自评报告\n一、项目基本情况\n项目预算80万元,实际支出78万元。\n二、绩效目标完成情况\n自评得分94分,等级为优。',
			null
		],
		[
			"an evaluation team's interview guide",
			'某镇2024年度居家养老服务项目绩效评价现场访谈提纲\n一、访谈对象\n项目负责人、服务对象代表。\n二、访谈内容\n1.项目年初预算和调整后预算分别是多少?\n2.评价结果分为优、良、中、差四个等级,您认为本项目能达到哪一等级?',
			/提纲/
		],
		[
			'a research article named by its title, without keywords',
			'乡镇项目绩效自评得分虚高问题研究——以某县为例\n摘要:本文以某县2023年度乡镇项目自评结果为样本,分析得分偏高的原因。\n1 样本概况\n平均预算执行率93.1%,平均自评得分94.5分。',
			/研究文章/
		],
		[
			"a team's nomination for a performance-management award",
			'预算绩效管理工作先进集体推荐材料\n某镇财政所现有工作人员5名。今年组织各站所开展绩效自评,项目自评得分均在85分以上,其中最高97分,预算执行率平均96%。',
			/事迹材料|先进/
		],
		['text without budget wording', '关于开展读书月活动的通知\n请各单位积极参加。', /未找到预算/],
		// (kinds named by their titles, written after real pages in my own words)
		[
			'minutes of a meeting called 会议记录',
			'某镇2024年度项目支出绩效自评工作推进会议记录\n会议时间:2025年3月4日\n记录人:何某\n会议听取了财政所关于12个项目自评得分的汇报,平均预算执行率94%。',
			/会议纪要/
		],
		[
			"a firm's price quotation for evaluation work",
			'某县2025年度重点项目绩效评价服务报价单\n致:某县财政局\n序号 评价项目 项目资金(万元) 报价(元)\n1 乡村道路养护项目 640 36,000.00',
			/报价单/
		],
		[
			'training notes with a page mark after the title',
			'《某县预算绩效管理培训讲义》 第3页\n第三讲 自评表的填写\n举例:某项目全年预算50万元,执行48万元,执行率96%,得分9.6分。',
			/课件/
		],
		[
			"a software's user manual",
			'某县预算绩效管理系统用户手册(部门自评模块)\n1 登录\n2 填报自评表:系统带出全年预算数和执行数,单位填写实际完成值和得分。',
			/用户手册/
		],
		[
			"a finance bureau's half-year work summary",
			'某县财政局2024年上半年预算绩效管理工作总结\n上半年,我局组织42个单位完成自评,平均得分91.2分,对3个项目开展了重点评价。',
			/工作总结/
		],
		[
			'a reply on which comments were adopted',
			'关于《某镇项目绩效自评工作规程(征求意见稿)》意见采纳情况的反馈\n有意见提出自评得分90分以上为优,已采纳。预算执行率的计分办法未作调整。',
			/答复/
		],
		[
			'an infographic tallying grades in cells, its title naming the results',
			'【图解】一图读懂某街道2024年度项目支出绩效自评结果\n自评范围\n9个项目  预算资金1,320万元\n预算执行\n平均执行率95.1%\n自评等级\n优 5个  良 3个  中 1个',
			/一个地区/
		],
		[
			'a memorandum between two bureaux',
			'某县财政局 某县审计局关于绩效评价与审计协作的备忘录\n第一条 双方每年互通重点评价项目清单。\n第二条 评价得分低于60分的项目,抄送审计局,相关预算资金在审计时重点关注。',
			/文书/
		],
		['a hundred questions on self-evaluation', '预算绩效管理百问(部门整体自评篇)\n1 自评得分怎么算?\n答:预算执行率占10分,执行率95%得9.5分。', /问答或教程/],
		['news of a research project finished', '某县财政局绩效课题通过结题验收\n课题组抽取县级项目自评表120份,平均自评得分91.2分,平均执行率94%。', /研究文章/],
		[
			"a report a journal's site publishes with its own 内容提要 and 关键词 is still a report",
			'国际标准刊号:ISSNXXXX-XXXX 国内统一刊号:CNXX-XXXX/F\n某区2021年度河道保洁项目财政重点绩效评价报告\n内容提要:受某区财政局委托,某公司对河道保洁项目开展评价,评价得分86分。\n关键词:河道保洁 财政评价\n一、项目基本情况\n项目预算200万元,实际支出190万元。\n二、绩效目标实现情况\n保洁河道目标≥60公里,实际62公里。\n三、评价结论\n总分86分,评价等级为良。',
			null
		],
		[
			'a report with a bare 自评结果 label line is still a report',
			'某县某站2024年度防疫项目绩效自评报告\n自评结果\n项目预算30万元,实际支出29万元,执行率96.67%,自评得分92分,等级为优。',
			null
		]
	])('%s', (_t, text, want) => {
		const why = notReportReason(text);
		if (want === null) expect(why).toBeNull();
		else expect(why).toMatch(want);
	});
});

describe('kinds named by titles in traditional characters (the whole pipeline: the text is simplified first)', () => {
	it.each([
		['a quiz', '某縣財政局預算績效管理知識測試題(三)\n1.項目全年預算數100萬元,執行數96萬元,預算執行率為( )。\nA.96%\nB.94%', /试题/],
		['working papers named by their file', '某縣財政局重點績效評價工作底稿(樣表).xls\n評價組填寫:項目預算數、執行數、得分。', /工作底稿/]
	])('%s', (_t, text, want) => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toMatch(want);
	});
});

describe('a news story signed by its reporter', () => {
	const NEWS = [
		'某县蔬菜冷链中心项目4月2日举行开工仪式。该项目总投资2,800万元,建成后可新增冷藏能力1.5万吨。',
		'县财政局负责同志表示,项目资金将纳入年度绩效监控,预算执行率须达到90%以上。',
		'(记者 某某)'
	].join('\n');
	it('is rejected as news', () => expect(notReportReason(NEWS)).toMatch(/新闻报道/));
	it('a report that reprints a reporter-signed story after its own numbered sections is read', () => {
		const text = '某县2023年度蔬菜冷链项目绩效自评报告\n一、项目基本情况\n项目预算80万元,实际支出78万元,自评得分92分。\n(记者 某某)';
		expect(notReportReason(text)).toBeNull();
	});
});

describe('a public notice with no title', () => {
	it('"现将…理赔情况予以公示。公示期为7天" is rejected', () => {
		const text =
			'为保障参保农户知情权,现将2022年度某县玉米种植保险理赔情况予以公示。公示期为7天,如有异议可向县农业农村局反映。理赔资金纳入财政补贴资金绩效管理。\n附件1:理赔汇总表.pdf\n本批次理赔农户3,120户,理赔金额合计312.6万元,其中财政保费补贴部分对应赔款240万元。';
		expect(notReportReason(text)).toMatch(/公示/);
	});
	it('"现将…绩效自评结果予以公示" is left to the other rules', () => {
		const text = '现将2022年度某项目绩效自评结果予以公示。公示期为7天。\n项目预算50万元,实际支出48万元,自评得分91分,等级为优。';
		expect(notReportReason(text)).toBeNull();
	});
});

describe('a form whose cell names a training class is no meeting news', () => {
	it('"举办…培训班" as a cell on its own line under a form titled with its year in brackets is read', () => {
		const text = [
			'某区2021年度唢呐传承保护项目支出绩效自评表(2021年度)',
			'项目名称',
			'唢呐传承保护项目',
			'三级指标',
			'年度指标值',
			'实际完成值',
			'举办唢呐传承培训班',
			'≥6期',
			'6期',
			'全年预算数\t40\t全年执行数\t38.5',
			'总分\t100\t91'
		].join('\n');
		expect(notReportReason(text)).toBeNull();
	});
});

describe('a news feed, an encyclopedia entry and a catalogue (heldout90)', () => {
	const FEED = [
		'〔记者某某/某市报道〕某市财政局日前公布2024年度市级财政重点绩效评价项目清单,涉及项目9个、资金3.2亿元。 阅读全文>> |',
		'〔记者某某/某县报道〕某县今年安排城市更新专项资金12亿元,预计年内完工率达到90%以上。 阅读全文>> |',
		'© 2025 某某.com All rights reserved.'
	].join('\n');
	const ENTRY = [
		'打开主菜单',
		'某某百科',
		'某某街道',
		'某某街道,隶属于某省某市某区,辖区面积约228平方公里。',
		'目录',
		'1 历史沿革',
		'2 财政',
		'3 参考文献',
		'财政',
		'2023年街道一般公共预算支出约4,600万元。当年纳入绩效自评的项目12个,平均得分87.5分,预算执行率约96%。',
		'参考文献'
	].join('\n');
	it.each([
		['a news feed whose items open with their reporters in brackets', FEED, /新闻报道/],
		['an encyclopedia entry on a street, with its budget and its projects’ average score', ENTRY, /百科词条/],
		[
			'a catalogue of what a street office publishes',
			'某区某某街道基层政务公开标准目录(财政预决算领域)\n序号 | 公开事项 | 公开依据 | 公开主体 |\n1 | 部门预算 | 《预算法》 | 某某街道办事处 |\n2 | 项目支出绩效自评结果 | 《管理办法》 | 某某街道办事处 |\n3 | 投入资金5万元以上项目的绩效评价报告 | 《管理办法》 | 某区财政局 |',
			/目录/
		]
	])('%s is rejected', (_what, text, why) => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toMatch(why);
	});
	it('a report that is the first item of a news feed is read, its byline and its link dropped', () => {
		const text = [
			'〔通讯员某某/某区报道〕某市某区森林防火视频监控项目2023年度绩效自评报告',
			'一、项目概况。区应急管理局所属某市某区森林防火指挥保障中心负责全区森林防火视频监控系统运行。2023年项目预算56万元,实际支出54.88万元。',
			'二、自评结果。经逐项打分,项目自评得分90分。',
			'三、改进措施。为山脊点位加装低温防护箱和备用电源。 阅读全文>> |',
			'〔记者某某/某市报道〕某市今年春季防火期将持续至6月15日。 阅读全文>> |'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.title, r.value.report.unit, r.value.report.score]).toEqual([
			'某市某区森林防火视频监控项目2023年度绩效自评报告',
			'某市某区森林防火指挥保障中心',
			90
		]);
		expect(r.value.findings.map((f) => f.text)).toContain('为山脊点位加装低温防护箱和备用电源。');
	});
	it('a report carried as an encyclopedia entry keeps its title in its first lines and is read', () => {
		const text = ENTRY.replace(
			'某某街道\n某某街道,',
			'某县某中心2018年度良种推广项目绩效自评报告\n某县某中心2018年度良种推广项目绩效自评报告是某中心所作的单位绩效自评。\n项目预算60万元,实际支出58.2万元,自评得分92分。\n'
		);
		expect(notReportReason(text)).toBeNull();
	});
});

describe('a news story opened by its dateline, with no headline (heldout91)', () => {
	it('is rejected', () => {
		const text =
			'7月8日晚,某区2022年“清凉消夏”文旅惠民活动在世纪广场启动。活动共安排广场文艺演出36场,预计惠及群众15万人次。区文旅局负责人介绍,本次活动区财政安排预算资金150万元,资金使用情况将纳入年度绩效评价,群众满意度目标不低于95%。 |';
		expect(notReportReason(text)).toMatch(/以日期开头的新闻报道/);
	});
	it('…or by 日前 / 近日, in traditional characters too', () => {
		const text =
			'日前,省財政廳預算績效督導評估組對某市某區2022年度預算績效管理工作進行督導評估,抽查了12個項目的績效自評資料。評估組抽取的12個項目預算總額共計2,860萬元,自評得分90分以上的項目8個。\n|';
		expect(extract({ text, sourceFile: 'x.txt' }).ok).toBe(false);
	});
	it('a report whose first sentence opens with a date, under its title, is read', () => {
		const text = '某区2022年度文旅惠民活动项目绩效自评报告\n7月8日,活动启动。项目预算150万元,实际支出147万元,自评得分91分。';
		expect(notReportReason(text)).toBeNull();
	});
});

describe('a book section holding a report (heldout91)', () => {
	it('drops the section number before the title, reads "6.3.5" headings and "问题一:" items', () => {
		const text = [
			'6.3 某市某区某街道2020年度甜茶馆食品安全提升项目绩效自评报告',
			'(实施单位:某市某区某街道办事处)',
			'6.3.1 资金使用情况',
			'项目全年预算18.5万元,实际支出17.02万元,预算执行率92%。',
			'6.3.2 自评结论',
			'综合评分72.5分,评价等级为“中”。',
			'6.3.3 存在问题与改进建议',
			'问题一:部分甜茶馆为租赁经营,后厨改造数量未达到目标。',
			'问题二:少数甜茶馆餐具消毒台账不规范。',
			'建议:由社区出面协调房东,并将餐具消毒纳入日常巡查。',
			'6.4 其他街道项目自评情况'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.report.title).toBe('某市某区某街道2020年度甜茶馆食品安全提升项目绩效自评报告');
		expect(r.value.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '部分甜茶馆为租赁经营,后厨改造数量未达到目标。'],
			['问题', '少数甜茶馆餐具消毒台账不规范。'],
			['建议', '由社区出面协调房东,并将餐具消毒纳入日常巡查。']
		]);
	});
});

describe('a scoring page: weights wrapped under their headings, each row scored in a clause, the total as 各项合计 (heldout91)', () => {
	it('reads the rows with their weights and points, the score, and no finding from the form’s foot', () => {
		const text = [
			'某市某区2024年度斗渠防渗改造项目绩效自评报告',
			'项目资金:全年预算120万元,全年执行115.2万元,预算执行率96%。',
			'二、产出指标',
			'(50分)',
			'(一)数量指标',
			'(20分) 1.斗渠防渗改造长度:年度目标≥12公里,实际完成11.3公里;分值10分,得9.4分。',
			'2.配套改建分水闸:年度目标≥36座,实际完成24座;分值10分,得6.7分。',
			'三、效益指标',
			'(30分)',
			'(一)社会效益指标',
			'(15分) 新增灌溉面积:年度目标≥4000亩,实际3,000亩;分值15分,得11.3分。',
			'五、综合得分',
			'(100分) 以上各项合计90分。',
			'六、存在问题和改进措施',
			'存在问题:部分分水闸因用地协调滞后未能开工。',
			'改进措施:提前与村组对接分水闸用地。',
			'填报单位:某区水利工程管理站  填报日期:2025年2月18日'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.indicators.map((i) => [i.level2, i.name, i.weight, i.points])).toEqual([
			['数量', '斗渠防渗改造长度', 10, 9.4],
			['数量', '配套改建分水闸', 10, 6.7],
			['社会效益', '新增灌溉面积', 15, 11.3]
		]);
		expect(r.value.report.score).toBe(90);
		expect(r.value.findings.map((f) => f.kind)).toEqual(['问题', '建议']);
	});
});

describe('heldout92: news carrying one report, a notice with no title, a patent page, a credit rating under a breadcrumb', () => {
	it('a news story that carries a named report in full is read, its title the report’s name', () => {
		const text =
			'微某某 —分享— 某某网讯(通讯员 刘某)近日,某市某区环境卫生服务中心在区政府网站公开了《某市某区2019年度农村公厕管护项目绩效自评报告》,报告全文如下:我中心对农村公厕管护项目开展了自评。项目年度预算56万元,全年实际支出52.64万元,预算执行率94%。经自评小组逐项打分,项目自评得分78.5分。 来源:某某网| 编辑:张某';
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.title, r.value.report.budget_wan, r.value.report.score]).toEqual(['某市某区2019年度农村公厕管护项目绩效自评报告', 56, 78.5]);
	});
	it('news of an evaluation that names no report is still news', () => {
		const text = '某某网讯(通讯员 刘某)近日,某区财政局组织对12个项目开展重点评价,评价得分平均86分,涉及预算资金3200万元。 来源:某某网';
		expect(notReportReason(text)).toMatch(/新闻报道/);
	});
	it.each([
		[
			'a notice with no title, opened by its addressees',
			'各有关单位:\n根据有关规定,现将某街道旧住房成套改造项目专项债券存续期信息披露相关事宜通知如下:\n一、披露范围\n发行规模3.2亿元,累计使用债券资金2.86亿元,使用进度89.4%。\n二、披露内容\n项目绩效目标及预算绩效管理情况(居民签约率≥95%)',
			/没有标题的通知/
		],
		[
			'a patent’s page on an evaluation system',
			'一种街道财政项目绩效评价数据采集系统及方法与流程\n\n本发明涉及财政预算绩效管理技术领域。申请人地址:某市某区某街道。\n\n背景技术\n\n以某街道为例,2022年度实施项目37个,预算合计1,286万元,预算执行率录入错误率约4%。\n\n技术实现要素:\n\n本发明的目的在于提供一种系统,包括自评得分计算模块。',
			/专利/
		],
		[
			'a credit rating under a breadcrumb and a menu of sections',
			'某某之家:专注于信息整理\n分类导航\n预算公开|决算公开|绩效评价|政府采购|财政政策|\n某某之家 - 财经资讯 - 债券评级 - 某市某某投资集团有限公司2023年度跟踪评级报告\n某市某某投资集团有限公司2023年度跟踪评级报告\n某某信用评级有限公司维持主体信用等级为AA。2022年末公司资产总额186.4亿元,获得政府补助2.1亿元,预算执行情况良好。',
			/其他报告/
		]
	])('%s is rejected', (_what, text, why) => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toMatch(why);
	});
	it('a report set in a patent page’s frame keeps its title and is read: levels after a background section, "一是/二是" paragraphs', () => {
		const text = [
			'某市某中心2021年度部门整体支出绩效自评报告',
			'文档序号:2022-0518-031发布日期:2022-05-18阅读:318来源:市财政局',
			'基本情况',
			'中心承担全市6个镇的农牧业技术推广工作。全年预算290.00万元;全年支出281.30万元。',
			'自评实现要素:',
			'产出指标:开展牧民技术培训,目标≥24期,实际26期;引进示范牧草新品种,目标≥4个,实际4个。',
			'经自评,中心自评得分88分。',
			'存在问题',
			'一是公务用车运行费超出预算,车辆维修费用上涨。',
			'二是项目支出进度前慢后快,第四季度支出占四成以上。'
		].join('\n\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.indicators.map((i) => [i.level1, i.name])).toEqual([
			['产出', '开展牧民技术培训'],
			['产出', '引进示范牧草新品种']
		]);
		expect(r.value.findings.map((f) => f.text)).toEqual(['公务用车运行费超出预算,车辆维修费用上涨。', '项目支出进度前慢后快,第四季度支出占四成以上。']);
	});
	it('a title with its date after it, paragraphs led by "产出目标。", a count of stairwell units', () => {
		const text = [
			'某市某区某街道2022年度楼道扶手加装项目绩效自评报告 2023-03-16',
			'(一)项目基本情况',
			'项目全年预算42万元;全年实际支出40.74万元,预算执行率97%。',
			'(二)绩效目标完成情况',
			'产出目标。加装楼道扶手目标≥120个单元,实际完成126个单元;完工时间目标≤5个月,实际5个月。',
			'满意度目标。老年居民满意度目标≥95%,实际调查结果为93%。'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.report.title).toBe('某市某区某街道2022年度楼道扶手加装项目绩效自评报告');
		expect(r.value.indicators.map((i) => [i.level1, i.name, i.unit])).toEqual([
			['产出', '加装楼道扶手', '个单元'],
			['产出', '完工时间', '个月'],
			['满意度', '老年居民满意度', '%']
		]);
	});
});

describe('texts left empty once their page furniture is gone, pages nested too deeply', () => {
	it('a site menu alone is rejected as furniture, not as an empty file', () => {
		expect(notReportReason('', '首页 要闻 地方动态 政策文件 技术规范 资金管理')).toMatch(/page furniture/);
		expect(notReportReason('', '')).toMatch(/empty text/);
	});
	it('a page nested thousands of tags deep is read with its tags dropped, and says so', () => {
		const text = '<html>' + '<div>'.repeat(3000) + '某镇2023年度道路维护项目绩效自评报告 项目预算10万元,实际支出9.6万元。' + '</div>'.repeat(3000) + '</html>';
		const r = extract({ text, sourceFile: 'x.html.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.budget_wan, r.value.report.actual_wan]).toEqual([10, 9.6]);
		expect(r.value.warnings.join()).toMatch(/nested too deeply/);
	});
});

describe('a news page under its headline and byline', () => {
	const page = (story: string) =>
		['某某资讯网', '', '某街道委托第三方开展消防专项经费绩效评价', '', '时间:2023-06-20 来源:某区某街道办事处 作者:佚名', '', story].join('\n');
	it('a story of an evaluation commissioned, its report to come: rejected', () => {
		const r = extract({
			text: page('近期,某街道委托第三方机构对2022年度消防专项经费开展绩效评价。2022年经费预算120万元,实际支出110万元。评价组将在月底前形成评价报告。'),
			sourceFile: 'x.txt'
		});
		expect(r.ok ? 'accepted' : r.reason).toMatch(/news story under its headline and byline/);
	});
	it('a report under a byline, with its sections and its score: read', () => {
		const r = extract({
			text: page('一、项目基本情况\n2022年经费预算120万元,实际支出110万元。\n二、评价结论\n综合得分86分,等级为良。'),
			sourceFile: 'x.txt'
		});
		expect(r.ok).toBe(true);
	});
});

describe('a bare numbered list of targets', () => {
	const items = [
		'1、健全网格管理体系,网格员配备率达到100%。',
		'2、网格员每周走访不少于3次,走访记录录入率达到95%以上。',
		'3、按季度开展督查,发现问题整改率达到90%以上。',
		'4、落实专项经费,年度预算安排30万元,经费支出绩效自评得分不低于80分。',
		'5、组织业务培训不少于2次,参训人数不少于100人次。'
	];
	it('no title, every line an item, targets only: rejected', () => {
		expect(targetListReason(items.join('\n'))).toMatch(/numbered list of targets/);
	});
	it('a list that states what was done is not this', () => {
		expect(targetListReason([...items, '6、全年实际走访1860次。'].join('\n'))).toBeNull();
	});
});

describe('a news item under its dateline', () => {
	it('"某某网某地3月12日讯 为进一步…" with no report title: rejected', () => {
		const r = extract({
			text: '某市修订预算绩效评价管理办法\n2024年03月12日 09:41 来源:某某网\n某某网某市3月12日讯 为进一步规范预算绩效评价工作,某市财政局印发了修订后的办法。2023年全市共对46个项目开展单位自评,平均得分86.4分。',
			sourceFile: 'x.txt'
		});
		expect(r.ok ? 'accepted' : r.reason).toMatch(/wire mark/);
	});
});
