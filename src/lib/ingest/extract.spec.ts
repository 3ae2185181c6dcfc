import { describe, expect, it } from 'vitest';
import { extract, fullUnitName } from './extract';
import { themeOf } from './findings';
import type { Extraction } from './types';

function ok(text: string, extra: Partial<Parameters<typeof extract>[0]> = {}): Extraction {
	const r = extract({ text, sourceFile: 't.txt', ...extra });
	if (!r.ok) throw new Error(r.reason);
	return r.value;
}

const BASE = [
	'广州市白云区人民政府石门街道办事处2021年党建工作经费项目绩效自评报告',
	'一、基本情况',
	'项目全年预算数为200万元，执行数为180万元，预算执行率为100%。',
	'序号 资金用途 金额（元）',
	'1 购置党建书籍 1,000',
	'2 党员培训场地费 2000',
	'合计 3500',
	'二、存在问题',
	'1.党员培训形式单一，培训内容针对性不强。',
	'2.资金支出进度偏慢，年底集中支出。',
	'三、建议',
	'（一）政策方面建议。暂无调整建议。',
	'（二）管理方面建议。',
	'加强党建宣传阵地建设，打造党建品牌。'
].join('\n');

describe('extract()', () => {
	it('keeps the stated rate and, when actual/budget differs from it beyond rounding, leaves the rate blank with a check', () => {
		const x = ok(BASE);
		expect(x.report.budget_wan).toBe(200);
		expect(x.report.actual_wan).toBe(180);
		// 180 / 200 = 90% against a stated 100%: one of the three figures is wrong, and which one is for a person
		expect(x.report.execution_rate).toBeNull();
		expect(x.report.execution_rate_stated).toBe(1);
		expect(x.checks.map((c) => c.code)).toContain('rate_mismatch');
		expect(x.warnings.join()).toMatch(/stated execution rate differs/);
		expect(x.report.warnings).toBe(x.warnings.join('; '));
	});

	it('computes the rate from budget and spend when the stated rate agrees up to rounding', () => {
		const x = ok('2023年度某项目绩效自评报告\n一、概述\n项目全年预算数为860万元，执行数为842.5万元，执行率98%。');
		expect(x.report.execution_rate).toBeCloseTo(842.5 / 860, 12);
		expect(x.report.execution_rate_stated).toBe(0.98);
	});

	it('points evidence at the sentence that states a figure', () => {
		const x = ok(BASE);
		const [a, b] = x.evidence.budget_wan!;
		expect(x.source.text.slice(a, b)).toContain('200万元');
		const [c, d] = x.evidence.street!;
		expect(x.source.text.slice(c, d)).toBe('石门街道');
	});

	it('splits numbered findings, skips 暂无调整建议, and themes them', () => {
		const x = ok(BASE);
		const problems = x.findings.filter((f) => f.kind === '问题').map((f) => f.text);
		expect(problems).toEqual(['党员培训形式单一，培训内容针对性不强。', '资金支出进度偏慢，年底集中支出。']);
		expect(x.findings.filter((f) => f.kind === '建议').map((f) => f.text)).toEqual(['加强党建宣传阵地建设，打造党建品牌。']);
		expect(x.findings.map((f) => f.theme)).toEqual(['培训教育', '资金管理', '宣传']);
		for (const f of x.findings) expect(x.source.text.slice(f.evidence_start!, f.evidence_end!)).toContain(f.text.slice(0, 8));
	});

	it('splits a combined 存在问题及改进建议 section by the wording of each item', () => {
		const x = ok(
			[
				'彩虹街道2022年党建工作经费绩效自评报告',
				'一、项目概况',
				'项目全年预算数为50万元。',
				'二、存在问题及改进建议',
				'1.党员教育培训覆盖面不够广，流动党员参学率偏低。',
				'2.加强流动党员线上学习管理，提高参学率。',
				'3.部分党建阵地使用率不高。',
				'4.建议统筹辖区党建资源，提高阵地使用效率。'
			].join('\n')
		);
		expect(x.findings.map((f) => f.kind)).toEqual(['问题', '建议', '问题', '建议']);
	});

	it('reads a spending table and warns when 合计 differs from the items', () => {
		const x = ok(BASE);
		expect(x.expenditures.map((e) => [e.item, e.amount_yuan])).toEqual([
			['购置党建书籍', 1000],
			['党员培训场地费', 2000]
		]);
		expect(x.warnings.join()).toMatch(/itemised total differs/);
	});

	it('lets manifest facts win, with a warning on disagreement', () => {
		const x = ok(BASE, { manifest: { source_file: 't.txt', year: 2022, street: '新市街道', synthetic: true } });
		expect(x.report.year).toBe(2022);
		expect(x.report.street).toBe('新市街道');
		expect(x.report.division_code).toBe('440111008');
		expect(x.report.district).toBe('白云区');
		expect(x.report.synthetic).toBe(true);
		expect(x.warnings.join()).toMatch(/manifest overrides the text/);
	});

	it('derives the grade from the score when none is stated', () => {
		const x = ok('某街道2022年度党建经费绩效自评报告\n预算数为10万元，执行数为10万元。\n自评得分为79.5分。');
		expect(x.report.score).toBe(79.5);
		expect(x.report.grade).toBe('中');
		expect(x.report.grade_basis).toBe('score');
	});

	it('takes the overall score, not a sub-score', () => {
		const x = ok('2022年度党建经费绩效自评报告\n预算数为10万元。其中预算执行得分10分，产出指标得分45分。项目综合得分为91分。');
		expect(x.report.score).toBe(91);
	});

	it('hashes the normalised text for report_id and the original for sha256 when none is given', () => {
		const a = ok(BASE);
		const b = ok(BASE.replace(/\n/g, '\r\n'));
		expect(a.report.report_id).toBe(b.report.report_id);
		expect(a.source.sha256).not.toBe(b.source.sha256);
		expect(ok(BASE, { sha256: 'abc' }).source.sha256).toBe('abc');
	});
});

describe('themeOf', () => {
	const cases: [string, string][] = [
		['党员培训活动的内容和形式还需进一步丰富', '培训教育'],
		['绩效指标设置仍存在优化空间，量化指标不足', '指标设置'],
		['资金使用进度偏慢', '资金管理'],
		['后备干部队伍建设有待加强', '队伍建设'],
		['党群服务站点功能单一', '阵地建设'],
		['党建品牌宣传力度不足', '宣传'],
		['网格党支部作用发挥有待增强', '组织建设'],
		['天气炎热', '其他']
	];
	it.each(cases)('%s → %s', (t, theme) => expect(themeOf(t)).toBe(theme));
});

describe('row caps', () => {
	it('keeps at most MAX_ROWS findings of filler text, with a check', async () => {
		const { MAX_ROWS } = await import('./extract');
		const filler = Array.from({ length: 3000 }, (_, i) => `${i + 1}、存在问题：第${i + 1}项资金管理不规范。`).join('\n');
		const r = extract({ text: `某镇2022年度项目绩效自评报告\n预算数10万元。\n四、存在的问题\n${filler}`, sourceFile: 'f.txt' });
		if (!r.ok) throw new Error(r.reason);
		expect(r.value.findings.length).toBeLessThanOrEqual(MAX_ROWS);
		expect(r.value.checks.some((c) => c.code === 'rows_capped' && c.field === 'findings')).toBe(true);
	});
});

describe('fullUnitName', () => {
	it.each([
		['雨花区圭塘街道', '一、基本情况\n圭塘街道办事处负责实施。', '圭塘街道办事处'],
		['隆回县六都寨镇', '被评价单位:隆回县六都寨镇人民政府', '隆回县六都寨镇人民政府'],
		['洋泾街道', '洋泾街道2023年社区微更新项目', '洋泾街道'],
		['某某区城市管理局', '某某区城市管理局办事处', '某某区城市管理局'],
		// the text writes the town with its county: the name in full
		['柯街镇', '一、基本情况\n柯街镇人民政府负责实施。\n昌宁县柯街镇人民政府\n2023年3月1日', '昌宁县柯街镇人民政府'],
		['下桥镇人民政府', '评价单位(公章):徐闻县下桥镇人民政府', '徐闻县下桥镇人民政府'],
		// a parent government before it is no county prefix
		['石门街道办事处', '广州市白云区人民政府石门街道办事处', '石门街道办事处'],
		[
			'新安镇农业农村服务中心',
			'2023-04-14 新安镇农业农村服务中心\n项目资金由墨江哈尼族自治县新安镇农业农村服务中心实施。',
			'墨江哈尼族自治县新安镇农业农村服务中心'
		],
		['新安镇农业农村服务中心', '项目资金由新安镇农业农村服务中心实施。', '新安镇农业农村服务中心']
	])('%s', (unit, text, want) => expect(fullUnitName(text, unit)).toBe(want));
});

describe("fullUnitName with the report's city", () => {
	it.each([
		// the text writes the town's government with its city and county: the name as written
		['某山区某岗镇', '某湖市', '某湖市某山区某岗镇人民政府负责本镇规划的组织实施。', '某湖市某山区某岗镇人民政府'],
		// a city that is not the report's stays out
		['某山区某岗镇', '某江市', '某湖市某山区某岗镇人民政府负责本镇规划的组织实施。', '某山区某岗镇人民政府'],
		['某山区某岗镇', null, '某湖市某山区某岗镇人民政府负责本镇规划的组织实施。', '某山区某岗镇人民政府'],
		// a street's office named bare, the text writing it with its city and county too
		['某里街道办事处', '某湖市', '现将2021年度某湖市某山区某里街道办事处部门整体支出绩效自评报告如下。', '某湖市某山区某里街道办事处'],
		['某里街道办事处', '某江市', '现将2021年度某湖市某山区某里街道办事处部门整体支出绩效自评报告如下。', '某山区某里街道办事处']
	])('%s in %s', (unit, city, text, want) => expect(fullUnitName(text, unit, city)).toBe(want));
});

describe("the signature at a report's foot", () => {
	it('a prose line wrapped short among the last lines ("94 分,某某镇(51万棒)得分") signs nothing: the town it names is no street', () => {
		const text = [
			'天全县2021年度香菇菌棒补助项目支出绩效自评报告',
			'一、项目概况',
			'2021年县财政安排补助资金38万元,全年实际支出36.86万元,预算执行率97%。',
			'三、自评得分情况 按照预算绩效管理要求,本中心对本项目先分镇评分,再按补助菌棒数量加权平均:始阳镇(75万棒)得分',
			'94 分,思经镇(51万棒)得分',
			'86 分,项目综合得分',
			'90.76 分。'
		].join('\n');
		const r = ok(text);
		expect([r.report.district, r.report.street]).toEqual(['天全县', null]);
	});
	it('a short line of a name and a date is the signature: the town office signing it is the report’s place', () => {
		const text = ['2021年度香菇菌棒补助项目支出绩效自评报告', '项目预算38万元,实际支出36.86万元,执行率97%。', '天全县思经镇人民政府', '2022年3月1日'].join(
			'\n'
		);
		const r = ok(text);
		expect([r.report.district, r.report.street]).toEqual(['天全县', '思经镇']);
	});
});

describe("a form's prompts left unfilled are no findings", () => {
	it('"分析存在的问题及原因。(200字以内)" under 存在问题 is the form speaking, not the unit', () => {
		const text = [
			'某县2023年度项目支出绩效自评表',
			'项目预算50万元,实际支出48万元,执行率96%。自评得分92分。',
			'存在问题',
			'结合自评情况,分析存在的问题及原因。(200字以内)',
			'改进措施',
			'针对项目自评中发现的问题,提出下一步改进完善的意见。(200字以内)'
		].join('\n');
		expect(ok(text).findings).toEqual([]);
	});
});

describe('an indicator figure as written, without the punctuation that closed its sentence or cell', () => {
	it.each([
		['an exclamation mark', '(2)质量指标。新建晾晒棚:目标3座,实际完成3座!', '晾晒棚', '3座'],
		['the bracket closing the name cell', '培育芦笋种苗(目标≥4万株,完成4.2万株)', '芦笋', '4.2万株'],
		["a social post's emoji", '(2)质量指标。晾晒棚验收合格率:目标100%,实际100%⭐', '合格率', '100%'],
		['a note in brackets after the figure', '(1)数量指标。新建晾晒棚:目标3座,实际完成4座(含村里自筹建设的一座)。', '晾晒棚', '4座'],
		['a direction before the figure stays', '(2)效益指标。芦笋损耗率:目标下降≥10%,实际下降12%。', '损耗率', '下降12%']
	])('%s', (_n, line, name, actual) => {
		const x = ok(['某县2022年芦笋晾晒棚建设项目绩效自评报告', '一、绩效目标完成情况', line, '二、资金情况', '项目预算20万元,实际支出20万元。'].join('\n'));
		const row = x.indicators.find((i) => i.name.includes(name));
		expect(row?.actual_text).toBe(actual);
	});
});

describe("a portal's head above the report's title", () => {
	it('gives no indicator: its counters ("注册农户 / 12630户") are the site\'s, not the project\'s', () => {
		const x = ok(
			[
				'某县农业信息网欢迎您',
				'入驻合作社',
				'215家',
				'注册农户',
				'12630户',
				'发布供求',
				'1420条',
				'今天是:',
				'当前位置: 首页 >> 通知公告 >> 绩效公开',
				'某县2022年茶园改造项目绩效自评报告',
				'一、绩效目标完成情况',
				'改造低产茶园:目标500亩,实际完成520亩。',
				'二、资金情况',
				'项目预算40万元,实际支出38万元。'
			].join('\n')
		);
		expect(x.indicators.map((i) => i.name)).toEqual(['改造低产茶园']);
	});
});

describe("a spam mirror's words where the district stood", () => {
	it('"线上某某网城东街道办事处" is the office alone', () => {
		const x = ok(
			[
				'线上娱乐网城东街道办事处2022年度部门决算',
				'第四部分 其他说明',
				'线上娱乐网城东街道办事处背街小巷整治项目绩效自评综述:项目自评得分92分。全年预算数为120万元,执行数为115万元,完成预算的95.83%。'
			].join('\n')
		);
		expect(x.report.unit).toBe('城东街道办事处');
	});
});

describe("a unit the prose names, written elsewhere with the report's city before it", () => {
	const unitOf = (text: string) => ok(text).report.unit;
	it('takes the city as the text writes it', () => {
		expect(
			unitOf(
				'2022年,大东区园林绿化服务中心实施冰雕展示园运营项目,项目预算150万元,实际支出144.6万元。\n一、项目基本情况\n展示园由沈阳市大东区园林绿化服务中心负责冬季运营。\n二、自评结论\n自评得分83分。'
			)
		).toBe('沈阳市大东区园林绿化服务中心');
	});
	it("but a title's unit stays as the title writes it", () => {
		expect(
			unitOf(
				'大东区园林绿化服务中心2022年度冰雕展示园运营项目绩效自评报告\n一、项目基本情况\n项目预算150万元,实际支出144.6万元。自评得分83分。\n沈阳市大东区园林绿化服务中心'
			)
		).toBe('大东区园林绿化服务中心');
	});
});
