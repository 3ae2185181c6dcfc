/**
 * SQL for the place hierarchy: rows by place at a level under a multi-valued filter, rankings, and the
 * compare view's figures. Builders take the connector's query plan (sqltext/plan.ts): the report-level
 * aggregates read a summary of report rows when the plan has one (their dimensions include province and city:
 * `summary_reports_district` when no street is asked for, else `summary_reports`), the
 * rest read detail rows. Values reach SQL only through sqltext/sql.ts.
 */
import { and, int, num, str } from '../sqltext/sql';
import { DETAIL_PLAN, pickSummary, type PlaceColumn, type QueryPlan, type SummaryTable } from '../sqltext/plan';
import { gradeOrder, level1Order } from '../queries/fragments';
import { MONEY_AND_SCORE, selectMeasures, type Selected } from '../queries/measures';
import { LEVELS, emptySelection, levelIndex, type Level, type PlaceSelection } from './hierarchy';

/** Which reports a place view counts: places, years, types, grades (each any when empty) and the source. */
export interface PlaceFilters {
	places: PlaceSelection;
	years: number[];
	types: string[];
	grades: string[];
	source: 'all' | 'real' | 'synthetic' | 'user';
}

/** Every report. */
export function anyPlace(over: Partial<PlaceFilters> = {}): PlaceFilters {
	return { places: emptySelection(), years: [], types: [], grades: [], source: 'all', ...over };
}

function inList(col: string, values: readonly string[]): string {
	return values.length === 1 ? `${col} = ${str(values[0])}` : `${col} IN (${values.map(str).join(', ')})`;
}

/** The filter's conditions on reports (or summary_reports) aliased `alias`. */
export function placeConditions(f: PlaceFilters, alias = 'r'): string[] {
	const c: string[] = [];
	for (const l of LEVELS) if (f.places[l].length) c.push(inList(`${alias}.${l}`, f.places[l]));
	if (f.years.length) c.push(f.years.length === 1 ? `${alias}.year = ${num(f.years[0])}` : `${alias}.year IN (${f.years.map(num).join(', ')})`);
	if (f.types.length) c.push(inList(`${alias}.evaluation_type`, f.types));
	if (f.grades.length) c.push(inList(`${alias}.grade`, f.grades));
	if (f.source === 'real') c.push(`NOT ${alias}.synthetic`);
	else if (f.source === 'synthetic') c.push(`${alias}.synthetic`);
	else if (f.source === 'user') c.push(`${alias}.user_data`);
	else if (f.source !== 'all') throw new RangeError(`places: unknown source ${String(f.source)}`);
	return c;
}

/**
 * The summary of report rows that answers `f` grouped by the place columns `cols`: the coarsest in `plan` that keeps
 * them and the filtered ones, or null (the user's own rows are detail rows only).
 */
export function reportSummaryFor(plan: QueryPlan, f: PlaceFilters, cols: readonly PlaceColumn[] = []): SummaryTable | null {
	if (f.source === 'user') return null;
	return pickSummary(plan, 'summary_reports', new Set([...cols, ...LEVELS.filter((l) => f.places[l].length)]));
}

/** True when a summary of report rows answers `f` (the user's own rows are detail rows only). */
export function useSummaryReports(plan: QueryPlan, f: PlaceFilters): boolean {
	return reportSummaryFor(plan, f) != null;
}

/** The place columns of a row at `level`: the level and every level above it. */
export function chain(level: Level): Level[] {
	return LEVELS.slice(0, levelIndex(level) + 1) as Level[];
}

/** One place at a level with its figures. */
export interface PlaceRow {
	province: string | null;
	city?: string | null;
	district?: string | null;
	street?: string | null;
	reports: number;
	budget_wan: number | null;
	actual_wan: number | null;
	execution_rate: number | null;
	mean_score: number | null;
}

/**
 * Rows by place at `level` under `f`: one row per place (named with its whole chain, so 白云区 of 广州市 and
 * of 贵阳市 stay apart), reports without a name at `level` left out. Ordered top down by name.
 */
export function placeRowsQuery(level: Level, f: PlaceFilters, plan: QueryPlan = DETAIL_PLAN): string {
	const cols = chain(level);
	const summary = reportSummaryFor(plan, f, cols);
	if (summary) {
		const sel = cols.map((c) => `s.${c} AS ${c}`).join(', ');
		return `SELECT ${sel}, ${selectMeasures(MONEY_AND_SCORE, 'summary')} FROM ${summary} s WHERE ${and([...placeConditions(f, 's'), `s.${level} IS NOT NULL`])} GROUP BY ${cols.map((c) => `s.${c}`).join(', ')} ORDER BY ${cols.map((c) => `s.${c}`).join(', ')}`;
	}
	const sel = cols.map((c) => `r.${c} AS ${c}`).join(', ');
	return `SELECT ${sel}, ${selectMeasures(MONEY_AND_SCORE, 'detail')} FROM reports r WHERE ${and([...placeConditions(f, 'r'), `r.${level} IS NOT NULL`])} GROUP BY ${cols.map((c) => `r.${c}`).join(', ')} ORDER BY ${cols.map((c) => `r.${c}`).join(', ')}`;
}

/** Distinct provinces and cities with reports under `f` (what startLevel decides on). */
export function placeCountsQuery(f: PlaceFilters, plan: QueryPlan = DETAIL_PLAN): string {
	const summary = reportSummaryFor(plan, f, ['province', 'city']);
	const a = summary ? 's' : 'r';
	const from = summary ? `${summary} s` : 'reports r';
	return `SELECT count(DISTINCT ${a}.province) AS provinces, count(DISTINCT (${a}.province, ${a}.city)) FILTER (WHERE ${a}.city IS NOT NULL) AS cities FROM ${from} WHERE ${and(placeConditions(f, a))}`;
}

/** A place's standing among its peers. */
export interface RankRow extends PlaceRow {
	/** Rank by mean score within the parent place (1 = highest), and how many ranked there. */
	rank_in_parent: number;
	of_in_parent: number;
	/** Rank among every place of the level in the data, and how many. */
	rank_overall: number;
	of_overall: number;
}

/**
 * Rankings by mean score at `level`: within the parent (a district among its city's districts) and among all
 * places of the level; places without a score are not ranked. `f.places` picks which rows come back, not
 * which are ranked: a district is ranked among every district under the other filters.
 */
export function rankQuery(level: Level, f: PlaceFilters, plan: QueryPlan = DETAIL_PLAN): string {
	const cols = chain(level);
	const parent = cols.slice(0, -1);
	const all = placeRowsQuery(level, { ...f, places: emptySelection() }, plan);
	const part = parent.length ? `PARTITION BY ${parent.join(', ')} ` : '';
	const pick = and(LEVELS.filter((l) => f.places[l].length).map((l) => (cols.includes(l) ? inList(l, f.places[l]) : 'FALSE')));
	return `WITH p AS (${all}), k AS (SELECT *, rank() OVER (${part}ORDER BY mean_score DESC) AS rank_in_parent, count(*) OVER (${part.trim()}) AS of_in_parent, rank() OVER (ORDER BY mean_score DESC) AS rank_overall, count(*) OVER () AS of_overall FROM p WHERE mean_score IS NOT NULL) SELECT * FROM k WHERE ${pick} ORDER BY rank_overall, ${cols.join(', ')}`;
}

/** One group of a comparison: a label and the reports it covers. */
export interface CompareGroup {
	key: string;
	filters: PlaceFilters;
}

function groupsUnion(groups: readonly CompareGroup[], select: (g: CompareGroup, k: number) => string): string {
	if (groups.length === 0) throw new RangeError('compare: no groups');
	return groups.map((g, k) => `(${select(g, k)})`).join(' UNION ALL ');
}

/** The headline figures of a group. */
export interface CompareRow {
	g: number;
	reports: number;
	budget_wan: number | null;
	actual_wan: number | null;
	execution_rate: number | null;
	mean_score: number | null;
	min_score: number | null;
	max_score: number | null;
	excellent: number;
	good: number;
	fair: number;
	poor: number;
}

/** The measures of a compare group's headline row (queries/measures.ts). */
const COMPARE_MEASURES: readonly Selected[] = [...MONEY_AND_SCORE, ['score_min', 'min_score'], ['score_max', 'max_score'], 'excellent', 'good', 'fair', 'poor'];

/** Per group (g = its index): reports, money, execution rate, mean/min/max score, grade counts. Detail rows. */
export function compareQuery(groups: readonly CompareGroup[]): string {
	return `SELECT * FROM (${groupsUnion(
		groups,
		(g, k) => `SELECT ${int(k)} AS g, ${selectMeasures(COMPARE_MEASURES, 'detail')} FROM reports r WHERE ${and(placeConditions(g.filters, 'r'))}`
	)}) ORDER BY g`;
}

/** Indicator outcomes of a group by level-1 indicator. */
export interface CompareIndicatorRow {
	g: number;
	level1: string | null;
	n: number;
	judged: number;
	achieved_rate: number | null;
}

/** Per group and level-1 indicator: indicators, how many were judged, the share achieved among them. */
export function compareIndicatorsQuery(groups: readonly CompareGroup[]): string {
	return `SELECT * FROM (${groupsUnion(
		groups,
		(g, k) =>
			`SELECT ${int(k)} AS g, i.level1 AS level1, count(*) AS n, count(i.achieved) AS judged, count(*) FILTER (WHERE i.achieved) / nullif(count(i.achieved), 0) AS achieved_rate FROM indicators i JOIN reports r ON r.report_id = i.report_id WHERE ${and(placeConditions(g.filters, 'r'))} GROUP BY i.level1`
	)}) ORDER BY g, ${level1Order('level1')}, level1`;
}

/** A recurring problem theme of a group. */
export interface CompareProblemRow {
	g: number;
	theme: string;
	reports: number;
	share: number;
}

/** Per group, its `limit` most frequent problem themes: reports naming one, and their share of the group's reports. */
export function compareProblemsQuery(groups: readonly CompareGroup[], limit = 5): string {
	return `SELECT g, theme, reports, share FROM (${groupsUnion(
		groups,
		(g, k) =>
			`SELECT ${int(k)} AS g, f.theme AS theme, count(DISTINCT f.report_id) AS reports, count(DISTINCT f.report_id) / (SELECT nullif(count(*), 0) FROM reports r WHERE ${and(placeConditions(g.filters, 'r'))}) AS share FROM findings f JOIN reports r ON r.report_id = f.report_id WHERE ${and([...placeConditions(g.filters, 'r'), "f.kind = '问题'"])} GROUP BY f.theme`
	)}) QUALIFY row_number() OVER (PARTITION BY g ORDER BY reports DESC, theme) <= ${int(limit)} ORDER BY g, reports DESC, theme`;
}

/** A report listed under a street (or any selection). */
export interface PlaceReportRow {
	report_id: string;
	title: string | null;
	year: number | null;
	unit: string | null;
	project_name: string | null;
	score: number | null;
	grade: string | null;
	execution_rate: number | null;
	synthetic: boolean;
}

/** The reports under `f` (detail rows), best score first, at most `limit`. */
export function placeReportsQuery(f: PlaceFilters, limit = 200): string {
	return `SELECT r.report_id, r.title, r.year, r.unit, r.project_name, r.score, r.grade, r.execution_rate, r.synthetic FROM reports r WHERE ${and(placeConditions(f, 'r'))} ORDER BY r.year DESC NULLS LAST, r.score DESC NULLS LAST, r.report_id LIMIT ${int(limit)}`;
}

/** Distinct values for the multi-select menus: years, types and grades present. */
export function placeOptionsQuery(): string {
	return `SELECT k, v FROM (SELECT 'year' AS k, CAST(year AS VARCHAR) AS v FROM (SELECT DISTINCT year FROM reports WHERE year IS NOT NULL) UNION ALL SELECT 'type', evaluation_type FROM (SELECT DISTINCT evaluation_type FROM reports WHERE evaluation_type IS NOT NULL) UNION ALL SELECT 'grade', grade FROM (SELECT DISTINCT grade FROM reports WHERE grade IS NOT NULL)) ORDER BY k, ${gradeOrder('v')}, v`;
}
