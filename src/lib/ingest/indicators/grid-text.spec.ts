import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize';
import { splitLines } from '../structure';
import { parseGrids } from './grid-text';
import type { GridFacts } from './shared';

/**
 * 项目支出绩效自评表 layouts as they reach us flattened to text, written after real published forms
 * (tabs, pipes with and without |---|, extra 指标性质/指标值/度量单位 columns, one cell per line,
 * the whole table on one line, glued digits, single spaces, cells closed by " |", no separator at all).
 * Names and figures are invented; every expected value was worked out by hand from the form.
 */

type Row = [
	level1: string | null,
	level2: string | null,
	name: string,
	target: string | null,
	actual: string | null,
	weight: number | null,
	points: number | null
];
type Facts = Partial<Record<Exclude<keyof GridFacts, 'weightSum'>, number>> & { weightSum?: number };
interface Case {
	lines: string[];
	facts: Facts;
	rows: Row[];
	checks?: string[];
	warnings?: string[];
}

const TABS_YUAN: Case = {
	lines: [
		'附件1',
		'项目支出绩效自评表',
		'（2023年度）',
		'项目名称\t村道养护补助',
		'项目资金（元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
		'年度资金总额\t350000\t320000\t304000\t10\t95%\t9.5',
		'其中：财政拨款\t350000\t320000\t304000\t—\t—\t—',
		'绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
		'\t产出指标\t数量指标\t养护村道里程\t≥42公里\t45公里\t20\t20\t',
		'\t\t质量指标\t路面完好率\t≥90%\t88%\t20\t18\t雨季冲刷较多',
		'\t效益指标\t社会效益指标\t群众出行便利度\t明显改善\t明显改善\t30\t28\t',
		'\t满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥85%\t91%\t20\t20\t',
		'总分\t\t\t\t\t\t100\t95.5'
	],
	// 元 → 万元: 320000 / 10000 = 32; 304000 / 10000 = 30.4; 30.4 / 32 = 95%; 10 × 95% = 9.5
	facts: { budget: 32, actual: 30.4, rate: 0.95, execWeight: 10, execPoints: 9.5, totalWeight: 100, score: 95.5, weightSum: 100 },
	rows: [
		['产出', '数量', '养护村道里程', '≥42公里', '45公里', 20, 20],
		['产出', '质量', '路面完好率', '≥90%', '88%', 20, 18],
		['效益', '社会效益', '群众出行便利度', '明显改善', '明显改善', 30, 28],
		['满意度', '服务对象满意度', '沿线群众满意度', '≥85%', '91%', 20, 20]
	]
};

// Markdown pipes with the 指标性质 / 指标值 / 度量单位 columns: the target joins the three cells,
// the 完成值 cell stays as written.
const PIPES_SEP: Case = {
	lines: [
		'| 项目名称 | 乡村学校营养餐补助 |',
		'|---|---|',
		'| 预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |',
		'| | 总额 | 64.5 | 60 | 57 | 95.00% | 10 | 9.5 |',
		'| | 其中：财政资金 | 64.5 | 60 | 57 | 95.00% | / | / |',
		'| 绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |',
		'|---|---|---|---|---|---|---|---|---|---|---|',
		'| | 产出指标 | 数量指标 | 受益学生人数 | ≥ | 1800 | 人 | 1865 | 30 | 30 | |',
		'| | | 时效指标 | 资金发放及时率 | = | 100 | % | 96 | 20 | 18 | 第四季度延迟 |',
		'| | 效益指标 | 社会效益指标 | 学生营养状况改善 | 定性 | 明显改善 | | 明显改善 | 25 | 25 | |',
		'| | 满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥ | 90 | % | 94 | 15 | 15 | |',
		'| 合计 | | | | | | | | 100 | 97.5 | |'
	],
	// 57 / 60 = 95%; weights 30 + 20 + 25 + 15 = 90, + 10 = 100; points 30 + 18 + 25 + 15 = 88, + 9.5 = 97.5
	facts: { budget: 60, actual: 57, rate: 0.95, execWeight: 10, execPoints: 9.5, totalWeight: 100, score: 97.5, weightSum: 100 },
	rows: [
		['产出', '数量', '受益学生人数', '≥1800人', '1865', 30, 30],
		['产出', '时效', '资金发放及时率', '=100%', '96', 20, 18],
		['效益', '社会效益', '学生营养状况改善', '明显改善', '明显改善', 25, 25],
		['满意度', '服务对象满意度', '家长满意度', '≥90%', '94', 15, 15]
	]
};
const PIPES_NO_SEP: Case = { ...PIPES_SEP, lines: PIPES_SEP.lines.filter((l) => !l.startsWith('|---')) };

// One cell per line (a Word table pasted into a page): headers split over two lines, "指标1" before
// names, "指标2" / "……" placeholder rows, a reason cell "0".
const CELL_PER_LINE: Case = {
	lines: [
		'项目支出绩效自评表',
		'（2022年度）',
		'项目资金',
		'(万元)',
		'年初',
		'预算数',
		'全年',
		'预算数',
		'全年',
		'执行数',
		'分值',
		'执行率',
		'得分',
		'年度资金总额',
		'48.6',
		'48.6',
		'41.31',
		'10',
		'85%',
		'8.5',
		'其中：当年财政拨款',
		'48.6',
		'48.6',
		'41.31',
		'年度总体目标',
		'预期目标',
		'实际完成情况',
		'完成图书室改造',
		'已完成',
		'一级指标',
		'二级指标',
		'三级指标',
		'年度',
		'指标值',
		'实际',
		'完成值',
		'分值',
		'得分',
		'偏差原因分析及改进措施',
		'产出指标',
		'数量指标',
		'指标1新增藏书册数',
		'3000',
		'3120',
		'15',
		'15',
		'指标2',
		'',
		'……',
		'',
		'质量指标',
		'指标1图书上架合格率',
		'100',
		'100',
		'15',
		'15',
		'时效指标',
		'指标1改造完工及时率',
		'100',
		'90',
		'10',
		'8',
		'工期因雨季顺延',
		'成本指标',
		'指标1改造成本控制率',
		'100',
		'100',
		'10',
		'10',
		'效益指标',
		'社会效益',
		'指标',
		'指标1借阅人次增长',
		'20',
		'25',
		'15',
		'15',
		'0',
		'可持续影',
		'响指标',
		'指标1图书室开放时长',
		'40',
		'42',
		'10',
		'10',
		'满意度',
		'指标',
		'服务对象',
		'满意度指标',
		'指标1读者满意度',
		'90',
		'96',
		'15',
		'15',
		'总分',
		'100',
		'96.5'
	],
	// 41.31 / 48.6 = 85%; 10 × 85% = 8.5; weights 15+15+10+10+15+10+15 = 90; points 88 + 8.5 = 96.5
	facts: { budget: 48.6, actual: 41.31, rate: 0.85, execWeight: 10, execPoints: 8.5, totalWeight: 100, score: 96.5, weightSum: 100 },
	rows: [
		['产出', '数量', '新增藏书册数', '3000', '3120', 15, 15],
		['产出', '质量', '图书上架合格率', '100', '100', 15, 15],
		['产出', '时效', '改造完工及时率', '100', '90', 10, 8],
		['产出', '成本', '改造成本控制率', '100', '100', 10, 10],
		['效益', '社会效益', '借阅人次增长', '20', '25', 15, 15],
		['效益', '可持续影响', '图书室开放时长', '40', '42', 10, 10],
		['满意度', '服务对象满意度', '读者满意度', '90', '96', 15, 15]
	]
};

// The whole form on one line (a .docx read as plain text): "(50分)" in level labels, a 资金总额 row of
// zeros (the money sits only in the 其中 row, which is not the total), "≥95百分比" (read as ≥95%).
const ONE_LINE_TEXT =
	'附件: 项目支出绩效自评表 (2022年度) 项目名称 河道保洁服务 主管部门 某某县水务局 实施单位 某某县河湖管理站 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 60 58.5 58.5 上年结转资金 其他资金 年度总体目标 预期目标 实际完成情况 保持河道水面清洁。 河道水面保持清洁。 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 产出指标(50分) 数量指标 保洁河道长度 ≥35公里 35 10 10 保洁频次 =52次 52 10 10 质量指标 水面漂浮物清理率 ≥95百分比 97 10 10 时效指标 垃圾清运及时性 当日清运 达成预期指标 10 10 成本指标 项目总成本 ≤60万元 58.5 10 10 效益指标(30分) 社会效益指标 河道环境改善程度 效果明显 达成预期指标 15 15 可持续影响指标 长效保洁机制 逐步健全 达成预期指标 15 14 满意度指标(10分) 满意度指标 沿岸居民满意度 ≥90% 92% 10 10 总分 100 89';
const ONE_LINE_ROWS: Row[] = [
	['产出', '数量', '保洁河道长度', '≥35公里', '35', 10, 10],
	['产出', '数量', '保洁频次', '=52次', '52', 10, 10],
	['产出', '质量', '水面漂浮物清理率', '≥95%', '97', 10, 10],
	['产出', '时效', '垃圾清运及时性', '当日清运', '达成预期指标', 10, 10],
	['产出', '成本', '项目总成本', '≤60万元', '58.5', 10, 10],
	['效益', '社会效益', '河道环境改善程度', '效果明显', '达成预期指标', 15, 15],
	['效益', '可持续影响', '长效保洁机制', '逐步健全', '达成预期指标', 15, 14],
	['满意度', '服务对象满意度', '沿岸居民满意度', '≥90%', '92%', 10, 10]
];
// weights 50 + 30 + 10 = 90, + 10 = 100; points 50 + 29 + 10 = 89, + 0 = 89
const ONE_LINE: Case = {
	lines: [ONE_LINE_TEXT],
	facts: { execWeight: 10, execPoints: 0, totalWeight: 100, score: 89, weightSum: 100 },
	rows: ONE_LINE_ROWS,
	warnings: ['funds total row is zero']
};
const ONE_LINE_WRONG_TOTAL: Case = {
	lines: [ONE_LINE_TEXT.replace('总分 100 89', '总分 100 99')],
	facts: { execWeight: 10, execPoints: 0, totalWeight: 100, score: 99, weightSum: 100 },
	rows: ONE_LINE_ROWS,
	checks: ['得分 89 + 0 ≠ 总分 99'],
	warnings: ['grid rows do not add up']
};

// Cell borders lost in the funds row: "310.2154.741050%5" is 310.2 | 154.74 | 10 | 50% | 5 (154.74 / 310.2
// rounds to 50%, 10 × 50% = 5; no other cut holds); 分值 comes before 年度指标值; "总分100" glued.
const GLUED_FUNDS: Case = {
	lines: [
		'项目支出绩效自评表（2020年度）',
		'项目名称 社区垃圾分类宣传经费 主管部门及代码 某某区某某街道办事处 实施单位 某某街道城市管理服务中心',
		'项目资金(万元) 年初预算数(A) 全年执行数(B) 分值(10分) 执行率(B/A) 得分 得分计算方法',
		'年度资金总额:310.2154.741050%5 执行率*该指标分值，最高不得超过分值上限。',
		'其中：本年一般公共预算拨款 310.2154.74',
		'绩效指标 一级指标 二级指标 三级指标 分值 年度指标值(A) 全年实际值(B) 得分计算方法 得分 未完成原因分析',
		'产出指标(50分) 数量指标 宣传活动场次 12.5 ≥24场 26场 完成值达到指标值，记满分；未达到按比例记分。 12.5',
		'质量指标 分类投放准确率 12.5 ≥80% 72% 完成值达到指标值，记满分；未达到按比例记分。 11.25 部分小区投放点不足',
		'时效指标 宣传物料按期发放率 12.5 100% 100% 完成值达到指标值，记满分。 12.5',
		'成本指标 单场活动成本 12.5 ≤1.2万元 1.1万元 完成值达到指标值，记满分。 12.5',
		'效益指标(30分) 社会效益指标 居民分类知晓率 30 ≥85% 90% 完成值达到指标值，记满分。 30',
		'满意度指标(10分) 服务对象满意度指标 居民满意度 10 ≥90% 93% 完成值达到指标值，记满分。 10',
		'总分100 93.75'
	],
	// no 全年预算数 column: the budget is 年初预算数; points 12.5 + 11.25 + 12.5 + 12.5 + 30 + 10 = 88.75, + 5 = 93.75
	facts: { budget: 310.2, actual: 154.74, rate: 0.5, execWeight: 10, execPoints: 5, totalWeight: 100, score: 93.75, weightSum: 100 },
	rows: [
		['产出', '数量', '宣传活动场次', '≥24场', '26场', 12.5, 12.5],
		['产出', '质量', '分类投放准确率', '≥80%', '72%', 12.5, 11.25],
		['产出', '时效', '宣传物料按期发放率', '100%', '100%', 12.5, 12.5],
		['产出', '成本', '单场活动成本', '≤1.2万元', '1.1万元', 12.5, 12.5],
		['效益', '社会效益', '居民分类知晓率', '≥85%', '90%', 30, 30],
		['满意度', '服务对象满意度', '居民满意度', '≥90%', '93%', 10, 10]
	]
};

// Single spaces from a PDF: the funds row has no 执行率 cell (126 / 126 with 10 points places it), level
// labels lost to "（50分）" lines or split over lines, rows that only state 分值 and 得分.
const SINGLE_SPACES: Case = {
	lines: [
		'某某市某某局防汛物资项目支出绩效自评',
		'发布时间：2023-12-05 15:04',
		'【字体：大 中 小】 打印',
		'项目支出绩效自评表',
		'（2022年度）',
		'项目名称 防汛物资储备经费',
		'主管部门 实施单位 某某市某某局',
		'项目资金',
		'（万元）',
		'年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分',
		'年度资金总额： 126 126 126 10 10',
		'其中：本年财政拨款 126 126 126 - -',
		'上年结转资金 - -',
		'其他资金 - -',
		'年度总体目标完成情况 预期目标 实际完成情况',
		'完成年度防汛物资储备。 完成年度目标。',
		'年度绩效指标完成情况 一级',
		'指标',
		'二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
		'（50分）',
		'数量指标 指标1：储备编织袋数量 20000 21000 10 10',
		'指标2：储备救生衣数量 300 300 10 10',
		'……',
		'质量指标 指标1：物资验收合格 10 10',
		'指标2：',
		'……',
		'时效指标 指标1：汛前入库及时 10 10',
		'成本指标 指标1：采购价格不高于市场价 10 10',
		'（30分）',
		'社会效益',
		'指标',
		'指标1：保障汛期物资供应 15 15',
		'可持续影',
		'响指标',
		'指标1：物资轮换机制运行 15 15',
		'满意度指标',
		'（10分）',
		'服务对象',
		'满意度指标',
		'指标1：防汛一线人员满意度 90% 95% 10 10',
		'总分 100 100',
		'注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分。'
	],
	facts: { budget: 126, actual: 126, execWeight: 10, execPoints: 10, totalWeight: 100, score: 100, weightSum: 100 },
	rows: [
		['产出', '数量', '储备编织袋数量', '20000', '21000', 10, 10],
		['产出', '数量', '储备救生衣数量', '300', '300', 10, 10],
		['产出', '质量', '物资验收合格', null, null, 10, 10],
		['产出', '时效', '汛前入库及时', null, null, 10, 10],
		['产出', '成本', '采购价格不高于市场价', null, null, 10, 10],
		['效益', '社会效益', '保障汛期物资供应', null, null, 15, 15],
		['效益', '可持续影响', '物资轮换机制运行', null, null, 15, 15],
		['满意度', '服务对象满意度', '防汛一线人员满意度', '90%', '95%', 10, 10]
	]
};

// The same web layout with the form's empty "指标2：" / "……" lines under every section: most lines hold one cell,
// yet the header's cells share a line, so spaces still part cells; a name states its unit in brackets.
const SINGLE_SPACES_EMPTY_ROWS: Case = {
	lines: [
		'项目支出绩效自评表',
		'（2023年度）',
		'项目名称 乡村道路保洁经费',
		'项目资金',
		'（万元）',
		'年初预算数 全年预算数（A） 全年执行数（B） 分值 执行率（B/A） 得分',
		'年度资金总额： 80 90 81 10 90% 9',
		'其中：本年财政拨款 80 90 81 - -',
		'上年结转资金 - -',
		'年度绩效指标完成情况 一级',
		'指标',
		'二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施',
		'',
		'',
		'（50分）',
		'数量指标 指标1：保洁道路长度（公里） 300 310 25 25',
		'指标2：',
		'……',
		'质量指标 指标1：保洁检查合格率 95% 92% 15 13',
		'指标2：',
		'……',
		'成本指标 指标1：每公里保洁成本（万元） 0.3 0.28 10 10',
		'指标2：',
		'……',
		'（30分）',
		'社会效益',
		'指标',
		'指标1：村民出行环境改善 30 30',
		'指标2：',
		'……',
		'满意度指标',
		'（10分）',
		'服务对象',
		'满意度指标',
		'指标1：村民满意度 90% 93% 10 10',
		'指标2：',
		'……',
		'总分 100 97'
	],
	// 81 / 90 = 90%; 25 + 13 + 10 + 30 + 10 + 9 = 97
	facts: { budget: 90, actual: 81, rate: 0.9, execWeight: 10, execPoints: 9, totalWeight: 100, score: 97, weightSum: 100 },
	rows: [
		['产出', '数量', '保洁道路长度', '300', '310', 25, 25],
		['产出', '质量', '保洁检查合格率', '95%', '92%', 15, 13],
		['产出', '成本', '每公里保洁成本', '0.3', '0.28', 10, 10],
		['效益', '社会效益', '村民出行环境改善', null, null, 30, 30],
		['满意度', '服务对象满意度', '村民满意度', '90%', '93%', 10, 10]
	]
};

// The whole form on one line with its table words glued, but single spaces left between figures ("1650元 5 5"):
// a space between two figures is a border, never dropped (it would read 55).
const GLUED_SPACED_FIGURES: Case = {
	lines: [
		'项目支出绩效自评表(2023年度)项目名称乡村保洁员补贴主管部门某县某局项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额 60 64.5 62 10 96.12% 9.6其中:当年财政拨款 60 64.5 62 绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标保洁员人数≥120人 126人 50 50 成本指标人均月补贴≤900元 880元 5 5 满意度指标服务对象满意度指标村民满意度≥90% 93% 35 33 合计100 97.6 评价结论目标完成。存在问题部分村保洁频次不足。改进措施按月抽查保洁台账。项目负责人:'
	],
	// 62 / 64.5 = 96.12%; 50 + 5 + 33 + 9.6 = 97.6
	facts: { budget: 64.5, actual: 62, rate: 0.9612, execWeight: 10, execPoints: 9.6, totalWeight: 100, score: 97.6, weightSum: 100 },
	rows: [
		['产出', '数量', '保洁员人数', '≥120人', '126人', 50, 50],
		['产出', '成本', '人均月补贴', '≤900元', '880元', 5, 5],
		['满意度', '服务对象满意度', '村民满意度', '≥90%', '93%', 35, 33]
	]
};

// A cell per line closed by " |" (a spreadsheet exported line by line); empty cells are lone pipes.
const PIPE_CLOSED: Case = {
	lines: [
		'报表编号:000001 |',
		'项目支出绩效自评表(2023年度) |',
		'项目名称 |',
		'乡镇敬老院运转补助 |',
		'预算执行情况(10分) |',
		'年度预算数(万元) |',
		'年初预算 |',
		'调整后预算数 |',
		'预算执行数 |',
		'预算执行率 |',
		'权重 |',
		'得分 |',
		'原因 |',
		'总额 |',
		'120 |',
		'118 |',
		'106.2 |',
		'90.00% |',
		'10 |',
		'9 |',
		'|',
		'其中:财政资金 |',
		'120 |',
		'118 |',
		'106.2 |',
		'90.00% |',
		'/ |',
		'/ |',
		'绩效指标(90分) |',
		'一级指标 |',
		'二级指标 |',
		'三级指标 |',
		'指标性质 |',
		'指标值 |',
		'度量单位 |',
		'完成值 |',
		'权重 |',
		'得分 |',
		'未完成原因分析 |',
		'产出指标 |',
		'数量指标 |',
		'入住老人人数 |',
		'≥ |',
		'40 |',
		'人 |',
		'43 |',
		'30 |',
		'30 |',
		'|',
		'质量指标 |',
		'安全事故发生次数 |',
		'= |',
		'0 |',
		'次 |',
		'0 |',
		'30 |',
		'30 |',
		'|',
		'效益指标 |',
		'社会效益指标 |',
		'老人生活保障水平 |',
		'定性 |',
		'提高 |',
		'|',
		'|',
		'30 |',
		'|',
		'|',
		'合计 |',
		'100 |',
		'|',
		'|',
		'评价结论 |'
	],
	// 106.2 / 118 = 90%, 10 × 90% = 9; the 合计 row states only the weight (30 × 3 + 10 = 100), no score
	facts: { budget: 118, actual: 106.2, rate: 0.9, execWeight: 10, execPoints: 9, totalWeight: 100, weightSum: 100 },
	rows: [
		['产出', '数量', '入住老人人数', '≥40人', '43', 30, 30],
		['产出', '质量', '安全事故发生次数', '=0次', '0', 30, 30],
		['效益', '社会效益', '老人生活保障水平', '提高', null, 30, null]
	]
};

// No separator left at all: table words, values and names run into each other.
const NO_SEPARATOR: Case = {
	lines: [
		'绩效自评表(2022年度)项目名称某某镇农村道路维护项目资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:3028.51095%9.5其中:本年财政拨款3028.5绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(50分)数量指标维护道路里程25≥12公里12.6公里25质量指标路面完好率25≥90%93%25效益指标(30分)社会效益指标群众出行便利程度30明显改善明显改善30满意度指标(10分)服务对象满意度指标沿线群众满意度10≥90%92%10总分10099.5'
	],
	// 30 | 28.5 | 10 | 95% | 9.5: 28.5 / 30 = 95%, 10 × 95% = 9.5; 总分 100 | 99.5 = 90 + 9.5
	facts: { budget: 30, actual: 28.5, rate: 0.95, execWeight: 10, execPoints: 9.5, totalWeight: 100, score: 99.5, weightSum: 100 },
	rows: [
		['产出', '数量', '维护道路里程', '≥12公里', '12.6公里', 25, 25],
		['产出', '质量', '路面完好率', '≥90%', '93%', 25, 25],
		['效益', '社会效益', '群众出行便利程度', '明显改善', '明显改善', 30, 30],
		['满意度', '服务对象满意度', '沿线群众满意度', '≥90%', '92%', 10, 10]
	]
};

// Runs of two spaces; the 产出 section says 40 but its rows add up to 35.
const SPACED_SECTION_MISMATCH: Case = {
	lines: [
		'四、绩效指标完成情况',
		'一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分',
		'产出指标（40分）  数量指标  培训场次  ≥6场  7场  20  20',
		'  质量指标  培训合格率  ≥90%  95%  15  15',
		'效益指标（40分）  社会效益指标  技能提升人数  ≥100人  120人  40  38',
		'满意度指标（20分）  服务对象满意度指标  学员满意度  ≥90%  96%  20  20',
		'合计  95  93'
	],
	facts: { totalWeight: 95, score: 93, weightSum: 95 },
	rows: [
		['产出', '数量', '培训场次', '≥6场', '7场', 20, 20],
		['产出', '质量', '培训合格率', '≥90%', '95%', 15, 15],
		['效益', '社会效益', '技能提升人数', '≥100人', '120人', 40, 38],
		['满意度', '服务对象满意度', '学员满意度', '≥90%', '96%', 20, 20]
	],
	checks: ['产出分值 35 ≠ 40']
};

// Digits that no cut makes consistent: the money stays blank, with a warning.
const NO_CONSISTENT_CUT: Case = {
	lines: ['项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分', '年度资金总额\t3020\t80%\t8'],
	facts: { rate: 0.8, execPoints: 8 },
	rows: [],
	warnings: ['could not be placed consistently']
};

// A PDF that moved cells around: the 元 label after the figures, the 其中 row's figures with no label
// after the total's, the 执行率 cell elsewhere. 441600 / 460000 = 96% and 10 × 96% = 9.6 place the
// first five figures; 元 → 万元.
const MOVED_CELLS: Case = {
	lines: [
		'财政项目支出绩效自评表 (2023 年度) 项目名称 主管部门 某某区绿化管理局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 480000.00 460000.00 441,600.00 10 9.60 480000.00 460000.00 441600.00 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) 实施单位 其中:当年财政拨款'
	],
	facts: { budget: 46, actual: 44.16, execWeight: 10, execPoints: 9.6 },
	rows: []
};

// A form exported with no border and no space at all: header cells carry notes "(A)", "(B/A)",
// "(10分*执行率)"; the funds row is labelled 年度财政资金总额; a 分钟 unit. 310.88 / 320.5 = 97.0%, 10 × 97% = 9.7.
const NO_BORDERS_NOTES: Case = {
	lines: [
		'1/2 2023年河道保洁项目绩效目标自评表 填报日期:2024年3月2日 总分:99.4分 项目名称某某县2023年河道保洁项目主管部门某某县水利局' +
			'预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)得分(10分*执行率)年度财政资金总额320.5310.8897%9.7' +
			'一级指标二级指标三级指标年初目标值(A)实际完成值(B)得分产出指标(50分)数量指标保洁河道长度≥120公里126公里20时效指标巡查响应时间≤30分钟25分钟15' +
			'质量指标水面漂浮物清除率≥95%93%14.7效益指标(40分)生态效益指标河道水质达标率≥90%92%20社会效益指标群众投诉办结率100%100%20'
	],
	facts: { budget: 320.5, actual: 310.88, rate: 0.97, execPoints: 9.7 },
	rows: [
		['产出', '数量', '保洁河道长度', '≥120公里', '126公里', null, 20],
		['产出', '时效', '巡查响应时间', '≤30分钟', '25分钟', null, 15],
		['产出', '质量', '水面漂浮物清除率', '≥95%', '93%', null, 14.7],
		['效益', '生态效益', '河道水质达标率', '≥90%', '92%', null, 20],
		['效益', '社会效益', '群众投诉办结率', '100%', '100%', null, 20]
	]
};

// A 部门整体 form glued with its money header of six cells (全年(调整)预算数, 执行率权重, 执行率得分) and 年度总金额:
// 412.3 | 430.5 | 417.58 | 97% | 10 | 9.7 — 417.58 / 430.5 = 97.0%, 10 × 97% = 9.7.
const WHOLE_GLUED_FUNDS: Case = {
	lines: [
		'某局2023年度部门整体绩效自评表年初预算数全年(调整)预算数全年执行数执行率执行率权重执行率得分年度总金额412.3430.5417.5897%109.7其中财政拨款412.3430.5417.5897%109.7年初绩效目标'
	],
	facts: { budget: 430.5, actual: 417.58, rate: 0.97, execWeight: 10, execPoints: 9.7 },
	rows: []
};

// Pipes whose 年度资金总额 label closes its row, the figures on the row below with the empty 年初 cell dropped:
// 55.1 / 58 = 95%, 10 × 95% = 9.5.
const LABEL_ROW_ABOVE: Case = {
	lines: ['项目资金 (万元) |', '| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |', '年度资金总额 |', '| 58 | 55.1 | 10 | 95.00% | 9.5 |'],
	facts: { budget: 58, actual: 55.1, rate: 0.95, execWeight: 10, execPoints: 9.5 },
	rows: []
};

// Rows glued with their "任务1:" labels, a bound in words before the target ("不少于40公里") and after it ("90%以上"),
// a figure opening a name after the label ("任务2:12岁以下…"); 分值 and 得分 glued ("2020" is 20 | 20).
const GLUED_TASK_ROWS: Case = {
	lines: [
		'绩效指标一级指标二级指标三级指标年度指标值全年完成值分值得分产出指标数量指标任务1:巡查河段长度不少于40公里42公里2020任务2:12岁以下儿童接种人数不少于300人310人2020质量指标任务1:水质达标率90%以上93%1010满意度指标服务对象满意度指标沿岸群众满意度≥90%95%5050总分100100'
	],
	facts: { totalWeight: 100, score: 100, weightSum: 100 },
	rows: [
		['产出', '数量', '巡查河段长度', '不少于40公里', '42公里', 20, 20],
		['产出', '数量', '12岁以下儿童接种人数', '不少于300人', '310人', 20, 20],
		['产出', '质量', '水质达标率', '90%以上', '93%', 10, 10],
		['满意度', '服务对象满意度', '沿岸群众满意度', '≥90%', '95%', 50, 50]
	]
};

// Glued rows whose figures end in measure words the number parser knows (只, 口, 起): each closes its cell;
// a bounded rate's target read by OCR with "2" for "≥" ("296%" is ≥96%). 10 + 10 + 10 = 30 of 30.
const GLUED_MEASURES: Case = {
	lines: [
		'绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分产出指标数量指标推广种公羊≥300只320只1010质量指标鉴定合格率296%97%1010效益指标社会效益指标安全事故≤2起0起1010总分3030'
	],
	facts: { totalWeight: 30, score: 30, weightSum: 30 },
	rows: [
		['产出', '数量', '推广种公羊', '≥300只', '320只', 10, 10],
		['产出', '质量', '鉴定合格率', '296%', '97%', 10, 10],
		['效益', '社会效益', '安全事故', '≤2起', '0起', 10, 10]
	]
};

// Names that state their unit with a masked bound ("(≥**%)"): the unit is the row's, a bare figure under % is a percentage.
const MASKED_UNITS: Case = {
	lines: ['三级指标\t年度指标值\t实际完成值\t分值\t得分', '验收合格率(≥**%)\t100\t98\t10\t9.8', '布展面积(≥**平方米)\t600\t620\t15\t15'],
	facts: { weightSum: 25 },
	rows: [
		[null, null, '验收合格率', '100', '98', 10, 9.8],
		[null, null, '布展面积', '600', '620', 15, 15]
	]
};

// A portal's whole form on one line, single spaces left only between figures and between header words; the level
// words run into the indicator's name ("产出指标数量指标新建蓄水池≥12座 13座 25 25"). 34.2 / 36 = 95%, 10 × 95% = 9.5;
// 25 + 25 + 20 + 20 = 90, + 10 = 100; 25 + 23 + 20 + 19 = 87, + 9.5 = 96.5.
const ONE_LINE_SINGLE_SPACES: Case = {
	lines: [
		'项目名称山塘蓄水池建设项目 主管部门某县水务局 实施单位某县农村供水服务站 项目资金(万元)年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额36 36 34.2 10 95% 9.5 其中:财政拨款36 36 34.2 — — — 年度总体目标新建山塘蓄水池,解决季节性缺水。 绩效指标一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分 产出指标数量指标新建蓄水池≥12座 13座 25 25 质量指标蓄水池验收合格率=100% 96% 25 23 效益指标社会效益指标受益人口≥3000人 3200人 20 20 满意度指标服务对象满意度指标群众满意度≥90% 92% 20 19 合计100 96.5 评价结论项目按期完成。'
	],
	facts: { budget: 36, actual: 34.2, rate: 0.95, execWeight: 10, execPoints: 9.5, totalWeight: 100, score: 96.5, weightSum: 100 },
	rows: [
		['产出', '数量', '新建蓄水池', '≥12座', '13座', 25, 25],
		['产出', '质量', '蓄水池验收合格率', '=100%', '96%', 25, 23],
		['效益', '社会效益', '受益人口', '≥3000人', '3200人', 20, 20],
		['满意度', '服务对象满意度', '群众满意度', '≥90%', '92%', 20, 19]
	]
};

const CASES: [string, Case][] = [
	['a whole form on one line, single spaces only between figures and header words', ONE_LINE_SINGLE_SPACES],
	['names with a masked bound and their unit', MASKED_UNITS],
	['glued rows closed by measure words, an OCR bound', GLUED_MEASURES],
	['a 部门整体 money header of six cells glued, 年度总金额', WHOLE_GLUED_FUNDS],
	['the total row label above its figures', LABEL_ROW_ABOVE],
	['glued rows with 任务N: labels and bounds in words', GLUED_TASK_ROWS],
	['no border and no space, header notes, 年度财政资金总额', NO_BORDERS_NOTES],
	['cells moved by a PDF export, the unit label away from the header', MOVED_CELLS],
	['tabs, money in 元', TABS_YUAN],
	['Markdown pipes with |---| and 指标性质/指标值/度量单位', PIPES_SEP],
	['pipes without |---|', PIPES_NO_SEP],
	['one cell per line', CELL_PER_LINE],
	['the whole form on one line, zero 资金总额 row', ONE_LINE],
	['one line, 总分 that does not add up', ONE_LINE_WRONG_TOTAL],
	['glued funds row, 分值 before 指标值', GLUED_FUNDS],
	['single spaces, a missing cell, lost labels', SINGLE_SPACES],
	['single spaces, empty 指标2 rows under every section, units in names', SINGLE_SPACES_EMPTY_ROWS],
	['cells closed by " |"', PIPE_CLOSED],
	['no separator at all', NO_SEPARATOR],
	['runs of two spaces, a section weight that does not add up', SPACED_SECTION_MISMATCH],
	['glued digits with no consistent cut', NO_CONSISTENT_CUT],
	['one glued line, single spaces between figures', GLUED_SPACED_FIGURES]
];

describe('parseGrids on flattened 自评表 layouts', () => {
	it.each(CASES)('%s', (_, c) => {
		const lines = splitLines(normalizeText(c.lines.join('\n')).text);
		const warnings = new Set<string>();
		const claimed = new Set<number>();
		const r = parseGrids(lines, warnings, claimed);
		expect(r.rows.map((x) => [x.level1, x.level2, x.name, x.target_text, x.actual_text, x.weight, x.points])).toEqual(c.rows);
		const facts: Record<string, number> = {};
		for (const [k, v] of Object.entries(r.facts)) facts[k] = typeof v === 'number' ? v : v.value;
		for (const k of Object.keys(facts)) facts[k] = Math.round(facts[k] * 1e6) / 1e6;
		expect(facts).toEqual(c.facts);
		expect(r.checks.map((x) => x.detail)).toEqual(c.checks ?? []);
		for (const w of c.warnings ?? []) expect([...warnings].join('\n')).toContain(w);
		// every row's evidence lies inside the text, and the table's lines are claimed
		for (const x of r.rows) expect(x.end).toBeGreaterThan(x.start);
		if (c === SINGLE_SPACES_EMPTY_ROWS)
			expect(r.rows.map((x) => [x.unit, x.achieved])).toEqual([
				['公里', true],
				['%', false],
				['万元', true],
				[null, null],
				['%', true]
			]);
		if (r.rows.length) expect(claimed.size).toBeGreaterThan(0);
		if (c === MASKED_UNITS)
			expect(r.rows.map((x) => [x.target_value, x.actual_value, x.unit])).toEqual([
				[1, 0.98, '%'],
				[600, 620, '平方米']
			]);
		if (c === GLUED_MEASURES)
			expect(r.rows.map((x) => [x.target_value, x.achieved])).toEqual([
				[300, true],
				[0.96, true],
				[2, true]
			]);
	});
});

describe("a form's money unit on a line of its own above the table", () => {
	const form = (unit: string) =>
		[
			'某县第一中学2024年度项目支出绩效自评表',
			unit,
			'项目名称\t操场改造项目',
			'主管部门\t某县教育局\t实施单位\t某县第一中学',
			'项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
			'年度资金总额\t600000.00\t650000.00\t630500.00\t10\t97%\t9.7'
		].join('\n');
	const facts = (text: string) => {
		const r = parseGrids(splitLines(normalizeText(text).text), new Set<string>(), new Set<number>());
		return [r.facts.budget?.value ?? null, r.facts.actual?.value ?? null];
	};
	it('"单位:元" above the form: the cells are 元', () => expect(facts(form('单位:元'))).toEqual([65, 63.05]));
	it('no unit written: a total of 1亿元 or more read as 万元 is left blank', () => expect(facts(form('填报日期:2025年1月10日'))).toEqual([null, null]));
});

describe('a glued row whose reason opens with a word a unit also opens', () => {
	it('"20 18首年投产…": the points and the reason, no count of songs', () => {
		const text =
			'项目支出绩效自评表(2020年度)项目名称果园水肥建设项目年度资金总额40 40 38 10 95% 9.5绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标覆盖果园≥300亩310亩30 30效益指标经济效益指标亩均增收≥500元460元20 18首年投产果园少满意度指标服务对象满意度指标果农满意度≥90%95%40 40总分100 97.5';
		const r = parseGrids(splitLines(normalizeText(text).text), new Set(), new Set());
		expect(r.rows.map((x) => [x.name, x.actual_text, x.weight, x.points])).toEqual([
			['覆盖果园', '310亩', 30, 30],
			['亩均增收', '460元', 20, 18],
			['果农满意度', '95%', 40, 40]
		]);
	});
	it('"10 7人工费上涨": the points and the reason, no count of people', () => {
		const text =
			'项目支出绩效自评表(2024年度)项目名称步道维护项目年度资金总额50 50 48 10 96% 9.6绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施产出指标数量指标维护步道≥10公里10.4公里30 30成本指标每公里维护成本≤4.2万元4.4万元20 14人工费上涨满意度指标服务对象满意度指标游客满意度≥90%93%40 40总分100 93.6';
		const r = parseGrids(splitLines(normalizeText(text).text), new Set(), new Set());
		expect(r.rows.map((x) => [x.name, x.actual_text, x.weight, x.points])).toEqual([
			['维护步道', '10.4公里', 30, 30],
			['每公里维护成本', '4.4万元', 20, 14],
			['游客满意度', '93%', 40, 40]
		]);
	});
});

describe('a glued table with a 计量单位 column after the name (a document site’s dump of a 部门整体 form)', () => {
	const head =
		'1、某县农技中心2022年度部门整体绩效自评表主管部门某县农技中心年度目标完成全县测土配方施肥推广,耕地质量监测点覆盖率达到100%,农户满意度不低于90%。\n2、完成。绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明';
	it('each name carries its unit at its end: cut there, the unit the row’s', () => {
		const text = head + '推广面积万亩≥12 20 12.6 20示范户个数户=40 20 40 20';
		const r = parseGrids(splitLines(normalizeText(text).text), new Set(), new Set());
		expect(r.rows.map((x) => [x.name, x.unit, x.target_text, x.actual_text, x.weight, x.points])).toEqual([
			['推广面积', '万亩', '≥12万亩', '12.6', 20, 20],
			['示范户个数', '户', '=40户', '40', 20, 20]
		]);
	});
	it('the row above’s reason run into a name: cut where the form’s goals name the indicator, else the cell stays whole', () => {
		const text = head + '推广面积万亩≥12 20 10.8 16秋播推迟耕地质量监测点覆盖率%=100 20 100 20取样延误农户满意度%≥90 20 93 20';
		const r = parseGrids(splitLines(normalizeText(text).text), new Set(), new Set());
		expect(r.rows.map((x) => [x.name, x.target_text, x.weight, x.points])).toEqual([
			['推广面积', '≥12万亩', 20, 16],
			['耕地质量监测点覆盖率', '=100%', 20, 20],
			['农户满意度', '≥90%', 20, 20]
		]);
		// ("取样延误农户满意度": 农户满意度 is named by the goals too; the points were full, yet the witness decides)
	});
	it('figures glued into one run with two decimal points ("≥30022.532822.5") are no value: the row is left unread', () => {
		const text = head + '培训人次人次≥30022.532822.5示范户个数户=40 20 40 20';
		const r = parseGrids(splitLines(normalizeText(text).text), new Set(), new Set());
		expect(r.rows.map((x) => x.name)).toEqual(['示范户个数']);
	});
	it('a row with fewer figure cells than the header’s columns ("≥50020.52020") is left out, never read with the next name for its result', () => {
		const text = head + '培训人次人次≥50020.52020示范户个数户=40 20 40 20';
		const r = parseGrids(splitLines(normalizeText(text).text), new Set(), new Set());
		expect(r.rows.map((x) => [x.name, x.target_text, x.actual_text])).toEqual([['示范户个数', '=40户', '40']]);
	});
});

describe('prose that names table words is no glued table', () => {
	it('"自评得分为95分。全年预算数为200万元,执行数为184万元" above a form one cell a line: the form keeps its first row', () => {
		const form = ['绩效指标 |', '一级指标 |', '二级指标 |', '三级指标 |', '年度指标值 |', '实际完成值 |', '分值 |', '得分 |', '偏差原因分析及改进措施 |', '||'];
		const rows = [
			'产出指标 |',
			'数量指标 |',
			'新建棚圈 |',
			'≥400户 |',
			'368户 |',
			'15 |',
			'13.8 |',
			'转场未能施工 |',
			'||',
			'|',
			'质量指标 |',
			'验收合格率 |',
			'=100% |',
			'100% |',
			'15 |',
			'15 |',
			'|',
			'||'
		];
		const text = ['某项目绩效自评综述:项目绩效自评得分为95分。全年预算数为200万元,执行数为184万元,完成预算的92%。', ...form, ...rows].join('\n');
		const r = parseGrids(splitLines(normalizeText(text).text), new Set(), new Set());
		expect(r.rows.map((x) => [x.name, x.weight, x.points])).toEqual([
			['新建棚圈', 15, 13.8],
			['验收合格率', 15, 15]
		]);
	});
});

describe('a 区域 form whose score column is headed by its part’s weight', () => {
	it('"… | 年度指标值 | 实际完成指标值 | 50" then rows with their points', () => {
		const text = [
			'一级指标',
			'二级指标',
			'三级指标',
			'年度指标值',
			'实际完成指标值',
			'50',
			'产出指标',
			'数量指标',
			'指标1:开展培训场次',
			'≥20场',
			'22场',
			'10',
			'质量指标',
			'指标1:培训合格率',
			'≥90%',
			'92%',
			'10'
		].join('\n');
		const r = parseGrids(splitLines(normalizeText(text).text), new Set(), new Set());
		expect(r.rows.map((x) => [x.level2, x.name, x.target_text, x.actual_text, x.weight, x.points])).toEqual([
			['数量', '开展培训场次', '≥20场', '22场', null, 10],
			['质量', '培训合格率', '≥90%', '92%', null, 10]
		]);
	});
});
