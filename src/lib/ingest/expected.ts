/**
 * Compare an extraction with a hand-written expected file (format: test/extract/real/README.md).
 * Pure, so the same check serves the specs and an evaluation CLI.
 */
import type { Extraction, FindingKind } from './types';
import { sameScript } from './normalize';

/** One hand-written expectation. */
export interface Expected {
	source_file: string;
	report: Record<string, unknown>;
	indicators: Record<string, unknown>[];
	indicators_min: number;
	expenditures: { item: string; amount_yuan: number }[];
	findings: Partial<Record<FindingKind, string[]>>;
	/** Substrings that must occur among the extraction warnings (layout fixtures). */
	warnings_match?: string[];
}

/** What matched and what did not. */
export interface Comparison {
	failures: string[];
	indicatorsMatched: number;
	indicatorsMissed: string[];
	fieldsChecked: number;
}

const sq = (s: unknown) => sameScript(String(s)).replace(/\s+/g, '');
/** Operators a form writes in several glyphs for one meaning (≧ ≥, ═ =): the same text. */
const ops = (s: string) =>
	s
		.replace(/≧|>=/g, '≥')
		.replace(/≦|<=/g, '≤')
		.replace(/[═＝﹦]/g, '=')
		.replace(/(?<=\d)百分比/g, '%');
/**
 * A target's or result's text without the word that labels it before its figure ("实际完成8个" is "8个", "目标值≥90%" is
 * "≥90%"): the sets differ on whether the text keeps it, and the figure is the same.
 */
const valueText = (s: unknown) =>
	ops(sq(s)).replace(/^(?:实际(?:完成值?|达到|值|为)?|完成值?|(?:年度|全年)?目标值?|指标值|计划值?)[:：]?(?=[\d≥≤<>=不约])/, '');
/** A unit in one spelling: "百分比" is "%" (a form's unit typed as a word). */
const unitOf = (s: string) => sq(s).replace(/^百分比$/, '%');
const EPS = 1e-6;
/** A level-1 label of the older scheme is the schema's (levels.ts maps 效果 → 效益, 投入 → 决策 and says so). */
const level1 = (s: string) => ({ 效果: '效益', 投入: '决策' })[s] ?? s;
/** The one level-2 under 满意度 is 服务对象满意度: a form that writes "满意度指标" at level 2 means it. */
const level2 = (s: string) => ({ 满意度: '服务对象满意度' })[s] ?? s;

function same(a: unknown, b: unknown, key: string): boolean {
	if (b === null) return a === null;
	if (typeof b === 'number') return typeof a === 'number' && Math.abs(a - b) <= EPS * Math.max(1, Math.abs(b));
	if (typeof b === 'string')
		return (
			typeof a === 'string' &&
			(key.endsWith('_text')
				? valueText(a) === valueText(b)
				: key === 'unit'
					? unitOf(a) === unitOf(b)
					: key === 'title' || key === 'item'
						? sq(a) === sq(b)
						: key === 'level1'
							? level1(a) === level1(b)
							: key === 'level2'
								? level2(a) === level2(b)
								: a === b)
		);
	return a === b;
}

/**
 * The extracted indicator an expected one names: found by normalised name containment (either way) among those
 * not `used`, with every listed field equal (levels given as null are not checked). index −1 when none;
 * `named` says whether a name matched at all (then `why` lists the values that differ).
 */
export function matchIndicator(
	xs: readonly object[],
	ei: Record<string, unknown>,
	used: ReadonlySet<number>
): { index: number; named: boolean; why: string; conflict: boolean } {
	const en = sq(ei.name);
	let named = false;
	let why = 'no indicator with that name';
	// conflict: the extractor wrote a value that differs (not only NULL where the reader wrote one) — a wrong value
	let conflict = false;
	for (let i = 0; i < xs.length; i++) {
		if (used.has(i)) continue;
		const xi = xs[i] as Record<string, unknown>;
		const xn = sq(xi.name);
		if (!(xn.includes(en) || en.includes(xn))) continue;
		named = true;
		const bad = Object.entries(ei).filter(([k, v]) => k !== 'name' && !((k === 'level1' || k === 'level2') && v === null) && !same(xi[k], v, k));
		if (bad.length === 0) return { index: i, named, why: '', conflict: false };
		const wrote = bad.some(([k]) => xi[k] !== null && xi[k] !== undefined);
		// the least damning candidate explains the miss: one with only blanks beats one with a different value
		if (why === 'no indicator with that name' || (conflict && !wrote)) {
			why = bad.map(([k, v]) => `${k} ${JSON.stringify(xi[k])}≠${JSON.stringify(v)}`).join(', ');
			conflict = wrote;
		}
	}
	return { index: -1, named, why, conflict };
}

/** Compare; every listed field is checked (null must be null), levels given as null are not checked. */
export function compareExpected(x: Extraction, e: Expected): Comparison {
	const failures: string[] = [];
	let fieldsChecked = 0;
	const r = x.report as unknown as Record<string, unknown>;
	for (const [k, v] of Object.entries(e.report)) {
		fieldsChecked++;
		if (!same(r[k], v, k)) failures.push(`report.${k}: got ${JSON.stringify(r[k])}, expected ${JSON.stringify(v)}`);
	}
	// Indicators: found by normalised name containment (either way), then every listed field equal.
	const used = new Set<number>();
	const missed: string[] = [];
	let matched = 0;
	for (const ei of e.indicators) {
		const m = matchIndicator(x.indicators, ei, used);
		if (m.index >= 0) {
			used.add(m.index);
			matched++;
		} else missed.push(`${ei.name} (${m.why})`);
	}
	if (matched < e.indicators_min) failures.push(`indicators: matched ${matched} < indicators_min ${e.indicators_min}; missed: ${missed.join('; ')}`);
	// Expenditures: equal, in order
	if (x.expenditures.length !== e.expenditures.length) failures.push(`expenditures: got ${x.expenditures.length} rows, expected ${e.expenditures.length}`);
	e.expenditures.forEach((ee, i) => {
		const xe = x.expenditures[i];
		if (!xe || !same(xe.item, ee.item, 'item') || !same(xe.amount_yuan, ee.amount_yuan, 'amount_yuan'))
			failures.push(`expenditures[${i}]: got ${xe ? `${xe.item} ${xe.amount_yuan}` : 'nothing'}, expected ${ee.item} ${ee.amount_yuan}`);
	});
	// Findings: each substring inside a finding of that kind; an empty list means none of that kind
	for (const [kind, subs] of Object.entries(e.findings) as [FindingKind, string[]][]) {
		const mine = x.findings.filter((f) => f.kind === kind).map((f) => sq(f.text));
		if (subs.length === 0 && mine.length > 0) failures.push(`findings.${kind}: expected none, got ${mine.length}`);
		for (const s of subs) if (!mine.some((t) => t.includes(sq(s)))) failures.push(`findings.${kind}: no finding contains “${s}”`);
	}
	for (const w of e.warnings_match ?? []) if (!x.warnings.some((xw) => xw.includes(w))) failures.push(`warnings: none contains “${w}”`);
	return { failures, indicatorsMatched: matched, indicatorsMissed: missed, fieldsChecked };
}
