/**
 * Lines, headings and sections of a normalised report, with offsets. Sections are found by heading
 * markers (一、 （一） 1. 1、 (1) ①), never by line positions.
 */

import { TEMPLATE_TITLES } from './normalize';

/** One line of the normalised text with its offsets. */
export interface Line {
	text: string;
	start: number;
	end: number;
	/** Marker rank: 1 一、 (or a line that is one 【findings heading】), 2 （一）, 3 1. / 1、, 3.5 1.1 (a decimal heading, under "1 X" and over its "(1)" items), 4 (1), 5 ①; 0 when the line has no marker. */
	rank: number;
	/** Text after the marker. */
	body: string;
	/** Offset where body starts. */
	bodyStart: number;
	/** Cached: the line reads like a heading (see isHeading). */
	head?: boolean;
	/** Cached heading title. */
	title?: string;
}

const MARKERS: [RegExp, number][] = [
	[/^第[一二三四五六七八九十]{1,3}(?:章|节|部分)[、.\s]?\s*/, 1],
	[/^[一二三四五六七八九十]{1,3}[、.]\s*/, 1],
	// "第五,存在问题。": a numbered section written out, its short title alone on its line
	[/^第[一二三四五六七八九十]{1,2}[,，]\s*(?=[\u4e00-\u9fff（()）]{2,16}[。：:]?\s*$)/, 1],
	[/^[（(][一二三四五六七八九十]{1,3}[）)]\s*/, 2],
	[/^\d{1,2}[.、](?!\d)\s*/, 3],
	// "1.2021年统筹整合…项目": a number then a year, no decimal
	[/^\d{1,2}[.、](?=(?:19|20)\d{2}\s*年)/, 3],
	// a third-party report's numbered headings with no stop ("5 存在问题", "6 建议") and their items ("5.1 宣传形式…"):
	// a heading is a short title of words alone
	[/^\d{1,2}\s+(?=[\u4e00-\u9fff]{2,12}\s*$)/, 3],
	// (…never a figure and its unit wrapped onto a line of its own: "92.5 分,存在的问题…")
	[/^\d{1,2}\.\d{1,2}\s+(?=[\u4e00-\u9fff])(?![分万元亿亩个人户次天年月吨米%])/, 3.5],
	// (…or glued to its title, the title alone on its line: "4.2存在绩效问题", "5.1经验教训")
	[/^\d{1,2}\.\d{1,2}(?![分万元亿亩个人户次天年月吨米])(?=[\u4e00-\u9fff、]{2,20}$)/, 3.5],
	// (…three levels deep in a book's chapter: "6.3.5 存在问题与改进建议")
	[/^\d{1,2}\.\d{1,2}\.\d{1,2}\s+(?=[\u4e00-\u9fff])/, 3.5],
	[/^[（(]\d{1,2}[）)]\s*/, 4],
	[/^[①-⑳]\s*/, 5],
	// a heading whose numeral was lost in the export ("、存在的问题", "()产出指标"): the marker left says its rank
	[/^、(?=[\u4e00-\u9fff][^\n]{1,30}$)/, 1],
	[/^[（(][）)](?=[\u4e00-\u9fff][^\n]{1,30}$)/, 2]
];

/** Split text into lines with marker rank and body. */
export function splitLines(text: string): Line[] {
	const out: Line[] = [];
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		const t = text.slice(start, end);
		let rank = 0;
		let body = t;
		let bodyStart = start;
		for (const [re, r] of MARKERS) {
			const m = re.exec(t);
			if (m) {
				rank = r;
				body = t.slice(m[0].length);
				bodyStart = start + m[0].length;
				break;
			}
		}
		// a Word export's findings heading in brackets on a line of its own ("【存在问题】", "【改进措施】"): a first-rank heading
		// (other bracketed headings, "【基本信息】" over a form's fields, stay lines: a form's table runs across them)
		if (rank === 0 && t.charCodeAt(0) === 0x3010) {
			const b = /^【((?:[^】\n：:，,。；;]{0,8})(?:问题|建议|措施|经验|做法|不足|下一步)[^】\n：:，,。；;]{0,8})】\s*$/.exec(t);
			if (b) {
				rank = 1;
				body = b[1];
				bodyStart = start + 1;
			}
		}
		out.push({ text: t, start, end, rank, body, bodyStart });
		if (end === text.length) break;
		start = end + 1;
	}
	return sectionsByOrdinal(out);
}

const ORDINAL_IS = /^[ \t]*([一二三四五六七八九十])是(?=[\u4e00-\u9fff]{2,16}[。：:])/;
const ORDINALS = '一二三四五六七八九十';

/**
 * A short report whose sections open "一是项目基本情况。…", "五是存在的问题。…" (a news item's style) and that has no
 * numbered section of its own: those lines are its first-rank headings, when at least four of them run 一, 二, 三, 四 … in
 * order at the starts of their lines. ("一是 … 二是 …" inside a section, the usual list of problems, stays a list.)
 */
function sectionsByOrdinal(lines: Line[]): Line[] {
	if (lines.some((l) => l.rank === 1)) return lines;
	const at = lines.map((l, i) => [i, ORDINAL_IS.exec(l.text)] as const).filter(([, m]) => m);
	if (at.length < 4 || at.some(([, m], k) => m![1] !== ORDINALS[k])) return lines;
	// (at least two of them name a report's section: 情况, 问题, 结果, 打算 …)
	const named = at.filter(([i, m]) =>
		/(?:情况|概况|问题|结果|结论|打算|措施|建议|经验|做法)$/.test(lines[i].text.slice(m![0].length).replace(/[。：:].*$/, ''))
	);
	if (named.length < 2) return lines;
	for (const [i, m] of at) {
		const l = lines[i];
		const cut = m![0].length;
		lines[i] = { ...l, rank: 1, body: l.text.slice(cut), bodyStart: l.start + cut };
	}
	return lines;
}

const TEMPLATE_START = new RegExp('^(?:' + TEMPLATE_TITLES + ')');

/** Heading title: the line body up to its first full stop or colon, without trailing punctuation. */
export function headingTitle(l: Line): string {
	if (l.title !== undefined) return l.title;
	const m = /^[^。：:；;]*/.exec(l.body);
	let t = m ? m[0] : l.body;
	// a heading whose text runs on after a space (a PDF line: "存在的问题及原因分析 部分泵站电机老化，…")
	const sp = /^([\u4e00-\u9fff（）()、]{4,20})\s+(?=[\u4e00-\u9fff（(]|\d{1,2}[.、](?!\d))(?=\S{4})/.exec(t);
	if (sp && (t.length > 30 || /^\s*\d{1,2}[.、]|^\s*(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,2}[）)])|[，,]/.test(t.slice(sp[0].length))))
		t = sp[1];
	// a standard section title with its text run on ("项目资金使用及管理情况奖补资金实行专账核算，…")
	else if (t.length > 30) {
		const tm = TEMPLATE_START.exec(t);
		if (tm && /[\u4e00-\u9fff\d]/.test(t[tm[0].length] ?? '')) t = tm[0];
	}
	l.title = t.replace(/[。.、，,\s]+$/, '').trim();
	return l.title;
}

/** Whether a line reads like a heading (a marker and a short title) rather than a numbered paragraph. */
export function isHeading(l: Line): boolean {
	if (l.rank === 0) return false;
	if (l.head !== undefined) return l.head;
	// a part's number alone on its line ("第四部分", its title on the next line): a heading that opens the part
	if (/^\s*第[一二三四五六七八九十]{1,3}(?:章|部分)\s*$/.test(l.text)) return (l.head = true);
	const title = headingTitle(l);
	// a title cut at a space ("存在的问题及原因分析 部分…") is a heading whose text runs on
	const runOn =
		/^\s*$/.test(l.body.slice(title.length, title.length + 1)) && l.body.length > title.length + 1 && title.length >= 4 && /[\u4e00-\u9fff]$/.test(title);
	const template = title.length < l.body.length && TEMPLATE_START.exec(l.body)?.[0] === title;
	l.head = title.length > 0 && title.length <= 30 && (l.body.length <= 40 || /[。：:]/.test(l.body.slice(0, 32)) || runOn || template);
	return l.head;
}

/** The lines from index i+1 up to the next line of rank ≤ rank (a heading's section). */
export function sectionEnd(lines: Line[], i: number): number {
	const r = lines[i].rank;
	for (let j = i + 1; j < lines.length; j++) if (lines[j].rank > 0 && lines[j].rank <= r && isHeading(lines[j])) return j;
	return lines.length;
}

/** Remove whitespace (PDF-extraction spaces) from a short value or name. */
export function squash(s: string): string {
	return s.replace(/\s+/g, '');
}
