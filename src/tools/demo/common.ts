import { num, pctText, round, yuanText } from './format';
import type { Plan } from './plan';
import type { Rng } from './rng';
import type { Truth, TruthIndicator, TruthReport } from './types';

/** Marks a heading line (followed by its level digit); the corpus step turns it into text or Markdown. */
export const HEADING = '\u0002';
/** Marks a table row, which hard wrapping leaves alone. */
export const ROW = '\u0001';

/** A heading line at level 1–3. */
export const heading = (level: 1 | 2 | 3, text: string): string => HEADING + level + text;

/** A table row; with tabs empty cells stay, with spaces they vanish as in PDF text. */
export function row(cells: readonly string[], tabs: boolean): string {
	return ROW + (tabs ? cells.join('\t') : cells.filter((c) => c !== '').join(' '));
}

/** Per-document writing habits. */
export interface Style {
	/** Space between a number and its unit / surrounding text ("100 万元" vs "100万元"). */
	sp: string;
	/** Money in prose written in 元 with thousands separators. */
	yuan: boolean;
	/** Table cells separated by tabs (docx/xlsx export) rather than spaces (PDF text). */
	tabs: boolean;
}

/** Draws a document's writing habits. */
export function drawStyle(rng: Rng, allowYuan: boolean): Style {
	return { sp: rng.chance(0.5) ? ' ' : '', yuan: allowYuan && rng.chance(0.15), tabs: rng.chance(0.5) };
}

/** Money for prose: "100 万元" or "1,000,000.00元". */
export function moneyText(yuan: number, st: Style): string {
	return st.yuan ? `${yuanText(yuan)}${st.sp}元` : `${num(yuan / 10000)}${st.sp}万元`;
}

/** Money in 万元 for a table cell. */
export const wanCell = (yuan: number): string => num(yuan / 10000);

/** The stated execution rate: text and value (a fraction). */
export function rateText(rng: Rng, rate: number): { text: string; value: number } {
	if (rate >= 0.995 && rate < 1 && rng.chance(0.3)) return { text: '约100%', value: 1 };
	const d = rng.chance(0.7) ? 2 : 1;
	const text = pctText(rate, d);
	return { text, value: round(round(rate * 100, d) / 100, 8) };
}

/** Score as written ("96.5"). */
export const scoreText = (score: number): string => num(score, 2);

/**
 * The unit as SCHEMA.md names it: a parent government written before the unit is not part of it
 * ("广州市海珠区人民政府海幢街道办事处" → 海幢街道办事处, SCHEMA's own example); a town's 人民政府 is the unit itself.
 */
export function unitName(written: string): string {
	return written.replace(/^.*人民政府(?=.)/, '');
}

/** Truth with every stated-or-not field null; layouts fill in what they write. */
export function baseTruth(plan: Plan, file: string): Truth {
	const p = plan.place;
	const report: TruthReport = {
		title: null,
		year: plan.year,
		province: p.province,
		city: p.city,
		district: p.district,
		street: p.street,
		division_code: p.streetCode ?? p.districtCode,
		unit: unitName(p.unit),
		unit_level: p.street ? 'street' : 'district',
		project_name: plan.project,
		evaluation_type: null,
		budget_wan: null,
		actual_wan: null,
		execution_rate: null,
		execution_rate_stated: null,
		score: null,
		grade: null,
		grade_basis: null,
		party_orgs: null,
		party_members: null
	};
	return { file, synthetic: true, layout: plan.layout, variants: [], report, indicators: [], expenditures: [], findings: [] };
}

/** Fills execution_rate from the stated money (or the stated rate) and grade from the score, as SCHEMA.md defines them. */
export function finishTruth(t: Truth): Truth {
	const r = t.report;
	r.execution_rate = r.budget_wan !== null && r.actual_wan !== null && r.budget_wan > 0 ? r.actual_wan / r.budget_wan : r.execution_rate_stated;
	if (r.grade === null && r.score !== null) {
		r.grade = r.score >= 90 ? '优' : r.score >= 80 ? '良' : r.score >= 60 ? '中' : '差';
		r.grade_basis = 'score';
	}
	return t;
}

/** An indicator's truth as a table states it (all columns). */
export function tableIndicator(i: TruthIndicator): TruthIndicator {
	return {
		level1: i.level1,
		level2: i.level2,
		name: i.name,
		target_text: i.target_text,
		target_value: i.target_value,
		actual_text: i.actual_text,
		actual_value: i.actual_value,
		unit: i.unit,
		weight: i.weight,
		points: i.points,
		achieved: i.achieved,
		origin: 'table'
	};
}

/** Chinese ordinal for headings and 一是/二是 lists. */
export const ZH_ORD = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A numbered list in one of the reports' styles; returns lines. */
export function listLines(rng: Rng, items: readonly string[]): string[] {
	const style = rng.pick(['dot', 'paren', 'zhparen', 'inline', 'comma'] as const);
	if (style === 'inline') return [items.map((t, i) => `${ZH_ORD[i]}是${t}`).join('；') + '。'];
	return items.map((t, i) => {
		const end = i === items.length - 1 ? '。' : rng.pick(['；', '。']);
		if (style === 'dot') return `${i + 1}.${t}${end}`;
		if (style === 'comma') return `${i + 1}、${t}${end}`;
		if (style === 'paren') return `（${i + 1}）${t}${end}`;
		return `（${ZH_ORD[i]}）${t}${end}`;
	});
}
