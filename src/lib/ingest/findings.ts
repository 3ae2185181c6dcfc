/**
 * Findings: problems (存在问题), suggestions (建议 / 改进措施) and practices (主要经验做法), one row per
 * numbered item or unnumbered paragraph, each with a theme from a small keyword taxonomy.
 */
import type { FindingKind } from './types';
import { headingTitle, isHeading, sectionEnd, type Line } from './structure';

/**
 * Theme taxonomy. A finding takes the theme with the most keyword hits; ties go to the earlier row.
 *
 * | theme    | keywords                                                                  |
 * |----------|---------------------------------------------------------------------------|
 * | 培训教育 | 培训, 教育, 学习, 党课, 党校, 讲座                                         |
 * | 指标设置 | 指标, 绩效目标, 量化, 目标设置, 绩效管理, 绩效评价                         |
 * | 资金管理 | 资金, 经费, 预算, 支出, 财务, 专款, 开支, 财政                             |
 * | 队伍建设 | 队伍, 干部, 人员, 人才, 后备, 骨干, 素质                                   |
 * | 阵地建设 | 阵地, 党群服务, 服务中心, 驿站, 场所, 平台, 设施                           |
 * | 宣传     | 宣传, 品牌, 舆论, 媒体, 氛围                                               |
 * | 组织建设 | 党支部, 党组织, 组织建设, 堡垒, 组织生活, 制度, 机制                       |
 * | 其他     | (no keyword matched)                                                      |
 */
export const THEMES: [string, string[]][] = [
	['培训教育', ['培训', '教育', '学习', '党课', '党校', '讲座']],
	['指标设置', ['指标', '绩效目标', '量化', '目标设置', '绩效管理', '绩效评价']],
	['资金管理', ['资金', '经费', '预算', '支出', '财务', '专款', '开支', '财政']],
	['队伍建设', ['队伍', '干部', '人员', '人才', '后备', '骨干', '素质']],
	['阵地建设', ['阵地', '党群服务', '服务中心', '驿站', '场所', '平台', '设施']],
	['宣传', ['宣传', '品牌', '舆论', '媒体', '氛围']],
	['组织建设', ['党支部', '党组织', '组织建设', '堡垒', '组织生活', '制度', '机制']]
];

/** Theme of one finding by keyword hits (see THEMES). */
export function themeOf(text: string): string {
	let best = '其他';
	let bestN = 0;
	for (const [theme, words] of THEMES) {
		let n = 0;
		for (const w of words) {
			let i = text.indexOf(w);
			while (i >= 0) {
				n++;
				i = text.indexOf(w, i + w.length);
			}
		}
		if (n > bestN) {
			best = theme;
			bestN = n;
		}
	}
	return best;
}

const KIND_RES: [FindingKind, RegExp][] = [
	[
		'问题',
		/^(?:主要)?问题(?:$|(?=[及和与、](?:下一步|建议|对策|改进|整改)))|存在(的)?(主要)?(?:绩效)?(问题|不足)|问题(和|与|及|或)?(不足|原因)|主要问题|不足之处|薄弱环节|偏离(?:绩效)?目标的?原因|评价(?:发现的)?问题|发现的问题|问题(?=[及和与、](?:措施|对策|整改措施|改进措施)$)/
	],
	['建议', /建议|改进措施|整改措施|^措施$|(?<=问题[及和与、])措施$|下一?步|改进方向|工作计划|对策|^(?:改进|整改)意见$/],
	['经验', /经验|做法/]
];

/** Kinds a heading title names (more than one for a combined heading such as 经验做法、问题和建议). */
export function kindsOf(title: string): FindingKind[] {
	return KIND_RES.filter(([, re]) => re.test(title)).map(([k]) => k);
}

/** A pseudo-heading inside a section: a line that is only "建议：" or "存在问题：". */
const PSEUDO =
	/^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.]?\s*)?(改进建议|相关建议|意见建议|对策建议|建议|改进措施|整改措施|下一步(?:工作)?(?:计划|打算|措施)?|存在(?:的)?问题|主要问题|问题|经验做法|主要经验)[:：]?$/;

/** One finding before report_id / seq are attached. */
export interface RawFinding {
	kind: FindingKind;
	text: string;
	start: number;
	end: number;
}

/** An item that proposes rather than describes: "建议…", "加强…", "进一步完善…". */
const SUGGEST =
	/^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.]?\s*)?(?:建议|下一步|要|应|须|需)?(?:进一步|继续|持续)?(?:加强|完善|提高|提升|优化|推进|健全|建立|强化|规范|落实|加快|加大|创新|丰富|统筹|细化|探索|做好|深化|注重)|建议/;

const INLINE_ITEM = /(?:^|[。；;：:\n])\s*([一二三四五六七八九十]是)/g;
// (…and a form's own prompt left unfilled: "结合自评情况,分析存在的问题及原因。(200字以内)")
const NONE = /^(暂无|无|没有)[^。]{0,8}(建议|问题)?[。.]?$|[（(]\s*\d{2,4}\s*字(?:以内|左右)\s*[)）]/;

/** Split a block of text (offset base) into items: line markers of one rank, else 一是/二是, else paragraphs. */
function splitItems(lines: Line[], from: number, to: number): { text: string; start: number; end: number }[] {
	const items: { text: string; start: number; end: number }[] = [];
	const body = lines.slice(from, to).filter((l) => l.text.trim() !== '');
	if (body.length === 0) return items;
	const itemRank = body.find((l) => l.rank > 0)?.rank ?? 0;
	if (itemRank > 0) {
		let cur: { start: number; end: number; text: string } | null = null;
		for (const [k, l] of body.entries()) {
			// "1.3条巷道…" before "2.…": item 1 whose text opens with a figure, its marker read as a decimal
			const lead = l.rank === 0 ? /^\s*(\d{1,2})\.(?=\d)/.exec(l.text) : null;
			const after = lead ? body.slice(k + 1).find((n) => n.rank === itemRank) : undefined;
			if (lead && after && new RegExp(`^\\s*${Number(lead[1]) + 1}[.、．]`).test(after.text)) {
				if (cur) items.push(cur);
				cur = { start: l.start + lead[0].length, end: l.end, text: l.text.slice(lead[0].length) };
				continue;
			}
			if (l.rank === itemRank) {
				if (cur) items.push(cur);
				cur = { start: l.bodyStart, end: l.end, text: l.body };
			} else if (cur) {
				cur.end = l.end;
				cur.text += '\n' + l.text;
			}
			// an unnumbered lead paragraph before the list is not a finding
		}
		if (cur) items.push(cur);
		// (an item whose next ones run on after its stop, numbered the same way: "1.部分…受阻。2.队员…不足。", "(一)联合…。(二)招募…")
		// (the last item only, numbered from its own marker: "2.…。3.…")
		if (items.length) return [...items.slice(0, -1), ...runOnItems(items[items.length - 1], [...body].reverse().find((l) => l.rank === itemRank)!.text)];
	}
	// inline 一是…二是…, across the whole block
	const start = body[0].start;
	const blockText = linesText(body, start);
	const marks: number[] = [];
	INLINE_ITEM.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = INLINE_ITEM.exec(blockText))) marks.push(m.index + m[0].length - m[1].length);
	if (marks.length >= 2) {
		for (let k = 0; k < marks.length; k++) {
			const s = marks[k];
			const e = k + 1 < marks.length ? marks[k + 1] : blockText.length;
			const t = blockText.slice(s, e).replace(/\s+$/, '');
			items.push({ text: t.replace(/^[一二三四五六七八九十]是/, ''), start: start + s + 2, end: start + s + t.length });
		}
		return items;
	}
	// one item per paragraph, skipping lead-in lines that end with a colon
	// (…and a closing note in brackets, "(本项目为第三期。)", after the items)
	for (const [k, l] of body.entries()) {
		if (/[:：]$/.test(l.text) && body.length > 1) continue;
		if (k > 0 && k === body.length - 1 && /^\s*[（(][^（()）]{4,}[)）]\s*$/.test(l.text)) continue;
		// (a dash list's bullet, "- 部分…", is no part of the item)
		const bullet = /^\s*[-•·*]\s+(?=\S)/.exec(l.text)?.[0].length ?? 0;
		items.push({ text: l.text.slice(bullet), start: l.start + bullet, end: l.end });
	}
	return items;
}

const CN = '一二三四五六七八九十';
/** The items run on after an item's stop, numbered on from the item's own marker ("1." … "2.", "(一)" … "(二)"). */
function runOnItems(it: { text: string; start: number; end: number }, itemLine: string): { text: string; start: number; end: number }[] {
	const m = /^\s*(?:(\d{1,2})([.、．])|([（(])([一二三四五六七八九十]{1,2})[)）])/.exec(itemLine);
	if (!m) return [it];
	const next = (n: number) => (m[1] ? `${n}${m[2]}` : `${m[3]}${CN[n - 1]}${m[3] === '（' ? '）' : ')'}`);
	const first = m[1] ? Number(m[1]) : CN.indexOf(m[4]) + 1;
	const out: { text: string; start: number; end: number }[] = [];
	let rest = it;
	for (let n = first + 1; n <= 10; n++) {
		const mark = next(n);
		const at = rest.text.search(new RegExp(`(?<=[。；;])\\s*${mark.replace(/[.()（）]/g, '\\$&')}(?=[\\u4e00-\\u9fff])`));
		if (at < 0) break;
		const head = rest.text.slice(0, at).trimEnd();
		out.push({ text: head, start: rest.start, end: rest.start + head.length });
		const from = at + rest.text.slice(at).indexOf(mark) + mark.length;
		rest = { text: rest.text.slice(from), start: rest.start + from, end: rest.end };
	}
	out.push(rest);
	return out;
}

/** An item that goes on to say what comes next ("…不稳定。下一步，将严格…"): the plan is an item of its own. */
function nextStep(it: { text: string; start: number; end: number }): { text: string; start: number; end: number }[] {
	const m = /(?<=[。；;])\s*(?=下一步|今后)/.exec(it.text);
	if (!m || m.index < 6) return [it];
	const a = it.text.slice(0, m.index);
	const b = it.text.slice(m.index + m[0].length);
	const bs = it.start + m.index + m[0].length;
	return [
		{ text: a, start: it.start, end: it.start + a.length },
		{ text: b, start: bs, end: bs + b.length }
	];
}

/** An inline label that says what follows: "存在问题：…。改进措施：…", "(一)问题：…" / "(二)措施：…", "- 改进措施：…", "问题一：…". */
const INLINE_LABEL =
	/(?:^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十\d]{1,2}[、.．](?!\d)|[-•·●▪◆■][ ]?)?|(?<=[。；;]))\s*(存在(?:的)?问题|主要问题|问题|改进措施|整改措施|措施|改进建议|意见建议|建议|下一步(?:措施|打算|工作)?)(?:[一二三四五六七八九十]{1,2}|\d{1,2})?\s*[:：]\s*/g;

/** A line opened by such a label (the same labels, at the line's start only). */
const LINE_LABEL =
	/^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十\d]{1,2}[、.．](?!\d)|[-•·●▪◆■][ ]?)?\s*(存在(?:的)?问题|主要问题|问题|改进措施|整改措施|措施|改进建议|意见建议|建议|下一步(?:措施|打算|工作)?)(?:[一二三四五六七八九十]{1,2}|\d{1,2})?\s*[:：]\s*/;

/** An item whose parts carry their own labels ("存在问题：…。改进措施：…"): a finding per label, of the label's kind. */
export function labelledItems(it: { text: string; start: number; end: number }): { text: string; start: number; end: number; kind?: FindingKind }[] {
	const marks = [...it.text.matchAll(INLINE_LABEL)];
	if (marks.length === 0) return [it];
	const out: { text: string; start: number; end: number; kind?: FindingKind }[] = [];
	const head = it.text.slice(0, marks[0].index).trim();
	if (head) out.push({ text: head, start: it.start, end: it.start + head.length });
	marks.forEach((m, k) => {
		const s = m.index! + m[0].length;
		const e = k + 1 < marks.length ? marks[k + 1].index! : it.text.length;
		const text = it.text.slice(s, e).replace(/\s+$/, '');
		if (text) out.push({ text, start: it.start + s, end: it.start + s + text.length, kind: /问题/.test(m[1]) ? '问题' : '建议' });
	});
	return out;
}

/** A run-on heading's text cut at its inline numbers: "1.目标偏重产出；2.管护责任不明确。" (else one item). */
export function inlineItems(t: string, base: number): { text: string; start: number; end: number }[] {
	const marks = [...t.matchAll(/(?:^|(?<=[。；;]))\s*(?:\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]是)/g)];
	if (marks.length < 2 || marks[0].index !== 0) return [{ text: t, start: base, end: base + t.length }];
	return marks.map((m, k) => {
		const s = m.index! + m[0].length;
		const e = k + 1 < marks.length ? marks[k + 1].index! : t.length;
		const text = t.slice(s, e).replace(/\s+$/, '');
		return { text, start: base + s, end: base + s + text.length };
	});
}

function linesText(body: Line[], base: number): string {
	// Rebuild the block's text with original offsets (lines may be separated by blank lines).
	let out = '';
	for (const l of body) {
		while (base + out.length < l.start) out += '\n';
		out += l.text;
	}
	return out;
}

/** A form's cell label on a line of its own ("评价问题 简要情况 |", "改进建议 |", "存在问题:"), its numbered items on the lines below. */
const CELL_LIST_LABEL = /^(评价问题|存在问题|主要问题|发现的问题|改进建议|整改建议|改进措施|意见建议)(?:简要情况|及原因|情况)?[:：]?$/;

/** The numbered items under a form's cell label (see CELL_LIST_LABEL), each of the label's kind; null for any other line. */
function cellSection(lines: Line[], i: number): { items: RawFinding[]; end: number } | null {
	// a practice's label alone on its line ("经验做法"), its paragraphs below: each a practice, up to the next short line
	if (/^(?:主要|工作|典型)?经验(?:做法|总结)?[:：]?$/.test(lines[i].text.trim())) {
		const items: RawFinding[] = [];
		let j = i + 1;
		for (; j < lines.length; j++) {
			const t = lines[j].text.trim();
			if (!t) continue;
			if (lines[j].rank > 0 || t.length < 16 || !/[。！]$/.test(t)) break;
			const at = lines[j].start + lines[j].text.indexOf(t);
			items.push({ kind: '经验', text: t, start: at, end: at + t.length });
		}
		return items.length ? { items, end: j } : null;
	}
	const m = CELL_LIST_LABEL.exec(lines[i].text.replace(/[|\s]/g, ''));
	const kinds = m ? kindsOf(m[1]) : [];
	if (kinds.length !== 1) return null;
	let j = i + 1;
	while (j < lines.length && (lines[j].rank > 0 || lines[j].text.trim() === '')) j++;
	const items = splitItems(lines, i + 1, j)
		.map((it) => ({ ...it, text: it.text.replace(/[\s|]+$/, '') }))
		.filter((it) => it.text && !NONE.test(it.text))
		.map((it) => ({ kind: kinds[0], text: it.text, start: it.start, end: it.start + it.text.length }));
	return items.length ? { items, end: j } : null;
}

/** Find findings sections by heading keywords and split them into items. */
export function extractFindings(lines: Line[]): RawFinding[] {
	const out: RawFinding[] = [];
	const claimed = new Set<number>();
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (claimed.has(i)) continue;
		let kinds: FindingKind[] = [];
		let isSection = false;
		if (isHeading(l)) {
			kinds = kindsOf(headingTitle(l));
			isSection = kinds.length > 0;
			// "4.问题及措施。存在问题:…。改进措施:…": a numbered line carrying its labelled parts is read by its labels
			if (/问题[及和与、](?:措施|对策|整改措施|改进措施)$/.test(headingTitle(l)) && l.body.slice(headingTitle(l).length).replace(/^[。.：:\s]+/, '') !== '')
				isSection = false;
		}
		if (!isSection) {
			const cell = l.rank === 0 ? cellSection(lines, i) : null;
			if (cell) {
				out.push(...cell.items);
				for (let j = i; j < cell.end; j++) claimed.add(j);
				i = cell.end - 1;
			}
			continue;
		}
		let end = sectionEnd(lines, i);
		// the attachments listed after the signature ("附件下载:" / "附件:1.…xlsx"), a page's links to other articles and a
		// bracketed source ("(某镇财政所)") are no items of the section
		for (let j = i + 1; j < end; j++)
			if (
				/^\s*(?:附\s*件|上一篇|下一篇|相关阅读|相关链接)/.test(lines[j].text) ||
				// the next bracketed heading of a Word export ("【其他需要说明的事项】")
				/^\s*【[^】\n]{2,16}】\s*$/.test(lines[j].text) ||
				// the document's notes below the last section ("注：" / "①含…")
				/^\s*(?:注|备注)\s*[:：]/.test(lines[j].text) ||
				// (…or the form's foot: "填报单位:某站  填报日期:…", "填表人:某某")
				/^\s*(?:填报单位|填表单位|填报日期|填表日期|填报人|填表人|联系人|联系电话|审核人|单位负责人)\s*[:：]/.test(lines[j].text) ||
				/^\s*[（(][\u4e00-\u9fff]{2,20}(?:所|局|站|中心|政府|办事处|办公室|委员会)[)）]\s*$/.test(lines[j].text)
			) {
				end = j;
				break;
			}
		// "5. 存在问题" whose items are marked one level higher ("(一)…", "(二)…"): the items run until another marker
		const firstAt = lines.findIndex((x, j) => j > i && x.text.trim() !== '');
		if (firstAt > 0 && lines[firstAt].rank > 0 && lines[firstAt].rank < l.rank) {
			const ir = lines[firstAt].rank;
			let j = firstAt;
			// …and stop at a real heading of that rank ("二、城镇老旧小区改造绩效自评", "（六）自评结论"): a short title, no clause
			const heading = (x: Line) =>
				x.rank === ir &&
				isHeading(x) &&
				headingTitle(x).length <= 20 &&
				!/[，,；;]/.test(headingTitle(x)) &&
				/(?:结论|自评|评价|情况|概况|说明|结果|问题|建议|措施|做法|经验)$/.test(headingTitle(x));
			while (
				j < lines.length &&
				(lines[j].rank === ir || lines[j].rank === 0) &&
				!(lines[j].rank === 0 && REPORT_TITLE_LINE.test(lines[j].text.trim())) &&
				!(j > firstAt && heading(lines[j]))
			)
				j++;
			if (heading(lines[firstAt])) j = firstAt;
			end = Math.max(end, j);
		}
		// a report's title line starts another report: the section ends there
		for (let j = i + 1; j < end; j++) if (REPORT_TITLE_LINE.test(lines[j].text.trim()) && lines[j].rank === 0) end = j;
		// the signature under the last section (unit, date) is no finding
		while (end > i + 1 && (lines[end - 1].text.trim() === '' || SIGNATURE.test(lines[end - 1].text.trim()))) end--;
		if (kinds.length > 1) {
			// "存在问题及改进建议" without sub-headings per kind: classify each item by its wording
			const kindChild = lines
				.slice(i + 1, end)
				.some((c) => c.rank > l.rank && isHeading(c) && headingTitle(c).length <= 12 && kindsOf(headingTitle(c)).length > 0);
			if (kindChild) continue;
			// labels on lines of their own ("存在问题" / items / "改进措施" / items) say the kind of what follows them
			const labels: number[] = [];
			for (let j = i + 1; j < end; j++) if (PSEUDO.test(lines[j].text.trim())) labels.push(j);
			const parts: { from: number; to: number; kind: FindingKind | null }[] = labels.length
				? [
						{ from: i + 1, to: labels[0], kind: null },
						...labels.map((at, n) => {
							const k = kindsOf(lines[at].text)[0];
							return { from: at + 1, to: labels[n + 1] ?? end, kind: k && kinds.includes(k) ? k : null };
						})
					]
				: [{ from: i + 1, to: end, kind: null }];
			for (const part of parts)
				for (const it of splitItems(lines, part.from, part.to).flatMap(nextStep).flatMap(labelledItems)) {
					const t = it.text.trim();
					if (!t || NONE.test(t)) continue;
					const kind: FindingKind =
						'kind' in it && it.kind && kinds.includes(it.kind)
							? it.kind
							: part.kind
								? part.kind
								: kinds.includes('建议') && (SUGGEST.test(t) || /^(?:下一步|今后)/.test(t))
									? '建议'
									: kinds.includes('经验') && !kinds.includes('问题')
										? '经验'
										: kinds.includes('问题')
											? '问题'
											: kinds[0];
					out.push({ kind, text: t, start: it.start, end: it.end });
				}
			for (let j = i; j < end; j++) claimed.add(j);
			i = end - 1;
			continue;
		}
		// "三、建议" with "（一）政策方面建议" / "（二）管理方面建议": the sub-sections are read on their own
		let hasKindChildren = false;
		for (let j = i + 1; j < end; j++) {
			const c = lines[j];
			if (c.rank > l.rank && isHeading(c) && headingTitle(c).length <= 12 && kindsOf(headingTitle(c)).length > 0) hasKindChildren = true;
		}
		if (hasKindChildren) continue;
		// A combined heading's children are handled on their own; a single-kind section may contain a
		// pseudo-heading ("建议：") that splits what it says before (problems) from what follows.
		const from = i + 1;
		const firstBody = lines.slice(from, end).find((x) => x.text.trim() !== '');
		// Body text on the heading line itself (e.g. "（一）政策方面建议。暂无调整建议。")
		const tail = l.body.slice(headingTitle(l).length).replace(/^[。.：:\s]+/, '');
		const segments: { kind: FindingKind; from: number; to: number }[] = [];
		const pseudo: number[] = [];
		for (let j = from; j < end; j++) if (PSEUDO.test(lines[j].text.trim())) pseudo.push(j);
		if (pseudo.length === 1) {
			const pseudoAt = pseudo[0];
			const pk = kindsOf(lines[pseudoAt].text)[0] ?? kinds[0];
			if (pk === '建议' && kinds[0] === '建议') segments.push({ kind: '问题', from, to: pseudoAt });
			else segments.push({ kind: kinds[0], from, to: pseudoAt });
			segments.push({ kind: pk, from: pseudoAt + 1, to: end });
		} else if (pseudo.length > 1) {
			// several labels on lines of their own ("存在问题" / items / "改进措施" / items): each labels what follows it
			segments.push({ kind: kinds[0], from, to: pseudo[0] });
			pseudo.forEach((at, n) => segments.push({ kind: kindsOf(lines[at].text)[0] ?? kinds[0], from: at + 1, to: pseudo[n + 1] ?? end }));
		} else segments.push({ kind: kinds[0], from, to: end });
		if (tail && !NONE.test(tail) && (!firstBody || (tail.length >= 8 && /[。；;]$/.test(tail)))) {
			// (its parts may carry their own labels: "4.问题及措施。存在问题:…。改进措施:…")
			for (const it of inlineItems(tail, l.end - tail.length).flatMap(labelledItems))
				out.push({ kind: it.kind ?? kinds[0], text: it.text, start: it.start, end: it.end });
		}
		for (const seg of segments) {
			for (const it of splitItems(lines, seg.from, seg.to)) {
				const t = it.text.trim();
				if (!t || NONE.test(t)) continue;
				// a nested heading that itself names a kind is a section of its own
				out.push({ kind: seg.kind, text: t, start: it.start, end: it.end });
			}
		}
		for (let j = i; j < end; j++) claimed.add(j);
		i = end - 1;
	}
	// (a 自评表 whose rows are lines of glued cells: its closing row "评价结论…存在问题…改进措施…项目负责人:…" is read as the
	// one-line form's tail is)
	const formRows = lines.filter((l) => FORM_ROW_WORDS.test(l.text)).length >= 3;
	for (let i = 0; i < lines.length; i++) {
		if (claimed.has(i)) continue;
		const cells = cellFindings(lines, i);
		const mgmt = cells.length ? [] : managementRowFindings(lines[i]);
		out.push(...(cells.length ? cells : mgmt.length ? mgmt : gluedCellFindings(lines[i], formRows)));
	}
	// no section and no cell names a finding: sentences that say what they are ("存在的问题是…", "下一步将…")
	if (out.length === 0) for (const l of lines) out.push(...proseFindings(l));
	// …and no problem found: one labelled at the end of an analysis paragraph ("…实际88%。存在问题:某环节较多,资金到村晚。")
	if (!out.some((f) => f.kind === '问题'))
		for (const l of lines) {
			const m = /[。；;]\s*存在(?:的)?(?:主要)?问题[:：]\s*([^:：\n]{8,200}?[。；;]?)\s*$/.exec(l.text);
			if (!m || isHeading(l) || /^(?:无|暂无|没有)/.test(m[1])) continue;
			const start = l.start + m.index + m[0].lastIndexOf(m[1]);
			out.push({ kind: '问题', text: m[1], start, end: start + m[1].length });
		}
	out.sort((a, b) => a.start - b.start);
	return out;
}

const PROSE_PROBLEM =
	/^(?:但是?|同时|此外|不过)?[，,]?(?:项目)?(?:实施中|执行中|工作中)?(?:也|还)?存在的?(?:主要)?(?:问题|不足)(?:是|有|为|主要是|[:：])|^(?:主要)?(?:问题|不足)(?:是|在于)|^发现的?(?:主要)?问题(?:及原因)?[:：]|^(?:主要)?问题[:：]|^(?:评价|自评|检查|核查)(?:组|中|过程中)?(?:也|还)?发现(?:的)?(?:主要)?问题(?:是|为|有|[:：])|^(?:评价|自评|检查|核查)(?:组|中|过程中)?(?:也|还)?发现[，,:：]/;
const PROSE_SUGGEST =
	/^(?:下一步[，,]?(?:我们|我[镇乡街局单位]|本单位|[\u4e00-\u9fff]{2,6}?)?(?:将|要|拟)|今后[，,]?(?:将|要)|[\u4e00-\u9fff]{1,6}?(?:将|要)在?今后|建议|(?:改进|整改)(?:措施|建议)[:：]|意见建议[:：]|下一步(?:改进)?(?:措施|打算)[:：]|(?:措施|对策)[:：])/;
/** A sentence's own label ("存在问题:", "改进措施:"): no part of the finding. */
const PROSE_LABEL =
	/^(?:(?:评价|自评|检查|核查)(?:组|中|过程中)?(?:也|还)?发现(?:的)?(?:主要)?问题(?:(?:是|为|有)[:：]?|[:：])\s*|(?:评价|自评|检查|核查)(?:组|中|过程中)?(?:也|还)?发现[，,:：]\s*)|^(?:存在的?(?:主要)?问题|发现的?(?:主要)?问题(?:及原因)?|(?:主要)?问题|(?:改进|整改)(?:措施|建议)|意见建议|下一步(?:改进)?(?:措施|打算)|措施|对策)[:：]\s*/;

/** A sentence that announces the problems the next sentences tell ("项目实施中也存在一些不足。", "…存在以下问题:"). */
const ANNOUNCED =
	/^(?:但是?|同时|此外|不过)?[，,]?(?:项目)?(?:实施中|执行中|工作中)?(?:也|还)?存在(?:一些|以下|如下|几个|几方面|个别)(?:主要)?(?:问题|不足)(?:[。:：]|$)/;

/** Findings stated as sentences of the running text, for a report that has no findings section. */
export function proseFindings(l: Line): RawFinding[] {
	const out: RawFinding[] = [];
	// labelled lists inside the running text ("…92.5分,存在的问题:一是…。二是…。下一步改进措施:一是…。二是…。"): each item of its label's kind
	// (…"发现的主要问题及原因:一是…" too)
	const labels = [
		...l.text.matchAll(
			/(存在的?(?:主要)?问题|发现的?(?:主要)?问题(?:及(?:其)?原因)?|(?:主要)?问题及原因|(?:下一步)?(?:改进|整改)措施|(?:改进|意见)?建议)[:：]\s*(?=一是)/g
		)
	];
	if (labels.length) {
		labels.forEach((m, k) => {
			const from = m.index! + m[0].length;
			const to = k + 1 < labels.length ? labels[k + 1].index! : l.text.length;
			const kind: FindingKind = /问题/.test(m[1]) ? '问题' : '建议';
			for (const it of inlineItems(l.text.slice(from, to).replace(/\s+$/, ''), l.start + from)) {
				const t = it.text.replace(/^[一二三四五六七八九十]是/, '').trim();
				if (t.length < 4) continue;
				const start = it.end - it.text.length + it.text.indexOf(t);
				out.push({ kind, text: t, start, end: start + t.length });
			}
		});
		if (out.length) return out;
	}
	// "项目实施中也存在一些不足。" / "…存在以下问题:<一>。<二>。": the sentences after it are the problems, up to a plan or a score
	let listing = false;
	for (const m of l.text.matchAll(/[^。！!？?]+[。！!？?]?/g)) {
		const raw = m[0];
		const t = raw.trim();
		if (listing) {
			if (PROSE_SUGGEST.test(t) || /得分|评价|自评|等级|综上/.test(t) || t.length < 8 || NONE.test(t)) listing = false;
			else {
				const start = l.start + m.index! + raw.indexOf(t);
				out.push({ kind: '问题', text: t, start, end: start + t.length });
				continue;
			}
		}
		if (ANNOUNCED.test(t)) {
			listing = true;
			const rest = t.replace(ANNOUNCED, '');
			if (rest.length >= 8) {
				const start = l.start + m.index! + raw.indexOf(t) + (t.length - rest.length);
				out.push({ kind: '问题', text: rest, start, end: start + rest.length });
			}
			continue;
		}
		// "项目实施中存在户厕管护制度不健全的问题，下一步将由村委会…": the problem named, then the plan
		const named = /存在([^。，,；;]{4,40}?)的(?:问题|不足)(?:[，,；;]\s*((?:下一步|今后)[^。]{6,}[。]?))?/.exec(t);
		if (named && !PROSE_PROBLEM.test(t)) {
			const at = l.start + m.index! + raw.indexOf(t);
			out.push({ kind: '问题', text: named[1], start: at + named.index + 2, end: at + named.index + 2 + named[1].length });
			if (named[2]) {
				const s2 = at + t.indexOf(named[2], named.index);
				out.push({ kind: '建议', text: named[2], start: s2, end: s2 + named[2].length });
			}
			continue;
		}
		// "主要经验:街道将…": a practice, its label cut
		const practice = /^(?:主要|工作|典型)?经验(?:做法)?[:：]\s*/.exec(t);
		if (practice && t.length - practice[0].length >= 8) {
			const start = l.start + m.index! + raw.indexOf(t) + practice[0].length;
			out.push({ kind: '经验', text: t.slice(practice[0].length), start, end: start + t.length - practice[0].length });
			continue;
		}
		const kind: FindingKind | null = PROSE_PROBLEM.test(t) ? '问题' : PROSE_SUGGEST.test(t) ? '建议' : null;
		const cut = PROSE_LABEL.exec(t)?.[0].length ?? 0;
		// (…"存在问题:无明显问题。" says there is none)
		if (!kind || t.length < 10 || NONE.test(t) || NONE.test(t.slice(cut))) continue;
		const start = l.start + m.index! + raw.indexOf(t) + cut;
		out.push({ kind, text: t.slice(cut), start, end: start + t.length - cut });
	}
	return out;
}

/** A signature line: a date, or a short organisation name with no punctuation. */
const SIGNATURE =
	/^(?:\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[\u4e00-\u9fff（）()]{4,30}(?:局|委员会|人民政府|政府|办事处|办公室|中心|厅|委|院|所|站|学校|中学|小学|医院|有限公司|有限责任公司))$/;

/** A report's title on a line of its own ("2023 年防汛物资储备项目部门评价报告"). */
const REPORT_TITLE_LINE = /^(?:20\d{2}\s*年度?\s*)?[^\s，。；,]{2,50}?(?:评价报告|自评报告|自评表)$/;

/** A 自评表's labelled cells: 存在问题 / 改进措施 (a 偏差原因 cell explains a figure and is no finding). */
const CELL_LABEL = /^(?:存在(?:的)?问题|主要问题|问题|改进措施|整改措施|改进建议|下一步改进措施|意见建议)(?:[及和与、][\u4e00-\u9fff]{2,10})?[:：]?$/;

/**
 * Findings in a form's labelled cells: "存在问题\t<text>" on one line, or "存在问题" on a line of its own
 * with the text on the next (a table flattened one cell per line). A combined cell (问题及改进措施) is
 * split by its wording.
 */
export function cellFindings(lines: Line[], i: number): RawFinding[] {
	const l = lines[i];
	const cells = l.text.split(/\t|\|/).map((c) => c.trim());
	// a spreadsheet dump's empty first column ("\t存在问题\t…") holds no label
	while (cells.length > 1 && cells[0] === '') cells.shift();
	const label = cells[0];
	if (!CELL_LABEL.test(label)) return [];
	let value = cells.slice(1).find((c) => c !== '');
	let start = value === undefined ? -1 : l.start + l.text.indexOf(value, l.text.indexOf(label) + label.length);
	if (value === undefined && cells.length === 1) {
		// "问题与措施：" over lines that carry their own labels ("问题：…" / "措施：…"): a finding per labelled line
		const labelled: RawFinding[] = [];
		for (let j = i + 1; j < lines.length; j++) {
			const x = lines[j];
			if (x.text.trim() === '') {
				if (labelled.length) break;
				continue;
			}
			if (x.rank > 0 || /\t|\|/.test(x.text) || !LINE_LABEL.test(x.text)) break;
			const off = x.text.length - x.text.trimStart().length;
			for (const it of labelledItems({ text: x.text.trim(), start: x.start + off, end: x.end }))
				if (it.kind && it.text.length >= 6 && !NONE.test(it.text)) labelled.push({ kind: it.kind, text: it.text, start: it.start, end: it.end });
		}
		if (labelled.length) return labelled;
		// "存在问题" over paragraphs "一是…" / "二是…": a finding per paragraph, without its ordinal
		const paras: RawFinding[] = [];
		const ord = '一二三四五六七八九十';
		for (let j = i + 1, n = 0; j < lines.length && n < 10; j++) {
			const x = lines[j];
			const tx = x.text.trim();
			if (!tx) continue;
			if (!tx.startsWith(`${ord[n]}是`) || /\t|\|/.test(x.text)) break;
			const body = tx.slice(2).replace(/^[，,：:]\s*/, '');
			const at = x.start + x.text.indexOf(body);
			if (body.length >= 6 && !NONE.test(body)) paras.push({ kind: kindsOf(label)[0] ?? '问题', text: body, start: at, end: at + body.length });
			n++;
		}
		if (paras.length >= 2 && kindsOf(label).length === 1) return paras;
		const next = lines.slice(i + 1, i + 3).find((x) => x.text.trim() !== '');
		if (next && !/\t|\|/.test(next.text) && next.rank === 0) [value, start] = [next.text.trim(), next.start + next.text.indexOf(next.text.trim())];
	}
	if (value === undefined || value.length < 6 || NONE.test(value) || !/[\u4e00-\u9fff]{4}/.test(value)) return [];
	const kinds = kindsOf(label);
	const kind: FindingKind = kinds.length > 1 ? (SUGGEST.test(value) ? '建议' : '问题') : (kinds[0] ?? '问题');
	return [{ kind, text: value, start, end: start + value.length }];
}

/**
 * Labels of a form's finding cells when the form's borders were lost: the text follows the label at once (and the label
 * the grade cell before it: "评价等级优存在问题…").
 */
// (a column header "未完成原因和改进措施" is no label)
const GLUED_LABEL =
	/(?<=^|[。！；;\s\d%]|(?:结论|等级|等次)(?:优秀|良好|中等|合格|优|良|中|差))(?<!原因[和及与]\s?)(存在(?:的)?问题|主要问题|改进措施|整改措施|改进建议|意见建议)(?:[:：](?=\s?[\u4e00-\u9fff]{2}))?(?![:：及和、]|与(?:建议|意见|对策|措施|整改|下一步))(?=\s?(?:[\u4e00-\u9fff]|(?:19|20)\d{2}年))/g;
/** A form's row of glued (or tab-parted) cells: an indicator row with its level words, or its funds or total row. */
const FORM_ROW_WORDS = /(?:产出|效益|满意度)指标\t?[\u4e00-\u9fff]{2,}指标|^\s*(?:合计|总分)\s?100|年初预算数|全年预算数|年度资金总额/;
/** What ends a glued finding cell: the next label, or the form's signature cells. */
/** A finding cell on a line of its own, its label glued to its sentences ("改进措施对…分批更换钢架。"). */
const GLUED_OWN_LINE = /^\s*(存在(?:的)?问题|主要问题|改进措施|整改措施|改进建议)(?![:：及和与、])([\u4e00-\u9fff][^\t|]{5,}[。；;])\s*$/;
const GLUED_END = /项目负责人|财务负责人|填报人|联系电话|填表人|单位负责人|审核人/;

/**
 * Finding cells of a 自评表 flattened into one line ("…合计100 97.7 评价结论…存在问题<text>。改进措施<text>。项目负责人:"):
 * each label's text up to the next label or the signature cells; only in a line that is such a form, or in the closing row
 * of a form whose rows are lines of glued cells (`formRows`), the row that holds the signature cells.
 */
export function gluedCellFindings(l: Line, formRows = false): RawFinding[] {
	const t = l.text;
	if (/[\t|]/.test(t)) return [];
	// (a form of glued rows whose finding cells stand on lines of their own, the label glued to its text: "存在问题部分…。")
	const own = formRows ? GLUED_OWN_LINE.exec(t) : null;
	if (own && !NONE.test(own[2])) {
		const start = l.start + t.indexOf(own[2]);
		return [{ kind: /问题/.test(own[1]) ? '问题' : '建议', text: own[2], start, end: start + own[2].length }];
	}
	const tail = formRows && /^\s*(?:评价结论|自评结论|结论)?[^\n]{0,80}?存在(?:的)?问题(?=[\u4e00-\u9fff])/.test(t) && GLUED_END.test(t);
	if (!tail && (t.length < 150 || (t.match(/一级指标|三级指标|年度指标值|全年预算数|全年执行数|偏差原因/g)?.length ?? 0) < 2)) return [];
	const marks = [...t.matchAll(GLUED_LABEL)];
	const out: RawFinding[] = [];
	marks.forEach((m, k) => {
		const from = m.index! + m[0].length;
		let to = k + 1 < marks.length ? marks[k + 1].index! : t.length;
		const stop = GLUED_END.exec(t.slice(from, to));
		if (stop) to = from + stop.index;
		const value = t.slice(from, to).trim();
		// a cell's text is sentences: it ends with 。 (else the label was a word inside a table cell) — or, in a form whose
		// cells are parted by spaces, it is the one cell between the label's space and the next label or signature
		const spaced = /^\s/.test(t.slice(from));
		// (…or, glued with no stop, a cell closed by the other label of the pair or by the signature cells: "存在问题<text>改进
		// 措施<text>项目负责人:")
		const next = marks[k + 1];
		const bounded = next ? /问题/.test(m[1]) !== /问题/.test(next[1]) && !stop : !!stop;
		// (words only: a cell of figures, "整改率100% 98% 10 10", is a table's row that holds the label word)
		const glued = !spaced && bounded && !/[，,、\s]|\d%/.test(value);
		if (glued && /问题/.test(m[1]) && !/[。；;]/.test(value)) {
			// (the remedy's label glued to the problem's last word: "…压力不足改进措施加装增压设备")
			const pair = /^(.{4,60}?)(改进措施|整改措施|改进建议)(.{4,60})$/.exec(value);
			const parts: [FindingKind, string][] = pair
				? [
						['问题', pair[1]],
						['建议', pair[3]]
					]
				: [['问题', value]];
			for (const [kind, text] of parts) {
				if (text.length < 4 || NONE.test(text)) continue;
				const start = l.start + t.indexOf(text, from);
				out.push({ kind, text, start, end: start + text.length });
			}
			return;
		}
		const ok = /[。；;]$/.test(value) || (spaced && /\s$/.test(t.slice(from, to))) || glued;
		if (spaced && /\s/.test(value)) return;
		if (value.length < 6 || !ok || NONE.test(value)) return;
		const kind: FindingKind = /问题/.test(m[1]) ? '问题' : '建议';
		const start = l.start + t.indexOf(value, from);
		out.push({ kind, text: value, start, end: start + value.length });
	});
	return out;
}

/** A row of a transfer-payment 自评表's 资金管理情况 block: 分配科学性 / 下达及时性 / 拨付合规性 / 使用规范性 / 执行准确性. */
const MANAGEMENT_ROW = /^(?:分配科学性|下达及时性|拨付合规性|使用规范性|执行准确性|预算执行|资金监管|绩效管理)$/;

/**
 * "使用规范性 | <情况说明> | <存在问题> | <改进措施>": the form's "存在问题和改进措施" column holds a problem and its
 * remedy in two cells; read only when both are there (one cell under that header could be either).
 */
export function managementRowFindings(l: Line): RawFinding[] {
	if (!/\t|\|/.test(l.text)) return [];
	const cells = l.text.split(/\t|\|/).map((c) => c.trim());
	while (cells.length > 1 && cells[0] === '') cells.shift();
	if (!MANAGEMENT_ROW.test(cells[0] ?? '')) return [];
	const values = cells.slice(1).filter((c) => c !== '');
	if (values.length !== 3) return [];
	const [, problem, remedy] = values;
	if ([problem, remedy].some((v) => v.length < 6 || NONE.test(v) || !/[\u4e00-\u9fff]{4}/.test(v))) return [];
	const at = (v: string, from: number) => l.start + l.text.indexOf(v, from);
	const ps = at(problem, l.text.indexOf(values[0]) + values[0].length);
	const rs = at(remedy, ps - l.start + problem.length);
	return [
		{ kind: '问题', text: problem, start: ps, end: ps + problem.length },
		{ kind: '建议', text: remedy, start: rs, end: rs + remedy.length }
	];
}
