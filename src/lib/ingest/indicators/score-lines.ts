/**
 * Per-indicator score lines of a key evaluation or an older frame: "立项依据充分性（分值3分，得分3分）"
 * or "资金到位率：分值4分，得分4分", under a 决策 / 过程 / 产出 / 效益 heading.
 */
import { meets, parseMeasure } from '../numbers';
import { level1Of, level2Of } from '../levels';
import { headingTitle, isHeading, type Line } from '../structure';
import { esc, mappedWarning, sq, type RawIndicator } from './shared';

const RE_PAREN =
	/^([^\s（(：:，,。；]{2,30})\s*[（(]\s*(?:分值|权重|满分|标准分)[为:：\s]*(\d+(?:\.\d+)?)\s*分?\s*(?:[，,、；;]\s*(?:实际)?(?:得分|评分|得)[为:：\s]*(\d+(?:\.\d+)?)\s*分?)?\s*[）)]/;
const RE_COLON =
	/^([^\s（(：:，,。；]{2,30})[：:]\s*(?:分值|权重|满分)[为:：\s]*(\d+(?:\.\d+)?)\s*分[，,、；;\s]*(?:实际)?(?:得分|评分|得)[为:：\s]*(\d+(?:\.\d+)?)\s*分/;

/** The level-1 / level-2 context set by headings. */
interface Ctx {
	l1: { level1: string; rank: number } | null;
	l2: string | null;
}

/** A heading line updates the level context ("（一）投入指标分析" → 决策, older scheme mapped). */
function onHeading(l: Line, ctx: Ctx, warnings: Set<string>): void {
	const title = headingTitle(l).replace(/[（(].*$/, '');
	const lv = level1Of(title.replace(/(情况|分析|方面)+$/, ''));
	if (lv && title.length <= 12) {
		ctx.l1 = { level1: lv.level1, rank: l.rank };
		ctx.l2 = null;
		if (lv.mapped) warnings.add(mappedWarning(lv.mapped));
	} else if (ctx.l1 && l.rank <= ctx.l1.rank) {
		ctx.l1 = null;
	}
	const lv2 = level2Of(title);
	if (lv2 && ctx.l1 && l.rank > ctx.l1.rank) ctx.l2 = lv2;
}

/**
 * "…实际96.59%，得" + " 7 分。", "目标值≥21" + "场，实际22场，得 6 分。": a score line wrapped onto the
 * next (non-blank) line carries on there. Returns the joined body and its end; claims the lines used.
 */
function continued(lines: Line[], i: number, body: string, claimed: Set<number>): { body: string; end: number } {
	let nx = i + 1;
	if (nx < lines.length && lines[nx].text.trim() === '') nx++;
	const next = lines[nx];
	if (
		!/[。；;]$/.test(body) &&
		next &&
		next.rank === 0 &&
		next.text.length <= 60 &&
		/^[^，。；]{0,12}[，,]?.*分[。；]?$/.test(next.text.trim()) &&
		/(?:得|评)/.test(next.text + body.slice(-2))
	) {
		for (let k = i + 1; k <= nx; k++) claimed.add(k);
		return { body: body + next.text.trim(), end: next.end };
	}
	return { body, end: lines[i].end };
}

/** The indicator a matched score line states (target / actual read from the rest of the line). */
function rowOf(m: RegExpExecArray, body: string, ctx: Ctx, start: number, end: number): RawIndicator {
	const rest = body.slice(m[0].length);
	let points = m[3] !== undefined ? Number(m[3]) : null;
	if (points === null) {
		const pm = /(?:得分|评分|得)[为:：\s]*(\d+(?:\.\d+)?)\s*分(?![值])/.exec(rest);
		if (pm) points = Number(pm[1]);
	}
	const tv = /(?:目标值|年度目标|指标值|目标)[为是:：\s]*([^，,。；;]{1,20})/.exec(rest);
	// "实际完成24场", else the indicator's own name with a figure ("资金到位率为80%")
	const av =
		/实际(?:完成值|完成|值|达到)?[为是:：\s]*([^，,。；;]{1,20})/.exec(rest) ??
		new RegExp(esc(m[1]) + '(?:为|达到?|是)\\s{0,2}((?:约|近)?\\d[^，,。；;]{0,18})').exec(rest);
	const tm = tv ? parseMeasure(tv[1]) : null;
	const am = av ? parseMeasure(av[1]) : null;
	return {
		level1: ctx.l1!.level1,
		level2: ctx.l2,
		name: m[1],
		target_text: tv ? sq(tv[1]) : null,
		target_value: tm?.value ?? null,
		actual_text: av ? sq(av[1]) : null,
		actual_value: am?.value ?? null,
		unit: am?.unit ?? tm?.unit ?? null,
		weight: Number(m[2]),
		points,
		achieved: tm && am && tm.value !== null && am.value !== null ? meets(am.value, tm.value, tm.op) : null,
		origin: 'table',
		start,
		end
	};
}

/** Per-indicator score lines under a level heading; skips claimed lines and claims the ones it reads. */
export function parseScoreLines(lines: Line[], warnings: Set<string>, claimed: Set<number>): RawIndicator[] {
	const out: RawIndicator[] = [];
	const ctx: Ctx = { l1: null, l2: null };
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (claimed.has(i)) continue;
		if (l.rank > 0 && isHeading(l)) onHeading(l, ctx, warnings);
		if (!l.body.includes('分')) continue;
		const m = RE_PAREN.exec(l.body.trim()) ?? RE_COLON.exec(l.body.trim());
		if (!m || !ctx.l1) continue;
		const { body, end } = continued(lines, i, l.body.trim(), claimed);
		// A level-1 or level-2 subtotal line is not a 三级指标
		if (level1Of(m[1]) && m[1].length <= 6) continue;
		const asL2 = level2Of(m[1]);
		if (asL2 && m[1].length <= 8) {
			ctx.l2 = asL2;
			continue;
		}
		claimed.add(i);
		out.push(rowOf(m, body, ctx, l.start, end));
	}
	return out;
}
