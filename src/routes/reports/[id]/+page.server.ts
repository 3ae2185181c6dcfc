import { error } from '@sveltejs/kit';
import {
	DEFAULT_FILTERS,
	reportChecksQuery,
	reportCorrectionsQuery,
	reportEvidenceQuery,
	reportExpendituresQuery,
	reportFindingsQuery,
	reportIndicatorsQuery,
	reportQuery,
	reportSourceQuery,
	reportsListQuery,
	type CheckRow,
	type EvidenceRow,
	type ExpenditureRow,
	type FindingRow,
	type IndicatorRow,
	type ReportRow,
	type SourceRow
} from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import type { ShippedCorrection } from '$lib/components/report';

/** One prerendered page per report. */
export async function entries() {
	const { list } = await queryAll({ list: reportsListQuery(DEFAULT_FILTERS, { limit: 1_000_000 }) });
	return list.map((r) => ({ id: r.report_id as string }));
}

/** A report's extracted rows and its source text. */
export async function load({ params }) {
	const r = await queryAll({
		report: reportQuery(params.id),
		indicators: reportIndicatorsQuery(params.id),
		expenditures: reportExpendituresQuery(params.id),
		findings: reportFindingsQuery(params.id),
		source: reportSourceQuery(params.id),
		checks: reportChecksQuery(params.id),
		evidence: reportEvidenceQuery(params.id),
		corrections: reportCorrectionsQuery(params.id)
	});
	const report = r.report[0] as ReportRow | undefined;
	if (!report) error(404, `unknown report ${params.id}`);
	return {
		report,
		indicators: r.indicators as IndicatorRow[],
		expenditures: r.expenditures as ExpenditureRow[],
		findings: r.findings as FindingRow[],
		source: (r.source[0] as SourceRow | undefined) ?? null,
		checks: r.checks as CheckRow[],
		evidence: r.evidence as Pick<EvidenceRow, 'field' | 'evidence_start' | 'evidence_end'>[],
		corrections: r.corrections as ShippedCorrection[]
	};
}
