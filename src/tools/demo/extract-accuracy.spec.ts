import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/ingest/extract';
import { generateCorpus } from './corpus';
import { HEADLINE_FIELDS, scoreDocument, summarize, type ReportField } from './evaluate';

// Floors set a few points under what the extractor reached when this was written (see the commit and
// `npm run eval:extract -- --reports 100 --seed 2024`); a regression below them fails.
// Measured 04:14 UTC: year 1.00, district 1.00, budget_wan 0.98, actual_wan 0.99, score 1.00, grade 1.00.
// Raised 05:35 UTC after the ingest fixes (measured: every headline field 1.00, indicators recall/precision 1.00).
const OVERALL: Partial<Record<ReportField, number>> = {
	year: 0.98,
	district: 0.98,
	budget_wan: 0.97,
	actual_wan: 0.97,
	score: 0.97,
	grade: 0.97
};
// Prose layouts (narrative and key evaluation) state money and score in sentences the extractor reads well.
const PROSE: Partial<Record<ReportField, number>> = { budget_wan: 0.96, actual_wan: 0.96, score: 0.97, grade: 0.97 };

describe('extractor accuracy on 100 generated reports (seed 2024)', () => {
	const docs = generateCorpus({ reports: 100, seed: 2024 });
	const results = docs.map((d) => extract({ text: d.text, sourceFile: d.file, synthetic: true }));
	const scores = docs.map((d, i) => scoreDocument(d.truth, results[i]));
	const all = summarize(scores);
	const prose = summarize(scores.filter((s) => s.layout !== 'grid'));

	it('extracts every document', () => {
		expect(all.failures).toEqual([]);
	});
	it('holds every headline field to a floor', () => {
		expect(Object.keys(OVERALL).sort()).toEqual([...HEADLINE_FIELDS].sort());
	});
	it.each(Object.entries(OVERALL))('gets %s right in at least its floor share of all reports', (field, floor) => {
		expect(all.fields[field as ReportField].all).toBeGreaterThanOrEqual(floor!);
	});
	it.each(Object.entries(PROSE))('gets %s right in at least its floor share of prose reports', (field, floor) => {
		expect(prose.fields[field as ReportField].all).toBeGreaterThanOrEqual(floor!);
	});
	it('finds most findings and itemised amounts', () => {
		expect(all.findings['问题'].textRecall).toBeGreaterThanOrEqual(0.95);
		expect(all.findings['建议'].textRecall).toBeGreaterThanOrEqual(0.95);
		expect(all.expenditures.amountRecall).toBeGreaterThanOrEqual(0.95);
	});
	it('matches most indicators by name', () => {
		expect(all.indicators.recall).toBeGreaterThanOrEqual(0.95);
		expect(all.indicators.precision).toBeGreaterThanOrEqual(0.95);
		for (const l of Object.keys(all.indicatorsByLayout)) expect(all.indicatorsByLayout[l].precision, l).toBeGreaterThanOrEqual(0.93);
	});
	it('never names an indicator by a target / actual label word', () => {
		const label = /^(实际完成值|实际完成|实际值|实际|目标值|年度目标值|指标值|年度指标值|完成值|目标)$|(目标值|指标值|完成值)[≥≤>=<]*$/;
		const bad = results.flatMap((r) => (r.ok ? r.value.indicators.map((i) => i.name).filter((n) => label.test(n)) : []));
		expect(bad).toEqual([]);
	});
});
