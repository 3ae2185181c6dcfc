import { baseTruth, drawStyle, finishTruth, heading, rateText, row, scoreText, tableIndicator, wanCell } from './common';
import { num } from './format';
import type { Plan } from './plan';
import type { Rng } from './rng';
import type { Truth } from './types';

const GOALS = [
	'加强基层党组织建设，开展党员教育培训，落实党内关怀帮扶制度，提升党建阵地服务功能。',
	'保障党组织日常运作和党员活动经费，推动党建引领基层治理，营造浓厚党建氛围。',
	'完成年度党员教育培训、主题党日和慰问帮扶等工作任务，发挥基层党组织战斗堡垒作用。'
];
const DONE = ['已完成年度目标。', '年度目标基本完成，个别指标未达预期。', '各项工作按计划推进，完成情况良好。'];

/** 项目支出绩效自评表 as text extracted from its PDF or Word form: header lines, a funds grid, an indicator grid. */
export function renderGrid(plan: Plan, rng: Rng, file: string): { lines: string[]; truth: Truth } {
	const t = baseTruth(plan, file);
	const r = t.report;
	const p = plan.place;
	const st = drawStyle(rng, false);
	const tabs = st.tabs;
	t.variants.push(tabs ? 'tabs' : 'spaces');
	r.evaluation_type = '单位自评';
	const lines: string[] = [];
	if (rng.chance(0.5)) lines.push(`附件${rng.int(1, 5)}`);
	const title = rng.pick([`${plan.year}年度项目支出绩效自评表`, '项目支出绩效自评表']);
	r.title = title;
	lines.push(heading(1, title));
	if (!title.startsWith(String(plan.year))) lines.push(`（${plan.year}年度）`);
	lines.push(row(['项目名称', plan.project], tabs));
	// A street or town fills in itself as both 主管部门 and 实施单位.
	lines.push(row(['主管部门', p.unit, '实施单位', p.unit], tabs));

	const rate = rateText(rng, plan.rate);
	r.budget_wan = plan.budgetYuan / 10000;
	r.actual_wan = plan.actualYuan / 10000;
	r.execution_rate_stated = rate.value;
	lines.push(
		row([rng.pick(['项目资金（万元）', '项目资金 （万元）', '资金情况（万元）']), '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], tabs)
	);
	const b0 = wanCell(plan.initialBudgetYuan);
	const b = wanCell(plan.budgetYuan);
	const a = wanCell(plan.actualYuan);
	lines.push(row(['年度资金总额', b0, b, a, '10', rate.text, num(plan.execPoints ?? 0, 2)], tabs));
	lines.push(row(['其中：当年财政拨款', b0, b, a, '—', '—', '—'], tabs));
	lines.push(row(['上年结转资金', '0', '0', '0', '—', '—', '—'], tabs));
	lines.push(row(['其他资金', '0', '0', '0', '—', '—', '—'], tabs));
	lines.push(row(['年度总体目标', '预期目标', '实际完成情况'], tabs));
	lines.push(row(['', rng.pick(GOALS), rng.pick(DONE)], tabs));

	const withReason = rng.chance(0.6);
	const header = [
		'绩效指标',
		'一级指标',
		'二级指标',
		'三级指标',
		rng.pick(['年度指标值', '指标值', '年度目标值']),
		rng.pick(['实际完成值', '全年实际值', '实际值']),
		'分值',
		'得分'
	];
	if (withReason) header.push('偏差原因分析及改进措施');
	lines.push(row(header, tabs));
	let prev1 = '';
	let prev2 = '';
	for (const i of plan.indicators) {
		// Merged cells: a group's label only on its first row.
		const c1 = i.level1Written === prev1 ? '' : i.level1Written;
		const c2 = c1 === '' && i.level2Written === prev2 ? '' : i.level2Written;
		prev1 = i.level1Written;
		prev2 = i.level2Written;
		const cells = ['', c1, c2, i.name, i.target_text ?? '', i.actual_text ?? '', num(i.weight ?? 0), num(i.points ?? 0)];
		if (withReason) cells.push(i.achieved === false ? rng.pick(['受疫情影响部分活动未能开展', '计划调整，下年度加强统筹', '']) : '');
		lines.push(row(tabs ? cells : cells.slice(1), tabs));
		t.indicators.push(tableIndicator(i));
	}
	lines.push(row([rng.pick(['总分', '总分', '合计']), '', '', '', '', '', '100', scoreText(plan.score)], tabs));
	r.score = plan.score;
	if (rng.chance(0.3)) {
		lines.push(row(['自评等级', plan.grade], tabs));
		r.grade = plan.grade;
		r.grade_basis = 'stated';
	}
	lines.push(`填报单位：${p.formalUnit}`);
	return { lines, truth: finishTruth(t) };
}
