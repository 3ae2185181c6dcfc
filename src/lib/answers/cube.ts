/**
 * The report cube (issue 17), Mosaic-style: the figures the summaries answer (headline figures, grade mix, grades by
 * year, years, districts, district × year, streets, the score box, indicator outcomes by level) are sums over a small
 * pre-aggregated table. The build writes that table once (`/answers/cube.json`, columnar, precompressed: a few KB for
 * the bundled data), and the browser computes any combination of filters over its dimensions here, in plain JS, in
 * well under a millisecond: before DuckDB is ready (a deep link such as `/?district=白云区&from=2023&grade=优`) and
 * after (a warm filter change skips the engine for these queries). Everything else (report lists, top indicators,
 * findings, the SQL page) stays with DuckDB.
 *
 * A query says what it means (queries/combined.ts `LocalQuery`: a report set or the indicator outcomes, and its
 * filters); its SQL stays the definition, and test/unit/db/cube.spec.ts checks the answers here equal native
 * DuckDB's for many filter combinations (to float summation order, as the answer files are checked).
 *
 * Pure: the wire format, its SQL (run by the build on native DuckDB), decoding and evaluation.
 */
import { BOTH_MONEY, indicatorLevel1, type MeasureId } from '../queries/measures';
import { REPORT_SETS, SET_SPEC, isBox, localOf, type LocalQuery, type Query, type ReportSet } from '../queries/combined';
import type { Filters } from '../queries/filters';

type Row = Record<string, unknown>;

/**
 * The report dimensions every cube table keeps: the dashboard's filters, and the province and city above the district
 * (the overview over several provinces or cities groups its place charts by them; they split no group of one city).
 */
export const CUBE_DIMS = ['province', 'city', 'district', 'street', 'year', 'evaluation_type', 'grade', 'synthetic'] as const;

/** Columns of the reports table: dimensions, the optional score (for exact quartiles), then sums and counts per group. */
export const REPORT_CUBE_SUMS = ['n', 'budget', 'actual', 'both_budget', 'both_actual', 'score_sum', 'score_n'] as const;

/** Columns of the indicators table besides the dimensions: its level-1 category (as the aggregates count it), level 2, counts. */
export const INDICATOR_CUBE_SUMS = ['n', 'achieved', 'not_achieved'] as const;

const dims = CUBE_DIMS.map((d) => `r.${d}`).join(', ');

/**
 * The reports table: one row per combination of the dimensions (and, `withScore`, the score: quartiles need every
 * score, and a score per row makes the box exact). The sums are summary_reports' (src/tools/scale/summary.ts).
 */
export function reportCubeSql(withScore: boolean): string {
	return `SELECT ${dims}${withScore ? ', r.score' : ''}, count(*)::BIGINT AS n, sum(r.budget_wan) AS budget, sum(r.actual_wan) AS actual, sum(r.budget_wan) FILTER (WHERE ${BOTH_MONEY}) AS both_budget, sum(r.actual_wan) FILTER (WHERE ${BOTH_MONEY}) AS both_actual, sum(r.score) AS score_sum, count(r.score)::BIGINT AS score_n FROM reports r GROUP BY ALL ORDER BY ALL`;
}

/** The indicators table: indicator counts per report dimensions and (level-1 category as counted, level 2). */
export const INDICATOR_CUBE_SQL = `SELECT ${dims}, ${indicatorLevel1('i.level1', 'i.level2')} AS level1, i.level2 AS level2, count(*)::BIGINT AS n, count(*) FILTER (WHERE i.achieved)::BIGINT AS achieved, count(*) FILTER (WHERE NOT i.achieved)::BIGINT AS not_achieved FROM indicators i JOIN reports r ON r.report_id = i.report_id GROUP BY ALL ORDER BY ALL`;

/** A table on the wire: string columns as indexes into their dictionary, booleans as 0/1, NULL as null. */
export interface CubeTable {
	rows: number;
	dict: Record<string, string[]>;
	columns: Record<string, (number | null)[]>;
}

/** The cube file: the data version it was computed from and its tables (a table past the size limits is left out). */
export interface CubeData {
	version: string | null;
	reports?: CubeTable;
	indicators?: CubeTable;
	/** Tables left out and why (rows, or brotli bytes, past the limits). */
	skipped?: Record<string, string>;
}

/** Rows of a table past which the build does not ship it (checked before encoding: the whole country at 10⁶ has ~10⁶). */
export const CUBE_ROW_LIMIT = 200_000;
/** Brotli bytes of the whole file past which the build leaves tables out (the larger first). */
export const CUBE_BROTLI_LIMIT = 1_500_000;

/** Encodes result rows as a CubeTable: `strings` dictionary-coded, booleans as 0/1, numbers as they are. */
export function encodeTable(rows: readonly Row[], columns: readonly string[]): CubeTable {
	const dict: Record<string, string[]> = {};
	const index: Record<string, Map<string, number>> = {};
	const out: Record<string, (number | null)[]> = {};
	for (const c of columns) out[c] = new Array<number | null>(rows.length);
	rows.forEach((r, i) => {
		for (const c of columns) {
			const v = r[c];
			if (v == null) out[c][i] = null;
			else if (typeof v === 'string') {
				const m = (index[c] ??= new Map());
				let k = m.get(v);
				if (k === undefined) {
					k = (dict[c] ??= []).push(v) - 1;
					m.set(v, k);
				}
				out[c][i] = k;
			} else if (typeof v === 'boolean') out[c][i] = v ? 1 : 0;
			else out[c][i] = Number(v);
		}
	});
	return { rows: rows.length, dict, columns: out };
}

/** A decoded table: each column's values by row. */
type Columns = Record<string, unknown[]>;

function decodeTable(t: CubeTable): Columns {
	const out: Columns = {};
	for (const [c, values] of Object.entries(t.columns)) {
		const d = t.dict[c];
		out[c] = d ? values.map((v) => (v == null ? null : d[v])) : c === 'synthetic' ? values.map((v) => (v == null ? null : v === 1)) : values;
	}
	return out;
}

/** The cube, decoded for evaluation. */
export interface Cube {
	version: string | null;
	reports: Columns | null;
	indicators: Columns | null;
	/** Whether the reports table keeps the score (the score box needs it). */
	scores: boolean;
}

export function decodeCube(data: CubeData): Cube {
	return {
		version: data.version,
		reports: data.reports ? decodeTable(data.reports) : null,
		indicators: data.indicators ? decodeTable(data.indicators) : null,
		scores: data.reports != null && 'score' in data.reports.columns
	};
}

/** The rows of `t` the filters keep, as reportWhere keeps reports (a NULL fails every condition). */
function kept(t: Columns, f: Filters): number[] {
	const n = t.n.length;
	const { district, street, year, evaluation_type: type, grade, synthetic } = t;
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		if (f.district != null && district[i] !== f.district) continue;
		if (f.street != null && street[i] !== f.street) continue;
		const y = year[i] as number | null;
		if (f.yearFrom != null && (y == null || y < f.yearFrom)) continue;
		if (f.yearTo != null && (y == null || y > f.yearTo)) continue;
		if (f.evaluationType != null && type[i] !== f.evaluationType) continue;
		if (f.grade != null && grade[i] !== f.grade) continue;
		if (f.source === 'real' && synthetic[i] !== false) continue;
		if (f.source === 'synthetic' && synthetic[i] !== true) continue;
		out.push(i);
	}
	return out;
}

/** Strings in DuckDB's order (bytes of UTF-8, i.e. code points), not JavaScript's (UTF-16 units). */
export function compareText(a: string, b: string): number {
	if (a === b) return 0;
	const x = [...a];
	const y = [...b];
	for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i].codePointAt(0)! - y[i].codePointAt(0)!;
	return x.length - y.length;
}

const GRADE_RANK: Record<string, number> = { 优: 1, 良: 2, 中: 3, 差: 4 };
const LEVEL1_RANK: Record<string, number> = { 决策: 1, 过程: 2, 产出: 3, 效益: 4, 满意度: 5 };
/** A rank as fragments.ts gradeOrder/level1Order give it (anything else, NULL included, after). */
const rank = (ranks: Record<string, number>, v: unknown, other: number): number => (typeof v === 'string' ? (ranks[v] ?? other) : other);

/** Ascending, NULLs last (DuckDB's default). */
function nullsLast(a: unknown, b: unknown): number {
	if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
	return typeof a === 'string' ? compareText(a, b as string) : (a as number) - (b as number);
}

/** Sums of one group of report rows. */
interface Acc {
	n: number;
	synthetic: number;
	budget: number | null;
	actual: number | null;
	bothBudget: number | null;
	bothActual: number | null;
	scoreSum: number | null;
	scoreN: number;
	/** score → reports (only for the box). */
	scores: Map<number, number> | null;
}

const add = (s: number | null, v: unknown): number | null => (v == null ? s : (s ?? 0) + (v as number));

/** quantile_cont over the scores of a group, as DuckDB interpolates it: lo + (hi − lo)·(h − ⌊h⌋) at h = (n − 1)·q. */
function quantile(sorted: readonly [number, number][], total: number, q: number): number {
	const h = (total - 1) * q;
	const at = (k: number) => {
		let seen = 0;
		for (const [score, n] of sorted) if ((seen += n) > k) return score;
		return sorted[sorted.length - 1][0];
	};
	const lo = at(Math.floor(h));
	const hi = at(Math.ceil(h));
	return lo === hi ? lo : lo + (hi - lo) * (h - Math.floor(h));
}

/** A measure of a report group, by the id queries/measures.ts gives it (undefined: not answerable here). */
function reportMeasure(id: MeasureId, a: Acc): unknown {
	switch (id) {
		case 'reports':
			return a.n;
		case 'synthetic_reports':
			return a.synthetic;
		case 'budget_wan':
			return a.budget;
		case 'actual_wan':
			return a.actual;
		case 'execution_rate':
			return a.bothActual == null || a.bothBudget == null || a.bothBudget === 0 ? null : a.bothActual / a.bothBudget;
		case 'mean_score':
			return a.scoreN > 0 && a.scoreSum != null ? a.scoreSum / a.scoreN : null;
		case 'scored_reports':
			return a.scoreN;
	}
	if (!a.scores) return undefined;
	const sorted = [...a.scores].sort((x, y) => x[0] - y[0]);
	if (!sorted.length) return null;
	switch (id) {
		case 'score_min':
			return sorted[0][0];
		case 'score_max':
			return sorted[sorted.length - 1][0];
		case 'score_q1':
			return quantile(sorted, a.scoreN, 0.25);
		case 'score_median':
			return quantile(sorted, a.scoreN, 0.5);
		case 'score_q3':
			return quantile(sorted, a.scoreN, 0.75);
	}
	return undefined;
}

/** Rows of report set `set` under `f`, in the columns and order of its own builder; null when the cube cannot tell. */
function reportSet(cube: Cube, set: ReportSet, f: Filters): Row[] | null {
	const t = cube.reports;
	const box = isBox(set);
	if (!t || (box && !cube.scores)) return null;
	const by = REPORT_SETS[set] as readonly string[];
	const groups = new Map<string, { key: unknown[]; acc: Acc }>();
	for (const i of kept(t, f)) {
		const key = by.map((d) => t[d][i]);
		// The builders leave out rows with no value for a grouping column (and the box, reports with no score).
		if (key.some((v) => v == null) || (box && t.score[i] == null)) continue;
		// No NULL is left in the key: its values joined by a control character name the group.
		const k = key.join('\u0001');
		let g = groups.get(k);
		if (!g) {
			g = {
				key,
				acc: { n: 0, synthetic: 0, budget: null, actual: null, bothBudget: null, bothActual: null, scoreSum: null, scoreN: 0, scores: box ? new Map() : null }
			};
			groups.set(k, g);
		}
		const a = g.acc;
		const n = t.n[i] as number;
		a.n += n;
		if (t.synthetic[i] === true) a.synthetic += n;
		a.budget = add(a.budget, t.budget[i]);
		a.actual = add(a.actual, t.actual[i]);
		a.bothBudget = add(a.bothBudget, t.both_budget[i]);
		a.bothActual = add(a.bothActual, t.both_actual[i]);
		a.scoreSum = add(a.scoreSum, t.score_sum[i]);
		a.scoreN += t.score_n[i] as number;
		if (a.scores) a.scores.set(t.score[i] as number, (a.scores.get(t.score[i] as number) ?? 0) + n);
	}
	// The headline figures are one row even over no reports (zeros and NULLs), as the SQL's.
	if (!by.length && !groups.size)
		groups.set('', {
			key: [],
			acc: { n: 0, synthetic: 0, budget: null, actual: null, bothBudget: null, bothActual: null, scoreSum: null, scoreN: 0, scores: null }
		});
	const order = (x: unknown[], y: unknown[]) => {
		for (let j = 0; j < by.length; j++) {
			const d = by[j] === 'grade' ? rank(GRADE_RANK, x[j], 5) - rank(GRADE_RANK, y[j], 5) || nullsLast(x[j], y[j]) : nullsLast(x[j], y[j]);
			if (d) return d;
		}
		return 0;
	};
	const out: Row[] = [];
	for (const { key, acc } of [...groups.values()].sort((x, y) => order(x.key, y.key))) {
		const r: Row = {};
		by.forEach((d, j) => (r[d] = key[j]));
		for (const m of SET_SPEC[set].measures) {
			const [id, name] = typeof m === 'string' ? [m, m] : m;
			// The box's n counts scored reports (its builder's WHERE score IS NOT NULL).
			const v = box && id === 'reports' ? acc.scoreN : reportMeasure(id, acc);
			if (v === undefined) return null;
			r[name] = v;
		}
		out.push(r);
	}
	return out;
}

/** Indicator outcomes per (level-1 category, level 2) under `f`, as queries/indicators.ts INDICATOR_ACHIEVEMENT orders them. */
function indicatorAchievement(cube: Cube, f: Filters): Row[] | null {
	const t = cube.indicators;
	if (!t) return null;
	const groups = new Map<string, { level1: string | null; level2: string | null; n: number; achieved: number; not: number }>();
	for (const i of kept(t, f)) {
		const level1 = t.level1[i] as string | null;
		const level2 = t.level2[i] as string | null;
		const k = `${level1 ?? '\u0000'}\u0001${level2 ?? '\u0000'}`;
		let g = groups.get(k);
		if (!g) groups.set(k, (g = { level1, level2, n: 0, achieved: 0, not: 0 }));
		g.n += t.n[i] as number;
		g.achieved += t.achieved[i] as number;
		g.not += t.not_achieved[i] as number;
	}
	return [...groups.values()]
		.sort(
			(x, y) => rank(LEVEL1_RANK, x.level1, 6) - rank(LEVEL1_RANK, y.level1, 6) || nullsLast(x.level1, y.level1) || y.n - x.n || nullsLast(x.level2, y.level2)
		)
		.map((g) => ({ level1: g.level1, level2: g.level2, total: g.n, achieved: g.achieved, not_achieved: g.not, unknown: g.n - g.achieved - g.not }));
}

/** The rows of query meaning `q` from the cube, or null when the cube cannot answer it (this browser's own rows, a table left out). */
export function cubeAnswer(cube: Cube, q: LocalQuery): Row[] | null {
	if (q.f.source === 'user') return null;
	return q.kind === 'reportSet' ? reportSet(cube, q.set, q.f) : indicatorAchievement(cube, q.f);
}

/** The named results of `queries` the cube answers (the others are left for the engine). */
export function cubeAnswers(cube: Cube, queries: Record<string, Query>): Record<string, Row[]> {
	const out: Record<string, Row[]> = {};
	for (const [k, q] of Object.entries(queries)) {
		const local = localOf(q);
		const rows = local && cubeAnswer(cube, local);
		if (rows) out[k] = rows;
	}
	return out;
}
