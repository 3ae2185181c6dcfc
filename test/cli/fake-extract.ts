/**
 * A temporary test double for extract() (src/lib/ingest/extract.ts is written concurrently).
 * It only has to behave like the contract: stable report_id from the text, rejection of non-reports,
 * manifest facts winning with a warning.
 */
import { createHash } from 'node:crypto';
import type { DivisionRow, ExtractInput, ExtractResult, ReportRow } from '../../src/lib/ingest/types';

/** Minimal extractor honouring the ExtractResult contract. */
export function fakeExtract(input: ExtractInput): ExtractResult {
	const text = input.text.replace(/\r\n?/g, '\n');
	if (!/绩效/.test(text)) return { ok: false, reason: 'not a performance evaluation report (no 绩效 in the text)' };
	const report_id = createHash('sha256').update(text).digest('hex').slice(0, 16);
	const warnings: string[] = [];
	const yearMatch = /(20\d\d)\s*年/.exec(text);
	let year = yearMatch ? +yearMatch[1] : null;
	const m = input.manifest;
	if (m?.year != null && m.year !== year) {
		warnings.push(`year: manifest ${m.year} overrides text ${year}`);
		year = m.year;
	}
	const title = text.split('\n').find((l) => l.trim() !== '')?.trim() ?? null;
	const report: ReportRow = {
		report_id, source_file: input.sourceFile, title, year, province: '广东省', city: input.city ?? '广州市',
		district: m?.district ?? null, street: m?.street ?? null, division_code: null, unit: null, unit_level: null,
		project_name: m?.project_name ?? null, evaluation_type: m?.evaluation_type ?? null, budget_wan: 100.5, actual_wan: null,
		execution_rate: null, execution_rate_stated: 1, score: null, grade: null, grade_basis: null, party_orgs: 3,
		party_members: null, synthetic: input.synthetic ?? false, warnings: warnings.length ? warnings.join('; ') : null
	};
	return {
		ok: true,
		value: {
			report,
			indicators: [
				{ report_id, seq: 1, level1: '产出', level2: '数量', name: '覆盖率, "全部"', target_text: '≥90%', target_value: 0.9,
					actual_text: '100%', actual_value: 1, unit: '%', weight: 10, points: 10, achieved: true, origin: 'table',
					evidence_start: 0, evidence_end: 5 },
				{ report_id, seq: 2, level1: null, level2: null, name: '多行\n名称', target_text: null, target_value: null,
					actual_text: null, actual_value: null, unit: null, weight: null, points: null, achieved: null, origin: 'narrative',
					evidence_start: null, evidence_end: null }
			],
			expenditures: [{ report_id, seq: 1, item: '培训', amount_yuan: 1234.5, evidence_start: 1, evidence_end: 2 }],
			findings: [],
			source: { report_id, source_file: input.sourceFile, sha256: input.sha256 ?? '', text },
			evidence: {},
			warnings
		}
	};
}

/** Three division rows for the fake: city, one district, one street. */
export function fakeDivisionRows(): DivisionRow[] {
	return [
		{ code: '440105', name: '海珠区', level: 'district', parent_code: '440100' },
		{ code: '440100', name: '广州市', level: 'city', parent_code: null },
		{ code: '440105001', name: '海幢街道', level: 'street', parent_code: '440105' }
	];
}
