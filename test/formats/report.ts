/**
 * One report written for the format specs (names and figures our own, not copied from a real report): a
 * 自评表 grid with a short narrative, as rows of cells, so every format is built from the same cells.
 * EXPECTED holds what a person reads in it.
 */

/** The narrative before the table, one paragraph a line. */
export const TITLE = '2024年度京溪街道社区党建工作经费项目支出绩效自评报告';
export const PROSE = [
	'根据区财政局关于开展2024年度项目支出绩效自评工作的通知，广州市白云区人民政府京溪街道办事处对社区党建工作经费开展了绩效自评，现将自评情况报告如下。',
	'本项目全年预算数120万元，全年执行数114万元，预算执行率95%。自评得分93.5分，自评等级为优。'
];

/** The 自评表, row by row; '' is an empty cell (or the continuation of a merged one). */
export const GRID: string[][] = [
	['2024年度项目支出绩效自评表'],
	['项目名称', '社区党建工作经费'],
	['主管部门', '广州市白云区人民政府京溪街道办事处', '实施单位', '广州市白云区人民政府京溪街道办事处'],
	['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
	['年度资金总额', '120', '120', '114', '10', '95%', '9.5'],
	['年度总体目标', '预期目标', '实际完成情况'],
	['', '开展党员教育培训和社区党建活动，提升基层党组织组织力。', '全年举办培训班24期，开展主题党日活动56场。'],
	['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
	['', '产出指标', '数量指标', '党员培训班期数', '≥20期', '24期', '20', '20', ''],
	['', '', '', '主题党日活动场次', '≥50场', '56场', '15', '15', ''],
	['', '', '质量指标', '培训考核合格率', '≥95%', '97%', '15', '14', '个别学员补考'],
	['', '效益指标', '社会效益指标', '党员参与率', '≥90%', '88%', '20', '16', '部分党员外出务工'],
	['', '满意度指标', '服务对象满意度指标', '党员群众满意度', '≥90%', '95%', '20', '19', ''],
	['总分', '', '', '', '', '', '100', '93.5'],
	['自评等级', '优'],
	['填报单位：广州市白云区人民政府京溪街道办事处']
];

/** Merged ranges of the grid (0-based rows and columns, inclusive), as a spreadsheet or a web page would merge them. */
export const MERGES: { s: { r: number; c: number }; e: { r: number; c: number } }[] = [
	{ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } },
	{ s: { r: 5, c: 0 }, e: { r: 6, c: 0 } },
	{ s: { r: 7, c: 0 }, e: { r: 12, c: 0 } },
	{ s: { r: 8, c: 1 }, e: { r: 10, c: 1 } },
	{ s: { r: 8, c: 2 }, e: { r: 9, c: 2 } }
];

/** The report as text: title, prose, then the grid as tab-separated rows. */
export function reportText(): string {
	return [TITLE, ...PROSE, ...GRID.map((r) => r.join('\t').replace(/\t+$/, ''))].join('\n') + '\n';
}

/** What a person reads in the report. */
export const EXPECTED = {
	year: 2024,
	district: '白云区',
	street: '京溪街道',
	budget_wan: 120,
	actual_wan: 114,
	execution_rate: 0.95,
	score: 93.5,
	grade: '优',
	indicators: ['党员培训班期数', '主题党日活动场次', '培训考核合格率', '党员参与率', '党员群众满意度']
} as const;
