import { baseTruth, drawStyle, finishTruth, heading, listLines, moneyText, rateText, row, scoreText, tableIndicator, ZH_ORD } from './common';
import { num, round } from './format';
import type { Plan } from './plan';
import type { Rng } from './rng';
import type { Truth } from './types';

const METHOD = [
	'评价组采用资料核查、现场勘察、问卷调查和访谈相结合的方式，按照评价指标体系逐项打分。',
	'本次评价按照“决策、过程、产出、效益”四个维度设置评价指标体系，采用比较法、因素分析法和公众评判法开展评价。',
	'评价工作分前期准备、组织实施和分析评价三个阶段进行，形成评价结论并征求被评价单位意见。'
];

/** 部门/财政重点评价 report: prose plus a scored indicator table (决策/过程/产出/效益, or 投入/过程/产出/效果). */
export function renderKey(plan: Plan, rng: Rng, file: string): { lines: string[]; truth: Truth } {
	const t = baseTruth(plan, file);
	const r = t.report;
	const p = plan.place;
	const st = drawStyle(rng, true);
	const sp = st.sp;
	if (st.yuan) t.variants.push('yuan');
	if (plan.oldFrame) t.variants.push('old-frame');
	const fiscal = rng.chance(0.4);
	r.evaluation_type = fiscal ? '财政评价' : '部门评价';
	const title = fiscal
		? rng.pick([`${p.unit}${plan.year}年度${plan.project}财政重点绩效评价报告`, `${plan.year}年度${plan.project}财政重点评价报告`])
		: rng.pick([`${plan.year}年度${p.unit}${plan.project}部门评价报告`, `${plan.year}年度${p.unit}重点项目绩效评价报告（部门评价）`]);
	r.title = title;
	const lines: string[] = [heading(1, title)];
	if (!title.includes(p.unit)) lines.push(`被评价单位：${p.unit}`);
	if (fiscal) lines.push(`评价机构：${p.city}${p.district}财政局`);

	lines.push(heading(2, '一、项目基本情况'));
	lines.push(heading(3, '（一）项目概况'));
	let intro = `“${plan.project}”由${p.shortName}负责组织实施，用于保障党组织日常运作、党员教育培训、阵地建设和关怀帮扶等工作。`;
	if (rng.chance(0.4)) {
		r.party_orgs = plan.partyOrgs;
		r.party_members = plan.partyMembers;
		intro += `截至${plan.year}年底，共有党组织${sp}${plan.partyOrgs}${sp}个、党员${sp}${plan.partyMembers}${sp}名。`;
	}
	lines.push(intro);
	lines.push(heading(3, '（二）项目资金情况'));
	const rate = rateText(rng, plan.rate);
	r.budget_wan = plan.budgetYuan / 10000;
	r.actual_wan = plan.actualYuan / 10000;
	r.execution_rate_stated = rate.value;
	lines.push(
		rng.pick([
			`${plan.year}年该项目预算资金${sp}${moneyText(plan.budgetYuan, st)}，实际支出${sp}${moneyText(plan.actualYuan, st)}，预算执行率${sp}${rate.text}。`,
			`该项目年初预算安排${sp}${moneyText(plan.budgetYuan, st)}，项目实际支出${sp}${moneyText(plan.actualYuan, st)}，预算执行率达${sp}${rate.text}。`
		])
	);
	if (rng.chance(0.3)) {
		lines.push('该项资金主要用于：' + plan.expenditures.map((e) => `${e.item}${sp}${num(e.amount_yuan / 10000)}${sp}万元`).join('，') + '。');
		t.expenditures = plan.expenditures.map((e) => ({ ...e }));
	}

	lines.push(heading(2, '二、绩效评价工作开展情况'));
	lines.push(rng.pick(METHOD));

	lines.push(heading(2, '三、综合评价情况及评价结论'));
	const l1Order = [...new Set(plan.indicators.map((i) => i.level1Written))];
	const parts = l1Order.map((l1) => {
		const g = plan.indicators.filter((i) => i.level1Written === l1);
		const w = g.reduce((a, i) => a + (i.weight ?? 0), 0);
		const pts = round(
			g.reduce((a, i) => a + (i.points ?? 0), 0),
			2
		);
		return `${l1}指标${sp}${num(w)}${sp}分，得分${sp}${num(pts, 2)}${sp}分`;
	});
	const gradeStated = rng.chance(0.9);
	r.score = plan.score;
	if (gradeStated) {
		r.grade = plan.grade;
		r.grade_basis = 'stated';
	}
	lines.push(`经评价，该项目综合得分${sp}${scoreText(plan.score)}${sp}分` + (gradeStated ? `，评价等级为“${plan.grade}”` : '') + `。其中${parts.join('；')}。`);

	lines.push(heading(2, '四、绩效评价指标分析'));
	const asTable = rng.chance(0.65);
	if (asTable) {
		const tabs = st.tabs;
		t.variants.push(tabs ? 'tabs' : 'spaces');
		lines.push(row(['一级指标', '二级指标', '三级指标', '分值', '指标值', '实际完成值', '得分'], tabs));
		let prev1 = '';
		let prev2 = '';
		for (const i of plan.indicators) {
			const c1 = i.level1Written === prev1 ? '' : i.level1Written;
			const c2 = c1 === '' && i.level2Written === prev2 ? '' : i.level2Written;
			prev1 = i.level1Written;
			prev2 = i.level2Written;
			lines.push(row([c1, c2, i.name, num(i.weight ?? 0), i.target_text ?? '', i.actual_text ?? '', num(i.points ?? 0)], tabs));
			t.indicators.push(tableIndicator(i));
		}
		lines.push(row(['合计', '', '', '100', '', '', scoreText(plan.score)], tabs));
	} else {
		// Scored prose names the 一级指标 in its headings but never the 二级指标.
		t.variants.push('scored-prose');
		l1Order.forEach((l1, k) => {
			lines.push(heading(3, `（${ZH_ORD[k]}）${l1}指标分析`));
			plan.indicators
				.filter((i) => i.level1Written === l1)
				.forEach((i, j) => {
					const head = `${j + 1}.${i.name}（分值${sp}${num(i.weight ?? 0)}${sp}分）：`;
					const pts = `得${sp}${num(i.points ?? 0)}${sp}分。`;
					if (i.target_value === null) {
						// A qualitative criterion is judged in words, without a stated target.
						lines.push(`${head}经核查，${i.actual_text}，${pts}`);
						t.indicators.push({ ...tableIndicator(i), level2: null, target_text: null, origin: 'narrative' });
					} else {
						lines.push(`${head}目标值${i.target_text}，实际${i.actual_text}，${pts}`);
						t.indicators.push({ ...tableIndicator(i), level2: null, origin: 'narrative' });
					}
				});
		});
	}

	lines.push(heading(2, '五、存在的问题'));
	lines.push(
		...listLines(
			rng,
			plan.problems.map((f) => f.text)
		)
	);
	t.findings.push(...plan.problems);
	lines.push(heading(2, '六、相关建议'));
	lines.push(
		...listLines(
			rng,
			plan.suggestions.map((f) => f.text)
		)
	);
	t.findings.push(...plan.suggestions);
	return { lines, truth: finishTruth(t) };
}
