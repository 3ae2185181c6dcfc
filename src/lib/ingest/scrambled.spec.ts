import { describe, expect, it } from 'vitest';
import { scrambledForm, scrambledForms } from './scrambled';
import { extract } from './extract';

// A standard form as a PDF's text layer can give it: one line, a label after its value, the funds figures scattered, the
// rows' figures in one block after the header, the names and level cells after them (the layout of a real Shanghai
// district's form; names and figures here are made up).
const FORM = [
	'财政项目支出绩效自评表 (2022 年度) 社区公园灯光改造 工程 项目名称 主管部门 某某区绿化管理局',
	'年初预算数 全年预算数 全年执行数 分值 执行率 得分 300000.00 280000.00 6.00 其中:当年财政拨款 0 0 — 上年结转资金 0 0 —',
	'年度资金总额 项目资金 (元) 某某区公园管理 服务中心 实施单位 168,000 预期目标 年度 总体 目标 10 60.00% 实际完成情况 完成改造。 完成改造。',
	'一级指标 二级指标 数量指标 三级指标 改造灯杆数量 年度 指标值 实际 完成值 分值 得分 >=120根 126根 40 40 =100% 100% 20 20 >=90% 85% 30 27 100 93.00',
	'产出指标 质量指标 绩 效 指 标 效益指标 改造工程验收合格 率 满意度指标 服务对象满意度指标 游园群众满意度 总分 -1-'
].join(' ');

describe('scrambledForm', () => {
	it('writes a scrambled form again as the tab form, every piece held by the arithmetic', () => {
		expect(scrambledForm(FORM)).toEqual([
			'财政项目支出绩效自评表(2022年度)',
			'项目名称\t社区公园灯光改造工程',
			'主管部门\t某某区绿化管理局',
			'实施单位\t某某区公园管理服务中心',
			'项目资金(元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
			'年度资金总额\t300000\t280000\t168000\t10\t60.00%\t6',
			'一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
			// three level-2 cells (数量, 质量, 服务对象满意度) for three rows: paired in order
			'产出指标\t数量指标\t改造灯杆数量\t>=120根\t126根\t40\t40',
			'产出指标\t质量指标\t改造工程验收合格率\t=100%\t100%\t20\t20',
			'满意度指标\t服务对象满意度指标\t游园群众满意度\t>=90%\t85%\t30\t27',
			'总分\t100\t93'
		]);
	});

	const cases: [string, string][] = [
		['the points do not add up to the score', FORM.replace('100 93.00', '100 94.00')],
		['the weights do not add up to the total', FORM.replace('30 27 100', '20 17 100')],
		['no written rate gives 全年执行数 ÷ 全年预算数', FORM.replace('60.00%', '61.00%')],
		['the funds row’s points are not its weight times the rate', FORM.replace('280000.00 6.00', '280000.00 7.00')],
		['fewer names than rows', FORM.replace(' 游园群众满意度', '')],
		[
			'a form in order (names and levels between the figures)',
			FORM.replace('得分 >=120根 126根 40 40', '得分 产出指标 数量指标 改造灯杆数量 >=120根 126根 40 40')
		]
	];
	it.each(cases)('leaves the line as it was when %s', (_why, line) => {
		expect(scrambledForm(line)).toBeNull();
		expect(scrambledForms(line)).toBe(line);
	});

	it('takes a rate written to two decimals of a percent and rounded up (86.183% written 86.19%)', () => {
		const rounded = FORM.replace('280000.00 6.00', '280000.00 8.62')
			.replace('168,000', '241,312')
			.replace('60.00%', '86.19%')
			.replace('100 93.00', '100 95.62');
		expect(scrambledForm(rounded)?.find((l) => l.startsWith('年度资金总额'))).toBe('年度资金总额\t300000\t280000\t241312\t10\t86.19%\t8.62');
		// (…but not a rate further off than that rounding)
		expect(scrambledForm(rounded.replace('86.19%', '86.21%'))).toBeNull();
	});

	it('pairs no level when the level-2 cells are fewer than the rows', () => {
		const rows = scrambledForm(FORM.replace('产出指标 质量指标', '产出指标'))!.filter((l) => /\t\d+\t\d+$/.test(l) && !/^(?:年度|总分)/.test(l));
		expect(rows.map((l) => l.split('\t').slice(0, 3))).toEqual([
			['', '', '改造灯杆数量'],
			['', '', '改造工程验收合格率'],
			['', '', '游园群众满意度']
		]);
	});

	it('extract() reads the form it writes: name, unit, money in 元, score and grade', () => {
		const r = extract({ text: FORM, sourceFile: 'x.txt' });
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect([
			r.value.report.project_name,
			r.value.report.unit,
			r.value.report.budget_wan,
			r.value.report.actual_wan,
			r.value.report.score,
			r.value.report.grade
		]).toEqual(['社区公园灯光改造工程', '某某区公园管理服务中心', 28, 16.8, 93, '优']);
	});
});

describe('a spreadsheet export: head cells scattered, indicator rows in order', () => {
	// after an xlsx text dump: labels split at the column's width ("年初预算 数"), the funds figures out of order, every
	// indicator row "指标N:名称 目标 实际 分值 得分" in order, the 总分 row last
	const line = (rows: string, total: string) =>
		`某县项目支出绩效自评表 (2021年度) 项目名称 村道养护补助 主管部门 某县某镇人民政府 年初预算 数 30 项目资金 (万元) 年度资金总额 实施单位 某县某镇人民政府 全年预算数 全年执行数 分值 执行率 得分 40 10 95% 9.5 38 — 95% — 其中:当年财政拨款 年度 总体 目标 一级 指标 — 年度 实际 指标值 完成值 二级指标 三级指标 分值 得分 ${rows} 总分 ${total}`;
	it('the funds row settled by its arithmetic (38 ÷ 40 = 95%, 10 × 95% = 9.5), the rows as written', () => {
		expect(scrambledForm(line('指标1:养护里程 ≥20公里 21公里 40 40 指标2:群众满意度 ≥90% 93% 50 45', '100 94.5'))?.slice(3)).toEqual([
			'项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
			'年度资金总额\t30\t40\t38\t10\t95.00%\t9.5',
			'一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
			'\t\t养护里程\t≥20公里\t21公里\t40\t40',
			'\t\t群众满意度\t≥90%\t93%\t50\t45',
			'总分\t100\t94.5'
		]);
	});
	it('rows whose points do not add up to the 总分 row leave the line as it was', () => {
		expect(scrambledForm(line('指标1:养护里程 ≥20公里 21公里 40 40 指标2:群众满意度 ≥90% 93% 50 45', '100 96'))).toBeNull();
	});
	it('a row that is not name, target, result, weight, points leaves the line as it was', () => {
		expect(scrambledForm(line('指标1:养护里程 ≥20公里 40 40 指标2:群众满意度 ≥90% 93% 50 45', '100 94.5'))).toBeNull();
	});
});
