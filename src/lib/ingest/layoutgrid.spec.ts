import { describe, expect, it } from 'vitest';
import { layoutGridToTabs } from './layoutgrid';
import { extract } from './extract';

// A 自评表 as a PDF's text layout prints it (own names and figures): columns aligned by display width (a Chinese
// character is two columns), header cells over two or three lines, vertical letters, a reason cell wrapped.
const FORM = [
	'                              项目支出绩效自评表',
	'                                ( 2023年度 )',
	'',
	'  项目名称           村级道路养护项目',
	'  主管部门           某县交通运输局                  实施单位     某县农村公路管理所',
	'                          年初            全年            全年',
	'  项目资金                预算数          预算数          执行数        分值      执行率      得分',
	'  (万元)',
	'                  年度资金总额      40.00           44.00           41.80         10        95.00%      9.5',
	'  绩',
	'  效      一级        二级            三级指标                  年度            实际              分值    得分    偏差原因分析',
	'  指      指标        指标                                      指标值          完成值                            及改进措施',
	'  标',
	'          产出指标    数量指标        养护村道里程              ≥60公里         62公里            20      20',
	'                      质量指标        路面完好率                ≥85%            83%               20      19.5    雨季冲毁路段较多,',
	'                                                                                                                已列入次年计划',
	'          效益指标    社会效益指标    群众出行时间缩短          ≥10分钟         12分钟            20      20',
	'          满意度      服务对象        沿线群众满意度            ≥90%            93%               30      30',
	'          指标        满意度指标',
	'                                          总分                                                  100     99'
];

describe('layoutGridToTabs: a form laid out in columns by spaces', () => {
	const out = layoutGridToTabs(FORM);
	const rows = out.filter((l) => l.includes('\t')).map((l) => l.split('\t'));
	it.each([
		['a header cell over two lines', ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']],
		['the funds row', ['年度资金总额', '40.00', '44.00', '41.80', '10', '95.00%', '9.5']],
		[
			'vertical letters and a three-line header',
			['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']
		],
		['a row whose reason cell wraps', ['质量指标', '路面完好率', '≥85%', '83%', '20', '19.5', '雨季冲毁路段较多,已列入次年计划']],
		['level cells over two lines', ['满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%', '93%', '30', '30']],
		['labelled cells', ['主管部门', '某县交通运输局', '实施单位', '某县农村公路管理所']]
	])('%s', (_n, row) => {
		expect(rows).toContainEqual(row);
	});
	it('keeps the number of lines (a joined line is left empty)', () => {
		expect(out).toHaveLength(FORM.length);
	});
	it('the form is read: budget, indicators with their levels, score', () => {
		const r = extract({ text: FORM.join('\n'), sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.budget_wan, r.value.report.actual_wan, r.value.report.score]).toEqual([44, 41.8, 99]);
		expect(r.value.indicators.map((i) => [i.level1, i.name, i.target_text, i.actual_text, i.points])).toEqual([
			['产出', '养护村道里程', '≥60公里', '62公里', 20],
			['产出', '路面完好率', '≥85%', '83%', 19.5],
			['效益', '群众出行时间缩短', '≥10分钟', '12分钟', 20],
			['满意度', '沿线群众满意度', '≥90%', '93%', 30]
		]);
	});
	it('cells parted by two spaces with no aligned columns (a web page copied) are left alone', () => {
		const web = [
			'专项名称  某村人居环境整治项目 负责人及电话  王**',
			'县级主管部门  某县农业农村委员会 实施单位  某镇人民政府',
			'全年预算数(A)  全年执行数(B)  执行率(B/A)',
			'年度资金总额:  85万元 80万元 94.12%',
			'其中:市级补助  60万元 60万元 100%',
			'县级资金  25万元 20万元 80%',
			'三级指标  年度指标值  全年完成值',
			'改造户厕  60户  62户'
		];
		expect(layoutGridToTabs(web)).toBe(web);
	});
});
