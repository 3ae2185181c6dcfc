import { describe, expect, it } from 'vitest';
import { indentedBarRows, pdfFormTables, splitFormLine, splitLevels } from './pdfform';
import { extract } from './extract';

describe('splitLevels', () => {
	const cases: [string, string[], { l1: string; l2?: string } | null, { l1: string; l2?: string } | null, string][] = [
		['labels wrapped inside their 指标', ['产出指', '标 数量指', '标 蜂箱发放数'], null, { l1: '产出', l2: '数量' }, '蜂箱发放数'],
		['labels glued over lines', ['效益', '指标', '生态效益', '指标', '河道保洁长度'], null, { l1: '效益', l2: '生态效益' }, '河道保洁长度'],
		['bare labels up to a cell edge', ['产出 质量 疫苗接种覆', '盖率'], null, { l1: '产出', l2: '质量' }, '疫苗接种覆盖率'],
		['a name that opens with a level word stays whole', ['质量抽检合格率'], { l1: '产出', l2: '数量' }, { l1: '产出', l2: '数量' }, '质量抽检合格率'],
		['level cells cut short before the row', ['指标 指标', '时效 验收及时率'], { l1: '产出', l2: '质量' }, { l1: '产出', l2: '时效' }, '验收及时率'],
		['满意度 cut to 满意', ['满意 满意度 就诊群众满意', '度'], { l1: '效益', l2: '社会效益' }, { l1: '满意度', l2: '满意度' }, '就诊群众满意度'],
		['a level-2 alone takes its level-1', ['可持续影', '响指标 设施使用年限'], { l1: '产出', l2: '成本' }, { l1: '效益', l2: '可持续影响' }, '设施使用年限'],
		['成本 under 产出 rows is a level-2', ['成本指标每吨处理费'], { l1: '产出', l2: '质量' }, { l1: '产出', l2: '成本' }, '每吨处理费'],
		[
			'成本 of the newer form opens its own level-1',
			['成本指标 经济成本指标 单位造价'],
			{ l1: '产出', l2: '时效' },
			{ l1: '成本', l2: '经济成本' },
			'单位造价'
		],
		['no label: the row before carries down', ['巡查次数'], { l1: '产出', l2: '数量' }, { l1: '产出', l2: '数量' }, '巡查次数']
	];
	it.each(cases)('%s', (_what, parts, last, level, name) => {
		const got = splitLevels(parts, last);
		expect(got.name).toBe(name);
		expect({ l1: got.level?.l1, l2: got.level?.l2 }).toEqual({ l1: level?.l1, l2: level?.l2 });
	});
});

const WRAPPED = [
	'项目名称 乡村道路养护项目',
	'项目资金',
	'(万元) 年初预',
	'算数 全年预',
	'算数 全年执',
	'行数 分值 执行率 得分',
	'年度资金总额 40 38.5 36.2 10 94.03 % 9.4',
	'其中:当年财政拨款 40 38.5 36.2 — — —',
	'绩',
	'效',
	'指',
	'标 一级指',
	'标 二级指',
	'标 三级指标 年度指',
	'标值 实际完',
	'成值 分值 得分 偏差原因分析',
	'及改进措施',
	'产出指',
	'标 数量指',
	'标 养护农村公',
	'路里程 ≥ 120 公里 118 公里 20 18 两段路面',
	'因雨季顺延',
	'质量指',
	'标 路面优良率 ≥ 80 % 83 % 20 20',
	'效益指',
	'标 社会效益',
	'指标 群众出行时间缩短 ≥ 10 分钟 12 分钟 30 30',
	'满意度',
	'指标 服务对象',
	'满意度指标 沿线群众满意度 ≥ 90 % 92 % 20 20',
	'总分 100 97.4'
].join('\n');

describe('pdfFormTables', () => {
	it('writes a wrapped funds table and indicator table as tab rows', () => {
		const out = pdfFormTables(WRAPPED).split('\n');
		expect(out).toContain('项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分');
		expect(out).toContain('年度资金总额\t40\t38.5\t36.2\t10\t94.03%\t9.4');
		expect(out).toContain('一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施');
		expect(out).toContain('产出指标\t数量指标\t养护农村公路里程\t≥120公里\t118公里\t20\t18\t两段路面因雨季顺延');
		expect(out).toContain('产出指标\t质量指标\t路面优良率\t≥80%\t83%\t20\t20\t');
		expect(out).toContain('效益指标\t社会效益指标\t群众出行时间缩短\t≥10分钟\t12分钟\t30\t30\t');
		expect(out).toContain('满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t92%\t20\t20\t');
		expect(out.at(-1)).toBe('总分 100 97.4');
		// the vertical caption and the wrapped header are gone
		expect(out).not.toContain('绩');
		expect(out).not.toContain('及改进措施');
	});

	it('reads a layout that prints each cell’s second line under the first', () => {
		const text = [
			'项目资金 年初预 全年预 全年执 分值 执行率 得分',
			'( 万元) 算数 算数 行数',
			'年度资金总额 12 12 11.4 10 95 % 9.5',
			'一级 二级 三级指标 年度 实际 分值 得分',
			'指标 指标 指标值 完成值',
			'产出 数量 免费体检老',
			'年人 ≥ 900 人 936 人 50 50',
			'指标 指标',
			'效益 社会效益 慢病早筛检出 ≥ 30 例 26 例 50 43',
			'指标 指标',
			'总分 100 93'
		].join('\n');
		const out = pdfFormTables(text).split('\n');
		expect(out[0]).toBe('项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分');
		expect(out).toContain('产出指标\t数量指标\t免费体检老年人\t≥900人\t936人\t50\t50');
		expect(out).toContain('效益指标\t社会效益指标\t慢病早筛检出\t≥30例\t26例\t50\t43');
	});

	it("reads a form whose every line is indented, a target's unit wrapped onto an indented line", () => {
		const text = [
			'    一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
			'    产出指标 数量指标 新修塘坝 ≥ 40',
			'    座 42 座 50 50',
			'    效益指标 社会效益指标 受益农田 ≥ 900 亩 950 亩 50 50',
			'    总分 100 100'
		].join('\n');
		expect(pdfFormTables(text).split('\n')).toContain('产出指标\t数量指标\t新修塘坝\t≥40座\t42座\t50\t50');
	});
	it("joins a head cell's value wrapped onto the next line and parts a finding cell's label from its sentence", () => {
		const out = pdfFormTables(
			[
				'项目名称 渠道防渗改造项目',
				'实施单位 某某县某某镇水利服',
				'务站',
				WRAPPED.split('\n').slice(1).join('\n'),
				'存在问题 个别渠段施工期与灌溉期重叠。',
				'改进措施 提前在冬闲时节安排施工。'
			].join('\n')
		).split('\n');
		expect(out).toContain('实施单位\t某某县某某镇水利服务站');
		expect(out).toContain('存在问题\t个别渠段施工期与灌溉期重叠。');
		expect(out).toContain('改进措施\t提前在冬闲时节安排施工。');
	});

	it("reads a form whose vertical caption is each line's first cell and whose headers print their last characters below", () => {
		const text = [
			'项目资金 年初预算 全年预算 全年执行 分值 执行率 得分',
			'( 万元) 数 数 数',
			'年度资金总额 48 48 46.2 10 96.3 % 9.6',
			'绩 一级指 二级指 三级指标 年度指 实际完 分值 得分 偏差原因分析',
			'效 标 标 标值 成值 及改进措施',
			'指 产出指标 数量指标 新建腌菜池 ≥ 30 口 27 口 40 36 3 口选址未定',
			'标 质量指标 验收合格率 = 100 % 100 % 30 30',
			'满意度 服务对象满意度',
			'指标 指标 腌菜户满意',
			'度 ≥ 90 % 92 % 20 20',
			'总分 100 95.6'
		].join('\n');
		const out = pdfFormTables(text).split('\n');
		expect(out).toContain('项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分');
		expect(out).toContain('年度资金总额\t48\t48\t46.2\t10\t96.3%\t9.6');
		expect(out).toContain('一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施');
		expect(out).toContain('产出指标\t数量指标\t新建腌菜池\t≥30口\t27口\t40\t36\t3 口选址未定');
		expect(out).toContain('产出指标\t质量指标\t验收合格率\t=100%\t100%\t30\t30\t');
		expect(out).toContain('满意度指标\t服务对象满意度指标\t腌菜户满意度\t≥90%\t92%\t20\t20\t');
	});

	it('parts two head cells printed on one line, the second wrapped onto the next', () => {
		const out = pdfFormTables(
			['项目名称 渠道防渗改造项目', '主管部门 某某县水利局 实施单位 某某县某某镇水利服', '务站', WRAPPED.split('\n').slice(1).join('\n')].join('\n')
		).split('\n');
		expect(out).toContain('主管部门 某某县水利局');
		expect(out).toContain('实施单位\t某某县某某镇水利服务站');
	});

	it("passes over the table's vertical caption between rows, not a level cell's last character", () => {
		const text = [
			'一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
			'绩',
			'效 产出 数量指标 新建候车亭 ≥ 12 个 12 个 30 30',
			'指 指标',
			'标   维修候车亭 ≥ 20 个 18 个 20 16',
			'  满意 服务对象满意度指标 乘客满意度 ≥ 90 % 93 % 50 50',
			'  度指',
			'  标',
			'总分 100 96'
		].join('\n');
		const out = pdfFormTables(text).split('\n');
		expect(out).toContain('产出指标\t数量指标\t新建候车亭\t≥12个\t12个\t30\t30');
		expect(out).toContain('产出指标\t数量指标\t维修候车亭\t≥20个\t18个\t20\t16');
		expect(out).toContain('满意度指标\t服务对象满意度指标\t乘客满意度\t≥90%\t93%\t50\t50');
		const tail = [
			'一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
			'产出指',
			'标 数量指',
			'标 新建候车亭 ≥ 12 个 12 个 30 30',
			'满意度指',
			'标',
			'服务对象满意',
			'度指标',
			'乘客满意度 ≥ 90 % 93 % 70 70',
			'总分 100 100'
		].join('\n');
		expect(pdfFormTables(tail).split('\n')).toEqual(
			expect.arrayContaining(['产出指标\t数量指标\t新建候车亭\t≥12个\t12个\t30\t30', '满意度指标\t服务对象满意度指标\t乘客满意度\t≥90%\t93%\t70\t70'])
		);
	});

	it('closes a target wrapped before its unit', () => {
		const text = [
			'一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
			'产出指标 数量指标 补植苗木 ≥ 2600',
			'株 2710 株 30 30',
			'质量指标 成活率 ≥ 85 % 90 % 30 30',
			'总分 100 100'
		].join('\n');
		expect(pdfFormTables(text).split('\n')).toContain('产出指标\t数量指标\t补植苗木\t≥2600株\t2710株\t30\t30');
	});

	it('joins a unit cut inside onto the row that goes on after it ("万立方" / "米 2.9 …", "人" / "次 558 …")', () => {
		const text = [
			'一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
			'产出指标 数量指标 清运淤泥 ≥ 3.2 万立方',
			'米 2.9 万立方米 10 8',
			'培训学员 ≥ 600 人',
			'次 558 人次 10 8',
			'总分 20 16'
		].join('\n');
		expect(pdfFormTables(text).split('\n')).toEqual(
			expect.arrayContaining(['产出指标\t数量指标\t清运淤泥\t≥3.2万立方米\t2.9万立方米\t10\t8', '产出指标\t数量指标\t培训学员\t≥600人次\t558人次\t10\t8'])
		);
	});

	it('takes a reason header cut after 改进 with its last word on the next line', () => {
		const text = [
			'一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进',
			'措施',
			'产出指标 数量指标 开展培训 ≥ 20 期 20 期 10 10',
			'满意度指标 服务对象满意度指标 学员满意度 ≥ 90 % 92 % 10 10',
			'总分 20 20'
		].join('\n');
		expect(pdfFormTables(text).split('\n')).toEqual(
			expect.arrayContaining(['产出指标\t数量指标\t开展培训\t≥20期\t20期\t10\t10\t', '满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t92%\t10\t10\t'])
		);
	});

	it('takes the reason cell of the header wrapped under it, and a row whose level and name cells fill seven lines', () => {
		const text = [
			'一级指',
			'标',
			'二级指',
			'标',
			'三级指标 年度指标',
			'值',
			'实际完成',
			'值',
			'分值 得分',
			'偏差原因分析',
			'及改进措施',
			'产出指',
			'标',
			'数量指',
			'标',
			'开设书法课 ≥ 16 期 16 期 40 40',
			'满意度',
			'指标',
			'服务对象',
			'满意度指',
			'标',
			'参训老人满意',
			'度',
			'≥ 90 % 88 % 20 16 课时安排偏少',
			'总分 60 56'
		].join('\n');
		const out = pdfFormTables(text).split('\n');
		expect(out[0]).toBe('一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施');
		expect(out).toContain('满意度指标\t服务对象满意度指标\t参训老人满意度\t≥90%\t88%\t20\t16\t课时安排偏少');
	});

	const unchanged: [string, string][] = [
		[
			'a row with a target in words',
			[
				'一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
				'产出指标 数量指标 培训场次 ≥ 4 场 5 场 20 20',
				'效益指标 社会效益指标 群众知晓 明显 明显 20 20',
				'总分 100 100'
			].join('\n')
		],
		['one row only', ['一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分', '产出指标 数量指标 培训场次 ≥ 4 场 5 场 20 20', '总分 100 100'].join('\n')],
		[
			'points over the weight',
			[
				'一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
				'产出指标 数量指标 培训场次 ≥ 4 场 5 场 20 25',
				'质量指标 合格率 ≥ 90 % 95 % 20 20',
				'总分 100 100'
			].join('\n')
		],
		[
			'a column layout of runs of spaces',
			[
				'一级指标  二级指标  三级指标  年度指标值  实际完成值  分值  得分',
				'产出指标  数量指标  培训场次  ≥6场  7场  20  20',
				'质量指标 合格率 ≥ 90 % 95 % 20 20'
			].join('\n')
		],
		['a tab table', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标 数量指标 培训场次 ≥ 4 场 5 场 20 20'],
		[
			'a header with no points',
			['一级指标 二级指标 三级指标 年度指标值 实际完成值', '产出指标 数量指标 培训场次 ≥ 4 场 5 场', '质量指标 合格率 ≥ 90 % 95 %'].join('\n')
		]
	];
	it.each(unchanged)('leaves the text as it was: %s', (_what, text) => {
		expect(pdfFormTables(text)).toBe(text);
	});
});

/** A funds table copied from a web page cell by cell (own words). */
const FUNDS_WEB = [
	'项目名称',
	'        | 资金来源',
	'        | 年初预算数(万元)',
	'        | 全年预算数(万元)',
	'        | 全年执行数(万元)',
	'        | 执行率',
	'        | ',
	'茶园改造项目',
	'        | 县级财政资金',
	'        | 50',
	'        | 48',
	'        | 46.56',
	'        | 97%',
	'        | |'
];

describe('indentedBarRows', () => {
	const WEB = [
		'(二)项目资金情况',
		...FUNDS_WEB,
		'绩效',
		'       指标',
		'        | 一级指标',
		'        | 二级指标',
		'        | 三级指标',
		'        | 年度指标值',
		'        | 实际完成值',
		'        | ',
		'产出指标',
		'        | 时效指标',
		'        | 茶苗补助发放',
		'       及时率',
		'        | =100%',
		'        | 100%',
		'        | |'
	].join('\n');
	it('writes each row of a table copied cell by cell as tab cells, wrapped cells joined, the vertical caption dropped', () => {
		const out = indentedBarRows(WEB).split('\n');
		expect(out).toContain('项目名称\t资金来源\t年初预算数(万元)\t全年预算数(万元)\t全年执行数(万元)\t执行率');
		expect(out).toContain('茶园改造项目\t县级财政资金\t50\t48\t46.56\t97%');
		expect(out).toContain('一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值');
		expect(out).toContain('产出指标\t时效指标\t茶苗补助发放及时率\t=100%\t100%');
		expect(out[0]).toBe('(二)项目资金情况');
	});
	it('leaves a text with a few barred lines as it was', () => {
		const text = '项目名称\n        | 茶园改造项目\n主管部门\n        | 某县农业农村局';
		expect(indentedBarRows(text)).toBe(text);
	});
});

describe('a web table copied cell by cell, through the whole extraction', () => {
	it("reads the project's own row of a funds table headed by 项目名称 and 资金来源", () => {
		const text = [
			'某县2024年度茶园改造项目绩效自评报告',
			'一、项目概况',
			'项目由某县茶叶站组织实施。',
			'(二)项目资金情况',
			...FUNDS_WEB,
			'二、自评结论',
			'项目自评得分91分。'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([r.value.report.budget_wan, r.value.report.actual_wan, r.value.report.execution_rate_stated]).toEqual([48, 46.56, 0.97]);
		expect(r.value.more ?? []).toEqual([]);
	});
	it("a money table's header row is no project cell, and its row's rate is no indicator", () => {
		const text = [
			'某县某局2023年度农药抽检专项经费项目支出绩效自评报告',
			'一、项目概况',
			'项目名称\t中央、省级财政资金\t资金计划\t资金到位情况\t到位率',
			'农药抽检专项经费\t县级财政资金\t40万元\t40万元\t100%',
			'二、绩效目标完成情况',
			'全年完成抽检620批次,自评得分92分。'
		].join('\n');
		const r = extract({ text, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.value.report.project_name).not.toBe('中央、省级财政资金');
		expect(r.value.indicators.map((i) => i.actual_text)).not.toContain('100%');
	});
});

describe('splitFormLine: a whole form run into one line', () => {
	const LINE =
		'某县 2022 年度蜂产业扶持项目支出绩效自评表 项目名称 蜂产业扶持项目 主管部门 某县农业农村局 实施单位 某县蜂业发 展中心 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 30 28 27.16 10 97 % 9.7 其中:财政拨款 30 28 27.16 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 产出指标 数量指标 发放蜂箱 ≥ 800 箱 820 箱 40 40 质量指标 蜂群成活 率 ≥ 90 % 88 % 30 27 满意度 指标 服务对象 满意度指标 蜂农满意度 ≥ 90 % 95 % 30 30 总分 100 97 自评结论 优秀 存在问题 部分蜂农越冬管理不到位。 改进措施 入冬前开展一次集中培训。';
	it('parts it before each row label and after each indicator row', () => {
		expect(splitFormLine(LINE)).toEqual([
			'某县 2022 年度蜂产业扶持项目支出绩效自评表',
			'项目名称 蜂产业扶持项目',
			'主管部门 某县农业农村局',
			'实施单位 某县蜂业发 展中心',
			'项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
			'年度资金总额 30 28 27.16 10 97 % 9.7',
			'其中:财政拨款 30 28 27.16 绩效指标',
			'一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分',
			'产出指标 数量指标 发放蜂箱 ≥ 800 箱 820 箱 40 40',
			'质量指标 蜂群成活 率 ≥ 90 % 88 % 30 27',
			'满意度 指标 服务对象 满意度指标 蜂农满意度 ≥ 90 % 95 % 30 30',
			'总分 100 97',
			'自评结论 优秀',
			'存在问题 部分蜂农越冬管理不到位。',
			'改进措施 入冬前开展一次集中培训。'
		]);
	});
	it('then reads its tables and cells', () => {
		const out = pdfFormTables(LINE).split('\n');
		expect(out).toContain('实施单位\t某县蜂业发展中心');
		expect(out).toContain('年度资金总额\t30\t28\t27.16\t10\t97%\t9.7');
		expect(out).toContain('产出指标\t质量指标\t蜂群成活率\t≥90%\t88%\t30\t27');
		expect(out).toContain('满意度指标\t服务对象满意度指标\t蜂农满意度\t≥90%\t95%\t30\t30');
		expect(out).toContain('存在问题\t部分蜂农越冬管理不到位。');
	});
});

describe('pdfFormTables: units the list does not know, and a unit wrapped inside itself', () => {
	const form = (rows: string) => pdfFormTables(['一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分', rows, '总分 100 90'].join('\n')).split('\n');
	it('"≥ 96 站次 90 站次 10 8": a short word between two figures is their unit', () => {
		expect(form('产出指标 数量指标 巡检站点 ≥ 96 站次 90 站次 10 8\n质量指标 数据到报率 ≥ 95 % 96 % 10 10')).toContain(
			'产出指标\t数量指标\t巡检站点\t≥96站次\t90站次\t10\t8'
		);
	});
	it('"≥ 3000 人" / "次" / "2860 人次 15 12": the unit closes the target, the row reads whole', () => {
		const out = form('产出指标 数量指标 举办讲座 ≥ 10 场 12 场 10 10\n效益指标 社会效益指标 参观人次 ≥ 3000 人\n次\n2860 人次 15 12');
		expect(out).toContain('效益指标\t社会效益指标\t参观人次\t≥3000人次\t2860人次\t15\t12');
	});
});

describe('pdfFormTables: target and result each wrapped inside their unit, a reason header over three lines', () => {
	it('reads the rows whole and keeps a reason cut at its column width with its row', () => {
		const text = [
			'一级指',
			'标',
			'二级指',
			'标 三级指标 年度指',
			'标值',
			'实际完',
			'成值 分值 得分',
			'偏差原因分',
			'析及改进措',
			'施',
			'产出指',
			'标',
			'数量指',
			'标',
			'开办剪纸传',
			'习班 ≥ 12 期 10 期 10 8 因雨季停办',
			'两期',
			'培训学员 ≥ 300 人',
			'次',
			'326 人',
			'次 10 10',
			'时效指',
			'标 传习完成时间 ≤ 10 个',
			'月',
			'10 个',
			'月 10 10',
			'总分 100 88'
		].join('\n');
		const out = pdfFormTables(text).split('\n');
		expect(out).toContain('一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施');
		expect(out).toContain('产出指标\t数量指标\t开办剪纸传习班\t≥12期\t10期\t10\t8\t因雨季停办两期');
		expect(out).toContain('产出指标\t数量指标\t培训学员\t≥300人次\t326人次\t10\t10\t');
		expect(out).toContain('产出指标\t时效指标\t传习完成时间\t≤10个月\t10个月\t10\t10\t');
	});
});

describe("pdfFormTables: the vertical caption opening the first rows' lines under a one-line header", () => {
	it('"绩 产出指标 …" / "效 …" / "指 …" / "标 …": the caption is no part of the rows', () => {
		const text = [
			'一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析',
			'绩 产出指标 数量指标 整理传统图案',
			'样 ≥ 200 幅 210 幅 20 20',
			'效 开展体验课 ≥ 30 场 26 场 20 16 场地延期',
			'指 质量指标 图案入库合格率 = 100 % 98 % 20 18',
			'标 时效指标 项目完成时间 ≤ 12 个月 12 个月 20 20',
			'满意度指标 服务对象满意度指标 群众满意度 ≥ 90 % 92 % 20 20',
			'总分 100 94'
		].join('\n');
		const out = pdfFormTables(text).split('\n');
		expect(out).toContain('产出指标\t数量指标\t整理传统图案样\t≥200幅\t210幅\t20\t20\t');
		expect(out).toContain('产出指标\t数量指标\t开展体验课\t≥30场\t26场\t20\t16\t场地延期');
		expect(out).toContain('产出指标\t时效指标\t项目完成时间\t≤12个月\t12个月\t20\t20\t');
	});
});
