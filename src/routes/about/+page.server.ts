import { DEFAULT_FILTERS, kpiQuery, type KpiRow } from '$lib/queries';
import { queryAll } from '$lib/charts/load.server';
import { realReportsQuery, warnedReportsQuery, warningKindsQuery, type RealReportRow, type WarningKindRow } from '$lib/public/queries';

/** Counts for the methodology page: real and synthetic reports, extraction warnings by kind. */
export async function load() {
	const r = await queryAll({
		kpi: kpiQuery(DEFAULT_FILTERS),
		real: realReportsQuery(),
		warned: warnedReportsQuery(),
		kinds: warningKindsQuery(10),
		corrected: 'SELECT count(*)::INTEGER AS n, count(DISTINCT report_id)::INTEGER AS reports FROM corrections'
	});
	const kpi = r.kpi[0] as KpiRow;
	return {
		total: kpi.reports,
		synthetic: kpi.synthetic_reports,
		real: r.real as RealReportRow[],
		warned: (r.warned[0] as { n: number }).n,
		kinds: r.kinds as WarningKindRow[],
		corrected: r.corrected[0] as { n: number; reports: number }
	};
}
