/**
 * Performance indicators from three layouts: (a) a 自评表 / key-evaluation grid flattened to text,
 * (b) per-indicator score lines ("立项依据充分性（分值3分，得分3分）"), (c) figures stated in prose,
 * labelled by the nearest 数量指标 / 社会效益 / 产出方面 … label.
 */
import { meets, parseMeasure, scanQuantities } from './numbers';
import { levelsOf, level1Of, level2Of, LEVEL2_PARENT } from './levels';
import { headingTitle, isHeading, squash, type Line } from './structure';
import type { IndicatorRow } from './types';

/** One indicator before report_id / seq are attached. */
export interface RawIndicator extends Omit<IndicatorRow, 'report_id' | 'seq' | 'evidence_start' | 'evidence_end'> {
	start: number;
	end: number;
}

/** Figures the grid states about the whole project (budget header row, total score). */
export interface GridFacts {
	budget?: { value: number; start: number; end: number };
	actual?: { value: number; start: number; end: number };
	rate?: { value: number; start: number; end: number };
	score?: { value: number; start: number; end: number };
}

interface Tok {
	t: string;
	start: number;
	end: number;
	line: number;
}

type Col = 'l1' | 'l2' | 'name' | 'target' | 'actual' | 'weight' | 'points' | 'reason';

function colOf(h: string): Col | null {
	const t = squash(h);
	if (/^一级指标$/.test(t)) return 'l1';
	if (/^二级指标$/.test(t)) return 'l2';
	if (/^(三级指标|指标名称|绩效指标名称)$/.test(t)) return 'name';
	if (/指标值|目标值|预期值|年度目标|预期目标值|计划值/.test(t)) return 'target';
	if (/实际完成值|完成值|实际值|实际完成|完成情况/.test(t)) return 'actual';
	if (/^(分值|权重|标准分|满分|指标分值)/.test(t)) return 'weight';
	if (/^(得分|评分|自评得分|实际得分|评价得分)/.test(t)) return 'points';
	if (/偏差|原因|说明|备注|改进措施/.test(t)) return 'reason';
	return null;
}

/** Cells of a line: tabs, else runs of 2+ spaces, else single spaces (mode fixed per grid). */
function cells(l: Line, mode: 'tab' | 'wide' | 'space' | 'line', lineNo: number): Tok[] {
	if (mode === 'line') return l.text.trim() ? [{ t: l.text.trim(), start: l.start, end: l.end, line: lineNo }] : [];
	const re = mode === 'tab' ? /[^\t]+/g : mode === 'wide' ? /\S+(?: \S+)*/g : /\S+/g;
	const out: Tok[] = [];
	let m: RegExpExecArray | null;
	while ((m = re.exec(l.text))) {
		const t = m[0].trim();
		if (t) out.push({ t, start: l.start + m.index, end: l.start + m.index + m[0].length, line: lineNo });
	}
	return out;
}

const NUMERIC = /^[-+]?\d+(?:\.\d+)?%?$/;
const EMPTY_CELL = /^(—|－|-|\/|无|\\)$/;

function num(t: string): number | null {
	const m = /^[-+]?\d+(?:\.\d+)?/.exec(t.replace(/分$/, ''));
	return m ? Number(m[0]) : null;
}

/** Parse every indicator grid (header with 三级指标 and 分值/得分/指标值) and the budget header row. */
export function parseGrids(lines: Line[], warnings: Set<string>, claimed: Set<number>): { rows: RawIndicator[]; facts: GridFacts } {
	const rows: RawIndicator[] = [];
	const facts: GridFacts = {};
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i].text;
		// Budget header: 年初预算数 全年预算数 全年执行数 分值 执行率 得分, values on the next row(s)
		// (a header row of cells, not a sentence that states the figures: its next line is no value row)
		if (/全年预算数|年初预算数|预算数[（(]万?元[）)]/.test(text) && /执行数/.test(text) && !/序号|[，,。；;\d]|为/.test(text) && !facts.budget) budgetGrid(lines, i, facts, claimed);
		const rowHeader = /三级指标/.test(text) && /(分值|得分|指标值|权重)/.test(text);
		const cellHeader = /^(一级指标|三级指标)$/.test(text.trim());
		if (!rowHeader && !cellHeader) continue;
		const mode: 'tab' | 'wide' | 'space' | 'line' = cellHeader ? 'line' : text.includes('\t') ? 'tab' : / {2}/.test(text) ? 'wide' : 'space';
		// Header columns
		const cols: Col[] = [];
		let j = i;
		if (mode === 'line') {
			for (; j < lines.length && j < i + 12; j++) {
				const c = colOf(lines[j].text.trim());
				if (!c) {
					if (lines[j].text.trim() === '' || /^绩效指标$/.test(lines[j].text.trim())) continue;
					break;
				}
				cols.push(c);
			}
		} else {
			for (const c of cells(lines[i], mode, i)) {
				const k = colOf(c.t);
				if (k) cols.push(k);
			}
			j = i + 1;
		}
		const after = cols.slice(cols.indexOf('name') + 1).filter((c) => c !== 'reason' && c !== 'l1' && c !== 'l2');
		if (!cols.includes('name') || after.length === 0) continue;
		for (let k = i; k < j; k++) claimed.add(k);
		// Token stream from the rows
		const toks: Tok[] = [];
		let end = j;
		for (; end < lines.length && end < j + 2000; end++) {
			const l = lines[end];
			if (l.rank > 0 && l.rank <= 2 && isHeading(l)) break;
			if (l.text.length > 80 && !l.text.includes('\t')) break;
			toks.push(...cells(l, mode, end));
		}
		let l1: string | null = null;
		let l2: string | null = null;
		let k = 0;
		let lastLine = j;
		while (k < toks.length) {
			const tk = toks[k];
			const t = squash(tk.t);
			if (/^(总分|合计|总计|综合得分|总得分)$/.test(t)) {
				const nums: Tok[] = [];
				for (let q = k + 1; q < toks.length && nums.length < 3 && NUMERIC.test(squash(toks[q].t)); q++) nums.push(toks[q]);
				const last = nums[nums.length - 1];
				if (last) facts.score = { value: num(last.t)!, start: tk.start, end: last.end };
				lastLine = (last ?? tk).line;
				break;
			}
			if (/^绩效指标$/.test(t) || EMPTY_CELL.test(t)) {
				k++;
				continue;
			}
			const lv1 = level1Of(t);
			if (lv1 && t.length <= 6) {
				l1 = lv1.level1;
				l2 = null;
				if (lv1.mapped) warnings.add(`旧版指标体系：${lv1.mapped} (older indicator scheme mapped: ${lv1.mapped === '投入 → 决策' ? 'input → decision' : 'effect → benefit'})`);
				k++;
				continue;
			}
			const lv2 = level2Of(t);
			if (lv2 && t.length <= 10) {
				l2 = lv2;
				l1 ??= LEVEL2_PARENT[lv2] ?? null;
				// the older 投入 block holds 资金落实, which the current scheme files under 过程
				if (lv2 === '资金落实') l1 = '过程';
				k++;
				continue;
			}
			if (NUMERIC.test(t) || t.length > 40) break; // lost alignment or prose: the grid ended
			const vals: Record<string, Tok | undefined> = {};
			let q = k + 1;
			for (const c of after) {
				if (q >= toks.length) break;
				// weight / points must be numbers; a text there means a shorter row
				if ((c === 'weight' || c === 'points') && !NUMERIC.test(squash(toks[q].t).replace(/分$/, ''))) break;
				vals[c] = toks[q++];
			}
			// the rest of a row line (a reason cell) is not the next indicator
			if (mode !== 'line' && q > k + 1) {
				const rowLine = toks[q - 1].line;
				while (q < toks.length && toks[q].line === rowLine) q++;
			} else if (q < toks.length && cols.includes('reason') && (EMPTY_CELL.test(squash(toks[q].t)) || /[，。；]/.test(toks[q].t) || toks[q].t.length > 14) && !level1Of(squash(toks[q].t)) && !level2Of(squash(toks[q].t))) q++;
			const target = vals.target?.t ?? null;
			const actual = vals.actual?.t ?? null;
			const tm = target ? parseMeasure(target) : null;
			const am = actual ? parseMeasure(actual) : null;
			const lastTok = toks[q - 1];
			rows.push({
				level1: l1,
				level2: l2,
				name: squash(tk.t),
				target_text: target ? squash(target) : null,
				target_value: tm?.value ?? null,
				actual_text: actual ? squash(actual) : null,
				actual_value: am?.value ?? null,
				unit: am?.unit ?? tm?.unit ?? null,
				weight: vals.weight ? num(vals.weight.t) : null,
				points: vals.points ? num(vals.points.t) : null,
				achieved: tm && am && tm.value !== null && am.value !== null ? meets(am.value, tm.value, tm.op) : null,
				origin: 'table',
				start: tk.start,
				end: lastTok.end
			});
			lastLine = lastTok.line;
			k = q;
		}
		for (let x = i; x <= lastLine; x++) claimed.add(x);
		i = Math.max(i, lastLine);
	}
	return { rows, facts };
}

function budgetGrid(lines: Line[], i: number, facts: GridFacts, claimed: Set<number>): void {
	const head = lines[i].text;
	const mode = head.includes('\t') ? 'tab' : / {2}/.test(head) ? 'wide' : 'space';
	const hcells = cells(lines[i], mode, i).map((c) => squash(c.t));
	const keys: (string | null)[] = hcells
		.map((h) => (/预算数/.test(h) ? (/年初/.test(h) ? 'initial' : 'budget') : /执行数|实际支出/.test(h) ? 'actual' : /执行率/.test(h) ? 'rate' : /分值/.test(h) ? 'weight' : /得分/.test(h) ? 'points' : null))
		.filter((k, idx) => k !== null || idx > 0);
	const valueKeys = keys.filter((k) => k !== null);
	for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
		const cs = cells(lines[j], mode, j);
		const nums = cs.filter((c) => /^\d[\d,]*(\.\d+)?%?$/.test(squash(c.t)));
		if (nums.length < 2) continue;
		// the first value row is the total (年度资金总额 / 合计), not a numbered line item
		if (/^\d/.test(squash(cs[0].t))) return;
		const mult = /（?元）?/.test(head) && !/万元/.test(head) && /[（(]元[）)]/.test(head) ? 1e-4 : 1;
		nums.forEach((c, idx) => {
			const key = valueKeys[idx];
			const v = Number(squash(c.t).replace(/[,%]/g, ''));
			if (!Number.isFinite(v)) return;
			if (key === 'budget' || (key === 'initial' && !facts.budget)) facts.budget = { value: v * mult, start: lines[j].start, end: lines[j].end };
			else if (key === 'actual') facts.actual = { value: v * mult, start: lines[j].start, end: lines[j].end };
			else if (key === 'rate') facts.rate = { value: v / 100, start: lines[j].start, end: lines[j].end };
		});
		claimed.add(i);
		claimed.add(j);
		return;
	}
}

/** Per-indicator score lines: "立项依据充分性（分值3分，得分3分）" under a 决策/过程/… heading. */
export function parseScoreLines(lines: Line[], warnings: Set<string>, claimed: Set<number>): RawIndicator[] {
	const out: RawIndicator[] = [];
	let l1: { level1: string; rank: number } | null = null;
	let l2: string | null = null;
	const re = /^([^\s（(：:，,。；]{2,30})\s*[（(]\s*(?:分值|权重|满分|标准分)[为:：\s]*(\d+(?:\.\d+)?)\s*分?\s*(?:[，,、；;]\s*(?:实际)?(?:得分|评分|得)[为:：\s]*(\d+(?:\.\d+)?)\s*分?)?\s*[）)]/;
	const re2 = /^([^\s（(：:，,。；]{2,30})[：:]\s*(?:分值|权重|满分)[为:：\s]*(\d+(?:\.\d+)?)\s*分[，,、；;\s]*(?:实际)?(?:得分|评分|得)[为:：\s]*(\d+(?:\.\d+)?)\s*分/;
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (claimed.has(i)) continue;
		if (l.rank > 0 && isHeading(l)) {
			const title = headingTitle(l).replace(/[（(].*$/, '');
			const lv = level1Of(title.replace(/(情况|分析|方面)+$/, ''));
			if (lv && title.length <= 12) {
				l1 = { level1: lv.level1, rank: l.rank };
				l2 = null;
				if (lv.mapped) warnings.add(`旧版指标体系：${lv.mapped} (older indicator scheme mapped: ${lv.mapped === '投入 → 决策' ? 'input → decision' : 'effect → benefit'})`);
			} else if (l1 && l.rank <= l1.rank) {
				l1 = null;
			}
			const lv2 = level2Of(title);
			if (lv2 && l1 && l.rank > l1.rank) l2 = lv2;
		}
		if (!l.body.includes('分')) continue;
		let body = l.body.trim();
		const m = re.exec(body) ?? re2.exec(body);
		if (!m || !l1) continue;
		// "…实际96.59%，得" + " 7 分。", "目标值≥21" + "场，实际22场，得 6 分。": a wrapped line carries the rest
		let end = l.end;
		let nx = i + 1;
		if (nx < lines.length && lines[nx].text.trim() === '') nx++;
		const next = lines[nx];
		if (!/[。；;]$/.test(body) && next && next.rank === 0 && next.text.length <= 60 && /^[^，。；]{0,12}[，,]?.*分[。；]?$/.test(next.text.trim()) && /(?:得|评)/.test(next.text + body.slice(-2))) {
			body += next.text.trim();
			end = next.end;
			for (let k = i + 1; k <= nx; k++) claimed.add(k);
		}
		// A level-1 or level-2 subtotal line is not a 三级指标
		if (level1Of(m[1]) && m[1].length <= 6) continue;
		const asL2 = level2Of(m[1]);
		if (asL2 && m[1].length <= 8) {
			l2 = asL2;
			continue;
		}
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
		claimed.add(i);
		out.push({
			level1: l1.level1,
			level2: l2,
			name: m[1],
			target_text: tv ? squash(tv[1]) : null,
			target_value: tm?.value ?? null,
			actual_text: av ? squash(av[1]) : null,
			actual_value: am?.value ?? null,
			unit: am?.unit ?? tm?.unit ?? null,
			weight: Number(m[2]),
			points,
			achieved: tm && am && tm.value !== null && am.value !== null ? meets(am.value, tm.value, tm.op) : null,
			origin: 'table',
			start: l.start,
			end
		});
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Narrative figures

/** Units that make a prose figure an indicator (not money, scores or dates). */
const COUNT_UNITS = new Set(['%', '‰', '次', '人次', '场次', '册', '个', '名', '宗', '场', '期', '件', '条', '人', '户', '项', '家', '所', '篇', '批', '盆', '部', '台', '套', '本', '份', '支', '处', '间', '轮', '班', '站', '块', '张', '幅', '棵', '株', '座', '位', '组', '队', '平方米']);
const SKIP_NAME = /^(?:项目|预算)*(?:执行率|完成率)$|预算执行率|资金执行率|预算完成率|完成预算|年度预算|预算数|预算安排|执行力|《|指标|权重|得分|分值|占比|比重|第$|资金到位|财政拨款|下拨/;
const LABEL = /^(?:[（(]?\d{1,2}[)）.、]?\s*)?([\u4e00-\u9fff]{2,16}?)(指标|方面)?\s*[:：]/;
const TRAIL = /(共计|总计|合计共|合计|累计|共|计|达到|达|为|约为|约|是|有|了|的|近|超过|逾)+$/;
const VERB_END = /(为|将|对|评定|开展|完成|完成了|更换|采购|购买|发放|组织|举办|设立|建立|新增|接待|共|计|了|有|达|到|选取|评选|慰问|走访|帮扶|培训|召开|处置|办成|收集|形成|推动)$/;

/** A qualitative result: name, then 有效提升 / 基本达成 / 效果明显 … */
const QUAL = /^([^\d]{2,30}?)(?:为|达到|实现|得到)?(有效提升|明显提升|显著提升|稳步提升|持续提升|基本达成|部分达成|全面达成|达成预期指标|达成预期目标|达成预期|效果明显|成效明显|成效显著|逐步完善|不断完善|持续完善|有效发挥|充分发挥)$/;

/** A clause ending in a qualitative result: what precedes "、" before a figure's own name. */
const QUAL_END = /(有效提升|明显提升|显著提升|稳步提升|持续提升|基本达成|部分达成|全面达成|达成预期指标|达成预期目标|达成预期|效果明显|成效明显|成效显著|逐步完善|不断完善|持续完善|有效发挥|充分发挥)$/;

/** "X（年度）目标值T，实际完成值A" in prose (also 指标值 … 完成值 / 实际值, separated by ，； or spaces). */
const TA = /([^，,。；;：:]{2,40}?)(?:的)?(?:年度)?(?:目标值|目标|指标值|计划值)(?:为|是|：|:)?\s{0,2}([^，,。；;]{1,24}?)\s{0,2}[，,；;]?\s{0,2}(?:实际(?:完成值|完成|值|达到|达成)?|完成值)(?:为|是|：|:)?\s{0,2}([^，,。；;]{1,24})/g;

/** A name that is only a target / actual label ("实际完成值", "目标值"): never an indicator. */
const LABEL_ONLY = /^(?:实际|年度)?(?:完成值|完成|值|达到|达成|目标值|目标|指标值|计划值)?$/;
/** A label left at the end of a name ("X目标值≥"): cut it off. */
const LABEL_TAIL = /(?:的)?(?:年度)?(?:目标值|指标值|计划值|实际完成值|实际值|完成值)\s*[≥≤>=<＞＜]?$/;

/** A standard ("（4）成本指标：评价标准为 100%…") defined in the report: its label and text. */
interface Standard {
	label: string;
	text: string;
}

function standardsOf(lines: Line[]): Standard[] {
	const out: Standard[] = [];
	for (const l of lines) {
		if (!l.body.includes('标准') && !l.body.includes('目标')) continue;
		const m = /^([\u4e00-\u9fff]{2,12}?)(指标)?\s*[:：]\s*(评价标准|目标|标准)(为|是)?/.exec(l.body);
		if (m && levelsOf(m[1])) out.push({ label: m[1], text: squash(l.body.slice(m[0].length)) });
	}
	return out;
}

function sharesRun(a: string, b: string, n: number): boolean {
	for (let i = 0; i + n <= a.length; i += 2) {
		const w = a.slice(i, i + n);
		if (/\d/.test(w)) continue;
		if (b.includes(w)) return true;
	}
	return false;
}

function nameBefore(body: string, from: number, at: number): string {
	let seg = body.slice(from, at);
	const d = lastDelim(seg);
	seg = seg.slice(d + 1);
	return cleanName(seg);
}

/** The sentence (within its line) around a figure: the evidence span. */
function sentenceOf(l: Line, s: number, e: number): { start: number; end: number } {
	const t = l.text;
	const stop = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b; // 。！？；
	let a = s - l.start;
	while (a > 0 && !stop(t.charCodeAt(a - 1))) a--;
	let b = e - l.start;
	while (b < t.length && !stop(t.charCodeAt(b))) b++;
	if (b < t.length) b++;
	return { start: l.start + a, end: l.start + b };
}

const DELIM_CODES = new Set([...'，,。；;：:！？!?\n'].map((c) => c.charCodeAt(0)));

function lastDelim(s: string): number {
	for (let i = s.length - 1; i >= 0; i--) if (DELIM_CODES.has(s.charCodeAt(i))) return i;
	return -1;
}

function cleanName(s: string): string {
	return squash(s)
		.replace(/^[、（(）)]+/, '')
		.replace(/[、，,]+$/, '')
		.replace(TRAIL, '')
		.replace(/[（(：:]$/, '');
}

/** Figures stated in prose, e.g. "召开“三会一课”390次", "（1）数量指标：慰问覆盖率 100%"; skips claimed lines and ranges. */
export function parseNarrative(lines: Line[], claimed: Set<number>, skipRanges: [number, number][], warnings: Set<string>): RawIndicator[] {
	const out: RawIndicator[] = [];
	const standards = standardsOf(lines);
	const seen = new Set<string>();
	let headL1: { level1: string; rank: number } | null = null;
	let carry: { level1: string | null; level2: string | null } | null = null;
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (l.rank > 0 && isHeading(l)) {
			const title = headingTitle(l);
			const lv = levelsOf(title.replace(/[（(].*$/, ''));
			if (lv && lv.level1 && title.length <= 10 && !lv.level2) headL1 = { level1: lv.level1, rank: l.rank };
			else if (headL1 && l.rank <= headL1.rank) headL1 = null;
		}
		// a labelled list wrapped mid-sentence (after ；，、：) keeps its label on the next line(s)
		const peek = LABEL.exec(l.body);
		const peekLv = peek ? levelsOf(peek[1].split(/及|和|与|、/)[0]) : null;
		let p = i - 1;
		if (p >= 0 && lines[p].text.trim() === '') p--;
		const inherited: { level1: string | null; level2: string | null } | null = !peekLv && carry && l.rank === 0 && p >= 0 && /[；;，,、：:]\s*$/.test(lines[p].text) ? carry : null;
		carry = peekLv ? { level1: peekLv.level1 ?? headL1?.level1 ?? null, level2: peekLv.level2 } : inherited;
		if (claimed.has(i) || !/\d|[十百千万]/.test(l.text)) continue;
		if (/评价标准为|评价方法为|评分标准/.test(l.text)) continue;
		let body = l.body;
		let bodyStart = l.bodyStart;
		let level1: string | null = inherited?.level1 ?? headL1?.level1 ?? null;
		let level2: string | null = inherited?.level2 ?? null;
		let labels: string[] = [];
		const lm = LABEL.exec(body);
		if (lm) {
			const raw = lm[1] + (lm[2] ?? '');
			const parts = raw.split(/及|和|与|、/).filter(Boolean);
			const found = parts.map((p) => levelsOf(p)).filter((x): x is NonNullable<ReturnType<typeof levelsOf>> => !!x);
			if (found.length) {
				labels = parts;
				level1 = found[0].level1 ?? level1;
				level2 = found[0].level2;
				body = body.slice(lm[0].length);
				bodyStart += lm[0].length;
			} else if (/效益|效果|影响$/.test(lm[1]) && lm[1].length <= 6) {
				// A label outside the report's own scheme: take the level of the standard with the same wording
				const st = standards.find((s) => sharesRun(squash(body.slice(lm[0].length)), s.text, 10));
				const lv = st ? levelsOf(st.label) : null;
				if (lv) {
					level1 = lv.level1;
					level2 = lv.level2;
				}
				body = body.slice(lm[0].length);
				bodyStart += lm[0].length;
			}
		}
		// "X目标值≥3820册，实际完成值2350册": one indicator with target and actual
		const covered: [number, number][] = [];
		if (body.includes('实际') || body.includes('完成值')) {
			TA.lastIndex = 0;
			let t: RegExpExecArray | null;
			while ((t = TA.exec(body))) {
				const name = cleanName(t[1].replace(/^.*[（(]\d{1,2}[）)]/, ''));
				if (name.length < 2 || SKIP_NAME.test(name)) continue;
				const actualRaw = t[3].replace(/\s+[\u4e00-\u9fff].*$/, '');
				const tm = parseMeasure(t[2]);
				const am = parseMeasure(actualRaw);
				covered.push([t.index, t.index + t[0].length]);
				let l1 = level1;
				if (!l1 && /满意度|满意率/.test(name)) l1 = '满意度';
				if (tm.approx || am.approx) warnings.add(`近似数值按约数记录 (approximate figure recorded as stated: ${squash(actualRaw)})`);
				out.push({
					level1: l1,
					level2: level2,
					name,
					target_text: squash(t[2]),
					target_value: tm.value,
					actual_text: squash(actualRaw),
					actual_value: am.value,
					unit: am.unit ?? tm.unit,
					weight: null,
					points: null,
					achieved: tm.value !== null && am.value !== null ? meets(am.value, tm.value, tm.op) : null,
					origin: 'narrative',
					...sentenceOf(l, bodyStart + t.index, bodyStart + t.index + t[0].length)
				});
				seen.add(name + '|' + am.value + '|' + am.unit);
			}
		}
		// qualitative results under a label: "基层党组织战斗堡垒作用有效提升", "…为基本达成"
		if (lm && (level1 || level2)) {
			let p = 0;
			for (const part of body.split(/[，,。；;、]/)) {
				const qm = QUAL.exec(part.trim());
				const off = body.indexOf(part, p);
				p = off + part.length;
				if (!qm || /\d/.test(part)) continue;
				if (covered.some(([a, b]) => off >= a && off < b)) continue;
				const name = cleanName(qm[1]);
				if (name.length < 2 || SKIP_NAME.test(name) || seen.has(name + '|null|null')) continue;
				seen.add(name + '|null|null');
				out.push({
					level1,
					level2,
					name,
					target_text: null,
					target_value: null,
					actual_text: qm[2],
					actual_value: null,
					unit: null,
					weight: null,
					points: null,
					achieved: null,
					origin: 'narrative',
					...sentenceOf(l, bodyStart + off, bodyStart + off + part.length)
				});
			}
		}
		let prevEnd = 0;
		// quote depth tracked incrementally (a figure inside “…” or 《…》 is a slogan or a title)
		let qPos = 0;
		let quote = 0;
		let book = 0;
		for (const f of scanQuantities(body)) {
			const at = f.index;
			const qEnd = f.end;
			const q = f.q;
			if (!q.unit || !COUNT_UNITS.has(q.unit)) continue;
			const isCn = !/\d/.test(f.number);
			if (isCn && !/[十百千万]/.test(f.number) && !q.approx) continue;
			// digits glued to a preceding letter/digit are part of a code, not a count
			if (/[A-Za-z\d.]/.test(body[at - 1] ?? '')) continue;
			if (covered.some(([a, b]) => at >= a && at < b)) {
				prevEnd = qEnd;
				continue;
			}
			const absStart = bodyStart + at;
			if (skipRanges.some(([s, e]) => absStart >= s && absStart < e)) continue;
			// inside quotes ("四个意识") is a slogan, not a figure
			for (; qPos < at; qPos++) {
				const c = body.charCodeAt(qPos);
				if (c === 0x201c) quote++;
				else if (c === 0x201d) quote = Math.max(0, quote - 1);
				else if (c === 0x300a) book++;
				else if (c === 0x300b) book = Math.max(0, book - 1);
			}
			if (quote > 0 || book > 0) continue;
			let name = nameBefore(body, prevEnd, at);
			const afterText = body.slice(qEnd, qEnd + 48);
			// "3 个三级指标", "5 项指标" count indicators, they are not one
			if (/^\s*(?:[一二三]级)?指标/.test(afterText)) {
				prevEnd = qEnd;
				continue;
			}
			const dn = afterText.search(/[，,。；;：:！？!?\n、]|\d/);
			const following = cleanName((dn < 0 ? afterText : afterText.slice(0, dn)).replace(/^的/, ''));
			const preceding = name;
			let nextPrev = qEnd;
			if (following.length >= 2 && following.length <= 24 && (preceding.length <= 1 || VERB_END.test(squash(body.slice(prevEnd, at)).replace(TRAIL, '') || '为') || VERB_END.test(squash(body.slice(prevEnd, at))))) {
				name = following;
				nextPrev = qEnd + (dn < 0 ? afterText.length : dn);
			}
			if (name.length < 2) {
				// "…困难群众，约二百余人次": the figure's own clause is empty; take the clause before
				const seg = body.slice(0, at);
				const d = lastDelim(seg.replace(/\s+$/, ''));
				if (d > 0) name = nameBefore(body, Math.max(prevEnd, 0), d);
			}
			// "X有效提升、Y发生次数0次": the figure names Y only
			const dun = name.lastIndexOf('、');
			if (dun > 0 && QUAL_END.test(name.slice(0, dun))) name = name.slice(dun + 1);
			prevEnd = nextPrev;
			if (name.length < 2 || !/[\u4e00-\u9fff]{2}/.test(name) || SKIP_NAME.test(name)) continue;
			let l1 = level1;
			let l2 = level2;
			if (labels.length > 1 && /满意/.test(name)) {
				l1 = '满意度';
				l2 = null;
			} else if (!l1 && /满意度|满意率/.test(name)) l1 = '满意度';
			const actualText = squash(f.text);
			const key = name + '|' + q.value + '|' + q.unit;
			if (seen.has(key)) continue;
			seen.add(key);
			if (q.approx) warnings.add(`近似数值按约数记录 (approximate figure recorded as stated: ${actualText})`);
			// A target from the report's own standard text that names the same thing
			let targetText: string | null = null;
			let targetValue: number | null = null;
			for (const s of standards) {
				const idx = name.length >= 4 ? s.text.indexOf(name) : -1;
				if (idx < 0) continue;
				const pre = /(?:[≥≤>=<]|不低于|不少于|达到?)?\d+(?:\.\d+)?\s*(%|次|个|人次|名|场|期|件|册)?$/.exec(s.text.slice(0, idx));
				if (pre) {
					targetText = pre[0];
					targetValue = parseMeasure(pre[0]).value;
					break;
				}
			}
			out.push({
				level1: l1,
				level2: l2,
				name,
				target_text: targetText,
				target_value: targetValue,
				actual_text: actualText,
				actual_value: q.value,
				unit: q.unit,
				weight: null,
				points: null,
				achieved: targetValue !== null ? meets(q.value, targetValue, parseMeasure(targetText!).op) : null,
				origin: 'narrative',
				...sentenceOf(l, bodyStart + at, bodyStart + qEnd)
			});
		}
	}
	return out.filter((r) => {
		r.name = r.name.replace(LABEL_TAIL, '');
		return r.name.length >= 2 && !LABEL_ONLY.test(r.name);
	});
}

// ---------------------------------------------------------------------------------------------
// Indicators a report declares by name ("产出指标…包括设备维护调试次数、心理咨询完成次数…3 个三级指标")
// and then reports in prose: link each declared name to the prose figure it describes.

interface Declared {
	name: string;
	level1: string;
	weight: number | null;
}

function declared(text: string): Declared[] {
	const out: Declared[] = [];
	for (const clause of text.split(/[；;。\n]/)) {
		const m = /(产出|效益|过程|满意度|决策)指标.{0,40}?包括(.{2,200}?)\s*(\d{1,2}|[一二三四五六七八九十])\s*个三级指标/.exec(clause);
		if (!m) continue;
		const names = m[2].split(/[、，,]/).map((s) => squash(s).replace(/^(主要)?包括/, '')).filter((s) => s.length >= 2);
		const w = /分值分别为\s*([\d.\s、，,]+)/.exec(clause);
		const weights = w ? w[1].split(/[、，,\s]+/).filter(Boolean).map(Number) : [];
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

/** Link declared 三级指标 names to prose figures (renaming the figure) or to 未发生 / text-valued clauses. */
export function linkDeclared(text: string, rows: RawIndicator[]): RawIndicator[] {
	const decl = declared(text);
	if (decl.length === 0) return rows;
	const used = new Set<RawIndicator>();
	const added: RawIndicator[] = [];
	const unitFor = (n: string) => (/次数$/.test(n) ? '次' : /率$|度$/.test(n) ? '%' : null);
	const narrative = rows.filter((r) => r.origin === 'narrative').map((r) => ({ r, b: bigrams(r.name) }));
	const scored = decl.map((d) => {
		const c = core(d.name);
		const cb = bigrams(c);
		const cands = narrative
			.map(({ r, b: rb }) => {
				let s = 0;
				for (const b of rb) if (cb.has(b)) s++;
				if (r.name.includes(c)) s += 5;
				const u = unitFor(d.name);
				const unitOk = !u || r.unit === u;
				return { r, s, unitOk };
			})
			.filter((x) => x.unitOk)
			.sort((a, b) => b.s - a.s);
		return { d, cands, best: cands[0]?.s ?? 0 };
	});
	scored.sort((a, b) => b.best - a.best);
	const assign = (d: Declared, r: RawIndicator) => {
		used.add(r);
		r.name = d.name;
		r.level1 = d.level1;
		if (d.weight !== null) r.weight = d.weight;
	};
	for (const { d, cands } of scored) {
		const c = core(d.name);
		// "未发生安全事故" → 0
		const none = new RegExp('(未发生|无|没有发生|零)(' + esc(c.replace(/发生$/, '')) + ')').exec(text);
		if (none && /次数$/.test(d.name)) {
			const start = none.index;
			added.push(mk(d, squash(none[0]), 0, '次', start, start + none[0].length));
			continue;
		}
		const best = cands.find((x) => x.s >= 2 && !used.has(x.r));
		if (best) {
			assign(d, best.r);
			continue;
		}
		// a text value: "事项监管及时有效" for 监管有效性
		if (c.length >= 2) {
			const tre = new RegExp(esc(c) + '([\\u4e00-\\u9fff]{2,8}?)(?=[，,。；;]|$)', 'gm');
			let tv: RegExpExecArray | null;
			let hit = false;
			while ((tv = tre.exec(text))) {
				if (text.startsWith(d.name, tv.index)) continue;
				if (/有效|到位|良好|规范|及时|合规|完善/.test(tv[1])) {
					added.push(mk(d, tv[1], null, null, tv.index, tv.index + tv[0].length));
					hit = true;
					break;
				}
			}
			if (hit) continue;
		}
		// last resort: the first unused figure with the right unit under the same level-1 label
		const u = unitFor(d.name);
		const fallback = rows.find((r) => r.origin === 'narrative' && !used.has(r) && r.level1 === d.level1 && (!u || r.unit === u) && !decl.some((x) => x.name === r.name));
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

function esc(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
