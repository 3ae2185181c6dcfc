import { describe, expect, it } from 'vitest';
import { kvGridToTabs } from './kvgrid';
import { extract } from './extract';

// A 自评表 printed as "label:value" lines (own names and figures), as document sites and form tools print a table.
const FORM = [
	'项目支出绩效自评表(2023年度)',
	'项目名称:村级水渠维修资金',
	'主管部门:某县水利局 实施单位:某县灌区管理站',
	'项目资金(万元):年度资金总额 年初预算数:40 全年预算数:46 全年执行数:43.7 分值:10 执行率:95% 得分:9.5',
	'一级指标:产出指标 二级指标:数量指标 三级指标:维修水渠 年度指标值:≥20公里 实际完成值:21公里 分值:30 得分:30 偏差原因分析及改进措施:',
	'一级指标:产出指标 二级指标:质量指标 三级指标:工程验收合格率 年度指标值:100% 实际完成值:96% 分值:20 得分:19.2 偏差原因分析及改进措施:两处渠段返工,次年汛前完成',
	'一级指标:效益指标 二级指标:社会效益指标 三级指标:受益农田面积 年度指标值:≥3000亩 实际完成值:3150亩 分值:30 得分:30 偏差原因分析及改进措施:',
	'一级指标:满意度指标 二级指标:服务对象满意度指标 三级指标:农户满意度 年度指标值:≥90% 实际完成值:93% 分值:10 得分:10 偏差原因分析及改进措施:',
	'总分:100 得分:98.7'
].join('\n');

describe('kvGridToTabs: an indicator table as "label:value" lines', () => {
	const lines = kvGridToTabs(FORM).split('\n');
	it.each([
		['the labels once, as a header row', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施'],
		['a row, its empty reason cell dropped', '产出指标\t数量指标\t维修水渠\t≥20公里\t21公里\t30\t30'],
		['a row with its reason', '产出指标\t质量指标\t工程验收合格率\t100%\t96%\t20\t19.2\t两处渠段返工,次年汛前完成'],
		['the funds row', '年度资金总额\t40\t46\t43.7\t10\t95%\t9.5'],
		['the total row', '总分\t100\t98.7']
	])('%s', (_n, line) => expect(lines).toContain(line));
	it('the form is read', () => {
		const r = extract({ text: FORM, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.budget_wan, r.value.report.actual_wan, r.value.report.score]).toEqual([46, 43.7, 98.7]);
		expect(r.value.indicators.map((i) => [i.level1, i.level2, i.name, i.target_text, i.actual_text, i.weight, i.points])).toEqual([
			['产出', '数量', '维修水渠', '≥20公里', '21公里', 30, 30],
			['产出', '质量', '工程验收合格率', '100%', '96%', 20, 19.2],
			['效益', '社会效益', '受益农田面积', '≥3000亩', '3150亩', 30, 30],
			['满意度', '服务对象满意度', '农户满意度', '≥90%', '93%', 10, 10]
		]);
	});
	it('prose with a few labels is left alone', () => {
		const prose = '三级指标:维修水渠,年度指标值:≥20公里,实际完成值:21公里。';
		expect(kvGridToTabs(prose)).toBe(prose);
	});
});

// The same table with its cells parted by semicolons and its rows numbered (own names and figures, after a county portal's layout)
const SEMI = [
	'某县气象站2021年度项目支出绩效自评表',
	'项目名称：雷电监测设备运维项目；主管部门：某县气象局；实施单位：某县气象站',
	'项目资金（万元）：年初预算数：20；全年预算数：22；全年执行数：21.3；分值：10；执行率：97%；得分：9.7',
	'绩效指标1：一级指标：产出指标；二级指标：数量指标；三级指标：监测设备维护台数；年度指标值：≥12台；实际完成值：12台；分值：40；得分：40',
	'绩效指标2：一级指标：效益指标；二级指标：社会效益指标；三级指标：雷电预警覆盖率；年度指标值：≥95%；实际完成值：93%；分值：30；得分：28；偏差原因：山区信号弱',
	'绩效指标3：一级指标：满意度指标；二级指标：服务对象满意度指标；三级指标：公众满意度；年度指标值：≥85%；实际完成值：91%；分值：20；得分：20',
	'总分：100；得分：97.7；自评等级：优'
].join('\n');

describe('kvGridToTabs: cells parted by semicolons, rows numbered, one row with a reason', () => {
	it('is read as the table, one header for all rows, the total and the stated grade', () => {
		const r = extract({ text: SEMI, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.budget_wan, r.value.report.actual_wan, r.value.report.score, r.value.report.grade, r.value.report.grade_basis]).toEqual([
			22,
			21.3,
			97.7,
			'优',
			'stated'
		]);
		expect(r.value.indicators.map((i) => [i.level1, i.name, i.target_text, i.actual_text, i.weight, i.points])).toEqual([
			['产出', '监测设备维护台数', '≥12台', '12台', 40, 40],
			['效益', '雷电预警覆盖率', '≥95%', '93%', 30, 28],
			['满意度', '公众满意度', '≥85%', '91%', 20, 20]
		]);
	});
	it('a sentence with semicolons and a few colons is left alone', () => {
		const prose = '主要做法：一是加强巡查；二是完善制度；三是强化考核。';
		expect(kvGridToTabs(prose)).toBe(prose);
	});
});
