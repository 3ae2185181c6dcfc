import { describe, expect, it } from 'vitest';
import type { Extraction, ExtractResult } from '../../lib/ingest/types';
import { unitName } from './common';
import { generateCorpus } from './corpus';
import { REPORT_FIELDS, sameValue, scoreDocument, summarize } from './evaluate';
import type { Truth } from './types';

/** An extraction that says exactly what the truth says (to test the scorer, not the extractor). */
function echo(t: Truth): Extraction {
	return {
		report: { ...t.report, report_id: 'x', source_file: t.file, synthetic: true, warnings: null },
		indicators: t.indicators.map((i, seq) => ({ ...i, report_id: 'x', seq, evidence_start: null, evidence_end: null })),
		expenditures: t.expenditures.map((e, seq) => ({ ...e, report_id: 'x', seq, evidence_start: null, evidence_end: null })),
		findings: t.findings.map((f, seq) => ({ ...f, report_id: 'x', seq, evidence_start: null, evidence_end: null })),
		source: { report_id: 'x', source_file: t.file, sha256: '', text: '', source_url: null },
		evidence: {},
		warnings: [],
		checks: []
	};
}

describe('sameValue', () => {
	it.each([
		[null, null, true],
		[null, 0, false],
		[0, null, false],
		[1.5, 1.5000001, true],
		[1.5, 1.501, false],
		[0, 0, true],
		['海珠区', '海珠区', true],
		['海珠区', '海珠 区', true],
		['１００', '100', true],
		['海珠区', '荔湾区', false],
		['优', null, false],
		[true, true, true],
		[true, false, false]
	] as const)('%s vs %s → %s', (a, b, want) => {
		expect(sameValue(a, b)).toBe(want);
	});
});

describe('scoreDocument', () => {
	const docs = generateCorpus({ reports: 40, seed: 3 });
	it('scores a perfect answer as all right', () => {
		const s = summarize(docs.map((d) => scoreDocument(d.truth, { ok: true, value: echo(d.truth) })));
		for (const f of REPORT_FIELDS) expect(s.fields[f].all, f).toBe(1);
		expect(s.indicators.recall).toBe(1);
		expect(s.indicators.precision).toBe(1);
		expect(s.expenditures.amountRecall).toBe(1);
		expect(s.findings['问题'].textRecall).toBe(1);
	});
	it('counts a wrong, a missing and an invented value as wrong', () => {
		const t = docs.find((d) => d.truth.report.score !== null && d.truth.report.party_orgs === null)!.truth;
		const e = echo(t);
		e.report.score = t.report.score! + 1;
		e.report.district = null;
		e.report.party_orgs = 12;
		e.indicators = e.indicators.slice(1);
		const s = scoreDocument(t, { ok: true, value: e });
		expect(s.fields.score).toBe(false);
		expect(s.fields.district).toBe(false);
		expect(s.fields.party_orgs).toBe(false);
		expect(s.fields.year).toBe(true);
		expect(s.indicators.matched).toBe(t.indicators.length - 1);
	});
	it('counts a refused document as wrong everywhere', () => {
		const r: ExtractResult = { ok: false, reason: 'not a report' };
		const s = scoreDocument(docs[0].truth, r);
		expect(Object.values(s.fields).every((v) => !v)).toBe(true);
		expect(summarize([s]).failures).toEqual([{ file: docs[0].file, reason: 'not a report' }]);
	});
});

describe('unitName', () => {
	it.each([
		['广州市海珠区人民政府海幢街道办事处', '海幢街道办事处'],
		['广州市白云区人民政府石门街办事处', '石门街办事处'],
		['广州市从化区鳌头镇人民政府', '广州市从化区鳌头镇人民政府'],
		['中共广州市白云区直属机关工作委员会', '中共广州市白云区直属机关工作委员会'],
		['海珠区海幢街道办事处', '海珠区海幢街道办事处']
	])('%s → %s', (written, want) => expect(unitName(written)).toBe(want));
});
