/**
 * What a reviewer types or selects on the report page, turned into a correction the CLI will take: values
 * normalised to the dataset's units (money in 万元, rates as fractions), read from a selected sentence, and
 * checked with exactly the rules of corrections.csv (the correction is written out and parsed back). Keeping
 * one correction per report and field, and merging an imported file without losing any kept one. Pure.
 */
import { correctionsCsv, fieldType, parseCorrections, valueText, type Correction, type CorrectionProblem } from './corrections';
import { parseMoneyWan, scanQuantities } from '../ingest/numbers';

/** Fields whose value is a rate (fraction; a reviewer may type a percent). */
const RATE_FIELDS = new Set(['execution_rate_stated']);
/** Fields in 万元 (a reviewer may type an amount in 元 or 万元). */
const WAN_FIELDS = new Set(['budget_wan', 'actual_wan']);

/** Choices of a field with a closed set of values, else null. */
export function fieldChoices(field: string): string[] | null {
	if (field === 'grade') return ['优', '良', '中', '差'];
	if (field === 'evaluation_type') return ['单位自评', '部门评价', '财政评价'];
	if (field === 'unit_level') return ['street', 'district'];
	if (fieldType(field) === 'BOOLEAN') return ['true', 'false'];
	return null;
}

/** What a field is measured in, for the form's hint: 'wan', 'rate', 'score', 'year', 'int', 'number', 'text' or 'choice'. */
export function fieldKind(field: string): 'wan' | 'rate' | 'score' | 'year' | 'int' | 'number' | 'text' | 'choice' | null {
	const type = fieldType(field);
	if (!type) return null;
	if (fieldChoices(field)) return 'choice';
	if (WAN_FIELDS.has(field)) return 'wan';
	if (RATE_FIELDS.has(field)) return 'rate';
	if (field === 'score') return 'score';
	if (field === 'year') return 'year';
	if (type === 'INTEGER') return 'int';
	if (type === 'DOUBLE') return 'number';
	return 'text';
}

const FULL_WIDTH = /[０-９．，％]/g;
const halfWidth = (s: string) => s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * A typed value as the corrections file holds it: '' for none; numbers without separators; a rate typed as
 * a percent ("95%", "95.5％") becomes a fraction; money typed with 元 or 万元 becomes 万元. Anything else is kept
 * as typed (trimmed), for the value checks to name.
 */
export function normaliseInput(field: string, text: string): string {
	const t = halfWidth(text.trim());
	if (t === '') return '';
	const kind = fieldKind(field);
	if (kind === 'text' || kind === 'choice' || kind === null) return text.trim();
	if (kind === 'rate') {
		const m = /^(-?\d+(?:\.\d+)?)\s*%$/.exec(t.replace(/,/g, ''));
		if (m) return String(Number((Number(m[1]) / 100).toPrecision(12)));
	}
	if (kind === 'wan' && /元$/.test(t)) {
		const w = parseMoneyWan(t);
		if (w) return String(Number(w.wan.toPrecision(12)));
	}
	const plain = t.replace(/,(?=\d{3}(?:\D|$))/g, '').replace(kind === 'wan' ? /\s*(万元|万)$/ : /\s*(分|年|个|名|人)$/, '');
	return /^-?\d+(?:\.\d+)?$/.test(plain) ? String(Number(plain)) : text.trim();
}

/** The value a field's input starts with: the current value as the corrections file writes it. */
export function editValue(v: unknown): string {
	return valueText(v);
}

/**
 * The value a selected sentence states for `field` ('' when it states none that fits): money in 万元 (元
 * converted), a rate as a fraction, a score, a year, a count, one of a closed set's values, or the text itself.
 */
export function valueFromSelection(field: string, selected: string): string {
	const text = halfWidth(selected).replace(/\s+/g, ' ').trim();
	if (!text) return '';
	const kind = fieldKind(field);
	const qs = scanQuantities(text);
	const num = (v: number) => String(Number(v.toPrecision(12)));
	switch (kind) {
		case 'wan': {
			const m = qs.find((x) => x.q.unit === '万元' || x.q.unit === '元');
			return m ? num(m.q.unit === '元' ? m.q.value / 1e4 : m.q.value) : '';
		}
		case 'rate': {
			const m = qs.find((x) => x.q.unit === '%');
			return m ? num(m.q.value) : '';
		}
		case 'score': {
			const m = qs.find((x) => x.q.unit === '分') ?? qs.find((x) => x.q.unit === null && /\d/.test(x.number) && x.q.value <= 100);
			return m ? num(m.q.value) : '';
		}
		case 'year': {
			const m = /(20\d{2})\s*年?/.exec(text);
			return m ? m[1] : '';
		}
		case 'int':
		case 'number': {
			const m = qs.find((x) => /\d/.test(x.number) || x.q.unit);
			return m ? num(m.q.value) : '';
		}
		case 'choice': {
			const choices = fieldChoices(field) ?? [];
			// the value stated after 等级/评为/为 wins over one merely mentioned ("优秀" in 评分标准)
			const stated = /(?:等级|评为|评定为|结果为|为)[“"「]?\s*([优良中差])/.exec(text);
			if (field === 'grade' && stated) return stated[1];
			return choices.find((c) => text.includes(c)) ?? '';
		}
		case 'text':
			return text.slice(0, 200);
		default:
			return '';
	}
}

/** Field a selected sentence is most likely about (the first the form offers), by its words. */
export function guessField(selected: string): string | null {
	const t = selected;
	if (/执行率/.test(t)) return 'execution_rate_stated';
	if (/实际支出|支出|执行/.test(t) && /元/.test(t)) return 'actual_wan';
	if (/预算|安排|资金/.test(t) && /元/.test(t)) return 'budget_wan';
	if (/等级|评为/.test(t)) return 'grade';
	if (/得分|总分|评分|分/.test(t) && /\d/.test(t)) return 'score';
	if (/党员/.test(t)) return 'party_members';
	if (/党组织|支部/.test(t)) return 'party_orgs';
	if (/年度|\d{4}\s*年/.test(t)) return 'year';
	return null;
}

/** Problems of one correction by the rules of corrections.csv (field, type, sense): it is written out and read back. */
export function correctionProblems(c: Correction): CorrectionProblem[] {
	const nul = nulProblem(c);
	if (nul) return [{ ...nul, line: null }];
	const { problems } = parseCorrections(correctionsCsv([c]));
	return problems.map((p) => ({ ...p, line: null }));
}

/** A NUL character anywhere in a correction's text (no database string can hold one), named; else null. */
export function nulProblem(c: Correction): CorrectionProblem | null {
	const bad = (['report_id', 'field', 'old_value', 'new_value', 'reason', 'reviewer', 'corrected_at'] as const).find((k) =>
		String(c[k] ?? '').includes('\u0000')
	);
	return bad ? { line: c.line ?? null, zh: `${bad} 含有 NUL 字符`, en: `${bad} contains a NUL character` } : null;
}

/**
 * The kept list with `c` in it: one correction per report and field; a field corrected again keeps the old
 * value it first had (what the machine read, which the CLI checks), with the new value, reason and time.
 */
export function upsertCorrection<T extends Correction>(list: T[], c: T): T[] {
	const i = list.findIndex((x) => x.report_id === c.report_id && x.field === c.field);
	if (i < 0) return [...list, c];
	const next = [...list];
	next[i] = { ...c, old_value: list[i].old_value };
	return next;
}

/**
 * Which imported corrections to keep beside the kept ones: a row for a field already corrected in this
 * browser is kept only when it says the same (then it is already there); otherwise the kept one stays and the
 * row is named. Nothing kept is lost.
 */
export function mergeImported<T extends Correction>(kept: T[], rows: T[]): { add: T[]; same: number; problems: CorrectionProblem[] } {
	const byKey = new Map(kept.map((k) => [`${k.report_id}|${k.field}`, k]));
	const add: T[] = [];
	const problems: CorrectionProblem[] = [];
	let same = 0;
	for (const r of rows) {
		const k = byKey.get(`${r.report_id}|${r.field}`);
		if (!k) add.push(r);
		else if ((k.new_value ?? '') === (r.new_value ?? '')) same++;
		else
			problems.push({
				line: r.line ?? null,
				zh: `${r.report_id} 的 ${r.field} 已在本浏览器中更正为“${k.new_value}”，保留已有更正，未导入“${r.new_value}”`,
				en: `${r.field} of ${r.report_id} is already corrected in this browser to "${k.new_value}": kept that, "${r.new_value}" not imported`
			});
	}
	return { add, same, problems };
}
