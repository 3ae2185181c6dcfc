import { describe, expect, it } from 'vitest';
import { extract } from './extract';

const HEAD = '石门街道2022年党建工作经费绩效自评报告\n项目全年预算数为20万元。\n三、绩效目标完成情况\n';

function indicatorsOf(body: string) {
	const r = extract({ text: HEAD + body, sourceFile: 't.txt' });
	if (!r.ok) throw new Error(r.reason);
	return r.value;
}

type Row = [name: string, target_text: string | null, target_value: number | null, actual_text: string, actual_value: number | null, achieved: boolean | null];

// "X目标值T，实际完成值A" and its variants: one indicator named X, never a label word.
const TARGET_ACTUAL: [string, Row[]][] = [
	['（1）数量指标：党员培训人次目标值≥300人次，实际完成值320人次。', [['党员培训人次', '≥300人次', 300, '320人次', 320, true]]],
	['（1）数量指标：党员培训人次指标值≥300人次，完成值320人次。', [['党员培训人次', '≥300人次', 300, '320人次', 320, true]]],
	['（1）数量指标：党员培训人次年度指标值≥300人次，完成值280人次。', [['党员培训人次', '≥300人次', 300, '280人次', 280, false]]],
	['（2）质量指标：慰问覆盖率目标值≥95%，实际值100%。', [['慰问覆盖率', '≥95%', 0.95, '100%', 1, true]]],
	['党员培训人次目标值≥300人次 实际完成值320人次', [['党员培训人次', '≥300人次', 300, '320人次', 320, true]]],
	['宣传资料发放数目标值≥3820册；实际完成值2350册。', [['宣传资料发放数', '≥3820册', 3820, '2350册', 2350, false]]],
	['（1）社会效益指标：基层党组织战斗堡垒作用目标值效果明显，实际完成值效果明显。', [['基层党组织战斗堡垒作用', '效果明显', null, '效果明显', null, null]]],
	[
		'（2）可持续影响指标：党建工作长效机制年度目标逐步完善，实际完成部分达成；基层党组织战斗堡垒作用目标值有效提升，实际完成值有效提升。',
		[
			['党建工作长效机制', '逐步完善', null, '部分达成', null, null],
			['基层党组织战斗堡垒作用', '有效提升', null, '有效提升', null, null]
		]
	]
];

const LABEL_WORD = /^(实际完成值|实际完成|实际值|实际|目标值|年度目标值|指标值|年度指标值|完成值|目标)$|(目标值|指标值|完成值)[≥≤>=<]*$/;

describe('narrative target / actual pairs', () => {
	it.each(TARGET_ACTUAL)('%s', (body, want) => {
		const x = indicatorsOf(body);
		const got = x.indicators.map((i) => [i.name, i.target_text, i.target_value, i.actual_text, i.actual_value, i.achieved]);
		expect(got).toEqual(want);
		for (const i of x.indicators) expect(i.name).not.toMatch(LABEL_WORD);
	});

	it('warns when a paired actual is approximate', () => {
		const x = indicatorsOf('（1）质量指标：党员满意度目标值≥90%，实际完成值约95%。');
		expect(x.indicators.map((i) => [i.name, i.actual_value])).toEqual([['党员满意度', 0.95]]);
		expect(x.warnings.join()).toMatch(/approximate figure/);
	});
});

describe('older indicator scheme in a grid', () => {
	it('reads 资金落实 as a level-2 label (资金到位率 under 过程), not as an indicator', () => {
		const x = indicatorsOf(
			[
				'一级指标\t二级指标\t三级指标\t分值\t指标值\t实际完成值\t得分',
				'投入\t资金投入\t预算编制科学性\t5\t合理\t基本达成\t3',
				'\t资金落实\t资金到位率\t6\t100%\t100%\t6',
				'过程\t资金管理\t资金使用合规性\t6\t规范\t规范\t6'
			].join('\n')
		);
		expect(x.indicators.map((i) => [i.name, i.level1, i.level2, i.weight, i.points])).toEqual([
			['预算编制科学性', '决策', '资金投入', 5, 3],
			['资金到位率', '过程', '资金落实', 6, 6],
			['资金使用合规性', '过程', '资金管理', 6, 6]
		]);
	});
});

describe('inline prose figures after a qualitative result', () => {
	const cases: [string, [string, string | null, number | null][]][] = [
		[
			'（1）社会效益指标：基层党组织战斗堡垒作用有效提升、重大敏感期越级上访发生次数0次。',
			[
				['基层党组织战斗堡垒作用', '有效提升', null],
				['重大敏感期越级上访发生次数', '0次', 0]
			]
		],
		[
			'（2）可持续影响指标：党建工作长效机制：逐步完善、党建阵地持续使用率为95%。',
			[
				['党建工作长效机制', '逐步完善', null],
				['党建阵地持续使用率', '95%', 0.95]
			]
		],
		[
			'（1）社会效益指标：基层党组织战斗堡垒作用为逐步完善、重大敏感期越级上访发生次数：1次。',
			[
				['基层党组织战斗堡垒作用', '逐步完善', null],
				['重大敏感期越级上访发生次数', '1次', 1]
			]
		]
	];
	it.each(cases)('%s', (body, want) => {
		const x = indicatorsOf(body);
		expect(x.indicators.map((i) => [i.name, i.actual_text, i.actual_value])).toEqual(want);
	});
});

describe('per-indicator score lines', () => {
	it('reads points wrapped onto the next line; 投入 maps to 决策', () => {
		const x = indicatorsOf(
			[
				'四、绩效评价指标分析',
				'（一）投入指标分析',
				'1.立项依据充分性（分值 7 分）：经核查，基本达成，得 4 分。',
				'2.资金到位率（分值 4 分）：目标值100%，实际100%，得 4 分。',
				'（二）过程指标分析',
				'1.预算执行率（分值 7 分）：目标值≥95%，实际96.59%，得',
				' 7 分。',
				'2.资金使用合规性（分值 7 分）：经核查，基本达成，得 4 分。',
				'3.开展党员志愿服务活动场次（分值 6 分）：目标值≥21',
				'',
				'场，实际22场，得 6 分。'
			].join('\n')
		);
		expect(x.indicators.map((i) => [i.name, i.level1, i.weight, i.points, i.actual_value])).toEqual([
			['立项依据充分性', '决策', 7, 4, null],
			['资金到位率', '决策', 4, 4, 1],
			['预算执行率', '过程', 7, 7, 0.9659],
			['资金使用合规性', '过程', 7, 4, null],
			['开展党员志愿服务活动场次', '过程', 6, 6, 22]
		]);
	});
});

describe('a labelled prose list wrapped after "；"', () => {
	it('keeps the label on the continuation line', () => {
		const x = indicatorsOf(
			'1、产出指标\n（1）质量指标：培训出勤率目标值≥85%，实际完成值94%，已完成；\n培训考试通过率目标值≥80%，实际完成值81.1%，已完成。\n该街道持续开展培训 3 场。'
		);
		expect(x.indicators.slice(0, 2).map((i) => [i.name, i.level1, i.level2])).toEqual([
			['培训出勤率', '产出', '质量'],
			['培训考试通过率', '产出', '质量']
		]);
		// the line after a sentence ending in "。" is not part of the list
		expect(x.indicators.slice(2).map((i) => [i.actual_value, i.level2])).toEqual([[3, null]]);
	});

	it('also after a line broken at "，" with a blank line between (double-spaced PDF text)', () => {
		const x = indicatorsOf(
			'1、产出指标\n\n（1）质量指标：党员参与率目标值=100%，实际完成值100%，\n\n已完成；慰问覆盖率年度目标≥100%，实际完成100%，已完成；\n\n完工验收通过率目标值≥90%，实际完成值84.4%，未达到目标值。'
		);
		expect(x.indicators.map((i) => [i.name, i.level2, i.achieved])).toEqual([
			['党员参与率', '质量', true],
			['慰问覆盖率', '质量', true],
			['完工验收通过率', '质量', false]
		]);
	});
});
