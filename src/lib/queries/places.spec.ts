/** The overview's place level (issue 18): which level the place charts group by, and what the rows say. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { DETAIL_PLAN, detailPlanOf, overviewLevel, planWith, type TopLevel } from './plan';
import { topLevelOf } from '../sqltext/plan';
import { OVERVIEW_SETS, levelOfRows, placeOfRow, placePathOfRow } from './places';
import { overview } from '../pages/overview';
import { localOf, sqlOf, type Query } from './combined';

const F = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });

describe('the top place level of a dataset (topLevelOf, the rule of places/hierarchy.ts startLevel)', () => {
	it.each([
		['one city', { provinces: 1, cities: 1 }, 'district'],
		['no place resolved', { provinces: 0, cities: 0 }, 'district'],
		['several cities in one province', { provinces: 1, cities: 3 }, 'city'],
		['several provinces', { provinces: 5, cities: 6 }, 'province'],
		['several provinces, counts as DuckDB BIGINTs read as strings', { provinces: '31', cities: '340' }, 'province']
	] as const)('%s → %s', (_label, counts, want) => {
		expect(topLevelOf(counts)).toBe(want);
	});
});

describe('overviewLevel: the level the overview groups its place charts by', () => {
	const CASES: [string, TopLevel | undefined, Partial<Filters>, TopLevel][] = [
		['one city (the bundled data): districts', undefined, {}, 'district'],
		['one city, a year chosen', 'district', { yearFrom: 2023 }, 'district'],
		['several cities in one province: cities', 'city', {}, 'city'],
		['several cities, a grade and a source chosen: still cities', 'city', { grade: '优', source: 'real' }, 'city'],
		['several provinces: provinces', 'province', {}, 'province'],
		['several provinces, years chosen: provinces', 'province', { yearFrom: 2021, yearTo: 2023 }, 'province'],
		['several provinces, a district chosen: as today (district)', 'province', { district: '白云区' }, 'district'],
		['several cities, a district chosen: as today', 'city', { district: '白云区', yearFrom: 2023 }, 'district'],
		['several provinces, a street chosen: as today', 'province', { street: '石门街道' }, 'district']
	];
	it.each(CASES)('%s', (_label, top, over, want) => {
		const plan = top ? planWith(['summary_reports'], top) : DETAIL_PLAN;
		expect(overviewLevel(F(over), plan)).toBe(want);
		// Detail rows only (this browser's rows, the prerender) keep the level.
		expect(overviewLevel(F(over), detailPlanOf(plan))).toBe(want);
	});

	it('the overview reads the sets of its level, under the names exec and box', () => {
		for (const [top, over, level] of [
			[undefined, {}, 'district'],
			['city', {}, 'city'],
			['province', {}, 'province'],
			['province', { district: '白云区' }, 'district']
		] as const) {
			const q = overview.queries(F(over), top ? detailPlanOf(planWith([], top)) : DETAIL_PLAN) as Record<string, Query>;
			expect(localOf(q.exec)).toMatchObject({ kind: 'reportSet', set: OVERVIEW_SETS[level].exec });
			expect(localOf(q.box)).toMatchObject({ kind: 'reportSet', set: OVERVIEW_SETS[level].box });
			const sql = sqlOf(q.exec);
			if (level === 'province') expect(sql).toMatch(/r\.province/);
			if (level === 'city') expect(sql).toMatch(/r\.city/);
			if (level === 'district') expect(sql).not.toMatch(/province|city/);
		}
	});

	it('a dataset generated before the province and city boxes (summary_scores without them) reads the box by province from detail rows', async () => {
		const { scoreBoxByProvinceQuery, scoreBoxByDistrictQuery } = await import('./districts');
		const old = planWith(['summary_reports', 'summary_scores', 'summary_box_district'], 'province');
		expect(scoreBoxByProvinceQuery(F({ yearFrom: 2022 }), old)).toMatch(/FROM reports r/);
		expect(scoreBoxByProvinceQuery(F(), old)).toMatch(/FROM reports r/);
		expect(scoreBoxByDistrictQuery(F({ yearFrom: 2022 }), old)).toMatch(/FROM summary_scores s/);
		const now = planWith(['summary_reports', 'summary_scores', 'summary_box_district', 'summary_box_province'], 'province');
		expect(scoreBoxByProvinceQuery(F(), now)).toMatch(/FROM summary_box_province s/);
		expect(scoreBoxByProvinceQuery(F({ yearFrom: 2022 }), now)).toMatch(/FROM summary_scores s/);
	});

	it('a plan without a top level, or with district, is the plan it was (no key added)', () => {
		expect(planWith([])).toBe(DETAIL_PLAN);
		expect(planWith([], 'district')).toBe(DETAIL_PLAN);
		expect(detailPlanOf(undefined)).toBe(DETAIL_PLAN);
		expect(planWith(['summary_reports'], 'district')).toEqual({ summaries: ['summary_reports'] });
		expect(planWith(['summary_reports'], 'province')).toEqual({ summaries: ['summary_reports'], top: 'province' });
	});
});

describe('rows of the place charts', () => {
	const province = { province: '广东省', reports: 3, budget_wan: 1, actual_wan: 1, execution_rate: 1, mean_score: 90 };
	const city = { province: '广东省', city: '广州市', reports: 3, budget_wan: 1, actual_wan: 1, execution_rate: 1, mean_score: 90 };
	const district = { district: '白云区', reports: 3, budget_wan: 1, actual_wan: 1, execution_rate: 1, mean_score: 90 };

	it('say their level and place, and the /places path a click opens', () => {
		expect([levelOfRows([province]), levelOfRows([city]), levelOfRows([district]), levelOfRows([])]).toEqual(['province', 'city', 'district', 'district']);
		expect([placeOfRow(province), placeOfRow(city), placeOfRow(district)]).toEqual(['广东省', '广州市', '白云区']);
		expect(placePathOfRow(province)).toBe(`/places/${encodeURIComponent('广东省')}`);
		expect(placePathOfRow(city)).toBe(`/places/${encodeURIComponent('广东省')}/${encodeURIComponent('广州市')}`);
		expect(placePathOfRow(district)).toBeNull();
	});

	it('title the charts by level in both languages', async () => {
		const { translate } = await import('../i18n/translate');
		const rows = (exec: object[]) => ({ exec, box: [] }) as never;
		const exec = overview.charts.find((c) => c.id === 'exec')!;
		expect(exec.title(rows([province]))).toBe(translate('zh', 'chart.execByProvince'));
		expect(translate('zh', 'chart.execByProvince')).toBe('各省预算执行率');
		expect(translate('en', 'chart.execByCity')).toBe('Budget execution rate by city');
		expect(translate('en', 'chart.scoreBoxByProvince')).toBe('Score distribution by province');
		expect(exec.title(rows([district]))).toBe(translate('zh', 'chart.execByDistrict'));
	});
});
