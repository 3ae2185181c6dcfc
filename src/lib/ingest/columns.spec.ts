import { describe, expect, it } from 'vitest';
import { columnsToRows, fieldBlocksToRows, cellLinesToRows } from './columns';
import { extract } from './extract';

// A 自评表 as a PDF extraction that walks each column down gives it (own names and figures).
const COLUMN_MAJOR = [
	'项目支出绩效自评表',
	'(2023年度)',
	'项目名称',
	'某县2023年度农机深松作业补助项目',
	'主管部门',
	'某县农业农村局',
	'实施单位',
	'某县农机推广站',
	'项目资金',
	'(万元)',
	'年度资金总额',
	'其中:当年财政拨款',
	'年初预算数',
	'50.00',
	'50.00',
	'全年预算数',
	'56.00',
	'56.00',
	'全年执行数',
	'53.20',
	'53.20',
	'分值',
	'10',
	'执行率',
	'95.00%',
	'得分',
	'9.5',
	'绩效指标',
	'一级指标',
	'产出指标',
	'满意度指标',
	'二级指标',
	'数量指标',
	'时效指标',
	'服务对象满意度指标',
	'三级指标',
	'深松作业面积',
	'作业完成时限',
	'农户满意度',
	'年度指标值',
	'≥2万亩',
	'10月底前',
	'≥90%',
	'实际完成值',
	'2.1万亩',
	'10月25日',
	'93%',
	'分值',
	'40',
	'20',
	'30',
	'得分',
	'40',
	'20',
	'30',
	'总分',
	'100',
	'99.5'
];

describe('columnsToRows', () => {
	it('puts a column-by-column indicator table back into rows; a merged 一级指标 column is read from the 二级指标', () => {
		const out = columnsToRows(COLUMN_MAJOR).filter((l) => l.includes('\t'));
		expect(out.slice(-4)).toEqual([
			'一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
			'产出指标\t数量指标\t深松作业面积\t≥2万亩\t2.1万亩\t40\t40',
			'产出指标\t时效指标\t作业完成时限\t10月底前\t10月25日\t20\t20',
			'满意度指标\t服务对象满意度指标\t农户满意度\t≥90%\t93%\t30\t30'
		]);
		expect(out[0]).toBe('项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分');
		expect(out[1]).toBe('年度资金总额\t50.00\t56.00\t53.20\t10\t95.00%\t9.5');
	});
	it('leaves columns of unequal length alone (a cell that cannot be placed)', () => {
		const short = COLUMN_MAJOR.filter((l) => l !== '10月25日');
		expect(columnsToRows(short).filter((l) => l.includes('\t') && /深松/.test(l))).toEqual([]);
	});
	it('leaves a text with no column-by-column table alone', () => {
		const lines = ['一、项目基本情况', '项目预算10万元。'];
		expect(columnsToRows(lines)).toBe(lines);
	});
	it('gives the report its budget, score and indicators', () => {
		const r = extract({ text: COLUMN_MAJOR.join('\n'), sourceFile: 'c.txt' });
		if (!r.ok) throw new Error(r.reason);
		const x = r.value.report;
		expect([x.budget_wan, x.actual_wan, x.score, x.grade]).toEqual([56, 53.2, 99.5, '优']);
		expect(r.value.indicators.map((i) => [i.name, i.target_text, i.actual_text, i.weight, i.points])).toEqual([
			['深松作业面积', '≥2万亩', '2.1万亩', 40, 40],
			['作业完成时限', '10月底前', '10月25日', 20, 20],
			['农户满意度', '≥90%', '93%', 30, 30]
		]);
	});
});

describe('fieldBlocksToRows', () => {
	const EXPORT = [
		'某县预算绩效管理系统 - 项目支出绩效自评表(导出)',
		'项目名称:某镇2023年度村屯道路养护项目',
		'【资金情况】(单位:万元)',
		'年初预算数:40.00',
		'全年预算数:44.00',
		'全年执行数:42.68',
		'执行率:97.00%',
		'执行率分值:10',
		'执行率得分:9.7',
		'【绩效指标】',
		'----------',
		'序号:1',
		'一级指标:产出指标',
		'二级指标:数量指标',
		'三级指标:养护道路里程',
		'年度指标值:≥30公里',
		'实际完成值:31公里',
		'分值:50',
		'得分:50',
		'偏差原因分析及改进措施:',
		'----------',
		'序号:2',
		'一级指标:满意度指标',
		'二级指标:服务对象满意度指标',
		'三级指标:群众满意度',
		'年度指标值:≥90%',
		'实际完成值:88%',
		'分值:40',
		'得分:37.5',
		'偏差原因分析及改进措施:个别村组路面修补滞后',
		'----------',
		'总分:97.2'
	];
	it('makes the indicator blocks a table and the funds fields one row', () => {
		const rows = fieldBlocksToRows(EXPORT).filter((l) => l.includes('\t'));
		expect(rows).toEqual([
			'项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
			'年度资金总额\t40.00\t44.00\t42.68\t10\t97.00%\t9.7',
			'一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
			'产出指标\t数量指标\t养护道路里程\t≥30公里\t31公里\t50\t50',
			'满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t88%\t40\t37.5'
		]);
	});
	it('gives the report its figures', () => {
		const r = extract({ text: EXPORT.join('\n'), sourceFile: 'e.txt' });
		if (!r.ok) throw new Error(r.reason);
		const x = r.value.report;
		expect([x.budget_wan, x.actual_wan, x.execution_rate_stated, x.score]).toEqual([44, 42.68, 0.97, 97.2]);
		expect(r.value.indicators.map((i) => [i.name, i.level1, i.actual_text, i.points, i.achieved])).toEqual([
			['养护道路里程', '产出', '31公里', 50, true],
			['群众满意度', '满意度', '88%', 37.5, false]
		]);
	});
	it('leaves a report with one labelled indicator alone', () => {
		const one = ['三级指标:养护道路里程', '年度指标值:≥30公里', '实际完成值:31公里'];
		expect(fieldBlocksToRows(one)).toBe(one);
	});
});

describe('cellLinesToRows: a small table written row by row, one cell a line', () => {
	it('puts rows back under a name / target / result header, blank lines passed over, until a heading', () => {
		const lines = [
			'三、年度绩效目标完成情况',
			'指标',
			'',
			'年度目标',
			'实际完成',
			'',
			'保种群存栏',
			'≥200匹',
			'',
			'210匹',
			'推广良种',
			'≥50匹',
			'46匹',
			'四、自评得分'
		];
		const out = cellLinesToRows(lines).filter((l) => l !== '');
		expect(out).toEqual(['三、年度绩效目标完成情况', '三级指标\t年度指标值\t实际完成值', '保种群存栏\t≥200匹\t210匹', '推广良种\t≥50匹\t46匹', '四、自评得分']);
	});
	it("leaves a form's standard header (三级指标 …) and a table without figures alone", () => {
		const std = ['三级指标', '年度指标值', '实际完成值', '道路维修', '≥10公里', '12公里', '路灯维护', '≥90%', '95%'];
		expect(cellLinesToRows(std)).toBe(std);
		const words = ['指标', '年度目标', '实际完成', '宣传', '按时', '已完成', '培训', '按期', '已完成'];
		expect(cellLinesToRows(words)).toBe(words);
	});
});
