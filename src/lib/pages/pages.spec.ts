/**
 * Page specs (pages/spec.ts): every page's charts keep the ids the pages and tests find them by, once each; the
 * build renders an SVG under each chart id the page draws and none for a chart with nothing to draw; the queries
 * are the ones the answer files and the browser run (PAGE_QUERIES), scoped pages keep their place.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import { DETAIL_PLAN, type QueryPlan } from '../queries/plan';
import { sqlOf } from '../queries/combined';
import type { KpiRow, YearRow } from '../queries/overview';
import type { ReviewRow } from '../queries/reports';
import { DEFAULT_CONTEXT } from '../charts/types';
import { chartSvgs } from './svg';
import { CHART_HEIGHT, heightOf, type ChartId, type PageRows, type PageSpec, type Queries } from './spec';
import { PAGES, PAGE_QUERIES, overview, district, street } from './index';

/** A few rows of every named result a page draws from (the columns of each builder's row type). */
const ROWS: Record<string, unknown[]> = {
	kpi: [{ reports: 3, synthetic_reports: 1, budget_wan: 150, actual_wan: 140, execution_rate: 0.93, mean_score: 90, scored_reports: 3 }],
	gradeMix: [
		{ grade: '优', n: 2 },
		{ grade: '良', n: 1 }
	],
	exec: [
		{ district: '白云区', reports: 2, budget_wan: 100, actual_wan: 90, execution_rate: 0.9, mean_score: 88 },
		{ district: '海珠区', reports: 1, budget_wan: 50, actual_wan: 50, execution_rate: 1, mean_score: 92 }
	],
	box: [{ district: '白云区', n: 2, min: 80, q1: 84, median: 88, q3: 90, max: 95 }],
	gradesByYear: [
		{ year: 2023, grade: '优', n: 2 },
		{ year: 2024, grade: '良', n: 1 }
	],
	years: [
		{ year: 2023, reports: 2, budget_wan: 100, actual_wan: 90, execution_rate: 0.9, mean_score: 88 },
		{ year: 2024, reports: 1, budget_wan: 50, actual_wan: 50, execution_rate: 1, mean_score: 92 }
	],
	streets: [{ district: '白云区', street: '景泰街道', reports: 2, budget_wan: 100, actual_wan: 90, execution_rate: 0.9, mean_score: 88 }],
	districtYear: [
		{ district: '白云区', year: 2023, reports: 2, execution_rate: 0.9, mean_score: 88 },
		{ district: '海珠区', year: 2024, reports: 1, execution_rate: 1, mean_score: 92 }
	],
	indicators: [{ level1: '产出指标', level2: '数量指标', total: 4, achieved: 3, not_achieved: 1, unknown: 0 }],
	achievement: [
		{ level1: '产出指标', level2: '数量指标', total: 4, achieved: 3, not_achieved: 1, unknown: 0 },
		{ level1: '效益指标', level2: '社会效益指标', total: 2, achieved: 1, not_achieved: 0, unknown: 1 }
	],
	top: [
		{ name: '培训人次', level1: '产出指标', n: 5, with_target: 4, achieved_rate: 0.75 },
		{ name: '满意度', level1: '满意度指标', n: 3, with_target: 0, achieved_rate: null }
	],
	themes: [{ theme: '预算编制', kind: '问题', n: 4, reports: 3 }],
	byDistrictYear: [
		{ district: '白云区', year: 2023, theme: '预算编制', n: 2 },
		{ district: '海珠区', year: 2024, theme: '绩效目标', n: 1 }
	],
	sentences: [],
	comparison: [],
	reports: [],
	queue: []
};

/** The rows of `spec` taken from ROWS, or every result empty. */
function rowsFor(spec: PageSpec, empty = false): PageRows<PageSpec> {
	const names = Object.keys(spec.queries(DEFAULT_FILTERS));
	for (const n of names) expect(ROWS, `fixture rows for ${n}`).toHaveProperty(n);
	return Object.fromEntries(names.map((n) => [n, empty ? [] : ROWS[n]])) as PageRows<PageSpec>;
}

/** The chart ids each page had before the specs (ChartCard ids, data-chart attributes, e2e selectors). */
const CHART_IDS: Record<keyof typeof PAGES, string[]> = {
	overview: ['exec', 'box', 'grades', 'indicators'],
	districts: ['exec', 'heat-exec', 'heat-score'],
	district: ['streets', 'years'],
	streets: ['streets'],
	street: ['years', 'money'],
	years: ['trend', 'money', 'grades'],
	indicators: ['levels', 'levels2', 'top', 'achieved'],
	findings: ['themes', 'by-district', 'by-year'],
	reports: [],
	review: []
};

const pages = Object.entries(PAGES) as [keyof typeof PAGES, PageSpec][];

// SVG as the build renders it: ECharts' checks for development refuse a heat map's grey series of cells without
// data (it has no visual map of its own, charts/heatmap.ts); the production build the prerender runs has none.
beforeAll(() => void vi.stubEnv('NODE_ENV', 'production'));
afterAll(() => void vi.unstubAllEnvs());

describe('page specs', () => {
	it.each(pages)('%s: its charts, once each, under the ids the page had', (name, spec) => {
		const ids = spec.charts.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual(CHART_IDS[name]);
	});

	it.each(pages)('%s: the build renders an SVG under every chart id, sized as the page draws it', (_, spec) => {
		const rows = rowsFor(spec);
		const svg = chartSvgs(spec, rows, DEFAULT_CONTEXT, DEFAULT_FILTERS);
		expect(Object.keys(svg)).toEqual(spec.charts.map((c) => c.id));
		for (const chart of spec.charts) {
			const s = svg[chart.id];
			expect(s, chart.id).toMatch(/^<svg[\s\S]*<\/svg>$/);
			expect(s, chart.id).toContain(`viewBox="0 0 640 ${heightOf(chart, rows)}"`);
		}
	});

	it.each(pages)('%s: a chart with no rows gets no SVG (ChartCard says there is no data)', (_, spec) => {
		const svg = chartSvgs(spec, rowsFor(spec, true), DEFAULT_CONTEXT, DEFAULT_FILTERS);
		for (const chart of spec.charts) expect(svg[chart.id], chart.id).toBeNull();
	});

	it.each(pages)('%s: every chart has a title and table columns in both languages', async (_, spec) => {
		const { locale } = await import('../i18n');
		const { cols } = await import('../components/columns');
		const rows = rowsFor(spec);
		for (const l of ['zh', 'en'] as const) {
			locale.current = l;
			for (const chart of spec.charts) {
				expect(chart.title(rows).length, `${chart.id} ${l}`).toBeGreaterThan(0);
				const columns = chart.columns(cols());
				expect(columns.length, chart.id).toBeGreaterThan(0);
				for (const c of columns) expect(c.label.length, `${chart.id}.${c.key}`).toBeGreaterThan(0);
			}
		}
		locale.current = 'zh';
	});

	it.each(pages)('%s: PAGE_QUERIES is the spec’s queries (what the answer files and the browser run)', (name, spec) => {
		const f: Filters = { ...DEFAULT_FILTERS, yearFrom: 2023 };
		const plan: QueryPlan = DETAIL_PLAN;
		const a = spec.queries(f, plan) as Queries;
		const b = PAGE_QUERIES[name](f, plan) as Queries;
		expect(Object.keys(a)).toEqual(Object.keys(b));
		for (const k of Object.keys(a)) expect(sqlOf(a[k]), k).toBe(sqlOf(b[k]));
	});
});

describe('one chart', () => {
	it('the overview marks the district chosen in the URL; the SVG draws the default view', () => {
		const exec = overview.charts.find((c) => c.id === 'exec')!;
		const rows = rowsFor(overview) as PageRows<typeof overview>;
		const chosen = JSON.stringify(exec.option(rows, DEFAULT_CONTEXT, { ...DEFAULT_FILTERS, district: '白云区' }));
		expect(chosen).not.toBe(JSON.stringify(exec.option(rows, DEFAULT_CONTEXT, DEFAULT_FILTERS)));
		expect(exec.hint?.()).toBeTruthy();
	});

	it('a chart that states no height is CHART_HEIGHT tall; a street’s year charts 300', () => {
		const rows = rowsFor(overview) as PageRows<typeof overview>;
		expect(
			heightOf(
				overview.charts.find((c) => c.id === 'grades')!,
				rows
			)
		).toBe(CHART_HEIGHT);
		for (const c of street.charts) expect(heightOf(c, rowsFor(street) as PageRows<typeof street>)).toBe(300);
	});

	it('the target-and-actual chart stands for the indicators whose achieved rate is known', () => {
		const achieved = PAGES.indicators.charts.find((c) => c.id === 'achieved')!;
		const rows = rowsFor(PAGES.indicators) as PageRows<typeof PAGES.indicators>;
		expect(achieved.rows(rows)).toEqual([ROWS.top[0]]);
		const none = { ...rows, top: rows.top.map((r) => ({ ...r, achieved_rate: null })) };
		expect(chartSvgs(PAGES.indicators, none, DEFAULT_CONTEXT, DEFAULT_FILTERS).achieved).toBeNull();
		expect(chartSvgs(PAGES.indicators, none, DEFAULT_CONTEXT, DEFAULT_FILTERS).top).not.toBeNull();
	});

	it('a place page runs its queries under the filters it is given (the page scopes them to its place)', () => {
		const sql = Object.values(district.queries({ ...DEFAULT_FILTERS, district: '白云区' }))
			.map(sqlOf)
			.join('\n');
		expect(sql).toContain("'白云区'");
	});
});

describe('types', () => {
	it('rows, chart ids and click handlers are typed from the builders and the spec', () => {
		expectTypeOf<PageRows<typeof overview>['kpi']>().toEqualTypeOf<KpiRow[]>();
		expectTypeOf<PageRows<typeof street>['years']>().toEqualTypeOf<YearRow[]>();
		expectTypeOf<PageRows<typeof PAGES.review>['queue']>().toEqualTypeOf<ReviewRow[]>();
		expectTypeOf<ChartId<typeof overview>>().toEqualTypeOf<'exec' | 'box' | 'grades' | 'indicators'>();
		expectTypeOf<ChartId<typeof PAGES.reports>>().toEqualTypeOf<never>();
	});
});
