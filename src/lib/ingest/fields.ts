/**
 * Report-level fields found by keyword patterns near numbers within a sentence: title, year, unit,
 * project, evaluation type, budget / actual / execution rate, score, grade, party organisations and members.
 */
import type { EvaluationType, Grade } from './types';
import { parseArabic, parseChineseNumeral, parseQuantity, PERCENT_WORDS, percentWords } from './numbers';
import type { Line } from './structure';
import { latestYear } from '../schema/ranges';
import { scanMentions } from './places';
import { divisions } from './divisions';
import { solveFundsRow } from './indicators/funds';
import { esc } from './indicators/shared';

/** A found value with the offsets of the text that states it. */
export interface Found<T> {
	value: T;
	start: number;
	end: number;
}

const REPORT_WORDS = /报告|自评|评价|绩效|自评表/;

/**
 * The title line: an early line naming a report (报告/评价/绩效), not a numbered heading. Of a line that
 * holds more (tab cells, a portal's "日期:… 来源:…" prefix, an 附件 label, a file extension, the title
 * twice), the title is the part that names the report; its offsets are that part's.
 */
/**
 * A notice that publishes a report ("某县人民政府关于共青团某县委员会2022年度项目支出绩效自评报告的公示"): the report's own title, as
 * the notice names it ("现将共青团某县委员会2022年度青少年假期课堂项目绩效自评报告予以公示"), else the one inside 关于…的公示.
 */
export function announcedTitle(title: Found<string> | null, text: string): Found<string> | null {
	if (!title) return title;
	// a letter that sends the report ("某局关于报送2024年某项目绩效评价报告的函"): the report it names
	const sent = /关于(?:报送|上报|呈报|提交|报备)(.{6,80}?(?:报告|自评表|评价表))的(?:函|报告|请示)$/.exec(title.value);
	if (sent) {
		// (…as the report's own heading below writes it, its place before it: "关于报送2021年度某项目部门评价报告的报告" over
		// "某市某区2021年度某项目部门评价报告")
		const own = new RegExp(`(?:^|\\n)[ \\t]*([\\u4e00-\\u9fff]{2,20}?(?:省|自治区|市|州|盟|区|县|旗)${esc(sent[1])})[ \\t]*(?=\\n|$)`).exec(
			text.slice(title.end)
		);
		if (own) {
			const start = title.end + own.index + own[0].indexOf(own[1]);
			return { value: own[1], start, end: start + own[1].length };
		}
		const start = title.start + sent.index + sent[0].indexOf(sent[1]);
		return { value: sent[1], start, end: start + sent[1].length };
	}
	// a report's title with the word of its publication after it ("…重点绩效评价报告公开")
	const pub = /^(.{6,80}?(?:报告|自评表|评价表))(?:公开|公示|公布)$/.exec(title.value);
	if (pub) return { value: pub[1], start: title.start, end: title.start + pub[1].length };
	// a notice that carries the report under its own title line ("某局关于公开某项目部门评价报告的通知" … "某县某项目2024年度部门
	// 评价报告"): that title, naming its year
	if (/^[^\n]{0,30}关于[^\n]{4,60}(?:报告|自评表|评价表|结果)的(?:通知|公示|公告)$/.test(title.value)) {
		const carried = /(?:^|\n)[ \t]*([^\n，,。；;：:]{0,50}?(?:19|20)\d{2}[^\n，,。；;：:]{0,30}?(?:评价报告|自评报告))[ \t]*(?=\n)/.exec(
			text.slice(title.end, title.end + 3000)
		);
		if (carried) {
			const start = title.end + carried.index + carried[0].indexOf(carried[1]);
			return { value: carried[1], start, end: start + carried[1].length };
		}
	}
	if (!/(?:公示|公告)$/.test(title.value)) return title;
	const named = /现将([^，,。；;\n]{6,80}?(?:报告|自评表))(?:予以|进行)?(?:公示|公开|公布)/.exec(text.slice(0, 3000));
	// (…not one the notice names by a pronoun, "现将我局2022年度…自评表予以公开": the notice's own title says whose)
	if (named && !/^(?:我|本)(?:局|单位|中心|委|办|站|所|院|镇|乡|街道|部门)/.test(named[1])) {
		const start = named.index + 2;
		return { value: named[1], start, end: start + named[1].length };
	}
	const about = /关于(.{6,80}?(?:报告|自评表))的(?:公示|公告)$/.exec(title.value);
	if (about) {
		const start = title.start + about.index + 2;
		return { value: about[1], start, end: start + about[1].length };
	}
	return title;
}

/** A line labelled as a file's name ("文件名：….docx"). */
const FILE_NAME_LINE = /^(?:文件名称?|文档名称?)\s*[:：]/;

export function findTitle(lines: Line[]): Found<string> | null {
	const first = essayTitle(lines, titleLine(lines));
	if (!first) return coverOverLines(lines) ?? laterTitle(lines) ?? formHeading(lines) ?? proseTitle(lines);
	// a page's title cut before its last word ("…项目绩效自评" over the form's "…项目绩效自评表"): the form's own heading
	const found = fullerBelow(lines, first) ?? first;
	// a document site's file name ("《…2022年度…自评表.docx》由会员分享") over the document's own heading, which opens the text
	// ("1、…2023年度…自评表主管部门…"): the heading's year is the document's, the file was named another way
	const i = lines.findIndex((l) => l.start <= found.start && found.start < l.end + 1);
	if (i < 0 || !/由会员|在线阅读|文库/.test(lines[i].text)) return found;
	const re = new RegExp(
		'^\\s*(?:\\d{1,2}、)?\\s*(' +
			found.value
				.replace(/(?:19|20)\d{2}/g, '@@')
				.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
				.replace(/@@/g, '(?:19|20)\\d{2}') +
			')'
	);
	for (const l of lines.slice(i + 1, i + 4)) {
		const m = re.exec(l.text);
		if (!m || m[1] === found.value) continue;
		const at = l.start + l.text.indexOf(m[1]);
		return { value: m[1], start: at, end: at + m[1].length };
	}
	return found;
}

/** The figure right after a label and its colon on the same line ("年度预算资金总额: 64.00"), in 万元. */
function cellAfterLabel(text: string, label: RegExp): Found<number> | null {
	const m = new RegExp(`(?:${label.source})[ \\t]*[:：][ \\t]*(\\d[\\d,]*(?:\\.\\d+)?)[ \\t]*(?=\\n|$)`).exec(text.slice(0, 40000));
	const v = m ? parseArabic(m[1]) : null;
	if (!m || v === null) return null;
	const at = m.index + m[0].lastIndexOf(m[1]);
	return { value: v, start: at, end: at + m[1].length };
}

/** A heading within the next lines that is the title with its last word ("…自评" → "…自评表", "…评价" → "…评价报告"). */
function fullerBelow(lines: Line[], found: Found<string>): Found<string> | null {
	if (/(?:报告|表)$/.test(found.value) || !/(?:自评|评价)$/.test(found.value)) return null;
	const i = lines.findIndex((l) => l.start <= found.start && found.start < l.end + 1);
	for (const l of lines.slice(i + 1, i + 10)) {
		const t = l.text.trim();
		if (t.startsWith(found.value) && /^(?:表|报告)$/.test(t.slice(found.value.length))) {
			const at = l.start + l.text.indexOf(t);
			return { value: t, start: at, end: at + t.length };
		}
	}
	return null;
}

/**
 * No title line, a lead opened by the report's name in 【】, a journal's digest opening with the report it reprints ("评价组完成了《某区2022年度某项目部门评价报告》。现将
 * 报告主要内容刊发如下") or a letter sending it ("现将《某街道2020年度某项目绩效自评报告》报送如下"): the report's name in its
 * book-title marks, naming its year, in the first sentences.
 */
function proseTitle(lines: Line[]): Found<string> | null {
	// (the lead may come after a report's part and section headings, "第一部分 项目概况" / "一、基本情况" / "(一)项目背景")
	for (const l of lines.filter((x) => x.text.trim() !== '').slice(0, 12)) {
		// (…or a lead opened by the report's name in 【】: "【某区2020年度某项目支出绩效自评表】按照…要求,…")
		const m =
			/(?:完成了?|形成了?|出具了?|撰写了?|编制了?|公开了?|发布了?|现将)\s{0,2}《([^《》\n]{0,80}?(?:19|20)\d{2}[^《》\n]{4,60}?(?:评价报告|自评报告))》/.exec(
				l.text
			) ?? /^\s*【([^【】\n]{0,40}?(?:19|20)\d{2}[^【】\n]{4,60}?(?:评价报告|自评报告|自评表|评价表))】(?=[\u4e00-\u9fff])/.exec(l.text);
		if (!m) continue;
		const at = l.start + m.index + m[0].indexOf(m[1]);
		return { value: m[1], start: at, end: at + m[1].length };
	}
	return null;
}

/**
 * A letter's title set over three lines on its cover, its last word spaced out ("关于某镇2023年度某项目" / "绩效自评情况的" /
 * "报 告"): the lines joined.
 */
function coverOverLines(lines: Line[]): Found<string> | null {
	const head = lines.slice(0, 40);
	for (let k = 1; k < head.length; k++) {
		if (head[k].text.replace(/\s+/g, '') !== '报告') continue;
		for (const n of [2, 1]) {
			const above = head.slice(Math.max(0, k - n), k);
			if (above.length !== n || !/^\s*关于/.test(above[0].text)) continue;
			const joined = above.map((l) => l.text.trim()).join('') + '报告';
			if (joined.length > 80 || /[，。；：:,;|\t]/.test(joined) || !/绩效|自评|评价/.test(joined)) continue;
			const at = above[0].start + above[0].text.indexOf(above[0].text.trim());
			return { value: joined, start: at, end: head[k].end };
		}
	}
	return null;
}

/**
 * No title line at all, a whole form run into one line (a PDF's text after its file metadata: "… False False 附件: 项目支出绩效
 * 自评表 (2022年度) 项目名称 …", "财政项目支出绩效自评表 (2023 年度) 行道树修剪 项目名称 …"): the form's own heading with its
 * year, the spaces inside it dropped. (Run on after a cover note's attachment line and date, readers differ between the
 * heading and the attachment's name: none.)
 */
function formHeading(lines: Line[]): Found<string> | null {
	for (const l of lines.slice(0, 12)) {
		const m =
			/(?:^|[\s:：])((?:[\u4e00-\u9fff“”]{2,40}?)?(?:财政)?(?:项目支出|部门整体支出|项目)?绩效(?:目标)?自评表)\s{0,2}([（(])\s{0,2}((?:19|20)\d{2})\s{0,2}年度?\s{0,2}([)）])(?=[^\n]{0,30}?项目名称|\s{0,2}(?:部门|单位)名称)/.exec(
				l.text
			);
		if (!m) continue;
		const at = l.start + m.index + m[0].indexOf(m[1]);
		// (a heading that names what it is of, "某县某项目支出绩效自评表 (2022年度)": the name, as the form prints it)
		if (!/^(?:财政)?(?:项目支出|部门整体支出|项目)?绩效(?:目标)?自评表$/.test(m[1])) return { value: m[1], start: at, end: at + m[1].length };
		return { value: `${m[1]}${m[2]}${m[3]}年度${m[4]}`, start: at, end: l.start + m.index + m[0].length };
	}
	return null;
}

/**
 * A model-essay site ("…报告精选(12篇)", "下面是小编…整理的…") heads its page with the topic ("马产业项目绩效评价报告"): a title
 * with no year there gives way to the first whole title with its year further down, the report the page carries.
 */
function essayTitle(lines: Line[], found: Found<string> | null): Found<string> | null {
	if (!found || /(?:19|20)\d{2}/.test(found.value)) return found;
	const head = lines.slice(0, 40).map((l) => l.text);
	if (!head.some((t) => /\d{1,3}篇[)）]?\s*$|小编|范文/.test(t))) return found;
	const later = laterTitle(lines.filter((l) => l.start > found.end));
	return later ?? found;
}

/**
 * No title among the first lines (the text opens with a template's outline or its filling-in notes): the first line further
 * down that is a whole report title of its own, naming its year ("某中心2025年某示范项目绩效报告"), not a template's ("(范本)").
 */
function laterTitle(lines: Line[]): Found<string> | null {
	// (a heading that names only its year and kind, "第二部分 2024年度部门整体支出绩效自评报告", gives way to a whole title
	// further down that ends as it does: "某区某镇人民政府2024年度部门整体支出绩效自评报告", the part's own cover)
	let kindOnly: Found<string> | null = null;
	for (let k = 0; k < Math.min(120, lines.length); k++) {
		const l = lines[k];
		// (a first-rank heading that is a whole report's title, "一、某项目支出绩效评价报告" opening a final-accounts chapter's
		// evaluation part: the title of the report it opens, its year or none)
		// (…not a catalogue's part naming only the kind, "第一部分 项目支出绩效自评报告")
		if (
			l.rank === 1 &&
			/^[\u4e00-\u9fff“”（）()\d]{4,50}(?:支出绩效评价报告|绩效评价报告|绩效自评报告)$/.test(l.body.trim()) &&
			!/范本|范文|模板|样本|格式/.test(l.body) &&
			!GENERIC_TITLE.test(l.body.trim())
		) {
			const v = l.body.trim();
			const at = l.bodyStart + l.body.indexOf(v);
			if (/^(?:19|20)\d{2}\s*年度?(?:部门整体支出|项目支出|整体支出|部门整体)?绩效(?:自评|评价)报告$/.test(v)) {
				kindOnly ??= { value: v, start: at, end: at + v.length };
				continue;
			}
			return { value: v, start: at, end: at + v.length };
		}
		// (the line's title part: a form's name run into its first cells is cut before them)
		// (an attachment's name at the foot, "附件:…自评表[点击下载]", titles the attachment, not the text)
		// (a cover's title over two lines, "某中心2024年度部门整体支出" / "绩效自评报告": the two joined)
		const kind = lines[k + 1]?.text.trim() ?? '';
		const head = l.text.trim();
		if (
			l.rank === 0 &&
			/^(?:绩效|评价|自评价?|报告)+$/.test(kind) &&
			/报告$/.test(kind) &&
			/^[\u4e00-\u9fff“”（）()\d]{8,50}(?:支出|项目|资金|经费)$/.test(head) &&
			/(?:19|20)\d{2}\s*年/.test(head)
		) {
			const at = l.start + l.text.indexOf(head);
			return { value: head + kind, start: at, end: lines[k + 1].start + lines[k + 1].text.indexOf(kind) + kind.length };
		}
		const part = l.rank > 0 || /^\s*附\s*件|下载|链接/.test(l.text) ? null : titlePart(l.text);
		if (!part) continue;
		const t = part.text;
		// (a name with no year of its own takes the form's year printed on the line below it: "某镇某项目支出绩效自评表" / "(2020年度)")
		const yearBelow = () => {
			const n = lines.slice(k + 1).find((x) => x.text.trim() !== '');
			return !!n && /^\s*[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）]\s*$/.test(n.text) && t.length >= 10;
		};
		// (…or an attachment's own heading under its "附件2" line, a final-accounts document's attached report: no year needed)
		const prevText = lines
			.slice(0, k)
			.reverse()
			.find((x) => x.text.trim() !== '')
			?.text.trim();
		const attached = !!prevText && /^附\s*件\s*\d{0,2}\s*[:：]?$/.test(prevText) && t.length >= 10 && /绩效(?:自评|评价)报告$/.test(t);
		if (
			t.length > 60 ||
			!/^[\u4e00-\u9fff（）()“”\d]{6,60}$/.test(t) ||
			!/(?:报告|自评表|评价表)$/.test(t) ||
			!(/(?:19|20)\d{2}\s*年/.test(t) || yearBelow() || attached)
		)
			continue;
		if (!REPORT_WORDS.test(t) || /范本|范文|模板|样本|格式|XX|xx/.test(t)) continue;
		const at = l.start + part.at;
		return { value: t, start: at, end: at + t.length };
	}
	return kindOnly;
}

function titleLine(lines: Line[]): Found<string> | null {
	// a bare category ("自评报告") is the title only when no line below names more
	let generic: Found<string> | null = null;
	let prevLine: Line | null = null;
	let prevLine2: Line | null = null;
	// the first 8 lines that hold text (a skipped fragment leaves blank lines in front)
	for (let i = 0, seen = 0; i < lines.length && seen < 8; i++) {
		const l = lines[i];
		const t = l.text.trim();
		// a line of punctuation only (a dash list's empty item "-") holds no text
		if (!t || !/[\u4e00-\u9fff\dA-Za-z]/.test(t)) continue;
		// a portal's bullet box ("- 索引号" / "- 绩效自评报告" as its 公开目录 value) is furniture: not counted
		const bullet = /^[-•·*]\s+/.exec(l.text)?.[0].length ?? 0;
		if (bullet && GENERIC_TITLE.test(t.slice(bullet))) continue;
		// (a site's menu items, "华北" / "招标专区", are not counted: a title follows a long menu)
		// (nor a page's counters, "3176", or its buttons, "+ 加入清单")
		if (!bullet && !(t.length <= 4 && /^[\u4e00-\u9fff]+$/.test(t)) && !/^\d{1,7}$|^[+＋]\s/.test(t)) seen++;
		if (l.rank > 0 && !bullet) break;
		// a file's name given as such ("文件名：…报告.docx") over the document's own heading: the heading is the title
		// (a document site's bare file name line is often the only title a page has: it stays a candidate)
		// (a heading of its own: a short line that ends as a report's title does, not the same name again)
		// (…and so is a bare file's name when the heading right under it names the same year: "…自评总结报告.docx" over
		// "某县某站2025年整体和项目支出绩效自评总结报告", a PDF's text copied under its file's name)
		const bareFile = !FILE_NAME_LINE.test(t) && /\.(?:docx?|pdf|wps)$/i.test(t) ? /(?:19|20)\d{2}(?=\s*年)/.exec(t)?.[0] : undefined;
		if (
			(FILE_NAME_LINE.test(t) || bareFile) &&
			lines.slice(i + 1, bareFile ? i + 3 : i + 8).some((n) => {
				const h = n.text.trim();
				// (the same name again, spaced by a PDF, leaves the file's clean name the title)
				if (bareFile && (!h.includes(bareFile) || t.startsWith(h.replace(/\s+/g, '') + '.'))) return false;
				return h.length <= 60 && !FILE_NAME_LINE.test(h) && !/[\t|，。；]/.test(h) && /(?:报告|自评表|评价表)$/.test(h) && !t.includes(h);
			})
		)
			continue;
		const part = titlePart(l.text.slice(bullet));
		const above = prevLine;
		const above2 = prevLine2;
		prevLine2 = prevLine;
		prevLine = l;
		if (!part) continue;
		// (a document viewer's page mark after the title, "…自评报告 第2页", is no part of it; nor an essay site's item
		// number after its collection's name, "…自评报告(通用4篇)1", "…自评报告 篇14"; nor an attachment list's "1、")
		let p = part.text
			// (the document's number in brackets after the title, "…绩效评价报告(某财绩〔2021〕9号)")
			.replace(/\s*[（(][\u4e00-\u9fff]{1,10}[〔\[［]\d{4}[〕\]］]\s?\d{1,4}\s?号[)）]$/, '')
			// (a document viewer's "-预览页" after the title and whatever ran on after it)
			.replace(/\s*[_\-—]\s*(?:预览页|預覽頁|预览|預覽)[\s\S]*$/, '')
			.replace(/\s*[_\-—]?\s*第\s*\d{1,3}\s*页$/, '')
			.replace(/(?<=报告|自评表|评价表)\s*(?:[(（](?:通用|精选|优秀|热门)?\d{1,3}篇[)）]\s*\d{1,2}|篇\s*\d{1,3})$/, '')
			// (…nor the item's number after a space, "…自评报告 1", under a collection's heading)
			.replace(/(?<=报告|自评表|评价表)\s+\d{1,2}$/, '')
			// (…nor a feature's subtitle after a colon, "某县2021年度某项目绩效评价报告:某事如何做好?")
			.replace(/(?<=(?:19|20)\d{2}[^:：\n]{2,60}(?:绩效|评价|自评)[^:：\n]{0,12}(?:报告|自评表|评价表))\s*[:：][^\n]+$/, '');
		// (…or glued to a whole title of its own, with its year: "某区某站2024年度某项目绩效自评报告1")
		if (/(?<=报告|自评表|评价表)\d{1,2}$/.test(p) && /(?:19|20)\d{2}\s*年/.test(p) && p.length >= 16 && !/篇/.test(p)) p = p.replace(/\d{1,2}$/, '');
		// a document preview's run-together collection ("X报告X报告「篇一」某县2023年X报告一、…"): the whole title after the marker
		const pian = /[「【]篇[一二三四五六七八九十\d]{1,2}[」】]\s*(?=[\u4e00-\u9fff]{0,12}(?:19|20)\d{2})/.exec(p);
		if (pian) {
			const after = /^[^，,。；;\s]{6,80}?(?:报告|自评表|评价表)/.exec(p.slice(pian.index + pian[0].length));
			if (after) {
				const at = l.start + part.at + bullet + pian.index + pian[0].length;
				return { value: after[0], start: at, end: at + after[0].length };
			}
		}
		// (…or a viewer's page number glued before the place that opens the title, "6某区2021年度…报告")
		const lead =
			/^\d{1,2}[、.．]\s*(?=[\u4e00-\u9fff])|^(?:网站)?首页\s+(?=[\u4e00-\u9fff])|^[\u4e00-\u9fff]{2,20}(?:范文|大全|精选|模板)\s+(?=[\u4e00-\u9fff])|^\d{1,2}(?=[\u4e00-\u9fff]{1,8}?[省市县区旗][\u4e00-\u9fff]{0,12}(?:19|20)\d{2}\s*年)/.exec(
				p
			)?.[0].length ?? 0;
		const at = part.at + bullet + lead;
		p = p.slice(lead);
		// a cover's title over two lines parted by blank lines ("德保县2021年度部门整体支出" / "绩效评价自评报告"): the
		// second names only the report's kind, the first what it is of
		if (!lead && above && /^(?:项目支出|部门整体支出|整体支出)?(?:绩效|评价|自评价?|报告|表)+$/.test(p)) {
			const h = above.text.trim();
			// (a notice's title above a form's bare heading, "关于…自评情况的公示" / "项目支出绩效自评表", is a title of its own)
			// (a line of figures, a date "2023621" above the heading, names nothing)
			if (
				h.length >= 6 &&
				h.length <= 40 &&
				/[\u4e00-\u9fff]{4}/.test(h) &&
				!/[，。；：:|\t>]/.test(h) &&
				/(?:19|20)\d{2}|支出$|项目$|经费$|资金$/.test(h) &&
				!/报告|自评表|评价表/.test(h) &&
				!/(?:公示|公告|通知|公开|通报|的函)$/.test(h)
			) {
				const st = above.start + above.text.indexOf(h);
				// (…under its year on a line of its own: "2021年度" / "某县某中心" / "部门整体支出绩效自评报告")
				const y = above2 && !/(?:19|20)\d{2}/.test(h) ? /^\s*((?:19|20)\d{2}\s*年度?)\s*$/.exec(above2.text) : null;
				if (y && above2) return { value: y[1].replace(/\s+/g, '') + h + p, start: above2.start + above2.text.indexOf(y[1]), end: l.start + at + p.length };
				return { value: h + p, start: st, end: l.start + at + p.length };
			}
		}
		if (bullet && GENERIC_TITLE.test(p)) continue;
		// a sentence that announces the report ("…，现将…报告如下：") is prose, not a title; a cover's labelled cell
		// ("项目名称:部门整体支出绩效评价报告") is a cell
		if (/现将|如下[:：]?$|[，,]/.test(p) || /^(?:项目名称|项目单位|单位名称|部门名称|主管部门|评价类型)\s*[:：]/.test(p)) continue;
		// a template's name with placeholders ("2023年XX镇XX项目绩效自评表", a download page's file name) is no title
		if (/XX|xx|××|＊＊/.test(p)) continue;
		// a portal's category cells ("主题分类 主题分类 体裁分类 报告"): the kind word alone after a space names no report
		if (/(?:^|\s)(?:报告|自评表|评价表|公告|通知)$/.test(p) && /分类|类别|体裁|栏目/.test(p)) continue;
		// a model-essay site's heading over a collection ("…自评报告(优秀12篇)", "…报告精品8篇", "…报告1", "…报告_报告_网")
		if (/\d{1,3}篇[)）]?$|范文|_报告_|(?<=报告)\d{1,2}$/.test(p)) continue;
		if (
			p.length <= 100 &&
			REPORT_WORDS.test(p) &&
			(/报告|自评表|评价表|绩效(?:自评)?评分表$|(?:自评|评价)(?:结果|情况)(?:的函|的公示|的公告)?$/.test(p) ||
				// (a page's own title that names its report by the work, "某镇某项目支出绩效自评", what it is of written out)
				// (…or by the evaluation, "某街道2020年度某服务项目绩效评价", under a portal's breadcrumb)
				(/^[\u4e00-\u9fff\d“”（）()]{10,60}项目(?:支出)?绩效(?:自评|评价)$/.test(p) && !/^关于|^(?:开展|做好|组织)/.test(p))) &&
			!/[。；]/.test(p.slice(0, -1))
		) {
			// a cover's title over two lines repeats the project name ("…2023年X项目" / "X项目" / "绩效评价报告"): once
			const value = p
				.replace(/(?<=\d)\s+(?=[年度])/g, '')
				.replace(/(?<=[\u4e00-\u9fff])\s+(?=\d)|(?<=\d)\s+(?=[\u4e00-\u9fff])/g, '')
				.replace(/([\u4e00-\u9fff]{4,30})\1/, '$1');
			const found = { value, start: l.start + at, end: l.start + at + p.length };

			// a form's year printed on the line below its name ("项目支出绩效自评表" / "(2023年度)") belongs to the title
			if (/(?:自评表|评价表|报告)$/.test(value)) {
				// (past the name printed again as the table's first cell: "就业补助资金绩效自评表 | |||||")
				const below = lines.slice(i + 1).filter((n) => n.text.trim() !== '');
				// …or the same name printed again as the form's first cell after a portal's index box
				const again = below.slice(0, 16).findIndex((n) => n.text.replace(/[\s|]+/g, '') === value.replace(/\s+/g, ''));
				const next = again >= 0 ? below[again + 1] : below[0];
				// (the cell may carry an export's empty cells: "(2023年度) | |||||")
				const y = next && /^\s*([(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）])[\s|]*$/.exec(next.text);
				if (next && y) {
					found.value += y[1].replace(/\s+/g, '').replace('（', '(').replace('）', ')');
					found.end = next.start + next.text.indexOf(y[1]) + y[1].length;
				}

				// …or the name printed again further down with its year in the same line (a document site's file name
				// "项目支出绩效自评表.doc" above the form's own "项目支出绩效自评表(2023年度)")
				const YEAR_ONLY = /^\s*([(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）])\s*$/;
				const withYear = (n: Line) => n.text.trim().startsWith(value) && YEAR_ONLY.test(n.text.trim().slice(value.length));
				const later = !y && !/(?:19|20)\d{2}/.test(value) ? below.slice(0, 16).find(withYear) : undefined;
				const ly = later && YEAR_ONLY.exec(later.text.trim().slice(value.length));
				if (later && ly) {
					const at = later.start + later.text.indexOf(value);
					return { value: value + ly[1].replace(/\s+/g, '').replace('（', '(').replace('）', ')'), start: at, end: at + value.length + ly[0].length };
				}
			}
			// "评报告": the tail of a title broken over two lines, no title of its own
			if (!GENERIC_TITLE.test(value) && value.length >= 6) {
				// the tail of a title broken over two lines ("…2023年度农村客运" / "补贴资金绩效自评报告"), the whole title printed
				// again just below: the whole one
				// (…or further down under an attachment list's item, "附件1:2020年度某项目绩效评价报告.pdf", the attachment itself)
				const listed = /^\s*附件\s*\d{0,2}\s*[:：]/.test(l.text);
				const whole = lines
					.slice(i + 1, i + (listed ? 40 : 14))
					.filter((n) => n.text.trim() !== '')
					.slice(0, listed ? 12 : 5)
					.find(
						(n) =>
							n.text.trim().length > value.length + 2 &&
							n.text.trim().endsWith(value) &&
							// (a report number before the title, "某〔2024〕绩评第17号…", is no part of it)
							/^[\u4e00-\u9fff“”（）()、\d\s]+$/.test(n.text.trim().slice(0, -value.length)) &&
							!/号/.test(n.text.trim().slice(0, -value.length))
					);
				if (whole) {
					const t = whole.text.trim();
					const at = whole.start + whole.text.indexOf(t);
					return { value: t, start: at, end: at + t.length };
				}
				return documentHeading(lines.slice(i + 1), value) ?? found;
			}
			if (!GENERIC_TITLE.test(value)) continue;
			generic ??= found;
		}
	}
	return generic ? (namedBelowCover(lines, generic) ?? generic) : null;
}

/**
 * A cover's bare category ("部门整体支出绩效评价自评报告" / "(2022年度)") over its fields, the report's own heading below
 * them naming its unit ("某街道办事处部门整体支出绩效评价报告"): that heading, before the first section.
 */
function namedBelowCover(lines: Line[], generic: Found<string>): Found<string> | null {
	const kind = /部门整体支出|项目支出/.exec(generic.value)?.[0];
	if (!kind) return null;
	const from = lines.findIndex((l) => l.end >= generic.end);
	for (const n of lines.slice(from + 1, from + 30)) {
		const h = n.text.trim();
		if (/^[一二三四五六七八九十]{1,2}、/.test(h)) break;
		if (h.length > 60 || !h.includes(kind) || !/(?:报告|自评表|评价表)$/.test(h) || GENERIC_TITLE.test(h)) continue;
		// (a unit or place before the kind: the heading names whose report it is)
		if (!/^[\u4e00-\u9fff（）()\d]+$/.test(h) || h.indexOf(kind) < 4) continue;
		const at = n.start + n.text.indexOf(h);
		return { value: h, start: at, end: at + h.length };
	}
	return null;
}

/** A catalogue's name for a report and its scoring form together ("某中心2023年度绩效评价自评报告及评分表(整体支出)"). */
const CATALOGUE = /及评分表(?:[（(][^）)]{2,8}[)）])?$/;

/** A form's heading with a space before its first cell label: "某县2019年度某某项目支出绩效自评表 项目名称…". */
const FORM_HEADING_SPACED =
	/^\s*([^\n。，；,]{6,60}?(?:自评表|评价表)(?:\s*[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）])?)\s+(?=项目名称|单位名称|部门名称|主管部门)/;

/**
 * A page's title (its short name, "某某扶持资金项目绩效评价报告") over the document's own heading just below it, past a date,
 * a number or a page's counter line ("时间:2021.7.14" / "某县2020年度某某扶持资金项目财政重点绩效评价报告", its two lines
 * joined): the document's heading, when it names its year and what the page title names.
 */
function documentHeading(below: Line[], pageTitle: string): Found<string> | null {
	const name = pageTitle
		.replace(/\s+/g, '')
		.replace(/(?:公开|公示)$/, '')
		.replace(/(?:财政)?(?:重点)?(?:绩效)?(?:自评|评价)?(?:报告|自评表|评价表)$/, '')
		.replace(/项目$/, '');
	if (name.length < 4) return null;
	const near = below.filter((l) => l.text.trim() !== '').slice(0, 4);
	for (const [k, n] of near.slice(0, 3).entries()) {
		// (a form's heading run into its first cells: "某县2019年度某某项目支出绩效自评表 项目名称某某项目主管部门…")
		const form = FORM_TITLE.exec(n.text) ?? FORM_HEADING_SPACED.exec(n.text);
		let t = form ? form[1].trim() : n.text.trim();
		// (under a catalogue's name, a cover's heading over two lines, the second naming only the report's kind:
		// "某县2025年度部门整体支出" / "绩效自评报告")
		const kind = near[k + 1]?.text.trim() ?? '';
		// (…or any page title's over a heading so parted that names more: "某街道2019年度某项目 绩效自评报告" over "某区某街道
		// 2019年度某项目" / "绩效自评报告")
		const joined =
			!form &&
			/(?:19|20)\d{2}\s*年/.test(t) &&
			/^(?:绩效|评价|自评价?|报告)+$/.test(kind) &&
			(CATALOGUE.test(pageTitle) ? /支出$/.test(t) : /项目$/.test(t) && t.includes(name));
		if (joined) t += kind;
		// (only a date or a number line may stand between the page's title and the heading)
		if (n.rank > 0 || (!form && /[，。；,;]/.test(t)) || t.length > 60) return null;
		if (!/(?:报告|自评表|评价表)$/.test(t) || /[：:|\t>]/.test(t) || !/^[\u4e00-\u9fff\d“”（）()]+$/.test(t)) continue;
		const year = /((?:19|20)\d{2})\s*年/.exec(t)?.[1];
		if (!year) return null;
		// (it says more of the same, or names the project a page's title leaves out, "某局2019年度项目支出绩效自评表公开"; or the
		// page's title is a catalogue's name of it, its year written bare, "某中心2020绩效评价
		// 自评报告及评分表(整体支出)", and the heading names the same year and place)
		const more = t.includes(name.slice(-4)) && (t.length > pageTitle.length || /(?:19|20)\d{2}年度?(?:项目支出)?$/.test(name));
		const catalogued =
			(new RegExp(`${year}(?!\\s*年)`).test(pageTitle) || CATALOGUE.test(pageTitle)) &&
			[...t.matchAll(/[\u4e00-\u9fff]{2,8}?[区县市旗镇乡]/g)].some((m) => m[0].length >= 3 && pageTitle.includes(m[0]));
		if (!more && !catalogued) return null;
		if (joined) {
			const at = n.start + n.text.indexOf(n.text.trim());
			const end = near[k + 1].start + near[k + 1].text.indexOf(kind) + kind.length;
			return { value: t, start: at, end };
		}
		const at = n.start + n.text.indexOf(t);
		return { value: t, start: at, end: at + t.length };
	}
	return null;
}

/** A category name, not a title: "绩效自评报告", "评价报告" with nothing that names a year, place or project. */
const GENERIC_TITLE =
	/^(?:[（(]?\s*)?(?:项目支出|部门整体支出|财政|项目资金|专项资金|项目实施|项目)?(?:绩效)?(?:自评|评价|自评价)?(?:报告|结果|情况)?(?:公开|公示)?(?:[）)])?$|^(?:项目支出|部门整体支出)绩效评价自评报告(?:\s*[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）])?$|^[\u4e00-\u9fff]{0,4}(?:索引号|发文机构|公开目录|发布机构|文\s*号|浏览量|日期)$/;

/** A form's title glued to its first cell label: "…自评表(2023年度)项目名称…", "…报告表(实施单位用)填报单位…". */
const FORM_TITLE =
	/^\s*(?:\d{1,3}\/\d{1,3}\s*(?:年(?=[\u4e00-\u9fff]))?)?([^\n。，；]{2,60}?(?:自评表|评价表|报告表|评价报告|自评报告)(?:\s*[（(]\s*(?:(?:19|20)\d{2}\s*年度?|[\u4e00-\u9fff]{2,8}用)\s*[)）])?)(?=项目名称|单位名称|部门名称|部门[（(]单位[)）]名称|项目编号|填报单位|填报日期|主管部门|评价类型\s*[:：]|项目单位\s*[:：]|实施单位\s*[:：])/;

/** The part of a line that can be a title, with its offset in the line. */
function titlePart(line: string): { text: string; at: number } | null {
	// a cover's date or number cell ("报告日期:2021年05月20日") names no report
	if (/^\s*报告(?:日期|时间|编号|文号)\s*[:：]/.test(line)) return null;
	// a line of cells: the cell that names a report
	const cells = line.split(/[\t|]/);
	let at = 0;
	let cell = line;
	if (cells.length > 1) {
		const k = cells.findIndex((c) => /报告|自评表|评价表|(?:自评|评价)(?:结果|情况)$/.test(c));
		if (k < 0) return null;
		for (let j = 0; j < k; j++) at += cells[j].length + 1;
		cell = cells[k];
	}
	let s = cell;
	// a form flattened into one line: its title runs into the first cell label ("…自评表(2023年度)项目名称…"),
	// before a later label's date ("填报日期:2022年3月16日") can be taken for a portal's
	const glued = s.length > 100 ? FORM_TITLE.exec(s) : null;
	if (glued) return { text: glued[1].trim(), at: at + s.indexOf(glued[1].trim()) };
	// "日期:2024-05-28 09:40 来源:某局" before the title, "附件3:" labels
	const pre =
		/^(?:.*(?:日期|时间|浏览量|浏览次数|点击数|阅读数)\s*[\]】]?\s*[:：]?\s*[\d\-/:.年月日 \]\[]+|.*来源\s*[:：]\s*[\u4e00-\u9fff]{1,20}(?:局|中心|办公室|委员会|政府|厅)(?=\S)|附件\s*\d*\s*[:：]?\s*|[\u4e00-\u9fff]{1,10}[〔\[［]\d{4}[〕\]］]\s?\d{1,4}\s?号\s*(?=《)|(?:原标题|标\s*题|题\s*名|文章标题|内容概述|内容摘要|信息名称|名\s*称|标\s*签|关键词)\s*[:：]\s*|(?:[\u4e00-\u9fff]{2,6}(?:资讯|快讯|头条)|公告|公示|通知)\s*[:：]\s*(?=[\u4e00-\u9fff]{2,12}(?:19|20)\d{2})|^称\s*[:：]\s*(?=[\u4e00-\u9fff])|(?:标\s+题|信息名称|名\s+称)\s+)/;
	for (let k = 0; k < 4; k++) {
		// a breadcrumb glued to the title ("首页 > 专题 > 民生工程某区2023年…"), a bracketed label ("[预算绩效]2022年度…")
		// (a breadcrumb: no markup in the line, and it says where the page is or has two separators)
		const crumb = !s.includes('<') && (/首页|位置|当前/.test(s) || /[>»›].*[>»›]/.test(s)) ? /^.*[>»›]\s*/.exec(s) : null;
		// (a breadcrumb that ends in its section, "首页 > 政务 > 政府信息公开年度报告", names where the page is filed, no title)
		if (crumb && /首页|位置|当前/.test(s) && !/(?:19|20)\d{2}/.test(s.slice(crumb[0].length))) return null;
		const p = pre.exec(s) ?? crumb ?? /^.*?[\]】]\s*(?=[\u4e00-\u9fff\d])/.exec(s) ?? /^[（(][\u4e00-\u9fff]{2,6}[）)]\s*(?=[\u4e00-\u9fff\d])/.exec(s);
		if (!p || !p[0] || !/报告|自评表|评价表/.test(s.slice(p[0].length))) break;
		s = s.slice(p[0].length);
		at += p[0].length;
	}
	// a document site's "《名称.docx》由会员分享…": the name inside the brackets
	const doc = /《([^《》]{4,80}?(?:报告|自评表|评价表))\.(?:docx?|pdf|wps)[^《》]*》/.exec(s);
	if (doc && /分享|在线阅读|下载|文档|页/.test(s)) {
		at += doc.index + 1;
		s = doc[1];
	}
	// a news item announcing the report by its name: "某地墙体广告 《…评价报告》近日发布。" (a short line, no comma)
	// (…or a page explaining it: "引言:某镇《2023年度某项目绩效自评报告》解读")
	const named = /《([^《》]{6,80}?(?:报告|自评表|评价表))》\s*(?:近日|日前|今日|正式|已)?(?:发布|公布|公开|出炉|印发|解读)?[。！!]?\s*$/.exec(s);
	if (!doc && named && s.length <= 120 && !/[，,；;]/.test(s) && /(?:19|20)\d{2}/.test(named[1])) {
		at += named.index + 1;
		s = named[1];
	}
	// a site's buttons after the title ("…自评报告 我要投稿")
	s = s.replace(/(?<=报告|自评表|评价表)\s+(?:我要投稿|投稿|收藏|分享|打印|举报)(?:\s+(?:我要投稿|投稿|收藏|分享|打印|举报))*\s*$/, '');
	// a portal's "来源:… 浏览量:…" after the title
	// (…or a portal's 内容概述 cell after its 信息名称 cell on one line: "信息名称 某…自评报告 内容概述 一、项目基本情况…")
	const post =
		/\s*(?:来源|(?:填报|发布|成文|公开)?(?:日期|时间)|浏览量|浏览次数|(?:发文)?文号|发文字号|索引号)\s*[:：].*$/.exec(s) ??
		/\s+内容(?:概述|摘要)(?:\s*[:：]|\s+).*$/.exec(s);
	// (…after a notice's title that publishes results, "…绩效自评结果的公告来源:某局 时间:…")
	if (post && /报告|自评表|评价表|(?:自评|评价)(?:结果|情况)(?:的函|的公示|的公告)?$/.test(s.slice(0, post.index))) s = s.slice(0, post.index);
	// a source's own unit repeated before the title by a portal ("…来源:临河区农牧和科技局临河区2023年…")
	// (the file's extension may carry a site's badge or the next line's label: "….docxVIP", "….pdf资源描述")
	// (…or after the year in brackets that closes the name: "…自评报告(2022年度).docxVIP…")
	const ext =
		/(?<=报告|自评表|评价表|报告[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）])\.(?:pdf|docx?|xlsx?|wps|html?)(?=VIP|资源描述|\s|$|[\u4e00-\u9fff])/i.exec(s) ??
		/\.(?:pdf|docx?|xlsx?|wps|html?)$/i.exec(s);
	if (ext) s = s.slice(0, ext.index);
	// a site's name after the title as a page title gives it: "…自评报告 - 某某文库"
	const site = /(?<=报告|自评表|评价表)\s+[-–—_|]\s+[^\s-–—_|]{2,12}$/.exec(s);
	if (site) s = s.slice(0, site.index);
	// …or a site's brand run into it ("…自评报告某某体育- 某某官方网站- APP下载")
	const brand = /(?<=报告|自评表|评价表)[^\n]*?(?:官方网站|官网|APP下载|app下载|客户端|下载)[^\n]*$/.exec(s);
	if (brand && brand.index >= 8) s = s.slice(0, brand.index);
	// a document's part in brackets after the title ("…自评报告 (纲 目)", "…(正 文)")
	s = s.replace(/(?<=报告|自评表|评价表)\s*[（(]\s*(?:纲\s*目|正\s*文|全\s*文)\s*[)）]\s*$/, '');
	// a file id or time stamp glued after the title ("…自评表20240412093512771")
	s = s.replace(/(?<=[\u4e00-\u9fff)）])\d{8,}$/, '');
	const half = s.length / 2;
	if (Number.isInteger(half) && half >= 8 && s.slice(0, half) === s.slice(half)) s = s.slice(0, half);
	// a form flattened into one line: its title runs into the first cell label ("…自评表(2023年度)项目名称…")
	// (…or, in a shorter line, the name run into a cover label with a value after it: "…自评表单位名称:某场填报日期:…")
	const form = s.length > 100 ? FORM_TITLE.exec(s) : /(?:自评表|评价表)(?:单位名称|项目名称|填报单位)[:：]?[\u4e00-\u9fff]/.test(s) ? FORM_TITLE.exec(s) : null;
	if (form) s = form[1];
	// a form's name with its year in brackets, the cells after it ("…自评表(2020年度)项目总得分94.6分项目名称…"): the name and year
	const yearly = s.length > 40 ? /^(.{4,60}?(?:自评表|评价表)\s*[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）])(?=[\u4e00-\u9fff]{2})/.exec(s) : null;
	if (yearly) s = yearly[1];
	// a title in book-title marks ("附件:《某区2023年度…评价报告》"): the name inside them
	// (…or in square brackets, as a document site heads its preview: "【某县2021年…自评报告】")
	const marks = /^\s*《([^《》]{6,100})》\s*$/.exec(s) ?? /^\s*【([^【】]{6,100})】\s*$/.exec(s);
	if (marks && /报告|自评表|评价表/.test(marks[1])) {
		at += s.search(/[《【]/) + 1;
		s = marks[1];
	}
	// a site's name glued before the title's place ("某某彩票网某县某镇2022年度…"): no part of the title
	const siteName = /^[\u4e00-\u9fff]{2,8}(?<!电|管|水|路|光|电力)网(?=[\u4e00-\u9fff]{1,6}(?:省|自治区|市|自治州|州|盟|县|区|旗))/.exec(s);
	if (siteName && /报告|自评表|评价表/.test(s)) {
		s = s.slice(siteName[0].length);
		at += siteName[0].length;
	}
	// a page marker of a document site before the title ("1/2 2023年…")
	const page = /^\s*\d{1,3}\/\d{1,3}\s+(?=\S)/.exec(s);
	if (page) {
		s = s.slice(page[0].length);
		at += page[0].length;
	}
	const lead = s.length - s.trimStart().length;
	return { text: s.trim(), at: at + lead };
}

/** A year as a number if it can be a fiscal year evaluated (2000 … next year). */
function fiscal(y: string): number | null {
	const v = Number(y.replace(/\s+/g, ''));
	return v >= 2000 && v <= latestYear() ? v : null;
}

/**
 * The fiscal year evaluated: title "2023 年度", a labelled cell (评价年度：2022), a bare year line, a
 * "(2022年度)" after a table name, then prose ("2022年度预算安排", "2021 年党建工作经费"); `prose` says the
 * year came from the prose only. Years outside 2000 … next year are not fiscal years and are passed over.
 */
export function findYear(text: string, title: Found<string> | null, lines: Line[]): (Found<number> & { prose?: boolean; outside?: number }) | null {
	let outside: number | undefined;
	const take = (raw: string) => {
		const v = fiscal(raw);
		if (v === null && /^(?:19|20|21)\d{2}$/.test(raw.replace(/\s+/g, ''))) outside ??= Number(raw.replace(/\s+/g, ''));
		return v;
	};
	if (title) {
		// a form's year in brackets closing its title or alone on the line below ("…自评报告" / "(2020年度)") is the year
		// evaluated, whatever year the title's fund carries ("2019年某补播项目…" spent in 2020)
		const br =
			/[（(]\s*((?:19|20)\d{2})\s*年度\s*[）)]\s*$/.exec(title.value) ??
			/^[ \t]*\n[ \t]*[（(]\s*((?:19|20)\d{2})\s*年度\s*[）)][ \t]*(?=\n|$)/.exec(text.slice(title.end, title.end + 40).replace(/^\s*/, '\n'));
		// (the title may be repeated on the line below, as a page header over the cover)
		const again =
			!br && text.slice(title.end).replace(/^\s*/, '').startsWith(title.value)
				? text
						.slice(title.end)
						.replace(/^\s*/, '')
						.slice(title.value.length, title.value.length + 40)
				: null;
		const br2 = again !== null ? /^[ \t]*\n?[ \t]*[（(]\s*((?:19|20)\d{2})\s*年度\s*[）)][ \t]*(?=\n|$)/.exec(again) : null;
		const bv2 = br2 ? take(br2[1]) : null;
		if (br2 && bv2 !== null) return { value: bv2, start: title.start, end: title.end };
		const bv = br ? take(br[1]) : null;
		if (br && bv !== null) return { value: bv, start: title.start, end: title.end };
		const m = /((?:19|20|21)\d{2})\s*年/.exec(title.value) ?? /((?:19|20)\d{2})/.exec(title.value);
		const v = m ? take(m[1]) : null;
		if (v !== null) return { value: v, start: title.start, end: title.end };
	}
	const label = /(?:评价年度|预算年度|项目年度|所属年度|资金年度|绩效年度|年度)[：:\t ]\s{0,2}((?:19|20|21)\d{2})(?:\s*年度?)?/.exec(text.slice(0, 20000));
	if (label) {
		const v = take(label[1]);
		if (v !== null) return { value: v, start: label.index, end: label.index + label[0].length };
	}
	for (let i = 0; i < Math.min(lines.length, 8); i++) {
		const l = lines[i];
		const m = /^[（(]?((?:19|20)\d{2})\s*(?:年度?)?[）)]?$/.exec(l.text.trim());
		const v = m ? take(m[1]) : null;
		if (v !== null) return { value: v, start: l.start, end: l.end };
		if (l.rank > 0) break;
	}
	// a project run within one calendar year ("项目起止时间 2018年1月至2018年12月"): that year
	const span =
		/(?:起止时间|实施期限|实施周期|实施时间|执行期限)[:：\s]{0,3}((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*起?\s*(?:至|到|—|-|~|－)\s*\1\s*年/.exec(
			text.slice(0, 20000)
		) ??
		// (…or a cell that gives the project's time as one budget year: "项目起止时间 | 2021年度 |")
		/(?:起止时间|实施期限|实施周期|实施时间|执行期限)[ \t]*[|\t:：][ \t]*((?:19|20)\d{2})\s*年度[ \t]*(?=[|\t\n]|$)/.exec(text.slice(0, 20000));
	if (span) {
		const v = take(span[1]);
		if (v !== null) return { value: v, start: span.index, end: span.index + span[0].length };
	}
	// "项目支出绩效自评表（2022年度）" inside a flattened line
	const paren = /(?:自评表|评价表|评价报告|自评报告|绩效表)\s*[（(]\s*((?:19|20)\d{2})\s*年度?\s*[）)]/.exec(text.slice(0, 20000));
	if (paren) {
		const v = take(paren[1]);
		if (v !== null) return { value: v, start: paren.index, end: paren.index + paren[0].length };
	}
	const pats = [
		/((?:19|20)\d{2})\s*年度?\s*(?:的)?(?:预算安排|预算数|项目预算|部门预算|全年预算|年初预算|[^\s，。；]{0,12}?(?:工作经费|专项经费|项目经费|专项资金)(?:预算|项目))/,
		/((?:19|20)\d{2})\s*年度?\s*[^\s，。；]{0,20}?绩效(?:自评|评价)/,
		/((?:19|20)\d{2})\s*年度?(?:财政|预算)?(?:收支|支出)/
	];
	for (const re of pats) {
		const m = re.exec(text);
		const v = m ? take(m[1]) : null;
		if (m && v !== null) return { value: v, start: m.index, end: m.index + m[0].length, prose: true };
	}
	// the year the prose ties to money or the project most often ("2023年乡村振兴衔接资金", "2023年该专项预算"),
	// never a date ("2024年3月11日")
	const counts = new Map<number, { n: number; start: number; end: number }>();
	const re = /((?:19|20)\d{2})\s*年度?(?!\s*\d{1,2}\s*月)[^，。；\d\n]{0,20}?(?:资金|经费|预算|项目|专项|补助|补贴)/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text.slice(0, 50000)))) {
		const v = take(m[1]);
		if (v === null) continue;
		const c = counts.get(v) ?? { n: 0, start: m.index, end: m.index + m[0].length };
		c.n++;
		counts.set(v, c);
	}
	const best = [...counts].sort((a, b) => b[1].n - a[1].n || a[1].start - b[1].start)[0];
	if (best) return { value: best[0], start: best[1].start, end: best[1].end, prose: true };
	// money spent by December of a year is that year's budget ("截至2023年12月31日已支出…", "于2023年12月25日之前支出")
	const dec =
		/((?:19|20)\d{2})\s*年\s*12\s*月(?:\s*\d{1,2}\s*日)?[^，。；\n]{0,8}?(?:已|累计|共)?(?:支出|拨付|支付|兑付|执行)[^，。；\n]{0,12}?\d[\d,.]*\s*[千万亿]?元/.exec(
			text.slice(0, 50000)
		);
	const dv = dec ? take(dec[1]) : null;
	if (dec && dv !== null) return { value: dv, start: dec.index, end: dec.index + dec[0].length, prose: true };
	return outside !== undefined ? { value: NaN, start: 0, end: 0, outside } : null;
}

const UNIT_SUFFIX =
	/(办事处|工作委员会(?!组织部|宣传部|统战部|办公室)|委员会(?!组织部|宣传部|统战部|办公室)|工委|组织部|宣传部|统战部|人民政府|政府|局|办公室|中心|街道(?!办|工作委员会|委员会|党工委|党委)|镇(?!人民政府|政府|委员会|党委|工作委员会|市|区|县)|部(?=[^门])|院|馆|站|(?<!厕|场|住|处)所(?![镇乡])|队|老年大学|联合社|合作社|林场|农场|牧场|(?:保种|良种|原种|种畜|种禽|种猪|种鸡|养殖|繁育|繁殖|苗木|渔|茶|果|畜牧)场|苗圃|气象台|电视台|联合会|协会|红十字会|总工会|工会|宫)/g;

/**
 * An institution of the place a title opens with ("某区某镇" + "2023年度…项目"), named in the prose as the one that does the
 * work: introduced with a short name (以下简称), evaluating its own project, or carrying the project out. (The city the text
 * writes before it elsewhere is added where every unit's name is settled, in extract.ts.)
 */
function placeInstitution(text: string, unit: string): Found<string> | null {
	const place = unit.replace(/^.*[省市州盟县区旗](?=[\u4e00-\u9fff]{2})/, '');
	const named =
		/(?:^|[，,。；;：:\n])\s*([\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|办公室|服务站|工作站|站|所|院|队))(?:[（(]以下简称|(?:对照[^。；;\n]{0,30}?[，,]\s*)?对(?:本站|本中心|本所|本单位|本局|该)?[^。，,\n]{0,40}?(?:进行了|开展了)[^。\n]{0,8}?(?:自评|评价))/.exec(
			text.slice(0, 3000)
		);
	if (named && named[1].includes(place) && named[1].length > place.length + 1) {
		const at = named.index + named[0].indexOf(named[1]);
		return { value: named[1], start: at, end: at + named[1].length };
	}
	// …or an institution of that place the prose says carries the project out ("某区某镇农业服务中心于2020年实施…",
	// "镇政府安排某区某镇某站实施…", "某镇某中心(主管部门:某镇人民政府)实施本项目")
	const doer = new RegExp(
		`((?:${esc(unit)}|${esc(place)})(?:(?!由|对|将|项目)[\\u4e00-\\u9fff]){2,20}?(?:中心|服务站|工作站|站|所|院|队|办公室|馆))(?:[（(][^）)\\n]{2,40}[)）])?\\s*(?:于|在)?\\s*(?:(?:19|20)\\d{2}\\s*年度?)?\\s*(?:具体|负责)?(?:组织)?(?:[^，,。；;\\n]{0,12}?(?=实施[^，,。；;\\n]{0,30}?项目))?实施(?!单位|方案|主体|前|后|中)`
	).exec(text.slice(0, 3000));
	if (doer && place.length >= 2) return { value: doer[1], start: doer.index, end: doer.index + doer[1].length };
	return null;
}

/** The evaluated unit from the title (or, failing that, from an explicit unit line in the text). */
export function findUnit(title: Found<string> | null, text: string): Found<string> | null {
	// the unit that carries the project out, as its own cell, outranks the title and 主管部门
	const labelled =
		labelledUnit(
			text,
			/(?:项目实施单位|实施单位|(?:项目)?实施主体|项目承担单位|承担单位|资金使用单位|被评价单位|项目单位|单位名称|部门[（(]单位[）)](?:名称|全称)|单位全称|部门名称|(?<![\u4e00-\u9fff])部门(?=\s*[|｜\t]))(?:\s*[（(]盖章[）)])?/
		) ??
		cutGovernment(
			slashCell(
				labelledCell(
					text,
					/项目实施单位[/／]项目负责人|项目实施单位|实施单位|资金使用单位|被评价单位|单位名称|部门[（(]单位[）)](?:名称|全称)|单位全称|评价部门名称/
				)
			)
		);
	// "(一)项目实施单位基本情况" is a heading, not a labelled cell
	const own = labelled && !/^(?:基本情况|概况|情况|简介)/.test(labelled.value) ? labelled : null;
	// an office inside a department ("粮食和物资储备股") is not the evaluated unit: the title or 主管部门 is
	if (own && UNIT_END.test(own.value) && !/[:：(（]/.test(own.value)) return own;
	// the prose names the implementing unit by its role ("我局组织项目实施单位某中心对该项目开展了绩效自评"): it outranks the
	// title's department, as its own cell would
	// (…or the evaluator names it as the one that carried it out: "对某县某镇农业服务中心实施的2019年某项目进行了评价")
	const role =
		/(?:项目)?实施单位(?:为|是)?((?![为是])[\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|站|所|院|队|办公室|人民政府|办事处))(?=对|负责|具体|[，,。；])/.exec(
			text.slice(0, 3000)
		) ??
		// (a bracketed note on its department may stand between: "对某县某办公室(主管部门:某县农业农村局)实施的")
		// (…its year between, "对某区某镇某中心2023年度实施的…项目")
		/(?<=对(?:下属|所属|直属)?)((?!下属|所属|直属)[\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|站|所|院|队|办公室|人民政府|办事处|海事处|管理处|馆|剧团))(?:[（(][^）)\n]{2,30}[)）])?(?:\s{0,2}(?:19|20)\d{2}\s{0,2}年度?)?(?:组织)?(?:实施|承担|负责实施)的/.exec(
			text.slice(0, 3000)
		) ??
		// (…or a clause that opens with a place's unit carrying the project out: "，某市某镇农业服务中心实施某某补助项目")
		/(?:^|[，,。；;\n])\s*([\u4e00-\u9fff]{1,12}[县区市旗][\u4e00-\u9fff]{2,24}?(?:局|委员会|中心|站|所|院|队|办公室|人民政府|办事处))(?:具体|负责)?实施(?!单位|方案|主体)[\u4e00-\u9fff“”]{2,30}?项目/.exec(
			text.slice(0, 3000)
		) ??
		// (…or a unit that opens its own overview saying what it is: "某县养老院是县民政局所属公益一类事业单位")
		/(?:^|\n)[ \t]*([\u4e00-\u9fff]{1,12}[县区市旗][\u4e00-\u9fff]{2,20}?(?:院|中心|站|所|局|馆|队|办公室|委员会))是[^。\n]{0,24}?(?:事业单位|行政单位|行政机关|参公单位)/.exec(
			text.slice(0, 3000)
		) ??
		// (…or one that evaluated its own project at the finance office's word: "某市某镇人民政府按照市财政局统一部署,组织…自评")
		/(?:^|[，,。；;\n])\s*([\u4e00-\u9fff]{1,12}[县区市旗][\u4e00-\u9fff]{2,24}?(?:局|委员会|中心|站|所|院|队|办公室|人民政府|办事处))\s*按照[^。\n]{2,24}?(?:部署|要求|安排|通知)[^。\n]{0,80}?(?:自评|评价)/.exec(
			text.slice(0, 3000)
		) ??
		// (…or a sentence that says who carries the project out: "本项目由某市某区某活动中心实施,主管部门为某区妇联"; a name cut
		// short to its level, "由镇农业服务中心实施", is left to the title)
		/(?:^|[，,。；;\n])\s*(?:本|该)?项目(?:由|系)((?!下属|所属|[县区市镇乡旗街])[\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|站|所|院|队|办公室|人民政府|办事处|馆))(?:负责|具体|牵头)?(?:组织)?实施(?![\u4e00-\u9fff])/.exec(
			text.slice(0, 3000)
		) ??
		// (…or the prose parts the department in charge from the one that carries it out: "由某县农业农村局主管,某县某中心具体实施")
		/主管[，,、]\s*([\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|站|所|院|队|办公室|人民政府|办事处))(?:具体|负责)(?:组织)?实施/.exec(text.slice(0, 3000));
	// (never the finance office that asked for the evaluation)
	// (…nor a clause's words before the unit: "县某局安排某中心实施…", "某站对本站实施的")
	if (role && role[1].length >= 4 && !/^(?:我|本|该|各)/.test(role[1]) && !/财政|安排|组织|委托|会同|指导(?!站|中心|所)|通过|按照|对/.test(role[1])) {
		// (a name the text shortens to its level, "县渔政服务站", written whole elsewhere: "某某县渔政服务站")
		if (/^[县区市旗]/.test(role[1])) {
			const head = text.slice(0, 6000);
			for (let p = head.indexOf(role[1]); p >= 0; p = head.indexOf(role[1], p + 1)) {
				// (the place before it: the run of characters back to a word that ends a clause's verb or preposition)
				const place = /[\u4e00-\u9fff]{2,6}$/.exec(head.slice(Math.max(0, p - 6), p).replace(/^[\s\S]*[对我局由将的为及和与受在，,。；;：:\s]/, ''));
				if (place) return { value: place[0] + role[1], start: p - place[0].length, end: p + role[1].length };
			}
		}
		const at = role.index + role[0].length - role[1].length;
		return { value: role[1], start: at, end: at + role[1].length };
	}
	if (title) {
		const t = title.value.replace(/^(?:关于)?\s*(?:\d{4}\s*年度?)?\s*(?:关于)?/, '');
		const base = title.value.length - t.length;
		UNIT_SUFFIX.lastIndex = 0;
		let m: RegExpExecArray | null;
		let end = -1;
		while ((m = UNIT_SUFFIX.exec(t))) {
			// a suffix that opens the title is a place's first character ("镇赉县…", "所…"), no unit's end
			if (m.index === 0) continue;
			// a district/city government is the parent, followed by the unit; a town's government is the unit,
			// and so is any government the title names on its own ("XX县人民政府关于…", "XX区人民政府2022年…")
			if (
				(m[1] === '人民政府' || m[1] === '政府') &&
				!/[镇乡]$/.test(t.slice(0, m.index)) &&
				!/^(?:关于|\s*(?:19|20)\d{2}|$)/.test(t.slice(m.index + m[0].length))
			)
				continue;
			// "城镇老旧小区" is no town, and a unit's name holds no year ("沂南县2023年度城镇…")
			if ((m[1] === '镇' && t[m.index - 1] === '城') || /(?:19|20)\d{2}/.test(t.slice(0, m.index))) continue;
			// a town's institution before the year ("凤屯镇卫生院2023年度…", "某街道社区卫生服务中心2023年…"): the unit goes on
			if (
				/^(?:镇|乡|街道)$/.test(m[1]) &&
				/^[\u4e00-\u9fff]{0,8}?(?:卫生院|医院|学校|中学|小学|幼儿园|中心|派出所|财政所|站|所)(?=\s*(?:(?:19|20)\d{2}|关于))/.test(
					t.slice(m.index + m[0].length)
				)
			)
				continue;
			// a unit inside a unit's name ("某县中心敬老院2021年…", "某局机关服务中心2022年…", "某县供销合作社联合社2025年…"): the
			// name goes on to the year
			if (
				!/^(?:镇|乡|街道|人民政府|政府)$/.test(m[1]) &&
				/^(?:[\u4e00-\u9fff]{1,6}?(?:院|馆|站|所|队|中心|联合社|联合会|协会)|联合社|联合会)(?=\s*(?:19|20)\d{2})/.test(t.slice(m.index + m[0].length))
			)
				continue;
			// a suffix inside a place name ("站前街道", "所前镇") is not the end of the unit
			if (/^[\u4e00-\u9fff]{1,3}?(?:街道|镇)/.test(t.slice(m.index + m[0].length)) && !/^(?:街道|镇)/.test(m[0])) continue;
			// "党群服务中心专项经费": the suffix belongs to the project name, not to a unit
			if (/^(专项|工作|活动|项目(?!支出绩效|绩效)|建设|运营|经费|资金)/.test(t.slice(m.index + m[0].length))) break;
			end = m.index + m[0].length;
			break;
		}
		if (end > 0) {
			let unit = t.slice(0, end).trim();
			// a title that starts with the project's place ("某区某镇设施改造项目…") names no unit: the prose may
			if (/(?:[镇乡]|街道|[区县市])$/.test(unit)) {
				// …such as a unit of that place the text introduces ("葛源镇农业综合服务中心(以下简称“镇农服中心”)") or that
				// evaluates its own project ("马桥镇鹌鹑产业服务站对本站实施的…项目进行了自评")
				const own = placeInstitution(text, unit);
				if (own) return own;
				// …unless the place's own government signs the report ("海原县李旺镇人民政府" under "李旺镇…报告"): the signer is the unit
				const sig = signatureUnit(text);
				// (…or one of its institutions signs it: "某区某镇综合文化中心" under "某区某镇…报告")
				if (sig && sig.value.includes(unit) && /(?:人民政府|办事处|中心|服务站|工作站|站|所|院|馆|队|办公室)$/.test(sig.value)) return sig;
				// (a hard-wrapped line may part the name: "项目由惠水县" / "某镇某服务站具体实施")
				const by = /由((?:[\u4e00-\u9fff]\n?){2,30}?(?:局|委员会|中心|办公室|政府|办事处|站|所|院))(负责|牵头|组织|具体)?(?:组织)?实施/.exec(text);
				// (…"具体实施" never after a name cut short to its level: "由镇社会保障服务中心具体实施")
				if (by && !(by[2] === '具体' && /^[镇乡区县市]/.test(by[1])))
					return { value: by[1].replace(/\n/g, ''), start: by.index + 1, end: by.index + 1 + by[1].length };
			}
			let cut = 0;
			const gov = unit.lastIndexOf('人民政府');
			if (gov >= 0 && gov + 4 < unit.length) cut = gov + 4;
			// (a province before a county's unit, "贵州省贞丰县某中心", that the prose writes without it: as the prose writes it)
			const prov = /^[\u4e00-\u9fff]{2,3}省(?=[\u4e00-\u9fff]{1,8}[县区市旗][\u4e00-\u9fff]{2})/.exec(unit.slice(cut));
			if (prov && text.replace(title.value, '').includes(unit.slice(cut + prov[0].length))) cut += prov[0].length;
			unit = unit.slice(cut);
			// a bare suffix ("街道党组织工作经费" → 街道, "乡镇项目支出…" → 乡镇) or a run-on into the next line's label is no unit name
			if (unit.length >= 2 && !/^(街道|镇|乡镇|中心|政府)$/.test(unit) && !/[:：]|报告|评价单位/.test(unit))
				return { value: unit, start: title.start + base + cut, end: title.start + base + end };
		}
		// a title that opens with its place and its year and names no unit ("某市某区2022年度某培训项目…"): an institution of
		// that place the prose names
		const lead = end > 0 ? null : /^([\u4e00-\u9fff]{2,12}?[市县区旗](?:[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道))?)\s*(?:19|20)\d{2}\s*年/.exec(t);
		const own = lead ? placeInstitution(text, lead[1]) : null;
		if (own) return own;
	}
	// a red-header letter: its letterhead ("某县农业农村局文件") names the unit that writes
	const head = /^[ \t]*([\u4e00-\u9fff]{2,30}?(?:局|委员会|人民政府|政府|办事处|中心|办公室|厅))[ \t]*文件[ \t]*$/m.exec(text.slice(0, 300));
	if (head) {
		const start = head.index + head[0].indexOf(head[1]);
		return { value: head[1], start, end: start + head[1].length };
	}
	// a form with an 实施单位 cell whose value could not be read (cells scrambled): its 主管部门 is another unit, so a blank
	const implementer = /(?:^|[\s\t|])(?:(?:项目)?实施单位|资金使用单位)(?=[\s\t|:：]|$)/.test(text.slice(0, 30000));
	// (a label with its value after a separator, or a value that ends as a unit's name does: "主管部门按工程进度分批申请拨款" is a sentence)
	const m =
		/(?:被评价单位|单位名称|实施单位|评价单位|项目单位|项目主管单位|主管单位|主管部门|预算单位|填报单位|填表单位)([:：\s]*)(?:为|是)?((?![为是])[\u4e00-\u9fff（）()]{3,40}?)(?=[\s\t，。；]|$)/m.exec(
			text
		);
	if (
		m &&
		(m[1] !== '' || UNIT_END.test(beforeDe(m[2]))) &&
		!/^(?:本级|盖章)$|^(?:基本情况|概况|情况|简介)/.test(m[2]) &&
		!(implementer && /^(?:项目)?主管/.test(m[0])) &&
		// (a sentence naming the supervising department, "项目主管部门为某局", under a report its doer signs: the signer)
		!(/^(?:项目)?主管/.test(m[0]) && m[1] === '' && signatureUnit(text) !== null)
	) {
		let v = beforeDe(m[2]);
		let cut = 0;
		const gov = v.lastIndexOf('人民政府');
		if (gov >= 0 && gov + 4 < v.length) cut = gov + 4;
		v = v.slice(cut);
		const start = m.index + m[0].length - m[2].length + cut;
		return { value: v, start, end: start + v.length };
	}
	const cell = cutGovernment(
		labelledCell(
			text,
			implementer
				? /项目单位|预算部门单位|预算部门|预算单位|部门单位|填报单位/
				: /项目单位|县级主管部门|主管部门|预算部门单位|预算部门|预算单位|部门单位|填报单位/
		)
	);
	if (cell && UNIT_END.test(cell.value)) return cell;
	return accountsUnit(text) ?? proseUnit(text) ?? signatureUnit(text);
}

const ACCOUNTS_UNIT = '([\\u4e00-\\u9fff（）()]{2,40}?(?:局|委员会|办事处|人民政府|中心|办公室|馆|院|所|站|队))';
/** Where a final-accounts document names its unit: before the year ("某局2019年度部门决算"), after it ("2021年度某局决算公开文本"), or on the line above. */
const ACCOUNTS_UNIT_RES = [
	new RegExp('(?:^|\\n)[ \\t]*' + ACCOUNTS_UNIT + '\\s*(?:19|20)\\d{2}\\s*年度?\\s*(?:部门|单位)?决算'),
	new RegExp('(?:19|20)\\d{2}\\s*年度?\\s*' + ACCOUNTS_UNIT + '\\s*(?:部门|单位)?决算'),
	new RegExp('(?:^|\\n)[ \\t]*' + ACCOUNTS_UNIT + '[ \\t]*\\n(?:[ \\t]*\\n)*[ \\t]*(?:部门|单位)?(?:19|20)\\d{2}\\s*年度?\\s*(?:部门|单位)?决算')
];

/** The unit of a 部门决算 (final accounts), as its title names it; null for any other document. */
function accountsUnit(text: string): Found<string> | null {
	const head = text.slice(0, 1500);
	if (!/(?:部门|单位|年度)决算|决算公开/.test(head)) return null;
	for (const re of ACCOUNTS_UNIT_RES) {
		const m = re.exec(head);
		if (!m) continue;
		const start = m.index + m[0].indexOf(m[1]);
		return { value: m[1], start, end: start + m[1].length };
	}
	return null;
}

/** How a unit's name ends (局, 委员会, 中心, 人民政府, 办事处 …). */
const UNIT_END =
	/(?:局|委员会|委|中心|人民政府|政府|办事处|办公室|站|所|院|馆|队|厅|部|处|社|协会|联合会|学校|中学|小学|幼儿园|学院|大学|医院|卫生院|场|公司|宫|剧团|艺术团)$/;

/**
 * A unit the prose names: the department that commissioned a third party ("受某县农业农村局委托", not a
 * finance bureau: that is who evaluates), the one that carries the project out ("由某局组织实施"), or the
 * portal's source of the page ("信息来源：某局").
 */
function proseUnit(text: string): (Found<string> & { source?: true }) | null {
	const head = text.slice(0, 20000);
	const pats = [
		/受([\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|人民政府|办事处|办公室))(?:的)?委托/,
		// (…or "由某中心负责," with what it does after the comma)
		// (…or the work it does named: "由某局负责日常保洁、设施维修和运行管护。")
		/由([\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|人民政府|办事处|办公室|站|所|院))(?:(?:负责|牵头|组织|具体)?(?:组织|负责)?实施|负责(?=[，,])|负责(?:监管|管理|运营|运维)(?=[，,。])|负责[^。；;，,\n]{0,24}?(?:管护|运维|维护|保洁|养护)(?=[。；;，,])|在[\u4e00-\u9fff]{2,12}?(?:建设|实施|开展))/,
		// "2021年,某县某中心实施X项目,…": the unit that carried the project out that year
		/(?:19|20)\d{2}\s*年度?[，,]\s*([\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|人民政府|办事处|办公室|站|所|院|场))(?:组织)?实施了?[\u4e00-\u9fff“”]{2,40}?项目/,
		// "…,某县农村能源站于2019年组织实施某项目,…": the same, the year after the unit
		/(?:^|[，,。；;\n])\s*([\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|人民政府|办事处|办公室|站|所|院|场))于(?:19|20)\d{2}\s*年度?(?:\d{1,2}月)?(?:组织|负责)?实施了?[\u4e00-\u9fff“”]{2,40}?项目/,
		// "项目实施单位为某区农业农村委员会": the unit named in the prose
		/(?:项目)?实施单位(?:为|是)([\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|人民政府|办事处|办公室|站|所|院))(?![\u4e00-\u9fff])/,
		// "…文件要求,某旗某苏木人民政府开展并完成了本部门…绩效自评工作": the unit that evaluated itself
		// (…or "某县某服务站对某项目开展了绩效自评", "某中心按照区财政局部署,对项目开展了绩效自评", "…对本单位实施的某项目进行了自评")
		/(?:^|[，,。；;：:\n]|要求)\s*([\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|人民政府|办事处|办公室|服务站|工作站|站|所|院))(?:按照[^。，,\n]{2,30}?(?:部署|要求|通知)[，,])?(?:认真|积极)?(?:组织)?(?:对[^。，,\n]{2,40}?)?(?:开展并完成了|开展了|完成了|进行了|开展)[^。\n]{0,60}?(?:绩效(?:自评|评价)|(?<=(?:开展了|进行了))自评)/,
		// "区某局所属某区某中心负责全区某系统运行": the institution that runs the work
		/(?:^|[，,。；;\n]|所属)\s*((?:(?!所属)[\u4e00-\u9fff]){4,30}?(?:中心|服务站|工作站|管理站|站|所|院|队))负责(?:全区|全县|全市|全镇|全乡|辖区)?[^。，,；;\n]{2,30}?(?:运行|运维|维护)(?=[，,。；;])/,
		// "某县交通运输局承担某县2022年度…项目实施任务": the unit that carries the project out
		/(?:^|[。\n])\s*([\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|人民政府|办事处|办公室))(?:承担|负责)了?[^。\n]{0,60}?项目的?(?:实施|建设)(?:任务|工作)/,
		// "某县某中心承担2024年某县X建设项目,建设内容为…": the unit that took the project on, opening its paragraph
		/(?:^|\n)[ \t\u3000]*([\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|人民政府|办事处|办公室|站|所|场))承担了?(?:19|20)\d{2}\s*年度?[^。\n]{2,60}?项目[，,]/,
		// "2022年,某区某乡人民政府对种植户给予种苗补助": the unit that did the project's work that year
		// (…or after the purpose: "为保障村卫生室正常运转,某县卫生健康委员会对全县村卫生室给予基本运行补助")
		/(?:(?:19|20)\d{2}\s*年度?|(?:^|[\n。])\s*为[^，,。\n]{2,24})[，,]\s*([\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|人民政府|办事处|办公室|站|所))对[^。\n]{2,40}?(?:给予|发放|实施|开展)/,
		// "区级财政安排某区某中心某经费52万元": the unit the money was given to
		/(?:财政|预算)安排([\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|人民政府|办事处|办公室|站|所))[\u4e00-\u9fff“”]{2,30}?(?:经费|资金)\s{0,2}[\d,.]+\s{0,2}[万亿]?元/,
		// "一、项目基本情况 某市某中心承担全市某单位的日常巡查工作": the unit that opens the project's account with its work
		/(?:基本情况|概况)[。：:\s]\s*([\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|人民政府|办事处|办公室|站|所|院|馆|场))承担(?:全市|全县|全区|全镇|全乡|辖区)?[^。\n]{2,40}?(?:工作|任务)[。，,]/,
		// "某镇人民政府内设综合办公室…": the unit describing its own offices
		/(?:^|[。\n])\s*([\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|人民政府|办事处))(?:机关)?内设/,
		// "(一)项目单位基本情况。某县农业农村局是县人民政府工作部门": the unit introducing itself
		/(?:^|[。\n])\s*([\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|人民政府|办事处|办公室))是(?:[县区市旗州])?(?:人民政府|政府)?的?(?:工作部门|组成部门|职能部门|直属事业单位)/,
		// "(一)项目概况。某县退役军人事务局2021年优抚对象走访慰问经费主要用于…": the unit before its project's year
		/(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,8}[县区市旗][\u4e00-\u9fff]{2,16}?(?:局|委员会|中心|办事处|服务站|工作站|管理站|管理所))(?:19|20)\d{2}\s*年度?[\u4e00-\u9fff“”]{2,30}?(?:经费|资金|项目)/,
		// "现将2023年上蔡县水利局财政衔接…绩效自评报告如下": the unit reporting on itself
		/现将(?:(?:19|20)\d{2}\s{0,2}年度?)?([\u4e00-\u9fff]{2,24}?[县区市旗州](?:[\u4e00-\u9fff]{1,12}?)(?:局|委员会|中心|管理处|办公室|人民政府|办事处))(?:[\u4e00-\u9fff]{0,40}?)(?:报告|情况)如下/,
		// the page's publisher, last: a unit the report names evaluating itself or carrying the project out outranks it
		// (a county bureau publishes the report its service centre wrote)
		/(?:信息来源|来源)[:：]\s*([\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|人民政府|办事处|办公室))(?![\u4e00-\u9fff])|(?:信息来源|来源)[:：]\s*([\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|人民政府|办事处|办公室))(?=分享|打印|字号|浏览|阅读|点击|【)/
	];
	for (const re of pats) {
		const m = re.exec(head);
		// the 来源 pattern's second form: the name runs into the page's share/print links ("来源:某局分享:")
		let name = m?.[1] ?? m?.[2];
		// (a name cut short to its level, "镇农业服务中心", "区某中心", names no unit a reader could place)
		if (!m || !name || /财政(?:局|厅|部|委)$/.test(name) || /^[镇乡区县市]/.test(name)) continue;
		let start = m.index + m[0].indexOf(name);
		// "…,对某县某服务站2023年某经费开展了绩效评价": the unit evaluated, without the preposition
		const prep = /^(?:对|向|在|由)(?=[\u4e00-\u9fff]{4})/.exec(name);
		if (prep) {
			start += prep[0].length;
			name = name.slice(prep[0].length);
		}
		// "我局组织项目实施单位某中心对…开展了绩效自评": the unit named after its role, not the clause before it
		const role = /^.*?(?:实施单位|项目单位|责任单位)(?:为|是)?/.exec(name);
		if (role && name.length - role[0].length >= 4) {
			start += role[0].length;
			name = name.slice(role[0].length);
		}
		// the same unit named in full on the page's 来源 line ("来源:天津市北辰区农业农村委员会" over "北辰区农业农村委员会对…"):
		// the full name, the body having named it
		const src = /(?:信息来源|来源)[:：]\s*([\u4e00-\u9fff]{2,30}?(?:局|委员会|中心|人民政府|办事处|办公室))(?![\u4e00-\u9fff])/.exec(head);
		if (src && src[1] !== name && src[1].endsWith(name) && /^[\u4e00-\u9fff]{1,4}[省市]$/.test(src[1].slice(0, -name.length))) {
			const at = src.index + src[0].indexOf(src[1]);
			return { value: src[1], start: at, end: at + src[1].length };
		}
		// a page header's 来源 line names who published the page: written, and marked for the reviewer
		return re.source.startsWith('(?:信息来源|来源)')
			? { value: name, start, end: start + name.length, source: true }
			: { value: name, start, end: start + name.length };
	}
	// a portal's grid of cells without colons ("发布机构 某市档案馆 发文日期 …", "信息来源 某市档案馆 主题导航 …") names the
	// publisher: the unit, when the report speaks of itself by the same kind of body ("我馆", "我中心", "我局")
	const cell = /(?:信息来源|发布机构)[ \t\u3000]+([\u4e00-\u9fff]{4,30}?(?:局|委员会|中心|馆|院|站|所|队|场))(?=[ \t\u3000\n])/.exec(head);
	if (cell && !/财政(?:局|厅)$/.test(cell[1])) {
		const kind = /委员会$/.test(cell[1]) ? '委' : /中心$/.test(cell[1]) ? '中心' : cell[1].slice(-1);
		if (new RegExp(`我${kind}(?![\u4e00-\u9fff]{0,1}(?:所属|下属))`).test(head)) {
			const start = cell.index + cell[0].indexOf(cell[1]);
			return { value: cell[1], start, end: start + cell[1].length, source: true };
		}
	}
	return null;
}

/** A unit without its parent government's prefix ("某市某区人民政府某街道办事处" → "某街道办事处"). */
/** A cell holding two values parted by a slash ("项目实施单位/项目负责人" → "某中心/马某"): the first, a unit's name. */
function slashCell(f: Found<string> | null): Found<string> | null {
	if (!f) return f;
	const cut = f.value.search(/[/／]/);
	if (cut < 2) return f;
	const v = f.value.slice(0, cut);
	return UNIT_END.test(v) ? { value: v, start: f.start, end: f.start + v.length } : f;
}

function cutGovernment(f: Found<string> | null): Found<string> | null {
	if (!f) return null;
	const gov = f.value.lastIndexOf('人民政府');
	if (gov < 0 || gov + 4 >= f.value.length) return f;
	return { value: f.value.slice(gov + 4), start: f.start + gov + 4, end: f.end };
}

/** A unit named with its project after 的 ("某镇人民政府的某某项目"): the unit, which ends before 的. */
function beforeDe(v: string): string {
	const de = v.indexOf('的');
	return de > 0 && UNIT_END.test(v.slice(0, de)) ? v.slice(0, de) : v;
}

/** A unit named in its own labelled cell ("实施单位\t某局", "实施单位：某局"), the parent-government prefix cut. */
function labelledUnit(text: string, label: RegExp): Found<string> | null {
	// ("项目实施单位为某镇人民政府": the value after 为 / 是)
	const re = new RegExp(
		'(?:^|\\n|\\t| )(?:[（(]\\d{1,2}[)）]\\s*)?(?:' +
			label.source +
			')[ \\t:：]*(?:为|是)?(?:\\n[ \\t]*)?([\\u4e00-\\u9fff（）()]{3,40}?)(?:本级)?(?=[ \\t，,。；\\n]|$)'
	);
	const m = re.exec(text.slice(0, 30000));
	// "(一)项目实施单位基本情况" is a heading, not a cell
	if (!m || /^(?:主管部门|项目名称|预算|项目|盖章|联系人|基本情况|概况|情况|简介)/.test(m[1]) || /资金|万元/.test(m[1])) return null;
	let v = beforeDe(m[1]);
	let cut = 0;
	const gov = v.lastIndexOf('人民政府');
	if (gov >= 0 && gov + 4 < v.length) cut = gov + 4;
	v = v.slice(cut);
	const start = m.index + m[0].lastIndexOf(m[1]) + cut;
	return { value: v, start, end: start + v.length };
}

/** Labels of a form's cells: a value runs up to the next of them when cell borders were lost. */
const CELL_LABELS =
	'预算部门单位|项目名称|专项资金名称|专项名称|资金名称|项目全称|转移支付[（(]项目[)）]名称|项目负责人(?:及电话)?|负责人(?:及电话)?|联系电话|联系人|县级主管部门|主管部门|项目实施单位|实施单位|预算单位|预算部门|项目单位|部门单位|资金性质|项目类别|项目编号|项目属性|项目类型|评价年度|单位名称|填报日期|填报人|项目资金|资金情况|资金来源|项目期限|项目起止时间|年度总体目标|项目基本情况|主要内容|报告日期|下属单位个数|整体支出规模';
const STOP_LABEL = new RegExp('(?:' + CELL_LABELS + ')');

/** Whether the line at `at` is a money table's header row of tab cells, a row of figures below it with as many cells. */
function tableHeaderAt(text: string, at: number): boolean {
	const from = text.lastIndexOf('\n', at - 1) + 1;
	const end = text.indexOf('\n', at);
	if (end < 0) return false;
	const line = text.slice(from, end);
	const below = text.slice(end + 1, (text.indexOf('\n', end + 1) + 1 || text.length + 1) - 1);
	const cells = line.split('\t').map((c) => c.trim());
	const rest = cells.slice(1);
	// (column names: distinct, no figure, money's words among them; a spreadsheet's merged cell repeats one value instead)
	return (
		cells.length >= 4 &&
		below.split('\t').length === cells.length &&
		/\d/.test(below) &&
		new Set(rest).size === rest.length &&
		!rest.some((c) => /\d/.test(c)) &&
		rest.filter((c) => /资金|预算|执行|到位|率$|数$|金额|来源|计划/.test(c)).length >= 2
	);
}

/**
 * The value of a labelled cell: "实施单位\t某局", "项目名称：某项目", "主管部门某局实施单位某局" (borders lost),
 * a value on the next line (one cell per line). The value ends at a tab, a line end, two spaces, clause
 * punctuation or the next label; a "(盖章)" after the label and a project code before the value are dropped.
 */
export function labelledCell(text: string, label: RegExp, from = 0): Found<string> | null {
	const re = new RegExp('(?:' + label.source + ')(?:\\s*[（(](?:盖章|公章)[）)])?[ \\t:：]*(?:\\n[ \\t]*)?', 'g');
	const head = text.slice(0, 40000);
	re.lastIndex = from;
	let m: RegExpExecArray | null;
	while ((m = re.exec(head))) {
		const at = m.index + m[0].length;
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		// a label in running prose ("项目名称为…", "该项目名称") is no cell
		// a label in running prose ("收集被评价单位的…") is no cell: a cell's label opens a line or a cell,
		// or follows the previous cell's value when borders were lost (…局实施单位…, …电话实施单位…)
		const before = head[m.index - 1] ?? '\n';
		const labelText = m[0].replace(/[\s:：（(].*$/s, '');
		if (
			/[为是的该本对向由在]/.test(before) ||
			(/[\u4e00-\u9fff]/.test(before) && labelText.length < 4 && !/[局会心府处室所院站队厅部股话号期称表]/.test(before))
		)
			continue;
		// (a document site's file-name line, "《….docx》由会员分享", is no form's cell)
		const lineOf = head.slice(head.lastIndexOf('\n', m.index) + 1, (head.indexOf('\n', m.index) + 1 || head.length + 1) - 1);
		if (/\.(?:docx?|pdf|wps|xlsx?)\b|由会员|在线阅读/i.test(lineOf)) continue;
		// (a table's header row opened by the label, "项目名称 | 资金来源 | 资金计划 | 到位率", its rows below with as many cells:
		// the cell after the label is the next column's name, no value)
		if (lineOf.trimStart().startsWith(labelText) && tableHeaderAt(head, m.index)) continue;
		const rest = head.slice(at, at + 60);
		let end = rest.search(/[\t\n。，；,;|]| {2}/);
		if (end < 0) end = rest.length;
		const stop = STOP_LABEL.exec(rest.slice(1, end));
		if (stop) end = stop.index + 1;
		let v = rest.slice(0, end);
		let lead = 0;
		// (…or in brackets before it: "[532923XXX001]某某推广站")
		const code = /^[A-Za-z0-9]{6,}[-－_ ]|^[[【［(（][A-Za-z0-9]{6,}[\]】］)）]\s?/.exec(v);
		if (code) {
			lead = code[0].length;
			v = v.slice(lead);
		}
		// (a form run into one line parts its cells by single spaces: a unit's name ends at the first, "640104XXX004-某街道办事处
		// 年度预算申请 (万元) …")
		if (/ /.test(v)) {
			const first = v.slice(0, v.indexOf(' '));
			if (first.length >= 4 && UNIT_END.test(first) && (v.length > 40 || /预算|万元|资金|年度|名称|项目/.test(v.slice(first.length)))) v = first;
		}
		v = v.replace(/\s*(?:本级)$/, '').trim();
		// (a name run into the next label "项目主要内容" is cut before 主要内容: its own 项目 and the label's are one too many)
		if (stop && /项目项目$/.test(v)) v = v.slice(0, -2);
		// (a particle after the label is prose, "实施单位和主管部门…"; a place's first character is a name: "503004-和顺县某站",
		// "和平区某中心")
		if (/^[的之及和等为是与]/.test(v) && !(/^和/.test(v) && (lead > 0 || (UNIT_END.test(v) && /^和[\u4e00-\u9fff]{1,2}[县区市旗]/.test(v))))) continue;
		if (v.length < 2 || v.length > 40 || !/[\u4e00-\u9fff]{2}/.test(v) || STOP_LABEL.test(v.slice(0, 6)) || /^[\d.%]+$/.test(v)) continue;
		const start = at + lead + rest.slice(lead).indexOf(v);
		return { value: v, start, end: start + v.length };
	}
	return null;
}

const SIGNATURE =
	/(?:^|\n|。)[ \t]*((?:中共)?[\u4e00-\u9fff]{2,36}?(?:街道办事处|办事处|街道工作委员会|工作委员会|委员会|人民政府|组织部|工委|局|厅|管理处|管理所|服务中心|中心|办公室|联合会|卫生院|学校|中学|小学|幼儿园|医院|(?<!网)站))[ \t]*(?=\n|$|(?:19|20)\d{2}\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月)/g;

/** The unit signing the report: a line that is only a unit name (a wrapped date may follow), among the last lines. */
function signatureUnit(text: string): Found<string> | null {
	const from = Math.max(0, text.length - 400);
	const tail = text.slice(from);
	SIGNATURE.lastIndex = 0;
	let m: RegExpExecArray | null;
	let last: RegExpExecArray | null = null;
	const all: RegExpExecArray[] = [];
	while ((m = SIGNATURE.exec(tail)) !== null) {
		last = m;
		all.push(m);
	}
	// a joint signature ("…住房和城乡建设厅" over "…财政厅"): the department signing with the finance office
	if (last && all.length >= 2 && /财政(?:局|厅)$/.test(last[1]) && !/财政(?:局|厅)$/.test(all[all.length - 2][1])) last = all[all.length - 2];
	// the finance bureau or a firm that signs a third-party evaluation is not the evaluated unit
	// (a finance bureau signing a self-evaluation — 自评 — with no third party in the text is the unit)
	if (!last || (/财政(?:局|厅)$/.test(last[1]) && (!/自评/.test(text.slice(0, 600)) || /委托|第三方|评价机构|事务所|咨询|评估中心|重点评价/.test(text))))
		return null;
	let v = last[1];
	let cut = 0;
	const gov = v.lastIndexOf('人民政府');
	if (gov >= 0 && gov + 4 < v.length) cut = gov + 4;
	v = v.slice(cut);
	const start = from + last.index + last[0].indexOf(last[1]) + cut;
	return { value: v, start, end: start + v.length };
}

/** A district-level unit's full name implied by how the report refers to itself ("区直属机关工委" + a district). */
export function impliedUnit(text: string, district: string | null): string | null {
	if (!district) return null;
	if (/区直属机关工委|区直机关工委|区直属机关工作委员会/.test(text) && /我委/.test(text)) return district + '直属机关工作委员会';
	return null;
}

/** Project name: quoted “…经费” in a heading, the title's "…经费项目", or the most repeated "…经费" phrase. */
/** A money table's header cell after 项目名称 ("项目名称 | 资金计划 | 资金到位 | 实际支出"): the name is in the row below, not this. */
const MONEY_HEADER = /^(?:资金计划|资金到位|资金来源|(?:年初|全年|批复)?预算(?:数|资金|金额)?|实际支出|执行数|执行率)$/;

/** Kinds of spending, not projects: 三公经费, 公用经费, 人员经费 … */
const SPENDING_KIND = /^(?:三公|公用|人员|办公|会议|培训|差旅|基本|日常公用|运转)经费$/;

/** Words that introduce a short name a text gives itself (以下简称“…”, 下称, 简称). */
const ALIAS_BEFORE = /(?:简称|下称|称为|统称)[:：]?$/;

export function findProject(text: string, title: Found<string> | null, unit: Found<string> | null = null): Found<string> | null {
	let f = projectAsWritten(text, title, unit);
	// a model-essay page titled by its topic ("荥阳市软籽石榴产业项目绩效自评报告[热门]", "凤梨产业项目绩效自评报告3篇"): the project the
	// report itself names in its first lines, when it shares the topic's words
	if (f && title && f.start >= title.start && f.end <= title.end) {
		const own = essayProject(text, f.value);
		if (own) f = own;
	}
	// a cover's 项目名称 cell holding the report's whole title ("项目名称:某县某镇2024年某基地建设项目绩效评价报告"): the
	// project that title names, or none
	if (f && /(?:绩效)?(?:评价|自评)(?:总结)?报告$/.test(f.value)) f = titleProject(f, unit?.value ?? null);
	// a scrambled form's next cells read as the name ("项目主管单 位 自评总分: 86"): other labels and a score name nothing
	if (f && /[:：]\s*\d|(?:主管|实施)单\s*位|自评总分|自评得分|负责人|联系电话/.test(f.value)) f = null;
	// the project's money named by a title ("某补贴项目资金绩效自评报告"): the project, as the report names it elsewhere
	// (…where the text names the project on its own: "某补贴项目是…", "某补贴项目绩效…")
	if (f && title && f.start >= title.start && f.end <= title.end && /项目资金$/.test(f.value)) {
		const bare = f.value.slice(0, -2);
		if (new RegExp(`${esc(bare)}(?!资金)`).test(text)) f = { value: bare, start: f.start, end: f.end - 2 };
	}
	// a system's tag before the name ("【专项】海参苗种繁育基地补助经费") is no part of it
	const tag = f ? /^[【\[][\u4e00-\u9fff]{1,6}[】\]]\s*/.exec(f.value) : null;
	if (f && tag && f.value.length > tag[0].length + 2) f = { value: f.value.slice(tag[0].length), start: f.start + tag[0].length, end: f.end };
	// "2021年度部门整体支出绩效评价" as the 项目名称 cell: the unit's whole spending, named one way
	const whole = f ? /(?:部门|单位)(?:[（(](?:单位|部门)[）)])?整体支出/.exec(f.value) : null;
	return f && whole ? { value: '部门整体支出', start: f.start + whole.index, end: f.start + whole.index + whole[0].length } : f;
}

/** The project a model essay's report names itself ("…中心对软籽石榴提质增效项目进行了自评", "某站承担2022年某市X项目,…"). */
function essayProject(text: string, topic: string): Found<string> | null {
	const head = text.slice(0, 1500);
	if (!/\d{1,2}篇|小编|范文|[【\[]热门[】\]]|我要投稿/.test(head)) return null;
	const body = text.slice(0, 4000);
	const m =
		/对(?:(?:19|20)\d{2}\s*年度?)?([\u4e00-\u9fff“”]{4,30}?项目)(?:资金)?(?:进行|开展)了?(?:绩效)?(?:自评|评价)/.exec(body) ??
		/(?:承担|实施)了?(?:19|20)\d{2}\s*年度?(?:[\u4e00-\u9fff]{2,6}?[县区市旗](?![场区级镇政]))?([\u4e00-\u9fff“”]{4,30}?项目)(?=[，,])/.exec(body) ??
		/(?:^|\n)[ \t]*(?:(?:19|20)\d{2}\s*年度?)?(?:[\u4e00-\u9fff]{1,4}级)?财政安排([\u4e00-\u9fff“”]{4,30}?项目)(?=资金)/.exec(body) ??
		/(?:19|20)\d{2}\s*年度?[，,][^，,。\n]{2,30}?(?:中心|局|站|所|人民政府|办事处|场)(?:组织)?实施了?([\u4e00-\u9fff“”]{4,30}?项目)(?=[，,。])/.exec(body);
	if (!m || m[1] === topic || /^(?:全部|所有|部分|重点|各|本|该|上述|其他|其余)/.test(m[1])) return null;
	// (sharing the topic's words: "软籽石榴产业项目" … "软籽石榴提质增效项目")
	const stem = topic.replace(/(?:产业)?项目$/, '');
	const shares = [...Array(Math.max(0, stem.length - 1)).keys()].some((i) => m[1].includes(stem.slice(i, i + 2)));
	if (!shares) return null;
	const at = m.index + m[0].indexOf(m[1]);
	return { value: m[1], start: at, end: at + m[1].length };
}

function projectAsWritten(text: string, title: Found<string> | null, unit: Found<string> | null): Found<string> | null {
	// the project in brackets on the line below the title ("2022年度项目绩效自评报告" / "(某某运营补助项目)")
	const below = title ? /^[ \t]*\n[ \t]*[(（]([\u4e00-\u9fff“”、]{4,40}(?:项目|经费|资金|工程))[)）][ \t]*(?=\n|$)/.exec(text.slice(title.end)) : null;
	if (below) {
		const at = title!.end + below.index + below[0].indexOf(below[1]);
		return { value: below[1], start: at, end: at + below[1].length };
	}
	// the cell after 项目名称 on its own line: it ends at a tab, two spaces or the next header label
	const named =
		/(?:^|\n)项目名称[ \t:：]*([^\t\n]{2,40}?)[ \t]*(?=\t|\s{2}|\s(?:主管部门|实施单位|预算单位|项目单位|项目负责人|联系电话|资金性质|项目类别)|\n|$)/.exec(
			text
		);
	// (not a table's header row, "项目名称 | 资金计划 | 资金到位 | 实际支出 | 执行率": the name is in the row below)
	if (
		named &&
		!/^(主管部门|实施单位|年度总体目标|预期目标)|[，。；]/.test(named[1]) &&
		!MONEY_HEADER.test(named[1]) &&
		!tableHeaderAt(text, named.index + named[0].indexOf('项目名称'))
	) {
		const v = named[1].trim().replace(/^[A-Za-z0-9]{6,}[-－_ ]/, '');
		const start = named.index + named[0].lastIndexOf(v);
		// a cell that wrapped into the report's words ("2019年某补播项目支出" / "绩效自评报告") holds the project as a title does
		if (/(?:绩效|自评|评价)[一-鿿]{0,4}报告$/.test(v)) {
			const tp = titleProject({ value: v, start, end: start + v.length }, unit?.value ?? null);
			if (tp) return tp;
		}
		return { value: v, start, end: start + v.length };
	}
	let cell = labelledCell(text, /项目名称|专项资金名称|专项名称|资金名称|项目全称|转移支付[（(]项目[)）]名称/);
	// (a list's header read one cell a line, "项目名称" / "备注": the name is in a later cell so labelled)
	for (let k = 0; cell && k < 3 && /^(?:备注|序号|金额|说明|单位|合计|资金来源)$/.test(cell.value); k++)
		cell = labelledCell(text, /项目名称|专项资金名称|专项名称|资金名称|项目全称|转移支付[（(]项目[)）]名称/, cell.end);
	if (cell && !GENERIC_PROJECT.test(cell.value) && !MONEY_HEADER.test(cell.value) && !/^(?:备注|序号|金额|说明|单位|合计|资金来源)$/.test(cell.value))
		return cell;
	// a 部门决算's evaluation paragraph "<unit><project>绩效自评综述:…" (Beijing's form): the project after the unit
	const review =
		/(?:^|\n)[^\n:：，。]{0,40}?(?:办事处|人民政府|委员会|局|中心|办公室|馆|院|所|站|队)([\u4e00-\u9fff“”（）()]{2,36}?(?:项目|经费|资金|工程))绩效自评综述[:：]/.exec(
			text
		);
	if (review) {
		const at = review.index + review[0].indexOf(review[1]);
		return { value: review[1], start: at, end: at + review[1].length };
	}
	// a quoted name may hold its own quotes: "““两新”组织党建工作经费”"
	// (not a short name the text gives itself: "（以下简称“清雪项目”）")
	// (nor a kind of spending, "“三公”经费" / "公用经费", quoted in a scoring rule)
	const quoted = (re: RegExp) =>
		[...text.matchAll(re)].find((m) => !ALIAS_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) && !SPENDING_KIND.test(m[1].replace(/[“”"]/g, '')));
	const q = quoted(/[“"]((?:“[^“”"\n]{1,8}”|[^“”"\n]){2,24}?(?:经费|资金))[”"]/g) ?? quoted(/[“"]([^”"\n]{2,24}?项目)[”"]/g);
	if (q) return { value: q[1], start: q.index + 1, end: q.index + 1 + q[1].length };
	// "选取“社区体育健身设施更新维护”项目公开自评结果": a name quoted before the word 项目
	const qp = /(?:选取|选择|对|就|将)[“"]([\u4e00-\u9fff（）()、]{4,30})[”"]项目/.exec(text);
	if (qp) return { value: qp[1], start: qp.index + qp[0].indexOf(qp[1]), end: qp.index + qp[0].indexOf(qp[1]) + qp[1].length };
	if (title) {
		// the title after the unit (and the year): "…办事处 2021 年党建工作经费项目绩效自评报告"
		let rest = title.value;
		let off = 0;
		if (unit) {
			const at = title.value.indexOf(unit.value);
			if (at >= 0) off = at + unit.value.length;
		}
		rest = title.value.slice(off);
		const y = /^\s*(?:关于)?\s*(?:(?:19|20)\d{2}\s*年度?)?\s*/.exec(rest)!;
		off += y[0].length;
		rest = rest.slice(y[0].length);
		const t = /^([\u4e00-\u9fff“”"]{2,30}?(?:经费|资金))(?:项目)?(?:的)?(?:绩效|支出|财政|部门|重点|自评|评价|整体)/.exec(rest);
		const fund = t && !GENERIC_PROJECT.test(t[1]) ? t[1] : null;
		// a title on a kind of fund ("2023年衔接资金项目"): the one project the prose says it paid for, else the fund
		if (fund && FUND_KIND.test(fund) && rest.slice(fund.length).startsWith('项目')) {
			const built = fundProject(text);
			if (built) return built;
		}
		if (t && fund) {
			const s = title.start + off;
			return { value: t[1], start: s, end: s + t[1].length };
		}
		const fromTitle = titleProject(title, unit?.value ?? null);
		if (fromTitle && FUND_KIND.test(fromTitle.value.replace(/项目$/, ''))) return fundProject(text) ?? fromTitle;
		if (fromTitle) return fromTitle;
	}
	// "对2022年农村人居环境整治项目开展了绩效自评", "其中天然林保护工程管护经费项目全年预算…": the project the prose evaluates
	// (it keeps its 项目 unless its name ends in 经费/资金)
	const line = PROSE_PROJECT_LINE.exec(text.slice(0, 20000));
	const pp =
		PROSE_PROJECT.exec(text.slice(0, 20000)) ?? PROSE_PROJECT_RUN.exec(text.slice(0, 20000)) ?? (line && !/[对是的和与及]/.test(line[1]) ? line : null);
	const pn = pp ? (pp[1] ?? pp[2] ?? pp[3]) : null;
	if (pp && pn && !/^(?:全部|所有|部分|重点|各|本|该|上述|其他|其余)/.test(pn)) {
		const v = /(?:经费|资金|补助|补贴)$/.test(pn) ? pn : pn + '项目';
		const at = pp.index + pp[0].indexOf(pn);
		return { value: v, start: at, end: at + v.length };
	}
	// "现将2024年某县某镇香芋冷链仓储设施项目绩效目标自评报告如下": the report the text announces names its project
	const announced = /现将([^，,。；;\n]{6,80}?(?:报告|自评表))(?:报告)?如下/.exec(text.slice(0, 5000));
	if (announced) {
		const at = announced.index + 2;
		const tp = titleProject({ value: announced[1], start: at, end: at + announced[1].length }, unit?.value ?? null);
		// (not a kind of fund, "财政衔接推进乡村振兴资金项目", nor a pointer back, "该项目资金")
		if (tp && /(?:项目|工程)$/.test(tp.value) && !/资金项目$|^(?:该|本|此|上述|各)/.test(tp.value) && !FUND_KIND.test(tp.value.replace(/项目$/, ''))) return tp;
	}
	// "某中心2018年实施谷子良种繁育基地建设项目，在…": the project the unit carried out that year (either script)
	const carried = /(?:19|20)\d{2}\s*年度?(?:组织|組織)?(?:实施|實施)了?([\u4e00-\u9fff“”]{4,30}?(?:项目|項目))(?=[，,。；;在对於于]|$)/m.exec(
		text.slice(0, 5000)
	);
	if (carried && !/^(?:全部|所有|部分|重点|各|本|该|上述|其他|其余|多个|若干)/.test(carried[1])) {
		const at = carried.index + carried[0].indexOf(carried[1]);
		return { value: carried[1], start: at, end: at + carried[1].length };
	}
	// "某区城区易涝点改造工程由某中心组织实施,…": a sentence that opens with the project and who carries it out
	const by =
		/(?:^|\n|。)[ \t]*(?:(?:19|20)\d{2}\s*年度?)?(?!其中|我|本|该|此|各|全|上述)([\u4e00-\u9fff“”]{4,30}?(?:项目|工程))由[\u4e00-\u9fff（）()]{4,40}?(?:组织|具体|负责|牵头)?(?:组织)?实施/.exec(
			text.slice(0, 5000)
		);
	if (by) {
		const at = by.index + by[0].indexOf(by[1]);
		return { value: by[1], start: at, end: at + by[1].length };
	}
	// "我镇对2024年度部门整体支出开展了绩效自评": the unit's whole spending
	const whole = /部门整体支出(?:开展了?|进行了?)?绩效(?:自评|评价)/.exec(text.slice(0, 20000));
	if (whole) return { value: '部门整体支出', start: whole.index, end: whole.index + 6 };
	const counts = new Map<string, { n: number; start: number }>();
	// find each 经费 / 专项资金 and look back over the CJK run before it (indexOf is linear; a lazy regex is not)
	for (const word of ['经费', '专项资金']) {
		let at = text.indexOf(word);
		while (at >= 0) {
			const end = at + word.length;
			let s = at;
			while (s > 0 && at - s < 14 && /[\u4e00-\u9fff]/.test(text[s - 1])) s--;
			const whole = text.slice(s, end);
			at = text.indexOf(word, end);
			if (!/(工作|专项|活动)经费$|专项资金$/.test(whole)) continue;
			let name = whole.replace(/^(?:该项|本项|该|本|各|对|通过|下拨|拨付|共下拨|年度|的|及|和|是|为|将|用|在|使|项目)+/, '');
			name = name.replace(/^.*?(?:党工委|财政局|财政厅|区财政|财政|拨款|安排|下拨|预算|人民政府|办事处|委员会)/, '');
			// ("县财政局有关专项资金管理规定": a rule's subject, "有关专项资金", names no project)
			name = name.replace(/^(?:有关|相关|各类|各项|上述|以下|此类)+/, '');
			if (/[年度]$/.test(name) || name.length < 5) continue;
			const c = counts.get(name);
			if (c) c.n++;
			else counts.set(name, { n: 1, start: end - name.length });
		}
	}
	let best: [string, { n: number; start: number }] | null = null;
	for (const e of counts) if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[0].length > best[0].length)) best = e;
	return best ? { value: best[0], start: best[1].start, end: best[1].start + best[0].length } : null;
}

/** A project the prose names as the one evaluated (see findProject). */
const PROSE_PROJECT =
	/(?:对|其中|选取|选择)(?:(?:19|20)\d{2}\s*年度?)?([\u4e00-\u9fff“”]{4,30}?)项目(?=(?:资金|经费)?(?:开展|进行)了?(?:绩效)?(?:自评|评价)|(?:全年|年度|年初)?预算)|对(?:(?:19|20)\d{2}\s*年度?)?([\u4e00-\u9fff“”]{4,30}?(?:经费|资金))(?:项目)?的?绩效(?:情况)?(?:进行|开展)/;

/** "老旧小区环境提升项目全年预算数186万元": a sentence that opens with the project and its budget. */
const PROSE_PROJECT_LINE =
	/(?:^|\n|。)[ \t]*(?:(?:19|20)\d{2}\s*年度?)?(?!其中|我|本|该|对|选取|选择|各|全)([\u4e00-\u9fff“”]{4,30}?)项目(?=(?:全年|年度|年初)预算)/;

/** "2020年我单位实施稻田综合种养示范项目，…": the project the unit says it carried out. */
const PROSE_PROJECT_RUN =
	/(?:我单位|我局|本单位|本局|我镇|我乡|我委|本部门|我中心)(?:(?:19|20)\d{2}\s*年度?)?(?:组织)?实施了?([\u4e00-\u9fff“”]{4,30}?)项目(?=[，,。；;])|(?:承担|负责)(?:[\u4e00-\u9fff]{1,6}?[县区市旗])?(?:(?:19|20)\d{2}\s*年度?)?([\u4e00-\u9fff“”]{4,30}?)项目的?(?:实施|建设)(?:任务|工作)/;

/** Names too general to be a project's ("专项资金", "项目"). */
const GENERIC_PROJECT = /^(?:项目|专项|资金|专项资金|经费|部门|单位|本级|本单位|年度|县级专项资金|市级专项资金|财政资金)$/;
/**
 * The one project a fund paid for, as the prose says ("…资金共下达138万元,用于实施某村、某村两处农田灌溉泵站改造项目"):
 * the places and the count before its name are dropped. Null unless exactly one such project is named.
 */
function fundProject(text: string): Found<string> | null {
	const all = [...text.slice(0, 3000).matchAll(/用于(?:实施|建设)?([\u4e00-\u9fff、（）()]{4,50}?项目)(?=[，,。；;）)]|$)/gm)];
	const names = new Set(all.map((m) => m[1]));
	if (names.size !== 1) return null;
	const m = all[0];
	const cut = /^.*(?:[一两二三四五六七八九十\d]+(?:处|个|座|条|项)|[村镇乡]、?|社区、?)/.exec(m[1]);
	const v = cut ? m[1].slice(cut[0].length) : m[1];
	if (v.length < 6 || /^[、，]/.test(v)) return null;
	const start = m.index! + m[0].length - v.length;
	return { value: v, start, end: start + v.length };
}

/** A kind of fund, not a project: a title on "2023年衔接资金项目" names how the money came, not what it built. */
const FUND_KIND = /^(?:中央|省级|市级|县级|区级)?(?:财政)?(?:衔接(?:推进乡村振兴)?(?:补助)?资金|转移支付资金|直达资金|项目资金|补助资金)$/;

/**
 * The project a title names after its places, year and unit: "某县2023年度生态茶园建设补助资金绩效评价报告"
 * → 生态茶园建设补助资金; "…农机购置补贴项目支出绩效自评报告" → 农机购置补贴; a 部门整体支出 report → 部门整体支出.
 */
export function titleProject(title: Found<string>, unit: string | null = null): Found<string> | null {
	const v = title.value;
	// "…绩效自评报告(某某巡护项目)": the project in brackets after the report words
	const br = /(?:报告|自评表|评价表)[(（]([\u4e00-\u9fff“”、]{4,40}(?:项目|经费|资金|工程))[)）]$/.exec(v);
	if (br) {
		const at = title.start + br.index + br[0].indexOf(br[1]);
		return { value: br[1], start: at, end: at + br[1].length };
	}
	// "某站2025年整体和项目支出绩效自评总结报告": the unit's whole spending, its projects inside it
	const both = /(?<=年度?|部门|单位)整体(?:和|及|与)项目支出(?=\s*(?:绩效|自评|评价))/.exec(v);
	if (both) return { value: '部门整体支出', start: title.start + both.index, end: title.start + both.index + both[0].length };
	if (/整体支出|(?:部门|单位)整体绩效/.test(v)) {
		// "部门整体支出", "部门(单位)整体支出", "单位整体支出", "部门整体绩效自评表": the unit's whole spending, named one way
		// (…or a body's own name before it: "某镇卫生院整体支出绩效自评表")
		const m = /(?:部门|单位)(?:[（(](?:单位|部门)[）)])?整体(?:支出)?/.exec(v) ?? /整体支出(?=\s*(?:绩效|自评|评价))/.exec(v);
		if (m) return { value: '部门整体支出', start: title.start + m.index, end: title.start + m.index + m[0].length };
		return null;
	}
	// skip the places the title opens with (real division names only), the year, then a unit name
	// (the unit found elsewhere, when the title opens with it: "某县非物质文化遗产保护中心侗锦…项目" has no year after it)
	const at = unit && unit.length >= 4 ? v.indexOf(unit) : -1;
	const yearFirst = /^\s*(?:(?:19|20)\d{2}\s*年度?)?\s*/.exec(v)![0].length;
	// (…or with its province before it: "贵州省" + "某县某中心项目支出绩效自评报告")
	let pos = at >= 0 && (at <= 2 || at === yearFirst || /^\s*[\u4e00-\u9fff]{2,3}(?:省|自治区)\s*$/.test(v.slice(0, at))) ? at + unit!.length : 0;
	for (let k = 0; k < 6; k++) {
		const y = /^\s*(?:关于)?\s*(?:(?:19|20)\d{2}\s*年度?)?\s*/.exec(v.slice(pos))!;
		pos += y[0].length;
		// a town or street opening the project's name is part of it ("某镇设施温棚提质改造项目")
		// (a town followed by the year is the unit's place: "某县某镇2023年度…项目")
		const m = scanMentions(v.slice(pos)).find(
			(x) => x.start === 0 && (x.nodes.every((n) => divisions().nodes[n].level !== 'street') || /^\s*(?:19|20)\d{2}/.test(v.slice(pos + x.end)))
		);
		if (m) pos += m.end;
		const u =
			// (a body named by its kind alone after its place: "彭水县" + "红十字会")
			/^(?:[\u4e00-\u9fff（）()]{2,20}?(?:局|委员会|中心|人民政府|办事处|办公室|院|学校|中学|小学|幼儿园|馆|站|所|队|联合社|合作社|林场|农场|(?:保种|良种|原种|种畜|种禽|种猪|种鸡|养殖|繁育|繁殖|苗木|渔|茶|果|畜牧)场|苗圃|气象台|电视台|联合会|协会|红十字会|工会|宫)|红十字会|总工会|妇联|残联|科协|文联|团委)(?=\s*(?:19|20)\d{2}|关于)/.exec(
				v.slice(pos)
			);
		if (u) pos += u[0].length;
		// (…or a department named by its level alone opening the title, no year after it: "县农业农村局" + "麻鸭养殖小区建设项目…")
		const lv = !u && pos === 0 ? /^[县区市旗](?!场)[\u4e00-\u9fff]{2,12}?(?:局|委员会|办公室)(?=[\u4e00-\u9fff]{4})/.exec(v) : null;
		if (lv) pos += lv[0].length;
		// a fund's name before the project it paid for ("县级现代农业发展专项" + "某县某基地建设项目")
		const f =
			!m && !u
				? /^[\u4e00-\u9fff]{2,16}?专项(?!资金|经费|项目|补助|工作)(?=[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|镇|乡)[\u4e00-\u9fff]{4})/.exec(v.slice(pos))
				: null;
		if (f) pos += f[0].length;
		if (!y[0] && !m && !u && !lv && !f) break;
	}
	// "…改造项目支出绩效…": the project keeps its 项目 unless its name already ends in 经费/资金
	// a space may part the name from the report words ("…硬化项目 绩效自评报告")
	// ("…建设项目财政支出绩效评价报告": the same, the spending named as the budget's)
	// (…or the year after the project's name: "某县某某安置项目2024年度部门评价报告")
	const t =
		/^([\u4e00-\u9fff“”"（）()、]{2,40}?)(?:\s?项目\s?(?:财政)?支出|\s?(?:财政)?支出|(?<=经费|资金)专项预算)?(?:(?<=项目|经费|资金|工程|补助|补贴)\s?(?:19|20)\d{2}\s?年度?)?\s?(?:的)?(?:财政|部门)?(?:重点绩效|绩效|自评|评价)/.exec(
			v.slice(pos)
		);
	if (!t) return null;
	// "…改造项目支出绩效…": the project keeps its 项目 unless its name already ends in 经费/资金
	// (…and a name that ends in 工程 / 资金 before its 项目 and the year, "某某改造工程项目2023年度…", is the 工程's)
	const name =
		/项目\s?(?:财政)?支出/.test(t[0]) && !/(?:经费|资金|补助|补贴|工程)$/.test(t[1])
			? t[1] + '项目'
			: /\d/.test(t[0]) && /(?:经费|资金|补助|补贴|工程)项目$/.test(t[1])
				? t[1].slice(0, -2)
				: t[1];
	if (GENERIC_PROJECT.test(t[1]) || /^(?:项目|部门|单位)/.test(t[1]) || t[1].length <= 4) return null;
	// a unit's words inside mean the title's unit was not recognised: no project name rather than a wrong one
	if (/人民政府|办事处|委员会|部门|[^费]局/.test(t[1])) return null;
	return { value: name, start: title.start + pos, end: title.start + pos + name.length };
}

/** Evaluation type from what the report says it is. */
export function findEvaluationType(text: string, title: Found<string> | null): Found<EvaluationType> | null {
	// a cover's tick boxes: the option ticked (☑ √ ■, or the "R" a Wingdings tick becomes in PDF text) decides
	const OPT = '(部门[（(]单位[）)]绩效自评|单位绩效自评|单位自评|绩效自评|财政部门组织评价|财政评价|财政重点评价|部门评价|主管部门组织评价)';
	const cover = text.slice(0, 5000);
	// a box printed after its option with a tick typed into it ("部门(单位)绩效自评□√财政部门组织评价□"): that option
	const typed = new RegExp(OPT + '\\s?[□☐]\\s?[√✓✔]').exec(cover);
	if (typed) {
		const w = typed[1];
		const value: EvaluationType = /财政/.test(w) ? '财政评价' : /自评/.test(w) ? '单位自评' : '部门评价';
		return { value, start: typed.index, end: typed.index + typed[0].length };
	}
	// boxes before their options ("□单位自评 ☑财政评价") or after them ("自评R 财政评价□"): the empty boxes tell which
	const before = new RegExp('□\\s?' + OPT).test(cover);
	const ticked = before ? new RegExp('[☑√✓■▣R]\\s?' + OPT).exec(cover) : new RegExp(OPT + '\\s?[R☑√✓■▣](?![a-zA-Z])').exec(cover);
	if (ticked) {
		const w = ticked[1];
		const value: EvaluationType = /财政/.test(w) ? '财政评价' : /自评/.test(w) ? '单位自评' : '部门评价';
		return { value, start: ticked.index, end: ticked.index + ticked[0].length };
	}
	// "组织方式:□财政部门□主管部门☑项目单位": who organised the evaluation, ticked
	const org = /组织(?:方式|形式|单位)\s*[:：]?\s*(?=[□☑√✓■▣])/.exec(cover);
	if (org) {
		const tick = /^(?:[□☑√✓■▣]\s?[\u4e00-\u9fff]{2,6}\s*)*?[☑√✓■▣]\s?(财政部门|财政局|主管部门|项目单位|实施单位|预算单位|单位)/.exec(
			cover.slice(org.index + org[0].length, org.index + org[0].length + 60)
		);
		if (tick) {
			const value: EvaluationType = /财政/.test(tick[1]) ? '财政评价' : /主管/.test(tick[1]) ? '部门评价' : '单位自评';
			return { value, start: org.index, end: org.index + org[0].length + tick[0].length };
		}
	}
	const scan = (s: string, off: number): Found<EvaluationType> | null => {
		const rules: [RegExp, EvaluationType][] = [
			[
				/财政(?:部门)?(?:重点)?(?:绩效)?评价|财政(?:局|厅|部)(?:组织|委托)[^。]{0,20}评价|财政(?:局|厅)[:：]\s*\n\s*[^\n。]{0,12}?(?:接受|受)贵(?:局|厅)的?委托|受[^。，；\n]{0,30}?财政(?:局|厅|部|委)[^。；\n]{0,12}?委托|委托(?:单位|方)[:：\s|]{0,4}[^\n。|]{0,20}?财政(?:局|厅|部|委)/,
				'财政评价'
			],
			[
				/部门(?:重点)?(?:项目)?(?:支出)?绩效评价(?!(?:工作)?(?:开展)?情况)|重点项目绩效评价|部门重点绩效评价|部门评价|受[^。，；\n]{0,30}?(?:局|委员会|委|办公室|中心|厅)[^。；\n]{0,6}?委托|委托(?:单位|方)[:：\s|]{0,4}[^\n。|]{0,24}?(?:局|委员会|委|办公室|中心|厅)(?=[\s|]|$)/m,
				'部门评价'
			],
			[/自评报告|自评表|绩效自评|单位自评/, '单位自评']
		];
		for (const [re, type] of rules) {
			const m = re.exec(s);
			if (m) return { value: type, start: off + m.index, end: off + m.index + m[0].length };
		}
		return null;
	};
	if (title) {
		const f = scan(title.value, title.start);
		if (f) return f;
	}
	// "现将我局专项经费绩效自评情况报告如下": the report says what it is, whatever a page's category label says
	const own = /现将[^。\n]{0,40}?(?:绩效)?自评(?:情况|结果|工作)?(?:报告)?如下/.exec(text.slice(0, 4000));
	if (own) return { value: '单位自评', start: own.index, end: own.index + own[0].length };
	const f = scan(text.slice(0, 4000), 0);
	if (f && f.value !== '单位自评') return f;
	// "自评" anywhere only counts when the report calls itself so (自评报告 / 自评结论 / 自评得分 …)
	const m = /(?:本次|本项目|项目)?(?:绩效)?自评(?:报告|结论|结果|得分|表)|定期开展项目绩效自评|经(?:单位)?自评[，,]/.exec(text);
	if (m) return { value: '单位自评', start: m.index, end: m.index + m[0].length };
	return f;
}

// A unit glued to the number may run into a word ("100万用于"); after a space it must stand alone, so a
// row number before a word ("1 万寿路…", "1 元旦慰问") is not money.
const MONEY =
	'(约|共计|合计|共|计)?\\s{0,2}([-−]?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)' +
	'(?:(亿元|万元|千元|万(?![人众寿])|元(?![旦宵]))|\\s{1,2}(亿元|万元|千元|万(?![\\u4e00-\\u9fff])|元(?![\\u4e00-\\u9fff])))';

function moneyAfter(text: string, kw: RegExp, year: number | null = null): Found<number> | null {
	const re = new RegExp('(' + kw.source + ')(?!执行|完成|支出率|执行率|到位率)((?:(?:19|20)\\d{2}年度?)?[^。；;\\n\\d-]{0,14}?)' + MONEY, 'g');
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		// "预算安排和实际支出情况 项目预算 128.60 万元": another money word between the keyword and the amount
		// means the amount is that word's, not this keyword's
		if (/预算|支出|执行|拨付|下达|决算/.test(m[2])) {
			re.lastIndex = m.index + m[1].length;
			continue;
		}
		// "共投入资金48326.5万元，其中…县本级预算安排6800万元": a part after 其中 is never the whole (a sentence that
		// opens with 其中, "其中X项目全年预算…", names the one evaluated among several and is read)
		const from = Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('；', m.index), text.lastIndexOf('\n', m.index), text.lastIndexOf(';', m.index));
		const lead = text.slice(from + 1, m.index);
		// (其中's list runs to the next comma or closing bracket: "…，其中当年财政拨款29.76万元，实际支出数为…" is read)
		const qi = lead.lastIndexOf('其中');
		if (qi >= 0 && /\d\s{0,2}[千万亿]?元/.test(lead.slice(0, qi)) && !/[)），,]/.test(lead.slice(qi))) {
			re.lastIndex = m.index + m[1].length;
			continue;
		}
		// "2023年度县本级预算安排的衔接资金为160万元,2024年度…": money its clause dates to another year than the report's
		const clause = lead.slice(Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(',')) + 1) + m[1] + m[2];
		// (a date is no such year: "截至2024年6月30日实际支出…" reports on the year before)
		const dated = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/.exec(clause);
		// …or to one level's part ("县本级预算安排…", "中央资金…") where the sentence names another level's money too
		const levelPart =
			/(?:[省市县区]本级|本级|中央|省级|市级|县级|区级)(?:财政)?$/.test(lead.slice(-6)) &&
			/(?:中央|省级|市级|县级|区级|本级)[^。；;\n]{0,12}\d/.test(
				text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 120).replace(lead.slice(-6) + m[1], '')
			);
		if ((dated && otherYear(text, year, Number(dated[1]))) || levelPart) {
			re.lastIndex = m.index + m[1].length;
			continue;
		}
		const n = m.length;
		const v = parseArabic(m[n - 3]);
		if (v === null) return null;
		const unit = m[n - 2] ?? m[n - 1];
		const wan = toWan(v, unit);
		// a minus sign is kept: the caller keeps a negative amount out of the row with a check
		const sign = m[n - 4] ? -1 : 1;
		return { value: sign * Number(wan.toPrecision(12)), start: m.index, end: m.index + m[0].length };
	}
	return null;
}

/**
 * Money dated to `dated` is another year's when the report's year is known, differs, and the text also states money
 * dated to the report's year ("2023年度…160万元，2024年度…176万元" in a 2024 report); a report whose money is all dated
 * to the year before (funds handed down in advance) keeps it.
 */
export function otherYear(text: string, year: number | null, dated: number): boolean {
	if (year === null || dated === year) return false;
	return new RegExp(`${year}\\s*年度?[^。；;\\n\\d]{0,30}?\\d[\\d,.]*\\s{0,2}[千万亿]?元`).test(text);
}

/** An amount in 万元 from its written unit (元, 千元, 万元, 亿元). */
function toWan(v: number, unit: string | undefined): number {
	return unit === '元' ? v / 1e4 : unit === '千元' ? v / 10 : unit === '亿元' ? v * 1e4 : v;
}

/** The first keyword tier that states an amount wins: an adjusted budget over the initial one, any over an application. */
function firstTier(text: string, tiers: RegExp[], year: number | null = null): Found<number> | null {
	for (const kw of tiers) {
		const f = moneyAfter(text, kw, year);
		if (f) return f;
	}
	return null;
}

/**
 * An opening budget with an addition stated right after it ("年初预算2,214.60万元,年中追加171.80万元") whose sum the text
 * writes nearby ("总收入2,386.40万元"): the sum, at that figure; else null.
 */
function withAddition(text: string, f: Found<number> | null): Found<number> | null {
	if (!f || !/年初/.test(text.slice(Math.max(0, f.start - 12), f.start))) return null;
	const add = /^[^。；;\n]{0,12}?[，,]\s{0,2}(?:年中|年内|年底)?(?:追加|调增)(?:预算|资金)?\s{0,2}(\d[\d,]*(?:\.\d+)?)\s{0,2}万元/.exec(
		text.slice(f.end, f.end + 60)
	);
	if (!add) return null;
	const sum = Number((f.value + Number(add[1].replace(/,/g, ''))).toFixed(6));
	const near = text.slice(Math.max(0, f.start - 300), f.end + 300);
	const base = Math.max(0, f.start - 300);
	for (const m of near.matchAll(/(\d[\d,]*(?:\.\d+)?)\s{0,2}万元/g)) {
		const v = Number(m[1].replace(/,/g, ''));
		if (Math.abs(v - sum) < 0.005 && base + m.index! !== f.start) return { value: v, start: base + m.index!, end: base + m.index! + m[1].length };
	}
	return null;
}

/** Budget (万元): the adjusted full-year budget first (全年预算数, 调整后预算), then any budget wording, then 下达 / 申请. */
export function findBudget(text: string, year: number | null = null): Found<number> | null {
	const f = budgetAsWritten(text, year);
	return withAddition(text, f) ?? f;
}

function budgetAsWritten(text: string, year: number | null = null): Found<number> | null {
	return (
		// a form's full-year cell with its unit in the label ("全年预算数(万元) | 138") outranks the opening budget's cell above it
		unitLabelMoney(text, /全年预算数|调整后预算数/) ??
		firstTier(
			text,
			[
				/全年预算数|(?<!中央|[省市县区]级)资金(?:合计|总计)(?=\s{0,2}(?:为)?\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|(?<=资金)(?:共|合计|共计)到位(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|全年预算(?:资金|总额)?(?=\s{0,2}(?:为|是|[:：])?\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|预算(?:资金)?(?:合计|总计|共计)|(?<=(?:资金|下达|安排|配套)[^。；\n]{0,40}?[，,、])(?:合计|共计)(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|调整后(?:项目|资金)?预算数?|调整预算后(?:的)?项目预算|调整预算后(?:为)?(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|预算调整后|调整后的预算|(?:预算|资金)?调整为|调整预算(?:为|至)(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|调减[为至]|(?<=(?:预算|调整)[^。；;\n]{0,12}?)(?:调|核|压)?减至(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|调增[为至]|(?<=年中|年内|年底)(?:追加|调整)至(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|合计(?:批复)?(?:总投资|预算数?|资金)|总计(?:批复)?(?:总投资|预算数?|资金)/,
				/年度预算数|年初预算数|项目支出预算数|预算总金?额|年初预算安排|年度预算安排|预算安排|预算数|预算金额|预算资金|年度预算|全年预算|批复预算|预算批复|批复资金|资金总额|总预算|项目预算/,
				/共下达|累计下达|下达(?:资金|预算|专项资金|经费)?|安排(?:专项)?资金|(?:共|累计|(?<![另又再追]))安排(?![\u4e00-\u9fff]{0,6}?(?:本级|中央|省级|市级|县级|区级))[\u4e00-\u9fff]{1,16}?(?:资金|经费|补贴|补助)(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|申请预算|申请资金|申请[\u4e00-\u9fff]{2,16}?(?:经费|资金)(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|资金共|资金合计|项目资金(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|(?<=项目)(?:中央|省级|市级|县级|区级|本级)资金(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元[，,]\s{0,2}(?:已)?(?:全部|全额)到位)|(?:统筹)?整合使用[\u4e00-\u9fff]{0,12}?资金(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|使用财政[\u4e00-\u9fff]{0,10}?资金(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|专项预算|(?<!执行|调整)预算(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|财政安排[\u4e00-\u9fff]{0,20}?(?:资金|经费)(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|(?:共|累计|总)投入[\u4e00-\u9fff]{0,24}?(?:资金|经费)(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|(?<!(?:中央|省级|市级|县级|区级|本级|资金安排)[^。；;\n]{0,30}\d\s{0,2}[千万亿]?元[^。；;\n]{0,40})资金安排(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元(?![^。；;\n]*(?:中央|省级|市级|县级|区级|本级)[^。；;\n]{0,8}资金))/,
				// "下达我县某某补助资金180万元": the fund handed down, named at length, when no other level's part follows
				/下达[\u4e00-\u9fff\d]{2,40}?(?:资金|经费)(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元(?![^。；;\n]*(?:中央|省级|市级|县级|区级|本级|[省市县区]财政|配套|自筹)[^。；;\n]{0,8}?(?:资金|\d)))/,
				// a project's total investment holds money from outside the budget evaluated: last
				/项目总投资|计划总投资|计划投资|总投资/
			],
			year
		) ??
		labelledMoney(text, /全年预算数|全年预算|调整后预算数|年度预算数|项目总预算数?|预算数|计划安排资金|计划投入资金|预算资金|预算金额/) ??
		// a form's total under a header in 万元: "公厕管护资金合计(万元) 年度预算资金总额: 64.00"
		(/资金合计[（(]万元[)）][ \t]*年度预算资金总额/.test(text) ? cellAfterLabel(text, /年度预算资金总额/) : null) ??
		headingCellMoney(text, /全年预算数|调整后预算数|年度预算数/) ??
		unitLineMoney(text, /全年预算数|调整后预算数|年度预算数|预算数/) ??
		unitLabelMoney(text, /全年预算数|调整后预算数|年度预算数|预算数|预算资金|预算金额/) ??
		unitLabelMoney(text, /计划投资额|计划投资|计划总投资|计划安排资金/) ??
		unitLabelMoney(text, /实际到位资金|到位资金/) ??
		regionFormMoney(text, /预算数/)
	);
}

/**
 * A cover's money cell with its unit in the label and the figure right after it, borders lost ("计划投资额(万元) 120.00实际到位
 * 资金(万元)120.00实际使用情况(万元)114.00"): the figure, in the label's unit.
 */
function unitLabelMoney(text: string, label: RegExp): Found<number> | null {
	const re = new RegExp(
		// (a form read one cell a line: "计划安排资金" / "(万元)" / "42", blank lines between)
		'(?:' +
			label.source +
			')[ \\t]*(?:\\n[ \\t]*){0,3}[（(](万元|千元|元|亿元)[）)][ \\t:：]*(?:\\n[ \\t]*){0,3}(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d.%,])'
	);
	return figureAtEnd(re.exec(text.slice(0, 40000)), 1, 2);
}

/** A match whose figure closes it (group `fig`) in the unit of group `unit`: the amount in 万元, at the figure. */
function figureAtEnd(m: RegExpExecArray | null, unit: number, fig: number): Found<number> | null {
	if (!m) return null;
	const v = parseArabic(m[fig]);
	if (v === null) return null;
	const start = m.index + m[0].length - m[fig].length;
	return { value: Number(toWan(v, m[unit]).toPrecision(12)), start, end: start + m[fig].length };
}

/**
 * The standard funds row of a 自评表 run together with no separators ("项目资金(万元)年初预算数38全年预算数38全年执行数36.86
 * 执行率97%", "项目资金(万元)预算数 60 执行数 57.6 执行率 96%"): the full-year budget and the spend, in the unit its label states.
 */
export function gluedFundsRow(text: string): { budget: Found<number>; actual: Found<number>; rate?: Found<number> } | null {
	// the header glued on a line of its own, the 总额 row below with its label glued to the first figure and the figures
	// parted by spaces ("项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分" / "年度资金总额60 58 55.1 10 95% 9.5")
	const two =
		/项目资金\s*[（(](万元|元)[)）]\s*年初预算数\s*全年预算数\s*全年执行数\s*分值\s*执行率\s*得分[ \t]*\n[ \t]*(?:年度)?资金总额[ \t]*[\d,]+(?:\.\d+)? +([\d,]+(?:\.\d+)?) +([\d,]+(?:\.\d+)?) +[\d.]+ +(\d{1,3}(?:\.\d+)?%) +[\d.]+[ \t]*(?=\n|$)/d.exec(
			text.slice(0, 40000)
		);
	if (two?.indices) {
		const b = parseArabic(two[2]);
		const a = parseArabic(two[3]);
		if (b !== null && a !== null && b > 0 && a <= b * 1.5) {
			const [[bs, be], [as, ae], [rs, re]] = [two.indices[2], two.indices[3], two.indices[4]];
			return {
				budget: { value: Number(toWan(b, two[1]).toPrecision(12)), start: bs, end: be },
				actual: { value: Number(toWan(a, two[1]).toPrecision(12)), start: as, end: ae },
				rate: { value: parseFloat(two[4]) / 100, start: rs, end: re }
			};
		}
	}
	// a transfer-payment form's row, cells glued ("预算执行情况(万元)(10分)预算数(A)执行数(B)执行率(B/A)…年度财政资金总额
	// 150139.593.00%9.3"): cut where 执行数 ÷ 预算数 gives the rate written, or nothing
	const ab =
		/预算执行情况\s*[（(](万元|元)[)）][^\n]{0,30}?预算数\s*[（(]A[)）]\s*执行数\s*[（(]B[)）]\s*执行率[^\n]{0,40}?(?:年度)?(?:财政)?资金总额\s*(\d[\d.,]*\d(?:\.\d+)?%)/.exec(
			text.slice(0, 40000)
		);
	if (ab) {
		const v = cutBudgetSpendRate(ab[2]);
		if (v) {
			const at = ab.index + ab[0].length - ab[2].length;
			const span = (value: number) => ({ value: Number(toWan(value, ab[1]).toPrecision(12)), start: at, end: at + ab[2].length });
			return { budget: span(v.budget), actual: span(v.actual), rate: { value: v.rate, start: at, end: at + ab[2].length } };
		}
	}
	// a spreadsheet's header run on its own, its figures after it in order, other cells between scattered elsewhere ("…全年预算数
	// 全年执行数 分值 执行率 得分 180 196.3825 191.0576 10 97.29% 9.73"): the budget and the spend right before the weight, the
	// rate and the points, only when the spend ÷ the budget gives the rate written and the points are the weight at that rate
	const run =
		/全年预算数\s*全年执行数\s*分值\s*执行率\s*得分\s+((?:\d[\d,]*(?:\.\d+)?\s+){2,3}\d{1,2}(?:\.\d+)?\s+\d{1,3}(?:\.\d{1,2})?%\s+\d{1,2}(?:\.\d+)?)(?![\d.%])/.exec(
			text.slice(0, 40000)
		);
	if (run) {
		const toks = [...run[1].matchAll(/\S+/g)];
		const [bt, at, wt, rt, pt] = toks.slice(-5);
		const b = parseArabic(bt[0]);
		const a = parseArabic(at[0]);
		const w = Number(wt[0]);
		const r = parseFloat(rt[0]);
		const p = Number(pt[0]);
		const decimals = rt[0].split('.')[1]?.replace('%', '').length ?? 0;
		const unitM = /项目资金\s*[（(](万元|元)[)）]|资金情况\s*[（(](万元|元)[)）]/.exec(text.slice(0, 40000));
		const unit = unitM?.[1] ?? unitM?.[2] ?? '万元';
		if (b !== null && a !== null && b > 0 && Math.abs(Number(((a / b) * 100).toFixed(decimals)) - r) < 1e-9 && p <= w && Math.abs((w * r) / 100 - p) <= 0.06) {
			const base = run.index + run[0].length - run[1].length;
			const span = (t: RegExpMatchArray) => ({ start: base + t.index!, end: base + t.index! + t[0].length });
			return {
				budget: { value: Number(toWan(b, unit).toPrecision(12)), ...span(bt) },
				actual: { value: Number(toWan(a, unit).toPrecision(12)), ...span(at) },
				rate: { value: Number((r / 100).toPrecision(12)), ...span(rt) }
			};
		}
	}
	const m =
		/项目资金\s*[（(](万元|元)[)）]\s*(?:年初预算数\s*[\d,.]+\s*)?(?:全年)?预算数\s*([\d,]+(?:\.\d+)?)\s*(?:全年)?执行数\s*([\d,]+(?:\.\d+)?)(?=\s*(?:执行率|分值|得分|\d{1,3}(?:\.\d+)?%|$))/.exec(
			text.slice(0, 40000)
		);
	if (!m) return null;
	const b = parseArabic(m[2]);
	const a = parseArabic(m[3]);
	if (b === null || a === null || a > b * 1.5) return null;
	const bAt = m.index + m[0].indexOf(m[2], m[0].indexOf('全年预算数'));
	const aAt = m.index + m[0].lastIndexOf(m[3]);
	return {
		budget: { value: Number(toWan(b, m[1]).toPrecision(12)), start: bAt, end: bAt + m[2].length },
		actual: { value: Number(toWan(a, m[1]).toPrecision(12)), start: aAt, end: aAt + m[3].length }
	};
}

/**
 * A budget, a spend and a rate glued together ("150139.593.00%" for 150 | 139.5 | 93.00%): the one cut where spend ÷
 * budget, rounded as the rate is written, gives the rate; null when no cut or more than one does.
 */
export function cutBudgetSpendRate(run: string): { budget: number; actual: number; rate: number } | null {
	if (!/^[\d.]+%$/.test(run)) return null;
	const found: { budget: number; actual: number; rate: number }[] = [];
	const NUM = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
	for (let j = 1; j < run.length - 1; j++) {
		const rate = run.slice(j, -1);
		if (!/^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?$/.test(rate) || Number(rate) > 100) continue;
		const money = run.slice(0, j);
		const places = rate.includes('.') ? rate.split('.')[1].length : 0;
		for (let i = 1; i < money.length; i++) {
			const [a, b] = [money.slice(0, i), money.slice(i)];
			// (a spend of nothing is written 0; a rate rounded down to 0 is no reading)
			if (!NUM.test(a) || !NUM.test(b) || Number(a) <= 0 || (Number(rate) === 0) !== (Number(b) === 0)) continue;
			const pct = (Number(b) / Number(a)) * 100;
			if (Math.abs(Number(pct.toFixed(places)) - Number(rate)) < 1e-9) found.push({ budget: Number(a), actual: Number(b), rate: Number(rate) / 100 });
		}
	}
	// (a reading of nothing spent, "50501 | 0 | 0%", gives way to the one reading that spends)
	const spent = found.filter((f) => f.actual > 0);
	return spent.length === 1 ? spent[0] : found.length === 1 ? found[0] : null;
}

/**
 * The money rows of a 部门整体支出 form ("整体支出规模 | 全年预算数 | 全年执行数 | 执行率" over "资金来源:(1)财政拨款 | 412.5 |
 * 404.25 | 98%"), its cells apart or glued together when the borders were lost ("财政拨款412.5404.2598%"): the one source's
 * budget and spend, split where 执行数 ÷ 预算数 gives the rate written. A second source with figures (the row is then no
 * total) or a split the rate does not settle leaves both blank.
 */
export function wholeSpendingRow(text: string): { budget: Found<number>; actual: Found<number>; rate: Found<number> } | null {
	const m =
		/全年预算数[\s|]*全年执行数[\s|]*执行率[\s|]*资金来源[ \t|:：]*(?:[（(]1[)）])?[ \t]*(?:财政拨款|财政资金)[ \t|:：]*([\d.,%][\d.,% \t|]*?)[ \t|]*(?=[（(]2[)）]|资金结构|其他资金|\n|$)/.exec(
			text.slice(0, 40000)
		);
	if (!m) return null;
	// (a second source with figures of its own: the first row is no total)
	const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
	if (/^[（(]2[)）][\u4e00-\u9fff]{2,8}[ \t|:：]*\d/.test(after)) return null;
	const run = m[1].trim();
	// (the funds table's own solver: cells apart or glued, split where 执行数 ÷ 预算数 gives the rate written)
	const cells = run.split(/[ \t|]+/).filter((c) => c !== '');
	const solved = cells.length === 1 || cells.length === 3 ? solveFundsRow(cells, ['budget', 'actual', 'rate']) : null;
	const v = solved?.values;
	if (!solved?.ok || solved.ambiguous || v?.budget == null || v.actual == null || v.rate == null || !(v.budget > 0)) return null;
	const at = m.index + m[0].indexOf(m[1]);
	const span = (value: number) => ({ value: Number(value.toPrecision(12)), start: at, end: at + run.length });
	return { budget: span(v.budget), actual: span(v.actual), rate: span(v.rate) };
}

/**
 * A line that states its unit once and then "label figure" cells ("资金情况（万元）：全年预算数 64 | 全年执行数 62.08 | 执行率 97%"):
 * the figure after the label, in that unit.
 */
function unitLineMoney(text: string, label: RegExp): Found<number> | null {
	const re = new RegExp(
		'(?:^|\\n)([^\\n]*?[（(](万元|千元|元|亿元)[）)][^\\n]*?(?:^|[\\t|：:\\s]))(?:' +
			label.source +
			')\\s*[:：]?\\s*([\\d,]+(?:\\.\\d+)?)(?=\\s*(?:[\\t|]|$|\\n))'
	);
	return figureAtEnd(re.exec(text.slice(0, 40000)), 2, 3);
}

/**
 * A form's money cell, its unit in the label and the figure alone on a later line ("全年预算数(万元)" / "3012.8"),
 * as a cover page flattened one cell per line gives it.
 */
function labelledMoney(text: string, label: RegExp): Found<number> | null {
	const re = new RegExp('(?:^|\\n|\\t)(?:' + label.source + ')\\s*[（(](万元|千元|元|亿元)[）)][ \\t:：]*(?:\\n[ \\t]*)+([\\d,]+(?:\\.\\d+)?)[ \\t]*(?=\\n|$)');
	const m = re.exec(text.slice(0, 40000));
	if (!m) return null;
	const v = parseArabic(m[2]);
	if (v === null) return null;
	const wan = toWan(v, m[1]);
	return { value: Number(wan.toPrecision(12)), start: m.index, end: m.index + m[0].length };
}

/**
 * A section whose heading states the unit once ("二、部门(单位)收支情况(万元)") over cells one a line ("全年预算数" / "510.00"):
 * the figure on the line after the label, in the heading's unit, within the section.
 */
function headingCellMoney(text: string, label: RegExp): Found<number> | null {
	const head = /(?:^|\n)[^\n。，；]{2,40}[（(](万元|千元|元|亿元)[)）][ \t]*(?=\n)/g;
	const whole = new RegExp(`^(?:${label.source})$`);
	for (const h of text.slice(0, 40000).matchAll(head)) {
		const from = h.index + h[0].length;
		const lines = [...text.slice(from, from + 1200).matchAll(/[^\n]+/g)].filter((l) => l[0].trim() !== '').slice(0, 30);
		for (let k = 0; k + 1 < lines.length; k++) {
			const t = lines[k][0].trim();
			// (the next section's heading closes the cells)
			if (/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])/.test(t)) break;
			if (!whole.test(t)) continue;
			const fig = lines[k + 1][0].trim();
			if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(fig)) break;
			const v = parseArabic(fig);
			if (v === null) return null;
			const start = from + lines[k + 1].index! + lines[k + 1][0].indexOf(fig);
			return { value: Number(toWan(v, h[1]).toPrecision(12)), start, end: start + fig.length };
		}
	}
	return null;
}

/** A prose table line's cells, parted by tabs, runs of two spaces or more, or bars. */
function tableCells(l: string): string[] {
	return l
		.trim()
		.split(/\t|\s{2,}|\s*\|\s*/)
		.filter((c) => c !== '');
}

/**
 * A small money table by source or by part in the prose (单位：万元 above it; "资金来源 预算数 实际支出 执行率" / "财政拨款 36.00
 * 35.10 97.5%" / … / "合计 40.00 38.90 97.25%"): its 合计 row's budget and actual, by the header's columns. Cells are
 * parted by tabs or runs of two spaces or more; the unit must be written (单位 line, or 万元 / 元 in the header).
 */
export function moneyTableTotals(text: string): { budget: Found<number>; actual: Found<number> } | null {
	// (on every extraction's path: a text with no total row and no source header is no such table, before any split)
	if (!/合计|总计/.test(text) || !/资金来源|来源|资金性质|类别|项目/.test(text)) return null;
	const lines = text.split('\n');
	let off = 0;
	const starts = lines.map((l) => {
		const s0 = off;
		off += l.length + 1;
		return s0;
	});
	for (let i = 0; i < lines.length; i++) {
		const head = tableCells(lines[i]);
		if (head.length < 3 || head.length > 8 || !/^(?:资金来源|来源|资金性质|资金类别|类别|项目)$/.test(head[0])) continue;
		const b = head.findIndex((c) => /^(?:全年)?预算(?:数|金额|资金)?(?:[（(](?:万元|元)[)）])?$/.test(c));
		const a = head.findIndex((c) => /^(?:实际支出|实际支出数|执行数|支出数|实际执行|决算数)(?:[（(](?:万元|元)[)）])?$/.test(c));
		if (b < 0 || a < 0) continue;
		const around = lines.slice(Math.max(0, i - 2), i + 1).join('\n');
		const unit = /万元/.test(around) ? '万元' : /单位[：:]\s*元|[（(]元[)）]/.test(around) ? '元' : null;
		if (!unit) continue;
		for (let j = i + 1; j < Math.min(lines.length, i + 10); j++) {
			const row = tableCells(lines[j]);
			if (row.length !== head.length) {
				if (row.length === 0 || !/\d/.test(lines[j])) break;
				continue;
			}
			if (!/^(?:合计|总计)$/.test(row[0])) continue;
			const bv = parseArabic(row[b]);
			const av = parseArabic(row[a]);
			if (bv === null || av === null) return null;
			const at = starts[j];
			const f = (v: number) => ({ value: Number(toWan(v, unit).toPrecision(12)), start: at, end: at + lines[j].length });
			return { budget: f(bv), actual: f(av) };
		}
	}
	return null;
}

const MONEY_COLUMN = '(?:全年)?预算数|实际到位数|到位数|实际支出数|执行数|支出数';
const FLAT_TOTALS = new RegExp(
	`[（(](万元|元)[)）][^\\n]{0,12}?(?:资金来源|来源)\\s+((?:${MONEY_COLUMN})(?:\\s+(?:${MONEY_COLUMN})){1,3})\\s[^\\n]{0,240}?(?:合计|总计)\\s+((?:\\d[\\d,]*(?:\\.\\d+)?\\s+){1,3}\\d[\\d,]*(?:\\.\\d+)?)(?![\\d.%])`
);

/**
 * A money table flattened into one line ("二、项目资金使用情况(万元) 资金来源 预算数 实际到位数 实际支出数 省级财政资金 60 60 57.6 …
 * 合计 60 60 57.6"): the budget and the spend of its total row, by its header's columns, in the unit its heading names.
 */
export function flatMoneyTotals(text: string): { budget: Found<number>; actual: Found<number> } | null {
	const m = FLAT_TOTALS.exec(text.slice(0, 40000));
	if (!m) return null;
	const heads = m[2].split(/\s+/);
	const nums = [...m[3].matchAll(/\S+/g)];
	if (heads.length !== nums.length) return null;
	const b = heads.findIndex((h) => /预算数$/.test(h));
	const a = heads.findIndex((h) => /^(?:实际支出数|执行数|支出数)$/.test(h));
	if (b < 0 || a < 0) return null;
	const bv = parseArabic(nums[b][0]);
	const av = parseArabic(nums[a][0]);
	if (bv === null || av === null || bv <= 0 || av > bv * 1.5) return null;
	const base = m.index + m[0].length - m[3].length;
	const f = (v: number, t: RegExpMatchArray) => ({ value: Number(toWan(v, m[1]).toPrecision(12)), start: base + t.index!, end: base + t.index! + t[0].length });
	return { budget: f(bv, nums[b]), actual: f(av, nums[a]) };
}

/**
 * A one-row money table with no unit written ("项目名称 | 资金计划 | 资金到位 | 实际支出 | 执行率" / "某项目 | 18 | 18 | 17.46 |
 * 97%"): its actual spend, read only when its budget cell equals the budget the text states elsewhere in 万元 (which
 * fixes the table's unit).
 */
export function oneRowMoneyTable(text: string, budget: Found<number> | null): Found<number> | null {
	if (!budget || !/项目名称|项目/.test(text)) return null;
	const re = /(?:^|\n)[ \t|]*项目(?:名称)?[ \t|]+[^\n]*(?:实际支出|执行数|支出数)[^\n]*\n([^\n]+)/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const head = tableCells(m[0].slice(0, m[0].length - m[1].length));
		const row = tableCells(m[1]);
		if (head.length < 3 || row.length !== head.length) continue;
		const b = head.findIndex((c) => /^(?:资金计划|(?:年初|全年|批复)?预算(?:数|资金|金额)?|计划(?:资金|投资))$/.test(c));
		const a = head.findIndex((c) => /^(?:实际支出|实际支出数|执行数|全年执行数|支出数)$/.test(c));
		if (b < 0 || a < 0) continue;
		const bv = parseArabic(row[b]);
		const av = parseArabic(row[a]);
		if (bv === null || av === null || Math.abs(bv - budget.value) > 0.005 || av > bv * 1.5) continue;
		const start = m.index + m[0].length - m[1].length + m[1].indexOf(row[a]);
		return { value: av, start, end: start + row[a].length };
	}
	return null;
}

/** Actual spend (万元); "资金全额拨付/到位/支出" states that all of the budget was spent or paid. */
export function findActual(text: string, budget: Found<number> | null = null, year: number | null = null): Found<number> | null {
	const f =
		firstTier(
			text,
			[
				/实际支出数|实际支出金额|实际支出|实际执行(?:资金|金额)?(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|(?:全年|年度)?执行金额(?=\s{0,2}(?:为)?\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|(?<=资金)执行总(?:量|额)(?=\s{0,2}(?:为)?\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|年度预算执行数|预算执行数|全年执行数|执行数|决算数|支出数|实际使用|累计支出|已支出|实际拨付|完成拨付|已拨付|拨付资金|累计拨付|(?:全年|年度|当年)?共拨付|累计兑付|已兑付|实际兑付|兑付(?:补贴|奖补)?资金|(?:全年|年度)?支出决算数?(?=\s{0,2}(?:为)?\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|共兑现(?:奖补|补贴)?资金|已兑现(?:奖补|补贴)?资金|(?<!转移)支付(?:项目|专项)?资金|实际发放|累计支付|已支付|(?<!预算|计划|安排|项目|专项|经费|人员|公用|基本|资本性)支出[:：]?(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|支付(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|(?<=(?:截至|截止|截止到)[^。；;\n]{0,24}?)项目支出(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)|(?<=预算(?:数|资金)?为?\s{0,2}[\d,.]+\s{0,2}[千万亿]?元\s{0,2}[，,、]\s{0,2})(?:全年|当年|年度)?(?:实际)?执行(?=\s{0,2}[\d,.]+\s{0,2}[千万亿]?元)/
			],
			year
		) ??
		labelledMoney(text, /决算数|全年执行数|执行数|实际支出数|实际支出|支出数|全年支出数|全年支出/) ??
		headingCellMoney(text, /全年执行数|全年支出数|全年支出|实际支出数|决算数/) ??
		unitLineMoney(text, /全年执行数|执行数|实际支出数|实际支出|决算数/) ??
		unitLabelMoney(text, /全年执行数|执行数|实际支出数|实际支出|决算数|实际使用情况|实际使用资金|实际使用金额/) ??
		regionFormMoney(text, /执行数/);
	if (f || !budget) return f;
	// a sentence near the budget, or further on, that says it all went out ("资金全额拨付到位", "我镇于2022年12月20日前全部
	// 支出"), naming no other figure and no part left over ("中央资金全部支出，县级资金尚未支出" is no such sentence)
	const near = Math.max(0, budget.start - 10);
	const ALL = /[^。；;\n]*?(?:资金|预算|经费|款项)?(?:已)?(?:全额|全部)(?:拨付|到位|支付|支出|使用)(?:到位|完毕)?[^。；;\n]*/g;
	for (const [from, to, nearBudget] of [
		[near, budget.end + 120, true],
		[budget.end, budget.end + 600, false]
	] as const) {
		ALL.lastIndex = 0;
		const window = text.slice(from, to);
		let m: RegExpExecArray | null;
		while ((m = ALL.exec(window))) {
			if (m[0].length === 0) {
				ALL.lastIndex++;
				continue;
			}
			if (/部分|尚未|未支|未拨|剩余|结余|结转|其中/.test(m[0])) continue;
			// (further on, a sentence naming money or a rate of its own is about that money)
			if (!nearBudget && /\d+(?:\.\d+)?\s{0,2}(?:[千万亿]?元|%)/.test(m[0])) continue;
			const at = from + m.index + m[0].search(/全额|全部/);
			return { value: budget.value, start: at, end: at + 4 };
		}
	}
	return null;
}

/** Execution rate as written (fraction); approx when written "约100%". */
export function findRateStated(text: string): (Found<number> & { approx: boolean }) | null {
	const re = RATE_STATED;
	re.lastIndex = 0;
	let m: RegExpExecArray | null;
	let first: (Found<number> & { approx: boolean }) | null = null;
	while ((m = re.exec(text)) !== null) {
		if (BARE_RATE.has(m[1]) && !budgetRateContext(text, m.index, m[1])) continue;
		const approx = !!m[2] || /约/.test(m[0]);
		// (a rate in words: "资金执行率为百分之九十六")
		const pct = m[3] !== undefined ? Number(m[3]) : percentWords(m[4]);
		if (pct === null) continue;
		const found = { value: Number((pct / 100).toPrecision(12)), start: m.index, end: m.index + m[0].length, approx };
		// the parts' rates first, then the whole's ("传承人补助…使用率100%;项目补助…使用率90.43%。…总体资金使用率90.94%"): the whole's
		if (/(?:总体|整体|综合)(?:资金|预算)?$/.test(text.slice(Math.max(0, m.index - 6), m.index))) return found;
		first ??= found;
		if (m.index - first.start > 600) break;
	}
	return first;
}

const RATE_STATED = new RegExp(
	'(预算执行率|资金执行率|资金使用率|资金支付率|资金拨付率|资金发放率|预算支付率|执行率|预算完成率|完成率|支出执行力|预算支出率|支出进度|支付进度|拨付进度|完成预算的|使用率|支付率|拨付率|支出率)(?:[（(][A-Za-z/×*%\\d]{1,12}[)）])?[为是达到约：:=＝|\\s]{0,6}(?:[\\d.,]+\\s{0,2}[÷/]\\s{0,2}[\\d.,]+(?:\\s{0,2}[×*]\\s{0,2}100\\s{0,2}%)?\\s{0,2}[=＝]\\s{0,2})?(约)?\\s{0,2}(?:(\\d+(?:\\.\\d+)?)\\s{0,2}%|(' +
		PERCENT_WORDS +
		'))',
	'g'
);

/** Rate words that name the budget's rate only in a money context (else an indicator's: 设备使用率). */
const BARE_RATE = new Set(['完成率', '执行率', '使用率', '支付率', '拨付率', '支出率', '支付进度', '拨付进度']);

/**
 * A bare 完成率 / 执行率 (使用率 / 支付率 / 支出率) is the budget's only right after 预算/资金/经费/项目 words or at the start of a
 * clause of a money sentence ("执行数为97万元，完成率98%"); an indicator's rate ("活动按时完成率",
 * "“三会一课”完成率", "时效指标：完成率100%") is not.
 */
function budgetRateContext(text: string, at: number, word: string): boolean {
	let b = at;
	while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
	const before = text.slice(Math.max(0, b - 6), b);
	if (/(预算|资金|经费|总体|整体)$/.test(before) || (word === '执行率' && /项目$/.test(before))) return true;
	// (a cell of its own in a form's line: "全年执行数 62.08 | 执行率 97%")
	// (…or a form's funds row run together, the spend's figure right before: "全年执行数36.86执行率97%", or the rate's weight
	// cell between them: "全年执行数14.1分值10执行率94%")
	// (…or the spend's cell on the line above, its unit in its label: "全年执行数(万元) | 126.96" / "执行率 | 92%")
	if (/(?:执行数|预算数)(?:[（(][千万亿]?元[)）])?\s*[\d,.]+\s*(?:分值\s*\d{1,2}(?:\.\d+)?\s*)?$/.test(text.slice(Math.max(0, b - 28), b))) return true;
	// (…or a cover read one cell a line, the spend's labelled cell a few lines above: "实际支出 (万元) |" / "52.08 |" / … / "执行率 |")
	if (
		/\n$/.test(before) &&
		/(?:实际支出|全年执行数|执行数)\s*[（(][千万亿]?元[)）][^。；;]{0,120}$/.test(text.slice(Math.max(0, b - 160), b)) &&
		!/指标/.test(text.slice(Math.max(0, b - 160), b))
	)
		return true;
	if (!/(^|[，,；;。\n|])$/.test(before) && !text.slice(b, at).includes('\t')) return false;
	let s = b;
	while (s > 0 && !/[。；;\n]/.test(text[s - 1])) s--;
	const sentence = text.slice(s, at);
	return /预算|执行数|支出|万元|元/.test(sentence) && !/指标|目标值|指标值/.test(sentence);
}

/** Overall score out of 100 (not a sub-score such as 预算执行得分10分). */
export function findScore(text: string): Found<number> | null {
	// a score named as the conclusion's ("两个年度算术平均成绩88分为结论成绩", "…91分作为最终得分"): that one, whatever scores
	// the years or parts had before it
	const concluded =
		/(\d{1,3}(?:\.\d+)?)\s{0,2}分\s{0,2}(?:为|作为|确定为)(?:本项目的?)?(?:结论成绩|最终成绩|最终得分|评价结论得分|综合得分)/.exec(text) ??
		// (…or the conclusion's heading with the scale and what was got: "自评基本结论(满分100分,实得95.5分)")
		/(?:结论|总分|得分)[（(]\s*满分\s*100\s*分\s*[，,]\s*实得(?:分)?\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[)）]/.exec(text);
	if (concluded && Number(concluded[1]) <= 100) return { value: Number(concluded[1]), start: concluded.index, end: concluded.index + concluded[0].length };
	const strong =
		/(自评得分|整体评分|综合评分|综合得分|总得分|评价得分|绩效评价得分|(?<!指标)绩效评分|最终得分|自评结果|评分结果|评价结果|评价分值|自评分值|自评分数|自评分|评价分|评价总分|总分|(?<=以上)各项(?:得分)?合计)[为是：:达\s]{0,4}([-−]?\d{1,3}(?:\.\d+)?)\s{0,2}分/g;
	// "自评得分98，" without 分: only after a score label on the same line, the number closing the clause
	// or before the scale it is out of ("综合评分:95.5(满分100分)"), or in the cell after the label's ("综合评分 | 83 |")
	const bare =
		/(自评得分|综合评分|综合得分|总得分|评价得分|绩效评价得分|最终得分)(?:[为是：: ]{0,3}|[ \t]*[|\t][ \t]*)([-−]?\d{1,3}(?:\.\d+)?)(?=[，。；,;、）)\n]|$|[(（]满分|(?:自评|评价)?等级|[ \t]*[|\t])/g;
	let m: RegExpExecArray | null;
	for (const re of [strong, bare]) {
		re.lastIndex = 0;
		const found: { label: string; f: Found<number> }[] = [];
		while ((m = re.exec(text))) {
			const v = Number(m[2].replace('−', '-'));
			const before = text.slice(Math.max(0, m.index - 4), m.index);
			if (/(指标|执行|合计)$/.test(before)) continue;
			// a numbered indicator's own points ("4.建设初加工点，目标值=4个，实际完成值=3个，自评得分16分")
			const lineStart = text.lastIndexOf('\n', m.index) + 1;
			const lead = text.slice(lineStart, m.index);
			if (/^\s*(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])/.test(lead) && /目标值|指标值|实际完成|完成值/.test(lead)) continue;
			// a part's points after its weight in a heading ("(一)投入(20分,自评得分19分)") are no total
			if (/[（(]\s*\d{1,3}(?:\.\d+)?\s*分\s*[,，、;；]\s*$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
			// the scale of the scoring scheme ("评价指标体系由…四部分构成,总分100分") is no score
			if (m[1] === '总分' && v === 100 && /(?:构成|组成|体系|设置|设计|满分)[^。；;\n]{0,30}$/.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
			// a figure outside 0–100 is returned as it is: the caller keeps it out of the row with a check
			found.push({ label: m[1], f: { value: v, start: m.index, end: m.index + m[0].length } });
		}
		if (!found.length) continue;
		// a text that scores part by part ("…自评得分5分。" under each item) closes with its total, named as one
		// ("自评总分92分"): that, not the first part's points
		const total = found.length >= 3 ? found.find((x) => /总/.test(x.label) && x.f.value <= 100) : undefined;
		return (total ?? found[0]).f;
	}
	// the parts' points listed, then their total ("项目决策20分、过程管理18分、项目产出33分、项目效益12分,合计83分"): the total,
	// when the parts add up to it
	// (…or named once before them: "按决策、过程、产出、效益四部分评分,分别为17分、16分、29分、19.5分,合计81.5分")
	const parts =
		/((?:[\u4e00-\u9fff]{2,8}\s{0,2}\d{1,3}(?:\.\d+)?\s{0,2}分\s{0,2}[、，,；;]\s{0,2}){2,7}[\u4e00-\u9fff]{2,8}\s{0,2}\d{1,3}(?:\.\d+)?\s{0,2}分|(?<=分别(?:为|是|得)\s{0,2})(?:\d{1,3}(?:\.\d+)?\s{0,2}分\s{0,2}[、，,]\s{0,2}){2,7}\d{1,3}(?:\.\d+)?\s{0,2}分)\s{0,2}[，,；;]?\s{0,2}(?:合计|总计|共计|总分|共)(?:得分)?\s{0,2}(?:为|是)?\s{0,2}(\d{1,3}(?:\.\d+)?)\s{0,2}分/g;
	while ((m = parts.exec(text))) {
		const total = Number(m[2]);
		const sum = [...m[1].matchAll(/(\d{1,3}(?:\.\d+)?)\s{0,2}分/g)].reduce((a, x) => a + Number(x[1]), 0);
		if (total <= 100 && Math.abs(sum - total) < 0.05) {
			const at = m.index + m[0].length - m[0].slice(m[1].length).trimStart().length;
			return { value: total, start: at, end: m.index + m[0].length };
		}
	}
	// the grade, then its score: "自评绩效等级为“良”,分数为83分"
	const graded =
		/(?:等级|等次)(?:为|是)?\s?[“"「]?(?:优秀|良好|优|良|中等|中|合格|差)[”"」]?\s?[，,]\s?(?:分数|评分)(?:为|是)?\s?(\d{1,3}(?:\.\d+)?)\s?分/.exec(text);
	if (graded && Number(graded[1]) <= 100) {
		const at = graded.index + graded[0].lastIndexOf(graded[1]);
		return { value: Number(graded[1]), start: at, end: at + graded[1].length };
	}
	const weak = /得分[为是：:\s]{0,3}(\d{1,3}(?:\.\d+)?)\s{0,2}分/g;
	while ((m = weak.exec(text))) {
		const v = Number(m[1]);
		const before = text.slice(Math.max(0, m.index - 6), m.index);
		if (v > 100 || /(执行|指标|产出|效益|满意度|决策|过程|该项|均|预算|单项|项目管理|分别)$/.test(before)) continue;
		// a sub-score is usually small; the overall score sits near 总/综合/项目
		if (v < 30) continue;
		return { value: v, start: m.index, end: m.index + m[0].length };
	}
	// a form's total as a "label:value" line of its own ("【自评结果】" / "总分:97.5" / "自评等级:优")
	const totalLine = /(?:^|\n)[ \t]*(?:总分|自评总分|评价总分)[ \t]*[:：][ \t]*(\d{1,3}(?:\.\d+)?)[ \t]*分?[ \t]*(?=\n|$)/.exec(text);
	if (totalLine && Number(totalLine[1]) <= 100) {
		const start = totalLine.index + totalLine[0].search(/\S/);
		return { value: Number(totalLine[1]), start, end: totalLine.index + totalLine[0].length };
	}
	// …or a cell of a form flattened into one line, the next cell's label after it: "…自评总分: 86 项目实施单位…"
	const totalCell = /(?:自评总分|评价总分)[ \t]*[:：][ \t]*(\d{1,3}(?:\.\d+)?)(?![\d.%])(?=\s+[\u4e00-\u9fff])/.exec(text);
	if (totalCell && Number(totalCell[1]) <= 100) return { value: Number(totalCell[1]), start: totalCell.index, end: totalCell.index + totalCell[0].length };
	// a form's total row in a line of single spaces, after its 分值 / 得分 header: "… 总分 100 98.6 偏差原因分析…"
	const spaced = /(?:^|\s)总分 100(?:\.0+)? (\d{1,3}(?:\.\d+)?)(?=\s+[\u4e00-\u9fff]|\s*$)/.exec(text);
	if (spaced && Number(spaced[1]) <= 100 && /分值/.test(text.slice(0, spaced.index)) && /得分/.test(text.slice(0, spaced.index))) {
		const start = spaced.index + spaced[0].search(/\S/);
		return { value: Number(spaced[1]), start, end: spaced.index + spaced[0].length };
	}
	// a bare 得分 opening its line, before the scale it is out of: "得分：94.5（满分100分）"
	const outOf = /(?:^|\n)[ \t]*得分[ \t]*[:：]?[ \t]*(\d{1,3}(?:\.\d+)?)[ \t]*(?=[(（]满分)/.exec(text);
	if (outOf && Number(outOf[1]) <= 100) {
		const start = outOf.index + outOf[0].search(/\S/);
		return { value: Number(outOf[1]), start, end: outOf.index + outOf[0].length };
	}
	// a form's cells one per line: "自评得分" on its own line, the figure alone on the next
	// a form's cell "自评总分(分) 97.7": the unit in the label, the figure after it
	const unitCell = /(?:自评总分|自评得分|总得分)[（(]分[)）][ \t:：]*(\d{1,3}(?:\.\d+)?)(?![\d.%])/.exec(text);
	if (unitCell && Number(unitCell[1]) <= 100) return { value: Number(unitCell[1]), start: unitCell.index, end: unitCell.index + unitCell[0].length };
	const cell = /(?:^|\n)[ \t]*(?:自评得分|评价得分|综合得分|总得分|最终得分)[ \t]*[:：]?[ \t]*(?:\n[ \t]*)+(\d{1,3}(?:\.\d+)?)[ \t]*分?[ \t]*(?=\n|$)/.exec(
		text
	);
	if (cell) return { value: Number(cell[1]), start: cell.index, end: cell.index + cell[0].length };
	// a form's total row one cell per line: "总分", the weights' 100, then the points
	const total = /(?:^|\n)[ \t]*总分[ \t]*\n[ \t]*100(?:\.0+)?[ \t]*\n[ \t]*(\d{1,3}(?:\.\d+)?)[ \t]*(?=\n|$)/.exec(text);
	if (total && Number(total[1]) <= 100) return { value: Number(total[1]), start: total.index, end: total.index + total[0].length };
	// …or "合计", blank lines between the cells, under a score table's header one cell per line ("分值" / "自评得分")
	const sum = /(?:^|\n)[ \t]*(?:合计|总计)[ \t]*(?:\n[ \t]*)+100(?:\.0+)?[ \t]*(?:\n[ \t]*)+(\d{1,3}(?:\.\d+)?)[ \t]*(?=\n|$)/.exec(text);
	if (sum && Number(sum[1]) <= 100) {
		const above = text
			.slice(Math.max(0, sum.index - 1500), sum.index)
			.split('\n')
			.map((l) => l.replace(/\s+/g, ''));
		if (above.some((l) => /^(?:分值|满分|权重)$/.test(l)) && above.some((l) => /^(?:自评得分|得分|评价得分)$/.test(l)))
			return { value: Number(sum[1]), start: sum.index + sum[0].search(/\S/), end: sum.index + sum[0].length };
	}
	// a form's total row glued when the borders were lost, at the end of its line: "自评得分10098.2" (the weights' 100, then the points)
	const glued = /(?:自评得分|总分|合计|综合得分)[ \t]*100(?:\.0+)?(\d{1,3}(?:\.\d+)?)[ \t]*(?=\n|$)/.exec(text);
	if (glued && Number(glued[1]) <= 100 && !/^0\d/.test(glued[1])) return { value: Number(glued[1]), start: glued.index, end: glued.index + glued[0].length };
	// a score table closing the report ("评价内容 | 分值 | 得分" … "合计 | 100 | 93"): its total row, the weights' 100 then the points
	// (cells parted by tabs, or by runs of spaces in a text layout)
	const row = /(?:^|\n)[ \t]*(?:合计|总计|总分|得分合计)(?:[ \t]*\t[ \t]*| {2,})100(?:\.0+)?(?:[ \t]*\t[ \t]*| {2,})(\d{1,3}(?:\.\d+)?)[ \t]*(?=\n|$)/.exec(
		text
	);
	if (row && Number(row[1]) <= 100) {
		const above = text.slice(Math.max(0, row.index - 600), row.index).split('\n');
		if (above.some((l) => /\t| {2,}/.test(l.trim()) && /分值|满分|权重/.test(l) && /得分/.test(l)))
			return { value: Number(row[1]), start: row.index + row[0].search(/\S/), end: row.index + row[0].length };
	}
	// a 区域 form one cell a line whose score cell was drawn after the next label's pair: "自评得分" / "实施单位" / "某办事处" / "92"
	const apart =
		/(?:^|\n)[ \t]*自评得分[ \t]*\n(?:[ \t]*\n)*[ \t]*(?:实施单位|主管部门|项目单位)[ \t]*\n(?:[ \t]*\n)*[ \t]*[\u4e00-\u9fff（）()]{4,40}[ \t]*\n(?:[ \t]*\n)*[ \t]*(\d{1,3}(?:\.\d{1,2})?)[ \t]*(?=\n|$)/.exec(
			text
		);
	if (apart && Number(apart[1]) <= 100) {
		const at = apart.index + apart[0].lastIndexOf(apart[1]);
		return { value: Number(apart[1]), start: at, end: at + apart[1].length };
	}
	return null;
}

/**
 * A 区域 form's money one cell a line, its label with a colon and its figure below ("预算数:" / "" / "86"), the unit given by
 * the breakdown under it that writes the same figure with it ("其中:区级补助" / "86  万元").
 */
function regionFormMoney(text: string, label: RegExp): Found<number> | null {
	const re = new RegExp(`(?:^|\\n)[ \\t]*(?:${label.source})[ \\t]*[:：][ \\t]*\\n(?:[ \\t]*\\n)*[ \\t]*(\\d[\\d,]*(?:\\.\\d+)?)[ \\t]*(?=\\n)`);
	const m = re.exec(text.slice(0, 40000));
	if (!m) return null;
	const fig = m[1];
	const after = text.slice(m.index + m[0].length, m.index + m[0].length + 400);
	const unit = new RegExp(`(?:^|\\n|[:：\\u4e00-\\u9fff])[ \\t]*${esc(fig)}[ \\t]*(万元|元|亿元)[ \\t]*(?=\\n|$)`).exec(after);
	const v = parseArabic(fig);
	if (!unit || v === null) return null;
	const at = m.index + m[0].lastIndexOf(fig);
	return { value: Number(toWan(v, unit[1]).toPrecision(12)), start: at, end: at + fig.length };
}

const GRADE_WORD: Record<string, Grade> = { 优: '优', 优秀: '优', 良: '良', 良好: '良', 中: '中', 中等: '中', 合格: '中', 差: '差', 较差: '差', 不合格: '差' };

/** The cell after a grade's in a form whose borders were lost ("评价等级优存在问题…", "评价结论优秀改进措施…"). */
const NEXT_CELL = '存在(?:的)?问题|主要问题|改进措施|整改措施|改进建议|项目负责人|填报人|填表人';

/** A grade the report states ("综合评定等级为“良”", "绩效等级为“优”", "均为优等"). */
export function findGrade(text: string): Found<Grade> | null {
	const re = new RegExp(
		String.raw`(?:评定等级|绩效等级|绩效评级|综合评级|评价级别|评级|评价等级|综合等级|自评等级|等级|等次|评价结论|评价结果|自评结论|自评结果)(?:均)?\s?(?:(?:为|是)[：:]?|：|:|评定为|达到|\t|\s)\s{0,2}[“”"「]?(优秀|良好|中等|不合格|较差|合格|优|良|中|差)(?:等|级|水平|等次)?[”"」]?(?!(?!说明|备注|注[:：\d])[\u4e00-\u9fff])|(?:评定等级|评价等级|自评等级|绩效等级)[“"「](优秀|良好|优|良|中|差)[”"」]|(?:均为|评为|评定为)(?:[“"「](优秀|良好|优|良|中|差)[”"」]|(优秀|良好|优|良|中|差)(?:等|级))|(?:整体|总体|绩效|评价)?(?:达到|处于)[“"「]?(优秀|良好|中等)[”"」]?(?:水平|等级|等次)|(?:评定为|评为)(优秀|良好|优|良|中|差)(?=[。，,；;\s]|$)|(?<=(?:得分|评分|分值|结果)[为是:：]?\s{0,2}\d{1,3}(?:\.\d+)?\s{0,2}分)[(（](优秀|良好|优|良|中|差)[)）]|(?:自评等级|评价等级|绩效等级|评定等级|综合等级|评价等次|自评等次|绩效等次)(优秀|良好|中等|优|良|中|差)(?=[。，,；;\s）)]|$|${NEXT_CELL})|(?:评价结论|自评结论)(优秀|良好|优|良|中|差)(?=[。；;]|$|${NEXT_CELL})|(?:等级|等次|结果)(?:为|是|：|:)\s{0,2}[A-D]\s{0,2}[（(](优秀|良好|优|良|中|差)[)）]|(?:自评等级|评价等级|等级)(?<=(?:得分|评分)\s{0,2}\d{1,3}(?:\.\d+)?\s{0,2}分?(?:自评等级|评价等级|等级))(优|良|中|差)(?!秀|好|等|于|良|中|差|率)`,
		'g'
	);
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		// (a letter grade with its word: "绩效评价结果为B（良）")
		// (…or a form's cells run together: "自评得分93.5自评等级优存在问题")
		const w = m.slice(1).find((x) => x !== undefined) ?? '';
		const g = GRADE_WORD[w];
		if (g) return { value: g, start: m.index, end: m.index + m[0].length };
	}
	// a 自评表's total row with the grade in its last cell: "总分 | 100 | 96.8 | 优"
	const row = /(?:^|[\t|\n])\s*(?:总分|合计|综合得分|自评得分)\s*(?:[\t|]\s*\d{1,3}(?:\.\d+)?\s*){1,2}[\t|]\s*(优秀|良好|优|良|中|差)\s*(?=[\t|\n]|$)/.exec(
		text
	);
	if (row) return { value: GRADE_WORD[row[1]], start: row.index, end: row.index + row[0].length };
	return null;
}

/** Grade from a score (财预〔2020〕10号): 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差. */
export function gradeOfScore(score: number): Grade {
	return score >= 90 ? '优' : score >= 80 ? '良' : score >= 60 ? '中' : '差';
}

function countValue(s: string): number | null {
	const q = parseQuantity(s);
	if (q) return q.value;
	return /\d/.test(s) ? parseArabic(s) : parseChineseNumeral(s);
}

/** Party organisations covered: "下辖党组织 89 个", "67 个直属党组织". */
export function findPartyOrgs(text: string): Found<number> | null {
	const pats = [/(?:下辖|下设|所属|共有|现有|管理|指导)(?:基层)?党组织(?:共)?\s{0,2}(\d+)\s{0,2}个/, /(?<!\d)(\d+)\s{0,2}个(?:直属|基层)党组织/];
	for (const re of pats) {
		const m = re.exec(text);
		if (m) return { value: Number(m[1]), start: m.index, end: m.index + m[0].length };
	}
	return null;
}

/** Party members covered: "全街党员 910 人", "1 万多名党员". */
export function findPartyMembers(text: string): Found<number> | null {
	const pats = [
		/(?:全街|全镇|全区|辖区|共有|现有)(?:共有)?党员(?:共)?\s{0,2}((?:\d[\d,]*(?:\.\d+)?\s{0,2}万?)|[一二三四五六七八九十百千万]+)\s{0,2}(?:余|多)?\s{0,2}(?:人|名)(?!次)/,
		/(?:及|和|、)\s{0,2}((?:\d[\d,]*(?:\.\d+)?)\s{0,2}万?\s{0,2}(?:多|余)?)\s{0,2}名党员/,
		/(?:党组织|党支部)[^。；]{0,30}?[、，,和及]\s{0,2}(?:共有)?党员(?:总数|人数)?(?:共有|共|为|达)?\s{0,2}(\d[\d,]*(?:\.\d+)?\s{0,2}万?)\s{0,2}(?:余|多)?\s{0,2}(?:名|人)(?!次)/
	];
	for (const re of pats) {
		const m = re.exec(text);
		if (!m) continue;
		const raw = m[1].replace(/\s+/g, '').replace(/[多余]$/, '');
		let v: number | null;
		if (/万$/.test(raw)) v = (parseArabic(raw.slice(0, -1)) ?? parseChineseNumeral(raw.slice(0, -1)) ?? NaN) * 1e4;
		else v = countValue(raw);
		if (v !== null && Number.isFinite(v)) return { value: Math.round(v), start: m.index, end: m.index + m[0].length };
	}
	return null;
}

/** A sentence that counts the unit's several projects ("实施项目共4个…全年项目预算合计210万元"). */
const PORTFOLIO =
	/(?:项目|专项)(?:共|合计|总计)\s*\d{1,4}\s*个|共(?:计)?\s*\d{1,4}\s*个(?:项目|专项)|(?<!\d)\d{1,4}\s*个项目(?:共|合计)?[^。；;\n]{0,6}\d|各项目|所有项目|全部项目/;

/**
 * Blanks the sentences that state the money of all the unit's projects together, when the text states the evaluated
 * project's own money elsewhere ("本项目年初预算72万元"): the totals are the unit's, not the project's.
 */
export function maskPortfolio(text: string): string {
	if (!/(?:本|该|此)项目[^。；;\n]{0,24}(?:预算|资金|支出)[^。；;\n]{0,12}\d/.test(text)) return text;
	return text.replace(/[^。；;\n]+/g, (s) => (PORTFOLIO.test(s) && /\d\s{0,2}[千万亿]?元/.test(s) && !/(?:本|该|此)项目/.test(s) ? ' '.repeat(s.length) : s));
}

/**
 * The text with its sentences about another year blanked (same length, offsets kept): a comparison with the year
 * before ("2024年本项目预算52万元，实际支出47.32万元，执行率91%，上年自评得分84分"), or a sentence opened by 上年 / 去年. The
 * report-level figures are read from what is left; a sentence dated to another year is blanked only where the text
 * also states money of the report's own year (money handed down the year before stays the report's).
 */
export function maskOtherYears(text: string, year: number | null): string {
	if (year === null || !/(?:19|20)\d{2}\s*年|上年|去年|上一年/.test(text)) return text;
	// whether the text states money of the report's own year: one scan of the text, not one per dated sentence
	let ownMoney: boolean | undefined;
	const ownYear = new RegExp(`${year}\\s*年(?!\\s*\\d{1,2}\\s*月)`);
	return text.replace(/[^。；;\n]+/g, (s) => {
		const t = s.replace(/^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?/, '');
		const y = /^((?:19|20)\d{2})\s*年度?(?!\s*\d{1,2}\s*月)/.exec(t);
		const prior = /^(?:上年度?|上一年度?|去年)/.test(t);
		// (a score, grade or execution rate of another year is never the report's; money may have been handed down the year before)
		const dated = !!y && Number(y[1]) !== year && (/得分|评分|等级|执行率/.test(t) || (ownMoney ??= otherYear(text, year, year + 1)));
		if (!prior && !dated) return s;
		if (!/预算|支出|执行|得分|评分|等级|万元/.test(t)) return s;
		// (up to the report's own year where the sentence goes on to it: "2021年度预算安排80万元,2022年度预算安排95万元")
		const own = y ? ownYear.exec(s) : null;
		const cut = own ? own.index : s.length;
		return ' '.repeat(cut) + s.slice(cut);
	});
}
