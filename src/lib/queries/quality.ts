/** Data-quality views: the same unit and year evaluated in different ways. */
import type { Filters } from './filters';
import { aggregate, type Aggregate } from './measures';
import type { Sql } from './typed';

/** Mean score per place and year under each evaluation type (detail rows: the measures are not in the summaries). */
export const EVALUATION_COMPARISON: Aggregate = {
	fact: 'reports',
	by: ['district', 'street', 'year'],
	measures: ['self_score', 'dept_score', 'finance_score'],
	where: (c) => [`${c('year')} IS NOT NULL`, `${c('score')} IS NOT NULL`, `${c('evaluation_type')} IS NOT NULL`],
	ignore: ['evaluationType'],
	order: (c) => [`${c('district')} NULLS LAST`, `${c('street')} NULLS FIRST`, c('year')]
};

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
	const having = opts.pairedOnly === false ? undefined : 'count(DISTINCT r.evaluation_type) >= 2';
	return aggregate({ ...EVALUATION_COMPARISON, having }, f);
}
