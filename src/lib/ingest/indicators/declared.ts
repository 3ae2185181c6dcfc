/**
 * Indicators a report declares by name ("产出指标…包括设备维护调试次数、心理咨询完成次数…3 个三级指标")
 * and then reports in prose: each declared name is linked to the prose figure it describes.
 */
import { esc, sq, type RawIndicator } from './shared';

/** A 三级指标 a report declares: its name, level-1 and weight when stated. */
export interface Declared {
	name: string;
	level1: string;
	weight: number | null;
}

/** The 三级指标 names declared in the text ("…包括A、B、C 3 个三级指标，分值分别为 12、8"). */
export function declared(text: string): Declared[] {
	const out: Declared[] = [];
	for (const clause of text.split(/[；;。\n]/)) {
		const m = /(产出|效益|过程|满意度|决策)指标.{0,40}?包括(.{2,200}?)\s*(\d{1,2}|[一二三四五六七八九十])\s*个三级指标/.exec(clause);
		if (!m) continue;
		const names = m[2]
			.split(/[、，,]/)
			.map((s) => sq(s).replace(/^(主要)?包括/, ''))
			.filter((s) => s.length >= 2);
		const w = /分值分别为\s*([\d.\s、，,]+)/.exec(clause);
		const weights = w
			? w[1]
					.split(/[、，,\s]+/)
					.filter(Boolean)
					.map(Number)
			: [];
		names.forEach((n, k) => out.push({ name: n, level1: m[1], weight: weights.length === names.length ? weights[k] : null }));
	}
	return out;
}

function core(name: string): string {
	return name.replace(/(完成次数|发生次数|次数|完成率|有效性|满意率|满意度|率|性)$/, '');
}

function bigrams(s: string): Set<string> {
	const b = new Set<string>();
	for (let i = 0; i + 2 <= s.length; i++) b.add(s.slice(i, i + 2));
	return b;
}

type Scored = { d: Declared; cands: { r: RawIndicator; s: number }[]; best: number };

const unitFor = (n: string) => (/次数$/.test(n) ? '次' : /率$|度$/.test(n) ? '%' : null);

/** Prose figures ranked for each declared name by shared bigrams (a unit that contradicts the name rules one out). */
function rank(decl: Declared[], rows: RawIndicator[]): Scored[] {
	const narrative = rows.filter((r) => r.origin === 'narrative').map((r) => ({ r, b: bigrams(r.name) }));
	const scored = decl.map((d) => {
		const c = core(d.name);
		const cb = bigrams(c);
		const u = unitFor(d.name);
		const cands = narrative
			.filter(({ r }) => !u || r.unit === u)
			.map(({ r, b: rb }) => {
				let s = 0;
				for (const b of rb) if (cb.has(b)) s++;
				if (r.name.includes(c)) s += 5;
				return { r, s };
			})
			.sort((a, b) => b.s - a.s);
		return { d, cands, best: cands[0]?.s ?? 0 };
	});
	return scored.sort((a, b) => b.best - a.best);
}

/** A text value for a declared name: "事项监管及时有效" for 监管有效性. */
function textValue(text: string, d: Declared): RawIndicator | null {
	const c = core(d.name);
	if (c.length < 2) return null;
	const tre = new RegExp(esc(c) + '([\\u4e00-\\u9fff]{2,8}?)(?=[，,。；;]|$)', 'gm');
	let tv: RegExpExecArray | null;
	while ((tv = tre.exec(text))) {
		if (text.startsWith(d.name, tv.index)) continue;
		if (/有效|到位|良好|规范|及时|合规|完善/.test(tv[1])) return mk(d, tv[1], null, null, tv.index, tv.index + tv[0].length);
	}
	return null;
}

/** Link declared 三级指标 names to prose figures (renaming the figure) or to 未发生 / text-valued clauses. */
export function linkDeclared(text: string, rows: RawIndicator[]): RawIndicator[] {
	const decl = declared(text);
	if (decl.length === 0) return rows;
	const used = new Set<RawIndicator>();
	const added: RawIndicator[] = [];
	const assign = (d: Declared, r: RawIndicator) => {
		used.add(r);
		r.name = d.name;
		r.level1 = d.level1;
		if (d.weight !== null) r.weight = d.weight;
	};
	for (const { d, cands } of rank(decl, rows)) {
		const c = core(d.name);
		// "未发生安全事故" → 0
		const none = new RegExp('(未发生|无|没有发生|零)(' + esc(c.replace(/发生$/, '')) + ')').exec(text);
		if (none && /次数$/.test(d.name)) {
			added.push(mk(d, sq(none[0]), 0, '次', none.index, none.index + none[0].length));
			continue;
		}
		const best = cands.find((x) => x.s >= 2 && !used.has(x.r));
		if (best) {
			assign(d, best.r);
			continue;
		}
		const tv = textValue(text, d);
		if (tv) {
			added.push(tv);
			continue;
		}
		// last resort: the first unused figure with the right unit under the same level-1 label
		const u = unitFor(d.name);
		const fallback = rows.find(
			(r) => r.origin === 'narrative' && !used.has(r) && r.level1 === d.level1 && (!u || r.unit === u) && !decl.some((x) => x.name === r.name)
		);
		if (fallback) assign(d, fallback);
	}
	return [...rows, ...added].sort((a, b) => a.start - b.start);
}

function mk(d: Declared, actualText: string, value: number | null, unit: string | null, start: number, end: number): RawIndicator {
	return {
		level1: d.level1,
		level2: null,
		name: d.name,
		target_text: null,
		target_value: null,
		actual_text: actualText,
		actual_value: value,
		unit,
		weight: d.weight,
		points: null,
		achieved: null,
		origin: 'narrative',
		start,
		end
	};
}
