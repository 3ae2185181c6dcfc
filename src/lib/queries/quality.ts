/** Data-quality views: the same unit and year evaluated in different ways. */
import { reportWhere, type Filters } from './filters';
import type { Sql } from './typed';

/** Mean score of one street (or district-level unit) in one year, per evaluation type. */
export interface EvaluationComparisonRow {
	district: string | null;
	street: string | null;
	year: number;
	self_score: number | null;
	dept_score: number | null;
	finance_score: number | null;
}

/** Options for evaluationComparisonQuery. */
export interface EvaluationComparisonOptions {
	/** Only places scored under at least two evaluation types (default true). */
	pairedOnly?: boolean;
}

/**
 * Mean score per (district, street, year) under 单位自评 / 部门评价 / 财政评价.
 * The evaluationType filter is ignored: comparing types is the point.
 */
export function evaluationComparisonQuery(f: Filters, opts: EvaluationComparisonOptions = {}): Sql<EvaluationComparisonRow> {
	const having = opts.pairedOnly === false ? '' : ' HAVING count(DISTINCT r.evaluation_type) >= 2';
	return `SELECT r.district AS district, r.street AS street, r.year AS year, avg(r.score) FILTER (WHERE r.evaluation_type = '单位自评') AS self_score, avg(r.score) FILTER (WHERE r.evaluation_type = '部门评价') AS dept_score, avg(r.score) FILTER (WHERE r.evaluation_type = '财政评价') AS finance_score FROM reports r WHERE ${reportWhere(f, 'r', ['r.year IS NOT NULL', 'r.score IS NOT NULL', 'r.evaluation_type IS NOT NULL'], ['evaluationType'])} GROUP BY r.district, r.street, r.year${having} ORDER BY r.district NULLS LAST, r.street NULLS FIRST, r.year`;
}
