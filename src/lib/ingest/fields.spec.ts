import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import {
	announcedTitle,
	findActual,
	findBudget,
	findGrade,
	findRateStated,
	findProject,
	findScore,
	findTitle,
	findUnit,
	cutBudgetSpendRate,
	flatMoneyTotals,
	gluedFundsRow,
	labelledCell,
	maskOtherYears,
	maskPortfolio,
	moneyTableTotals,
	oneRowMoneyTable,
	titleProject,
	wholeSpendingRow
} from './fields';
import { extractExpenditures } from './expenditures';
import { splitLines } from './structure';
import { normalizeText } from './normalize';

function report(text: string) {
	const r = extract({ text, sourceFile: 't.txt' });
	if (!r.ok) throw new Error(r.reason);
	return r.value;
}

const HEAD = '石门街道2022年党建工作经费绩效自评报告\n一、基本情况\n';

// Money comes from a number with a money unit (or in a money column), never from a row number.
const MONEY: [string, number | null, number | null][] = [
	['项目全年预算数为250万元，年度预算执行数248万元。', 250, 248],
	['项目预算资金分配如下：1 万寿路社区党员活动 3,000元；2 党员培训 2,000元。', null, null],
	['预算资金使用明细：1 元旦春节走访慰问 2,000元；2 党员培训 3,000元。实际支出 0.5 万元。', null, 0.5],
	['该项目年初预算安排 98.99 万元，项目实际支出 98.99 万元。', 98.99, 98.99],
	['项目全年预算数为 5 万元，执行数为 4.424 万元，完成预算的 88.48%。\n该项资金主要用于：参观学习车费 0.946 万元，设备维修保养服务费 0.355 万元。', 5, 4.424],
	['项目全年预算数为30万元，执行数为21.907万元。\n开展党员活动 1 次，培训 2 场。', 30, 21.907],
	['项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t30\t30\t21.907\t10\t73.02%\t7.3', 30, 21.907],
	['二、部门整体支出情况\n\n全年预算数(万元)\n\n1204.5\n\n决算数(万元)\n\n1187.32\n\n其中:基本支出\n\n806.1', 1204.5, 1187.32],
	['2023年,市级财政安排困难群众救助补助资金1.82亿元,全年累计兑付补贴资金1.79亿元。', 18200, 17900],
	['项目资金共420万元,截止年底已完成拨付409.6万元,执行率97.5%。', 420, 409.6],
	// a part after 其中 is never the whole…
	['全县共投入财政衔接资金4832.5万元,其中中央资金2964万元、县本级预算安排680万元。累计支出4761.8万元。', 4832.5, 4761.8],
	// …whose list ends at the next comma
	['预算安排29.76万元，其中当年财政拨款29.76万元，实际支出数为28.5万元，预算执行率为95.77%。', 29.76, 28.5],
	// …unless its bracket closed before ("(其中建筑工程…)")
	['一批项目批复总投资61.2万元(其中建筑工程57.1万元),合计批复总投资100.1万元。累计支付工程款98万元。', 100.1, 98],
	// …and a sentence that opens with 其中 names the one evaluated among several
	['我委对12个项目开展绩效自评,涉及资金3,216.40万元。其中基本公共卫生服务补助资金项目全年预算1,426.50万元,实际支出1,389.20万元。', 1426.5, 1389.2],
	// a form's cells a line each, the opening budget's above the full-year one, units in the labels
	['项目名称\t某某运维项目\n年初预算数(万元)\t150\n全年预算数(万元)\t138\n全年执行数(万元)\t126.96\n执行率\t92%', 138, 126.96]
];

// A stated execution rate only from budget-execution wording, never from an indicator's rate.
const RATE: [string, number | null][] = [
	['项目全年预算数为98.99万元，实际支出98.99万元。\n（3）时效指标：活动按时完成率为98.8%。', null],
	['项目全年预算数为98.99万元，实际支出98.99万元。\n（3）时效指标：“三会一课”完成率100%。', null],
	['项目全年预算数为98.99万元，实际支出98.99万元。\n（3）时效指标：完成率100%。', null],
	['项目全年预算数为98.99万元，实际支出98.99万元。\n（3）时效指标：资金及时支付率91%、活动按时 完成率100%。', null],
	['项目全年预算数为98.99万元，执行数为97万元，完成率97.99%。', 0.9799],
	['项目支出预算数为50万元，执行数为49万元，预算执行率为98%。', 0.98],
	['年度预算安排50万元，实际支出49万元，完成预算的98%。', 0.98],
	['项目全年预算数为50万元，实际支出49万元，预算完成率为 98%。', 0.98],
	['项目资金72万元已全部拨付到位。截至年底累计支付70.2万元，支付率97.5%。', 0.975],
	['预算72万元，全年实际支付70.2万元，使用率97.5%。', 0.975],
	['项目全年预算数为72万元，实际支出72万元。\n（2）质量指标：监测设备使用率95%。', null],
	['项目全年预算数为72万元，实际支出72万元。\n（2）质量指标：资金及时支付率91%。', null],
	['下达项目资金62万元，累计拨付项目资金59.52万元，资金拨付率96%。', 0.96],
	['项目全年预算数为72万元，实际支出72万元。\n（2）时效指标：补贴资金按时拨付率100%。', null],
	// a form's rate cell under the spend's cell, the unit in that cell's label
	['年初预算数(万元)\t150\n全年执行数(万元)\t126.96\n执行率\t92%\n分值 / 得分\t10\t9.2', 0.92]
];

describe('budget and actual spend', () => {
	it.each(MONEY)('%s', (body, budget, actual) => {
		const x = report(HEAD + body);
		expect(x.report.budget_wan).toBe(budget);
		expect(x.report.actual_wan).toBe(actual);
	});
});

describe('stated execution rate', () => {
	it.each(RATE)('%s', (body, rate) => {
		expect(report(HEAD + body).report.execution_rate_stated).toBe(rate);
	});
	it('warns that "约100%" is an approximate figure', () => {
		const x = report(HEAD + '项目全年预算数为10万元，年度预算执行数 9.9975万元，预算执行率约 100%。');
		expect(x.report.execution_rate_stated).toBe(1);
		expect(x.warnings.join()).toMatch(/approximate figure.*约 ?100%/);
	});
});

// 自评表 header rows with space-separated cells: the project name is the cell after 项目名称, no more.
const GRID_HEAD = '项目支出绩效自评表\n（2022年度）\n';
const PROJECT: [string, string | null][] = [
	['项目名称 党建工作经费 主管部门 石门街道办事处 实施单位 石门街道办事处\n项目全年预算数为20万元。', '党建工作经费'],
	['项目名称 党员教育培训经费 主管部门 中共广州市白云区石门街道工作委员会 实施单位 中共广州市白云区石门街道工作委员会\n预算数为20万元。', '党员教育培训经费'],
	['项目名称\t“两新”组织党建工作经费\n主管部门\t石门街道办事处\t实施单位\t石门街道办事处\n预算数为20万元。', '“两新”组织党建工作经费'],
	[
		'项目名称\n主管部门 石门街道办事处 实施单位 石门街道办事处\n年度总体目标 预期目标 实际完成情况\n 加强基层党组织建设，提升党员教育管理水平。 已完成年度目标。\n党建工作经费预算数为20万元。',
		'党建工作经费'
	],
	['2019年度中共广州市花都区委员会组织部部门重点项目绩效评价报告\n一、““两新”组织党建工作经费”项目概述\n预算数为20万元。', '“两新”组织党建工作经费'],
	['项目名称 \n年度总体目标 加强基层党组织建设，开展党员教育培训。\n党建工作经费预算数为20万元。', '党建工作经费']
];

describe('project name in a 自评表', () => {
	it.each(PROJECT)('%s', (body, project) => {
		expect(report(GRID_HEAD + body).report.project_name).toBe(project);
	});
});

// The evaluated unit: from the title, else a 被评价单位/实施单位 line, else the signature at the end.
const B = '\n一、基本情况\n项目全年预算数为20万元。\n';
const UNIT: [string, string | null][] = [
	['关于报送2024年度残疾人补贴项目绩效自评情况的报告' + B + '\n某县残疾人联合会\n2025年3月17日', '某县残疾人联合会'],
	['当前位置:首页\n>> 政务公开 >> 重点领域 >> 财政资金\n某县教育局2023年度部门整体支出绩效自评报告\n时间:2024-05-21 15:40 浏览次数:' + B, '某县教育局'],
	['2021年党群服务中心专项经费项目绩效自评报告' + B, null],
	['石门街道2021年党群服务中心专项经费项目绩效自评报告' + B, '石门街道'],
	['2021年度石门街道办事处党群服务中心专项经费绩效自评报告' + B, '石门街道办事处'],
	['荔湾区站前街道办事处2019年基层党建工作经费项目绩效自评报告' + B, '荔湾区站前街道办事处'],
	['广州市荔湾区人民政府站前街道办事处 2019 年基层党建工作经费项目绩效自评报告' + B, '站前街道办事处'],
	['2021年度党群服务中心专项经费绩效自评报告' + B + '实施单位：石门街道办事处\n', '石门街道办事处'],
	['2021年度党群服务中心专项经费绩效自评报告' + B + '二、存在问题\n无。\n广州市白云区人民政府石门街道办事处\n2022年3月1日', '石门街道办事处'],
	[
		'附件 1\n2020\n一、基本情况\n项目全年预算数为20万元。\n二、绩效自评结论\n自评得分95分。\n广州市天河区人民政府车陂街道办事处\n2021年4月3日',
		'车陂街道办事处'
	],
	['2023年度党员教育管理专项经费财政重点评价报告\n被评价单位：中共广州市荔湾区委组织部\n评价机构：广州市荔湾区财政局' + B, '中共广州市荔湾区委组织部'],
	[
		'2023年度街道党组织工作经费财政重点评价报告\n\n被评价单位：中共广州市天河区兴华街道工作委员会\n\n评价机构：广州市天河区财政局' + B,
		'中共广州市天河区兴华街道工作委员会'
	],
	['为做好绩效管理工作,现将2023年某某县水利局农村供水项目绩效自评报告如下:' + B, '某某县水利局'],
	['2023年度项目支出绩效自评报告' + B + '三、改进措施\n加快结算进度。某某市园林管理处 2024年3月26日', '某某市园林管理处'],
	['2023年度项目绩效评价报告' + B + '三、改进措施\n加快结算进度。\n某某县财政局\n2024年3月20日', null],
	// a joint signature: the department that signs with the finance office
	[
		'某省2024年度保障性安居工程补助资金绩效自评报告' + B + '三、改进措施\n加快结算进度。\n某某省住房和城乡建设厅\n某某省财政厅\n2025年4月18日',
		'某某省住房和城乡建设厅'
	],
	// a town's health centre or school before the year is the unit, not the town
	['某县某某镇卫生院2023年度基本公共卫生服务项目绩效自评报告' + B, '某县某某镇卫生院'],
	// a finance bureau's own self-evaluation (no third party): it is the unit
	['某某县2023年度衔接资金绩效自评报告' + B + '三、改进措施\n加快结算进度。\n某某县财政局\n2024年3月20日', '某某县财政局'],
	// a station signs (…一站, never a website's name in the page's footer)
	['某市某区2020年度果树换种项目绩效自评报告' + B + '三、改进措施\n加快结算进度。\n某市某区经济作物技术推广站\n2021年2月26日', '某市某区经济作物技术推广站'],
	['某市某区2020年度果树换种项目绩效自评报告' + B + '三、改进措施\n加快结算进度。\n某市某区人民政府网站\n', null],
	// a sentence naming the supervising department is no unit where the doer signs the report
	[
		'某区2018年度粉葛种植示范项目绩效自评报告' + B + '项目主管部门为某区农业农村局。\n三、改进措施\n加快结算进度。\n某市某区农业技术推广站\n2019年3月1日',
		'某市某区农业技术推广站'
	],
	// a public toilet (公共厕所) in a title is no unit: the prose names the one that keeps them
	['2020年度城区公共厕所保洁管护项目绩效评价\n某市某区环境卫生服务中心城区公共厕所保洁管护项目全年预算数为86万元,执行数为82.56万元。', null],
	// a unit cell opened by its code in brackets
	['项目支出绩效自评表(2018年度)\n项目名称 某某示范项目\n实施单位 [532923XXX001]某县食用菌技术推广站\n', '某县食用菌技术推广站']
];

describe('evaluated unit', () => {
	it.each(UNIT)('%s', (text, unit) => {
		expect(report(text).report.unit).toBe(unit);
	});
});

describe('evaluation type', () => {
	const cases: [string, string | null][] = [
		['2025 年度东涌镇党建工作经费绩效评价报告\n一、概述\n项目预算数为20万元。经自评，项目综合评价等级为“优”。', '单位自评'],
		['2025 年度东涌镇党建工作经费绩效评价报告\n一、概述\n项目预算数为20万元。综合评价等级为“优”。', null],
		[
			'某乡人民政府2023年公益岗位补贴项目\n绩效评价报告\n委托单位:某某区财政局\n评价机构:某某咨询有限公司\n自评方式 |\n单位自评 |\n项目预算数为20万元。',
			'财政评价'
		],
		['2023年农技推广项目绩效评价报告\n委托单位:某某县农业农村局\n评价机构:某某会计师事务所\n项目预算数为20万元。', '部门评价']
	];
	it.each(cases)('%s', (text, type) => expect(report(text).report.evaluation_type).toBe(type));
	it("a cover: the evaluator's 评价分值 is the score; a project name repeated over two title lines is written once", () => {
		const x = report(
			'某乡人民政府2023年公益岗位补贴项目\n公益岗位补贴项目\n绩效评价报告\n委托单位:某某区财政局\n评价分值:84.5分评价等级:良\n项目预算数为20万元。'
		);
		expect([x.report.score, x.report.grade, x.report.title]).toEqual([84.5, '良', '某乡人民政府2023年公益岗位补贴项目绩效评价报告']);
	});
});

// Wording met in reports from across the country (sentences written for these tests).
describe('money wording nationwide', () => {
	const cases: [string, string, number | null, number | null][] = [
		['决算数', '项目年初预算数为80万元，决算数为78.5万元。', 80, 78.5],
		['共下达 / 已拨付', '省财政共下达专项资金120万元，截至年底已拨付115万元。', 120, 115],
		['全额到位: actual = budget', '该项目预算资金60万元，资金已全额拨付到位。', 60, 60],
		['资金总额', '项目资金总额为45万元，实际支出44万元。', 45, 44],
		['调整后预算 beats 年初预算', '年初预算安排100万元，调整后预算为120万元，实际支出118万元。', 120, 118],
		['调整预算后项目预算', '调整预算后项目预算30万元，全年执行数29万元。', 30, 29],
		['亿元', '项目预算数为1.2亿元，实际支出1.15亿元。', 12000, 11500],
		['元 with separators', '预算数为356,000元，实际支出350,500元。', 35.6, 35.05],
		[
			'全年预算 after an addition beats the initial 预算资金',
			'年初安排预算资金 46 万元,年中追加 6.5 万元,全年预算 52.5 万元。全年实际支出 50.82 万元。',
			52.5,
			50.82
		],
		['资金合计 after the amounts it adds', '中央下达资金预算80万元;5月再下达20万元。2023年改革发展资金合计100万元。累计支出96万元。', 100, 96],
		['截至…项目支出: spend, not 全部到位', '项目预算资金40万元,已全部到位。截至2023年12月底,项目支出38.5万元。', 40, 38.5],
		[
			'a report form one cell per line: 计划安排资金(元) over its figure',
			'项目名称\n村屯环境整治经费\n计划安排资金(元)\n520000\n实际到位资金(元)\n520000\n实际支出(元)\n498400',
			52,
			49.84
		],
		['parts, then 共计 the whole', '项目资金包括上级补助资金40万元、县级配套资金12万元,共计52万元。已支付50万元。', 52, 50],
		['全年执行金额 is the spend', '项目预算金额为60.00万元。全年执行金额57.60万元,执行率为96.00%。', 60, 57.6],
		['全年共拨付 a named subsidy: spend, not 全部到位', '下达培训补贴资金52万元,资金52万元已全部到位。全年共拨付培训补贴49.4万元。', 52, 49.4],
		['下达 a fund named at length', '2022年度,下达我县中央专项彩票公益金支持养老服务项目补助资金150万元,用于某镇养老院改造。截至年底已支付142万元。', 150, 142],
		[
			"下达 one level's part, another level after it: the total stands",
			'项目批复总投资800万元。其中:下达中央预算内资金500万元,区财政配套300万元。已支付760万元。',
			800,
			760
		],
		['总投资 holds other money: the fiscal allocation is the budget', '项目计划总投资320万元,区财政通过专项资金安排240万元。截至年底已拨付236万元。', 240, 236],
		['资金安排 (one source only)', '护林员补助项目县级资金安排18.4万元，全部到位，实际支出18.4万元。', 18.4, 18.4],
		["money dated to another year than the report's is not its budget", '2021年度预算安排80万元,2022年度预算安排95万元。实际支出93万元。', 95, 93],
		[
			"one level's part (县本级…) beside the whole is not the budget",
			'2022年度县本级预算安排30万元;2022年度安排专项资金150万元,其中中央资金120万元、县级资金30万元。实际支出148万元。',
			150,
			148
		],
		['a date after the year is no other year', '项目预算资金60万元。截至2023年3月31日实际支出58.2万元。', 60, 58.2],
		['财政安排…经费 / 实际执行', '2023年县财政安排河道保洁专项经费64万元,用于日常保洁。实际执行61.2万元,执行率95.6%。', 64, 61.2]
	];
	it.each(cases)('%s', (_n, body, budget, actual) => {
		const x = report(HEAD + body);
		expect(x.report.budget_wan).toBeCloseTo(budget!, 6);
		expect(x.report.actual_wan).toBeCloseTo(actual!, 6);
	});
	it('资金安排 of one level among several is no budget', () => {
		const x = report(HEAD + '护林员补助项目中央资金安排12万元，县级资金安排6.4万元，实际支出18万元。');
		expect(x.report.budget_wan).toBeNull();
	});
	it('keeps a negative budget out of the row, with a check', () => {
		const x = report(HEAD + '项目预算数为-5万元，实际支出3万元。');
		expect(x.report.budget_wan).toBeNull();
		expect(x.checks.find((c) => c.code === 'out_of_range')?.field).toBe('budget_wan');
	});
	it('keeps an absurd budget out of the row, with a check', () => {
		const x = report(HEAD + '项目预算数为100000000000000000000000万元。');
		expect(x.report.budget_wan).toBeNull();
		expect(x.checks.map((c) => c.code)).toContain('out_of_range');
	});
	it('records budget 0 with spending as a check, no rate', () => {
		const x = report(HEAD + '项目预算数为0万元，实际支出500万元。');
		expect(x.report.execution_rate).toBeNull();
		expect(x.checks.some((c) => c.code === 'out_of_range' && c.field === 'execution_rate')).toBe(true);
	});
});

describe('year wording nationwide', () => {
	const cases: [string, string, number | null, string | null][] = [
		['labelled cell', '项目支出绩效自评表\n评价年度：2022\n项目名称\t村级道路养护\n预算数10万元', 2022, null],
		[
			'in brackets after the table name, in one long line',
			'项目支出绩效自评表（2021年度） 项目名称 社区服务 主管部门 某某局 预算数 10万元 实际支出 9万元',
			2021,
			null
		],
		['spaced digits', '2 0 1 9 年 度 项目支出绩效自评报告\n预算数10万元', 2019, null],
		['prose only: a check says so', '项目绩效报告\n一、基本情况\n2020年度预算安排专项资金10万元。', 2020, 'year_from_prose'],
		['a year outside sense is no year', '2099年度项目绩效自评报告\n预算数10万元。', null, 'out_of_range'],
		[
			'money spent by December of a year',
			'环境整治项目绩效评价自评报告\n一、资金情况\n项目资金46万元。我镇于2023年12月25日之前支出44.8万元。',
			2023,
			'year_from_prose'
		],
		['a date in the next spring is no budget year', '环境整治项目绩效评价自评报告\n一、资金情况\n项目资金46万元,截至2024年3月已支出44.8万元。', null, null]
	];
	it.each(cases)('%s', (_n, text, year, check) => {
		const x = report(text);
		expect(x.report.year).toBe(year);
		if (check) expect(x.checks.map((c) => c.code)).toContain(check);
	});
	it('never puts a year into the unit', () => {
		expect(report('1899年度某某镇人民政府项目绩效自评报告\n预算数10万元。').report.unit ?? '').not.toMatch(/\d/);
	});
});

describe('evaluation type, score and grade wording', () => {
	const cases: [string, string, string | null, number | null, string | null][] = [
		['受财政局委托 far from 评价', '某某会计师事务所受某县财政局的委托，于2023年5月对该项目开展了绩效评价。预算数10万元，综合得分86分。', '财政评价', 86, '良'],
		['受主管部门委托 (a third party)', '我公司受某市农业农村局委托，对该项目进行评价。预算数10万元。', '部门评价', null, null],
		['pinyin glosses in traditional text', '項目自評(píng)報告\n預算數10萬元，自評(píng)得分92分。', '单位自评', 92, '优'],
		['自评得分 without 分', '项目绩效自评报告\n预算数10万元，自评得分98，等级为优。', '单位自评', 98, '优'],
		['达到良好水平', '项目绩效自评报告\n预算数10万元，项目绩效整体达到良好水平。', '单位自评', null, '良'],
		['a score over 100 is kept out', '项目绩效自评报告\n预算数10万元，自评得分150分。', '单位自评', null, null],
		['a grade in brackets after the score', '项目绩效自评报告\n预算数10万元。该项目自评结果为96分(优)。', '单位自评', 96, '优'],
		[
			'a form cell "自评总分(分) 97.7"',
			'部门整体绩效自评表\n主管部门 某县某局 自评总分(分) 97.7 年初预算数 全年(调整)预算数 全年执行数\n年度总金额 100 120 114',
			'单位自评',
			97.7,
			'优'
		],
		['a score before the scale it is out of', '项目绩效自评报告\n预算数10万元。综合评分:88.5(满分100分),自评等级:良好。', '单位自评', 88.5, '良'],
		['自评分值 and a grade glued to its label', '项目绩效自评报告\n预算数10万元。本项目自评分值87分,自评等级良好。', '单位自评', 87, '良'],
		['自评分 with the grade word after 自评结果', '项目绩效自评报告\n预算数10万元。经自评,自评分93分,自评结果为“优秀”。', '单位自评', 93, '优'],
		['a grade word glued to a longer word is no grade', '项目绩效自评报告\n预算数10万元。评价等级优秀率较上年提高。', '单位自评', null, null]
	];
	it.each(cases)('%s', (_n, text, type, score, grade) => {
		const x = report(text);
		expect(x.report.evaluation_type).toBe(type);
		expect(x.report.score).toBe(score);
		expect(x.report.grade).toBe(grade);
	});
});

describe('page furniture', () => {
	it('never becomes the title, unit or a place', () => {
		const x = report(
			'首页 > 信息公开 > 财政资金\n索引号：001-2023-0042\n发布机构：某某区财政局\n发布日期：2023-06-01\n某某镇人民政府2022年度项目绩效自评报告\n预算数10万元，实际支出9万元。\n分享到：微信 微博\n【打印本页】【关闭窗口】'
		);
		expect(x.report.title).toBe('某某镇人民政府2022年度项目绩效自评报告');
		expect(x.source.text).not.toMatch(/索引号|分享到|打印本页|首页 >/);
	});
});

describe('covers, portals and cells (layouts of real published reports, own words)', () => {
	it.each([
		['a Wingdings tick read as R', '评价报告\n评价方式:部门(单位)绩效自评R 财政部门组织评价□\n某项目\n预算数10万元。', '单位自评'],
		['a ticked box before the option', '评价报告\n评价方式：□单位自评 ☑财政评价\n预算数10万元。', '财政评价']
	])('evaluation type from %s', (_n, text, type) => {
		expect(report(text).report.evaluation_type).toBe(type);
	});
	it('an amount belongs to the nearest money word, not to a heading word before it', () => {
		const x = report(HEAD + '(二)预算安排和实际支出情况 项目预算 128.60 万元,实际支出 121.35 万元。');
		expect([x.report.budget_wan, x.report.actual_wan]).toEqual([128.6, 121.35]);
	});
	it.each([
		[
			'portal date and source before the title',
			'日期:2024-05-28 09:40  来源:某县农牧和科技局某县2023年农机补贴项目支出绩效自评报告\n预算数10万元。',
			'某县2023年农机补贴项目支出绩效自评报告'
		],
		[
			'a bracketed label before the title',
			'[ 有效性 ]某区城市管理局2023年度部门整体支出绩效自评报告\n预算数10万元。',
			'某区城市管理局2023年度部门整体支出绩效自评报告'
		],
		[
			'a dash list of index fields above the title (empty items "-")',
			'- 某县卫生健康局\n-\n索引号\n-\n发布机构某县人民政府\n-\n文号\n-\n发布日期2024-06-28\n-\n有效性有效\n某县某镇卫生院2023年度基本公共卫生服务项目绩效自评报告\n预算数10万元。',
			'某县某镇卫生院2023年度基本公共卫生服务项目绩效自评报告'
		],
		[
			"a form name above an index box, printed again as the form's first cell with its year line",
			'项目支出绩效自评表\n索 引 号 | A01-2024-0007 | 主题分类 | |\n发布机构 | 某县水利局 | 发布日期 | 2024-03-26 |\n项目支出绩效自评表 | |||||\n(2023年度) | |||||\n项目名称 | 小型水库维修 | |||\n预算数10万元。',
			'项目支出绩效自评表(2023年度)'
		],
		[
			"a file name with a site's badge glued after its extension",
			'某县2023年度花椒基地建设项目绩效自评报告.docxVIP\n\n某县2023年度花椒基地建设项目绩效自评报告.docx\n\n预算数10万元。',
			'某县2023年度花椒基地建设项目绩效自评报告'
		],
		[
			"a page title with the site's name after it",
			[
				'某县2023年度花椒基地建设项目绩效自评报告 - 某某文库',
				'某县2023年度花椒基地建设项目绩效自评报告根据县财政局关于开展2023年度项目支出绩效自评工作的通知要求,我局组织相关股室对花椒基地建设项目开展了绩效自评,现将有关情况报告如下。',
				'一、项目基本情况',
				'项目年初预算10万元,用于新建花椒基地并配套滴灌设施,全年实际支出9.6万元。'
			].join('\n'),
			'某县2023年度花椒基地建设项目绩效自评报告'
		],
		[
			'a breadcrumb without 首页 above the title of a double-spaced page',
			'政务公开 > 财政 > 财政专题 > 2023年度项目支出绩效自评\n\n某街道2023年度背街小巷整治项目绩效自评报告\n\n日期:2024-05-20 10:00    来源:某街道办事处\n\n分享:\n\n一、项目基本情况\n\n项目预算金额为15.00万元。',
			'某街道2023年度背街小巷整治项目绩效自评报告'
		],
		[
			'a document site',
			'《乡村道路养护项目绩效自评报告.docx》由会员分享，可在线阅读，更多相关《乡村道路养护项目绩效自评报告.docx(4页珍藏版)》\n预算数10万元。',
			'乡村道路养护项目绩效自评报告'
		]
	])('title: %s', (_n, text, title) => {
		expect(report(text).report.title).toBe(title);
	});
	it('the tail of a title broken over two lines, the whole title printed again below: the whole one', () => {
		const text =
			'- 2024-05-09 发布\n某县交通运输局2023年度农村客运\n补贴资金绩效自评报告\n【仅供学习参考】\n某县交通运输局2023年度农村客运补贴资金绩效自评报告\n一、基本情况';
		expect(findTitle(splitLines(text))?.value).toBe('某县交通运输局2023年度农村客运补贴资金绩效自评报告');
		// a report number before the title printed again is no part of it: the title stays
		const numbered = '2023年度某县污水治理项目绩效评价报告\n苏某〔2024〕绩评第17号2023年度某县污水治理项目绩效评价报告\n一、基本情况';
		expect(findTitle(splitLines(numbered))?.value).toBe('2023年度某县污水治理项目绩效评价报告');
	});
	it.each([
		[
			"the page's short title over the document's heading broken over two lines",
			'石磨豆腐扶持资金项目绩效评价报告\n\n时间:2022.8.3\n\n某县2021年度石磨豆腐扶持资金项目\n\n财政重点绩效评价报告\n\n某评字[2022]第12号\n\n某县财政局:\n\n受某县财政局委托,我所对该项目开展了评价。',
			'某县2021年度石磨豆腐扶持资金项目财政重点绩效评价报告'
		],
		[
			"the page's title with its year, the heading saying more",
			'某县2022年度藤编产业扶持资金绩效评价报告\n时间:2023.6.1\n某县2022年度藤编产业扶持资金\n重点绩效评价报告\n某县财政局:',
			'某县2022年度藤编产业扶持资金重点绩效评价报告'
		],
		[
			"a catalogue's name of the report, its year bare, over the cover's heading naming the same year and place",
			'某市青溪区茶叶站2021绩效评价自评报告及评分表(整体支出)\n来源:办公室   2022-04-11 10:02\n浏览量:5 | | |\n\n青溪区2021年度部门整体支出\n\n绩效评价自评报告\n\n部门(单位)名称:  某市青溪区茶叶站',
			'青溪区2021年度部门整体支出绩效评价自评报告'
		],
		[
			'a heading of another year is not the title',
			'某市青溪区茶叶站2021绩效评价自评报告及评分表(整体支出)\n来源:办公室   2022-04-11 10:02\n某区2020年度部门整体支出绩效评价自评报告\n部门(单位)名称:  某市某区茶叶站',
			'某市青溪区茶叶站2021绩效评价自评报告及评分表(整体支出)'
		],
		[
			"a bureau's page title over the form's own heading run into its first cells",
			'某县水利局2020年度项目支出绩效自评表公开\n发布时间:2021-06-02 来源:某县水利局\n某县2020年度山塘清淤项目支出绩效自评表 项目名称山塘清淤项目主管部门某县水利局实施单位某县水利工作站项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额80 80 76 10 95% 9.5',
			'某县2020年度山塘清淤项目支出绩效自评表'
		],
		[
			'a heading below that names another project is not the title',
			'石磨豆腐扶持资金项目绩效评价报告\n时间:2022.8.3\n某县2021年度茶园改造项目\n财政重点绩效评价报告\n某县财政局:',
			'石磨豆腐扶持资金项目绩效评价报告'
		],
		[
			'a heading past the prose is not looked for',
			'石磨豆腐扶持资金项目绩效评价报告\n项目由某县农业农村局实施,覆盖6个乡镇。\n某县2021年度石磨豆腐扶持资金项目财政重点绩效评价报告',
			'石磨豆腐扶持资金项目绩效评价报告'
		]
	])('%s', (_n, text, title) => expect(report(text).report.title).toBe(title));
	it("a document site's file name above the form's own name with its year: the name with the year", () => {
		const text = '小型水库维修绩效自评表.doc\n\nID:5531\n\n大小:31 KB\n\n小型水库维修绩效自评表(2023年度)\n项目名称\t小型水库维修';
		expect(findTitle(splitLines(text))?.value).toBe('小型水库维修绩效自评表(2023年度)');
	});
	it('the project in brackets on the line below a generic title', () => {
		const r = report('2022年度项目绩效自评报告\n(社区助餐点运营补助项目)\n一、项目基本情况\n预算数10万元。');
		expect([r.report.title, r.report.project_name]).toEqual(['2022年度项目绩效自评报告', '社区助餐点运营补助项目']);
	});
	it('a unit named with 的 and its project after it: the unit ends before 的', () => {
		const r = report('某项目绩效自评报告\n预算单位某县某镇人民政府的某镇海堤巡护项目。\n预算数10万元。');
		expect(r.report.unit).toBe('某县某镇人民政府');
	});
	it('a unit cell after two spaces on a line of cells', () => {
		expect(report('项目绩效自评表\n县级主管部门  某县农业农村委员会 实施单位  某县某某镇人民政府\n预算数10万元。').report.unit).toBe('某县某某镇人民政府');
	});
});

describe('labelled cells and project names (own words, after real layouts)', () => {
	it.each([
		['tab cells', '项目名称\t乡村道路养护\t主管部门\t某县交通运输局', /项目名称/, '乡村道路养护'],
		['borders lost: value up to the next label', '项目名称某县某镇沟渠整治项目项目负责人及电话王某1', /项目名称/, '某县某镇沟渠整治项目'],
		['borders lost after a person', '负责人及电话张、李县级主管部门某县发展和改革委员会实施单位粮食股', /县级主管部门|主管部门/, '某县发展和改革委员会'],
		['value on the next line', '实施单位\n某县水务局\n项目资金', /实施单位/, '某县水务局'],
		['a project code before the name', '项目名称\t51000023R000000001234-农村公路养护补助', /项目名称/, '农村公路养护补助'],
		['prose is no cell', '收集被评价单位的预算执行情况和资料。', /被评价单位/, null],
		['prose after the label is no cell', '实施单位和主管部门共同组织验收。', /实施单位/, null],
		['a code before a name opening with 和', '主管部门 612-某县林业局 实施单位 612008-和顺县某某林场 项目资金 (万元)', /实施单位/, '和顺县某某林场'],
		['a place opening with 和, no code', '实施单位\t和平区某某服务中心\t项目资金', /实施单位/, '和平区某某服务中心']
	])('%s', (_n, text, label, value) => {
		expect(labelledCell(text, label)?.value ?? null).toBe(value);
	});
	it.each([
		['an unknown name before the year: nothing', '某某市2023年度城乡居民养老保险市级补助资金绩效评价报告', null],
		['a county and year', '武夷山市2023年度生态茶园建设补助资金绩效评价报告', '生态茶园建设补助资金'],
		['项目支出 is no part of the name', '临河区2023年农机购置与应用补贴项目支出绩效自评报告', '农机购置与应用补贴'],
		['…改造项目支出: the project keeps its 项目', '沂水县2023年度城镇老旧小区改造项目支出绩效自评报告', '城镇老旧小区改造项目'],
		['…工程项目支出: a 工程 is the project, no 项目 added', '沂水县2022年度农村供水保障工程项目支出绩效自评报告', '农村供水保障工程'],
		['a town opening the name stays', '银川市兴庆区掌政镇设施温棚提质改造项目绩效自评报告', '掌政镇设施温棚提质改造项目'],
		['a unit report', '某市市政设施维护中心2023年度部门整体支出绩效自评报告', '部门整体支出'],
		['a unit form without 支出', '某县医疗保障局2023年度部门整体绩效自评表', '部门整体支出'],
		['a space before the report words', '武夷山市2023年度村屯道路硬化项目 绩效自评报告', '村屯道路硬化项目'],
		['the project in brackets after the report words', '某市财政支出项目绩效自评报告(某镇海堤巡护项目)', '某镇海堤巡护项目'],
		['a space inside 项目 支出: a 工程 stays without 项目', '武夷山市2023年度村道安全防护工程项目 支出绩效自评报告', '村道安全防护工程'],
		['an unrecognised unit: nothing rather than a wrong name', '2023年度广州市海珠区人民政府海幢街道办事处部门重点项目绩效评价报告', null]
	])('title project: %s', (_n, title, name) => {
		expect(titleProject({ value: title, start: 0, end: title.length })?.value ?? null).toBe(name);
	});
});

describe('more money and year wording (own words, after real reports)', () => {
	const cases: [string, string, number | null, number | null][] = [
		['调整为 after 年初安排', '年初安排专项资金1.35亿元，年中调整为1.28亿元，实际支出1.2亿元。', 12800, 12000],
		['合计 over one batch', '一批项目批复总投资600万元，二批项目批复总投资400万元，合计批复总投资1000万元，实际支出950万元。', 1000, 950],
		['转移支付资金 is no spending', '农业转移支付资金共2,400万元，全部下达。截至年底已支出2,300.5万元。', 2400, 2300.5],
		['实际发放', '共下达补贴资金64.8万元，全年实际发放64.8万元。', 64.8, 64.8],
		['a year inside the gap', '下达2023年乡村振兴衔接资金260万元，累计支付248.6万元。', 260, 248.6]
	];
	it.each(cases)('%s', (_n, body, budget, actual) => {
		const x = report(HEAD + body);
		expect([x.report.budget_wan, x.report.actual_wan]).toEqual([budget, actual]);
	});
	it('the year the prose ties to the money most often, never a date', () => {
		const x = report('某镇设施改造项目绩效自评报告\n2024年3月11日起开展自评。下达2023年衔接资金260万元，2023年项目资金全部到位。');
		expect(x.report.year).toBe(2023);
		expect(x.checks.map((c) => c.code)).toContain('year_from_prose');
	});
	it('spend far above the budget is kept but checked', () => {
		const x = report(HEAD + '项目预算数为10万元，实际支出30万元。');
		expect(x.checks.map((c) => c.code)).toContain('rate_implausible');
	});
});

describe('titles glued to page furniture', () => {
	it.each([
		[
			'a breadcrumb on the same line',
			'当前页面:首页 >>信息公开>>财政资金 >>某县2023年度农田建设项目资金绩效评价报告\n预算数10万元。',
			'某县2023年度农田建设项目资金绩效评价报告'
		],
		['a bracketed label before a year', '[预算绩效]2022年度道路清扫作业经费绩效自评表\n预算数10万元。', '2022年度道路清扫作业经费绩效自评表'],
		[
			'a portal\'s "标题:" label',
			'索引号: 0026/2024-00018\n标题: 某镇2023年度海塘养护项目绩效自评报告\n\n一、基本情况\n预算数10万元。',
			'某镇2023年度海塘养护项目绩效自评报告'
		],
		[
			'a title in book-title marks after 附件:',
			'附件: 《某区2023年度乡村道路管养资金重点绩效评价报告》\n一、基本情况\n预算数10万元。',
			'某区2023年度乡村道路管养资金重点绩效评价报告'
		],
		[
			'a site name on the line above',
			'某县人民政府门户网站\n某县水利局2023年度项目支出绩效自评报告\n\n一、基本情况\n预算数10万元。',
			'某县水利局2023年度项目支出绩效自评报告'
		],
		["a form's year on the line below its name", '附件2\n项目支出绩效自评表\n(2023年度)\n项目名称\t村道养护\n预算数10万元。', '项目支出绩效自评表(2023年度)'],
		[
			"…with an export's empty cells after it",
			'项目支出绩效自评表 | ||||\n(2022年度) | ||||\n项目名称 | 村道养护 | |||\n预算数10万元。',
			'项目支出绩效自评表(2022年度)'
		],
		["an index box's 内容概述 label", '内容概述:  某镇2023年度护岸修复项目绩效自评报告\n一、基本情况\n预算数10万元。', '某镇2023年度护岸修复项目绩效自评报告'],
		[
			"a unit's name above a standard form's name",
			'某区某镇人民政府\n项目支出绩效自评表(2022年度)\n项目名称\t河道养护\n预算数10万元。',
			'项目支出绩效自评表(2022年度)'
		],
		['a year line that is more than a year stays apart', '项目支出绩效自评表\n(2023年度预算执行)\n预算数10万元。', '项目支出绩效自评表'],
		[
			'a file id after the title',
			'某镇人民政府2023年度项目支出绩效自评表20240412093512771\n\n一、基本情况\n预算数10万元。',
			'某镇人民政府2023年度项目支出绩效自评表'
		]
	])('%s', (_n, text, title) => {
		expect(report(text).report.title).toBe(title);
	});
	it('a performance-target form (targets, no results) is rejected with its reason', () => {
		const r = extract({
			text: '项目支出绩效目标申报表\n项目名称\t道路养护\n预算数\t10万元\n年度绩效目标\t完成养护100公里\n数量指标\t养护里程\t≥100公里',
			sourceFile: 't.txt'
		});
		expect(r.ok ? 'accepted' : r.reason).toMatch(/performance-target form/);
	});
});

describe('grade wording', () => {
	it.each([
		['绩效评级为“良”', '良'],
		['综合评级：优', '优']
	])('%s', (w, g) => expect(report(HEAD + '项目预算数为20万元,实际支出19万元。经评价,该项目得分84.6分,' + w + '。').report.grade).toBe(g));
	it('a PDF\'s spaces between the words ("评价 等级 为 良") still state the grade', () => {
		const r = report(HEAD + '项目预算数为20万元,实际支出19万元。经综合评价, 项目得分 91.5 分, 评价 等级 为 良。');
		expect([r.report.grade, r.report.grade_basis]).toEqual(['良', 'stated']);
	});
});

describe('a title on a kind of fund', () => {
	it.each([
		[
			'the one project the fund paid for',
			'某县水务局2023年衔接资金项目绩效自评报告\n一、基本情况\n2023年衔接资金共下达90万元,用于实施甲村、乙村两处山塘加固改造项目。',
			'山塘加固改造项目'
		],
		['no project named: the fund itself', '某县水务局2023年衔接资金项目绩效自评报告\n一、基本情况\n2023年衔接资金共下达90万元,已全部拨付。', '衔接资金']
	])('%s', (_n, text, name) => expect(report(text).report.project_name).toBe(name));
});

describe('a town report signed by its government', () => {
	const text = [
		'扫描全能王 创建',
		'某县甲镇人民政府',
		'甲镇2022年度村组道路维修项目',
		'绩效自评报吿',
		'一、项目基本情况',
		'为保障群众出行,镇政府安排资金维修道路,由镇村镇建设服务中心负责组织实施。',
		'二、资金情况',
		'项目预算资金50.00万兀,实际支出48.5万元。自评得分9l分。',
		'某县甲镇人民政府',
		'2023年3月6日'
	].join('\n');
	it('the government above and below is the unit, not the office that carried the work out; OCR confusions are read', () => {
		const x = report(text);
		expect(x.report.title).toBe('甲镇2022年度村组道路维修项目绩效自评报告');
		expect(x.report.unit).toBe('某县甲镇人民政府');
		expect([x.report.budget_wan, x.report.score]).toEqual([50, 91]);
	});
	it('without the signature the office that carried it out is still named', () => {
		expect(report(text.split('\n').slice(2, 8).join('\n')).report.unit).toBe('镇村镇建设服务中心');
	});
});

describe('a red-header letter', () => {
	it('its letterhead names the unit; letterhead and document number are no part of the title', () => {
		const x = report(
			[
				'某县农业农村局文件',
				'',
				'某农字〔2023〕7号',
				'',
				'关于2022年度温室大棚建设项目',
				'绩效自评情况的报告',
				'',
				'某县财政局:',
				'现将有关情况报告如下:项目预算数60万元,实际支出58万元。',
				'某县农业农村局办公室 2023年3月2日印发'
			].join('\n')
		);
		expect([x.report.title, x.report.unit]).toEqual(['关于2022年度温室大棚建设项目绩效自评情况的报告', '某县农业农村局']);
	});
});

describe('titles holding markup', () => {
	it('a title with tags is kept as written (it is text, never cut as a breadcrumb)', () => {
		const x = report('某镇人民政府2023年<b>x</b>党建工作经费项目绩效自评报告\n预算数10万元。');
		expect(x.report.title).toBe('某镇人民政府2023年<b>x</b>党建工作经费项目绩效自评报告');
		expect(x.report.year).toBe(2023);
	});
});

describe('a 部门决算 published with its evaluation part', () => {
	// the accounts before the part (支出总计, 财政拨款支出, 机关运行经费, 车辆) are background: figures come from the part alone
	const text = [
		'政务公开 > 财政 > 部门决算',
		'某市某区水务局2023年度部门决算',
		'日期:2024-08-20 09:00  来源:某市某区水务局',
		'分享:',
		'目 录',
		'第一部分 2023年度部门决算报表',
		'第二部分 2023年度部门绩效评价情况',
		'第一部分 2023年度部门决算报表',
		'一、收入支出决算总体情况',
		'2023年度收入总计2,310.40万元,支出总计2,310.40万元,增长6.20%。',
		'二、一般公共预算财政拨款支出决算情况',
		'2023年度一般公共预算财政拨款支出1,980.15万元,完成年初预算的101.30%。',
		'本部门共有车辆4辆。',
		'第二部分 2023年度部门绩效评价情况',
		'一、部门项目绩效自评结果',
		'本部门选取“小型水库安全巡查”项目公开绩效自评结果。',
		'该项目年度预算数为64.00万元,执行数为60.80万元,预算执行率为95.00%,项目自评得分为93分。',
		'1.数量指标:巡查小型水库1,240次,年度指标值≥1,200次;更换水位标尺18片,年度指标值18片。'
	].join('\n');
	it('reads budget, spend, type, unit, project and indicators from the evaluation part only', () => {
		const r = report(text);
		expect([r.report.budget_wan, r.report.actual_wan, r.report.score, r.report.evaluation_type, r.report.unit, r.report.project_name]).toEqual([
			64,
			60.8,
			93,
			'单位自评',
			'某市某区水务局',
			'小型水库安全巡查'
		]);
		expect(r.indicators.map((i) => [i.name, i.target_text, i.actual_text, i.unit])).toEqual([
			['巡查小型水库', '≥1,200次', '1,240次', '次'],
			['更换水位标尺', '18片', '18片', '片']
		]);
		// the unit is the one the 决算's title names; one evaluation part is no multi-project document
		expect(r.checks.map((c) => c.code)).not.toContain('multi_project');
	});
	it('a 决算 with no evaluation part is rejected as before', () => {
		const r = extract({ text: text.split('\n').slice(0, 13).join('\n'), sourceFile: 't.txt' });
		expect(r.ok).toBe(false);
	});
});

describe('a 部门决算 whose evaluation is a sub-section of its notes', () => {
	const text = [
		'某县某镇人民政府',
		'',
		'2022年度部门决算',
		'第一部分 概况',
		'一、部门职责',
		'组织实施本镇经济和社会发展计划。',
		'第二部分 2022年度部门决算情况说明',
		'一、支出决算情况说明',
		'本年支出合计980.40万元,其中基本支出610.20万元。',
		'二、其他重要事项情况说明',
		'(一)机关运行经费支出情况',
		'本年度机关运行经费支出21.50万元。',
		'(二)预算绩效管理工作开展情况',
		'我镇对2022年村级道路养护项目开展了绩效自评。该项目预算资金40万元,全年支出38.2万元,养护道路31公里。经综合评定,该项目自评得分92分。项目实施中存在养护台账不完整的问题,下一步将按月核对各村养护记录。',
		'第三部分 名词解释',
		'1.基本支出:指为保障机构正常运转发生的支出。'
	].join('\n');
	it('takes the unit from the line above the title, and project, figures and findings from the sub-section', () => {
		const r = report(text);
		expect([r.report.unit, r.report.project_name, r.report.budget_wan, r.report.actual_wan, r.report.score]).toEqual([
			'某县某镇人民政府',
			'村级道路养护项目',
			40,
			38.2,
			92
		]);
		expect(r.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '养护台账不完整'],
			['建议', '下一步将按月核对各村养护记录。']
		]);
	});
	it.each([
		['某区某局2021年度部门决算公开', '某区某局'],
		['2021年度某县林业和草原局决算公开文本', '某县林业和草原局']
	])('the unit a 决算 title names: %s', (title, unit) => {
		expect(report(title + '\n' + text.split('\n').slice(3).join('\n')).report.unit).toBe(unit);
	});
	it('a report under a 财政预决算 breadcrumb is no 决算: its own figures stand', () => {
		const r = report(
			'首页 > 财政预决算 > 正文\n某镇2023年道路养护项目绩效自评报告\n一、基本情况\n项目预算资金50万元,实际支出48万元。\n二、绩效情况\n养护道路20公里。\n三、自评结论\n自评得分90分。'
		);
		expect([r.report.budget_wan, r.report.actual_wan, r.report.score]).toEqual([50, 48, 90]);
	});
});

describe('the unit that says it evaluated itself', () => {
	it.each([
		['根据旗财政局通知要求,某旗某苏木人民政府开展并完成了本部门转移支付项目绩效自评工作,结果如下:', '某旗某苏木人民政府'],
		['按照县财政局安排,某县水利局认真组织开展了2023年度项目绩效自评。', '某县水利局'],
		['项目计划总投资96万元,项目实施单位为某区农业农村委员会,建设地点涉及2个镇。', '某区农业农村委员会'],
		// the unit that carries the project out, named as the clause's subject or after 对 with its year
		['为发展林下经济,某市某镇林业服务站实施油茶抚育补助项目,按株补助。', '某市某镇林业服务站'],
		['本报告对某区某镇文化服务中心2023年度实施的村晚展演项目进行了自我评价。', '某区某镇文化服务中心'],
		['某市某镇人民政府按照市财政局统一部署,组织镇财政所人员对2022年度项目开展了自评。', '某市某镇人民政府'],
		['受某县文化广电旅游局委托,某公司对某县黄梅戏剧团实施的送戏下乡项目开展了评价。', '某县黄梅戏剧团']
	])('%s', (sentence, unit) => {
		expect(report('项目一:某某工程,项目全年预算数500000元,执行数480000元。\n' + sentence + '\n自评得分90分。').report.unit).toBe(unit);
	});
	it("a clause's words before the unit are no part of it", () => {
		const r = report('项目一:某某工程,项目全年预算数500000元,执行数480000元。\n县农业农村局安排某县种子管理站实施良种示范项目。\n自评得分90分。');
		expect(r.report.unit ?? '').not.toMatch(/安排/);
	});
	it('a finance bureau that asked for the evaluation is not the unit', () => {
		expect(report('某县财政局开展了全县项目绩效自评抽查。\n项目预算50万元,实际支出45万元。自评得分88分。').report.unit).toBeNull();
	});
});

describe('budget as 项目资金 followed by its amount', () => {
	it.each([
		['2024年,我镇道路养护项目资金42.8万元,其中省级补助30万元。实际支出41.36万元。', 42.8, 41.36],
		// a 项目资金 heading or label with no amount after it is no budget
		['项目资金使用情况:实际支出12万元。', null, 12]
	])('%s', (text, budget, actual) => {
		const r = report(HEAD + text);
		expect([r.report.budget_wan, r.report.actual_wan]).toEqual([budget, actual]);
	});
});

describe("a section's money cells one a line, the unit in its heading", () => {
	it.each([
		['二、部门(单位)收支情况(万元)\n年初预算数\n300.00\n年中追加\n12.50\n全年预算数\n312.50\n全年支出数\n305.10\n预算执行率\n97.6%', 312.5, 305.1],
		['二、部门收支情况(元)\n全年预算数\n1,250,000.00\n全年执行数\n1,200,000.00', 125, 120],
		// (a label whose figure is no lone figure, or cells past the next section's heading, are not read)
		['二、部门收支情况(万元)\n全年预算数\n见附表\n三、绩效目标完成情况\n全年支出数\n305.10', null, null]
	])('%j', (cells, budget, actual) => {
		const r = report('某县林业站2024年度部门整体支出绩效自评报告\n一、部门基本情况\n负责全县林业技术推广。\n' + cells + '\n四、自评结论\n自评得分90分。');
		expect([r.report.budget_wan, r.report.actual_wan]).toEqual([budget, actual]);
	});
});

describe('a 部门决算 whose evaluation part publishes a 自评表', () => {
	const text = [
		'某区某局2022年度部门决算',
		'第一部分 部门概况',
		'一、收入支出决算总体情况',
		'2022年度支出总计3,120.50万元。',
		'二、部门绩效自评情况',
		'本部门对全部项目开展了绩效自评,共自评项目31个,涉及资金2,800万元。',
		'项目支出绩效自评表(2022年度)',
		'项目名称  社区书屋运营经费',
		'项目资金(元)  年初预算数  全年预算数  全年执行数  分值  执行率  得分',
		'年度资金总额  300,000.00  320,000.00  304,000.00  10  95.00%  9.5',
		'一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分',
		'产出指标  数量指标  开放书屋数  ≥20个  21个  40  40',
		'满意度指标  服务对象满意度指标  读者满意度  ≥90%  93%  50  48',
		'总分  100  97.5',
		'第三部分 名词解释',
		'1.基本支出:指保障机构运转的支出。'
	].join('\n');
	it('reads the report-level figures from that 自评表, and the count of self-evaluated projects is no indicator', () => {
		const r = report(text);
		expect([r.report.budget_wan, r.report.actual_wan, r.report.score, r.report.project_name]).toEqual([32, 30.4, 97.5, '社区书屋运营经费']);
		expect(r.indicators.map((i) => i.name)).toEqual(['开放书屋数', '读者满意度']);
	});
});

describe('a report whose lines lost characters to a wrong encoding, naming its unit and project in prose', () => {
	const text = [
		'?????一、项目概况',
		'??(一)项目单位基本情况。某县林业局是县人民政府工作部门,内设5个股室,下属林业站等3个事业单位。',
		'2021年我单位实施油茶低产林改造项目,年度绩效目标为:改造油茶林不少于1200亩。',
		'?二、项目资金使用情况',
		'项目下达资金150万元,实际支出142.5万元。',
		'?三、项目绩效情况',
		'全年改造油茶低产林1260亩。',
		'?四、存在的问题',
		'部分改造地块管护不到位。',
		'?五、自评结论',
		'经自评,该项目自评得分88分。'
	].join('\n');
	it('drops the lost characters, keeps the sections, and reads unit, project and findings', () => {
		const r = report(text);
		expect([r.report.unit, r.report.project_name, r.report.budget_wan, r.report.actual_wan, r.report.score]).toEqual([
			'某县林业局',
			'油茶低产林改造项目',
			150,
			142.5,
			88
		]);
		expect(r.findings.map((f) => [f.kind, f.text])).toEqual([['问题', '部分改造地块管护不到位。']]);
		// the unit's offices are background, not results
		expect(r.indicators.map((i) => i.name)).not.toContain('下属林业站等');
	});
});

describe('the unit that carries the project out, in prose', () => {
	it('某局承担…项目实施任务: the unit and the project', () => {
		const r = report(
			'某县交通运输局承担某县2022年度乡村公路安防工程项目实施任务,该项目批复总投资300万元,累计支付工程款288万元,预算执行率96%。\n经绩效自评,该项目得分90分。'
		);
		expect([r.report.unit, r.report.project_name]).toEqual(['某县交通运输局', '乡村公路安防工程项目']);
	});
	it.each([
		['为改善农户用能条件,平昌县农村能源站于2020年组织实施户用沼气池维修项目,维修沼气池500口。', '平昌县农村能源站'],
		['平昌县水务局于2021年实施农村饮水提升项目。', '平昌县水务局'],
		// (a year after a unit that only received money carries nothing out)
		['平昌县水务局于2021年收到上级补助资金。', null]
	])('某站于YYYY年组织实施…项目: %s', (line, unit) => {
		const r = report('平昌县2021年度项目绩效自评报告\n一、项目基本情况\n' + line + '\n项目预算50万元,实际支出45万元。\n自评得分90分。');
		expect(r.report.unit).toBe(unit);
	});
});

describe('a report flattened to one line on a document site', () => {
	const text =
		'部门评价报告根据县财政局要求,我局对2022年残疾人康复服务经费绩效情况进行了核查,现将我局专项经费绩效自评情况报告如下: 一、项目基本情况 (一)项目概况。某县残疾人联合会2022年残疾人康复服务经费主要用于康复训练补贴。 二、项目资金使用情况 该项目预算资金40万元,实际支出38万元。 三、存在的问题 一是康复机构数量偏少;二是随访记录不全。 四、改进措施 一是引入社会康复机构;二是建立随访台账。 五、自评结果 该项目自评得分92分。';
	it('reads its type from what it says it is, the project from 对…经费绩效情况进行, and each section apart', () => {
		const r = report(text);
		expect([r.report.evaluation_type, r.report.project_name]).toEqual(['单位自评', '残疾人康复服务经费']);
		expect(r.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '康复机构数量偏少;'],
			['问题', '随访记录不全。'],
			['建议', '引入社会康复机构;'],
			['建议', '建立随访台账。']
		]);
	});
	it("the unit written before its project's year", () => {
		expect(report(text.replace('某县残疾人联合会', '某县退役军人事务局')).report.unit).toBe('某县退役军人事务局');
	});
});

describe('a town 决算 that evaluates its whole spending', () => {
	const text = [
		'目 录',
		'第一部分 部门概况',
		'第四部分 预算绩效情况说明',
		'第一部分 部门概况',
		'某县某镇人民政府内设综合办公室、经济发展办公室等5个办公室。',
		'第二部分 2024年度部门决算情况说明',
		'本年支出合计1,020.50万元。',
		'第四部分 预算绩效情况说明',
		'一、预算绩效管理工作开展情况',
		'根据县财政局要求,我镇对2024年度部门整体支出开展了绩效自评。',
		'二、部门整体支出绩效自评情况',
		'2024年度部门整体支出全年预算数980万元,执行数955.5万元,自评得分94分。'
	].join('\n');
	it('the unit that describes its own offices, 部门整体支出 as the project, the figures of the evaluation part', () => {
		const r = report(text);
		expect([r.report.unit, r.report.project_name, r.report.budget_wan, r.report.actual_wan, r.report.score]).toEqual([
			'某县某镇人民政府',
			'部门整体支出',
			980,
			955.5,
			94
		]);
	});
	it('a project named at the start of its budget sentence; 其中 and 我市 are no part of its name', () => {
		expect(
			report(
				text
					.replace('2024年度部门整体支出全年预算数', '老旧小区环境提升项目全年预算数')
					.replace('我镇对2024年度部门整体支出开展了绩效自评', '我镇开展了绩效自评')
			).report.project_name
		).toBe('老旧小区环境提升项目');
		expect(report(HEAD + '2024年我市道路清扫保洁项目年初预算1100万元,实际支出1062万元。').report.project_name).not.toMatch(/^我市/);
	});
});

describe('titles with page furniture around them', () => {
	it.each([
		['某县某街道办事处2024年度部门整体支出绩效自评报告日期:2025-03-20', '某县某街道办事处2024年度部门整体支出绩效自评报告'],
		['1/2 2023年森林防火监测项目绩效目标自评表 填报日期:2024年3月18日 总分:99分', '2023年森林防火监测项目绩效目标自评表'],
		// a page's bracketed tag before the title
		['(直达资金)某市某区人行道改造工程项目2023年度绩效自评报告', '某市某区人行道改造工程项目2023年度绩效自评报告']
	])('%s', (line, title) => {
		expect(report(line + '\n一、基本情况\n项目预算50万元,实际支出45万元。自评得分90分。').report.title).toBe(title);
	});
	it('a count in 批次 keeps its unit', () => {
		const r = report(HEAD + '二、绩效目标完成情况\n全年完成食品抽检1356批次,年度目标1200批次。\n自评得分90分。');
		expect(r.indicators.map((i) => [i.name, i.target_text, i.actual_text, i.unit])).toEqual([['全年完成食品抽检', '1200批次', '1356批次', '批次']]);
	});
});

describe("a notice publishing a project's self-evaluation, over a form's bare heading", () => {
	it.each([
		['某县水务局关于2022年度农村饮水维修养护项目绩效自评情况的公示\n发布时间:2023-04-02 来源:某县水务局\n\n项目支出绩效自评表\n(2022年度)'],
		['关于某县林业站2021年度森林防火项目绩效评价结果的公告\n项目支出绩效自评表\n(2021年度)']
	])('%j', (head) => {
		const r = report(
			head +
				'\n项目名称\t某项目\n年度资金总额\t40\t40\t38\t10\t95%\t9.5\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t维修管网\t≥12公里\t12.5公里\t20\t20\n总分\t100\t92'
		);
		expect(r.report.title).toBe(head.split('\n')[0]);
	});
});

describe("a catalogue's name over a cover heading in two lines", () => {
	const body = '\n部门(单位)名称: 平乐县农机服务站\n一、部门基本情况\n全年预算120万元,实际支出114万元。\n二、自评结论\n自评得分91分,等级为优。';
	it.each([
		[
			'平乐县农机服务站2024年度部门整体支出绩效自评报告及评分表\n来源:办公室 2025-05-02 09:10\n\n平乐县2024年度部门整体支出\n\n绩效自评报告',
			'平乐县2024年度部门整体支出绩效自评报告'
		],
		[
			'平乐县农机服务站2024年度绩效评价自评报告及评分表(整体支出)\n来源:办公室 2025-05-02 09:10\n\n平乐县2024年度部门整体支出\n\n绩效评价自评报告',
			'平乐县2024年度部门整体支出绩效评价自评报告'
		],
		// (a page's own report title over a cover's generic heading stays)
		[
			'平乐县农机服务站2024年度部门整体支出绩效自评报告\n来源:办公室 2025-05-02 09:10\n\n平乐县2024年度部门(单位)整体支出\n\n绩效自评报告',
			'平乐县农机服务站2024年度部门整体支出绩效自评报告'
		]
	])('%j', (head, title) => {
		const r = report(head + body);
		expect(r.report.title).toBe(title);
	});
});

describe("a scoring form headed '考核内容 | 分值 | … | 分数', its sections numbered", () => {
	it('reads the rows with their levels, weights and points, and no row for the sections or the budget-execution score', () => {
		const r = report(
			[
				'某县2024年度项目支出绩效自评表',
				'项目名称:茶园滴灌改造项目',
				'资金情况 | 年初预算数(万元) | 全年执行数(万元) | 执行率 |',
				'年度资金总额 | 40 | 38 | 95% |',
				'考核内容 | 分值 | 年度指标值 | 实际完成值 | 分数 | 备注 |',
				'一、产出指标 | 50 |',
				'| 47 |',
				'1、改造滴灌茶园 | 30 | ≥800亩 | 820亩 | 30 |',
				'2、滴灌设施验收合格率 | 20 | 100% | 90% | 17 | 两处管网返修 |',
				'二、效益指标 | 30 |',
				'| 30 |',
				'1、亩均节水 | 30 | ≥20% | 24% | 30 |',
				'三、预算执行率 | 10 |',
				'| 9.5 |',
				'合计 | 86.5 |',
				'自评等级:良 |'
			].join('\n')
		);
		expect(r.indicators.map((i) => [i.name, i.level1, i.weight, i.points])).toEqual([
			['改造滴灌茶园', '产出', 30, 30],
			['滴灌设施验收合格率', '产出', 20, 17],
			['亩均节水', '效益', 30, 30]
		]);
	});
});

describe('a grade stated without quotes after 评定为', () => {
	it.each([
		// the stated grade is kept even where the score's band differs (a grade_score_mismatch check says so)
		['综合评定,项目自评得分92分,评定为优。', '优'],
		['自评得分78分,评为良,基本完成目标。', '良']
	])('%s', (sentence, grade) => {
		const r = report(HEAD + sentence);
		expect([r.report.grade, r.report.grade_basis]).toEqual([grade, 'stated']);
	});
});

describe('two forms on two lines whose cells were scrambled by the export', () => {
	const form = (name: string, budget: string) =>
		`财政项目支出绩效自评表 (2023 年度) ${name} 项目名称 主管部门 某区绿化和市容管理局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 ${budget} 年度资金总额 项目资金 (元) 某区绿化养护 事务中心 实施单位 其中:当年财政拨款 预期目标 完成养护任务。`;
	const text = [
		'某区绿化养护事务中心2023年度项目自评价.pdf',
		form('行道树修剪', '480000.00 460000.00 441600.00 10 96.00% 9.60'),
		form('古树名木养护', '150000.00 150000.00 97500.00 10 65.00% 6.50')
	].join('\n');
	it("the first form never takes the second form's name, and 主管部门 is not taken for the unreadable 实施单位", () => {
		const r = report(text);
		const all = [r, ...(r.more ?? [])];
		expect(all[0].report.project_name).not.toBe('古树名木养护');
		for (const x of all) {
			expect(x.report.unit).toBeNull();
			expect(x.checks.map((c) => c.code)).toContain('unit_missing');
		}
	});
});

describe('a town institution as the unit in the title', () => {
	it('"某县某镇卫生院2023年度基本公共卫生服务项目…": the project after the institution and the year', () => {
		const x = report('某县某某镇卫生院2023年度基本公共卫生服务项目绩效自评报告' + B);
		expect([x.report.unit, x.report.project_name]).toEqual(['某县某某镇卫生院', '基本公共卫生服务项目']);
	});
});

describe('heldout17 wording: titles, budgets and grades (own words, after real layouts)', () => {
	it("a form's title glued to its first label, with a bracketed user note, before a later label's date", () => {
		const lines = splitLines(
			'文档简介\n\n2022年项目绩效自评报告表(实施单位用)填报单位:某县妇幼保健院填报日期:2023年3月2日基本情况项目名称儿童保健项目主要内容为全县0-6岁儿童提供健康体检、生长发育监测和随访服务,并对高危儿童实行专案管理。项目单位某县妇幼保健院主管部门某县卫生健康委员会'
		);
		expect(findTitle(lines)?.value).toBe('2022年项目绩效自评报告表(实施单位用)');
	});
	it("a file name that names only a kind of fund is generic: the document's own title below wins", () => {
		const lines = splitLines('附件2:项目资金绩效自评报告.doc\n关于2022年度山洪灾害监测预警项目资金绩效自评报告\n一、项目基本情况');
		expect(findTitle(lines)?.value).toBe('关于2022年度山洪灾害监测预警项目资金绩效自评报告');
	});
	it('"全年预算资金" is the whole budget, not the 年初 figure before it', () => {
		const r = report(HEAD + '项目年初预算安排资金60万元,年中追加12万元,全年预算资金72万元。实际支出70万元,自评得分91分。');
		expect(r.report.budget_wan).toBe(72);
	});
	it.each([
		['经综合评价,本项目自评得分95.5分,评定等级“优秀”。', '优'],
		['自评结论\t综合自评得分88分,评价等级为良说明无', '良']
	])('a stated grade: %s', (sentence, grade) => {
		const r = report(HEAD + '项目预算50万元,实际支出45万元。\n' + sentence);
		expect([r.report.grade, r.report.grade_basis]).toEqual([grade, 'stated']);
	});
	it('a grade word running into other words is no grade ("等级为优先支持的项目")', () => {
		const r = report(HEAD + '项目预算50万元,实际支出45万元。申报等级为优先支持类。自评得分72分。');
		expect([r.report.grade, r.report.grade_basis]).toEqual(['中', 'score']);
	});
});

describe('the year before, compared (heldout18 layouts, own words)', () => {
	const TEXT = [
		'某县残疾人联合会',
		'2025年度辅具适配项目绩效自评报告',
		'一、项目概况',
		'2025年安排项目资金40万元,全部为县级财政资金。',
		'二、与上年度对比',
		'2024年本项目预算30万元,实际支出25.5万元,执行率85%,上年自评得分82分、等级为良。',
		'三、资金使用情况',
		'2025年实际支出39.2万元,预算执行率98%。',
		'四、自评得分情况',
		'| 评价内容 | 分值 | 得分 |',
		'| 决策 | 20 | 19 |',
		'| 产出 | 80 | 73 |',
		'| 合计 | 100 | 92 |'
	].join('\n');
	it("a sentence dated to the year before gives none of this year's figures; the score table's total row gives the score", () => {
		const r = report(TEXT);
		expect([r.report.budget_wan, r.report.actual_wan, r.report.execution_rate_stated, r.report.score, r.report.grade, r.report.grade_basis]).toEqual([
			40,
			39.2,
			0.98,
			92,
			'优',
			'score'
		]);
	});
	it('maskOtherYears keeps offsets and blanks only sentences about another year', () => {
		const masked = maskOtherYears(TEXT, 2025);
		expect(masked.length).toBe(TEXT.length);
		expect(masked).not.toContain('上年自评得分');
		expect(masked).toContain('2025年实际支出39.2万元');
		// money handed down the year before, with no money of the report's own year, stays
		const early = '2024年下达项目资金50万元。\n2025年完成全部建设内容。';
		expect(maskOtherYears(early, 2025)).toBe(early);
	});
	it('a total row of a table with no 分值 and 得分 header is no score', () => {
		const r = report(HEAD + '项目预算50万元,实际支出45万元。\n| 类别 | 户数 | 人数 |\n| 合计 | 100 | 92 |');
		expect(r.report.score).toBeNull();
	});
});

describe('model-essay sites and units inside units (heldout18 layouts, own words)', () => {
	it("a collection's headings are no title: the report's own title below is", () => {
		const lines = splitLines(
			'0\n部门整体支出绩效自评报告(优秀12篇)\n浏览\n3176\n范文\n112\n水库管理所部门整体支出绩效自评报告_报告_网\n部门整体支出绩效自评报告1\n\n某县某水库管理所2020年度部门整体支出绩效自评报告\n一、部门基本情况'
		);
		expect(findTitle(lines)?.value).toBe('某县某水库管理所2020年度部门整体支出绩效自评报告');
	});
	it.each([
		['某县中心敬老院2021年度特困人员集中供养项目绩效自评报告', '某县中心敬老院'],
		['某旗某某林场2022年度公益林管护补助项目绩效自评报告', '某旗某某林场'],
		['某县残疾人联合会2023年度康复救助项目绩效自评报告', '某县残疾人联合会']
	])('%s → %s', (title, unit) => {
		expect(report(title + '\n一、基本情况\n项目预算50万元,实际支出45万元。自评得分90分。').report.unit).toBe(unit);
	});
});

describe('a project named after a unit of any kind (heldout18 layouts, own words)', () => {
	it.each([
		['某县中心敬老院2021年度特困人员集中供养项目绩效自评报告', '特困人员集中供养项目'],
		['某旗某某林场2022年度国家重点公益林管护补助项目绩效自评报告', '国家重点公益林管护补助项目'],
		['某县消防救援大队2024年度消防装备购置项目绩效自评报告', '消防装备购置项目'],
		['某县某某乡退役军人服务站2024年度规范化建设项目绩效自评报告', '规范化建设项目']
	])('%s → %s', (title, name) => {
		expect(titleProject({ value: title, start: 0, end: title.length })?.value ?? null).toBe(name);
	});
});

describe('findings under "(一)问题：" / "(二)措施：" items of a combined section', () => {
	it.each([
		[
			'五、存在的问题和建议\n(一)问题:护理员平均年龄52岁,人手紧张。\n(二)建议:通过购买服务补充2名护理员。',
			'护理员平均年龄52岁,人手紧张。',
			'通过购买服务补充2名护理员。'
		],
		['五、问题及改进措施\n(一)问题:新车驾驶员不足。\n(二)措施:选派4名消防员参加驾驶培训。', '新车驾驶员不足。', '选派4名消防员参加驾驶培训。']
	])('%s', (section, problem, suggestion) => {
		const r = report(HEAD + '项目预算50万元,实际支出45万元。自评得分90分。\n' + section);
		expect(r.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', problem],
			['建议', suggestion]
		]);
	});
});

describe("heldout19: rates in words, money in 千元, another year's score, a supervisor named in a sentence", () => {
	it.each([
		['全年实际支出57.6万元，资金执行率为百分之九十六。', 0.96],
		['预算执行率为百分之九十八点五。', 0.985],
		['预算执行率96%。', 0.96]
	])('findRateStated(%s) = %s', (text, want) => expect(findRateStated(text)?.value).toBe(want));
	it.each([
		['救助项目资金600千元，其中省级补助420千元、县级安排180千元。', 60],
		['项目预算180万元，实际支出172.8万元。', 180],
		// a budget cut in the year ("年初预算60万元,年中因活动调整减至48万元"): the budget as cut
		['项目年初预算60万元,年中因活动调整减至48万元,全年实际支出45.6万元。', 48],
		// a fund's long name between 安排 and its amount
		['2023年安排村级公共服务设施运行维护专项资金45万元，实际支出43.2万元。', 45]
	])('findBudget(%s) = %s', (text, want) => expect(findBudget(text, 2023)?.value).toBe(want));
	it("a score, grade or execution rate dated to another year is masked even when the report's own money is undated", () => {
		const text = '项目由区财政安排资金160万元。2017年该项目自评得分为85分。\n项目预算160万元，实际支出153.6万元。\n2022年本项目执行440千元，执行率88%。';
		const masked = maskOtherYears(text, 2018);
		expect(masked).not.toContain('85分');
		expect(masked).not.toContain('88%');
		expect(masked).toContain('项目预算160万元');
	});
	it('a unit label needs a separator, or its value must end as a unit does', () => {
		const text = '委托方：某县财政局\n项目主管单位：某县水利和湖泊局\n六、相关建议\n（二）主管部门按工程进度分批申请拨款。';
		expect(findUnit(null, text)?.value).toBe('某县水利和湖泊局');
		expect(findUnit(null, '六、相关建议\n（二）主管部门按工程进度分批申请拨款。')?.value ?? null).not.toBe('按工程进度分批申请拨款');
	});
	it("a report read whole: 千元 money, a rate in words, last year's figures left", () => {
		const r = report(
			'某县救助管理站\n2023年度流浪乞讨人员救助项目绩效自评报告\n（金额单位：千元）\n一、项目概况\n项目资金600千元。2022年本项目执行440千元，执行率88%。\n二、资金使用\n全年实际支出576千元，预算执行率为百分之九十六。其中：生活救助288千元，交通返乡156千元，医疗救治132千元。\n三、自评结论\n自评得分92分，等级为优。'
		);
		expect([r.report.budget_wan, r.report.actual_wan, r.report.execution_rate_stated]).toEqual([60, 57.6, 0.96]);
		expect(r.expenditures.map((e) => [e.item, e.amount_yuan])).toEqual([
			['生活救助', 288000],
			['交通返乡', 156000],
			['医疗救治', 132000]
		]);
	});
});

describe('heldout19: a published notice, a bare 得分 out of 100, a body named by its kind', () => {
	it("a notice publishing a report has the report's own title", () => {
		const title = { value: '某县人民政府关于共青团某县委员会2022年度项目支出绩效自评报告的公示', start: 0, end: 33 };
		const text = title.value + '\n根据安排，现将共青团某县委员会2022年度青少年假期课堂项目绩效自评报告予以公示，公示期5个工作日。';
		const t = announcedTitle(title, text);
		expect(t?.value).toBe('共青团某县委员会2022年度青少年假期课堂项目绩效自评报告');
		expect(text.slice(t!.start, t!.end)).toBe(t!.value);
		// without the sentence, the report named inside 关于…的公示
		expect(announcedTitle(title, title.value)?.value).toBe('共青团某县委员会2022年度项目支出绩效自评报告');
		// a notice carrying the report under its own title line, the place before the year short ("某县")
		const notice = { value: '某县财政局关于公开某县2020年度香糯示范项目财政重点绩效评价报告的通知', start: 0, end: 37 };
		const carrying = notice.value + '\n现将该报告予以公开。\n某县财政局2021年7月16日\n某县2020年度香糯示范项目财政重点绩效评价报告\n一、项目概况';
		expect(announcedTitle(notice, carrying)?.value).toBe('某县2020年度香糯示范项目财政重点绩效评价报告');
		// any other title stays
		const plain = { value: '某局2022年度某项目绩效自评报告', start: 0, end: 17 };
		expect(announcedTitle(plain, plain.value)).toBe(plain);
	});
	it.each([
		['四、自评结果\n得分：94.5（满分100分）', 94.5],
		['得分 88(满分100分)', 88],
		['产出指标得分：28（满分30分）', null],
		// a form flattened into one line: the total's cell with the next cell's label after it
		['某县项目绩效目标自评表 项目名称 项目主管单 位 自评总分: 86 项目实施单位 某镇人民政府', 86],
		// …and its total row in single spaces after the 分值 / 得分 header
		['一级指标 二级指标 三级指标 分值 得分 产出指标 数量指标 指标1 20 19 总分 100 98.6 偏差原因分析及改进措施 无', 98.6],
		['一级指标 户数 人数 总分 100 87 说明', null],
		// the parts' points listed, then their total: the total when the parts add up to it
		['四、自评得分\n项目决策19分、过程管理17分、项目产出35分、项目效益14分,合计85分。', 85],
		['项目决策19分、过程管理17分、项目产出35分,合计80分。', null],
		['培训3期、发放手册500份,共计1200人次。', null],
		// the conclusion's heading with its scale and what was got
		['二、自评基本结论(满分100分,实得95.5分)\n项目按期完工。', 95.5],
		['产出指标(满分40分,实得36分)', null]
	])('findScore(%s) = %s', (text, want) => expect(findScore(text)?.value ?? null).toBe(want));
	it('a grade in quotes typed as two closing marks ("自评等级为”良”") is stated', () => {
		expect(findGrade('综合各项指标,项目自评得分87分,自评等级为”良”。')?.value).toBe('良');
	});
	it.each([
		['彭水县红十字会2021年度应急救护培训项目绩效自评报告', '应急救护培训项目'],
		['某县总工会2022年度困难职工帮扶项目绩效自评报告', '困难职工帮扶项目']
	])('titleProject(%s) = %s', (v, want) => expect(titleProject({ value: v, start: 0, end: v.length })?.value).toBe(want));
	it('a short title glued after a sentence with its own full stop opens a section', () => {
		const r = report(
			'某县团委2022年度假期课堂项目绩效自评报告\n一、项目基本情况。项目由上级下达补助资金18万元，县级配套6万元，合计24万元，在全县6个乡镇开展寒暑假课业辅导和安全教育活动。二、资金使用情况。全年实际支出23.28万元，资金执行率97%。三、绩效指标完成情况。举办假期课堂：目标≥12期，完成14期；参与青少年：目标≥600人次，完成652人次。四、自评结论。项目自评得分90.5分，自评等级为优。'
		);
		expect(r.indicators.map((i) => [i.name, i.target_text, i.actual_text])).toEqual([
			['举办假期课堂', '≥12期', '14期'],
			['参与青少年', '≥600人次', '652人次']
		]);
		expect([r.report.actual_wan, r.report.score]).toEqual([23.28, 90.5]);
	});
});

describe('heldout20: a money table by source, a score table in a text layout, units that end in 协会 / 联合社', () => {
	const TABLE = [
		'项目资金按来源列示如下（单位：万元）：',
		'资金来源  预算数  实际支出  执行率',
		'财政拨款  36.00  35.10  97.5%',
		'其他资金  4.00  3.80  95%',
		'合计  40.00  38.90  97.25%',
		'其他资金为上级下拨。'
	].join('\n');
	it("reads the 合计 row by the header's columns", () => {
		const t = moneyTableTotals(TABLE);
		expect([t?.budget.value, t?.actual.value]).toEqual([40, 38.9]);
	});
	it.each([
		['no unit written', TABLE.replace('（单位：万元）', '')],
		['no 合计 row', TABLE.replace('合计  40.00  38.90  97.25%\n', '')],
		['no actual column', TABLE.replace('实际支出', '分配数')]
	])('nothing when %s', (_w, text) => expect(moneyTableTotals(text)).toBeNull());
	it('a table in 元 gives 万元', () => {
		expect(moneyTableTotals('单位：元\n资金来源\t预算数\t执行数\n合计\t400000\t389000')?.actual.value).toBe(38.9);
	});
	it('a score table laid out by spaces: its 合计 row under a 分值 / 得分 header', () => {
		expect(findScore('附：绩效评价评分表\n一级指标  分值  得分\n决策  20  18\n合计  100  87.5')?.value).toBe(87.5);
		expect(findScore('一级指标  户数  人数\n合计  100  87')).toBeNull();
	});
	it.each([
		['保靖县科学技术协会2023年度科普惠农项目绩效自评报告', '科普惠农项目'],
		['安远县供销合作社联合社2025年度农村电商服务站点建设项目绩效自评报告', '农村电商服务站点建设项目'],
		['某县芦花鸡保种场2023年度芦花鸡保种与扩繁项目绩效自评报告', '芦花鸡保种与扩繁项目'],
		['某县国有苗圃2022年度乡土树种育苗项目绩效自评报告', '乡土树种育苗项目']
	])('titleProject(%s) = %s', (v, want) => expect(titleProject({ value: v, start: 0, end: v.length })?.value).toBe(want));
	it.each([
		['某县芦花鸡保种场2023年度芦花鸡保种与扩繁项目绩效自评报告', '某县芦花鸡保种场'],
		['某县种猪繁育场2021年度良种推广项目绩效自评报告', '某县种猪繁育场'],
		['某县国有苗圃2022年度乡土树种育苗项目绩效自评报告', '某县国有苗圃']
	])('a breeding farm or a nursery names the unit: %s', (v, want) => {
		expect(findUnit({ value: v, start: 0, end: v.length }, v)?.value).toBe(want);
	});
	it("a supply cooperative's federation is the whole unit", () => {
		const v = '安远县供销合作社联合社2025年度农村电商服务站点建设项目绩效自评报告';
		expect(findUnit({ value: v, start: 0, end: v.length }, v)?.value).toBe('安远县供销合作社联合社');
	});
});

describe('heldout21: a form line with its unit once, a letter grade, a total on its own line, units named 宫', () => {
	const LINE = '资金情况（万元）：全年预算数 64\t全年执行数 62.08\t执行率 97%\t得分 9.7（10分）';
	it('reads label-figure cells of a line that states its unit once', () => {
		expect(findBudget(LINE)?.value).toBe(64);
		expect(findActual(LINE)?.value).toBe(62.08);
		expect(findRateStated(LINE)?.value).toBe(0.97);
		expect(findBudget('全年预算数 64\t全年执行数 62.08')).toBeNull();
	});
	it.each([
		['本项目绩效评价结果为B（良）。', '良'],
		// a one-line form's cells run together, the grade closing its cell
		['受益群众满意度≥90%97%1010合计10094.5评价结论项目按期完工,自评等级优。存在问题', '优'],
		['合计10091评价结论良。存在问题个别点位进度滞后。', '良'],
		['自评得分88,自评等级良;', '良'],
		['评价等级为A（优）', '优'],
		// …the grade cell run into the next cell's label
		['合计100 93.1评价等级良存在问题部分村组进度滞后。', '良'],
		['合计100 95.2评价结论优秀存在问题个别点位未按期完工。', '优'],
		['合计100 84自评等级良项目负责人:刘某', '良']
	])('findGrade(%s) = %s', (text, want) => expect(findGrade(text)?.value).toBe(want));
	it('a run-together funds row with the weight cell before the rate: "全年执行数14.1分值10执行率94%"', () => {
		expect(findRateStated('年初预算数20全年预算数20全年执行数18.6分值10执行率93%得分9.3')?.value).toBe(0.93);
		expect(findRateStated('培训人次分值10执行率93%')).toBeNull();
	});
	it("a bare payments' progress not about money is no rate", () => expect(findRateStated('工程支付进度90%以上的标段有3个。')).toBeNull());
	it.each(['在评价结论中,对资金使用作了说明。', '评价结论中肯。'])("the conclusion's own words are no grade: %s", (text) => expect(findGrade(text)).toBeNull());
	it('a total as a label:value line of its own is the score', () => {
		expect(findScore('【自评结果】\n总分:97.5\n自评等级:优')?.value).toBe(97.5);
		expect(findScore('总分:150')).toBeNull();
	});
	it('a title that opens with a county whose name starts with 镇 keeps its unit, a 青少年宫', () => {
		const v = '镇赉县青少年宫2023年度公益培训项目绩效自评报告';
		expect(findUnit({ value: v, start: 0, end: v.length }, v)?.value).toBe('镇赉县青少年宫');
		expect(titleProject({ value: v, start: 0, end: v.length })?.value).toBe('公益培训项目');
	});
});

describe('heldout23: a short name the text gives itself, a labelled file name, a rate worked out as a formula', () => {
	it('a quoted short name after 以下简称 is no project name: the title names the project', () => {
		const text = '某镇人民政府\n关于2021年度冬季道路除雪经费项目绩效自评报告\n镇政府实施村道除雪保通项目（以下简称“除雪项目”），全年预算18万元。';
		expect(report(text).report.project_name).toBe('冬季道路除雪经费');
	});
	it('a line labelled 文件名 over the document heading: the heading is the title, the file name still gives the year', () => {
		const text =
			'文件名：某县档案馆2022年度档案数字化专项经费绩效自评报告.docx\n大小：38KB　　页数：2\n\n某县档案馆档案数字化专项经费绩效自评报告\n一、项目基本情况\n本年度预算12万元，实际支出11.4万元。';
		const r = report(text).report;
		expect(r.title).toBe('某县档案馆档案数字化专项经费绩效自评报告');
		expect(r.year).toBe(2022);
	});
	it.each([
		['预算执行率=28.5÷30×100%=95%，较上年（88%）提高7个百分点。', 0.95],
		['资金执行率＝45/50×100%＝90%。', 0.9],
		['预算执行率=95%', 0.95],
		// the payments' progress after the money paid
		['截至2022年12月31日,已支付41.6万元,支付进度92%。', 0.92],
		['已拨付资金38万元,拨付进度95%。', 0.95]
	])('findRateStated(%s) = %s', (text, want) => expect(findRateStated(text)?.value).toBe(want));
});

describe("heldout24/25: a numbered row's own points, 评价分, the unit's projects totalled", () => {
	it('a numbered indicator line\'s "自评得分20分" is the row\'s points; "评价分96分" is the score', () => {
		const text = '一、自评结论\n因此评价分93分，自评等级为优秀。\n1.改造茶园，年初目标值≥800亩，实际完成值820亩，自评得分20分；';
		expect(findScore(text)?.value).toBe(93);
		expect(findScore('1.改造茶园，年初目标值≥800亩，实际完成值820亩，自评得分20分；')).toBeNull();
	});
	it("the totals of all the unit's projects give way to the project's own money", () => {
		const text = '本单位实施项目共3个，全年项目预算合计150万元，实际支出140万元。本报告对其中一个项目自评。\n本项目年初预算40万元，全年实际支出38万元。';
		const own = maskPortfolio(text);
		expect(findBudget(own)?.value).toBe(40);
		expect(findActual(own, findBudget(own))?.value).toBe(38);
		// (with no money of the project's own, nothing is blanked)
		const alone = '本单位实施项目共3个，全年项目预算合计150万元。';
		expect(maskPortfolio(alone)).toBe(alone);
	});
});

describe('heldout24/25: a title that opens with its unit and no year, a viewer page mark, sentence ends and new measure words', () => {
	it('the project after the unit the title opens with', () => {
		const v = '某县非物质文化遗产保护中心苗绣技艺传承项目绩效评价报告';
		expect(titleProject({ value: v, start: 0, end: v.length }, '某县非物质文化遗产保护中心')?.value).toBe('苗绣技艺传承项目');
	});
	it('a page mark after the title is no part of it; a figure keeps no closing full stop; 万粒 and 箱 are units', () => {
		const text = [
			'某县水务中心2024年度山塘整治项目绩效自评报告 第2页',
			'一、项目基本情况',
			'项目预算50万元，实际支出48万元。',
			'二、绩效指标',
			'指标名称：发放良种；年度目标值：≥40万粒；实际完成值：42万粒。',
			'指标名称：新增蜂箱；年度目标值：≥500箱；实际完成值：520箱。'
		].join('\n');
		const r = report(text);
		expect(r.report.title).toBe('某县水务中心2024年度山塘整治项目绩效自评报告');
		expect(r.indicators.map((i) => [i.actual_text, i.unit])).toEqual([
			['42万粒', '万粒'],
			['520箱', '箱']
		]);
	});
});

describe('heldout24: a one-row money table with no unit, a header row after 项目名称', () => {
	const text = [
		'某县犬只管理站2021年度流浪犬收容经费绩效自评报告',
		'一、项目资金情况',
		'项目于年初申报，批复预算资金18万元。',
		'项目名称\t资金计划\t资金到位\t实际支出\t执行率',
		'流浪犬收容经费\t18\t18\t17.46\t97%'
	].join('\n');
	it('reads the actual when the budget cell agrees with the budget stated in 万元, and the name is no header cell', () => {
		expect(oneRowMoneyTable(text, { value: 18, start: 0, end: 0 })?.value).toBe(17.46);
		expect(oneRowMoneyTable(text, { value: 20, start: 0, end: 0 })).toBeNull();
		const r = report(text).report;
		expect([r.actual_wan, r.project_name]).toEqual([17.46, '流浪犬收容经费']);
	});
});

describe("heldout27: a form run together on a document site's preview", () => {
	const GLUED =
		'项目名称枫木瓜种植基地建设项目项目主要内容建设基地实施单位某镇人民政府项目资金(万元)年初预算数40全年预算数40全年执行数38.8执行率97%绩效指标完成情况自评得分92.5自评等级优存在问题:无。';
	it('reads the funds row, the rate, the score and a grade glued to the score', () => {
		expect(gluedFundsRow(GLUED)).toMatchObject({ budget: { value: 40 }, actual: { value: 38.8 } });
		expect(findRateStated(GLUED)?.value).toBe(0.97);
		expect(findScore(GLUED)?.value).toBe(92.5);
		expect(findGrade(GLUED)?.value).toBe('优');
		expect(labelledCell(GLUED, /项目名称/)?.value).toBe('枫木瓜种植基地建设项目');
	});
	it('a grade word in a name after a score is no grade ("等级优良率")', () => {
		expect(findGrade('自评得分92.5等级优良率')).toBeNull();
	});
});

describe('heldout26: labels over their values, a spend said in words further on', () => {
	it('"预算资金(万元):" over its figure is the budget', () => {
		expect(findBudget('项目名称:\n某项目\n预算资金(万元):\n26\n实际支出(万元):\n24.96')?.value).toBe(26);
	});
	it('"我镇于…前全部支出" a sentence after the budget: the spend is the budget; a part left over is no such sentence', () => {
		const b = { value: 42, start: 0, end: 10 };
		const text = '下达奖补资金42万元，用于奖补养殖户。资金于9月下达。我镇于2022年12月20日前全部支出，直接拨付到户。';
		expect(findActual(text, { ...b, start: text.indexOf('42'), end: text.indexOf('42') + 5 })?.value).toBe(42);
		const part = '下达奖补资金42万元，用于奖补养殖户。资金于9月下达。中央资金全部支出，县级资金尚未支出。';
		expect(findActual(part, { ...b, start: part.indexOf('42'), end: part.indexOf('42') + 5 })).toBeNull();
	});
});

describe('heldout23/27: findings under labels on lines of their own, numbered headings with no stop, furniture in a section', () => {
	const findingsOf = (text: string) => report(text).findings.map((f) => [f.kind, f.text]);
	const HEAD = '某县某中心2023年度某项目绩效自评报告\n一、项目基本情况\n项目预算20万元，实际支出19万元，自评得分90分。\n';
	it('"存在问题" / items / "改进措施" / items under a combined heading', () => {
		expect(findingsOf(HEAD + '五、存在问题及改进措施\n存在问题\n\n圈舍地面破损。\n\n改进措施\n\n申请维修资金，分两年硬化地面。')).toEqual([
			['问题', '圈舍地面破损。'],
			['建议', '申请维修资金，分两年硬化地面。']
		]);
	});
	it('"5 存在问题" / "5.1 …" / "6 建议" / "6.1 …"', () => {
		expect(findingsOf(HEAD + '5 存在问题\n5.1 宣传形式单一，参与度不高。\n6 建议\n6.1 结合节日开展宣传活动。')).toEqual([
			['问题', '宣传形式单一，参与度不高。'],
			['建议', '结合节日开展宣传活动。']
		]);
	});
	it('a page\'s "【大 中 小】" inside a section is furniture, not the next heading', () => {
		expect(findingsOf(HEAD + '五、存在问题及改进措施\n存在问题：实操时间不足。\n【大 中 小】\n改进措施：提高实操时间。')).toEqual([
			['问题', '实操时间不足。'],
			['建议', '提高实操时间。']
		]);
	});
});

describe('heldout28: a kind of spending quoted in a scoring rule, 财政重点评价 after the project, a clause before the unit', () => {
	it('"“三公经费”变动率" names no project; "…种养项目财政重点绩效评价报告" gives the project without 财政', () => {
		expect(report('某县某中心2019年度部门整体支出绩效评价报告\n"三公经费"变动率≤0，计6分。\n预算100万元，实际支出96万元。').report.project_name).toBe(
			'部门整体支出'
		);
		const v = '某县农业农村局2023年度稻鳅共作综合种养项目财政重点绩效评价报告';
		expect(titleProject({ value: v, start: 0, end: v.length }, '某县农业农村局')?.value).toBe('稻鳅共作综合种养项目');
	});
});

describe('heldout29: whole-spending forms glued, cover ticks and labels, titles further down, years in brackets', () => {
	it.each([
		// cells glued: the split where 执行数 ÷ 预算数 gives the rate written
		['整体支出规模全年预算数全年执行数执行率资金来源:(1)财政拨款236.8229.7097%资金结构:(1)基本支出', 236.8, 229.7, 0.97],
		// cells apart
		['全年预算数\t全年执行数\t执行率\n资金来源：（1）财政拨款\t88\t79.2\t90%\n资金结构：', 88, 79.2, 0.9],
		// a second source with figures: the first row is no total
		['全年预算数全年执行数执行率资金来源:(1)财政拨款50.048.096%(2)其他资金10.010.0100%资金结构', null, null, null],
		// a split the rate does not settle
		['全年预算数全年执行数执行率资金来源:(1)财政拨款12345%资金结构', null, null, null]
	])('%s', (text, budget, actual, rate) => {
		const r = wholeSpendingRow(text);
		expect(r?.budget.value ?? null).toBe(budget);
		expect(r?.actual.value ?? null).toBe(actual);
		expect(r?.rate.value ?? null).toBe(rate);
	});
	it.each([
		['某镇卫生院整体支出绩效自评表\n…\n自评得分10096.4', 96.4],
		['某县2020年度项目支出绩效自评表\n…\n总分100100', 100],
		['某中心2022年度整体绩效自评表\n自评总分(分)94.6年初预算数全年预算数', 94.6],
		// the weights' 100 alone is no score
		['某县2020年度项目支出绩效自评表\n…\n自评得分100\n', 100]
	])('a glued total: %s', (text, score) => expect(findScore(text)?.value).toBe(score));
	it('a cover ticks who organised the evaluation; a box with a tick after it is ticked', () => {
		const body = '\n项目预算20万元，实际支出19万元，评价等级为良。';
		expect(report('某县2021年某示范项目绩效评价报告\n组织方式:□财政部门☑主管部门□项目单位' + body).report.evaluation_type).toBe('部门评价');
		expect(report('某县2021年某示范项目绩效评价报告\n组织方式:□财政部门□主管部门☑项目单位' + body).report.evaluation_type).toBe('单位自评');
		expect(report('某县2021年某示范项目绩效评价报告\n评价方式:部门(单位)绩效自评□√财政部门组织评价□\n评价机构:□财政评价组' + body).report.evaluation_type).toBe(
			'单位自评'
		);
	});
	it("a cover's money cells glued, each with its unit in the label", () => {
		const text = '计划投资额(万元) 86.00实际到位资金(万元)86.00实际使用情况(万元)81.70其中:中央财政';
		expect(findBudget(text)?.value).toBe(86);
		expect(findActual(text)?.value).toBe(81.7);
	});
	it('a title run into its cover labels; a cover label line is no title', () => {
		const t = findTitle(
			splitLines(
				'2020年某某养殖示范项目财政支出绩效评价报告评价类型:□实施过程评价☑完成结果评价项目名称:某某养殖示范项目项目单位:某县某中心主管部门:某县农业农村局评价时间:2021年5月10日至2021年5月16日组织方式:□财政部门□主管部门☑项目单位'
			)
		);
		expect(t?.value).toBe('2020年某某养殖示范项目财政支出绩效评价报告');
		expect(findTitle(splitLines('项目名称:部门整体支出绩效评价报告\n项目单位:某县某团'))?.value ?? null).toBeNull();
	});
	it("a template's outline before the report: the report's own title further down", () => {
		const text =
			'五、未完成的绩效目标及其原因分析\n六、下一步改进工作的意见及建议\n编报说明:\n1、封面各栏须填写齐全。\n某县县级财政支出项目绩效报告\n(范本)\n某县某服务中心2024年某示范项目绩效报告\n一、项目基本情况';
		expect(findTitle(splitLines(text))?.value).toBe('某县某服务中心2024年某示范项目绩效报告');
	});
	it("a document site's file name names another year than the document's own heading: the heading's", () => {
		const text = '《某县某镇人民政府2021年度部门整体绩效自评表.docx》由会员分享,可在线阅读\n1、某县某镇人民政府2022年度部门整体绩效自评表主管部n某县人民政府';
		expect(findTitle(splitLines(text))?.value).toBe('某县某镇人民政府2022年度部门整体绩效自评表');
	});
	it("a site's name glued before the title's place is dropped", () => {
		expect(findTitle(splitLines('某某影视网某县某镇2021年度某工坊扶持项目绩效自评报告\n一、基本情况'))?.value).toBe(
			'某县某镇2021年度某工坊扶持项目绩效自评报告'
		);
	});
	it('a year in brackets below the title is the year evaluated; a wrapped project cell is cut as a title', () => {
		const r = report(
			'某县林草局2020年某补播改良项目支出绩效自评报告\n某县林草局2020年某补播改良项目支出绩效自评报告\n(2021年度)\n项目名称: 2020年某补播改良项目支出\n绩效自评报告\n项目预算30万元，实际支出29万元。'
		);
		expect(r.report.year).toBe(2021);
		expect(r.report.project_name).toBe('某补播改良项目');
	});
	it("a body named before 整体支出 is the unit's whole spending; 评价部门名称 names the unit", () => {
		const r = report('某镇卫生院整体支出绩效自评表(2022年度)评价部门名称某县某镇卫生院下属单位个数0整体支出规模全年预算数');
		expect(r.report.project_name).toBe('部门整体支出');
		expect(r.report.unit).toBe('某县某镇卫生院');
	});
	it('"YYYY年实施X项目" names the project, in either script', () => {
		expect(
			report('某县2019年度绩效自评报告\n某中心2019年實施小米良種繁育基地建設項目，在兩鎮建設基地。\n項目預算資金30萬元，實際支出29萬元，自评得分91分。').report
				.project_name
		).toBe('小米良种繁育基地建设项目');
	});
	it('"问题及措施": items split into the problem and the next step', () => {
		const r = report(
			'某中心2024年某示范项目绩效报告\n一、基本情况\n项目预算20万元，实际支出19万元。\n(二)需改进的问题及措施\n1.设备到货偏晚，错过农时。下一步提前一个季度完成采购。'
		);
		expect(r.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '设备到货偏晚，错过农时。'],
			['建议', '下一步提前一个季度完成采购。']
		]);
	});
});

describe('heldout31: brands after titles, units by their role, forms printed twice', () => {
	it("a portal's 内容概述 cell repeating the form, cut off, is no second project", () => {
		const r = report(
			[
				'信息名称\t某选育项目绩效目标自评表 (2023年度)\t内容概述\t某选育项目绩效目标自评表(2023年度)项目名称2023年某选育项目资金投入情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A×100%)年度资金总额:6058.898%其中',
				'某选育项目绩效目标自评表',
				'(2023年度)',
				'项目名称\t2023年某选育项目',
				'资金投入情况(万元)\t全年预算数(A)\t全年执行数(B)\t预算执行率(B/A×100%)',
				'年度资金总额:\t60\t58.8\t98%',
				'绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t全年实际完成值\t未完成原因和改进措施',
				'产出指标\t数量指标\t新建圈舍\t≥20座\t21座\t',
				'满意度指标\t服务对象满意度指标\t牧户满意度\t≥90%\t95%\t'
			].join('\n')
		);
		expect(r.more ?? []).toHaveLength(0);
		expect([r.report.budget_wan, r.report.actual_wan]).toEqual([60, 58.8]);
		expect(r.indicators.map((i) => [i.name, i.target_text, i.actual_text])).toEqual([
			['新建圈舍', '≥20座', '21座'],
			['牧户满意度', '≥90%', '95%']
		]);
	});
	it("a site's brand run into the title is cut", () => {
		expect(findTitle(splitLines('某县林业局2021年度某种苗扶持项目支出绩效自评报告某某体育- 某某体育官方网站- APP下载\n2022-06-09'))?.value).toBe(
			'某县林业局2021年度某种苗扶持项目支出绩效自评报告'
		);
	});
	it("the prose names the implementing unit by its role: it outranks the title's department", () => {
		const r = report(
			'某县林业局2021年度某种苗扶持项目支出绩效自评报告\n根据通知要求,我局组织项目实施单位某县某产业服务中心对该项目开展了绩效自评。\n项目预算50万元，实际支出48万元。'
		);
		expect(r.report.unit).toBe('某县某产业服务中心');
		// (a town's government named as the implementing unit stays whole)
		expect(report('某镇2023年一事一议项目绩效自评报告\n项目实施单位为某镇人民政府。共安排奖补资金96万元，实际支出96万元。').report.unit).toBe('某镇人民政府');
	});
	it('a cell of two values parted by a slash, a parent and its unit joined by a dash', () => {
		expect(
			report(
				'某项目绩效目标自评表(2020年度)\n项目名称\t某育苗补助项目\n项目实施单位/项目负责人\t某市蔬菜技术推广服务中心/马某\n全年预算数80万元，实际支出78万元。'
			).report.unit
		).toBe('某市蔬菜技术推广服务中心');
		expect(
			report('某项目绩效目标自评表(2023年度)\n项目名称\t某选育项目\n资金使用单位\t某县畜牧兽医局-某县种羊繁育场\n全年预算数92万元，实际支出90万元。').report
				.unit
		).toBe('某县种羊繁育场');
	});
});

describe('heldout30: file names, buttons and templates around titles; units by role; money whose 万 was lost', () => {
	it.each([
		[
			'a file name with its year, then its extension and a badge',
			'财政支出项目绩效评价自评报告(2022年度).docxVIP财政支出项目绩效评价自评报告(2022年度).docx\n一、基本情况',
			'财政支出项目绩效评价自评报告(2022年度)'
		],
		["a site's buttons after the title", '某县2023年项目绩效自评报告 我要投稿\n一、基本情况', '某县2023年项目绩效自评报告'],
		[
			"an essay site's item number glued to a whole title under a generic heading",
			'项目绩效自评报告\n\n时间:2025-05-21 自评报告 我要投稿\n\n项目绩效自评报告精品8篇\n\n某区某推广站2024年度木香种植项目绩效自评报告1\n\n一、项目概况',
			'某区某推广站2024年度木香种植项目绩效自评报告'
		],
		[
			"an essay site's topic heading over the report it carries: the whole title with its year below",
			'报告\n\n马产业项目绩效评价报告\n\n时间:2025-03-11 报告 我要投稿\n\n马产业项目绩效评价报告精选(12篇)\n\n下面是小编整理的马产业项目绩效评价报告。\n\n某县马产业发展服务中心2024年良种繁育项目绩效自评报告\n\n一、项目概况',
			'某县马产业发展服务中心2024年良种繁育项目绩效自评报告'
		],
		[
			"an essay site's collection heading and its first item's heading: the item without its number",
			'2022年度茶叶项目绩效自评报告6篇\n\n茶叶项目绩效自评报告6篇\n\n茶叶项目绩效自评报告篇1\n\n一、项目基本情况',
			'茶叶项目绩效自评报告'
		],
		[
			'a document preview run together: the whole title after 「篇一」',
			'文档简介\n帐篷编织技艺传承项目绩效评价报告帐篷编织技艺传承项目绩效评价报告「篇一」某县2023年帐篷编织技艺传承项目绩效评价报告一、项目基本情况某县现有老艺人不足30人。',
			'某县2023年帐篷编织技艺传承项目绩效评价报告'
		],
		[
			'a breadcrumb ending in the section the page is filed under is no title',
			'您现在所在的位置 : 首页 > 政务 > 政府信息公开年度报告\n某市某管理中心2021年部门整体支出绩效自评表\n预算单位名称',
			'某市某管理中心2021年部门整体支出绩效自评表'
		],
		[
			"a repost's 原标题 label before the title",
			'原标题: 某县农技推广中心2019年度盐碱地改良项目绩效自评报告\n一、基本情况',
			'某县农技推广中心2019年度盐碱地改良项目绩效自评报告'
		],
		["a portal's 文号 cell after the title", '某市某中心2025年度苗木繁育项目绩效自评报告 文号:\n一、项目概况', '某市某中心2025年度苗木繁育项目绩效自评报告'],
		[
			"an essay site's item number after a space",
			'某某项目绩效自评报告(精选12篇)\n\n某县2018年某某项目绩效自评报告 1\n一、基本情况',
			'某县2018年某某项目绩效自评报告'
		],
		[
			"a download page's template name, the form's own name further down run into its cells",
			'欢迎来到某文库\n资源ID:123\n2023年XX镇XX项目绩效自评表单位名称填报日期.docx\n某县某镇2023年度项目支出绩效自评表单位名称:某县某镇人民政府填报日期:2024年3月15日项目名称某项目',
			'某县某镇2023年度项目支出绩效自评表'
		],
		[
			"a portal's headline over the cover that adds the fund's year and name",
			'某县某基地建设项目绩效评价报告\n\n某县财政局\n\n信息类别: 财政信息\n\n2020年县级现代农业发展专项某县某基地建设项目绩效评价报告\n\n根据…',
			'2020年县级现代农业发展专项某县某基地建设项目绩效评价报告'
		]
	])('%s', (_n, text, title) => expect(findTitle(splitLines(text))?.value).toBe(title));
	it("a fund's name before the project's place is no part of the project; a generic fund is no project", () => {
		const v = '2020年县级现代农业发展专项肥西县草莓种苗繁育基地建设项目绩效评价报告';
		expect(titleProject({ value: v, start: 0, end: v.length })?.value).toBe('草莓种苗繁育基地建设项目');
		const c = '2022年度中央专项彩票公益金支持地方社会公益事业发展资金绩效自评报告';
		expect(titleProject({ value: c, start: 0, end: c.length })?.value).toBe('中央专项彩票公益金支持地方社会公益事业发展资金');
		expect(
			report('财政资金项目支出绩效自评报告\n我所对2019年度古建筑防雷设施安装项目开展了绩效自评。预算38万元，实际支出36.5万元。').report.project_name
		).not.toBe('财政资金');
	});
	it('项目承担单位 names the unit; a seal mark after it is dropped; a 服务站 before its year is the unit', () => {
		expect(
			report('某项目绩效评价自评报告(2022年度)\n项目承担单位: 某县某镇人民政府\n项目主管部门: 某县住房和城乡建设局\n预算30万元，实际支出29万元。').report.unit
		).toBe('某县某镇人民政府');
		expect(report('某项目绩效报告表\n项目实施单位:某市某技术服务站 (盖章)\n项目主管部门:某市农业农村局\n预算60万元，实际支出57.6万元。').report.unit).toBe(
			'某市某技术服务站'
		);
		expect(
			report('项目绩效自评报告\n某县某养殖技术服务站2025年项目支出分为部门预算项目支出和专项预算支出两类,总预算186万元。全年实际支出180.42万元。').report.unit
		).toBe('某县某养殖技术服务站');
	});
	it('an amount whose 万 was lost is read in 万元 only when the stated rate then holds', () => {
		const r = report('某县2019年某项目绩效自评报告\n项目预算45元，全年实际支出43.2万元，预算执行率96%。');
		expect([r.report.budget_wan, r.report.actual_wan]).toEqual([45, 43.2]);
		expect(r.report.warnings).toMatch(/预算数按万元读取/);
		// (no rate to check: the written unit stands)
		expect(report('某县2019年某项目绩效自评报告\n项目预算45元，全年实际支出43.2万元。').report.budget_wan).toBe(0.0045);
	});
	it('labelled lists inside the running text, stopped with "."', () => {
		const r = report(
			'某县2023年部门整体支出绩效自评报告\n预算100万元，实际支出98万元.自评得分\n92.5 分,存在的问题:一是灌溉设施不足.二是检测设备老化. 下一步改进措施:一是配套滴灌设施.二是更新检测设备.\n评价得分表'
		);
		expect(r.findings.map((f) => [f.kind, f.text])).toEqual([
			['问题', '灌溉设施不足。'],
			['问题', '检测设备老化。'],
			['建议', '配套滴灌设施。'],
			['建议', '更新检测设备。']
		]);
	});
	it("a report's section on its targets gives the figures under it no level", () => {
		const r = report('某县2018年某改造项目绩效自评报告\n(三)绩效目标。\n改造老果园1500亩，实际完成1580亩。\n预算80万元，实际支出77.6万元。');
		expect(r.indicators.map((i) => [i.name, i.level1, i.level2])).toEqual([['改造老果园', null, null]]);
	});
	it('a budget breakdown is no spending; the spending by the same items is', () => {
		const r = report(
			'某站2025年项目绩效自评报告\n项目资金总预算为186万元,其中部门预算项目支出36万元,专项预算支出150万元。\n全年实际支出180.42万元,预算执行率97%。其中部门预算项目支出实际支出34.92万元,专项预算支出实际支出145.5万元。'
		);
		expect(r.expenditures.map((e) => [e.item, e.amount_yuan])).toEqual([
			['部门预算项目支出', 349200],
			['专项预算支出', 1455000]
		]);
	});
});

describe('a report with no title of its own', () => {
	it('the report its opening sentence announces names the project; an attachment at its foot titles nothing', () => {
		const r = report(
			'某县乡村振兴局:\n根据通知精神,现将2024年宁远县天堂镇香芋冷链仓储设施项目绩效目标自评报告如下:\n一、绩效目标\n计划新建冷藏库1座,安排项目资金48万元,实际支出46万元。\n附件:2024年宁远县天堂镇香芋冷链仓储设施项目自评表[点击下载]'
		);
		expect(r.report.title).toBeNull();
		// (the town opening the name stays in it, as in a title)
		expect(r.report.project_name).toBe('天堂镇香芋冷链仓储设施项目');
		// (a kind of fund or a pointer back is no project)
		expect(report('现将2023年财政衔接推进乡村振兴资金项目绩效自评报告如下:\n项目资金100万元,实际支出98万元。').report.project_name).not.toBe(
			'财政衔接推进乡村振兴资金项目'
		);
	});
});

describe('a unit the prose names evaluating itself outranks the page that published it', () => {
	it.each([
		[
			"a county bureau's page (来源:) publishing its service centre's self-evaluation",
			'来源:某县农业农村局 日期:2026-04-16\n2025年藏香猪养殖扶持项目绩效自评报告\n某县畜牧兽医服务中心对2025年藏香猪养殖扶持项目开展了绩效自评,现将有关情况报告如下。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某县畜牧兽医服务中心'
		],
		[
			'a firm evaluating a unit: "…,对某县某服务站2023年某经费开展了绩效评价" names the station, without the preposition',
			'某县2023年虫草采挖秩序管理经费绩效评价报告\n受某县财政局委托,我公司成立评价工作组,对某县虫草采挖管理服务站2023年虫草采挖秩序管理经费开展了绩效评价。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某县虫草采挖管理服务站'
		],
		[
			'an evaluator naming the unit that carried the project out ("对某县某镇农业服务中心实施的…项目") over a title that names only the town',
			'某县某镇2019年高山蔬菜基地建设项目绩效评价报告\n我公司受某县财政局委托,对某县某镇农业服务中心实施的2019年高山蔬菜基地建设项目进行了绩效评价。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某县某镇农业服务中心'
		],
		[
			'a title naming the unit with its province, the prose without it: as the prose writes it',
			'2022年度\n某某省某某县糯食产业服务中心\n项目支出绩效自评报告\n一、项目基本情况\n项目预算50万元,实际支出48万元,执行率96%。\n二、存在问题\n建议由某某县糯食产业服务中心加强作坊卫生管理。',
			'某某县糯食产业服务中心'
		],
		["a town's generic title (乡镇项目支出…) names no unit", '乡镇项目支出绩效自评报告\n一、项目基本情况\n项目预算50万元,实际支出48万元,执行率96%。', null],
		[
			'an evaluator naming a guidance station (…指导站) with its department in brackets: 指导 is part of its name, no verb',
			'某县2021年度慈姑种植基地建设项目绩效评价报告\n受某县农业农村局委托,本公司对某县蔬菜技术指导站(主管部门:某县农业农村局)实施的2021年度慈姑种植基地建设项目开展了部门评价。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某县蔬菜技术指导站'
		],
		[
			'a bureau evaluating the centre under it ("对下属某县某中心实施的…项目"): the centre, without 下属',
			'关于2021年某县砚台制作技艺传承项目部门评价的报告\n为了解补助资金的使用效果,某县文化旅游局组成评价组,对下属某县砚台文化传承中心实施的2021年砚台制作技艺传承项目开展了部门评价。\n项目预算30万元,实际支出29万元,执行率96.67%。',
			'某县砚台文化传承中心'
		],
		[
			"a title naming only its town, the prose introducing the town's centre (以下简称), the page published by the town",
			'某镇2021年黄精林下种植项目绩效自评报告\n来源:某县某镇人民政府\n为加强专项资金管理,某县某镇农业综合服务中心(以下简称“镇农服中心”)对项目开展了绩效自评。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某县某镇农业综合服务中心'
		],
		[
			"a title naming only its town, the town's station evaluating the project it carried out",
			'某镇2022年鹌鹑养殖提升项目绩效自评报告\n来源:某镇人民政府\n根据县财政局的通知,某县某镇鹌鹑产业服务站对本站实施的鹌鹑养殖提升项目进行了自评。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某县某镇鹌鹑产业服务站'
		],
		[
			"a title naming only its town, the prose saying the town's centre carried the project out that year",
			'某区某镇2020年度黄豆酱作坊改造项目绩效自评报告\n一、项目基本情况\n为改善卫生条件,某区某镇农业服务中心于2020年实施黄豆酱作坊改造项目。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某区某镇农业服务中心'
		],
		[
			'a station evaluating its project after checking it against its targets (对照…,对…开展了绩效自评)',
			'某某区2023年度牛蛙养殖示范项目绩效自评报告\n根据区财政局的通知要求,某某区水产技术推广站对照年初设定的绩效目标,对牛蛙养殖示范项目开展了绩效自评。\n项目预算52万元,实际支出50万元,执行率96%。',
			'某某区水产技术推广站'
		],
		[
			"…the town's centre signing the report at its foot",
			'某区某峰镇2020年度庙会展演项目绩效自评报告\n一、项目基本情况\n2020年,镇文化中心实施庙会展演项目。项目预算50万元,实际支出48万元,执行率96%。\n某区某峰镇综合文化中心\n2021年3月10日',
			'某区某峰镇综合文化中心'
		],
		[
			"…the town's centre choosing where to carry it out (某中心选取其中4处实施…项目)",
			'某市某镇2019年度矿坑生态修复项目支出绩效自评报告\n一、项目基本情况\n2019年,某市某镇村镇建设服务中心选取其中4处实施矿坑生态修复项目。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某市某镇村镇建设服务中心'
		],
		[
			'a title opening with its city and district, the prose naming the centre with a short name (以下简称)',
			'某州市某河区2022年度拉面技能培训项目支出绩效自评报告\n一、项目基本情况\n某州市某河区就业服务中心(以下简称“区就业中心”)2022年组织实施拉面技能培训项目。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某州市某河区就业服务中心'
		],
		[
			'the centre written elsewhere with its city before it: the name in full',
			'庐阳区2022年度儿童龋齿防治项目绩效自评报告\n一、项目基本情况\n本项目由合肥市庐阳区疾病预防控制中心组织实施。\n项目预算50万元,实际支出48万元,执行率96%。',
			'合肥市庐阳区疾病预防控制中心'
		],
		[
			'a project named before its doer ("某区某项目由某区某中心实施") is no part of the name',
			'某区2024年度公共海滩救生服务项目绩效自评报告\n一、项目基本情况\n某区公共海滩救生服务项目由某区海滩管理服务中心实施。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某区海滩管理服务中心'
		],
		[
			"…the town's government assigning it (安排…实施)",
			'某区某镇2018年度蚕丝被产业提升项目绩效自评报告\n一、项目基本情况\n镇政府安排某区某镇农业服务中心实施蚕丝被产业提升项目。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某区某镇农业服务中心'
		],
		[
			'…its department in brackets between (某镇某中心(主管部门:某镇人民政府)实施本项目)',
			'某区某镇2025年度菜籽油作坊提升项目绩效自评报告\n1、项目基本情况 为提升工艺,某区某镇农业综合服务中心(主管部门:某市某区某镇人民政府)实施本项目。\n项目预算50万元,实际支出48万元,执行率96%。',
			'某区某镇农业综合服务中心'
		]
	])('%s', (_n, text, unit) => expect(report(text).report.unit).toBe(unit));
});

describe('a project the prose names', () => {
	it.each([
		[
			'"对2025年度X项目资金进行了绩效自评" names X项目; a rule\'s subject ("县财政局有关专项资金管理规定") names none',
			'产业项目绩效自评报告 篇1\n根据县财政局的通知,我中心对2025年度玛咖标准化种植项目资金进行了绩效自评。\n根据县财政局有关专项资金管理规定,我中心制定了细则。\n项目预算60万元,实际支出58万元。',
			'玛咖标准化种植项目'
		],
		[
			"a scrambled PDF form's next cells after 项目名称 ('项目主管单 位 自评总分: 86') are no project name",
			'某县财政预算支出项目绩效目标自评表 项目名称 项目主管单 位 自评总分: 86 项目实施单位 某镇人民政府\n项目预算80万元,实际支出76万元。',
			null
		],
		[
			"a rule's subject alone is no project name",
			'某县2025年度绩效自评报告\n根据县财政局有关专项资金管理规定,我中心制定了细则。\n项目预算60万元,实际支出58万元。',
			null
		]
	])('%s', (_n, text, name) => expect(report(text).report.project_name).toBe(name));
});

describe('units that say what they did in prose, a PDF under its file name (own words, after real layouts)', () => {
	it.each([
		[
			'a unit evaluating its project after the clause that ordered it ("…中心按照区财政局部署,对项目开展了绩效自评")',
			'某区2023年茶园提质项目绩效自评报告\n为了解项目实施效果,某区茶叶产业发展中心按照区财政局部署,对项目开展了绩效自评。\n项目预算60万元,实际支出58万元。',
			'某区茶叶产业发展中心'
		],
		[
			'"…服务站对本单位实施的…项目进行了自评" (自评 without 绩效)',
			'某县2023年食用菌大棚项目绩效自评报告\n按照县财政局的通知要求,某县食用菌产业服务站对本单位实施的食用菌大棚项目进行了自评,情况如下:\n项目预算60万元,实际支出58万元。',
			'某县食用菌产业服务站'
		],
		[
			'"由某中心具体实施": the unit that carries the project out',
			'某县2020年果园提质项目绩效评价报告\n一、项目基本情况\n县财政安排项目资金75万元,由某县果业服务中心具体实施,对老果园开展高接换种。\n项目预算75万元,实际支出70万元。',
			'某县果业服务中心'
		],
		[
			'a name cut short to its level ("镇农业服务中心对…开展了绩效自评") is no unit a reader could place',
			'2023年度某项目绩效自评报告\n根据通知,镇农业服务中心对该项目开展了绩效自评。\n项目预算60万元,实际支出58万元。',
			null
		]
	])('%s', (_n, text, unit) => expect(report(text).report.unit).toBe(unit));

	it("a bare file's name over the fuller heading of the same year: the heading is the title; the same name spaced again keeps the file's", () => {
		const pdf =
			'某站2025年整体绩效自评总结报告.docx\n某县某站 2025 年整体和项目支出绩效自评总结报告 一 工作开展情况。 我站按照 县里的 要求开展自评,明确 责任人和 时间表,按 季度核查 进度并 及时调整,全年共组织 巡查十二次,覆盖全部 作业片区,巡查记录 按月归档,问题清单 逐项销号,年底 前全部整改 到位。站里 还修订了 预算绩效管理办法,把目标 值与年度 工作计划 逐项对应,年初 申报时同步 填报绩效 目标,年中 开展运行 监控,年末 组织自评 并公开 结果。 二 自评结果。 部门预 算总金额 412.6 万元,全年实际 支出 404.35 万元,预算 执行率 98%,整体绩效 自评为优 秀。 三 存在问题。 作业窗口期短,人员和 机械调配紧张,部分 地块 施药不及时,需要 提前 安排。 四 下一步工作打算。 提前完成 踏勘和 药剂调运,分片区错开 作业时间,均衡 安排人员。';
		const r = report(pdf).report;
		expect(r.title).toBe('某县某站2025年整体和项目支出绩效自评总结报告');
		expect(r.project_name).toBe('部门整体支出');
		expect(r.budget_wan).toBe(412.6);
		const same = report(
			'某局2024年度道路项目支出绩效自评报告.docx\n7 页 28 KB\n某局 2024 年度道路项目 支出绩效自评报告\n项目预算60万元,实际支出58万元。'
		).report;
		expect(same.title).toBe('某局2024年度道路项目支出绩效自评报告');
	});
});

describe('a report scored part by part, a title opening with a department named by its level (own words, after real layouts)', () => {
	it('the total named as one ("自评总分92分") over the parts\' points in headings ("(一)投入(20分,自评得分19分)") and items', () => {
		const text = [
			'某市某服务中心2020年民生工程绩效评价自评报告',
			'(一)投入(20分,自评得分19分)',
			'1、资金到位(10分)',
			'项目资金共计80万元,已全部拨付到位,自评得分10分。',
			'2、资金使用(10分)',
			'累计支出76万元,支出进度95%,自评得分9分。',
			'(二)产出(30分,自评得分28分)',
			'综上,大棚提升工程自评总分92分。'
		].join('\n');
		const r = report(text).report;
		expect(r.score).toBe(92);
		expect(r.grade).toBe('优');
	});
	it('"县农业农村局X项目财政支出绩效评价报告": the project after the department, without 财政支出; the unit that carries it out after "主管,"', () => {
		const text =
			'县农业农村局肉鸭养殖小区建设项目财政支出绩效评价报告\n一、项目基本情况\n县政府将肉鸭养殖小区建设列入2024年重点项目,由某县农业农村局主管,某县肉鸭产业发展服务中心具体实施。\n2024年项目预算资金150万元,实际支出141万元。';
		const r = report(text).report;
		expect(r.project_name).toBe('肉鸭养殖小区建设项目');
		expect(r.unit).toBe('某县肉鸭产业发展服务中心');
	});
});

describe('more budget and unit wording (own words, after real layouts)', () => {
	it('"…转移支付预算共计50万元" is the budget; "由某中心负责," names the unit', () => {
		const r = report(
			'某县2024年度兔业良种推广项目绩效评价报告\n县里决定实施良种推广项目,由某县兔业发展中心负责,在两个镇推广良种种兔。\n2024年收到上级下达的转移支付预算共计50万元,实际支出48.5万元,预算执行率97%。'
		).report;
		expect(r.budget_wan).toBe(50);
		expect(r.unit).toBe('某县兔业发展中心');
	});
});

describe('a cover whose 项目名称 holds the whole title, a title in square brackets, 批复资金 (own words, after real layouts)', () => {
	it("the 项目名称 cell's report title gives the project it names, not the whole title", () => {
		const r = report(
			'某县某镇2024年白菜标准化基地建设项目绩效评价报告\n项目编号:XX-01项目名称:某县某镇2024年白菜标准化基地建设项目绩效评价报告项目负责人:赵某\n项目批复资金90万元,实际支出81万元。'
		).report;
		expect(r.project_name).toBe('白菜标准化基地建设项目');
		expect(r.budget_wan).toBe(90);
	});
	it('"【某县2021年…自评报告】_第1页" captioning a document preview\'s pages: the title inside the brackets', () => {
		const r = report(
			'【某县2021年茶树种植基地建设项目绩效自评报告】_第1页\n【某县2021年茶树种植基地建设项目绩效自评报告】_第2页\n项目预算60万元,实际支出58万元。'
		).report;
		expect(r.title).toBe('某县2021年茶树种植基地建设项目绩效自评报告');
	});
});

describe("a firm's report addressed to the finance bureau that commissioned it", () => {
	it('"某县财政局:" then "我公司接受贵局委托…" is a 财政评价, though the text also names 重点项目绩效评价', () => {
		const r = report(
			'某县某中心蔬菜基地建设项目财政支出绩效评价报告\n某县财政局:\n我公司接受贵局委托,对某中心2018年度蔬菜基地建设项目进行绩效评价。依据县财政局关于开展2018年度重点项目绩效评价的安排,形成本报告。\n项目预算80万元,实际支出76万元。'
		).report;
		expect(r.evaluation_type).toBe('财政评价');
	});
});

describe("a final-accounts chapter's evaluation part on a document site", () => {
	it('"一、某项目支出绩效评价报告" under the chapter heading is the title when no line above is one', () => {
		const r = report(
			'资源大小:24KB 全文页数:6页\n第四部分2023年度实验室检测项目绩效评价情况\n一、蓝耳病检测项目支出绩效评价报告\n(一)基本情况\n2023年项目预算36万元,全年实际支出35.1万元,预算执行率97.5%。'
		).report;
		expect(r.title).toBe('蓝耳病检测项目支出绩效评价报告');
	});
});

describe('a 评分表 published one cell per line (own words, after a real layout)', () => {
	const text = [
		'某县2021年紫菜育苗补助项目绩效自评评分表',
		'发布时间:2022-03-10 00:00 作者: 来源:县海洋与渔业局',
		'项目名称:紫菜育苗补助项目      实施单位:某县紫菜产业服务中心',
		'评价指标',
		'',
		'指 标 内 容',
		'',
		'分值',
		'',
		'自评得分',
		'',
		'产出指标',
		'',
		'培育紫菜苗网(目标≥1.2万张,完成1.3万张)',
		'',
		'80',
		'',
		'78',
		'',
		'资金执行',
		'',
		'预算执行率(预算30万元,执行28.5万元,执行率95%)',
		'',
		'20',
		'',
		'19',
		'',
		'合计',
		'',
		'100',
		'',
		'97',
		''
	].join('\n');
	it('the 评分表 is the title; "预算30万元,执行28.5万元" gives the spend; the 合计 row under 分值 / 自评得分 the score', () => {
		const r = report(text).report;
		expect(r.title).toBe('某县2021年紫菜育苗补助项目绩效自评评分表');
		expect(r.budget_wan).toBe(30);
		expect(r.actual_wan).toBe(28.5);
		expect(r.score).toBe(97);
	});
	it('a 合计 of 100 and 97 in a money list with no score header is no score', () => {
		const money = ['某县2021年紫菜育苗补助项目绩效自评报告', '资金来源', '', '金额(万元)', '', '合计', '', '100', '', '97', ''].join('\n');
		expect(report(money).report.score).toBeNull();
	});
});

describe('a news item that announces the report by its name in book-title marks', () => {
	it.each([
		[
			'the name on the next line after an open 《',
			'某地户外广告 《\n2020年某镇香菇大棚建设项目绩效评价报告》近日发布。\n我镇对2020年香菇大棚建设项目进行了绩效自评。\n项目预算30万元,实际支出29万元。',
			'2020年某镇香菇大棚建设项目绩效评价报告'
		],
		[
			'on one line',
			'某地户外广告 《2020年某镇香菇大棚建设项目绩效评价报告》近日发布。\n项目预算30万元,实际支出29万元。',
			'2020年某镇香菇大棚建设项目绩效评价报告'
		]
	])('%s', (_n, text, title) => expect(report(text).report.title).toBe(title));
	it('a sentence citing a report by its name is no title', () => {
		const text =
			'某镇2020年香菇大棚建设项目绩效自评报告\n根据《2019年某镇香菇大棚建设项目绩效评价报告》提出的建议,今年调整了补助标准。\n项目预算30万元,实际支出29万元。';
		expect(report(text).report.title).toBe('某镇2020年香菇大棚建设项目绩效自评报告');
	});
});

describe("a 政务公开 page's category cells and a 局's report on the 部门评价 of a project", () => {
	const text = [
		'信息公开站内导航: 首页 > 信息公开',
		'主题分类 主题分类 体裁分类 报告',
		'索 引 号 00721/2021-00012 发布机构 某县林业局',
		'名  称 某县林业局关于2020年油桐低产林改造项目部门绩效评价的报告',
		'某县林业局关于2020年油桐低产林改造项目部门绩效评价的报告',
		'县财政局:',
		'项目预算资金40万元,实际支出38万元。'
	].join('\n');
	it('"主题分类 … 体裁分类 报告" is no title; the project is named without 部门绩效评价', () => {
		const r = report(text).report;
		expect(r.title).toBe('某县林业局关于2020年油桐低产林改造项目部门绩效评价的报告');
		expect(r.project_name).toBe('油桐低产林改造项目');
	});
});

describe('the unit named by 填表单位, or by "由X具体实施" wrapped over two lines', () => {
	it.each([
		[
			'"填表单位: X |" over a 主管部门 cell',
			'某县2024年蓝莓补光设施项目绩效自评表\n填表单位: 某县蓝莓产业发展中心 |\n主管部门:某县农业农村局 |\n项目预算50万元,实际支出48万元。',
			'某县蓝莓产业发展中心'
		],
		[
			'a title naming only its town, "项目由某县" / "某镇某服务站具体实施" on two lines',
			'某县某镇2020年茶叶基地管护项目绩效自评报告\n项目预算资金为 40 万元,用于全镇茶叶基地管护,项目由某县\n某镇茶叶产业服务站具体实施。\n实际支出38万元。',
			'某县某镇茶叶产业服务站'
		],
		[
			'never a name cut short to its level ("由镇某中心具体实施")',
			'某县某镇2023年公益性岗位开发项目绩效自评报告\n来源:某县某镇人民政府\n项目由镇社会保障服务中心具体实施。\n项目预算30万元,实际支出30万元。',
			'某县某镇人民政府'
		]
	])('%s', (_n, text, unit) => expect(report(text).report.unit).toBe(unit));
});

describe('titles inside a letter, after a publication word, after a page mark, before a 部门(单位)名称 cell', () => {
	it.each([
		[
			'a letter that sends the report: the report it names',
			'某县农业农村局关于报送2024年黄精种植项目绩效评价报告的函\n县财政局:\n现将2024年黄精种植项目绩效评价报告报送你局。\n项目预算50万元,实际支出48万元。',
			'2024年黄精种植项目绩效评价报告'
		],
		[
			'"…评价报告公开": the report\'s title without the publication word',
			'2024年07月16日 星期二 |\n\n某县2023年度节水灌溉项目重点绩效评价报告公开\n\n来源:某县财政局 日期:2024-07-16 11:08:27\n项目预算50万元,实际支出48万元。',
			'某县2023年度节水灌溉项目重点绩效评价报告'
		],
		[
			'a form glued into one line after its page mark "1/1" and a blank year slot',
			'1/1年公益性公墓建设项目绩效目标自评表填报日期:2022年3月1日总分:95.3分项目名称2021年某县公益性公墓建设项目主管部门某县民政局实施单位某县殡葬服务所项目类别部门预算项目□、省直专项□、省对下转移支付项目☑项目属性持续性项目□、新增性项目☑预算数150执行数139.5',
			'公益性公墓建设项目绩效目标自评表'
		],
		[
			'a form title glued to its "部门(单位)名称" cell',
			'某县2019年度部门(单位)整体支出绩效评价自评报告部门(单位)名称某县杏果产业服务中心预算编码217006报告日期:2020年4月16日某县财政局(制)部门整体支出绩效评价指标表一级指标分值二级指标分值三级指标分值',
			'某县2019年度部门(单位)整体支出绩效评价自评报告'
		],
		[
			"a lead opened by the report's name in 【】",
			'【某区2020年度荒山造林绿化项目支出绩效自评表】按照某区财政局的要求,某区林业服务中心对本年度实施的项目进行了自评,现将自评表公开如下。\n| 项目名称 | 荒山造林绿化项目 |\n| 年度资金总额 | 260 | 285 | 276.45 |',
			'某区2020年度荒山造林绿化项目支出绩效自评表'
		],
		[
			'a portal page titled by the evaluation of the project, under its breadcrumb',
			'您所在的位置: 首页\n>> ... >> 绩效评估\n\n某市某区某街道2020年度老年助餐服务项目绩效评价\n\n发布日期:2021-09-28 来源:某街道办事处\n某市某区某街道办事处老年助餐服务项目全年预算数为36万元,执行数为34.2万元。',
			'某市某区某街道2020年度老年助餐服务项目绩效评价'
		]
	])('%s', (_n, text, title) => expect(report(text).report.title).toBe(title));
});

describe("a budget handed down with its year in the fund's name, a budget that arrived in parts", () => {
	it.each([
		[
			'"下达我镇2019年X项目财政补助资金80万元" outranks the plan\'s total investment (自筹 included)',
			'某镇2019年稻虾基地改造项目绩效自评报告\n市里下达我镇2019年稻虾基地改造项目财政补助资金80万元。项目计划总投资136.5万元,其中:财政补助资金80万元,农户自筹资金56.5万元。实际支出62.4万元。',
			80
		],
		[
			'"…资金60万元,此外预拨资金26万元,项目资金共到位86万元": the total that arrived',
			'某县2025年度玛咖种植项目绩效自评报告\n2025年度,县财政下达玛咖种植项目资金60万元,此外预拨资金26万元,项目资金共到位86万元。全年实际支出83.42万元,资金支出率97%。',
			86
		]
	])('%s', (_n, text, budget) => expect(report(text).report.budget_wan).toBe(budget));
});

describe('the unit that took the project on, opening its paragraph', () => {
	it('"某县某中心承担2024年X建设项目,建设内容为…"', () => {
		const text =
			'新梅产业项目绩效自评报告\n一、项目基本情况\n  某县新梅产业发展服务中心承担2024年某县新梅冷链分选中心建设项目,建设内容为新建保鲜冷库一座。\n项目预算210万元,实际支出201.6万元。';
		expect(report(text).report.unit).toBe('某县新梅产业发展服务中心');
	});
});

describe("a score named as the conclusion's", () => {
	it('"2022年度自评得分86分,2023年度自评得分90分,两个年度算术平均成绩88分为结论成绩": 88', () => {
		const text =
			'某县2022—2023年度牛毛编织技艺传承项目绩效评价报告\n项目预算40万元,实际支出38万元。\n五、评价结论\n2022年度自评得分86分,2023年度自评得分90分,两个年度算术平均成绩88分为结论成绩,评价等级为良。';
		const r = report(text).report;
		expect([r.score, r.grade]).toEqual([88, '良']);
	});
});

describe('a project run within one calendar year', () => {
	it('"项目起止时间 2018年1月至2018年12月" gives the year where nothing else does', () => {
		const text =
			'省级财政支出项目绩效报告表\n项目名称:西瓜嫁接育苗示范项目\n项目 起止时间 2018年1月至2018年12月 项目概况 在3个育苗中心推广嫁接育苗。\n资金执行率96%';
		expect(report(text).report.year).toBe(2018);
	});
	it('a span over two years gives none', () => {
		const text =
			'省级财政支出项目绩效报告表\n项目名称:西瓜嫁接育苗示范项目\n项目 起止时间 2018年9月至2019年6月 项目概况 在3个育苗中心推广嫁接育苗。\n资金执行率96%';
		expect(report(text).report.year).toBeNull();
	});
});

describe("a whole form run into one line after a PDF's file metadata", () => {
	const meta = '周某 zlnb240101 1 2024-02-01T01:00:00Z 12.00 8400 19820 0 0 False False False ';
	it.each([
		[meta + '附件: 项目支出绩效自评表 (2023年度) 项目名称 某示范项目 主管部门 某县农业农村局', '项目支出绩效自评表(2023年度)'],
		[meta + '附件: 部门整体支出绩效自评表（2021年度） 部门名称 某县水利局', '部门整体支出绩效自评表（2021年度）'],
		[meta + '财政项目支出绩效自评表 (2023 年度) 行道树修剪 项目名称 主管部门 某区绿化和市容管理局', '财政项目支出绩效自评表(2023年度)'],
		// run on after a cover note's attachment line and date, readers differ: none
		['现已完成某区2022年蓝莓项目绩效目标自评,附件:2022年蓝莓项目绩效自评表某站2023年2月20日绩效目标自评表(2022年度)项目名称蓝莓项目', undefined],
		// the words alone, no form after them, give no title
		[meta + '附件: 项目支出绩效自评表 (2023年度) 请于3月底前报送', undefined]
	])('%s → %s', (text, want) => {
		expect(findTitle(splitLines(text))?.value).toBe(want);
	});
});

describe('a model-essay page titled by its topic: the project the report names itself', () => {
	const page = (body: string) =>
		[
			'某市茶叶产业项目绩效自评报告',
			'时间:2022-05-17 报告范文 我要投稿',
			'某市茶叶产业项目绩效自评报告(通用5篇)',
			'下面是小编为大家收集的范文。',
			'某市茶叶产业项目绩效自评报告1',
			body
		].join('\n');
	it.each([
		['某市茶叶发展中心对茶叶品种改良项目进行了自评,现将有关情况报告如下:', '茶叶品种改良项目'],
		['某市茶叶技术推广站承担2022年海门市茶叶良种繁育基地建设项目,在4个镇建设基地。', '茶叶良种繁育基地建设项目'],
		['2025年,某县某镇农业服务中心实施茶叶标准化种植示范项目,引进新品种。', '茶叶标准化种植示范项目']
	])('%s → %s', (body, want) => {
		const text = page(body);
		const title = findTitle(splitLines(text));
		expect(findProject(text, title, null)?.value).toBe(want);
	});
	it("a project that shares nothing with the topic is another's: the topic's stays", () => {
		const text = page('某市水务局对农村供水维修项目进行了自评。');
		expect(findProject(text, findTitle(splitLines(text)), null)?.value).toContain('茶叶产业项目');
	});
	it('the unit that took the project on opens its paragraph ("某站承担2022年…项目,")', () => {
		const text = page('某市茶叶技术推广站承担2022年海门市茶叶良种繁育基地建设项目,在4个镇建设基地。');
		expect(findUnit(findTitle(splitLines(text)), text)?.value).toBe('某市茶叶技术推广站');
	});
});

describe('actual spending worded as a payout or as the accounts', () => {
	it.each([
		['项目年初预算80万元,年中调减为72万元;全年实际兑付68.4万元,结余资金已收回。', 68.4],
		['2024年年初预算412.5万元,其中基本支出296.3万元、项目支出116.2万元。全年支出决算403.2万元,其中基本支出291.8万元。', 403.2],
		['项目支出决算表见附件。项目预算80万元。', null],
		['项目预算38万元,全年执行36.86万元,执行率97%。', 36.86]
	])('findActual(%s) = %s', (text, want) => expect(findActual(text)?.value ?? null).toBe(want));
});

describe('a funds row with the short labels run into a form line', () => {
	it('"项目资金(万元)预算数 60 执行数 57.6 执行率 96%" gives budget and spend', () => {
		const t = '项目名称水稻育秧大棚改造项目主管部门某市农业农村局项目资金(万元)预算数 60 执行数 57.6 执行率 96% 分值 10 得分 9.6 年度总体目标';
		expect(gluedFundsRow(t)).toMatchObject({ budget: { value: 60 }, actual: { value: 57.6 } });
	});
	it('with no 项目资金 label before them the bare words give nothing', () => {
		expect(gluedFundsRow('人员预算数 12 执行数 11 执行率 92%')).toBeNull();
	});
	it('a glued header on its own line over the 总额 row, its label glued to the first figure, figures parted by spaces', () => {
		const t =
			'2023年度项目支出绩效自评表\n项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分\n年度资金总额40 38 36.1 10 95% 9.5\n其中:当年财政拨款40 38 36.1';
		const r = gluedFundsRow(t)!;
		expect([r.budget.value, r.actual.value, r.rate?.value]).toEqual([38, 36.1, 0.95]);
		expect([t.slice(r.budget.start, r.budget.end), t.slice(r.actual.start, r.actual.end), t.slice(r.rate!.start, r.rate!.end)]).toEqual(['38', '36.1', '95%']);
	});
	it("a transfer-payment form's glued row ('预算数(A)执行数(B)执行率(B/A)…年度财政资金总额150139.593.00%9.3')", () => {
		const t = '预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)年度财政资金总额150139.593.00%9.3一级指标二级指标';
		expect(gluedFundsRow(t)).toMatchObject({ budget: { value: 150 }, actual: { value: 139.5 }, rate: { value: 0.93 } });
	});
	it.each([
		['150139.593.00%', { budget: 150, actual: 139.5, rate: 0.93 }],
		['8076.896%', { budget: 80, actual: 76.8, rate: 0.96 }],
		['5050100%', { budget: 50, actual: 50, rate: 1 }],
		// (two cuts agree with the rate, 12 | 9 | 75% and 129 | 7 | 5%: no reading)
		['12975%', null],
		// (no cut agrees)
		['80779%', null]
	])('cutBudgetSpendRate(%s)', (run, want) => expect(cutBudgetSpendRate(run)).toEqual(want));
	it('the same row with its figures in 元 is read in 元', () => {
		const t = '项目资金(元)年初预算数全年预算数全年执行数分值执行率得分\n年度资金总额400000 380000 361000 10 95% 9.5';
		expect(gluedFundsRow(t)).toMatchObject({ budget: { value: 38 }, actual: { value: 36.1 } });
	});
});

describe('the unit the prose names, in more ways', () => {
	it.each([
		['2020年县财政安排专项资金150万元,由某县草莓产业发展服务中心在水湖镇建设脱毒种苗繁育基地。', '某县草莓产业发展服务中心'],
		['2021年,某县白毛茶产业发展中心实施白毛茶标准化茶园提升项目,在4个镇完成老茶园改造。', '某县白毛茶产业发展中心'],
		['核心提示:某县月饼产业发展服务站对2019年度月饼传统技艺培训项目开展了绩效自评,项目综合得分91分。', '某县月饼产业发展服务站'],
		// the same unit in full on the page's 来源 line
		['来源:天津市某区农业农村委员会\n摘要:某区农业农村委员会对2022年度动物防疫项目开展了绩效自评。', '天津市某区农业农村委员会'],
		// the evaluator names a museum or a library that carried it out, or a bracketed note on its department stands between
		['受某县财政局委托,我公司于2022年6月对某县文化馆实施的2021年度皮影戏传承项目开展了重点绩效评价。', '某县文化馆'],
		['受某县财政局委托,我公司对某县花椒产业发展办公室(主管部门:某县农业农村局)实施的2020年度花椒加工扶持资金开展了评价。', '某县花椒产业发展办公室']
	])('findUnit(null, %j) = %s', (text, want) => expect(findUnit(null, text)?.value).toBe(want));
	it.each([
		['某县老年大学2018年度教学活动经费项目绩效自评报告', '某县老年大学'],
		['某县中小学卫生保健所2022年度直饮水设备运维项目绩效自评报告', '某县中小学卫生保健所']
	])('a 老年大学 ends a unit in a title (no other school word: 中学 / 小学 / 学校 end project names as often as units): %s', (v, want) => {
		expect(findUnit({ value: v, start: 0, end: v.length }, v)?.value).toBe(want);
	});
});

describe('a budget adjusted during the year', () => {
	it.each([
		['项目年初预算180万元,年中因1家加工厂退出改造,调整预算为150万元。截至年底实际支出141万元。', 150],
		// a cover form's cells one per line: the project's total budget in 元
		['联络电话\n0591-XXXXXXX\n项目总预算(元)\n\n640,000\n\n全年执行数(元)\n\n612,800', 64],
		// the adjusted budget as a raise or a cut to a sum, or the budget after adjustment with the project named in it
		['项目年初预算120万元,年中调增至136万元,全年实际支出130万元。', 136],
		['项目年初预算90万元,年中调减至84万元,全年实际支出80万元。', 84],
		['年初批复预算38万元,年中追加5万元,调整后项目预算43万元,全年实际支出40.2万元。', 43],
		// (a raise by an amount is no budget)
		['项目年初预算60万元,年中追加8万元,全年实际支出66万元。', 60],
		['年初预算80万元,调整预算至72万元,实际支出70万元。', 72]
	])('findBudget(%s) = %s', (text, want) => expect(findBudget(text)?.value ?? null).toBe(want));
});

describe('titles: a page title naming the work with 自评, a specific form heading in a metadata line or under a catalogue', () => {
	it.each([
		[
			'a page title ending 项目支出绩效自评 over the bare form heading',
			'某县某镇村级篮球场改造项目支出绩效自评\n发布时间:2023-05-06 10:20\n项目支出绩效自评表\n(2022年度)\n项目名称 村级篮球场改造项目',
			'某县某镇村级篮球场改造项目支出绩效自评'
		],
		[
			'…with a page mark after it',
			'某县某中心2024年度碘盐监测项目绩效自评 第1页\n项目支出绩效自评表\n( 2024 年度)\n项目名称 碘盐监测项目',
			'某县某中心2024年度碘盐监测项目绩效自评'
		],
		[
			"a specific heading in a PDF's metadata line: the name, no year",
			'李某 abc2022 1 2022-03-01T01:02:03Z 16.00 False False False 附件2: 某县油茶低改项目支出绩效自评表 (2022年度) 项目名称 油茶低改项目 主管部门 某县林业局',
			'某县油茶低改项目支出绩效自评表'
		],
		[
			'a generic heading there keeps its year',
			'李某 abc2022 1 2022-03-01T01:02:03Z 16.00 False False False 附件2: 项目支出绩效自评表 (2022年度) 项目名称 油茶低改项目 主管部门 某县林业局',
			'项目支出绩效自评表(2022年度)'
		],
		[
			"a catalogue's part naming only the kind gives way to the form's own heading",
			'2021年度项目支出绩效自评公开\n目 录\n第一部分 项目支出绩效自评报告\n第二部分 项目支出绩效自评表\n第二部分 项目支出绩效自评表\n某县某镇茶园病虫害统防项目支出绩效自评表\n(2021年度)\n项目名称\t茶园病虫害统防项目',
			'某县某镇茶园病虫害统防项目支出绩效自评表'
		],
		[
			"a catalogue's part naming only its year and kind gives way to the part's whole title below it",
			'目录\n公开时间:2025年9月26日\n第一部分 部门概况\n第二部分 2024年度部门整体支出绩效自评报告\n第一部分 部门概况\n一、主要职责\n某镇人民政府负责辖区经济发展。\n第二部分 2024年度部门整体支出绩效自评报告\n某区某镇人民政府2024年度部门整体支出绩效自评报告\n一、部门整体支出基本情况',
			'某区某镇人民政府2024年度部门整体支出绩效自评报告'
		],
		[
			"a letter's title over three lines on its cover, its last word spaced out",
			'一、项目支出绩效自评报告\n二、项目支出绩效自评表\n一、项目支出绩效自评报告\n关于某镇2023年度村级洗衣台建设项目\n绩效自评情况的\n报 告\n某区财政局:\n现将有关情况报告如下:',
			'关于某镇2023年度村级洗衣台建设项目绩效自评情况的报告'
		],
		[
			"an attachment list's item, the attachment's own heading further down naming its place",
			'我局委托第三方对3个项目开展了评价。\n附件:\n附件1:2020年度古琴课堂项目绩效评价报告.pdf\n附件2:2020年度健身器材更新项目绩效评价报告.pdf\n附件3:2020年度养老驿站运营项目绩效评价报告.pdf\n某区财政局\n2021年9月10日\n附件1\n某市某区2020年度古琴课堂项目绩效评价报告\n一、项目概况',
			'某市某区2020年度古琴课堂项目绩效评价报告'
		],
		[
			"a tag line's label before the title (标签:)",
			'标签:某县2022年度豆腐干加工提升项目支出绩效自评表\n| 项目支出绩效自评表 |\n| 项目名称 | 豆腐干加工提升项目 |',
			'某县2022年度豆腐干加工提升项目支出绩效自评表'
		],
		[
			"a document viewer's page number glued before the title's place and its -预览页 after it, the date line run on",
			'正文内容\n6某江区2021年度美食街区提升项目绩效评价报告-预览页2022-08-16 10:21上一页面下一页面\n一、项目概况',
			'某江区2021年度美食街区提升项目绩效评价报告'
		],
		[
			'…and stays the title when no whole title follows',
			'目录\n第一部分 部门概况\n第二部分 2024年度部门整体支出绩效自评报告\n一、部门整体支出基本情况\n全年预算300万元。',
			'2024年度部门整体支出绩效自评报告'
		]
	])('%s', (_n, text, want) => expect(findTitle(splitLines(text))?.value).toBe(want));
	it("a cover's title over two lines under a catalogue's numbered parts", () => {
		const text = [
			'2023年某县某中心部门整体支出绩效自评公开',
			'一、 部门整体支出绩效自评报告',
			'二、 部门整体支出绩效自评表',
			'一、部门整体支出绩效自评报告',
			'某县动物疫病预防控制中心2023年度部门整体支出',
			'绩效自评报告',
			'一、部门基本情况'
		].join('\n');
		expect(findTitle(splitLines(text))?.value).toBe('某县动物疫病预防控制中心2023年度部门整体支出绩效自评报告');
	});
	it("a notice's title that publishes results, its source run into the line, over a date line and the bare form heading", () => {
		const text = [
			'某县水务局关于公开2023年度山塘清淤项目绩效自评结果的公告来源:某县水务局 时间:2024-05-06',
			'现将我局2023年度山塘清淤项目绩效自评表予以公开。',
			'2024506',
			'',
			'项目支出绩效自评表',
			'( 2023 年度)',
			'项目名称 山塘清淤项目'
		].join('\n');
		const t = findTitle(splitLines(text));
		expect(t?.value).toBe('某县水务局关于公开2023年度山塘清淤项目绩效自评结果的公告');
		// the notice names the form by a pronoun: its own title says whose it is
		expect(announcedTitle(t, text)?.value).toBe('某县水务局关于公开2023年度山塘清淤项目绩效自评结果的公告');
	});
	it('a notice about the work is no title', () => {
		expect(findTitle(splitLines('关于开展2023年度项目支出绩效自评\n各单位:\n现将有关事项通知如下。'))?.value ?? null).toBeNull();
	});
});

describe('a notice carrying a report under its own title, the project named before its year', () => {
	const NOTICE = [
		'宿松县农业农村局关于公开蜂产业扶持项目部门评价报告的通知',
		'各乡镇:',
		'我局对县蜂业服务站实施的2024年度蜂产业扶持项目组织开展了部门评价,现将评价报告予以公开。',
		'宿松县蜂产业扶持项目2024年度部门评价报告',
		'受宿松县农业农村局委托,某事务所对宿松县蜂业服务站(主管部门:宿松县农业农村局)实施的蜂产业扶持项目开展了部门评价。'
	].join('\n');
	it("takes the carried report's title", () => {
		const t = findTitle(splitLines(NOTICE));
		expect(announcedTitle(t, NOTICE)?.value).toBe('宿松县蜂产业扶持项目2024年度部门评价报告');
	});
	it.each([
		['宿松县蜂产业扶持项目2024年度部门评价报告', '蜂产业扶持项目'],
		['宿松县解放路排水改造工程项目2023年度绩效自评报告', '解放路排水改造工程']
	])('titleProject(%s) = %s', (v, want) => expect(titleProject({ value: v, start: 0, end: v.length })?.value).toBe(want));
	it('a unit the text shortens to its level ("县蜂业服务站") is the one it writes whole', () => {
		const r = extract({ text: NOTICE + '\n项目预算50万元,实际支出48万元,评价得分85分。', sourceFile: 'x.txt' });
		expect(r.ok && r.value.report.unit).toBe('宿松县蜂业服务站');
	});
});

describe("a catalogue's numbered part naming the report with its year, and a unit opening its own overview", () => {
	it('"第二部分 某中心2021年度部门整体支出绩效自评报告" under the catalogue is the title', () => {
		const text = [
			'第一部分 单位概况',
			'一、职能简介',
			'第二部分 某县救助管理站2021年度部门整体支出绩效自评报告',
			'第三部分 附表',
			'第一部分 单位概况',
			'一、职能简介',
			'负责流浪乞讨人员救助。'
		].join('\n');
		expect(findTitle(splitLines(text))?.value).toBe('某县救助管理站2021年度部门整体支出绩效自评报告');
	});
	it('"某县某院是县某局所属公益一类事业单位" names the unit', () => {
		const text =
			'第一部分 单位概况\n一、职能简介\n宿松县敬老院是县民政局所属公益一类事业单位,承担特困人员供养。\n第二部分 2021年度部门整体支出绩效自评报告\n全年预算80万元,实际支出78万元。自评得分90分。';
		expect(findUnit(findTitle(splitLines(text)), text)?.value).toBe('宿松县敬老院');
	});
});

describe("heldout76–79 wording: cover cells one a line, a unit named by the project's own sentence, titles below a page title or a letter", () => {
	it.each([
		['全年预算数(万元)\n520.00\n全年支出数(万元)\n498.36\n预算执行率\n95.84%', 520, 498.36],
		['年初预算(万元)\n480.00\n全年预算(万元)\n520.00\n实际支出(万元)\n498.36', 520, 498.36]
	])('%j: budget %s, spent %s', (text, budget, actual) => {
		const b = findBudget(text);
		expect(b?.value).toBe(budget);
		expect(findActual(text, b)?.value).toBe(actual);
	});
	it.each([
		['本项目由某市某区青少年活动中心实施,主管部门为某市某区教育局。', '某市某区青少年活动中心'],
		// (a name cut short to its level is no such unit)
		['本项目由镇文化服务中心实施,主管部门为某县某镇人民政府。', '某县某镇人民政府'],
		// (a value after 为 is the cell's, not "为…")
		['一、项目概况\n主管部门为某县文化和旅游局。', '某县文化和旅游局']
	])('%j → %s', (text, want) => expect(findUnit(null, text)?.value ?? null).toBe(want));
	it('a city whose name ends in 镇 (景德镇市) opens the unit in a title, no town', () => {
		const title = '景德镇市某区陶瓷技艺服务中心2021年度部门整体支出绩效自评报告';
		expect(findUnit({ value: title, start: 0, end: title.length }, title + '\n一、部门概况')?.value).toBe('景德镇市某区陶瓷技艺服务中心');
	});
	it("a page title over the document's own heading on two lines, the heading naming its district", () => {
		const text = '当前位置: 首页 > 政务公开\n某街道2020年度剪纸传习项目 绩效自评报告\n某区某街道2020年度剪纸传习项目\n绩效自评报告\n一、项目概况';
		expect(findTitle(splitLines(text))?.value).toBe('某区某街道2020年度剪纸传习项目绩效自评报告');
	});
	it('a letter sending a report: the report as its own heading below writes it, its place before it', () => {
		const text =
			'某区文化局文件\n关于报送2022年度陶艺培训项目部门评价报告的报告\n区财政局:\n现将评价报告报送你局。\n某市某区2022年度陶艺培训项目部门评价报告\n一、项目基本情况';
		expect(announcedTitle(findTitle(splitLines(text)), text)?.value).toBe('某市某区2022年度陶艺培训项目部门评价报告');
	});
	it("a document number before a notice's name in book-title marks is no part of the title", () => {
		const text = '某区资讯网_栏目_绩效公开\n某水评〔2022〕5号《某区水务局关于印发某区2021年度河道清淤项目部门评价报告的通知》\n\n一、项目概况';
		expect(findTitle(splitLines(normalizeText(text).text))?.value).not.toMatch(/〔2022〕|资讯网/);
	});
});

describe('heldout80–81 wording: a form run into one line, a digest naming its report, scores listed then totalled', () => {
	it("a unit's cell in a form whose cells are parted by single spaces ends at the first", () => {
		const text = '附件3: 部门整体支出绩效自评表 (2021年度) 部门(单位)名称 640104XXX004-某市某区某街道办事处 年度预算申请 (万元) 年初预算数 全年预算数';
		expect(findUnit(null, text)?.value).toBe('某市某区某街道办事处');
	});
	it("a journal's digest with no title line: the report it names in book-title marks", () => {
		const text = '张某 李某\n2023年4月,评价组完成了《某区2022年度路灯维护项目部门评价报告》。现将报告主要内容刊发如下。\n一、项目概况';
		expect(findTitle(splitLines(text))?.value).toBe('某区2022年度路灯维护项目部门评价报告');
	});
	it("the document's number in brackets after a title is no part of it", () => {
		const text = '当前位置: 首页 > 财政信息\n某市某区2020年度助听器适配救助项目财政重点绩效评价报告(某财绩〔2021〕9号)\n来源:某区财政局\n一、项目概况';
		expect(findTitle(splitLines(text))?.value).toBe('某市某区2020年度助听器适配救助项目财政重点绩效评价报告');
	});
	it.each([
		['评价组按决策、过程、产出、效益四部分评分,分别为18分、15分、30分、17.5分,合计80.5分,评价等级:良。', 80.5],
		// (parts that do not add up to the total: no score from them)
		['评价组按决策、过程、产出、效益四部分评分,分别为18分、15分、30分、17.5分,合计90分。', null]
	])('%s → %s', (text, want) => expect(findScore(text)?.value ?? null).toBe(want));
	it('"某区某改造工程由某中心组织实施" names the project', () => {
		const text = '一、基本情况\n(一)项目概况\n某区城区排涝管网改造工程由某市某区市政设施服务中心组织实施,新建雨水管道。';
		expect(findProject(text, null)?.value).toBe('某区城区排涝管网改造工程');
	});
});

describe('heldout82–83 wording: a letter sending the report by its name, a journal page under a glued breadcrumb', () => {
	it('"现将《某街道2020年度某项目绩效自评报告》报送如下" with no title line: the report named', () => {
		const text = '某区财政局:\n根据通知要求,我街道开展了绩效自评,现将《某街道2020年度古井修缮项目绩效自评报告》报送如下。\n一、项目基本情况';
		expect(findTitle(splitLines(text))?.value).toBe('某街道2020年度古井修缮项目绩效自评报告');
	});
	it('a breadcrumb run into "您所在的位置:首页>>…" stands apart from the title below it', () => {
		const text =
			'国际标准刊号:ISSN XXXX-XXXX 投稿邮箱:XXXXXX@XXX.com\n绩效评价您所在的位置:首页>>绩效评价>>文章内容\n某区皮影戏传承项目财政绩效评价报告\n时间:2020/7/2 10:18:46    来源:财政绩效2020年第3期\n一、项目概况';
		expect(findTitle(splitLines(normalizeText(text).text))?.value).toBe('某区皮影戏传承项目财政绩效评价报告');
	});
});

describe('heldout84–85 wording: a page explaining a report named in book-title marks', () => {
	it('"引言:某镇《2023年度某项目绩效自评报告》解读" over its first paragraph: the report named', () => {
		const text = '引言:某县某镇《2023年度核桃提质增效项目绩效自评报告》解读\n\n核桃是某镇的主导产业。本文按照自评报告的结构梳理该项目。\n\n1. 项目资金情况';
		expect(findTitle(splitLines(normalizeText(text).text))?.value).toBe('2023年度核桃提质增效项目绩效自评报告');
	});
});

/** The report row extract() writes for a text (a rejection fails the test with its reason). */
function read(text: string) {
	const r = extract({ text, sourceFile: 'x.txt' });
	if (!r.ok) throw new Error(r.reason);
	return r.value.report;
}

describe("heldout94 wording: a feature's subtitle, a site's 首页, page fields, one cell a line", () => {
	it('"…绩效评价报告:某事如何做好?" as the title: the report read, the subtitle no part of its title', () => {
		const r = read(
			'某市某区某街道2022年度社区食堂运营补贴项目绩效评价报告:食堂怎样留住老人?\n受某街道办事处委托,某所开展部门评价。项目预算50万元,实际支出45万元。综合得分82分。'
		);
		expect(r.title).toBe('某市某区某街道2022年度社区食堂运营补贴项目绩效评价报告');
	});
	it('"首页 某市2019年度…报告" over the report: the title without the site\'s 首页', () => {
		expect(findTitle(splitLines('首页 某市2019年度古树名木养护项目绩效自评报告\n\n一、项目基本情况'))?.value).toBe('某市2019年度古树名木养护项目绩效自评报告');
	});
	it('a word processor\'s page fields before the title ("PAGE 3PAGE 4某市…") are dropped', () => {
		expect(normalizeText('PAGE 3PAGE 4某市2018年度防汛物资储备项目绩效自评报告\n一、项目基本情况').text.split('\n')[0]).toBe(
			'某市2018年度防汛物资储备项目绩效自评报告'
		);
	});
	it('the unit that opens the background with its work ("基本情况 某市某中心承担全市…工作。")', () => {
		const r = read(
			'某市2019年度古树名木养护项目绩效自评报告\n一、项目基本情况 某市园林养护中心承担全市古树名木的日常养护工作。项目预算20万元,实际支出18万元。'
		);
		expect(r.unit).toBe('某市园林养护中心');
	});
	it('a cover read one cell a line: "计划安排资金" / "(万元)" / "42" is the budget; a project run within one year ("2018年1月起至2018年12月止") its year', () => {
		const r = read(
			'某区财政支出项目绩效评价自评报告\n\n项目名称 社区保洁补助项目\n\n项目起止时间\n\n2018年 1 月起至 2018 年 12 月止\n\n计划安排资金\n\n(万元)\n\n42\n\n实际支出\n\n(万元)\n\n40.32\n\n自评得分:83分'
		);
		expect([r.budget_wan, r.actual_wan, r.year]).toEqual([42, 40.32, 2018]);
	});
	it('a plan\'s amount outranks the money arrived, one cell a line ("计划投资额" / "(万元)" / "60" over "实际到位资金" / "56")', () => {
		expect(findBudget('计划投资额\n(万元)\n60\n实际到位资金\n(万元)\n56\n实际使用情况(万元)\n54.6')?.value).toBe(60);
	});
});

describe('heldout95 wording: a town named 八所, 由 before a unit, 绩效评分, one fund fully in place, a rate one cell a line', () => {
	it('a town whose name ends in 所 ("某市八所镇") is a place, not an institution: the unit is its government', () => {
		const r = read(
			'东方市八所镇2022年度污水处理设施运维项目绩效自评报告\n根据市财政局安排,东方市八所镇人民政府对2022年度污水处理设施运维项目开展了绩效自评。项目预算45万元,实际支出42.3万元。自评得分90分。'
		);
		expect(r.unit).toBe('东方市八所镇人民政府');
	});
	it('"(一)项目概况:由某市某区某街道办事处…" under the page\'s 来源 naming it short: no 由 in the unit', () => {
		const r = read(
			'某市某区寸滩街道2023年度养老服务站运营补助项目绩效自评报告\n信息来源: 江北区寸滩街道办事处\n(一)项目概况:由重庆市江北区寸滩街道办事处通过购买服务方式运营服务站。预算64万元,支出62.08万元。自评得分94分。'
		);
		expect(r.unit?.startsWith('由')).toBe(false);
	});
	it('"绩效评分96分" is the score; "项目县级资金35万元,全部到位" the budget', () => {
		const r = read('某县某镇2021年度沟渠清淤项目绩效自评报告\n项目按方案完成,绩效评分96分,自评为优。\n项目县级资金35万元,全部到位,全年支出34.3万元。');
		expect([r.score, r.budget_wan]).toEqual([96, 35]);
	});
	it('a rate cell one a line under the spend\'s labelled cell ("实际支出 (万元) |" … "执行率 |" / "93% |")', () => {
		expect(findRateStated('实际支出 (万元) |\n52.08 |\n结余 (万元) |\n3.92 |\n||||||\n执行率 |\n93% |')?.value).toBe(0.93);
		expect(findRateStated('三级指标 |\n任务完成率 |\n93% |')).toBeNull();
	});
	it('a news story under its headline and a subheading, opened by 日前: rejected', () => {
		const r = extract({
			text: '某区财政下达补助资金3860万元 支持农村公益事业\n重点项目执行率达97% 绩效评价优良率90%\n日前,某区财政局下达奖补资金3860万元。据了解,2023年全区奖补项目128个,评价得分在90分以上的9个。',
			sourceFile: 'x.txt'
		});
		expect(r.ok).toBe(false);
	});
	it('a document site\'s preview that starts at its second chunk ("2、…" / "3、…") is joined across the chunks', () => {
		const text = normalizeText(
			'某县2023年度供水项目绩效自评报告\n\n2、' +
				'按照文件精神,项目由某县供水服务中心负责实施。'.repeat(10) +
				'农村集中供水率≥88%,实\n\n3、际达到86%。三、自评结论经逐项评分,自评得分60分。'
		).text;
		expect(text).toContain('实际达到86%');
	});
});

describe("heldout98 wording: a list's header one cell a line, a cover's 报告日期, Beijing's 地区", () => {
	it('"项目名称" / "备注" as a list\'s header: the project is the next cell so labelled', () => {
		const text = normalizeText(
			'2018年度项目支出绩效自评表\n某区某地区办事处项目绩效自评表清单\n序号\n\n项目名称\n\n备注\n\n1\n\n垃圾分类驿站运维经费自评表\n\n项目支出绩效自评表\n项目名称\n\n垃圾分类驿站运维经费\n\n全年预算数(万元) 45'
		).text;
		expect(findProject(text, findTitle(splitLines(text)), null)?.value).toBe('垃圾分类驿站运维经费');
	});
	it('a cover\'s "报告日期:…" names no title', () => {
		expect(
			findTitle(splitLines('评价类型:项目完成结果评价☑\n项目名称:某服务站运营补助\n报告日期:2021年05月20日\n某区财政局(制)\n一、项目基本概况'))
		).toBeNull();
	});
	it("one of Beijing's township-level 地区 is the street of its unit", () => {
		const r = read(
			'2018年度项目支出绩效自评表\n北京市朝阳区小红门地区办事处项目绩效自评表\n项目名称 社区驿站运维经费\n主管部门 北京市朝阳区小红门地区办事处\n实施单位 北京市朝阳区小红门地区城市管理服务中心\n全年预算数(万元) 45\n全年执行数(万元) 43.2\n总分 100 85.6'
		);
		expect([r.district, r.street, r.division_code, r.unit_level]).toEqual(['朝阳区', '小红门地区', '110105027', 'street']);
	});
});

describe('heldout99 wording: units named by what they did or were given, a subsidy policy page', () => {
	it('"2022年,某区某乡人民政府对种植户给予…补助": the unit', () => {
		const r = read(
			'某市某区马厂乡2022年度夏菜种植补助项目绩效评价报告\n某区财政局开展重点绩效评价。\n一、项目概况\n2022年,海东市乐都区马厂乡人民政府对种植夏菜的农户给予种苗补助。\n项目预算168万元,实际支出158.76万元。合计81.25分。'
		);
		expect(r.unit).toBe('海东市乐都区马厂乡人民政府');
	});
	it('"区级财政安排某区某中心某经费52万元": the unit the money was given to', () => {
		const r = read(
			'某市某区2024年度农产品抽检经费项目绩效评价报告\n2024年度区级财政安排眉山市彭山区市场监督管理服务中心农产品抽检经费52万元。\n项目预算52万元,实际支出49.4万元。综合得分88分。'
		);
		expect(r.unit).toBe('眉山市彭山区市场监督管理服务中心');
	});
	it("a subsidy's policy page (范围, 标准, 申请条件和程序, 咨询电话) with its targets is no report", () => {
		const r = extract({
			text: '农业托管补贴项目\n补贴范围(补贴对象)\n从事托管服务的合作社。\n补贴标准:\n全程托管每亩补助40元。全市项目资金680万元。\n申请补贴条件和程序:\n签订托管合同后申请。\n绩效目标:\n托管面积不少于17万亩,满意度不低于90%。\n咨询电话:0715-XXXXXXX',
			sourceFile: 'x.txt'
		});
		expect(r.ok).toBe(false);
	});
	it('a heading\'s numeral spaced inside its brackets ("( 一 )产出指标") is the heading', () => {
		expect(normalizeText('( 一 )产出指标\n1、补助发放:目标≥120名,实际126名。').text.split('\n')[0]).toBe('(一)产出指标');
	});
});

describe("a transfer payment's form", () => {
	it('"转移支付(项目)名称 | X项目" names the project', () => {
		const text =
			'2019年度中央转移支付区域(城市社区设施)绩效自评表\n中央转移支付某市某区某街道城市社区设施提升项目绩效自评表 | ||\n(2019年度) | ||\n转移支付(项目)名称 | 城市社区设施提升项目 | ||\n中央主管部门 | 民政部 | ||\n全年预算数(A) | 全年执行数(B) | 预算执行率 | ||\n年度资金总额: | 120 | 115.2 | 96% | ||';
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok && r.value.report.project_name).toBe('城市社区设施提升项目');
	});
});

describe("a spreadsheet's money header run on its own, its figures after it", () => {
	const HEAD =
		'代县项目支出绩效自评表 (2022年度) 项目名称 某服务 年初预算 数 180 项目资金 (万元) 年度资金总额 实施单位 某局 全年预算数 全年执行数 分值 执行率 得分 ';
	it('the budget and the spend right before the weight, the rate and the points, when they agree', () => {
		const r = gluedFundsRow(HEAD + '180 196.3825 191.0576 10 97.29% 9.73 196.3825 191.0576');
		expect([r?.budget.value, r?.actual.value, r?.rate?.value]).toEqual([196.3825, 191.0576, 0.9729]);
	});
	it('nothing when the rate written is not the spend over the budget, or the points not the weight at that rate', () => {
		expect(gluedFundsRow(HEAD + '180 196.3825 191.0576 10 95.00% 9.5')).toBeNull();
		expect(gluedFundsRow(HEAD + '180 196.3825 191.0576 10 97.29% 7.2')).toBeNull();
	});
});

describe('heldout102 kinds and wording', () => {
	const reason = (text: string) => {
		const r = extract({ text, sourceFile: 'x.txt' });
		return r.ok ? null : r.reason;
	};
	it("a press conference's story is no report", () => {
		expect(
			reason(
				'热点新闻\n某省:2024年新建高标准农田680万亩\n省农业农村厅负责人16日在新闻发布会上表示,全省新建高标准农田680万亩,财政投入资金共计102亿元,年度绩效评价得分低于80分的市县将扣减资金。会上,有记者问:资金如何用好?抽查的36个项目平均得分91.2分。'
			)
		).toMatch(/新闻发布会/);
	});
	it('news of rules issued is no report', () => {
		expect(
			reason(
				'2019年,某区试点驿站运营补贴,累计投入3,680万元。近日,区财政局会同区民政局印发《社区养老服务驿站运营补贴资金管理办法》,共四章18条。\n一是明确职责。\n二是强化绩效管理,满意度不低于90%。'
			)
		).toMatch(/印发规章/);
	});
	it("a scoring sheet's rules with no score given are no report", () => {
		expect(
			reason(
				'某乡2024年度农村户厕改造项目绩效评价评分表\n评价指标 | 分值 | 评价标准 | 评价依据 |\n资金管理 | 资金执行率 (10分) | 达到90%及以上的,得10分;每低5%,扣2分。 | 凭证 |\n评价等级 | — | 总分90分(含)以上为优。 | |'
			)
		).toMatch(/评分规则/);
	});
	it('a filled scoring sheet is read', () => {
		expect(
			reason(
				'某乡2024年度农村户厕改造项目绩效评价评分表\n评价指标 | 分值 | 评价标准 | 得分 |\n资金执行率 | 10 | 达到90%及以上的,得10分 | 10 |\n总分 | 100 | | 92 |'
			)
		).toBeNull();
	});
	it('a page\'s date-and-source line stays apart from the title below it, and a site\'s "某某资讯:" is no part of the title', () => {
		const text = normalizeText(
			'中文版 | 蒙文版\n日期:2024-05-20 16:10  来源:某市退役军人事务局\n分享到:\n\n光荣牌悬挂经费2023年度绩效自评报告\n一、绩效目标'
		).text;
		expect(text.split('\n')).toContain('光荣牌悬挂经费2023年度绩效自评报告');
		expect(findTitle(splitLines('某某资讯:交城县图书馆2022年度免费开放补助资金绩效自评报告\n发布机构:县文化和旅游局'))?.value).toBe(
			'交城县图书馆2022年度免费开放补助资金绩效自评报告'
		);
	});
});

describe('flatMoneyTotals: a money table flattened into one line', () => {
	it("the budget and the spend of its total row, by its header's columns, in its heading's unit", () => {
		const r = flatMoneyTotals(
			'二、项目资金使用情况(万元) 资金来源 预算数 实际到位数 实际支出数 省级财政资金 60 60 57.6 市县配套资金 0 0 0 合计 60 60 57.6 资金执行率96%'
		);
		expect([r?.budget.value, r?.actual.value]).toEqual([60, 57.6]);
	});
	it('nothing when the total row has not as many figures as the header has columns, or no unit is named', () => {
		expect(flatMoneyTotals('资金情况(万元) 资金来源 预算数 实际到位数 实际支出数 省级资金 60 60 57.6 合计 60 57.6')).toBeNull();
		expect(flatMoneyTotals('资金来源 预算数 实际支出数 省级资金 60 57.6 合计 60 57.6')).toBeNull();
	});
});

describe('a news item under its wire mark', () => {
	it('"某某日报/某某网讯 为推动…" is no report', () => {
		const r = extract({
			text: '某县财政局联合督查养殖园区项目绩效目标推进情况\n发布时间:2021-09-14\n某某日报/某某网讯 为推动衔接资金项目绩效目标实现,县财政局组成督查组。项目资金已支付1,860万元,支付进度62%。',
			sourceFile: 'x.txt'
		});
		expect(r.ok ? null : r.reason).toMatch(/新闻/);
	});
});

describe("heldout104 wording: a scheme's scale, a notice label before the title, money words, a plan", () => {
	it('"评价指标体系由…四部分构成,总分100分" is the scale; "综合得分72分" the score', () => {
		expect(findScore('评价指标体系由项目决策、项目过程、项目产出和项目效益四部分构成,总分100分。\n项目决策得分15分,综合得分72分,评价等级为“中”。')?.value).toBe(
			72
		);
		expect(findScore('总分100分,自评得分95分')?.value).toBe(100);
	});
	it('"公告:某市某馆2020年度…报告" as the title line: the report\'s title', () => {
		expect(findTitle(splitLines('公告:某市档案馆2020年度部门整体支出绩效自评报告\n一、部门概况'))?.value).toBe('某市档案馆2020年度部门整体支出绩效自评报告');
	});
	it('"资金执行总量68.4万元" is the spend; "街道申请某经费42万元" the budget', () => {
		expect(findActual('2021年某补助资金执行总量68.4万元,预算执行率95%。')?.value).toBe(68.4);
		expect(findBudget('2018年街道申请口袋公园养护经费42万元,实际支出39.9万元。')?.value).toBe(42);
	});
	it('a plan that says so ("…制定本方案") with its targets is no report', () => {
		const r = extract({
			text: '某某网综合报道,为推进垃圾分类工作,根据区局下达2025年垃圾分类专项资金的通知,结合辖区实际,制定本方案。\n一、项目概况\n项目投资总额186.5万元,其中区级专项资金150万元。\n(七)绩效目标\n投放点改造完成率100%,居民满意度不低于90%。\n二、实施步骤',
			sourceFile: 'x.txt'
		});
		expect(r.ok ? null : r.reason).toMatch(/实施方案/);
	});
	it('"按支出类别:…" lists the items when they add up to the spend', () => {
		const r = read(
			'某街道2018年度口袋公园养护项目绩效评价\n2018年项目预算42万元,实际支出39.9万元,预算执行率95%。按支出类别:绿化养护人工费238,000元,苗木补植及肥料96,000元,设施维修65,000元。\n自评得分90分。'
		);
		expect(r.actual_wan).toBe(39.9);
	});
});

describe("heldout105 wording: an attachment's report inside final accounts, a label cut to 称:", () => {
	it('a final-accounts document\'s attached report under its "附件2" line titles the text, and names its fund as the project', () => {
		const text =
			'2024年度某区某街道办事处部门决算\n目录\n第一部分 部门概况\n一、部门职责\n二、机构设置\n第二部分 决算情况说明\n一、收入支出决算总体情况说明\n第三部分 名词解释\n第四部分 附件\n附件2\n楼栋外立面隐患整治资金专项预算绩效自评报告\n一、项目基本情况';
		const title = findTitle(splitLines(text));
		expect(title?.value).toBe('楼栋外立面隐患整治资金专项预算绩效自评报告');
		expect(title && titleProject(title)?.value).toBe('楼栋外立面隐患整治资金');
	});
	it('a metadata label cut to "称:" before the title is dropped', () => {
		expect(findTitle(splitLines('称: 某市某区某街道办事处-社区微型消防站建设项目自评表\n一、项目基本情况'))?.value).toBe(
			'某市某区某街道办事处-社区微型消防站建设项目自评表'
		);
	});
});

describe('a grade run after 评价等次 with no word between', () => {
	it('"…整体得分91.5分,评价等次优秀。" states 优', () => {
		expect(findGrade('绩效评价整体得分91.5分,评价等次优秀。')?.value).toBe('优');
	});
});

describe('heldout106 wording: an opening budget with its addition, an attachment named in book-title marks', () => {
	it('"年初预算2,214.60 万元,年中追加171.80 万元" with their sum written nearby: the budget is the sum', () => {
		expect(findBudget('整体预算2024年总收入2,386.40 万元,较上年减少126.30 万元。其中:年初预算2,214.60 万元,年中追加171.80 万元。')?.value).toBe(2386.4);
		expect(findBudget('其中:年初预算2,214.60 万元,年中追加171.80 万元。')?.value).toBe(2214.6);
	});
	it("the budget's parts listed after 其中 are no spending items", () => {
		const text = '其中:年初预算2,214.60 万元,年中追加171.80 万元。';
		expect(extractExpenditures(text, splitLines(text), [])).toEqual([]);
	});
	it('"附件:《…自评报告》" stays apart from the signature below it', () => {
		expect(normalizeText('现将报告公示如下。\n附件:《某区某街道2021年度楼道照明改造项目绩效自评报告》\n某区某街道办事处\n2022年3月14日').text).toContain(
			'自评报告》\n某区某街道办事处'
		);
	});
});

describe('a report with no title line that names itself in its prose after its first headings', () => {
	it('"…形成《某县2020年度某资金绩效评价报告》。" under "第一部分 项目概况" / "一、基本情况": the title, and the targets above it still read', () => {
		const text =
			'第一部分 项目概况\n一、基本情况\n(一)项目背景\n某县农村供水工程点多面广。\n(二)绩效目标\n维修供水管网≥85公里,更换水泵≥40台。\n第二部分 评价工作情况\n受某县财政局委托,某所开展评价,形成《某县2020年度农村供水维修养护资金绩效评价报告》。\n第三部分 评价结论\n项目预算300万元,实际支出288万元。维修供水管网实际完成88公里,更换水泵实际36台。综合得分85分。';
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok && r.value.report.title).toBe('某县2020年度农村供水维修养护资金绩效评价报告');
		expect(r.ok && r.value.indicators.map((i) => i.name)).toContain('维修供水管网');
	});
});

describe('a unit named by a bare 部门 cell, or by the work it oversees', () => {
	it('"部门 | 某区某街道办事处 |" in a whole-department grid is the unit', () => {
		const r = read(
			'部门整体支出绩效自评表 | ||||\n(2023年度) | ||||\n部门 | 合肥市包河区骆岗街道办事处 | ||||\n年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||\n年度资金总额 | 1862.40 | 1936.80 | 1820.59 | 10 | 94% | 9.4 | ||'
		);
		expect(r.unit).toBe('合肥市包河区骆岗街道办事处');
	});
	it('"…系统由某区某中心负责监管,…" names the unit', () => {
		expect(findUnit(null, '一、项目概况\n城区公共自行车系统由临沂市罗庄区市政公用事业服务中心负责监管,委托运营企业负责维护。')?.value).toBe(
			'临沂市罗庄区市政公用事业服务中心'
		);
	});
});

describe('a form run into one line: the unit cell ends where 资金情况 begins', () => {
	it('"实施单位某镇村镇建设服务中心资金情况(万元)…" names the centre', () => {
		const r = read(
			'2024年农村生活污水处理设施运维项目绩效自评表某镇人民政府2025年1月8日绩效目标自评表(2024年度)项目名称农村生活污水处理设施运维项目主管部门南昌市新建区樵舍镇人民政府实施单位南昌市新建区樵舍镇村镇建设服务中心资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:48 45.6 10 95% 9.5 总分100 90'
		);
		expect(r.unit).toBe('南昌市新建区樵舍镇村镇建设服务中心');
	});
});

describe('heldout100 wording: a portal grid without colons', () => {
	it('"信息名称 …自评报告 内容概述 一、…" on one line: the title ends before 内容概述', () => {
		expect(findTitle(splitLines('信息名称 某县2023年古籍修复项目 2023年度绩效自评报告 内容概述 一、项目基本情况2023年安排我馆经费20万元。'))?.value).toBe(
			'某县2023年古籍修复项目2023年度绩效自评报告'
		);
	});
	it('"发布机构 某市图书馆 发文日期 …" names the unit when the report speaks as 我馆', () => {
		const head = '索引号 000/2024-001 组配分类 部门项目\n发布机构 某某市图书馆 发文日期 2024-04-12\n某某市2023年古籍修复项目绩效自评报告\n一、项目基本情况\n';
		expect(findUnit(null, head + '2023年安排我馆古籍修复经费20万元。')?.value).toBe('某某市图书馆');
		// (a publisher that is no kind of body the report speaks as: no unit from the grid)
		expect(findUnit(null, head + '2023年安排古籍修复经费20万元。')?.value).toBeUndefined();
	});
});

describe('heldout107 wording: a form of cells between bars', () => {
	it('"项目起止时间 | 2021年度 |" is the year evaluated, the form dated the year after', () => {
		const r = read(
			'某区财政支出项目绩效自评报告\n项目名称 某村道保洁经费\n2022年 4月12日\n项目起止时间 | 2021年度 | ||\n计划安排资金(万元) | 40.00 | 实际到位资金(万元) | 40.00 |\n实际支出(万元) | 38.00 | 预算执行率 | 95% |'
		);
		expect(r.year).toBe(2021);
	});
	it('"综合评分 | 83 | 评价等级 | 良 |": the score in the cell after its label', () => {
		expect(findScore('四、评价结论 | 综合评分 | 83 | 评价等级 | 良 | ||')?.value).toBe(83);
	});
});

describe('heldout107 wording: a cover with a bare category over the report’s own heading', () => {
	const cover = [
		'部门整体支出绩效评价自评报告',
		'( 2023 年度)',
		'评价类型: 项目实施过程评价 项目完成结果评价',
		'部门(单位)全称: 某市某区某某街道办事处 (公章)',
		'主管部门审核意见:',
		'财政部门审核意见:',
		'填报日期 年 月 日',
		'某市某区财政局制',
		'某某街道办事处部门整体支出绩效',
		'评价报告',
		'一、部门基本情况',
		'街道内设6个办公室。全年预算1,200.00万元,全年支出1,140.00万元。'
	].join('\n');
	it('the heading below the cover that names the unit is the title, the cover’s year the year', () => {
		const r = read(cover);
		expect([r.title, r.year]).toEqual(['某某街道办事处部门整体支出绩效评价报告', 2023]);
	});
	it('"部门(单位)全称: … (公章)" names the unit', () => {
		expect(read(cover).unit).toBe('某市某区某某街道办事处');
	});
	it('a cover with no heading below it keeps its category as the title', () => {
		expect(read(cover.replace('某某街道办事处部门整体支出绩效\n评价报告\n', '')).title).toBe('部门整体支出绩效评价自评报告(2023年度)');
	});
});

describe('a title that ends in 自评结果', () => {
	it('"某局2019年部门决算中项目绩效自评结果" over the unit alone and the name again: the first line whole', () => {
		expect(
			findTitle(
				splitLines(
					normalizeText(
						'某县某局2019年部门决算中项目绩效自评结果\n某县某局\n2019年部门决算中项目绩效自评结果\n我局在2019年度部门决算中反映某项目绩效自评综述。'
					).text
				)
			)?.value
		).toBe('某县某局2019年部门决算中项目绩效自评结果');
	});
});

describe('heldout108 wording: a numbered 实施主体 line', () => {
	it('"(3)实施主体:某乡人民政府,乡某中心具体承办" names the government', () => {
		expect(findUnit(null, '1、项目基本情况\n(3)实施主体:某某县某某乡人民政府,乡文化服务中心具体承办。')?.value).toBe('某某县某某乡人民政府');
	});
});

describe('heldout108 wording: an essay site’s item heading, a grade before its score, a unit after the purpose', () => {
	const text = [
		'您的当前位置:首页正文',
		'项目实施绩效自评报告 篇3',
		'2022-03-05 来源:网友投稿',
		'  某县2021年度乡镇卫生院设备补助项目绩效自评报告',
		'  一、项目基本情况',
		'  为改善乡镇卫生院诊疗条件,某县卫生健康委员会对全县卫生院给予设备购置补助。项目年度预算80万元。',
		'  二、综合评价',
		'  项目资金使用规范,自评绩效等级为“良”,分数为84分。'
	].join('\n');
	it('the report’s own title under the site’s "项目实施绩效自评报告 篇3"', () => {
		expect(read(text).title).toBe('某县2021年度乡镇卫生院设备补助项目绩效自评报告');
	});
	it('"等级为“良”,分数为84分": the score', () => {
		expect(read(text).score).toBe(84);
	});
	it('"为…,某县卫生健康委员会对全县卫生院给予…": the unit', () => {
		expect(read(text).unit).toBe('某县卫生健康委员会');
	});
});

describe('heldout109 wording: a 区域绩效目标自评表 one cell a line', () => {
	const form = [
		'某街道2022年度某中心运营补助资金绩效目标自评表',
		'项目名称',
		'某中心运营补助资金',
		'自评得分',
		'实施单位',
		'某市某区某街道办事处',
		'88',
		'预算执行情况',
		'预算数:',
		'',
		'120',
		'执行数:',
		'',
		'108',
		'20',
		'其中:区级补助',
		'      120  万元',
		'其中:区级补助',
		'    108万元'
	].join('\n\n');
	it('the budget and spend below their labels, in the unit the breakdown writes them with', () => {
		const r = read(form);
		expect([r.budget_wan, r.actual_wan, r.execution_rate]).toEqual([120, 108, 0.9]);
	});
	it('the score drawn after the 实施单位 pair', () => {
		expect(read(form).score).toBe(88);
	});
	it('no breakdown with a unit: no money', () => {
		expect(read(form.split('\n\n').slice(0, 15).join('\n\n')).budget_wan).toBeNull();
	});
});

describe('heldout109 wording: a 区域 form under a portal’s date line', () => {
	const form = [
		'今天是:2021年06月18日',
		'2020年中央对地方专项转移支付区域绩效目标自评表(某县文化局)',
		'填报类型:整体□  区域√  项目□',
		'单位名称 某县文化局 联系人及电话 杨某,0000-XXXXXXX',
		'专项名称 乡镇文化站免费开放补助资金',
		' 转移支付预算数(A) 75万 预算执行率(B/A) 92%',
		' 转移支付执行数(B) 69万'
	].join('\n');
	it('the date line stands alone: the title is the form’s, its year the year', () => {
		const r = read(form);
		expect([r.title, r.year]).toEqual(['2020年中央对地方专项转移支付区域绩效目标自评表(某县文化局)', 2020]);
	});
	it('"专项名称 …" names the project; "预算执行率(B/A) 92%" is the rate stated', () => {
		const r = read(form);
		expect([r.project_name, r.execution_rate_stated]).toEqual(['乡镇文化站免费开放补助资金', 0.92]);
	});
});

describe('heldout109 wording: a page title cut short, a grade after 为:, a total under a header in 万元', () => {
	const page = [
		'某区某镇2024年度农村公厕管护项目绩效自评',
		'日期:2025-03-21',
		'分享:',
		'某区某镇2024年度农村公厕管护项目绩效自评表',
		'实施单位:某市某区某镇人民政府',
		'指标名称 指标解释 记录 未完成原因及改进措施',
		'项目预算管理 资金投入 预算资金安排 2024年度农村公厕管护资金预算安排情况。',
		'公厕管护资金合计(万元) 年度预算资金总额: 48.00 ',
		'其中:区级补助 30.00 ',
		'镇级资金 18.00 ',
		'年度执行数(万元) 45.60 ',
		'预算执行率 95% 分值 10 得分 9.5',
		'自评结论:自评得分92.5,综合评价结果为:优。'
	].join('\n');
	it('the form’s heading, the page title with its last word', () => {
		expect(read(page).title).toBe('某区某镇2024年度农村公厕管护项目绩效自评表');
	});
	it('"综合评价结果为:优" is the grade stated', () => {
		const r = read(page);
		expect([r.grade, r.grade_basis]).toEqual(['优', 'stated']);
	});
	it('"资金合计(万元) 年度预算资金总额: 48.00" is the budget', () => {
		expect(read(page).budget_wan).toBe(48);
	});
});

describe('heldout100 wording: money in place at the year’s start, then the sum paid', () => {
	it('"资金已于年初全部到位" … "已按合同支付项目资金33.34万元": the payment is the spend, not the whole budget', () => {
		const r = read(
			'某街道2019年某分馆运行经费项目支出绩效自评报告\n一、项目基本情况\n2019年某分馆运行经费年初预算42万元,资金已于年初全部到位。\n二、项目资金执行情况\n截至2019年12月31日,已按合同支付项目资金33.6万元,执行率80%。'
		);
		expect([r.budget_wan, r.actual_wan, r.execution_rate]).toEqual([42, 33.6, 0.8]);
	});
});

describe('the parts’ rates, then the whole’s', () => {
	it('"…使用率100%;…使用率90.43%。全年共支出…,总体资金使用率90.94%": the whole’s', () => {
		expect(
			findRateStated(
				'资金到位率100%。传承人补助2万元已拨付,资金使用率100%;项目保护补助使用325,560元,资金使用率90.43%。全年共支出345,560元,总体资金使用率90.94%。'
			)?.value
		).toBe(0.9094);
	});
	it('one rate: that one', () => {
		expect(findRateStated('全年支出34.5万元,资金使用率90.8%。')?.value).toBe(0.908);
	});
});

describe('a title naming the project’s money', () => {
	const t = (body: string) => read('某街道2021年度背街小巷整治项目资金绩效自评报告\n一、项目概况\n' + body + '项目预算50万元,实际支出45万元。').project_name;
	it('"…项目资金绩效自评报告", the text naming "…项目" on its own: the project', () => {
		expect(t('背街小巷整治项目是街道的民生项目。')).toBe('背街小巷整治项目');
	});
	it('the text naming only the money: as the title has it', () => {
		expect(t('')).toBe('背街小巷整治项目资金');
	});
});

describe('a budget set as the year’s subsidy', () => {
	it('"2019年安排运营补贴52万元,全年实际支出48.36万元": the budget', () => {
		const r = read('某街道2019年度养老驿站运营补贴项目绩效自评报告\n一、项目概况\n2019年安排运营补贴52万元,全年实际支出48.36万元,预算执行率93%。');
		expect([r.budget_wan, r.actual_wan]).toEqual([52, 48.36]);
	});
});

describe('a unit named by the upkeep it does', () => {
	it('"由某局负责日常保洁、设施维修和运行管护" names the unit', () => {
		expect(findUnit(null, '一、项目概况\n城区现有公厕40座,由某某市城市管理综合行政执法局负责日常保洁、设施维修和运行管护。')?.value).toBe(
			'某某市城市管理综合行政执法局'
		);
	});
});
