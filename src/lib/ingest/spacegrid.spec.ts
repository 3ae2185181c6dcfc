import { describe, expect, it } from 'vitest';
import { spaceGridToTabs } from './spacegrid';
import { extract } from './extract';

// Invented content after the layout of county sites that paste a 自评表 as rows of space-separated cells.
const CASES: [what: string, lines: string[], want: string[]][] = [
	[
		'a header split over two lines is joined; rows to the total row become tab rows; prose after is untouched',
		[
			'绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因',
			'指标值 完成值',
			'产出指标 数量指标 指标1:清淤河道长度 ≥12公里 12.5公里 20 20',
			'指标2:维修闸站 4座 3座 20 15 1座因汛期推迟',
			'总分 100 95',
			'项目总体完成较好, 个别闸站顺延。'
		],
		[
			'绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因',
			'',
			'产出指标\t数量指标\t指标1:清淤河道长度\t≥12公里\t12.5公里\t20\t20',
			'指标2:维修闸站\t4座\t3座\t20\t15\t1座因汛期推迟',
			'总分\t100\t95',
			'项目总体完成较好, 个别闸站顺延。'
		]
	],
	[
		'a header on one line; a closing cell ends the table',
		['一级指标 二级指标 三级指标 年度指标值 实际完成值', '产出指标 数量指标 培训人次 ≥300人次 320人次', '存在问题 培训形式单一'],
		['一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值', '产出指标\t数量指标\t培训人次\t≥300人次\t320人次', '存在问题 培训形式单一']
	],
	['a tab grid is left alone', ['一级指标\t二级指标\t三级指标', '产出指标 数量指标 x 1 2'], ['一级指标\t二级指标\t三级指标', '产出指标 数量指标 x 1 2']],
	[
		'a whole form flattened into one line is left to the one-line reader',
		['项目支出绩效自评表 (2023年度) 项目名称 某项目 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 产出指标 数量指标 培训人次 ≥300人次 320人次'],
		['项目支出绩效自评表 (2023年度) 项目名称 某项目 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 产出指标 数量指标 培训人次 ≥300人次 320人次']
	],
	['prose naming the columns is no header', ['本表按一级指标、二级指标、三级指标填列。'], ['本表按一级指标、二级指标、三级指标填列。']]
];

describe('spaceGridToTabs', () => {
	it.each(CASES)('%s', (_, lines, want) => expect(spaceGridToTabs(lines)).toEqual(want));
});

describe('a 自评表 of space-separated rows, read whole', () => {
	it('reads the indicator rows with their levels, weights and points, and the score from the total row', () => {
		const text = [
			'某县河道清淤专项经费绩效自评表(2023年度)',
			'项目名称 河道清淤专项经费',
			'项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
			'(万元) 年度资金总额 40 40 38 10 0.95 9.5',
			'绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因',
			'指标值 完成值',
			'产出指标 数量指标 指标1:清淤河道长度 ≥12公里 12.5公里 40 40',
			'指标2:维修闸站 4座 3座 20 15 1座因汛期推迟',
			'满意度指标 服务对象满意度指标 指标1:沿岸群众满意度 ≥90% 93% 30 30',
			'总分 100 94.5'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.indicators.map((i) => [i.level1, i.level2, i.name, i.target_text, i.actual_text, i.weight, i.points])).toEqual([
			['产出', '数量', '清淤河道长度', '≥12公里', '12.5公里', 40, 40],
			['产出', '数量', '维修闸站', '4座', '3座', 20, 15],
			['满意度', '服务对象满意度', '沿岸群众满意度', '≥90%', '93%', 30, 30]
		]);
		expect([r.value.report.budget_wan, r.value.report.actual_wan, r.value.report.score]).toEqual([40, 38, 94.5]);
	});
});
