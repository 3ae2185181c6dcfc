/**
 * The overview's place charts at the top level of the data (issue 18): over several provinces the execution chart
 * and the score box group by province, over one province's cities by city, otherwise (one city, or a district or a
 * street chosen) by district as for the bundled Guangzhou data. Which level: queries/plan.ts `overviewLevel`; the
 * report sets it reads: combined.ts REPORT_SETS (`execProvince`, `boxProvince`, `execCity`, `boxCity`).
 */
import type { ExecByCityRow, ExecByDistrictRow, ExecByProvinceRow, ScoreBoxCityRow, ScoreBoxProvinceRow, ScoreBoxRow } from './districts';
import type { ReportSet } from './combined';
import type { TopLevel } from './plan';

/** A level the overview's place charts group by. */
export type PlaceLevel = TopLevel;

/** A row of the execution chart at any level. */
export type ExecPlaceRow = ExecByDistrictRow | ExecByProvinceRow | ExecByCityRow;

/** A row of the score box at any level. */
export type ScoreBoxPlaceRow = ScoreBoxRow | ScoreBoxProvinceRow | ScoreBoxCityRow;

/** The report sets of the overview's execution chart and score box at each level. */
export const OVERVIEW_SETS = {
	province: { exec: 'execProvince', box: 'boxProvince' },
	city: { exec: 'execCity', box: 'boxCity' },
	district: { exec: 'exec', box: 'box' }
} as const satisfies Record<PlaceLevel, { exec: ReportSet; box: ReportSet }>;

type PlaceRow = { district?: string | null; city?: string | null; province?: string | null };

/** The level a row of the execution chart or the score box is at: its finest place column. */
export function levelOfRow(r: object): PlaceLevel {
	return 'district' in r ? 'district' : 'city' in r ? 'city' : 'province' in r ? 'province' : 'district';
}

/** The level rows are at (district when there are none: the chart then has nothing to draw). */
export function levelOfRows(rows: readonly object[]): PlaceLevel {
	return rows.length ? levelOfRow(rows[0]) : 'district';
}

/** The place a row names: its district, city or province. */
export function placeOfRow(r: object): string {
	const p = r as PlaceRow;
	return String((levelOfRow(r) === 'district' ? p.district : levelOfRow(r) === 'city' ? p.city : p.province) ?? '');
}

/**
 * The /places path of a province's or a city's row (places/page.server.ts placePath: its names top down), or null
 * for a district's row (a click on a district filters the overview instead).
 */
export function placePathOfRow(r: object): string | null {
	const p = r as PlaceRow;
	const level = levelOfRow(r);
	if (level === 'district' || p.province == null) return null;
	const segs = level === 'city' ? [p.province, p.city ?? ''] : [p.province];
	return `/places/${segs.map((s) => encodeURIComponent(s)).join('/')}`;
}
