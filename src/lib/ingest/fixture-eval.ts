/**
 * Field-level accuracy of the extractor on hand-written fixtures (test/extract/…/*.expected.json):
 * every expected field is correct, missing (the extractor wrote NULL) or wrong (it wrote another value,
 * or a value where the reader wrote NULL; an indicator is wrong when one of its values differs, missing when it
 * is absent or only lacks values). Wrong values are counted apart: a blank with a check can be
 * reviewed, a wrong figure on a dashboard cannot. Pure, so the CLI and a spec share it.
 */
import type { Extraction, ExtractResult, FindingKind } from './types';
import { matchIndicator, type Expected } from './expected';
import { sameScript } from './normalize';

/** One expected report, or a document the extractor must reject. */
export type ExpectedDoc = Expected | Expected[] | { source_file: string; rejected: true };

export type Outcome = 'correct' | 'missing' | 'wrong';

/** One checked field of one fixture. */
export interface FieldResult {
	fixture: string;
	layout: string;
	field: string;
	outcome: Outcome;
	expected: unknown;
	got: unknown;
}

export const PLACE_FIELDS = new Set(['province', 'city', 'district', 'street', 'division_code']);

const LEADING_YEAR = /^(?:19|20)\d{2}年度?/;
const FUND_ITEM = /(?<=经费|资金|补助|补贴|工程)项目$/;
/**
 * A place opening a project's name ("加乐镇胡椒…项目", "某县农村生活污水治理项目"): the sets split on it, and the place is a
 * field of its own.
 */
const LEADING_TOWN = /^(?:[\u4e00-\u9fff]{1,6}?(?:省|市|州|盟|县|区|旗))?(?:[\u4e00-\u9fff]{1,5}?(?:镇|乡|街道))?(?=[\u4e00-\u9fff]{4})/;
const TITLE_YEAR = /\((?:19|20)\d{2}年度?\)$/;
const sq = (s: unknown) => sameScript(String(s)).replace(/\s+/g, '');
const brackets = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');

function same(a: unknown, b: unknown, key: string): boolean {
	if (b === null) return a === null;
	// a rate as a report writes it (two decimals of a percent, "92.67%") is the rate actual/budget gives to that precision
	if (typeof b === 'number' && key === 'execution_rate') return typeof a === 'number' && Math.abs(a - b) <= 0.00005 + 1e-9;
	if (typeof b === 'number') return typeof a === 'number' && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
	if (typeof b === 'string') {
		if (typeof a !== 'string') return false;
		// the sets differ on whether a project's name keeps the year before it ("2022年度X项目"): the year is a field of
		// its own, so a leading year is no part of the comparison
		// (…nor whether a fund's name keeps the word 项目 after it, "X工作经费项目" or "X工作经费": the sets split evenly)
		// (…nor a works' name, "X改造工程项目" or "X改造工程": 2 sets write the first, 3 the second, for a text that writes both)
		// (…nor whether it keeps the town it is in, "某镇X项目" or "X项目")
		if (key === 'project_name') {
			const p = (x: unknown) => sq(x).replace(LEADING_YEAR, '').replace(FUND_ITEM, '');
			return p(a) === p(b) || p(a).replace(LEADING_TOWN, '') === p(b).replace(LEADING_TOWN, '');
		}
		// (a title's brackets in either width are the same title: the sets differ on "（2024年度）" and "(2024年度)")
		// (…and a form's year in brackets after its name is the year's field, not the title's: the sets differ on whether
		// "项目支出绩效自评表" keeps the "(2025年度)" printed under or after it)
		if (key === 'title') return brackets(sq(a)).replace(TITLE_YEAR, '') === brackets(sq(b)).replace(TITLE_YEAR, '');
		return key === 'unit' ? sq(a) === sq(b) : a === b;
	}
	return a === b;
}

/** The layout of a fixture named <province>-<layout>-<short>; the folder name for others. */
export function layoutOf(name: string, folder: string): string {
	const base = name.replace(/\.(expected\.json|txt|md)$/, '');
	const parts = base.split('-');
	return parts.length >= 3 ? parts.slice(1, -1).join('-') : folder;
}

/** Compare one document's extractions with what a person wrote down. */
export function scoreFixture(fixture: string, layout: string, expected: ExpectedDoc, result: ExtractResult, more: Extraction[] = []): FieldResult[] {
	const out: FieldResult[] = [];
	const put = (field: string, outcome: Outcome, e: unknown, g: unknown) => out.push({ fixture, layout, field, outcome, expected: e, got: g });
	if ('rejected' in expected) {
		put('rejected', result.ok ? 'wrong' : 'correct', true, result.ok ? 'accepted' : result.reason);
		return out;
	}
	const list = Array.isArray(expected) ? expected : [expected];
	const got: Extraction[] = result.ok ? [result.value, ...(result.value.more ?? []), ...more] : [];
	list.forEach((e, k) => {
		const x = got[k] ?? null;
		const r = (x?.report ?? {}) as unknown as Record<string, unknown>;
		for (const [field, v] of Object.entries(e.report)) {
			const g = x ? (r[field] ?? null) : null;
			if (same(g, v, field)) put(field, 'correct', v, g);
			else if (g === null) put(field, 'missing', v, g);
			// a place code one level short (the county's code where the town was meant, the town left blank) is
			// incomplete, not wrong: the part it states is right
			else if (
				field === 'division_code' &&
				typeof g === 'string' &&
				typeof v === 'string' &&
				g.length < v.length &&
				[2, 4, 6].includes(g.length) &&
				v.startsWith(g)
			)
				put(field, 'missing', v, g);
			else put(field, 'wrong', v, g);
		}
		// indicators: each expected row is a field, matched by name containment and every listed value
		const used = new Set<number>();
		for (const ei of e.indicators ?? []) {
			const m = matchIndicator(x?.indicators ?? [], ei, used);
			if (m.index >= 0) used.add(m.index);
			// named but incomplete: wrong only where the extractor wrote a different value, missing where it left a blank
			put(`indicator:${String(ei.name)}`, m.index >= 0 ? 'correct' : m.conflict ? 'wrong' : 'missing', ei, m.index >= 0 ? null : m.why);
		}
		// expenditures: matched by item, each written row used once (two works may each list a 监理费): the one with the same
		// amount first
		// (…an item the same with or without the word for spending after its name: "消防通道划线施工支出" is "消防通道划线施工")
		const spent = new Set<unknown>();
		const itemKey = (s: unknown) => sq(s).replace(/(?<=[\u4e00-\u9fff]{3})支出$/, '');
		for (const ee of e.expenditures ?? []) {
			const cands = (x?.expenditures ?? []).filter((xe) => itemKey(xe.item) === itemKey(ee.item) && !spent.has(xe));
			const hit = cands.find((xe) => same(xe.amount_yuan, ee.amount_yuan, 'amount_yuan')) ?? cands[0];
			if (hit) spent.add(hit);
			put('expenditure', hit ? (same(hit.amount_yuan, ee.amount_yuan, 'amount_yuan') ? 'correct' : 'wrong') : 'missing', ee, hit ?? null);
		}
		for (const [kind, subs] of Object.entries(e.findings ?? {}) as [FindingKind, string[]][]) {
			// (a full stop typed "." is the same stop as "。": a PDF's text layer stops its sentences so; and so is a closing
			// ASCII "!" or "?" in a text that stops every sentence so)
			// (…and a stop typed twice, ",," or ",。", is the one stop the reader reads: the extractor writes it once)
			const stop = (t: unknown) =>
				sq(t)
					.replace(/(?<!\d)\.(?!\d)|[!?]$/g, '。')
					.replace(/([,，、])\1+/g, '$1')
					.replace(/[,，]+(?=[。;；])/g, '');
			const mine = x ? x.findings.filter((f) => f.kind === kind).map((f) => stop(f.text)) : [];
			for (const s of subs) put(`finding:${kind}`, mine.some((t) => t.includes(stop(s))) ? 'correct' : 'missing', s, null);
		}
	});
	return out;
}

/** Counts of one group of field results. */
export interface Tally {
	fields: number;
	correct: number;
	missing: number;
	wrong: number;
}

export function tally(rs: FieldResult[]): Tally {
	const t: Tally = { fields: rs.length, correct: 0, missing: 0, wrong: 0 };
	for (const r of rs) t[r.outcome]++;
	return t;
}

const pct = (t: Tally) => (t.fields ? ((100 * t.correct) / t.fields).toFixed(1) : '—');

/** The printed summary: overall, wrong places, per report field, per layout, then every wrong value. */
export function formatFixtureSummary(rs: FieldResult[]): string {
	const lines: string[] = [];
	const all = tally(rs);
	const places = rs.filter((r) => PLACE_FIELDS.has(r.field));
	const wrongPlaces = places.filter((r) => r.outcome === 'wrong').length;
	lines.push(`fixtures: ${new Set(rs.map((r) => r.fixture)).size}, fields: ${all.fields}`);
	lines.push(`correct ${all.correct} (${pct(all)}%), missing ${all.missing}, WRONG ${all.wrong} (of which places: ${wrongPlaces})`);
	const group = (key: (r: FieldResult) => string, title: string) => {
		lines.push('', `${title.padEnd(26)} fields  correct  missing  wrong`);
		const by = new Map<string, FieldResult[]>();
		for (const r of rs) by.set(key(r), [...(by.get(key(r)) ?? []), r]);
		for (const [k, v] of [...by].sort()) {
			const t = tally(v);
			lines.push(`${k.padEnd(26)} ${String(t.fields).padStart(6)}  ${pct(t).padStart(6)}%  ${String(t.missing).padStart(7)}  ${String(t.wrong).padStart(5)}`);
		}
	};
	group((r) => (r.field.includes(':') ? r.field.slice(0, r.field.indexOf(':')) : r.field), 'field');
	group((r) => r.layout, 'layout');
	const wrong = rs.filter((r) => r.outcome === 'wrong');
	if (wrong.length) {
		lines.push('', 'wrong values [fixture field: expected → got]:');
		for (const r of wrong) lines.push(`  ${r.fixture} ${r.field}: ${JSON.stringify(r.expected)} → ${JSON.stringify(r.got)}`);
	}
	return lines.join('\n');
}
