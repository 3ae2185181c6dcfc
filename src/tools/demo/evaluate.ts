import type { ExtractResult, Extraction } from '../../lib/ingest/types';
import type { Truth, TruthReport } from './types';

/** Report fields scored against the truth, in SCHEMA.md order. */
export const REPORT_FIELDS = [
	'year',
	'district',
	'street',
	'division_code',
	'unit',
	'unit_level',
	'project_name',
	'evaluation_type',
	'budget_wan',
	'actual_wan',
	'execution_rate',
	'execution_rate_stated',
	'score',
	'grade',
	'grade_basis',
	'party_orgs',
	'party_members'
] as const satisfies readonly (keyof TruthReport)[];

/** A scored report field. */
export type ReportField = (typeof REPORT_FIELDS)[number];

/** Width-folded, whitespace-free form used to compare strings (PDF text breaks names across lines). */
export function normText(s: string): string {
	return s.normalize('NFKC').replace(/\s+/g, '');
}

/** Equal under the evaluation's rules: null only equals null, numbers within 1e-6 relative, strings after normText. */
export function sameValue(truth: unknown, got: unknown): boolean {
	if (truth === null || truth === undefined) return got === null || got === undefined;
	if (got === null || got === undefined) return false;
	if (typeof truth === 'number') {
		if (typeof got !== 'number' || !Number.isFinite(got)) return false;
		return Math.abs(truth - got) <= 1e-6 * Math.max(Math.abs(truth), 1e-9) || Math.abs(truth - got) < 1e-12;
	}
	if (typeof truth === 'string') return typeof got === 'string' && normText(truth) === normText(got);
	return truth === got;
}

/** Per-document comparison result. */
export interface DocScore {
	file: string;
	layout: string;
	variants: string[];
	ok: boolean;
	reason: string | null;
	fields: Record<ReportField, boolean>;
	/** Field values that differ: [truth, extracted]. */
	misses: Partial<Record<ReportField, [unknown, unknown]>>;
	indicators: { truth: number; extracted: number; matched: number; exactName: number; values: Record<IndicatorValue, [number, number]> };
	expenditures: { truth: number; extracted: number; amountsFound: number };
	findings: Record<'问题' | '建议' | '经验', { truth: number; extracted: number; textFound: number }>;
}

const IND_VALUES = ['level1', 'level2', 'target_value', 'actual_value', 'unit', 'weight', 'points', 'achieved'] as const;
/** Indicator columns whose accuracy is reported on matched indicators. */
export type IndicatorValue = (typeof IND_VALUES)[number];

const stripPunct = (s: string) => normText(s).replace(/[，。；;,.、：:“”"'‘’（）()！!？?\-—]/g, '');

/** Scores one extractor answer against the truth of its document. */
export function scoreDocument(truth: Truth, result: ExtractResult | { ok: false; reason: string }): DocScore {
	const ex: Extraction | null = result.ok ? result.value : null;
	const fields = {} as Record<ReportField, boolean>;
	const misses: DocScore['misses'] = {};
	for (const f of REPORT_FIELDS) {
		const got = ex ? (ex.report as unknown as Record<string, unknown>)[f] : undefined;
		fields[f] = ex !== null && sameValue(truth.report[f], got);
		if (!fields[f]) misses[f] = [truth.report[f], ex ? got : '(no extraction)'];
	}

	// Indicators: match by name (exact after normText, else one name containing the other).
	const exInds = ex?.indicators ?? [];
	const used = new Set<number>();
	const values = Object.fromEntries(IND_VALUES.map((k) => [k, [0, 0]])) as Record<IndicatorValue, [number, number]>;
	let matched = 0;
	let exactName = 0;
	for (const t of truth.indicators) {
		const tn = normText(t.name);
		let j = exInds.findIndex((e, k) => !used.has(k) && normText(e.name) === tn);
		const exact = j >= 0;
		if (j < 0) j = exInds.findIndex((e, k) => !used.has(k) && normText(e.name).length >= 2 && (normText(e.name).includes(tn) || tn.includes(normText(e.name))));
		if (j < 0) continue;
		used.add(j);
		matched++;
		if (exact) exactName++;
		const e = exInds[j] as unknown as Record<string, unknown>;
		for (const k of IND_VALUES) {
			const tv = (t as unknown as Record<string, unknown>)[k];
			// Score a column only where the document states it, so a narrative's missing 分值 is not counted.
			if (tv === null && (k === 'weight' || k === 'points' || k === 'target_value')) continue;
			values[k][1]++;
			if (sameValue(tv, e[k])) values[k][0]++;
		}
	}

	// Expenditures: amounts found as a multiset.
	const pool = (ex?.expenditures ?? []).map((e) => e.amount_yuan);
	let amountsFound = 0;
	for (const e of truth.expenditures) {
		const k = pool.findIndex((a) => a !== null && sameValue(e.amount_yuan, a));
		if (k >= 0) {
			pool.splice(k, 1);
			amountsFound++;
		}
	}

	const findings = {} as DocScore['findings'];
	for (const kind of ['问题', '建议', '经验'] as const) {
		const tf = truth.findings.filter((f) => f.kind === kind);
		const ef = (ex?.findings ?? []).filter((f) => f.kind === kind).map((f) => stripPunct(f.text));
		const textFound = tf.filter((f) => {
			const s = stripPunct(f.text);
			return ef.some((e) => e.length > 0 && (e === s || e.includes(s) || (s.includes(e) && e.length >= s.length * 0.8)));
		}).length;
		findings[kind] = { truth: tf.length, extracted: ef.length, textFound };
	}

	return {
		file: truth.file,
		layout: truth.layout,
		variants: truth.variants,
		ok: ex !== null,
		reason: result.ok ? null : result.reason,
		fields,
		misses,
		indicators: { truth: truth.indicators.length, extracted: exInds.length, matched, exactName, values },
		expenditures: { truth: truth.expenditures.length, extracted: ex?.expenditures.length ?? 0, amountsFound },
		findings
	};
}

/** Aggregate accuracy over many documents. */
export interface EvalSummary {
	documents: number;
	extracted: number;
	failures: { file: string; reason: string }[];
	/** Share of documents with the field right, overall and per layout. */
	fields: Record<ReportField, { all: number; byLayout: Record<string, number> }>;
	layouts: Record<string, number>;
	/** Share right of the six headline fields, per presentation variant. */
	byVariant: Record<string, { documents: number; headline: number }>;
	indicators: {
		truth: number;
		extracted: number;
		matched: number;
		recall: number;
		precision: number;
		exactNameShare: number;
		values: Record<IndicatorValue, number | null>;
	};
	/** Indicator recall and precision by name, per layout. */
	indicatorsByLayout: Record<string, { recall: number; precision: number }>;
	expenditures: { truth: number; extracted: number; amountRecall: number; docsWithExactCount: number; docsWithItems: number };
	findings: Record<'问题' | '建议' | '经验', { truth: number; extracted: number; textRecall: number | null }>;
}

/** The fields the accuracy test holds the extractor to. */
export const HEADLINE_FIELDS: readonly ReportField[] = ['year', 'district', 'budget_wan', 'actual_wan', 'score', 'grade'];

/** Aggregates per-document scores into shares. */
export function summarize(scores: readonly DocScore[]): EvalSummary {
	const n = scores.length;
	const layouts: Record<string, number> = {};
	for (const s of scores) layouts[s.layout] = (layouts[s.layout] ?? 0) + 1;
	const fields = {} as EvalSummary['fields'];
	for (const f of REPORT_FIELDS) {
		const byLayout: Record<string, number> = {};
		for (const l of Object.keys(layouts)) {
			const g = scores.filter((s) => s.layout === l);
			byLayout[l] = g.filter((s) => s.fields[f]).length / g.length;
		}
		fields[f] = { all: n ? scores.filter((s) => s.fields[f]).length / n : 0, byLayout };
	}
	const byVariant: EvalSummary['byVariant'] = {};
	const variantNames = [...new Set(scores.flatMap((s) => s.variants))].sort();
	for (const v of ['(none)', ...variantNames]) {
		const g = scores.filter((s) => (v === '(none)' ? s.variants.length === 0 : s.variants.includes(v)));
		if (!g.length) continue;
		const right = g.reduce((a, s) => a + HEADLINE_FIELDS.filter((f) => s.fields[f]).length, 0);
		byVariant[v] = { documents: g.length, headline: right / (g.length * HEADLINE_FIELDS.length) };
	}
	const sum = (f: (s: DocScore) => number) => scores.reduce((a, s) => a + f(s), 0);
	const it = sum((s) => s.indicators.truth);
	const ie = sum((s) => s.indicators.extracted);
	const im = sum((s) => s.indicators.matched);
	const values = {} as Record<IndicatorValue, number | null>;
	for (const k of IND_VALUES) {
		const right = sum((s) => s.indicators.values[k][0]);
		const total = sum((s) => s.indicators.values[k][1]);
		values[k] = total ? right / total : null;
	}
	const indicatorsByLayout: EvalSummary['indicatorsByLayout'] = {};
	for (const l of Object.keys(layouts)) {
		const g = scores.filter((s) => s.layout === l);
		const t = g.reduce((a, s) => a + s.indicators.truth, 0);
		const e = g.reduce((a, s) => a + s.indicators.extracted, 0);
		const m = g.reduce((a, s) => a + s.indicators.matched, 0);
		indicatorsByLayout[l] = { recall: t ? m / t : 0, precision: e ? m / e : 0 };
	}
	const withItems = scores.filter((s) => s.expenditures.truth > 0);
	const et = sum((s) => s.expenditures.truth);
	const findings = {} as EvalSummary['findings'];
	for (const kind of ['问题', '建议', '经验'] as const) {
		const t = sum((s) => s.findings[kind].truth);
		findings[kind] = { truth: t, extracted: sum((s) => s.findings[kind].extracted), textRecall: t ? sum((s) => s.findings[kind].textFound) / t : null };
	}
	return {
		documents: n,
		extracted: scores.filter((s) => s.ok).length,
		failures: scores.filter((s) => !s.ok).map((s) => ({ file: s.file, reason: s.reason ?? '' })),
		fields,
		layouts,
		byVariant,
		indicators: {
			truth: it,
			extracted: ie,
			matched: im,
			recall: it ? im / it : 0,
			precision: ie ? im / ie : 0,
			exactNameShare: im ? sum((s) => s.indicators.exactName) / im : 0,
			values
		},
		indicatorsByLayout,
		expenditures: {
			truth: et,
			extracted: sum((s) => s.expenditures.extracted),
			amountRecall: et ? sum((s) => s.expenditures.amountsFound) / et : 0,
			docsWithExactCount: withItems.filter((s) => s.expenditures.extracted === s.expenditures.truth).length,
			docsWithItems: withItems.length
		},
		findings
	};
}

const pct = (x: number | null) => (x === null ? '   —  ' : (x * 100).toFixed(1).padStart(5) + '%');

/** Plain-text tables of a summary, for the terminal. */
export function formatSummary(s: EvalSummary): string {
	const layouts = Object.keys(s.layouts).sort();
	const out: string[] = [];
	out.push(`documents ${s.documents}, extracted ${s.extracted}, failed ${s.failures.length}`);
	out.push('');
	out.push(['field'.padEnd(22), 'all'.padStart(6), ...layouts.map((l) => `${l} (${s.layouts[l]})`.padStart(16))].join(' '));
	for (const f of REPORT_FIELDS) out.push([f.padEnd(22), pct(s.fields[f].all), ...layouts.map((l) => pct(s.fields[f].byLayout[l]).padStart(16))].join(' '));
	out.push('');
	const i = s.indicators;
	out.push(
		`indicators: truth ${i.truth}, extracted ${i.extracted}, matched by name ${i.matched} — recall ${pct(i.recall)}, precision ${pct(i.precision)}, exact name ${pct(i.exactNameShare)}`
	);
	out.push(
		'  by layout: ' +
			layouts.map((l) => `${l} recall ${pct(s.indicatorsByLayout[l].recall).trim()} precision ${pct(s.indicatorsByLayout[l].precision).trim()}`).join('; ')
	);
	out.push(
		'  value accuracy on matched: ' +
			Object.entries(i.values)
				.map(([k, v]) => `${k} ${pct(v).trim()}`)
				.join(', ')
	);
	const e = s.expenditures;
	out.push(
		`expenditures: truth ${e.truth}, extracted ${e.extracted}, amounts found ${pct(e.amountRecall)}; exact item count in ${e.docsWithExactCount}/${e.docsWithItems} itemised reports`
	);
	out.push(
		'findings: ' +
			Object.entries(s.findings)
				.map(([k, v]) => `${k} truth ${v.truth} extracted ${v.extracted} text found ${pct(v.textRecall).trim()}`)
				.join('; ')
	);
	out.push('');
	out.push('headline fields (' + HEADLINE_FIELDS.join(', ') + ') by variant:');
	for (const [v, x] of Object.entries(s.byVariant)) out.push(`  ${v.padEnd(14)} ${String(x.documents).padStart(5)} docs ${pct(x.headline)}`);
	return out.join('\n');
}
