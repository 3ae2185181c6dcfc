import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './corpus';
import { num, toFullWidth, yuanText } from './format';
import guangzhou from './guangzhou.json';
import { manifestCsv, truthJsonl } from './output';
import type { DemoDocument } from './types';

const corpus300 = generateCorpus({ reports: 300, seed: 42 });
const share = (docs: readonly DemoDocument[], f: (d: DemoDocument) => boolean) => docs.filter(f).length / docs.length;
const band = (s: number) => (s >= 90 ? '优' : s >= 80 ? '良' : s >= 60 ? '中' : '差');

describe('determinism', () => {
	it('gives identical documents for the same size and seed', () => {
		const a = generateCorpus({ reports: 60, seed: 7 });
		const b = generateCorpus({ reports: 60, seed: 7 });
		expect(a.map((d) => d.text)).toEqual(b.map((d) => d.text));
		expect(truthJsonl(a)).toBe(truthJsonl(b));
		expect(manifestCsv(a)).toBe(manifestCsv(b));
	});
	it('gives different documents for a different seed', () => {
		const a = generateCorpus({ reports: 20, seed: 7 });
		const b = generateCorpus({ reports: 20, seed: 8 });
		const same = a.filter((d, i) => d.text === b[i].text).length;
		expect(same).toBe(0);
	});
	it('makes a small corpus a prefix of a larger one (same seed)', () => {
		const small = generateCorpus({ reports: 10, seed: 42 });
		expect(small.map((d) => d.text)).toEqual(corpus300.slice(0, 10).map((d) => d.text));
	});
	it('rejects a bad size or seed with a clear message', () => {
		expect(() => generateCorpus({ reports: -1, seed: 1 })).toThrow(/reports/);
		expect(() => generateCorpus({ reports: 1, seed: 1.5 })).toThrow(/seed/);
	});
});

describe('distributions over 300 reports', () => {
	it('has execution rates mostly within 85–100% and a tail below', () => {
		const rated = corpus300.filter((d) => d.truth.report.execution_rate !== null);
		expect(share(rated, (d) => d.truth.report.execution_rate! >= 0.85 && d.truth.report.execution_rate! <= 1)).toBeGreaterThan(0.7);
		expect(share(rated, (d) => d.truth.report.execution_rate! < 0.85)).toBeGreaterThan(0.05);
		expect(share(rated, (d) => d.truth.report.execution_rate! < 0.85)).toBeLessThan(0.3);
	});
	it('covers all 11 districts, district-level units, and every year 2019–2025', () => {
		const districts = new Set(corpus300.map((d) => d.truth.report.district));
		expect([...districts].sort()).toEqual(guangzhou.districts.map((d) => d.name).sort());
		expect(share(corpus300, (d) => d.truth.report.unit_level === 'district')).toBeGreaterThan(0.08);
		expect([...new Set(corpus300.map((d) => d.truth.report.year))].sort()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
	});
	it('uses at least three layouts, each for a tenth or more of the reports', () => {
		for (const layout of ['narrative', 'grid', 'key']) expect(share(corpus300, (d) => d.truth.layout === layout)).toBeGreaterThan(0.1);
	});
	it('writes the variants: traditional, full-width, Markdown, hard wraps, yuan, approximations, old frame', () => {
		const seen = new Set(corpus300.flatMap((d) => d.truth.variants));
		for (const v of ['traditional', 'fullwidth', 'markdown', 'hardwrap', 'yuan', 'approx', 'old-frame', 'tabs', 'spaces', 'no-title'])
			expect(seen, v).toContain(v);
		expect(corpus300.filter((d) => d.file.endsWith('.md')).every((d) => d.truth.variants.includes('markdown'))).toBe(true);
	});
	it('places every street in its real district with its real code', () => {
		const byCode = new Map(guangzhou.districts.flatMap((d) => d.streets.map(([code, name]) => [code, { name, district: d.name }])));
		for (const d of corpus300) {
			const r = d.truth.report;
			if (r.street === null) {
				expect(r.division_code).toBe(guangzhou.districts.find((x) => x.name === r.district)!.code);
			} else {
				expect(byCode.get(r.division_code), d.file).toEqual({ name: r.street, district: r.district });
			}
		}
	});
	it('spreads grades over 优/良/中 with most reports 优 or 良', () => {
		const graded = corpus300.filter((d) => d.truth.report.grade !== null);
		expect(share(graded, (d) => d.truth.report.grade === '优' || d.truth.report.grade === '良')).toBeGreaterThan(0.7);
		expect(share(graded, (d) => d.truth.report.grade === '中' || d.truth.report.grade === '差')).toBeGreaterThan(0.03);
	});
	it('gives 5–20 indicators per report, some below target', () => {
		for (const d of corpus300) {
			expect(d.truth.indicators.length, d.file).toBeGreaterThanOrEqual(5);
			expect(d.truth.indicators.length, d.file).toBeLessThanOrEqual(20);
		}
		const all = corpus300.flatMap((d) => d.truth.indicators);
		expect(all.filter((i) => i.achieved === false).length / all.length).toBeGreaterThan(0.05);
	});
});

describe('internal consistency', () => {
	it('keeps grades within the 财预〔2020〕10号 bands of the score', () => {
		for (const d of corpus300) {
			const r = d.truth.report;
			if (r.score !== null && r.grade !== null) expect(r.grade, d.file).toBe(band(r.score));
			expect(r.grade === null, d.file).toBe(r.grade_basis === null);
			if (r.grade_basis === 'score') expect(r.score, d.file).not.toBeNull();
		}
	});
	it('has execution_rate = actual / budget and a stated rate that rounds to it', () => {
		for (const d of corpus300) {
			const r = d.truth.report;
			if (r.budget_wan !== null && r.actual_wan !== null) {
				expect(r.execution_rate, d.file).toBeCloseTo(r.actual_wan / r.budget_wan, 12);
				expect(r.actual_wan, d.file).toBeLessThanOrEqual(r.budget_wan);
				if (r.execution_rate_stated !== null) expect(Math.abs(r.execution_rate_stated - r.execution_rate!), d.file).toBeLessThan(0.006);
			}
			if (r.budget_wan !== null) {
				expect(r.budget_wan).toBeGreaterThanOrEqual(5);
				expect(r.budget_wan).toBeLessThanOrEqual(500);
			}
		}
	});
	it('adds indicator points (plus 10 × rate in a 自评表) up to the score', () => {
		for (const d of corpus300.filter((x) => x.truth.layout !== 'narrative')) {
			const r = d.truth.report;
			const pts = d.truth.indicators.reduce((a, i) => a + (i.points ?? 0), 0);
			const weights = d.truth.indicators.reduce((a, i) => a + (i.weight ?? 0), 0);
			const exec = d.truth.layout === 'grid' ? Math.round(Math.min(10, 10 * r.execution_rate!) * 100) / 100 : 0;
			expect(pts + exec, d.file).toBeCloseTo(r.score!, 6);
			expect(weights + (d.truth.layout === 'grid' ? 10 : 0), d.file).toBe(100);
		}
	});
	it('marks an indicator achieved exactly when its value meets a numeric target', () => {
		for (const i of corpus300.flatMap((d) => d.truth.indicators)) {
			if (i.target_value === null || i.actual_value === null) {
				expect(i.achieved).toBeNull();
				continue;
			}
			const meets = i.target_text!.startsWith('=')
				? i.target_value === 0
					? i.actual_value <= 0
					: i.actual_value >= i.target_value
				: i.actual_value >= i.target_value - 1e-9;
			expect(i.achieved, `${i.name} ${i.target_text} ${i.actual_text}`).toBe(meets);
		}
	});
	it('sums itemised spending to the actual spend', () => {
		for (const d of corpus300.filter((x) => x.truth.expenditures.length > 0)) {
			const sum = d.truth.expenditures.reduce((a, e) => a + e.amount_yuan, 0);
			expect(sum / 10000, d.file).toBeCloseTo(d.truth.report.actual_wan!, 6);
		}
	});
});

describe('truth values appear in the text', () => {
	const cn2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
	// What the document does to a value it writes: traditional characters, full-width digits.
	const view = (d: DemoDocument) => (s: string) => {
		let v = s;
		if (d.truth.variants.includes('fullwidth')) v = toFullWidth(v);
		if (d.truth.variants.includes('traditional')) v = cn2t(v);
		return v.replace(/\s+/g, '');
	};
	const money = (wan: number) => [num(wan), yuanText(wan * 10000)];

	it.each(corpus300.map((d) => [d.file, d] as const))('%s', (_file, d) => {
		const text = d.text.replace(/\s+/g, '');
		const v = view(d);
		const has = (s: string, what: string) => expect(text.includes(v(s)), `${what}: ${s}`).toBe(true);
		const hasAny = (ss: string[], what: string) =>
			expect(
				ss.some((s) => text.includes(v(s))),
				`${what}: ${ss.join(' | ')}`
			).toBe(true);
		const r = d.truth.report;
		has(String(r.year), 'year');
		has(r.district, 'district');
		if (r.street) hasAny([r.street, r.street.replace(/街道$/, '街')], 'street');
		has(r.unit, 'unit');
		has(r.project_name, 'project');
		if (r.budget_wan !== null) hasAny(money(r.budget_wan), 'budget');
		if (r.actual_wan !== null) hasAny(money(r.actual_wan), 'actual');
		if (r.execution_rate_stated !== null) hasAny([num(r.execution_rate_stated * 100) + '%'], 'rate');
		if (r.score !== null) has(num(r.score, 2), 'score');
		if (r.grade_basis === 'stated') has(r.grade!, 'grade');
		if (r.party_orgs !== null) has(String(r.party_orgs), 'party_orgs');
		if (r.party_members !== null) has(String(r.party_members), 'party_members');
		for (const i of d.truth.indicators) {
			has(i.name, 'indicator');
			if (i.actual_text) has(i.actual_text, 'actual_text');
			if (i.target_text) has(i.target_text, 'target_text');
		}
		for (const f of d.truth.findings) has(f.text, 'finding');
		for (const e of d.truth.expenditures) has(e.item, 'item');
	});
});
