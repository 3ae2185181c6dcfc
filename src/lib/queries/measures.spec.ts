/** The measure table as SQL text (test/unit/db/measures.spec.ts runs every builder against its hand-written SQL on DuckDB). */
import { describe, expect, it } from 'vitest';
import { en, zh } from '../i18n/messages';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { COLUMNS, FACTS, MEASURES, aggregate, measureSql, selectMeasures, summarisable, type Aggregate, type Measure } from './measures';
import { DETAIL_PLAN, SUMMARY_GRAIN, SUMMARY_TABLES, planWith, summaryFor } from './plan';
import { EVALUATION_COMPARISON } from './quality';
import { SCORE_BOX } from './districts';
import { KPI, YEARS } from './overview';

const F = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
/** The fine summaries only (a dataset small enough to fetch them whole). */
const ALL = planWith(SUMMARY_TABLES.filter((t) => SUMMARY_GRAIN[t].kind === t));
/** Fine summaries and their coarse copies (the whole country at 10⁶ reports: fine ones read by range requests). */
const BOTH = planWith(SUMMARY_TABLES);

describe('MEASURES', () => {
	it.each(Object.entries(MEASURES) as [string, Measure][])('%s: a labelled, formatted aggregate over its fact', (_id, m) => {
		expect(FACTS[m.fact]).toBeDefined();
		expect(zh[m.label]).toBeTruthy();
		expect(en[m.label]).toBeTruthy();
		expect(['count', 'wan', 'percent', 'score']).toContain(m.format);
		// Report and finding measures read their alias; indicator measures the columns the inner query selects.
		if (m.fact === 'reports') expect(m.detail).not.toMatch(/\b(s|i|fi)\./);
		if (m.summary != null) expect(m.summary).not.toMatch(/\b(r|i|fi)\./);
		if (m.fact === 'indicators') expect(m.reads).toBeDefined();
	});

	it('refuses a measure the summary tables do not hold', () => {
		expect(measureSql('mean_score', 'summary')).toBe('sum(s.score_sum) / nullif(sum(s.score_n), 0)');
		expect(() => measureSql('score_median', 'summary')).toThrow(/score_median is not in summary_reports/);
		expect(selectMeasures(['reports', ['score_min', 'min']], 'detail')).toBe('count(*) AS reports, min(r.score) AS "min"');
	});

	it('names every grouping column over the detail rows', () => {
		for (const c of Object.values(COLUMNS)) expect(c.detail).toMatch(/\b(r|i|fi)\.\w+/);
	});
});

describe('aggregate', () => {
	it('reads the summary table when the plan has it and every measure and column is there', () => {
		expect(summarisable(KPI)).toBe(true);
		expect(aggregate(YEARS, F(), ALL)).toContain('FROM summary_reports s');
		expect(aggregate(YEARS, F(), DETAIL_PLAN)).toContain('FROM reports r');
		// The user's own rows are not in the summaries.
		expect(aggregate(YEARS, F({ source: 'user' }), ALL)).toContain('FROM reports r');
	});

	it('reads the detail rows when a measure, a column or HAVING is not in the summary table', () => {
		expect(summarisable(SCORE_BOX)).toBe(false); // quartiles, and r.score
		expect(summarisable({ fact: 'reports', measures: ['reports'], where: (c) => [`${c('score')} > 60`] })).toBe(false);
		expect(summarisable({ ...KPI, having: 'count(*) > 1' })).toBe(false);
		expect(aggregate(EVALUATION_COMPARISON, F(), ALL)).toContain('FROM reports r');
		expect(aggregate(SCORE_BOX, F(), ALL)).toContain('FROM reports r');
	});

	it('writes indicators as an inner query of named columns, summaries included', () => {
		const q: Aggregate = { fact: 'indicators', by: ['level2'], measures: [['indicators', 'total'], 'achieved_rate'] };
		expect(aggregate(q, F({ district: '海珠区' }))).toBe(
			"SELECT level2, count(*) AS total, count(*) FILTER (WHERE achieved) / nullif(count(achieved), 0) AS achieved_rate FROM (SELECT i.level2 AS level2, i.achieved FROM indicators i JOIN reports r ON r.report_id = i.report_id WHERE r.district = '海珠区') GROUP BY level2"
		);
		expect(aggregate(q, F(), ALL)).toBe(
			'SELECT level2, sum(n)::BIGINT AS total, sum(achieved) / nullif(sum(achieved) + sum(not_achieved), 0) AS achieved_rate FROM (SELECT s.level2 AS level2, s.n, s.achieved, s.not_achieved FROM summary_indicators s WHERE TRUE) GROUP BY level2'
		);
		// A street is a drill-down the child summaries do not have.
		expect(aggregate(q, F({ street: 'x' }), ALL)).toContain('FROM indicators i JOIN reports r');
	});
});

describe('summary columns', () => {
	it('a child summary has no street: grouping indicators or findings by street reads detail rows', () => {
		expect(summarisable({ fact: 'reports', by: ['street'], measures: ['reports'] })).toBe(true);
		expect(summarisable({ fact: 'indicators', by: ['street'], measures: ['indicators'] })).toBe(false);
		expect(aggregate({ fact: 'findings', by: ['street'], measures: ['findings'] }, F(), ALL)).toContain('FROM findings fi JOIN reports r');
	});
});

describe('coarse and fine summaries', () => {
	it('reads the coarsest summary that keeps the place columns a query filters or groups by', () => {
		expect(aggregate(YEARS, F(), BOTH)).toContain('FROM summary_reports_district s');
		expect(aggregate(YEARS, F({ district: '海珠区' }), BOTH)).toContain('FROM summary_reports_district s');
		expect(aggregate(YEARS, F({ district: '海珠区', street: '海幢街道' }), BOTH)).toContain('FROM summary_reports s');
		expect(aggregate({ fact: 'reports', by: ['district', 'street'], measures: ['reports'] }, F(), BOTH)).toContain('FROM summary_reports s');
		const ind: Aggregate = { fact: 'indicators', by: ['level2'], measures: ['indicators'] };
		expect(aggregate(ind, F(), BOTH)).toContain('FROM summary_indicators_national s');
		expect(aggregate(ind, F({ district: '海珠区' }), BOTH)).toContain('FROM summary_indicators s');
		expect(aggregate({ ...ind, by: ['district'] }, F(), BOTH)).toContain('FROM summary_indicators s');
		expect(aggregate(ind, F({ street: 'x' }), BOTH)).toContain('FROM indicators i JOIN reports r');
		expect(aggregate({ fact: 'findings', by: ['theme'], measures: ['findings'] }, F({ yearFrom: 2021 }), BOTH)).toContain('FROM summary_findings_national s');
		// A filter the query ignores does not need its column.
		expect(summaryFor(BOTH, 'summary_indicators', F({ district: '海珠区' }), [], ['district'])).toBe('summary_indicators_national');
		expect(summaryFor(BOTH, 'summary_reports', F({ source: 'user' }))).toBeNull();
	});
});
