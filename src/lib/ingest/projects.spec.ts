import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { attachmentTitle, listTableProjects, mask, keep, narrativeProjects, partName, reportParts } from './projects';
import { splitLines } from './structure';
import { normalizeText } from './normalize';

// Documents written for these tests after the layouts of real multi-project reports.
const UNIT_REPORT = `某县农业服务中心2023年度项目支出绩效自评报告
一、基本情况
本中心实施项目共2个，调整预算后项目预算300万元，全年实际支出290万元。
（一）项目概况
1.水稻良种推广经费。在三个乡镇建立示范片，调整后预算200万元，实际支出195万元。
2.农机安全检验经费。对全县农机开展年检，调整后预算100万元，实际支出95万元。
二、绩效目标完成情况
（一）水稻良种推广经费
推广良种面积5200亩。该项目自评得分94分。
（二）农机安全检验经费
完成年检1800台。该项目自评得分82分。
三、单位自评结论
本单位2023年度项目支出绩效自评综合得分90.5分，等级为优。
四、存在的问题
（一）农机安全检验经费支出进度偏慢。`;

const LIST_TABLE = `2023年度专项资金项目绩效评价情况
单位:万元
项目名称
资金性质
预算资金
已支出
自评分数
自评等级
某某镇污水管网改造工程
专项资金
500
480
93
优
某某中学食堂改造工程
专项资金
120
90
78
中`;

describe('multi-project documents', () => {
	it('a unit report with a section per project: the unit row first, then one report per project', () => {
		const r = extract({ text: UNIT_REPORT, sourceFile: 'u.txt' });
		if (!r.ok) throw new Error(r.reason);
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score, x.report.grade])).toEqual([
			[null, 300, 290, 90.5, '优'],
			['水稻良种推广经费', 200, 195, 94, '优'],
			['农机安全检验经费', 100, 95, 82, '良']
		]);
		expect(new Set(all.map((x) => x.report.report_id)).size).toBe(3);
		// every report of the document keeps its title, year and unit
		expect(new Set(all.map((x) => `${x.report.title}|${x.report.year}|${x.report.unit}`)).size).toBe(1);
		// the ids are stable: the same text gives the same ids
		const again = extract({ text: UNIT_REPORT, sourceFile: 'u.txt' });
		expect(again.ok && [again.value, ...(again.value.more ?? [])].map((x) => x.report.report_id)).toEqual(all.map((x) => x.report.report_id));
		expect(all[1].checks.map((c) => c.code)).toContain('multi_project');
	});
	it('projects under circled markers with their own 实施单位, and no unit-level figures: no unit row', () => {
		const t = [
			'某县2023年度新增专项债券项目绩效自评报告',
			'一、绩效目标设定情况',
			'㈠城西污水处理厂扩建项目。安排资金3000万元,实施单位为某县住房和城乡建设局。',
			'㈡东湖灌区节水改造工程。安排资金1200万元,实施单位为某县水利局。',
			'二、绩效目标完成情况分析',
			'㈠城西污水处理厂扩建项目。已支出2880万元,支出进度96%。该项目自评得分95分。',
			'㈡东湖灌区节水改造工程。已支出960万元,支出进度80%。该项目自评得分84分。'
		].join('\n');
		const r = extract({ text: t, sourceFile: 'bond.txt' });
		if (!r.ok) throw new Error(r.reason);
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.unit, x.report.budget_wan, x.report.actual_wan, x.report.score])).toEqual([
			['城西污水处理厂扩建项目', '某县住房和城乡建设局', 3000, 2880, 95],
			['东湖灌区节水改造工程', '某县水利局', 1200, 960, 84]
		]);
	});
	it('projects enumerated inside one flattened line, scored together by name, the unit scored apart', () => {
		const t =
			'某市公园管理所2023年度项目支出绩效自评报告 一、项目情况 本所共有2个项目,预算合计150. 5万元,全年实际支付147万元,使用率97.67%o1、古树名木复壮项目:预算100.5万元,全年实际支付99万元,使用率98.51%。完成复壮古树36株。' +
			'2、园路修缮项目:预算50万元,全年实际支付48万元,使用率96%。修缮园路1.2公里。二、项目绩效自评结果 古树名木复壮项目自评得分95分;园路修缮项目自评得分88分。本所项目支出绩效自评综合得分92.4分。' +
			'三、存在的问题 (一)园路修缮项目雨季施工延误。';
		const r = extract({ text: t, sourceFile: 'inline.txt' });
		if (!r.ok) throw new Error(r.reason);
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score])).toEqual([
			[null, 150.5, 147, 92.4],
			['古树名木复壮项目', 100.5, 99, 95],
			['园路修缮项目', 50, 48, 88]
		]);
	});
	it('a list table of projects, one cell per line, money in the unit the table states', () => {
		const r = extract({ text: LIST_TABLE, sourceFile: 'l.txt' });
		if (!r.ok) throw new Error(r.reason);
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score, x.report.grade])).toEqual([
			['某某镇污水管网改造工程', 500, 480, 93, '优'],
			['某某中学食堂改造工程', 120, 90, 78, '中']
		]);
	});
	it('a numbered tab table inside a 决算, each project described in a paragraph below it', () => {
		const text = [
			'某县林业局2023年度部门决算公开说明',
			'三、预算绩效情况说明',
			'(二)项目绩效自评结果。',
			'序号\t项目名称\t全年预算数(万元)\t全年执行数(万元)\t执行率\t自评得分\t评价等级',
			'1\t森林防火巡护项目\t120.00\t114.00\t95.00%\t94\t优',
			'2\t林木良种育苗项目\t80.00\t64.00\t80.00%\t82\t良',
			'合计\t200.00\t178.00\t89.00%',
			'1.森林防火巡护项目。全年巡护里程2600公里(目标2400公里)。存在问题:巡护设备老化。改进措施:分批更新巡护车辆。',
			'2.林木良种育苗项目。育苗30万株(目标35万株)。存在问题:苗圃灌溉条件差。改进措施:新建滴灌设施。',
			'第三部分 名词解释'
		].join('\n');
		const r = extract({ text, sourceFile: 't.txt' });
		if (!r.ok) throw new Error(r.reason);
		const all = [r.value, ...(r.value.more ?? [])];
		expect(
			all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.execution_rate_stated, x.report.score, x.report.grade])
		).toEqual([
			['森林防火巡护项目', 120, 114, 0.95, 94, '优'],
			['林木良种育苗项目', 80, 64, 0.8, 82, '良']
		]);
		expect(all.map((x) => x.findings.map((f) => f.kind + ':' + f.text))).toEqual([
			['问题:巡护设备老化。', '建议:分批更新巡护车辆。'],
			['问题:苗圃灌溉条件差。', '建议:新建滴灌设施。']
		]);
	});
	it('a list table whose rows do not read as figures is not split (never a shifted column)', () => {
		const t = normalizeText(LIST_TABLE.replace('\n93\n', '\n优\n')).text;
		expect(listTableProjects(t, splitLines(t))).toEqual([]);
	});
	it('one project named twice is one project, not a multi-project document', () => {
		const t = '一、基本情况\n（一）党建工作经费。预算数10万元。\n二、绩效\n（一）党建工作经费。得分95分。';
		expect(narrativeProjects(splitLines(t))).toEqual([]);
	});
	it('mask and keep blank text without moving offsets', () => {
		expect(mask('abc\ndef', [[1, 5]])).toBe('a  \n ef');
		expect(keep('abc\ndef', [[1, 5]])).toBe(' bc\nd  ');
	});
});

describe('reportParts: several whole reports in one document', () => {
	const two = [
		'某县文旅局部门整体支出及项目支出绩效评价报告',
		'部门整体支出绩效评价报告',
		'一、基本情况',
		'本年度调整后预算120万元，全年支出118万元。',
		'二、评价结论',
		'部门整体支出绩效自评得分94分。',
		'项目支出绩效评价报告',
		'一、项目概况',
		'非遗展演经费年初预算20万元，全年支出19.5万元。',
		'二、评价结论',
		'项目自评得分91分。'
	].join('\n');
	it('splits at each title with a score of its own; the document title opens no part', () => {
		const parts = reportParts(two, splitLines(two));
		expect(parts.map((p) => [p.name, p.title?.value])).toEqual([
			['部门整体支出', '部门整体支出绩效评价报告'],
			[null, '项目支出绩效评价报告']
		]);
		expect(two.slice(parts[0].segments[0][0], parts[0].segments[0][1])).toContain('94分');
		expect(two.slice(parts[1].segments[0][0], parts[1].segments[0][1])).not.toContain('94分');
	});
	it('numbered headings that each name an evaluation', () => {
		const t =
			'一、河道治理资金绩效自评\n下达资金800万元，已支出760万元。\n自评得分90分。\n二、水库维修资金绩效自评\n下达资金300万元，已支出300万元。\n自评得分95分。';
		expect(reportParts(t, splitLines(t)).map((p) => p.name)).toEqual(['河道治理资金', '水库维修资金']);
	});
	it('one report with its own attached 自评报告 title but no second score is one report', () => {
		const t = '2023年道路养护项目绩效自评报告\n一、概况\n预算50万元，支出48万元，自评得分92分。\n附件\n道路养护项目绩效评价报告\n（见正文）';
		expect(reportParts(t, splitLines(t))).toEqual([]);
	});
	it('reports attached one after another ("附件2:X.doc X"), titles with a place and year: the project after them', () => {
		const t = [
			'附件1:武夷山市2023年度茶园道路修缮项目绩效自评报告.doc 武夷山市2023年度茶园道路修缮项目绩效自评报告',
			'一、资金情况',
			'全年预算30万元,实际支出29.1万元。本项目自评得分93分。',
			'附件2:武夷山市2023年度茶青收购点改造项目绩效自评报告.doc 武夷山市2023年度茶青收购点改造项目绩效自评报告',
			'一、资金情况',
			'全年预算12万元,实际支出12万元。本项目自评得分88分。'
		].join('\n');
		const parts = reportParts(t, splitLines(t));
		expect(parts.map((p) => [p.name, p.title?.value])).toEqual([
			['茶园道路修缮项目', '武夷山市2023年度茶园道路修缮项目绩效自评报告'],
			['茶青收购点改造项目', '武夷山市2023年度茶青收购点改造项目绩效自评报告']
		]);
	});
	it('an attachment line naming another file is no title', () => {
		expect(attachmentTitle('附件1:资金明细表.xls 某项目绩效自评报告')).toBe('附件1:资金明细表.xls 某项目绩效自评报告');
	});
	it('two parts naming the same project are one', () => {
		const t = '道路养护项目绩效评价报告\n预算50万元，得分92分。\n道路养护项目绩效评价报告\n预算50万元，得分92分。';
		expect(reportParts(t, splitLines(t))).toEqual([]);
	});
	const names: [string, string | null][] = [
		['2023 年农田水利设施管护项目部门评价报告', '农田水利设施管护项目'],
		['部门整体支出绩效评价报告', '部门整体支出'],
		['项目支出绩效评价报告', null],
		['住房保障绩效自评', '住房保障']
	];
	it.each(names)('partName(%s)', (t, n) => expect(partName(t)).toBe(n));
});

describe('a unit report on two projects, with the unit budget only as background', () => {
	const text = [
		'某县农业农村局2023年度项目支出绩效单位自评报告',
		'一、基本情况',
		'2023年共实施部门预算项目9个，调整预算后项目资金538.6万元。',
		'二、项目绩效自评情况',
		'（一）果园病虫害绿色防控经费',
		'年初预算45万元，调整预算后52万元，全年支出50.96万元，预算执行率98%。自评得分95.5分。',
		'（二）农村集体经济审计经费',
		'年初预算20万元，调整预算后24万元，全年支出21.36万元，预算执行率89%。自评得分86.2分。'
	].join('\n');
	it('gives one report per project and no unit row (the unit is not scored as a whole)', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score])).toEqual([
			['果园病虫害绿色防控经费', 52, 50.96, 95.5],
			['农村集体经济审计经费', 24, 21.36, 86.2]
		]);
	});
});

describe('numbered headings that carry a project label ("二、项目一：…")', () => {
	const text = [
		'某区园林局2023年度项目资金绩效自评报告',
		'一、基本情况',
		'我局年初预算项目12个，预算经费2300万元。',
		'二、项目一：行道树修剪养护费',
		'（一）资金使用情况',
		'全年预算160万元，实际支出152万元。',
		'（二）自评结论',
		'经自评，该项目得分92分，等级为优。',
		'三、项目二：公园照明维护费',
		'（一）资金使用情况',
		'全年预算48万元，实际支出40.8万元。',
		'（二）自评结论',
		'经自评，该项目得分84分，等级为良。',
		'四、自评结果应用',
		'评价结果作为下年度预算安排的依据，下年度预算为2600万元。'
	].join('\n');
	it('each section is a report of its own, and the last one ends at the next heading of its rank', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score, x.report.grade])).toEqual([
			['行道树修剪养护费', 160, 152, 92, '优'],
			['公园照明维护费', 48, 40.8, 84, '良']
		]);
	});
});

describe('bracketed project labels ("【项目一】…") over bulleted lines, the signature below the last', () => {
	const text = [
		'某县民宗局2024年度项目支出绩效自评报告',
		'2024年，我局共实施财政项目2个，现将自评情况报告如下。',
		'',
		'【项目一】传统村落保护项目',
		'■资金情况：项目预算120万元，实际支出114万元，预算执行率95%。',
		'■自评结论：得分87分，自评等级为良。',
		'■问题与措施：',
		'　问题：入户协商周期长。',
		'　措施：在申报阶段完成入户征求意见。',
		'',
		'【项目二】民族文化宣传项目',
		'■资金情况：项目预算30万元，实际支出29.4万元，预算执行率98%。',
		'■自评结论：得分94分，自评等级为优。',
		'■问题与措施：',
		'　问题：宣传形式较为单一。',
		'　措施：结合民族节庆开展互动式宣传。',
		'',
		'某县民族宗教事务局',
		'2025年3月2日'
	].join('\n');
	it('each labelled part is a report with its own money, score and findings', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score, x.report.grade])).toEqual([
			['传统村落保护项目', 120, 114, 87, '良'],
			['民族文化宣传项目', 30, 29.4, 94, '优']
		]);
		expect(all.map((x) => x.findings.map((f) => [f.kind, f.text]))).toEqual([
			[
				['问题', '入户协商周期长。'],
				['建议', '在申报阶段完成入户征求意见。']
			],
			[
				['问题', '宣传形式较为单一。'],
				['建议', '结合民族节庆开展互动式宣传。']
			]
		]);
	});
});

describe('forms that give their indicators as "指标名称：X；指标值：T；完成值：A；" lines, or as a three-column table', () => {
	it.each([
		[
			'label:value lines',
			'指标名称：救援队员培训演练；指标值：≥12次；完成值：10次；\n指标名称：应急物资储备品类；指标值：≥40类；完成值：40类；\n指标名称：安全事故；指标值：0起；完成值：0起；'
		],
		['a three-column table', '指标名称\t指标值\t完成值\n救援队员培训演练\t≥12次\t10次\n应急物资储备品类\t≥40类\t40类\n安全事故\t0起\t0起']
	])('%s', (_w, table) => {
		const r = extract({
			text: '某县应急管理局2023年度救援队运行经费项目绩效自评报告\n一、资金：项目预算50万元，实际支出48万元。\n二、绩效指标完成情况\n' + table,
			sourceFile: 'x.txt'
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.indicators.map((i) => [i.name, i.target_text, i.actual_text, i.unit, i.achieved])).toEqual([
			['救援队员培训演练', '≥12次', '10次', '次', false],
			['应急物资储备品类', '≥40类', '40类', '类', true],
			['安全事故', '0起', '0起', '起', true]
		]);
	});
	it('a table with no level columns: a satisfaction rate is of the 满意度 level, the other rows have none', () => {
		const r = extract({
			text: '某局2023年度某项目绩效自评报告\n一、资金：项目预算50万元，实际支出48万元。\n指标名称\t指标值\t完成值\n新建站点\t≥4个\t4个\n辖区群众满意度\t≥90%\t93%',
			sourceFile: 'x.txt'
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.indicators.map((i) => [i.name, i.level1])).toEqual([
			['新建站点', null],
			['辖区群众满意度', '满意度']
		]);
	});
	it('a table whose names carry their weights ("护岸维修（15分）") under 三级指标（分值）', () => {
		const text = [
			'2023年度项目支出绩效自评表',
			'填报单位：某镇人民政府',
			'| 一级指标 | 二级指标 | 三级指标（分值） | 年度指标值 | 全年实际值 | 得分 |',
			'| 产出指标 | 数量指标 | 河道保洁长度（20分） | ≥38公里 | 38公里 | 20 |',
			'| | 数量指标 | 护岸维修（15分） | ≥1.2公里 | 1.05公里 | 13 |'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.indicators.map((i) => [i.name, i.weight, i.points, i.achieved])).toEqual([
			['河道保洁长度', 20, 20, true],
			['护岸维修', 15, 13, false]
		]);
	});
});

describe('a list table of projects in 万元 headers, and the one the text goes on to describe', () => {
	const text = [
		'某市技术指导站2021年度项目支出绩效自评报告',
		'我站对本年度实施的3个项目开展了绩效自评，结果如下。',
		'序号｜项目名称｜预算（万元）｜支出（万元）｜自评得分',
		'1｜小蚕共育补助项目｜18｜17.46｜95',
		'2｜老桑园改造补助项目｜12｜11.4｜88',
		'3｜蚕农技能培训项目｜6｜5.7｜92',
		'合计｜｜36｜34.56｜—',
		'以下对预算规模最大的小蚕共育补助项目作重点说明。',
		'一、绩效目标完成情况。全年补助小蚕共育室，目标≥30个，实际32个。',
		'二、存在问题。部分共育室加温设备老化。',
		'',
		'某市技术指导站',
		'2022年3月8日'
	].join('\n');
	it("one report per row; the described one has the text's indicators and findings", () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score, x.indicators.length, x.findings.length])).toEqual([
			['小蚕共育补助项目', 18, 17.46, 95, 1, 1],
			['老桑园改造补助项目', 12, 11.4, 88, 0, 0],
			['蚕农技能培训项目', 6, 5.7, 92, 0, 0]
		]);
	});
});

describe('"第一个项目：…" / "第二个项目：…" over numbered paragraphs', () => {
	const text = [
		'某县水库管理所2020年度项目支出绩效自评报告',
		'我所对本年度实施的两个项目分别开展了绩效自评，现将情况报告如下。',
		'',
		'第一个项目：大坝安全监测项目',
		'（一）资金情况：项目预算32万元，实际支出31.04万元，预算执行率97%。',
		'（二）自评结论：项目自评得分93分，自评等级为优。',
		'',
		'第二个项目：小型水库维修养护项目',
		'（一）资金情况：项目预算45万元，实际支出42.3万元，预算执行率94%。',
		'（二）自评结论：项目自评得分84分，自评等级为良。',
		'',
		'某县水库管理所',
		'2021年3月15日'
	].join('\n');
	it('one report per project', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score, x.report.grade])).toEqual([
			['大坝安全监测项目', 32, 31.04, 93, '优'],
			['小型水库维修养护项目', 45, 42.3, 84, '良']
		]);
	});
});

describe('projects introduced with their full names (1.2021年统筹整合…项目) and reported under short ones', () => {
	const text = [
		'某县某乡人民政府2021年度项目支出绩效单位自评报告',
		'一、基本情况',
		'(一)项目概况',
		'1.2021年统筹整合使用财政涉农资金某乡茶园提质项目,项目建设内容:改造茶园800亩。统筹整合使用财政涉农资金120万元,目前项目资金已拨付114万元。',
		'2.2021年统筹整合使用财政涉农资金某乡饮水巩固项目,项目建设内容:铺设管网6公里。统筹整合使用财政涉农资金60万元,目前项目资金已拨付60万元。',
		'二、绩效目标完成情况',
		'(一)茶园提质项目:改造茶园目标800亩,完成820亩。',
		'(二)饮水巩固项目:铺设管网目标6公里,完成6.2公里。',
		'三、自评结论',
		'两个项目自评等级均为优。'
	].join('\n');
	it('one report per project with its own money and indicators; "X目标T，完成A" is a target and its result', () => {
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const all = [r.value, ...(r.value.more ?? [])];
		expect(all.map((x) => [x.report.project_name, x.report.budget_wan, x.report.actual_wan])).toEqual([
			['2021年统筹整合使用财政涉农资金某乡茶园提质项目', 120, 114],
			['2021年统筹整合使用财政涉农资金某乡饮水巩固项目', 60, 60]
		]);
		expect(all.map((x) => x.indicators.map((i) => [i.name, i.target_text, i.actual_text]))).toEqual([
			[['改造茶园', '800亩', '820亩']],
			[['铺设管网', '6公里', '6.2公里']]
		]);
	});
});

describe('a Beijing 部门决算 whose fourth part holds the project reviews', () => {
	const text = [
		'某区某街道办事处2023年度部门决算',
		'目 录',
		'第一部分 2023年度部门决算报表',
		'第四部分 2023年度部门绩效评价情况',
		'第一部分 2023年度部门决算报表',
		'报表详见附件。',
		'第二部分 2023年度部门决算说明',
		'一、收入支出决算总体情况',
		'2023年度收入总计5,210.40万元,支出总计5,210.40万元。',
		'第四部分 2023年度部门绩效评价情况',
		'一、绩效管理工作开展情况',
		'我单位对2023年度全部16个项目开展了绩效自评,其中评价结果为优的14个、良的2个。',
		'二、项目绩效自评结果',
		'某区某街道办事处社区花园建设项目绩效自评综述:项目自评得分91.5分。全年预算数为120.00万元,执行数为115.20万元,完成预算的96.00%。项目绩效目标完成情况:一是建成社区花园6处,超过年初确定的5处;二是居民满意度95%,高于年初确定的90%。发现的主要问题及原因:部分花园后期养护责任不清。下一步改进措施:签订养护协议,明确社区养护责任。',
		'三、部门整体支出绩效评价结果',
		'我单位2023年度未开展部门整体支出绩效评价。'
	].join('\n');
	it('reads the reviewed project from the whole part, not the last heading in it', () => {
		const r = extract({ text, sourceFile: 'bj.txt' });
		if (!r.ok) throw new Error(r.reason);
		const x = r.value;
		expect([x.report.project_name, x.report.budget_wan, x.report.actual_wan, x.report.score]).toEqual(['社区花园建设项目', 120, 115.2, 91.5]);
		expect(x.indicators.map((i) => [i.name, i.target_text, i.actual_text])).toEqual([
			['建成社区花园', '5处', '6处'],
			['居民满意度', '90%', '95%']
		]);
		expect(x.findings.map((f) => f.kind + ':' + f.text)).toEqual(['问题:部分花园后期养护责任不清。', '建议:签订养护协议,明确社区养护责任。']);
	});
});
