import { baseTruth, drawStyle, unitName, finishTruth, heading, listLines, moneyText, rateText, row, scoreText, ZH_ORD } from './common';
import { num, yuanText } from './format';
import type { Plan, PlannedIndicator } from './plan';
import type { Rng } from './rng';
import type { Truth, TruthIndicator } from './types';

const BACKGROUND = [
	'坚持以习近平新时代中国特色社会主义思想为指导，以党的政治建设为统领，全面加强基层党组织建设，推动党建工作高质量发展。',
	'根据《广州市基层党建工作经费使用管理指引》，进一步加强基层党组织阵地和宣传建设，强化党员学习教育培训，激发基层党组织战斗堡垒作用和党员先锋模范作用。',
	'该经费项目旨在提升党组织的凝聚力和战斗力，保障党组织日常运作、党员活动、教育培训、阵地建设等工作正常开展。'
];
const MANAGEMENT = [
	'项目的各个阶段严格按照财政标准执行，严格落实项目资金管理制度，实行专款专用，执行过程中未出现违规行为。',
	'严格贯彻落实内控制度及财务管理制度，认真落实绩效管理责任，按时保质保量完成各项工作。',
	'坚持“一事一申请”，经费使用均经党工委会议集体研究，支出审批流程合规。'
];

interface Section {
	title: string;
	lines: string[];
}

/** Narrative report: numbered Chinese headings and prose, like the five real reports. */
export function renderNarrative(plan: Plan, rng: Rng, file: string): { lines: string[]; truth: Truth } {
	const t = baseTruth(plan, file);
	const r = t.report;
	const p = plan.place;
	const st = drawStyle(rng, true);
	const sp = st.sp;
	const y = plan.year;
	if (st.yuan) t.variants.push('yuan');

	// Title and evaluation type.
	const kind = rng.weighted<'self' | 'dept' | 'plain' | 'none'>([
		['self', 45],
		['dept', 25],
		['plain', 22],
		['none', 8]
	]);
	const lines: string[] = [];
	let title: string | null = null;
	if (kind === 'self') {
		title = rng.chance(0.5) ? `${p.unit}${sp}${y}${sp}年${plan.project}项目绩效自评报告` : `${y}${sp}年度${p.unit}${plan.project}项目绩效自评报告`;
		r.evaluation_type = '单位自评';
	} else if (kind === 'dept') {
		title = `${y}${sp}年度${p.unit}部门重点项目绩效评价报告`;
		r.evaluation_type = '部门评价';
	} else if (kind === 'plain') {
		title = `${y}${sp}年度${p.unit}${plan.project}绩效评价报告`;
	} else {
		t.variants.push('no-title');
		r.unit = unitName(p.formalUnit);
		lines.push(`附件${sp}${rng.int(1, 6)}`, `${y}`);
	}
	if (title) {
		t.report.title = title;
		lines.push(heading(1, title));
	}

	const sections: Section[] = [];
	const sec = (s: string) => {
		const x = { title: s, lines: [] as string[] };
		sections.push(x);
		return x;
	};

	// 一、基本情况
	// The project name must be written somewhere: a 部门评价 title and a lost title do not carry it.
	const s1 = sec(kind === 'dept' || kind === 'none' ? `“${plan.project}”项目概述` : rng.pick(['基本情况', '评价项目概述', `“${plan.project}”项目概述`]));
	const sub = (s: Section, n: number, text: string) => s.lines.push(heading(3, `（${ZH_ORD[n]}）${text}`));
	sub(s1, 0, rng.pick(['项目实施情况', '项目背景资料', '项目背景']));
	const bg: string[] = [rng.pick(BACKGROUND).replace('广州市', plan.place.city)];
	if (rng.chance(0.6)) {
		r.party_orgs = plan.partyOrgs;
		r.party_members = plan.partyMembers;
		const who = p.shortName;
		bg.unshift(
			rng.pick([
				`${who}党工委下辖党组织${sp}${plan.partyOrgs}${sp}个，党员${sp}${plan.partyMembers}${sp}人。`,
				`目前${who}共有基层党组织${sp}${plan.partyOrgs}${sp}个、党员${sp}${plan.partyMembers}${sp}名。`,
				`${who}下设党组织${plan.partyOrgs}个，共有党员${plan.partyMembers}名，其中发展党员${Math.max(1, Math.round(plan.partyMembers / 90))}名。`
			])
		);
	}
	if (rng.chance(0.3)) {
		// Policy references carry other years (the notice is dated the year before), as in the real reports.
		bg.push(
			`根据《${plan.place.city}财政局关于提前下达${y}${sp}年度基层党建工作经费的通知》（${plan.place.city === '广州市' ? '穗' : ''}财行〔${y - 1}〕${rng.int(20, 180)}号）要求，${rng.pick(['区财政', '区财政局'])}下拨党建工作经费。`
		);
	}
	s1.lines.push(bg.join(''));

	// Money.
	sub(s1, 1, rng.pick(['财政支出情况', '项目资金分配情况', '项目资金来源及使用情况']));
	const B = moneyText(plan.budgetYuan, st);
	const A = moneyText(plan.actualYuan, st);
	const rateStated = rng.chance(0.85) ? rateText(rng, plan.rate) : null;
	const budgetStated = rng.chance(0.97);
	const actualStated = budgetStated ? rng.chance(0.95) : true;
	if (budgetStated) r.budget_wan = plan.budgetYuan / 10000;
	if (actualStated) r.actual_wan = plan.actualYuan / 10000;
	if (rateStated) r.execution_rate_stated = rateStated.value;
	const R = rateStated?.text ?? '';
	const money: string[] = [];
	if (budgetStated && rng.chance(0.2)) {
		const half = Math.round(plan.budgetYuan / 20000) * 10000;
		money.push(
			`本项目资金为一般公共预算支出，涉及金额共计${sp}${B}（其中市级经费${sp}${moneyText(half, st)}、区级经费${sp}${moneyText(plan.budgetYuan - half, st)}）。`
		);
	}
	const bPart = budgetStated
		? rng.pick([`项目全年预算数为${sp}${B}`, `年度预算安排${sp}${B}`, `项目支出预算数为${sp}${B}`, `${y}年度预算安排${sp}${B}，其中当年财政拨款${sp}${B}`])
		: `项目资金按进度拨付`;
	const aPart = actualStated ? rng.pick([`执行数为${sp}${A}`, `实际支出数为${sp}${A}`, `年度预算执行数${sp}${A}`, `实际支出${sp}${A}`]) : '';
	const rPart = rateStated
		? rng.pick([`预算执行率为${sp}${R}`, `完成率${sp}${R}`, `预算完成率为${sp}${R}`, `完成预算的${sp}${R}`, `预算执行率达${sp}${R}`])
		: '';
	money.push([bPart, aPart, rPart].filter(Boolean).join('，') + '。');
	money.push(rng.pick(['主要用于党组织日常运作、党员活动、教育培训、阵地建设等方面。', '资金使用达到预期目标。', '']));
	s1.lines.push(money.join(''));

	// Itemised spending.
	const items = rng.chance(0.35) && actualStated ? rng.pick(['table', 'table', 'prose'] as const) : null;
	if (items === 'table') {
		const wanUnit = rng.chance(0.2);
		s1.lines.push(rng.pick(['项目资金使用情况如下：', '具体支出明细如下：']));
		s1.lines.push(row(['序号', '资金用途', wanUnit ? '金额（万元）' : '金额（元）'], st.tabs));
		plan.expenditures.forEach((e, i) =>
			s1.lines.push(
				row([String(i + 1), e.item, wanUnit ? num(e.amount_yuan / 10000) : rng.chance(0.2) ? yuanText(e.amount_yuan) : String(e.amount_yuan)], st.tabs)
			)
		);
		s1.lines.push(row(['合计', '', wanUnit ? num(plan.actualYuan / 10000) : String(plan.actualYuan)], st.tabs));
		t.expenditures = plan.expenditures.map((e) => ({ ...e }));
	} else if (items === 'prose') {
		s1.lines.push('该项资金主要用于：' + plan.expenditures.map((e) => `${e.item}${sp}${num(e.amount_yuan / 10000)}${sp}万元`).join('，') + '。');
		t.expenditures = plan.expenditures.map((e) => ({ ...e }));
	}
	sub(s1, 2, '项目管理情况');
	s1.lines.push(rng.pick(MANAGEMENT));

	// 二、indicators in prose
	const s2 = sec(rng.pick(['综合评价分析', '绩效评价指标分析情况', '评价结论与绩效分析']));
	const scoreStated = rng.chance(0.8);
	const gradeStated = rng.chance(scoreStated ? 0.6 : 0.8);
	const conclusion: string[] = [];
	if (scoreStated && gradeStated) {
		conclusion.push(
			rng.pick([
				`本项目整体评分为${sp}${scoreText(plan.score)}分，综合评定等级为“${plan.grade}”。`,
				`该项目自评得分为${sp}${scoreText(plan.score)}${sp}分，绩效等级为“${plan.grade}”。`,
				`经综合评价，该项目得分${scoreText(plan.score)}分，评价等级为${plan.grade}。`
			])
		);
	} else if (scoreStated) {
		conclusion.push(
			rng.pick([
				`结合${y}${sp}年度该项经费实际，自评结果为${sp}${scoreText(plan.score)}${sp}分。`,
				`该项目全年绩效自评得分${sp}${scoreText(plan.score)}${sp}分，其中预算执行得分${plan.execPoints}${sp}分。`,
				`综合各项指标完成情况，本项目自评得分为${scoreText(plan.score)}分。`
			])
		);
	} else if (gradeStated) {
		conclusion.push(rng.pick([`项目综合评价得分及评价等级均为${plan.grade}等。`, `经自评，项目综合评价等级为“${plan.grade}”。`]));
	}
	if (scoreStated) r.score = plan.score;
	if (gradeStated) {
		r.grade = plan.grade;
		r.grade_basis = 'stated';
	}
	sub(s2, 0, rng.pick(['自评结论综述', '总体结论']));
	s2.lines.push(
		`该项经费绩效指标分值设置为${sp}90${sp}分，其中产出指标分值${sp}50${sp}分，效益指标分值${sp}30${sp}分，满意度指标${sp}10${sp}分，预算执行分值${sp}10${sp}分。` +
			conclusion.join('')
	);
	sub(s2, 1, rng.pick(['支出效益分析', '项目绩效分析', '项目结果绩效情况分析']));
	t.indicators = proseIndicators(plan.indicators, rng, st.sp, s2.lines);

	// Problems, suggestions, practices.
	if (rng.chance(0.3)) {
		const pr = rng.sample(PRACTICES_LOCAL, rng.int(2, 3));
		const s = sec(rng.pick(['主要经验做法', '经验做法']));
		s.lines.push(...listLines(rng, pr));
		t.findings.push(...pr.map((text) => ({ kind: '经验' as const, text, theme: '其他' })));
	}
	const sp3 = sec(rng.pick(['存在的主要问题', '存在问题或不足', '存在问题']));
	sp3.lines.push(
		...listLines(
			rng,
			plan.problems.map((f) => f.text)
		)
	);
	t.findings.push(...plan.problems);
	const sp4 = sec(rng.pick(['下一步改进措施', '相关建议', '有关建议']));
	sp4.lines.push(
		...listLines(
			rng,
			plan.suggestions.map((f) => f.text)
		)
	);
	t.findings.push(...plan.suggestions);

	sections.forEach((s, i) => {
		lines.push(heading(2, `${ZH_ORD[i]}、${s.title}`));
		lines.push(...s.lines);
	});
	if (kind === 'none' || rng.chance(0.3)) {
		lines.push(p.formalUnit, `${y + 1}年${rng.int(2, 6)}月${rng.int(1, 28)}日`);
	}
	// A plain title leaves the type to the body: "自评结果为…" says it is a self-evaluation.
	if (r.evaluation_type === null && lines.some((l) => l.includes('自评'))) r.evaluation_type = '单位自评';
	return { lines, truth: finishTruth(t) };
}

const PRACTICES_LOCAL = [
	'建立健全各类管理制度，领导有力，对项目实施进行全过程监督及管理',
	'项目实施内容丰富多元，切合辖区实际所需，取得良好的产出效益',
	'资金使用规范，审批流程合规，基本做到专款专用',
	'举办丰富多彩的党员学习培训活动，党员凝聚力战斗力得到提升'
];

/** Writes indicators as prose under 产出/效益/满意度 subheadings; returns what the prose states. */
function proseIndicators(inds: readonly PlannedIndicator[], rng: Rng, sp: string, out: string[]): TruthIndicator[] {
	const style = rng.pick(['inline', 'target', 'target'] as const);
	const truth: TruthIndicator[] = [];
	const l1s = [...new Set(inds.map((i) => i.level1))];
	l1s.forEach((l1, gi) => {
		out.push(`${gi + 1}、${l1}指标`);
		const groups = [...new Set(inds.filter((i) => i.level1 === l1).map((i) => i.level2))];
		groups.forEach((l2, j) => {
			const g = inds.filter((i) => i.level1 === l1 && i.level2 === l2);
			const label = `（${j + 1}）${l2}指标：`;
			if (style === 'inline') {
				out.push(label + g.map((i) => `${i.name}${rng.pick(['', sp, '：', '为'])}${i.actual_text}`).join('、') + '。');
				for (const i of g) truth.push(proseTruth(i, false));
			} else {
				out.push(
					label +
						g
							.map(
								(i) =>
									rng.pick([`${i.name}年度目标${i.target_text}，实际完成${i.actual_text}`, `${i.name}目标值${i.target_text}，实际完成值${i.actual_text}`]) +
									(i.achieved === false ? '，未达到目标值' : i.achieved ? '，已完成' : '')
							)
							.join('；') +
						'。'
				);
				for (const i of g) truth.push(proseTruth(i, true));
			}
		});
	});
	return truth;
}

/** What a prose sentence states about an indicator: no weight or points, a target only if written. */
function proseTruth(i: PlannedIndicator, withTarget: boolean): TruthIndicator {
	return {
		level1: i.level1,
		level2: i.level2,
		name: i.name,
		target_text: withTarget ? i.target_text : null,
		target_value: withTarget ? i.target_value : null,
		actual_text: i.actual_text,
		actual_value: i.actual_value,
		unit: i.unit,
		weight: null,
		points: null,
		achieved: withTarget ? i.achieved : null,
		origin: 'narrative'
	};
}
