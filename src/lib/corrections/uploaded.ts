/**
 * A report uploaded on /data, read for its client-side page (/reports/view?id=…) from the browser database:
 * its rows as the user loaded them (schema `mine`, before any correction: the page applies this browser's
 * corrections itself, as on a prerendered page), and its checks and evidence from its source text (reread.ts).
 */
import type { Run } from '../db/setup';
import { str } from '../queries/sql';
import { userTable } from '../userdata/views';
import type { ExpenditureRow, FindingRow, IndicatorRow, ReportRow, SourceRow } from '../ingest/types';
import type { ReportData } from '../components/report';
import { reread } from './reread';

/** What an id names: a report uploaded in this browser, a shipped report (it has a prerendered page), or nothing. */
export type UploadedLookup = { kind: 'uploaded'; data: ReportData } | { kind: 'shipped' } | { kind: 'missing' };

/** Reads report `id` from the user's tables; a shipped id or an unknown one says so. */
export async function loadUploaded(run: Run, id: string): Promise<UploadedLookup> {
	const where = `WHERE report_id = ${str(id)}`;
	const [report] = (await run(`SELECT * FROM ${userTable('reports')} ${where}`)) as unknown as ReportRow[];
	if (!report) {
		const shipped = await run(`SELECT 1 AS x FROM main.reports ${where} LIMIT 1`);
		return shipped.length ? { kind: 'shipped' } : { kind: 'missing' };
	}
	const rows = async <T>(t: 'indicators' | 'expenditures' | 'findings', order = ' ORDER BY seq') =>
		(await run(`SELECT * FROM ${userTable(t)} ${where}${order}`)) as unknown as T[];
	const [source] = (await run(`SELECT * FROM ${userTable('sources')} ${where}`)) as unknown as SourceRow[];
	const again = source?.text ? await reread(source.text, id, source.source_file ?? '') : null;
	return {
		kind: 'uploaded',
		data: {
			report,
			indicators: await rows<IndicatorRow>('indicators'),
			expenditures: await rows<ExpenditureRow>('expenditures'),
			findings: await rows<FindingRow>('findings'),
			source: source ?? null,
			checks: again?.checks ?? [],
			evidence: again?.evidence ?? [],
			corrections: []
		}
	};
}
