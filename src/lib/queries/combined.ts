/**
 * Several report-level aggregates of one page in one statement.
 *
 * The overview asks five questions of the same filtered reports (headline figures, grades, districts, score
 * boxes, grades by year). As five statements, DuckDB-WASM plans and scans five times, and the worker answers
 * one message after another; measured in Chromium on the bundled data: 11.6 ms for the five once the engine is
 * warm, 28 ms before, against 3.6 ms and 4.9 ms for one GROUPING SETS statement. So a page asks once, and each
 * result is picked out of the rows of its grouping set, equal to what its own builder returns (tested on
 * native DuckDB over many filter states).
 *
 * With a plan naming summary tables (queries/plan.ts) it asks the same of summary_reports instead.
 */
import { reportWhere, type Filters } from './filters';
import { gradeOrder } from './fragments';
import { selectMeasures, type Aggregate } from './measures';
import { DETAIL_PLAN, summaryFor, type PlaceColumn, type QueryPlan, type SummaryTable } from './plan';
import { GRADES_BY_YEAR, GRADE_MIX, KPI, YEARS, kpiQuery, gradeMixQuery, gradesByYearQuery, yearsQuery } from './overview';
import {
	DISTRICT_YEAR,
	EXEC_BY_CITY,
	EXEC_BY_DISTRICT,
	EXEC_BY_PROVINCE,
	SCORE_BOX,
	SCORE_BOX_CITY,
	SCORE_BOX_PROVINCE,
	SCORE_QUARTILES,
	STREETS,
	districtYearQuery,
	execByCityQuery,
	execByDistrictQuery,
	execByProvinceQuery,
	scoreBoxByCityQuery,
	scoreBoxByDistrictQuery,
	scoreBoxByProvinceQuery,
	streetsQuery
} from './districts';
import type { RowOf, Sql, TypedQuery } from './typed';
/** A plain result row (db/connector.ts's Row; declared here so queries/ imports nothing from db/). */
type Row = Record<string, unknown>;

/**
 * What a query means, stated so that something other than SQL can answer it: the report cube (answers/cube.ts)
 * computes these in the browser from a small pre-aggregated table, without a round-trip to the engine. The SQL stays
 * the definition: the cube's answers are tested equal to it on native DuckDB.
 */
export type LocalQuery = { kind: 'reportSet'; set: ReportSet; f: Filters } | { kind: 'indicatorAchievement'; f: Filters };

/** A statement whose rows are shared by several results: `pick` takes this one's rows out of them; `local`: its meaning, for the cube. */
export interface SharedQuery {
	sql: string;
	pick: (rows: Row[]) => Row[];
	local?: LocalQuery;
}

/** What a page runs for one named result: its own statement, or its part of a shared one. */
export type Query = string | SharedQuery;

/** The grouping columns, in the order of the grouping() bit mask (first column = highest bit). */
const DIMS = ['province', 'city', 'district', 'street', 'year', 'grade'] as const;
type Dim = (typeof DIMS)[number];

/** The report aggregates that can share a statement, by the name the pages use for them. */
export const REPORT_SETS = {
	kpi: [],
	gradeMix: ['grade'],
	exec: ['district'],
	box: ['district'],
	/** The overview over several provinces (queries/plan.ts overviewLevel): execution and the score box per province. */
	execProvince: ['province'],
	boxProvince: ['province'],
	/** … over one province's cities: per (province, city). */
	execCity: ['province', 'city'],
	boxCity: ['province', 'city'],
	gradesByYear: ['year', 'grade'],
	years: ['year'],
	streets: ['district', 'street'],
	districtYear: ['district', 'year']
} as const satisfies Record<string, readonly Dim[]>;

export type ReportSet = keyof typeof REPORT_SETS;

/** The score box sets: quartiles need every score, so over detail rows, summary_scores or an answer table (never summary_reports). */
export const BOX_SETS = ['box', 'boxProvince', 'boxCity'] as const satisfies readonly ReportSet[];

/** Whether `s` is a score box set. */
export const isBox = (s: ReportSet): boolean => (BOX_SETS as readonly ReportSet[]).includes(s);

/** The grouping columns `sets` use, in DIMS order (DuckDB refuses grouping() of a column no set groups by). */
export function usedDims(sets: readonly ReportSet[]): Dim[] {
	return DIMS.filter((d) => sets.some((s) => (REPORT_SETS[s] as readonly Dim[]).includes(d)));
}

/** grouping(…used) of the rows of a grouping set: one bit per used column, set when the set does not group by it. */
export function groupingId(dims: readonly Dim[], used: readonly Dim[]): number {
	return used.reduce((id, d, i) => (dims.includes(d) ? id : id | (1 << (used.length - 1 - i))), 0);
}

/**
 * The measures every row of the shared statement carries: the headline figures' (queries/measures.ts), under their
 * ids; each set takes and renames its own (PICK). The score box adds its quartiles (detail rows only).
 */
const SHARED_MEASURES = KPI.measures;

/**
 * One GROUPING SETS statement over the filtered reports answering every set in `sets` (rows tagged `g`), or
 * over summary_reports (`from: 'summary'`; the score box cannot be answered there: quartiles need every score), or
 * over `summary`, a coarser table of report rows that has the place columns `sets` and `f` use (summaryFor).
 */
export function reportSetsQuery(
	f: Filters,
	sets: readonly ReportSet[],
	from: 'detail' | 'summary' = 'detail',
	summary: SummaryTable = 'summary_reports'
): string {
	if (from === 'summary' && sets.some(isBox)) throw new RangeError('reportSetsQuery: the score box is not in summary_reports');
	const a = from === 'detail' ? 'r' : 's';
	const used = usedDims(sets);
	const groups = [...new Map(sets.map((s) => [groupingId(REPORT_SETS[s], used), REPORT_SETS[s] as readonly Dim[]])).values()];
	const quartiles = sets.some(isBox) ? `, ${selectMeasures(SCORE_QUARTILES, 'detail')}` : '';
	// grouping() of no column (only the grand total asked for) is not SQL: the one set is then 0.
	const g = used.length ? `grouping(${used.map((d) => `${a}.${d}`).join(', ')})` : '0';
	return [
		`SELECT ${g} AS g${used.map((d) => `, ${a}.${d} AS ${d}`).join('')},`,
		selectMeasures(SHARED_MEASURES, from) + quartiles,
		`FROM ${from === 'detail' ? 'reports r' : `${summary} s`} WHERE ${reportWhere(f, a)}`,
		`GROUP BY GROUPING SETS (${groups.map((gr) => `(${gr.map((d) => `${a}.${d}`).join(', ')})`).join(', ')})`,
		`ORDER BY g${used.map((d) => (d === 'grade' ? `, ${gradeOrder(`${a}.grade`)}, ${a}.grade` : `, ${a}.${d}`)).join('')}`
	].join(' ');
}

/** Each set's own builder spec (queries/measures.ts): its grouping columns and its measures under their column names. */
export const SET_SPEC = {
	kpi: KPI,
	gradeMix: GRADE_MIX,
	exec: EXEC_BY_DISTRICT,
	box: SCORE_BOX,
	execProvince: EXEC_BY_PROVINCE,
	boxProvince: SCORE_BOX_PROVINCE,
	execCity: EXEC_BY_CITY,
	boxCity: SCORE_BOX_CITY,
	gradesByYear: GRADES_BY_YEAR,
	years: YEARS,
	streets: STREETS,
	districtYear: DISTRICT_YEAR
} satisfies Record<ReportSet, Aggregate>;

/** Copies `keys` of `r`, renamed where given as [from, to], in that order (the order of the builder's SELECT). */
function take(r: Row, keys: readonly (string | readonly [string, string])[]): Row {
	const o: Row = {};
	for (const k of keys) {
		if (typeof k === 'string') o[k] = r[k];
		else o[k[1]] = r[k[0]];
	}
	return o;
}

/** Rows of one grouping set with no NULL in its grouping columns (the builders leave those out). */
function rowsOf(rows: Row[], set: ReportSet, used: readonly Dim[]): Row[] {
	const dims = REPORT_SETS[set] as readonly Dim[];
	const g = groupingId(dims, used);
	return rows.filter((r) => Number(r.g) === g && dims.every((d) => r[d] !== null && r[d] !== undefined));
}

/**
 * A set's columns in the shared statement, in its builder's order: the grouping columns, then each measure, which
 * the shared statement names by its id (SHARED_MEASURES) and the builder may rename.
 */
const keysOf = (set: ReportSet): (string | readonly [string, string])[] => [...(SET_SPEC[set].by ?? []), ...SET_SPEC[set].measures];

/** A set's rows picked out of the shared statement's (grouping over `used`). */
const pickSet = (set: ReportSet) => (rows: Row[], used: readonly Dim[]) => rowsOf(rows, set, used).map((r) => take(r, keysOf(set)));

/** A score box set's rows picked out of the shared statement's: groups with a scored report, n their scored reports. */
const pickBox = (set: ReportSet) => (rows: Row[], used: readonly Dim[]) =>
	rowsOf(rows, set, used)
		.filter((r) => Number(r.scored_reports) > 0)
		.map((r) => take(r, [...(REPORT_SETS[set] as readonly Dim[]), ['scored_reports', 'n'], ...SCORE_QUARTILES.map((q) => q[1])]));

/** Each set's rows from the shared statement (grouping over `used`), in the columns and order of its own builder. */
export const PICK: Record<ReportSet, (rows: Row[], used: readonly Dim[]) => Row[]> = {
	kpi: (rows, used) => {
		const [r] = rowsOf(rows, 'kpi', used);
		// The grand total exists even over no rows; should an engine leave it out, the builder's answer is zeros and NULLs.
		return [
			r
				? take(r, keysOf('kpi'))
				: { reports: 0, synthetic_reports: 0, budget_wan: null, actual_wan: null, execution_rate: null, mean_score: null, scored_reports: 0 }
		];
	},
	gradeMix: pickSet('gradeMix'),
	exec: pickSet('exec'),
	// The box's n counts scored reports (its builder's WHERE r.score IS NOT NULL): scored_reports here; quartiles by name.
	box: pickBox('box'),
	execProvince: pickSet('execProvince'),
	boxProvince: pickBox('boxProvince'),
	execCity: pickSet('execCity'),
	boxCity: pickBox('boxCity'),
	gradesByYear: pickSet('gradesByYear'),
	years: pickSet('years'),
	streets: pickSet('streets'),
	districtYear: pickSet('districtYear')
};

/** Each set's own builder (what the shared statement replaces, and what a summarised dataset still runs). */
export const OWN_QUERY = {
	kpi: kpiQuery,
	gradeMix: gradeMixQuery,
	exec: execByDistrictQuery,
	box: scoreBoxByDistrictQuery,
	execProvince: execByProvinceQuery,
	boxProvince: scoreBoxByProvinceQuery,
	execCity: execByCityQuery,
	boxCity: scoreBoxByCityQuery,
	gradesByYear: gradesByYearQuery,
	years: yearsQuery,
	streets: streetsQuery,
	districtYear: districtYearQuery
} satisfies Record<ReportSet, (f: Filters, plan?: QueryPlan) => string>;

/** The rows of a report set: those of its own builder (the shared statement's pick gives the same columns). */
export type ReportSetRow<S extends ReportSet> = RowOf<ReturnType<(typeof OWN_QUERY)[S]>>;

/**
 * The named queries for `sets`: parts of one shared statement over the reports, or over the coarsest summary of
 * report rows the dataset has that keeps the place columns `sets` and `f` use (summary_reports_district unless a
 * street is filtered or grouped by; then the score box, which needs every score, runs its own builder).
 */
export function reportSets<S extends ReportSet>(f: Filters, sets: readonly S[], plan: QueryPlan = DETAIL_PLAN): { [K in S]: TypedQuery<ReportSetRow<K>> } {
	const out = {} as Record<S, Query>;
	const places = (['province', 'city', 'district', 'street'] as const).filter((d) =>
		sets.some((s) => !isBox(s) && (REPORT_SETS[s] as readonly Dim[]).includes(d))
	);
	const table = summaryFor(plan, 'summary_reports', f, places as PlaceColumn[]);
	const shared = table ? sets.filter((s) => !isBox(s)) : sets;
	for (const s of sets) if (!shared.includes(s)) out[s] = { sql: OWN_QUERY[s](f, plan), pick: (rows) => rows, local: { kind: 'reportSet', set: s, f } };
	if (shared.length) {
		const sql = table ? reportSetsQuery(f, shared, 'summary', table) : reportSetsQuery(f, shared, 'detail');
		const used = usedDims(shared);
		for (const s of shared) out[s] = { sql, pick: (rows) => PICK[s](rows, used), local: { kind: 'reportSet', set: s, f } };
	}
	return out as { [K in S]: TypedQuery<ReportSetRow<K>> };
}

/** `sql` (its own statement) with its meaning for the cube (LocalQuery), keeping its row type. */
export function withLocal<R>(sql: Sql<R>, local: LocalQuery): TypedQuery<R> {
	return { sql, pick: (rows) => rows, local };
}

/** The meaning of a query the cube may answer, or null. */
export const localOf = (q: Query): LocalQuery | null => (typeof q === 'string' ? null : (q.local ?? null));

/** The SQL of a query. */
export const sqlOf = (q: Query): string => (typeof q === 'string' ? q : q.sql);

/** The distinct statements of a set of named queries, in order of first use. */
export function statements(queries: Record<string, Query>): string[] {
	return [...new Set(Object.values(queries).map(sqlOf))];
}

/**
 * Runs each distinct statement once, in order, and hands every named result its rows as they arrive
 * (`onRows(name, rows)`). Rejects with the first failing statement's error.
 */
export async function runQueries<K extends string>(
	queries: Record<K, Query>,
	exec: (sql: string) => Promise<Row[]>,
	onRows: (name: K, rows: Row[]) => void
): Promise<void> {
	const byStatement = new Map<string, K[]>();
	for (const k of Object.keys(queries) as K[]) {
		const s = sqlOf(queries[k]);
		byStatement.set(s, [...(byStatement.get(s) ?? []), k]);
	}
	await Promise.all(
		[...byStatement].map(([sql, names]) =>
			exec(sql).then((rows) => {
				for (const k of names) {
					const q = queries[k];
					onRows(k, typeof q === 'string' ? rows : q.pick(rows));
				}
			})
		)
	);
}
