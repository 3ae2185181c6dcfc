import { describe, expect, it } from 'vitest';
import { latestYear, rateExtremes, summarySentences, type SummaryInput } from './summary';
import { englishLabel } from '../places/english';

const kpi = { reports: 12, synthetic_reports: 10, budget_wan: 500, actual_wan: 450, execution_rate: 0.9, mean_score: 88.25, scored_reports: 8 };
const years = [
	{ year: 2021, reports: 4, budget_wan: 200, actual_wan: 190, execution_rate: 0.95, mean_score: 90 },
	{ year: 2022, reports: 8, budget_wan: 300, actual_wan: 260, execution_rate: 0.8667, mean_score: 87 }
];
const districts = [
	{ district: '海珠区', reports: 5, budget_wan: 100, actual_wan: 99, execution_rate: 0.99, mean_score: 91 },
	{ district: '白云区', reports: 4, budget_wan: 200, actual_wan: 150, execution_rate: 0.75, mean_score: 85 },
	{ district: '天河区', reports: 3, budget_wan: null, actual_wan: null, execution_rate: null, mean_score: null }
];
const gradeMix = [
	{ grade: '优', n: 3 },
	{ grade: '良', n: 4 },
	{ grade: '差', n: 1 }
];
const full: SummaryInput = { kpi, years, districts, gradeMix };

describe('summarySentences', () => {
	const cases: [string, SummaryInput, 'zh' | 'en', string[]][] = [
		[
			'full data, Chinese',
			full,
			'zh',
			[
				'本站收录 12 份预算绩效评价报告，涉及 3 个区，覆盖 2021—2022 年。其中 10 份是合成的示范报告，并非真实报告。',
				'2022年，共有 8 份评价报告，预算合计 300.0万元，实际支出 260.0万元，执行率 86.7%。',
				'执行率最高的是海珠区（99.0%），最低的是白云区（75.0%）。',
				'8 份报告给出了评价得分，平均 88.3 分。评价等级：优 3 份、良 4 份、差 1 份。'
			]
		],
		[
			'full data, English',
			full,
			'en',
			[
				'This site holds 12 budget performance evaluation reports from 3 districts, covering 2021–2022. 10 of them are synthetic demonstration reports, not real ones.',
				'In 2022, 8 evaluation reports had a combined budget of ¥3.00 m and actual spending of ¥2.60 m: an execution rate of 86.7%.',
				'The highest execution rate was in 海珠区 (99.0%), the lowest in 白云区 (75.0%).',
				'8 reports give an evaluation score, averaging 88.3 out of 100. Grades: 3 Excellent, 4 Good, 1 Poor.'
			]
		],
		[
			'one year, real only, no money, no scores, one district',
			{
				kpi: { ...kpi, reports: 2, synthetic_reports: 0, scored_reports: 0, mean_score: null },
				years: [{ year: 2023, reports: 2, budget_wan: null, actual_wan: null, execution_rate: null, mean_score: null }],
				districts: [districts[0]],
				gradeMix: []
			},
			'zh',
			['本站收录 2 份预算绩效评价报告，涉及 1 个区，覆盖 2023 年。', '2023年，共有 2 份评价报告，报告未载明可汇总的预算与支出。']
		],
		['no reports, English', { kpi: { ...kpi, reports: 0 }, years: [], districts: [], gradeMix: [] }, 'en', ['There are no reports to summarise yet.']],
		['no kpi row, Chinese', { kpi: undefined, years: [], districts: [], gradeMix: [] }, 'zh', ['目前没有可汇总的报告。']]
	];
	for (const [name, input, l, expected] of cases) it(name, () => expect(summarySentences(input, l)).toEqual(expected));

	// English pages write each district as the page does ("Baiyun District (白云区)"); Chinese pages pass no labeller.
	it.each([
		[
			'en',
			(n: string) => englishLabel(n, 'district'),
			'The highest execution rate was in Haizhu District (海珠区) (99.0%), the lowest in Baiyun District (白云区) (75.0%).'
		],
		['en', undefined, 'The highest execution rate was in 海珠区 (99.0%), the lowest in 白云区 (75.0%).'],
		['zh', undefined, '执行率最高的是海珠区（99.0%），最低的是白云区（75.0%）。']
	] as const)('extremes sentence (%s, labeller %#)', (l, place, want) => expect(summarySentences(full, l, place)[2]).toBe(want));

	it('uses 亿元 for large sums', () => {
		const big = { ...full, years: [{ year: 2022, reports: 1, budget_wan: 25_000, actual_wan: 12_500, execution_rate: 0.5, mean_score: null }] };
		expect(summarySentences(big, 'zh')[1]).toBe('2022年，共有 1 份评价报告，预算合计 2.50亿元，实际支出 1.25亿元，执行率 50.0%。');
	});
});

describe('latestYear', () => {
	it('skips years without reports', () => expect(latestYear([...years, { ...years[0], year: 2023, reports: 0 }])?.year).toBe(2022));
	it('is null without years', () => expect(latestYear([])).toBeNull());
});

describe('rateExtremes', () => {
	it('ignores unknown rates', () => expect(rateExtremes(districts)).toEqual({ best: districts[0], worst: districts[1] }));
	it('needs two known rates', () => expect(rateExtremes([districts[0], districts[2]])).toBeNull());
	it('is null when the rates read the same', () => expect(rateExtremes([districts[0], { ...districts[1], execution_rate: 0.99004 }])).toBeNull());
});
