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
import { localeFromPath } from '$lib/i18n/path';
import { englishLabel, type NameLevel } from '$lib/places/english';

const PLACE_LEVELS: NameLevel[] = ['province', 'city', 'district', 'street'];

/** The report's places in English, each at its own level (广州市 is Guangzhou as a city), keyed by the Chinese name. */
function placeLabels(report: ReportRow): Record<string, string> {
	const out: Record<string, string> = {};
	for (const level of PLACE_LEVELS) {
		const name = report[level];
		if (name && !(name in out)) out[name] = englishLabel(name, level);
	}
	return out;
}

/** One prerendered page per report. */
export async function entries() {
	const { list } = await queryAll({ list: reportsListQuery(DEFAULT_FILTERS, { limit: 1_000_000 }) });
	return list.map((r) => ({ id: r.report_id as string }));
}

/** A report's extracted rows and its source text. */
export async function load({ params, url }) {
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
		corrections: r.corrections as ShippedCorrection[],
		placeLabels: localeFromPath(url.pathname) === 'en' ? placeLabels(report) : null
	};
}
