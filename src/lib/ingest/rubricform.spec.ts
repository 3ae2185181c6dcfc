import { describe, expect, it } from 'vitest';
import { rubricFormLines } from './rubricform';
import { extract } from './extract';

// after the text layer of counties' 财政预算支出项目绩效目标自评表 PDFs (names, units and figures invented)
const line = (figures: string, tail: string) =>
	`某县财政预算支出项目绩效目标自评表 填报日期:2022 年 5 月 10 项目名称 项目主管单 位 自评总分: 88 项目实施单位 某县水利局 某县水利局 项目负责人 钱某 1、常年性□ 2、延续性□ 3、一次性√ 4、新增性□ 中央 省、地 本级 其他 合计 执行数 执行 (万元) (万元) (万元) (万元) (万元) (万元) 率 ${figures} 来源 项目年度目 标 单位领导审签: 小型水库除险加固项目 项目属性 项目资金 日 ${tail} 1.完成小型水库除险加固 3 座; 2. 3. 项目权重 评价内容 分值 自评分 复核分 评价标准及依据`;

describe('rubricFormLines', () => {
	it('sources, 合计 and 执行数 before 来源, the rate before its "%": the one budget and spend whose quotient is the rate', () => {
		expect(rubricFormLines(line('150 50 200 184', '92 %'))).toEqual([
			'项目名称\t小型水库除险加固项目',
			'项目资金(万元)\t全年预算数\t全年执行数\t执行率',
			'年度资金总额\t200\t184\t92%'
		]);
	});
	it('the spend drawn after 项目资金 with the rate ("日 96 80 %")', () => {
		expect(rubricFormLines(line('120 120', '96 80 %'))?.[2]).toBe('年度资金总额\t120\t96\t80%');
	});
	it('no pair of figures gives the rate written: nothing is added', () => {
		expect(rubricFormLines(line('150 50 200 184', '97 %'))).toBeNull();
	});
	it('two pairs give the rate: nothing is added', () => {
		expect(rubricFormLines(line('100 50 200 100', '50 %'))).toBeNull();
	});
	it('extract() reads the project, budget, spend and rate', () => {
		const r = extract({ text: line('150 50 200 184', '92 %'), sourceFile: 'x.txt' });
		expect(r.ok && [r.value.report.project_name, r.value.report.budget_wan, r.value.report.actual_wan, r.value.report.execution_rate]).toEqual([
			'小型水库除险加固项目',
			200,
			184,
			0.92
		]);
	});
});
