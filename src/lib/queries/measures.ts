/**
 * The dashboard's measures, each defined once: its SQL over the detail rows and over the summary table that can
 * answer it, its column label and its number format (components/columns.ts takes both). Every aggregate builder in
 * queries/ (overview, districts, indicators, findings, quality) is a thin wrapper that names a fact, its grouping
 * columns and its measures (an `Aggregate`); `aggregate` writes the SQL and the plan (queries/plan.ts) decides
 * between detail and summary. The shared GROUPING SETS statement (combined.ts) and the place and compare queries
 * (places/queries.ts) select their measures from here too. The builders' earlier hand-written SQL is the test oracle
 * (test/unit/db/oracle.ts; test/unit/db/measures.spec.ts runs both on native DuckDB).
 */
import type { MessageKey } from '../i18n/messages';
import { reportWhere, type FilterKey, type Filters } from './filters';
import { DETAIL_PLAN, summaryFor, type PlaceColumn, type QueryPlan, type SummaryKind, type StateTable, type SummaryTable } from './plan';
import { int } from './sql';

/** Report columns every summary table groups by (src/tools/scale/summary.ts; street only summary_reports). */
const REPORT_DIMS = ['district', 'year', 'grade', 'evaluation_type'] as const;

/**
 * A table a measure counts rows of: its detail rows (joined to their report), its summary table and the columns
 * that table groups by (`nested`: the measures read named columns of an inner query, see aggregateSql).
 */
export const FACTS = {
	reports: { detail: 'reports r', summary: 'summary_reports', nested: false, summaryColumns: [...REPORT_DIMS, 'street', 'province', 'city'] },
	indicators: {
		detail: 'indicators i JOIN reports r ON r.report_id = i.report_id',
		summary: 'summary_indicators',
		nested: true,
		summaryColumns: [...REPORT_DIMS, 'level1', 'level2', 'name']
	},
	findings: {
		detail: 'findings fi JOIN reports r ON r.report_id = fi.report_id',
		summary: 'summary_findings',
		nested: false,
		summaryColumns: [...REPORT_DIMS, 'theme', 'kind']
	}
} as const satisfies Record<string, { detail: string; summary: SummaryKind; nested: boolean; summaryColumns: readonly Column[] }>;

/** What a measure counts: reports, indicators or findings (each filtered by its report's filters). */
export type Fact = keyof typeof FACTS;

/** Where a query reads: the detail rows, or the fact's summary table. */
export type Source = 'detail' | 'summary';

/**
 * The columns builders group and filter by, over the detail rows and over the summary tables (alias s; null: not
 * in any summary table). Report columns come from the report (r) also when the fact is an indicator or a finding.
 */
export const COLUMNS = {
	province: { detail: 'r.province', summary: 's.province' },
	city: { detail: 'r.city', summary: 's.city' },
	district: { detail: 'r.district', summary: 's.district' },
	street: { detail: 'r.street', summary: 's.street' },
	year: { detail: 'r.year', summary: 's.year' },
	grade: { detail: 'r.grade', summary: 's.grade' },
	evaluation_type: { detail: 'r.evaluation_type', summary: 's.evaluation_type' },
	score: { detail: 'r.score', summary: null },
	/** The level-1 category an indicator counts under (indicatorLevel1). */
	level1: { detail: indicatorLevel1('i.level1', 'i.level2'), summary: indicatorLevel1('s.level1', 's.level2') },
	level2: { detail: 'i.level2', summary: 's.level2' },
	name: { detail: 'i.name', summary: 's.name' },
	theme: { detail: 'fi.theme', summary: 's.theme' },
	kind: { detail: 'fi.kind', summary: 's.kind' }
} as const satisfies Record<string, { detail: string; summary: string | null }>;

/** A grouping or filtering column. */
export type Column = keyof typeof COLUMNS;

/**
 * The level-1 category an indicator is counted under: its stated level1, except that satisfaction indicators
 * are one category, 满意度. The 2020 framework for 项目支出 (财预〔2020〕10号) makes 满意度 a level-1 indicator of its own
 * (满意度 · 服务对象满意度); key evaluations on the 决策/过程/产出/效益 frame put the same indicator under 效益
 * (效益 · 服务对象满意度). Counted as stated, one indicator appeared as two categories; so a row whose level1 is 满意度
 * or whose level2 names satisfaction (…满意度…) counts under 满意度, the more common form. The indicators table keeps
 * the level1 the report states; only the aggregates group this way.
 */
export function indicatorLevel1(level1: string, level2: string): string {
	return `CASE WHEN ${level1} = '满意度' OR ${level2} LIKE '%满意度%' THEN '满意度' ELSE ${level1} END`;
}

/** How a measure's values are shown (format/index.ts: formatCount, formatWan, formatPercent, formatScore). */
export type MeasureFormat = 'count' | 'wan' | 'percent' | 'score';

/** One measure: what it counts, its SQL over the detail rows and over the summary table, how it is labelled and shown. */
export interface Measure {
	fact: Fact;
	/** The aggregate over the detail rows (reports r; indicators: the columns of the row, unqualified; findings fi). */
	detail: string;
	/** The same over the fact's summary table (s; indicators: unqualified), or null: detail rows only. */
	summary: string | null;
	/** Indicators only: the row columns the expressions read (detail, summary), selected by the inner query. */
	reads?: { detail: readonly IndicatorDetailColumn[]; summary: readonly IndicatorSummaryColumn[] };
	/** The column heading (components/columns.ts uses the same key). */
	label: MessageKey;
	format: MeasureFormat;
}

/** Columns of an indicator row the measures read, in the order the inner query selects them. */
const INDICATOR_DETAIL_COLUMNS = ['target_value', 'achieved'] as const;
const INDICATOR_SUMMARY_COLUMNS = ['n', 'with_target', 'achieved', 'not_achieved'] as const;
type IndicatorDetailColumn = (typeof INDICATOR_DETAIL_COLUMNS)[number];
type IndicatorSummaryColumn = (typeof INDICATOR_SUMMARY_COLUMNS)[number];

/** Both money figures known: the population of the weighted execution rate. */
export const BOTH_MONEY = 'r.budget_wan IS NOT NULL AND r.actual_wan IS NOT NULL';

/** Mean score per evaluation type (the quality comparison), detail rows only. */
const scoreOfType = (type: string): string => `avg(r.score) FILTER (WHERE r.evaluation_type = '${type}')`;

/** Reports of one grade (the compare view, which shows each as a share of the group's reports under the grade's name). */
const gradeCount = (grade: string): Measure => ({
	fact: 'reports',
	detail: `count(*) FILTER (WHERE r.grade = '${grade}')`,
	summary: null,
	label: 'col.reports',
	format: 'count'
});

/** Every dashboard measure by id (the id is its column name unless a builder renames it). */
export const MEASURES = {
	// Reports (reports r; summary_reports s: sums of per-group sums and counts).
	/** Reports. */
	reports: { fact: 'reports', detail: 'count(*)', summary: 'coalesce(sum(s.reports), 0)::BIGINT', label: 'col.reports', format: 'count' },
	/** Synthetic (demonstration) reports. */
	synthetic_reports: {
		fact: 'reports',
		detail: 'count(*) FILTER (WHERE r.synthetic)',
		summary: 'coalesce(sum(s.reports) FILTER (WHERE s.synthetic), 0)::BIGINT',
		label: 'kpi.synthetic',
		format: 'count'
	},
	/** Budget, 万元, summed over reports that state one (NULL if none). */
	budget_wan: { fact: 'reports', detail: 'sum(r.budget_wan)', summary: 'sum(s.budget_sum)', label: 'col.budget', format: 'wan' },
	/** Actual spending, 万元, summed over reports that state it (NULL if none). */
	actual_wan: { fact: 'reports', detail: 'sum(r.actual_wan)', summary: 'sum(s.actual_sum)', label: 'col.actual', format: 'wan' },
	/** Weighted execution rate sum(actual)/sum(budget) over reports stating both; NULL if none. */
	execution_rate: {
		fact: 'reports',
		detail: `sum(r.actual_wan) FILTER (WHERE ${BOTH_MONEY}) / nullif(sum(r.budget_wan) FILTER (WHERE ${BOTH_MONEY}), 0)`,
		summary: 'sum(s.both_actual_sum) / nullif(sum(s.both_budget_sum), 0)',
		label: 'col.executionRate',
		format: 'percent'
	},
	/** Mean score of the scored reports. */
	mean_score: { fact: 'reports', detail: 'avg(r.score)', summary: 'sum(s.score_sum) / nullif(sum(s.score_n), 0)', label: 'col.meanScore', format: 'score' },
	/** Reports with a score. */
	scored_reports: { fact: 'reports', detail: 'count(r.score)', summary: 'coalesce(sum(s.score_n), 0)::BIGINT', label: 'kpi.scored', format: 'count' },
	// The score box: quartiles need every score, so not in summary_reports (summary_scores answers them: scoreBoxFromSummary).
	score_min: { fact: 'reports', detail: 'min(r.score)', summary: null, label: 'col.min', format: 'score' },
	score_q1: { fact: 'reports', detail: 'quantile_cont(r.score, 0.25)', summary: null, label: 'col.q1', format: 'score' },
	score_median: { fact: 'reports', detail: 'quantile_cont(r.score, 0.5)', summary: null, label: 'col.median', format: 'score' },
	score_q3: { fact: 'reports', detail: 'quantile_cont(r.score, 0.75)', summary: null, label: 'col.q3', format: 'score' },
	score_max: { fact: 'reports', detail: 'max(r.score)', summary: null, label: 'col.max', format: 'score' },
	// Mean score under each evaluation type (quality.ts).
	self_score: { fact: 'reports', detail: scoreOfType('单位自评'), summary: null, label: 'col.selfScore', format: 'score' },
	dept_score: { fact: 'reports', detail: scoreOfType('部门评价'), summary: null, label: 'col.deptScore', format: 'score' },
	finance_score: { fact: 'reports', detail: scoreOfType('财政评价'), summary: null, label: 'col.financeScore', format: 'score' },
	// Reports per grade (the compare view, places/queries.ts).
	excellent: gradeCount('优'),
	good: gradeCount('良'),
	fair: gradeCount('中'),
	poor: gradeCount('差'),

	// Indicators (columns of an indicator row; summary_indicators: counts per group).
	/** Indicators. */
	indicators: { fact: 'indicators', detail: 'count(*)', summary: 'sum(n)::BIGINT', reads: { detail: [], summary: ['n'] }, label: 'col.total', format: 'count' },
	/** Indicators achieved (actual meets target). */
	achieved: {
		fact: 'indicators',
		detail: 'count(*) FILTER (WHERE achieved)',
		summary: 'sum(achieved)::BIGINT',
		reads: { detail: ['achieved'], summary: ['achieved'] },
		label: 'series.achieved',
		format: 'count'
	},
	/** Indicators not achieved. */
	not_achieved: {
		fact: 'indicators',
		detail: 'count(*) FILTER (WHERE NOT achieved)',
		summary: 'sum(not_achieved)::BIGINT',
		reads: { detail: ['achieved'], summary: ['not_achieved'] },
		label: 'series.notAchieved',
		format: 'count'
	},
	/** Indicators whose achievement is unknown (target or actual not numeric). */
	unknown: {
		fact: 'indicators',
		detail: 'count(*) FILTER (WHERE achieved IS NULL)',
		summary: '(sum(n) - sum(achieved) - sum(not_achieved))::BIGINT',
		reads: { detail: ['achieved'], summary: ['n', 'achieved', 'not_achieved'] },
		label: 'series.unknown',
		format: 'count'
	},
	/** Indicators with a numeric target. */
	with_target: {
		fact: 'indicators',
		detail: 'count(target_value)',
		summary: 'sum(with_target)::BIGINT',
		reads: { detail: ['target_value'], summary: ['with_target'] },
		label: 'col.withTarget',
		format: 'count'
	},
	/** Achieved / indicators whose achievement is known (fraction); NULL if never known. */
	achieved_rate: {
		fact: 'indicators',
		detail: 'count(*) FILTER (WHERE achieved) / nullif(count(achieved), 0)',
		summary: 'sum(achieved) / nullif(sum(achieved) + sum(not_achieved), 0)',
		reads: { detail: ['achieved'], summary: ['achieved', 'not_achieved'] },
		label: 'col.achievedRate',
		format: 'percent'
	},

	// Findings (findings fi; summary_findings s).
	/** Findings (problems, suggestions, practices). */
	findings: { fact: 'findings', detail: 'count(*)', summary: 'sum(s.n)::BIGINT', label: 'col.n', format: 'count' },
	/** Distinct reports with a finding (summary: the per-group counts add up, as groups split reports). */
	finding_reports: { fact: 'findings', detail: 'count(DISTINCT fi.report_id)', summary: 'sum(s.reports)::BIGINT', label: 'col.reports', format: 'count' }
} as const satisfies Record<string, Measure>;

/** Reports, their money and mean score: the measures of a row of the execution tables (years, districts, streets). */
export const MONEY_AND_SCORE = ['reports', 'budget_wan', 'actual_wan', 'execution_rate', 'mean_score'] as const satisfies readonly MeasureId[];

/** A measure's id. */
export type MeasureId = keyof typeof MEASURES;

/** A measure as a builder selects it: by id (its column name), or [id, column name]. */
export type Selected = MeasureId | readonly [MeasureId, string];

/** One aggregate query: a fact, its grouping columns and its measures, and how it filters and sorts. */
export interface Aggregate {
	fact: Fact;
	/** Grouping columns, selected under their own names, in this order (none: one row over all). */
	by?: readonly Column[];
	measures: readonly Selected[];
	/** Conditions besides the filters', given the columns' expressions (e.g. `${c('district')} IS NOT NULL`). */
	where?: (c: (col: Column) => string) => string[];
	/** Filter keys the query ignores. */
	ignore?: FilterKey[];
	/** HAVING condition over the detail rows (then detail rows only). */
	having?: string;
	/** ORDER BY terms, given the columns' expressions in the outer query (measures by their column names). */
	order?: (c: (col: Column) => string) => string[];
	limit?: number;
}

/** Column names SQL reserves as function names: quoted as result columns. */
const QUOTED = new Set(['min', 'max']);
const as = (name: string): string => (QUOTED.has(name) ? `"${name}"` : name);

const idOf = (m: Selected): MeasureId => (typeof m === 'string' ? m : m[0]);
const nameOf = (m: Selected): string => (typeof m === 'string' ? m : m[1]);

/** A measure's SQL over `from` (throws when the summary table cannot answer it). */
export function measureSql(id: MeasureId, from: Source): string {
	const m: Measure = MEASURES[id];
	const sql = m[from];
	if (sql == null) throw new RangeError(`measures: ${id} is not in ${FACTS[m.fact].summary}`);
	return sql;
}

/** `measure AS name, …` for the measures selected, over `from`. */
export function selectMeasures(measures: readonly Selected[], from: Source): string {
	return measures.map((m) => `${measureSql(idOf(m), from)} AS ${as(nameOf(m))}`).join(', ');
}

/** A column's expression over `from` (throws when no summary table has it). */
export function columnSql(col: Column, from: Source): string {
	const sql = COLUMNS[col][from];
	if (sql == null) throw new RangeError(`measures: ${col} is not in the summary tables`);
	return sql;
}

/** Whether `q` can be answered from its fact's summary table: every measure and column is in it, and no HAVING. */
export function summarisable(q: Aggregate): boolean {
	if (q.having) return false;
	if (!q.measures.every((m) => (MEASURES[idOf(m)] as Measure).summary != null)) return false;
	const cols = new Set<Column>(q.by ?? []);
	q.where?.((c) => (cols.add(c), ''));
	q.order?.((c) => (cols.add(c), ''));
	return [...cols].every((c) => (FACTS[q.fact].summaryColumns as readonly Column[]).includes(c));
}

/**
 * The SQL of `q` over the detail rows or a summary table (`from`): the fact's fine summary, or `summary`, a
 * coarser one of the same kind that has the place columns `q` reads (summaryFor).
 */
export function aggregateSql(q: Aggregate, f: Filters, from: Source, summary: SummaryTable | StateTable = FACTS[q.fact].summary): string {
	const fact = FACTS[q.fact];
	const by = q.by ?? [];
	const a = from === 'detail' ? 'r' : 's';
	const table = from === 'detail' ? fact.detail : `${summary} s`;
	const col = (c: Column) => columnSql(c, from);
	const where = reportWhere(f, a, q.where?.(col) ?? [], q.ignore);
	const limit = q.limit == null ? '' : ` LIMIT ${int(q.limit)}`;
	if (!fact.nested) {
		const select = [...by.map((c) => `${col(c)} AS ${c}`), selectMeasures(q.measures, from)].join(', ');
		const group = by.length ? ` GROUP BY ${by.map(col).join(', ')}` : '';
		const having = q.having ? ` HAVING ${q.having}` : '';
		const order = q.order ? ` ORDER BY ${q.order(col).join(', ')}` : '';
		return `SELECT ${select} FROM ${table} WHERE ${where}${group}${having}${order}${limit}`;
	}
	// Indicators: an inner query names each row's grouping columns (level1 is a CASE) and the columns the measures
	// read; the outer one aggregates them by name.
	const reads = new Set<string>(q.measures.flatMap((m) => (MEASURES[idOf(m)] as Measure).reads?.[from] ?? []));
	const order = [...(from === 'detail' ? INDICATOR_DETAIL_COLUMNS : INDICATOR_SUMMARY_COLUMNS)].filter((c) => reads.has(c));
	const inner = [...by.map((c) => `${col(c)} AS ${c}`), ...order.map((c) => `${a === 'r' ? 'i' : 's'}.${c}`)].join(', ');
	const select = [...by, selectMeasures(q.measures, from)].join(', ');
	const group = by.length ? ` GROUP BY ${by.join(', ')}` : '';
	const sort = q.order ? ` ORDER BY ${q.order((c) => c).join(', ')}` : '';
	return `SELECT ${select} FROM (SELECT ${inner} FROM ${table} WHERE ${where})${group}${sort}${limit}`;
}

/** The place columns `q` groups, filters or orders by (besides its filters'). */
export function aggregatePlaces(q: Aggregate): PlaceColumn[] {
	const cols = new Set<Column>(q.by ?? []);
	q.where?.((c) => (cols.add(c), ''));
	q.order?.((c) => (cols.add(c), ''));
	return (['province', 'city', 'district', 'street'] as const).filter((c) => cols.has(c));
}

/**
 * The SQL of `q` under filters `f`: over the coarsest summary table of its fact in `plan` that answers `f` and `q`
 * (summaryFor: one without street unless a street is filtered or grouped by), else over the detail rows.
 */
export function aggregate(q: Aggregate, f: Filters, plan: QueryPlan = DETAIL_PLAN): string {
	const table = summarisable(q) ? summaryFor(plan, FACTS[q.fact].summary, f, aggregatePlaces(q), q.ignore) : null;
	return table ? aggregateSql(q, f, 'summary', table) : aggregateSql(q, f, 'detail');
}
