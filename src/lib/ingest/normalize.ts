/**
 * The normalised text: what sources.text stores and every evidence offset points into.
 * Full-width digits/letters → ASCII, odd spaces → space, CRLF → LF, Markdown markers dropped,
 * traditional characters → simplified, PDF hard line breaks inside sentences joined.
 */
import { Converter } from 'opencc-js/t2cn';
import { columnsToRows, fieldBlocksToRows, cellLinesToRows } from './columns';
import { spaceGridToTabs } from './spacegrid';
import { layoutGridToTabs } from './layoutgrid';
import { kvGridToTabs } from './kvgrid';
import { indentedBarRows, pdfFormTables } from './pdfform';
import { scrambledForms } from './scrambled';
import { rubricForms } from './rubricform';
import { htmlToText } from '../formats/html';
import { DASH_BREADCRUMB } from './genre';
import { parseChineseNumeral, unitAlternation } from './numbers';

/** Result of normalising one document. */
export interface Normalized {
	text: string;
	/** Traditional characters were found and converted to simplified. */
	converted: boolean;
	warnings: string[];
}

/**
 * Characters that exist only in traditional writing and are common in evaluation reports.
 * (Each maps to a different character under OpenCC tw→cn.) Seeing several means the text is traditional;
 * only then is OpenCC run.
 */
const TRAD_ONLY = new Set(
	'國會與為們這個說對時經費預執評價報黨組織區員書記設點實際數項務單產質問題議構關於發開動業學習標準級優應當過還從處總結額進導領營專資計劃條據證護讓樣體環節號協調強認識規範達續現貫徹廣東雲門財辦醫職練層億萬場檔隊權園網戶覽傳歡謝態邊選響顯歲歷勞將滿軍濟壓聯屬績兩團幹錢購買補貼縣鎮鄉華紀廳獲韋後裡觀圖畫'.split(
		''
	)
);

let converter: ((s: string) => string) | null = null;
/** Lazily created: building the OpenCC tries costs more than extracting a report. */
function toSimplified(s: string): string {
	converter ??= Converter({ from: 'tw', to: 'cn' });
	return converter(s);
}

/**
 * One script for comparing names: full width folded, pinyin glosses dropped, traditional characters simplified (the
 * same title written "績效自評報告" or "绩效自评报告" is one title). Used by the evaluation ruler, not by extraction.
 */
export function sameScript(s: string): string {
	return toSimplified(foldWidth(s).replace(PINYIN_GLOSS, ''));
}

const TRAD_TABLE = new Uint8Array(65536);
for (const c of TRAD_ONLY) TRAD_TABLE[c.charCodeAt(0)] = 1;

/** Whether a text is written in traditional characters (several distinct traditional-only characters). */
export function looksTraditional(s: string): boolean {
	let seen = '';
	let hits = 0;
	const n = Math.min(s.length, 20000);
	for (let i = 0; i < n; i++) {
		if (TRAD_TABLE[s.charCodeAt(i)] === 0) continue;
		hits++;
		if (!seen.includes(s[i])) seen += s[i];
		if (seen.length >= 4 && hits >= 5) return true;
	}
	return false;
}

const ODD = /[\uff01-\uff5e\u00a0\u2000-\u200d\u202f\u205f\u3000\u000b\u000c\ufeff\u00ad\u2060\u3220-\u3229\u2474-\u249b]/g;
const CN_DIGITS = '一二三四五六七八九十';

/**
 * Map full-width digits, letters, ％ ． ＝ ＜ ＞ and odd spaces to ASCII; drop zero-width characters;
 * spell out enclosed list markers (㈠ → （一）, ⑴ → (1), ⒈ → 1.) so they open items like the written forms.
 */
export function foldWidth(s: string): string {
	ODD.lastIndex = 0;
	if (!ODD.test(s)) return s;
	ODD.lastIndex = 0;
	return s.replace(ODD, (ch) => {
		const c = ch.charCodeAt(0);
		if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return String.fromCharCode(c - 0xfee0);
		if (c === 0xff05) return '%';
		if (c === 0xff0e) return '.';
		if (c === 0xff1d) return '=';
		if (c === 0xff1c) return '<';
		if (c === 0xff1e) return '>';
		if (c === 0xff0b) return '+';
		if (c === 0xff5c) return '|'; // a full-width bar between cells ("项目名称｜X｜")
		if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x00ad || c === 0x2060) return '';
		if (c >= 0xff01 && c <= 0xff5e) return ch; // other full-width punctuation stays (（）：，)
		if (c >= 0x3220 && c <= 0x3229) return `（${CN_DIGITS[c - 0x3220]}）`;
		if (c >= 0x2474 && c <= 0x2487) return `(${c - 0x2473})`;
		if (c >= 0x2488 && c <= 0x249b) return `${c - 0x2487}.`;
		return ' ';
	});
}

const ENTITY = /&(?:#(\d{2,6})|#x([0-9a-f]{2,5})|([a-z]{2,8}\d?));/gi;
const NAMED: Record<string, string> = {
	nbsp: ' ',
	ensp: ' ',
	emsp: ' ',
	// (a document site's misspelt &ensp;, "&esp;&esp;一、项目基本情况": the indent it meant)
	esp: ' ',
	thinsp: ' ',
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	middot: '·',
	bull: '•',
	hellip: '…',
	mdash: '—',
	ndash: '–',
	ge: '≥',
	le: '≤',
	ne: '≠',
	times: '×',
	divide: '÷',
	deg: '°',
	yen: '¥',
	permil: '‰',
	plusmn: '±',
	sup2: '²',
	sup3: '³',
	laquo: '«',
	raquo: '»',
	rarr: '→',
	larr: '←',
	copy: '©',
	reg: '®',
	sect: '§'
};

/**
 * HTML character references left in text copied from a page's source ("首页&nbsp;&gt;&nbsp;…", "&ge;95%",
 * "&#8805;"): the characters they stand for. An unknown name stays as written.
 */
export function decodeEntities(s: string): string {
	if (!s.includes('&')) return s;
	return s.replace(ENTITY, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
		if (name !== undefined) return NAMED[name.toLowerCase()] ?? m;
		const c = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
		return c >= 32 && c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff) ? String.fromCodePoint(c) : m;
	});
}

/**
 * Characters OCR reads for others in scanned reports: 吿 for 告 ("报吿"), 兀 for 元 after an amount
 * ("80.00万兀"), a letter l for the digit 1 beside digits ("l36公里", "2022年l2月", "9l分").
 */
export function ocrFixes(s: string): string {
	if (s.includes('吿')) s = s.replace(/吿/g, '告');
	// 旳 (an archaic form) is how OCR reads 的 in a scan: no modern report writes it
	if (s.includes('旳')) s = s.replace(/旳/g, '的');
	if (s.includes('兀')) s = s.replace(/(?<=[\d万亿])兀/g, '元');
	if (s.includes('l')) s = s.replace(/(?<=[\u4e00-\u9fff\d.])l(?=\d)|(?<=\d)l(?=[\d\u4e00-\u9fff.%])/g, '1');
	return s;
}

/** Tags of the markup a page is written in; anything else between < and > is text ("<5%", "<a>" in a sentence stay). */
const HTML_TAG =
	/<\/?(?:a|abbr|acronym|address|area|article|aside|b|bdi|bdo|big|blockquote|br|button|center|cite|code|dd|del|dfn|dir|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|header|hr|i|img|input|ins|kbd|label|li|main|map|mark|menu|nav|nobr|object|ol|option|p|param|pre|q|rp|rt|ruby|s|samp|section|select|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|time|tr|tt|u|ul|var|wbr)(?:\s+[a-z-]{1,20}(?:=(?:"[^"<>\n]{0,200}"|'[^'<>\n]{0,200}'|[^\s"'<>]{1,40}))?)*\s*\/?>/gi;

/**
 * A line of HTML tags alone (and a bullet) left in a page's text: dropped. Tags inside a line of words stay as written —
 * they are the text as published, shown as text (a title holding "<b>", a report quoting "<img …>").
 */
export function stripTags(s: string): string {
	return s
		.split('\n')
		.filter((l) => !(l.includes('<') && /^[\s•·●▪◦\-*]*$/.test(l.replace(HTML_TAG, '')) && /\S/.test(l.replace(/[\s•·●▪◦\-*]/g, ''))))
		.join('\n');
}

/** Split one CSV line into cells: commas outside double quotes; "" inside quotes is a quote. */
export function csvCells(line: string): string[] {
	const cells: string[] = [];
	let cur = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') {
				cur += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cur += ch;
		} else if (ch === '"' && cur.trim() === '') {
			quoted = true;
			cur = '';
		} else if (ch === ',') {
			cells.push(cur.trim());
			cur = '';
		} else cur += ch;
	}
	cells.push(cur.trim());
	return cells;
}

/**
 * A spreadsheet saved as CSV ("项目名称,X,,,,,,", "\"1,260,000.00\""): its rows become tab rows like an xlsx
 * dump's, quoted commas kept inside their cell, the empty cells it pads rows with dropped. Prose with ASCII
 * commas is left alone: it needs many lines with an empty cell (",,") or a trailing comma.
 */
export function csvToTabs(s: string): string {
	const lines = s.split('\n');
	const nonBlank = lines.filter((l) => l.trim() !== '');
	// (a sentence whose stops were typed twice, ",,项目…,。", is prose: it ends with its full stop)
	const padded = nonBlank.filter((l) => /,,|,\s*$/.test(l) && (l.match(/,/g)?.length ?? 0) >= 3 && !/[。！？]\s*$/.test(l)).length;
	if (padded < 5 || padded < nonBlank.length * 0.4) return s;
	return lines
		.map((l) => {
			if ((l.match(/,/g)?.length ?? 0) < 2) return l;
			const cells = csvCells(l);
			while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
			while (cells.length > 1 && cells[0] === '') cells.shift();
			return cells.filter((c, i) => c !== '' || i === 0).join('\t');
		})
		.join('\n');
}

/** Line starts that open a new block: headings, numbered items, "一是", table rows. */
/** A report-header line ("被评价单位：…", "评价机构：…") starts its own line, however long the title above. */
/** A table's header cell on a line of its own: never the tail of the line before. */
const HEADER_CELL =
	/^(?:绩效指标|指标名称|三级指标|指标值|年度指标值|完成值|实际完成值|实际完成指标值|自评得分|自评分数|评价得分|(?:全年预算数|全年执行数|年初预算数|预算执行率)(?:[（(](?:万元|元)[）)])?)$/;
const HEADER_LABEL = /^(?:被评价单位|评价单位|评价机构|单位名称|实施单位|主管部门|项目名称|填报单位|报告日期|评价时间)[：:]/;

export const BLOCK_START =
	/^(?:第[一二三四五六七八九十]{1,3}[章节部分]|[一二三四五六七八九十]{1,3}[、.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}(?:[.、](?!\d)|\s)|[（(]\d{1,2}[）)]|[①-⑳]|[一二三四五六七八九十]是|序号|合计|小计|总计|附件|附表|[-*•·]\s)/;

/** A section's label alone on its line ("效益指标", "评分方法", "存在问题"): a heading of its own, never the end of the line above. */
const SECTION_LABEL =
	/^(?:(?:产出|效益|效果|满意度|成本|决策|过程|管理|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标|评分方法|计分方法|评价方法|存在(?:的)?问题|改进措施|整改措施|下一步(?:措施|打算|工作)|经验做法)[：:]?$|^\d{1,2}\.\d{1,2}\s*(?![分万元亿亩个人户次天年月吨米])[\u4e00-\u9fff]{2,16}(?:[（(][\u4e00-\u9fff]{2,14}[)）])?$/;

const TERMINAL_CHARS = new Set([...'。！？；!?;：:…'].map((c) => c.charCodeAt(0)));
const YEAR_LINE = /^(?:20\d{2}|19\d{2})\s*(?:年度?)?$/;
const NUM_CELL = /^[≥≤=<>]?[-+]?\d[\d,.]*(%|分|次|个|人次|万元|元|名|册|场|期|件)?$/;
const TABLE_WORDS = /一级指标|三级指标|年度指标值|实际完成值|预算数|执行数|序号|分值|得分|预期目标|实际完成情况|年度总体目标/;

/**
 * A table row flattened to text: tabs; two adjacent number cells ("8 5", "120 120"); or, without
 * sentence punctuation, four cells ending in a number or three or more cells with a header word. Such lines are never joined.
 */
function tabular(line: string): boolean {
	// a row of a pipe table ("a | b | ||"): never joined to the next row
	if (line.includes('\t') || (line.match(/\|/g)?.length ?? 0) >= 2) return true;
	const cells = line.trim().split(/\s+/);
	if (cells.length < 2) return false;
	for (let i = 1; i < cells.length; i++) if (NUM_CELL.test(cells[i]) && NUM_CELL.test(cells[i - 1])) return true;
	// (prose punctuation, also a half-width comma between words: "万平方米,实际完成 46.2")
	if (/[，。；]|[\u4e00-\u9fff],(?=[\u4e00-\u9fff])/.test(line)) return false;
	if (cells.length >= 4 && NUM_CELL.test(cells[cells.length - 1])) return true;
	return cells.length >= 3 && TABLE_WORDS.test(line);
}

const CJK_GAP = /[\u4e00-\u9fff）)]\s+[\u4e00-\u9fff（(]/;

/** A grid row opened by its level cells ("产出指标 数量指标 …", "质量指标 …"). */
const LEVEL_ROW = /^[ \t]*[\u4e00-\u9fff]{0,8}指标[ \t]/;
const ROW_UNIT = new RegExp(`(\\d)[ \\t]+(%|${unitAlternation()})(?=[ \\t]|$)`, 'g');

/**
 * A grid row from a PDF whose text layer parts every word ("产出指标 数量指标 芡实 种植 面积 ≥ 1000 亩 1050 亩 20 20"):
 * an operator, its figure and its unit are one cell, a figure and its unit are one, and the words of the name between
 * the level cells and the figures are one name ("芡实种植面积"); a unit wrapped onto the next line with the row's last
 * cells ("≤ 600 元 640" / "元 10 5") closes the figure before it. Only rows opened by their level cells and writing an
 * operator apart from its figure are read so.
 */
function wordSpacedRows(s: string): string {
	const lines = s.split('\n');
	for (let k = 0; k < lines.length; k++) {
		let l = lines[k];
		if (!LEVEL_ROW.test(l) || !/[≥≤＞＜][ \t]+\d/.test(l)) continue;
		l = l.replace(/([≥≤＞＜=])[ \t]+(?=\d)/g, '$1').replace(ROW_UNIT, '$1$2');
		// the name's words: CJK tokens joined unless the left one is a level cell ("…指标")
		l = l.replace(/(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])/g, (sp, at: number) => (/指标$/.test(l.slice(0, at)) ? sp : ''));
		const unit = /\d([\u4e00-\u9fff]{1,3}|%)[ \t]+\d[\d,.]*[ \t]*$/.exec(l);
		const next = lines[k + 1];
		if (unit && next !== undefined && new RegExp(`^[ \\t]*${unit[1]}(?=[ \\t]+\\d)`).test(next)) {
			l = l.replace(/[ \t]*$/, '') + next.trim().slice(unit[1].length);
			lines.splice(k + 1, 1);
			lines[k] = l.replace(/(\d[\d,.]*)(?=[ \t]+\d[\d.]*[ \t]+\d[\d.]*$)/, `$1${unit[1]}`);
			continue;
		}
		lines[k] = l;
	}
	return lines.join('\n');
}

/** Estimate the hard-wrap width of PDF-extracted lines: the 80th percentile of line lengths. */
function wrapWidth(lines: string[]): number {
	const lens = lines.filter((l) => l.length >= 8).map((l) => l.length);
	if (lens.length < 5) return Infinity;
	lens.sort((a, b) => a - b);
	return lens[Math.floor(lens.length * 0.8)];
}

/**
 * A row of cells between pipes inside a line ("项目名称 | 某项目 | |||||"): tabs, the empty cells an
 * export pads its end with dropped. A row with an empty cell between two filled ones keeps its pipes (a
 * tab row cannot hold an empty cell, and the grid reader places cells by their order).
 */
export function pipeRow(line: string): string {
	const cells = line.split('|').map((c) => c.trim());
	while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
	return cells.length >= 2 && !cells.includes('') ? cells.join('\t') : line;
}

/** A form's row labels: the cell a row of a 自评表 opens with. */
const ROW_LABEL = /^(?:项目名称|主管部门|实施单位|项目资金[（(]万元[)）]|项目资金|年度资金总额|年度总体目标|一级指标|总分|填表人|其中：当年财政拨款)$/;

/**
 * A form exported with every row's cells in reverse order ("农资打假专项治理项目 | 项目名称", "… | 三级指标 | 二级指标 |
 * 一级指标"): the row labels stand last in two rows or more and first in none. Each piped row is put back in order.
 */
export function reversedRows(lines: string[]): string[] {
	let last = 0;
	let first = 0;
	for (const l of lines) {
		if (!l.includes('|')) continue;
		const cells = l.split('|').map((c) => c.trim());
		if (cells.length < 2) continue;
		if (ROW_LABEL.test(cells[0])) first++;
		if (ROW_LABEL.test(cells[cells.length - 1])) last++;
	}
	if (last < 2 || first > 0) return lines;
	return lines.map((l) =>
		l.includes('|') && l.split('|').length >= 2
			? l
					.split('|')
					.map((c) => c.trim())
					.reverse()
					.join(' | ')
					.trim()
			: l
	);
}

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** A year in Chinese digits, 1900–2099, before 年: "二〇二三年" (not inside a longer numeral). */
const CN_YEAR = /(?<![一二三四五六七八九十百千〇零])(?:一九|二[〇零])[〇零一二三四五六七八九]{2}(?=\s*年)/g;

/**
 * A form exported with "：" or "／" between its cells (its header "一级指标：二级指标：三级指标：年度指标值…" says which): on every
 * line that holds two of them or more (one "／") the bars become pipes; "其中：" inside a label stays.
 */
export function otherCellBars(s: string): string {
	const bar = /一级指标([：／])二级指标/.exec(s)?.[1];
	if (!bar) return s;
	return s
		.split('\n')
		.map((l) => {
			const t = l.replace(/其中：/g, '其中\u0000');
			// (one "／" is a bar already, "项目名称／X"; one "：" is a label's colon)
			if (t.split(bar).length - 1 < (bar === '／' ? 1 : 2)) return l;
			return t
				.split(bar)
				.join(' | ')
				.replace(/\u0000/g, '：');
		})
		.join('\n');
}

/** An English gloss after a Chinese cell, up to the cell's end: "项目名称 Project Name |", "项目资金（万元） Funds (10,000 yuan) |". */
const GLOSS = /(?<=[\u4e00-\u9fff）)])[ \t]+[A-Z][A-Za-z0-9·.,()'/ -]*?(?=[ \t]*(?:\||\t|$))/gm;

/**
 * A form printed in two languages: each cell's English gloss and the English lines (a subtitle) dropped, when the text
 * glosses four cells or more; a text that names one English term keeps it.
 */
export function dropGlosses(s: string): string {
	const n = s.match(GLOSS)?.length ?? 0;
	if (n < 4) return s;
	return s
		.replace(GLOSS, '')
		.split('\n')
		.map((l) => (!/[\u4e00-\u9fff]/.test(l) && (l.match(/[A-Za-z]+/g)?.length ?? 0) >= 3 ? '' : l))
		.join('\n');
}

/** Box-drawing tables ("┌──┬──┐" / "│项目名称│某项目│"): rule lines dropped, bars read as pipes. */
export function boxTable(s: string): string {
	return s
		.split('\n')
		.map((l) =>
			/^[\s─━┄┅┈┉═┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╔╗╚╝╠╣╦╩╬]+$/.test(l) && /[─━═]/.test(l) ? '' : l.replace(/[│┃║]/g, '|')
		)
		.join('\n');
}

/** Turn a Markdown table row "| a | b |" into tab-separated cells; separator rows become empty. */
function markdownRow(line: string): string {
	if (!/^\|.*\|$/.test(line)) return line;
	if (/^\|[\s:|-]+\|$/.test(line)) return '';
	return line
		.slice(1, -1)
		.split('|')
		.map((c) => c.trim())
		.join('\t');
}

/**
 * Page furniture of a saved web page or a portal's article box: breadcrumbs, 索引号 / 发布机构 boxes,
 * share and print buttons, font-size switches. Such a line is never a field, so it is dropped.
 */
const FURNITURE =
	/^(?:(?:首页|当前位置|您当前的位置|您的当前位置|您现在的位置|您所在的位置|您的位置|所在位置)[：:\s]*.*(?:>|»|›|＞|→|\/).*|(?:当前位置|您当前的位置|您的当前位置|您现在的位置|您所在的位置|您的位置|所在位置)[：:]\s*首页[\u4e00-\u9fff\s]{0,30}|(?:索引号|发布机构|发文机关|发布日期|发布时间|成文日期|生效日期|信息来源|浏览次数|访问次数|阅读次数|点击数|主题分类|公开方式|公开范围|公开时限|信息分类|体裁分类|组配分类|责任编辑|文章来源|稿件来源)[：:].{0,80}|(?:分享到|扫一扫|【?\s*打印(?:本页)?|【?\s*关闭(?:窗口|本页)?|【?\s*字号|【?\s*字体|[\[【]\s*大\s*中\s*小\s*[\]】]).{0,60}|(?:热门关键词|热门搜索|热搜词)[：:].{0,80}|欢迎(?:您)?(?:来到|访问|光临)[^，。；]{2,60}|(?:详细信息|公开具体内容|信息正文|正文内容)|原创\s.{0,40}(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日.{0,24}|(?:扫码|长按(?:识别)?(?:二维码)?)关注(?:我们|公众号)?|阅读原文|安装后(?:即)?可以?在(?:电脑)?桌面快捷访问.{0,160}|[^\n]{0,20}(?:请)?点击下一页继续阅读[!！。]?|阅读\s{0,2}\d{1,7}(?:\s*[万+])?|(?:分享|收藏|点赞|赞|在看|喜欢|转发)(?:\s*(?:分享|收藏|点赞|赞|在看|喜欢|转发)){1,5}|(?:[\u4e00-\u9fff]{0,8}(?:热线|电话|传真)[：:]?\s*[\d\-—–()（）]{3,20}\s*){1,3}|!\[[^\]]{0,80}\]\([^)]{0,200}\)|[+＋]\s*加入(?:清单|收藏|书架)|.{0,60}全文共\s*\d{1,6}\s*字|(?:本篇文章|本文|全文)(?:共|约)?\s*\d{1,6}\s*字\s*[，,、]?\s*(?:读完|阅读)(?:需要|需|约|大约|时间|时长)*\s*[：:]?\s*约?\s*\d{1,3}\s*分钟|[（(][^（）()\n]{0,30}(?:记者|供稿|摄影|摄)\s*[:：]?[^（）()\n]{0,30}[)）]|(?:预计)?阅读(?:时间|时长)\s*[：:]?\s*约?\s*\d{1,3}\s*分钟|(?:Sheet\d{1,2}|工作表\d{1,2})+|第\s*\d{1,3}\s*页\s*[,，、/]?\s*共\s*\d{1,3}\s*页|[-—–]\s*\d{1,3}\s*[-—–]|(?:文件)?大小[：:]\s*[\d.]+\s*[KMG]?B(?:\s*(?:页数|页码)[：:]\s*\d{1,4})?)$/;

/** A portal's metadata box or reading aids on one line: 索引号 … 发布机构 …, 保护视力色 … 字体颜色 …. */
const FURNITURE_BOX =
	/^(?:索引号.*(?:发布机构|生成日期|文号|发文日期)|公开目录.*(?:发布日期|发布机构|文号)|发布机构.*(?:责任部门|主题分类|公开方式)|公开方式.*(?:公开时限|是否有效)|(?:保护视力色|字体颜色|关键字[:：]?\S*$|关键词\s*[:：][^。，,；;\n]{0,40}$|生成日期[:：]?\S*$|有效期[:：]?$)|(?:生效日期[:：]?\|?有效期))/;

/** A pinyin gloss inserted after a character in some traditional texts: "自評(píng)". */
const PINYIN_GLOSS = /(?<=[\u4e00-\u9fff])[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]/g;

/** A line that starts with the unit of the figure the line above ends with, then its punctuation ("万平方米。…"). */
const FIGURE_UNIT_CUT = /^(?:万平方米|平方米|万亩|亩|公里|千米|万吨|吨|万株|株|万元|亿元|元|人次|万人|人|户|座|处|个|家|台|套|辆|次|场|%)[，,。；;]/;

/** A line letter-spaced by a PDF or a scan, every character its own token ("敦 化 市 额 穆 镇 人 民 政 府"; a year's digits may stay together, "2018 年 度 …"). */
const LETTER_SPACED = /^[ \t]*(?:(?:[\u4e00-\u9fff、（）()]|\d{1,4}) ){4,}[\u4e00-\u9fff\d、（）()][ \t]*$/;
/** One space inside a word or number of OCR'd prose ("项目全 年预 算156.8 万元", "149. 62万 元", "9 6 万元"). */
// (and around quotation marks: "评价等级为 “ 良 ” 。")
const OCR_SPACE = /(?<=[\u4e00-\u9fff\d.,，。、（）()%≥≤“”‘’;:；：])[ ](?=[\u4e00-\u9fff\d（）()%≥≤，。、,;:；：“”‘’]|\.(?<=\d \.))/g;

/**
 * Spaces a scan or a PDF put inside words: a letter-spaced line loses them; in a text whose prose lines are
 * spaced inside their words (two gaps or more in three lines or more, a third of the prose), every prose line loses its single
 * spaces between characters and digits, and so does every other line but those that separate cells by tabs or
 * runs of spaces.
 */
function despace(s: string): string {
	if (!/[\u4e00-\u9fff\d] [\u4e00-\u9fff\d]|[\u4e00-\u9fff\d%] [，,。、；;：:]/.test(s)) return s;
	const lines = s.split('\n');
	const prose = (l: string) => l.length >= 15 && /[，。；,;]/.test(l) && !l.includes('\t') && !/ {2}/.test(l.trim());
	let proseN = 0;
	let spaced = 0;
	for (const l of lines) {
		if (!prose(l)) continue;
		proseN++;
		// inside words: two gaps or more in the line (one after a heading's label is a separator, not a scan's space)
		if ((l.match(/[\u4e00-\u9fff] (?=[\u4e00-\u9fff])/g)?.length ?? 0) >= 2) spaced++;
		// (…or a space before its stops, three or more, which no typesetting puts there: "开展了自评 。 现将…如下 :")
		else if ((l.match(/[\u4e00-\u9fff\d%] (?=[，,。、；;：:])/g)?.length ?? 0) >= 3) spaced++;
	}
	const ocr = spaced >= 3 && spaced >= proseN / 3;
	return lines
		.map((l) => {
			if (LETTER_SPACED.test(l)) return l.replace(/(?<=\S) (?=\S)/g, '');
			if (!ocr && wrappedLine(l)) {
				// a whole document on one line, its wrapped lines joined by spaces (a PDF's text copied onto a page), its
				// headings closed by a full stop, their 、 lost to a space ("一 绩效管理工作开展情况。"): each heading after
				// a sentence or the title on a line of its own ("一、绩效管理工作开展情况"); with two such headings or more,
				// no space marks a heading's end and every space inside a word or figure goes
				const HEADING = /(?<=[。；;：:！？]|报告)\s*([一二三四五六七八九十]{1,2}) ([\u4e00-\u9fff（(][\u4e00-\u9fff（()）、]{1,24})。\s*/g;
				if ((l.match(HEADING)?.length ?? 0) >= 2) return l.replace(HEADING, '\n$1、$2\n').replace(OCR_SPACE, '');
			}
			if (!ocr && l.length >= 150 && !l.includes('\t')) {
				// a whole document on one line, its headings parted from the text by single spaces ("… 二、绩效目标 召开议事会…
				// (一)资金投入 全年支出…"): each heading on a line of its own, when three or more are so written
				// (only where the spaces are the headings' own: a PDF's text with spaces inside its words, or a contents list with
				// its leaders, keeps its line)
				const headings = l.match(INLINE_HEADING)?.length ?? 0;
				const spaces = l.match(/ /g)?.length ?? 0;
				if (headings >= 3 && spaces <= 2 * headings + 6 && !/[.…·]{4}/.test(l))
					return l.replace(INLINE_HEADING, (_m, a?: string, b?: string) => `\n${a ?? b}\n`).replace(/ *\n */g, '\n');
			}
			return ocr && !l.includes('\t') && !/\S {2}\S/.test(l) ? l.replace(OCR_SPACE, '') : l;
		})
		.join('\n');
}

/**
 * A heading inside a one-line document, parted from its text by a single space ("… 二、绩效目标 召开…"), or closed by a
 * full stop after a space (" (二)项目绩效目标。全年…").
 */
const INLINE_HEADING =
	/(?<=^|[ 。；;])((?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])[\u4e00-\u9fff]{2,14}) (?=\S)|(?<= )((?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）])[\u4e00-\u9fff]{2,14}。)/g;

/**
 * A table whose first column numbers its rows ("序号 | 项目 | 内容" / "1 | 项目名称 | …" / "2 | 主管部门 | …"): the numbers are
 * no cells of the form, so the column goes — only under a form's header opened by 序号, on rows numbered 1, 2, 3 … in order.
 */
export function serialColumn(s: string): string {
	const lines = s.split('\n');
	let changed = false;
	for (let k = 0; k < lines.length; k++) {
		// (a form's head cells, "序号 | 项目 | 内容", or its indicator table, "序号 | 一级指标 | …"; a list of projects or of
		// indicators keeps its numbers, which other readers pair by)
		if (!/^[ \t]*序号[ \t]*(?:\t|\|)[ \t]*(?:(?:项目|事项)[ \t]*(?:\t|\|)[ \t]*(?:内容|说明|情况)[ \t]*\|?[ \t]*$|一级指标)/.test(lines[k])) continue;
		let n = 1;
		let j = k + 1;
		while (j < lines.length && Number(/^[ \t]*\|?[ \t]*(\d{1,3})[ \t]*(?:\t|\|)/.exec(lines[j])?.[1]) === n) {
			n++;
			j++;
		}
		if (n < 3) continue;
		for (let q = k; q < j; q++) lines[q] = lines[q].replace(/^[ \t]*\|?[ \t]*(?:序号|\d{1,3})[ \t]*(?:\t|\|[ \t]*)/, '');
		changed = true;
		k = j - 1;
	}
	return changed ? lines.join('\n') : s;
}

/** A line of prose broken right before a figure ("…目标" / "≥ 120 场,实际完成" / "132 场;…"), never before a list item or a date. */
const FIGURE_BREAK =
	/(?<=[^\n]{6,})(?<=[\u4e00-\u9fff](?<!报告|自评表|评价表|情况))[ \t]*\n[ \t]*(?=[≥≤=]?[ ]?\d[\d,.]*[ ]?(?:%|[\u4e00-\u9fff]))(?!\d{1,2}[.、．][\u4e00-\u9fff]|\d{4}[ ]?年[ ]?\d{1,2}[ ]?月)/g;

/**
 * A PDF's text whose lines break before figures all through its prose ("…预算执行率" / "97.2%. 其中:基本支出" /
 * "371.26 万元,…"): each figure goes on the line of the words before it — only where the trait runs through the text
 * (four breaks or more) and never inside a table's lines.
 */
const FIGURE_UNIT = new RegExp(`^[ ]?(?:%|(?:万|亿)?(?:${unitAlternation()}))`);
export function figureBreaks(s: string): string {
	if ((s.match(FIGURE_BREAK)?.length ?? 0) < 4) return s;
	const prose = (l: string) => /[，,。；;：:.]/.test(l) && !/[\t|]/.test(l);
	return s.replace(FIGURE_BREAK, (m: string, at: number) => {
		const before = s.slice(s.lastIndexOf('\n', at - 1) + 1, at);
		const end = s.indexOf('\n', at + m.length);
		const after = s.slice(at + m.length, end < 0 ? s.length : end);
		// (…the figure's line goes on as a sentence: "2.2 效益指标", a numbered heading, does not)
		// (…and the figure has its unit: "4.1 脱硫系统…", a numbered item, has none)
		const rest = after.replace(/^[≥≤=]?[ ]?\d[\d,.]*/, '');
		return prose(before) && !/[\t|]/.test(after) && FIGURE_UNIT.test(rest) && /[，,。；;：:]|(?<=[\u4e00-\u9fff%])\./.test(rest) ? '' : m;
	});
}

/**
 * One very long prose line whose spaces fall inside words and figures every few dozen characters ("明确 预算编制",
 * "412.6 万元", "2025 年"): a PDF's wrapped lines joined by spaces, not paragraphs or cells parted by them.
 */
function wrappedLine(l: string): boolean {
	if (l.length < 300 || l.includes('\t') || /\S {2,}\S/.test(l) || /项目名称|主管部门|一级指标/.test(l)) return false;
	const gaps = l.match(/[\u4e00-\u9fff\d] (?=[\u4e00-\u9fff\d])/g)?.length ?? 0;
	const cjk = l.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
	// (prose: a comma or a full stop every 50 characters or so)
	const stops = l.match(/[，。；,]/g)?.length ?? 0;
	return gaps >= 10 && gaps * 50 >= cjk && stops * 50 >= cjk;
}

/** Digits of a year spaced out by a PDF or a web template: "2 0 2 2 年 度" → "2022年度". */
const SPACED_YEAR = /(?<![\d.])([12]) (\d) (\d) (\d) ?(年)(?: ?(度))?/g;

const SECTION_WORDS = '存在的?问题|主要问题|问题和不足|改进措施|整改措施|意见建议|下一步(?:工作)?(?:计划|打算)?|有关建议|经验做法|主要经验';

const INLINE_PROJECT = /(?<=[。；;])\s*(?=\d{1,2}[、.][\u4e00-\u9fff“”（）()]{4,30}?(?:项目|经费|工程|资金)[：:])/g;

/** A page number printed at a page's foot ("第 1 页,共 2 页", "- 2 -", "—12—"). */
const PAGE_NUMBER = /^(?:第\d{1,3}页[,，、/]?共\d{1,3}页|[-—–]\d{1,3}[-—–])$/;

/** A whole title on its line: it opens with a place (…县, …镇 …), names a year and ends with its report word. */
const WHOLE_TITLE =
	/^[\u4e00-\u9fff]{1,12}?(?:省|自治区|市|州|盟|区|县|旗|镇|乡|街道)[^，,。；;]*?(?:19|20)\d{2}\s*年[^，,。；;]*?(?:报告|自评表|评价表)(?:[(（][^()（）]{1,40}[)）])?$/;
/** A site's breadcrumb ("首页 > 政务公开 > 预算绩效管理"): never part of a title. */
/** The end of a report's title: its report word, then perhaps the project in brackets. */
const TITLE_END = /(?:报告|自评表|评价表|绩效(?:自评|评价)结果)(?:[(（][^()（）]{1,40}[)）])?(?:\s+[-–—_|]\s+[^\s\-–—_|]{2,12})?$/;
/**
 * A line that stands alone above a title: a portal's section label ("政府信息公开", "通知公告") or its site name
 * ("某县人民政府门户网站"), a red-header letter's letterhead ("某县农业农村局文件") and document number ("某农字〔2023〕15号"),
 * a site's navigation bar ("走进某县 政务动态 政务公开 政民互动 领导之窗").
 */
const PORTAL_LABEL =
	/^(?:政府|政务)?信息公开(?:目录)?$|^(?:政务公开|通知公告|政策文件|部门文件|财政信息|预算公开|决算公开|法定主动公开内容)$|^[\u4e00-\u9fff]{2,24}(?:门户网站|政府网站?|人民政府网|政务网|政务服务网)$|^[\u4e00-\u9fff]{2,24}文件$|^(?:[\u4e00-\u9fff]{2,6}[ \t\u3000]+){4,}[\u4e00-\u9fff]{2,6}$|^[\u4e00-\u9fff]{1,10}[〔\[［(（]\d{4}[〕\]］)）]\s?\d{1,4}\s?号$/;
/** A unit's name alone above a title that opens with the same place ("海原县李旺镇人民政府" / "李旺镇2022年度…"): a letterhead. */
function letterhead(line: string, next: string): boolean {
	if (line.length > 24 || !/^[\u4e00-\u9fff]+(?:人民政府|办事处)$/.test(line)) return bureauAboveTitle(line, next);
	const body = line.replace(/(?:人民政府|办事处)$/, '');
	// the last place of the chain: "海原县李旺镇" → 李旺镇
	let k = -1;
	for (const c of '省市县区') k = Math.max(k, body.lastIndexOf(c, body.length - 2));
	const place = body.slice(k + 1);
	if (place.length >= 2 && next.startsWith(place)) return true;
	return bureauAboveTitle(line, next);
}
/**
 * A unit's name alone above a whole title that opens with the unit's own place ("天水市麦积区文化和旅游局" /
 * "天水市麦积区2020年…绩效自评报告"): the letterhead of a portal page, not the title's first half.
 */
function bureauAboveTitle(line: string, next: string): boolean {
	if (line.length > 30 || !/^[\u4e00-\u9fff（）()]+(?:局|委员会|中心|办公室|联合社|合作社|馆|院|站|所|队)$/.test(line)) return false;
	if (!TITLE_END.test(next) || next.length < 12) return false;
	// the place chain the unit opens with ("天水市麦积区"), at least a county or a city
	const chain =
		/^(?:[\u4e00-\u9fff]{2,8}?(?:省|自治区))?(?:[\u4e00-\u9fff]{1,8}?(?:市|州|盟|地区))?(?:[\u4e00-\u9fff]{1,8}?(?:区|县|旗))?/.exec(line)?.[0] ?? '';
	return chain.length >= 3 && next.startsWith(chain) && /(?:19|20)\d{2}/.test(next);
}
const BREADCRUMB =
	/\s[>＞»›]{1,2}\s|^[>＞»›]{1,2}\s|^(?:首页|当前位置|您的位置|您的当前位置|您当前的位置|您现在的位置|您所在的位置|所在位置)[：:>＞\s]|位置[：:]?\s*首页\s*[>＞»›]/;

/** A document site's page captions: the file's name and "_第N页", one line per page. */
const PAGE_CAPTION = /^\s*(.{4,100}?)(?:\.(?:docx?|pdf|wps|xlsx?))?_第\s*\d{1,3}\s*页\s*$/i;
/**
 * A document site lists its pages by caption ("某某报告_第1页" … "某某报告_第5页") above the text: they are no
 * part of it. Several captions of one name are furniture when the text names the document itself below them;
 * otherwise the first caption, without its page number, is kept as the document's name.
 */
export function pageCaptions(lines: string[], furniture: Set<number>): void {
	const at: number[] = [];
	let stem: string | null = null;
	for (let k = 0; k < lines.length; k++) {
		const m = PAGE_CAPTION.exec(lines[k]);
		if (!m) continue;
		if (stem !== null && m[1] !== stem) return;
		stem = m[1];
		at.push(k);
	}
	if (stem === null || at.length < 2) return;
	const squashed = stem.replace(/\s+/g, '');
	const below = lines
		.slice(at[at.length - 1] + 1)
		.join('')
		.replace(/\s+/g, '');
	const named = below.includes(squashed);
	for (const [j, k] of at.entries()) {
		if (j === 0 && !named) lines[k] = stem;
		else {
			lines[k] = '';
			furniture.add(k);
		}
	}
}

/** A PDF page's running header: the document's name, then its page number ("某某报告      第 1 页 共 4 页"). */
const RUNNING_HEADER = /^\s*(\S.{3,80}?)\s{2,}第\s*\d{1,3}\s*页\s*[,，/]?\s*共\s*\d{1,3}\s*页\s*$/;
/**
 * The same running header on two pages or more is a page break, not text (a sentence may go on across it); the
 * header's own words are the document's short name, which its title line says in full.
 */
export function runningHeaders(lines: string[], pageBreaks: Set<number>): void {
	const by = new Map<string, number[]>();
	for (let k = 0; k < lines.length; k++) {
		const m = RUNNING_HEADER.exec(lines[k]);
		if (m) by.set(m[1], [...(by.get(m[1]) ?? []), k]);
	}
	for (const at of by.values()) {
		if (at.length < 2) continue;
		for (const k of at) {
			lines[k] = '';
			pageBreaks.add(k);
		}
	}
}

/**
 * A table printed with its level columns after the indicator's name ("三级指标 | 完成值 | 指标值 | 得分 | 分值 | 一级指标 |
 * 二级指标"): every row of it, header included, with the level cells moved to the front in their order, so that a row's
 * levels are its own and not carried to the row below. Rows end where the number of cells changes.
 */
export function levelsFirst(lines: string[]): string[] {
	const out = [...lines];
	for (let k = 0; k < out.length; k++) {
		if (!out[k].includes('\t')) continue;
		const head = out[k].split('\t').map((c) => c.trim());
		const name = head.findIndex((c) => /^(?:三级指标|指标名称)$/.test(c));
		const l1 = head.findIndex((c) => /^一级指标$/.test(c));
		if (name < 0 || l1 < name) continue;
		const l2 = head.findIndex((c) => /^二级指标$/.test(c));
		const levels = l2 > name ? [l1, l2] : [l1];
		const order = [...levels, ...head.map((_, i) => i).filter((i) => !levels.includes(i))];
		let q = k;
		for (; q < out.length; q++) {
			const cells = out[q].split('\t');
			if (cells.length !== head.length) break;
			out[q] = order.map((i) => cells[i]).join('\t');
		}
		k = q - 1;
	}
	return out;
}

/** One long line of a flattened document, its glued section headings broken out. */
function unflatten(line: string): string {
	if (line.length < 80) return line;
	return (
		line
			.replace(new RegExp('(?<=[。；;！？!?]|^\\d{1,2}[、.])\\s*(?=[一二三四五六七八九十]{1,2}、(?:' + SECTION_WORDS + '))', 'g'), '\n')
			// (…a combined heading too, closed by its full stop: "四、存在问题和改进措施。一是…")
			.replace(
				new RegExp(
					'(^|\\n)([一二三四五六七八九十]{1,2}、(?:' + SECTION_WORDS + ')(?:(?:和|及|与)(?:' + SECTION_WORDS + '))?)[：:。]?(?=一是|[（(]一[）)]|1[、.])',
					'g'
				),
				'$1$2\n'
			)
			// any glued heading after a sentence when a space or a sub-item follows it: "…质保金。二、项目绩效自评结果 城区…"
			.replace(/(?<=[。；;])\s*(?=[一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]{2,16}(?:\s|[（(]一[）)]))/g, '\n')
			// …or a short title closed by its own full stop: "…教育。二、资金使用情况。全年实际支出…"
			.replace(/(?<=[。；;])\s*(?=[一二三四五六七八九十]{1,2}、(?:[\u4e00-\u9fff]{2,10}(?:情况|结论|问题|措施|建议|概况|目标))。)/g, '\n')
			// an inline numbered project after a sentence: "…97.83%。2、公园绿地养护项目:预算212万元"
			.replace(INLINE_PROJECT, '\n')
			// a second report's title run into the last sentence of the first: "…更新计划。 2023 年X项目评价报告 一、…"
			.replace(INLINE_REPORT_TITLE, '\n')
			// a final-accounts chapter's heading run into its first section and that section's title into its first
			// sub-section ("第四部分2023年度…绩效评价情况一、某项目支出绩效评价报告(一)基本情况1.项目概况…")
			.replace(/(^|\n)(第[一二三四五六七八九十]{1,2}部分[^\n。，]{2,60}?(?:情况|说明))(?=[一二三四五六七八九十]{1,2}、)/g, '$1$2\n')
			.replace(/(^|\n)([一二三四五六七八九十]{1,2}、[^\n。，]{4,60}?(?:评价报告|自评报告))(?=[（(]一[）)])/g, '$1$2\n')
			.replace(/(^|\n)([^\n。，]{4,60}?(?:评价报告|自评报告))\s+(?=一、)/g, '$1$2\n')
			// …or run straight into the report's first sentence ("…自评报告为做好2019年度…工作，…")
			.replace(
				/(^|文档简介|内容简介|简介[:：])([^\n。，,；;:：]{6,60}?(?:评价报告|自评报告|绩效报告))(?=(?:为(?:了|做好|进一步|规范|加强|客观|全面|科学|准确|真实|切实)|根据|按照|依据|现将|我(?:单位|局|镇|乡|中心|站|所)|本(?:单位|项目))[\u4e00-\u9fff\d《“])/,
				'$1\n$2\n'
			)
			// a very long line (a document site's one-line text): the standard sections of a self-evaluation report start
			// their own lines even with no full stop before them ("…出行条件二、项目资金使用及管理情况奖补资金…")
			.replace(line.length >= 200 ? TEMPLATE_HEADING : /(?!)/g, '\n')
			// …and so does a level's heading closed by its stop ("…完成情况(一)产出指标。新建…", "…。(二)效益指标。…")
			.replace(/(?<=[\u4e00-\u9fff。；;])(?=[（(][一二三四五六七八九十]{1,2}[)）](?:产出|效益|效果|满意度|成本)指标[。．:：])/g, '\n')
			// …and the section's text starts a line of its own after its title ("二、项目资金使用及管理情况\n奖补资金…")
			.replace(line.length >= 200 ? TEMPLATE_RUN_ON : /(?!)/g, (m: string, _h: string, at: number, all: string) =>
				/[\u4e00-\u9fff\d]/.test(all[at + m.length] ?? '') ? m + '\n' : m
			)
			// a sub-section run into its section: "…管理方式。 (二)项目绩效目标 …" (a space or a sentence end before it)
			.replace(/(?<=[。；;]|[^\S\n])\s*(?=[（(][一二三四五六七八九十]{1,2}[）)][\u4e00-\u9fff]{2,12}\s)/g, '\n')
			// …or an indicator level's sub-section glued to all around it ("…完成情况(一)产出指标1.新建蜂箱:目标≥2000箱,…。2.…"):
			// the level on a line of its own, each numbered indicator after a full stop on its own
			.replace(/(?<=[。；;]|情况)\s*(?=[（(][一二三四五六七八九十][）)](?:产出|效益|效果|满意度|成本)指标(?=\d{1,2}[.、．][\u4e00-\u9fff]))/g, '\n')
			.replace(/(?<=(?:^|\n)[（(][一二三四五六七八九十][）)](?:产出|效益|效果|满意度|成本)指标)(?=\d{1,2}[.、．][\u4e00-\u9fff])/g, '\n')
			// (…or numbered "1、产出指标 改造作坊目标≥8家,…。 2、效益指标 …", a space or a sentence end before each)
			.replace(/(?<=[。；;]|[^\S\n])\s*(?=\d{1,2}[、.．]\s?(?:产出|效益|效果|满意度|成本)指标\s)/g, '\n')
			.replace(/(?<=\n\d{1,2}[.、．][^\n]{2,80}?。)(?=\d{1,2}[.、．][\u4e00-\u9fff]{2,24}[:：])/g, '\n')
			// …and the conclusion's heading after the last of them, its text run on ("…实际95%。三、自评结论经…打分,…得分91.5分")
			.replace(/(?<=[。；;])(?=[一二三四五六七八九十]{1,2}、(?:绩效)?(?:自评|评价)(?:结论|结果)(?=[。：:]?[\u4e00-\u9fff]))/g, '\n')
			.replace(/(?<=\n[一二三四五六七八九十]{1,2}、(?:绩效)?(?:自评|评价)(?:结论|结果))(?=经|本项目|项目|该项目|综合)/g, '\n')
			.replace(/.+/g, listItems)
	);
}

/**
 * A numbered list run together in a PDF's one-line text ("三、目标完成情况 1.65 岁以上…管理率 72.4%,目标值≥70%。 2.适龄儿童…"):
 * the section's title, then each item after its sentence end, on lines of their own — only where the items count
 * 1, 2, 3 in order. A first item glued to a figure ("1.65 岁以上", item 1 of people aged 65) gets its space back.
 */
function listItems(s: string): string {
	const items = [...s.matchAll(/(?<=[。；;])\s*(\d{1,2})[.、．](?=[\u4e00-\u9fff])/g)];
	const run = items.filter((m, k) => Number(m[1]) === k + 2);
	if (run.length < 2 || run.length !== items.length) return s;
	const first = /([一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]{2,20})\s+1[.、．](?:(\d{1,3})\s+(?=[\u4e00-\u9fff]))?/.exec(s.slice(0, run[0].index));
	if (!first) return s;
	let out = s.slice(0, first.index) + first[1] + '\n1.' + (first[2] ? ' ' + first[2] : '');
	let at = first.index + first[0].length;
	for (const m of run) {
		out += s.slice(at, m.index).trimEnd() + '\n';
		at = m.index! + (m[0].length - m[0].trimStart().length);
	}
	return out + s.slice(at);
}

/**
 * A document site's preview cuts the text into numbered chunks ("1、项目支出绩效自评表…质量指标" / "2、工程验收合格率 100%…"):
 * chunks 1, 2, 3 … in order, the first a long run of text and each but the last broken off mid-sentence, are one text again.
 * A list of numbered paragraphs ends its items with a full stop and is left alone.
 */
function previewChunks(s: string): string {
	const lines = s.split('\n');
	const at: number[] = [];
	let first = 1;
	for (let k = 0; k < lines.length; k++) {
		const m = /^(\d{1,2})、/.exec(lines[k]);
		// (the preview may start past its first chunk: "2、…文件精神,某项目…" after the page's head)
		if (m && (at.length ? Number(m[1]) === first + at.length : Number(m[1]) <= 3 && lines[k].length >= 200)) {
			if (!at.length) first = Number(m[1]);
			at.push(k);
		}
	}
	// (a last chunk that holds only its number, "3、", is where the free preview stops: no chunk of text)
	if (at.length > 2 && /^\d{1,2}、\s*$/.test(lines[at[at.length - 1]])) lines[at.pop()!] = '';
	if (at.length < 2 || lines[at[0]].length < 200) return s;
	for (let j = 0; j + 1 < at.length; j++) {
		if (/[。；;！？!?：:]\s*$/.test(lines[at[j]])) return s;
		// only blank lines between two chunks
		for (let k = at[j] + 1; k < at[j + 1]; k++) if (lines[k].trim() !== '') return s;
	}
	const out = lines.slice(0, at[0]);
	// (prose cut mid-word, "…预算执行" / "2、率95%…", joins without a space; a form's cells keep one between them)
	const chunks = at.map((k) => lines[k].replace(/^\d{1,2}、/, '').trim());
	const prose = (chunks[0].match(/。/g)?.length ?? 0) >= 3;
	out.push(chunks.reduce((a, b) => a + (prose && /[\u4e00-\u9fff]$/.test(a) && /^[\u4e00-\u9fff]/.test(b) ? '' : ' ') + b));
	return [...out, ...lines.slice(at[at.length - 1] + 1)].join('\n');
}

/** Titles of the standard sections of a self-evaluation report (财政部 template and its local variants). */
export const TEMPLATE_TITLES =
	'基本情况|项目基本概况|项目概况|项目基本情况|资金及项目绩效目标|项目绩效目标|绩效目标|项目资金使用及管理情况|资金使用及管理情况|预算支出组织实施情况|项目组织实施情况|预算支出绩效情况|项目绩效情况|绩效目标完成情况|绩效目标及完成情况|绩效目标及其完成情况|绩效目标及实现情况|绩效目标实现情况|项目绩效目标完成情况|项目绩效目标实现情况|目标实现情况|绩效评价工作开展情况|综合评价情况及评价结论|绩效评价指标分析|绩效自评结论|评价结论|主要经验及做法|存在的问题及原因分析|存在的问题|存在问题|几点建议|有关建议|改进建议|改进措施|下一步改进措施|其他需要说明的问题|其他需说明的问题'
		.split('|')
		.sort((a, b) => b.length - a.length)
		.join('|');
const TEMPLATE_HEADING = new RegExp(
	'(?<=[\\u4e00-\\u9fff%。；;，,0-9）)])\\s*(?=(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])(?:' + TEMPLATE_TITLES + '))',
	'g'
);

// the longest title at the marker (no lookahead: a shorter title inside a longer one is never taken)
const TEMPLATE_RUN_ON = new RegExp('((?:^|\\n)(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])(?:' + TEMPLATE_TITLES + '))', 'g');

const INLINE_REPORT_TITLE = /(?<=[。；;！？!?])\s*(?=(?:20\d{2}\s*年度?\s*)?[\u4e00-\u9fff“”（）()]{2,40}?(?:评价报告|自评报告)\s+一、)/g;

/** Normalise a document's text (see module comment). Pure and deterministic. */
/** An amount in capital numerals, "人民币壹拾玖万贰仟陆佰元整", with the same in figures in brackets after it or not. */
const CAPITAL_AMOUNT =
	/(?:人民币)?([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[壹贰叁肆伍陆柒捌玖][零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*)元(?:([零壹贰叁肆伍陆柒捌玖])角)?(?:([零壹贰叁肆伍陆柒捌玖])分)?整?(?![零壹贰叁肆伍陆柒捌玖拾佰仟万亿])(?:\s*[（(]\s*(?:人民币|￥|¥)?\s*(\d[\d,]*(?:\.\d+)?\s*(?:万元|元))\s*[)）])?/g;

/** A well-formed amount in capital numerals: 亿, 万 and units sections, each 仟 佰 拾 and a digit in order, 零 between. */
const CAPITAL_SECTION = '(?:[壹贰叁肆伍陆柒捌玖]仟)?(?:零?[壹贰叁肆伍陆柒捌玖]佰)?(?:零?[壹贰叁肆伍陆柒捌玖]?拾)?(?:零?[壹贰叁肆伍陆柒捌玖])?';
const WELL_FORMED_CAPITAL = new RegExp(`^(?:${CAPITAL_SECTION}亿)?(?:零?${CAPITAL_SECTION}万)?零?${CAPITAL_SECTION}$`);

/** The figures of a capital-numeral amount; one written wrong ("叁拾拾万") stays as written, no figure guessed from it. */
function capitalAmount(m: string, yuan: string, jiao: string | undefined, fen: string | undefined, figures: string | undefined): string {
	if (!WELL_FORMED_CAPITAL.test(yuan)) return m;
	if (figures) return figures.replace(/\s+/g, '');
	const whole = parseChineseNumeral(yuan);
	if (whole === null) return m;
	const cents = (jiao ? parseChineseNumeral(jiao)! * 10 : 0) + (fen ? parseChineseNumeral(fen)! : 0);
	return `${whole}${cents ? '.' + String(cents).padStart(2, '0') : ''}元`;
}

const DASH_BREADCRUMB_LINE = new RegExp(DASH_BREADCRUMB.source, 'm');

const VOID_TAG = /^(?:br|img|meta|link|input|hr|col|area|base|wbr|source|param|track|embed)$/i;
/** How deep a page's tags nest (open tags not yet closed), counted in one pass. */
function tagDepth(html: string): number {
	let depth = 0;
	let max = 0;
	for (const m of html.matchAll(/<(\/?)([a-z][a-z0-9]*)[^>]*?(\/?)>/gi)) {
		if (m[1]) depth = Math.max(0, depth - 1);
		else if (!m[3] && !VOID_TAG.test(m[2])) max = Math.max(max, ++depth);
	}
	return max;
}

/**
 * A saved page's text as the formats reader gives it; a page too deeply nested for that reader (thousands of open tags)
 * keeps its words with every tag dropped, and says so.
 */
function pageText(raw: string, warnings: string[]): string {
	try {
		if (tagDepth(raw) <= 500) return htmlToText(raw, { mode: 'page' }).text;
	} catch {
		// (the reader gave up: the words with the tags dropped)
	}
	warnings.push('网页结构过深，已去掉全部标签后读取 (a web page nested too deeply to lay out: read with every tag dropped)');
	return raw.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]{0,2000}>/g, ' ');
}

export function normalizeText(raw: string): Normalized {
	const warnings: string[] = [];
	// a whole saved page or spreadsheet exported as a web page, given as text (an Excel sheet "另存为网页" read as .txt): its
	// text, tables one row a line with tab cells, as the formats reader gives a .html file
	const page = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html[\s>])/i.test(raw.slice(0, 300)) && /<\/(?:td|p|div|tr)>/i.test(raw);
	let s = csvToTabs(decodeEntities((page ? pageText(raw, warnings) : raw).replace(/\r\n?/g, '\n')));
	s = foldWidth(s);
	// operators typed in ASCII before a figure (">=120只", "<=2起"): the signs a form prints
	if (s.includes('>=') || s.includes('<=')) s = s.replace(/>=\s*(?=[\d.])/g, '≥').replace(/<=\s*(?=[\d.])/g, '≤');
	// a percentage written out after its figure ("97百分比", a form's unit typed as a word): the sign
	if (s.includes('百分比')) s = s.replace(/(?<=\d)\s?百分比(?![\u4e00-\u9fff])/g, '%');
	// a year written in numerals ("二〇二三年度", "一九九九年"): digits, as every reader of years expects
	if (/[〇零九]/.test(s)) s = s.replace(CN_YEAR, (y) => [...y].map((c) => CN_DIGIT[c]).join(''));
	// an amount in the capital numerals of a voucher ("人民币伍拾万元整", its figures often repeated after it in brackets,
	// "(500,000元)"): the figures, as every reader of money expects
	if (/[壹贰叁肆伍陆柒捌玖]/.test(s)) s = s.replace(CAPITAL_AMOUNT, capitalAmount);
	// a form whose cells are parted by "：" or "／" (a header row "一级指标：二级指标：三级指标…"): pipes
	if (/一级指标[：／]二级指标[：／]/.test(s)) s = otherCellBars(s);
	// a bilingual form ("项目名称 Project Name | …"): the English glosses are no text of the report
	if (/[A-Za-z]{4}/.test(s)) s = dropGlosses(s);
	// a table drawn with box-drawing characters (a console or a plain-text export): its rules are no text, its bars are cells
	if (/[│┃]/.test(s)) s = boxTable(s);
	// ornaments strewn through the text by a site against copying ("一◆、项目基本情况◆■。…实际支出131.6万元■,"): inside words
	// and figures they are no text; only where many stand mid-line (a bullet at a line's start stays)
	if ((s.match(/(?<=\S)[◆■★▲◇☆♦❖]+/g)?.length ?? 0) >= 10) s = s.replace(/(?<=\S)[◆■★▲◇☆♦❖]+/g, '');
	let converted = false;
	if (looksTraditional(s)) {
		s = toSimplified(s);
		converted = true;
		warnings.push('繁体字已转换为简体 (traditional characters converted to simplified)');
	}
	if (s.includes('(') || s.includes('（')) s = s.replace(PINYIN_GLOSS, '');
	s = ocrFixes(s);
	// a line of HTML tags left in a page's text ("• <code id=\"q3vwa\"><abbr id=\"q3vwa\"></abbr></code>"): no text
	if (s.includes('</') || /<[a-z]{1,8}\s[a-z-]{1,12}="/.test(s)) s = stripTags(s);
	// a word processor's page-number fields left in the text of a copied document ("PAGE 3PAGE 4某市2018年度…报告"): no text
	if (s.includes('PAGE')) s = s.replace(/(?<![A-Za-z])(?:(?:NUM)?PAGES?[ \t]?\d{1,3}[ \t]?)+(?=[\u4e00-\u9fff])/g, '');
	// a heading's numeral spaced inside its brackets ("( 一 )产出指标", "（ 2 ）"): the numeral as a heading writes it
	if (/[（(][ \t\u3000]+[一二三四五六七八九十\d]/.test(s))
		s = s.replace(/^([ \t]*[（(])[ \t\u3000]+([一二三四五六七八九十]{1,3}|\d{1,2})[ \t\u3000]*(?=[)）])/gm, '$1$2');
	// a Markdown heading's marks before a line's words ("##某镇2022年…自评报告"): no text
	if (s.includes('#')) s = s.replace(/^[ \t]*#{1,6}[ \t]*(?=[\u4e00-\u9fff\d])/gm, '');
	// a document site's page mark after the title ("…绩效自评报告(第1页)"): no part of it
	// …or its label for a document ("…绩效自评报告(精选文档)", "(完整版)", "(word版)")
	if (/[（(](?:第\s?\d{1,3}\s?页|精选|完整版|通用版|最新版|优秀|范文|范本|模板|word版|可编辑)/i.test(s))
		s = s.replace(
			/(?<=报告|自评表|评价表)[ \t]*[（(](?:第\s?\d{1,3}\s?页|精选文档|精选范文|精选|完整版|通用版|最新版|优秀范文|范文|范本|模板|word版|可编辑版?)[)）]/gim,
			''
		);
	// a text whose full stops were typed as ASCII "?" and "!" all through ("…开展了绩效自评? 现将…报告如下!"): full stops —
	// only where the trait runs through the text (four or more after a word or a figure, before a space or the line's end)
	const odd = /(?<=[\u4e00-\u9fff\d%])[?!](?=[ \t]|$)/gm;
	if ((s.match(odd)?.length ?? 0) >= 4) s = s.replace(odd, '。');
	// stops typed twice all through the text ("…不充分,,修复成本…,。", "补植、、未完成"): each once, a comma before a full stop or a
	// semicolon dropped — only where the trait runs through the text (a form's empty cells are no such stops)
	if ((s.match(/(?<=[\u4e00-\u9fff\d%])(?:,,|，，|、、|[,，][。;；])(?=[\u4e00-\u9fff\d\s]|$)/gm)?.length ?? 0) >= 5)
		s = s.replace(/(?<=[\u4e00-\u9fff\d%])([,，、])\1+(?=[\u4e00-\u9fff\d])/g, '$1').replace(/(?<=[\u4e00-\u9fff\d%])[,，]+(?=[。;；])/g, '');
	// a book-title bracket left open at a line's end ("某地新闻 《" / "2019年…报告》近日发布。"): the name goes on after it
	if (s.includes('《')) s = s.replace(/《[ \t]*\n[ \t]*(?=[^\n《》]{2,80}》)/g, '《');
	// a news feed's items: the reporter's byline opening an item ("〔通讯员某某/某地报道〕…") stands on a line of its own, and
	// the link after an item ("… 阅读全文>> |") is no text
	if (/[〔【[]\s*(?:记者|通讯员|见习记者)/.test(s)) s = s.replace(/^([ \t]*[〔【[]\s*(?:记者|通讯员|见习记者)[^〕】\]\n]{1,24}[〕】\]])[ \t]*(?=\S)/gm, '$1\n');
	if (/(?:阅读|查看)全文/.test(s)) s = s.replace(/[ \t]*(?:阅读|查看)全文[ \t]*(?:>>|›|»|>)[ \t]*\|?[ \t]*$/gm, '');
	// a breadcrumb of a site's sections parted by " - " ("某某之家 - 政务公开 - 绩效评价 - 某县…报告"), among the first lines:
	// the page's own name, its last part, is what it says
	if (s.includes(' - '))
		s = s.replace(DASH_BREADCRUMB_LINE, (m: string, crumbs: string, last: string, at: number) => (at < 600 && !/[，。；]/.test(crumbs) ? last : m));
	// a site's menu among the first lines, short section names parted by spaces ("首页 水利要闻 地方动态 … 调研报告 …"): no
	// text (never a form's header: no 指标, 预算, 分值 … among its words)
	if (/首页|要闻|动态|专题|专栏|下载|视频|图片|新闻|公告/.test(s.slice(0, 800)))
		s = s.replace(/^[ \t\u3000]*(?:[\u4e00-\u9fff]{2,6}[ \t\u3000]+){5,}[\u4e00-\u9fff]{2,6}[ \t\u3000]*$/gm, (m: string, at: number) =>
			at < 800 && /首页|要闻|动态|专题|专栏|下载|视频|图片|新闻|公告/.test(m) && !/指标|预算|分值|得分|执行|名称|单位|金额/.test(m) ? '' : m
		);
	// a document site's offers on lines of their own ("尊享超值权益", "开通VIP 免费下载", "展开全文"): no text
	if (/尊享|超值权益|开通|下载|展开全文|继续阅读/.test(s))
		s = s.replace(
			/^[ \t]*[^\n，。；,;：:]{0,14}(?:尊享|超值权益|开通会员|开通VIP|立即下载|免费下载|下载文档|展开全文|继续阅读)[^\n，。；,;：:]{0,10}[ \t]*$/gm,
			''
		);
	// a title run into its first heading through a character lost in the export ("…自评报告?一、项目基本情况")
	s = s.replace(/^([^\n]{6,80}(?:评价报告|自评报告|自评表|评价表))[?？�](?=[一二三四五六七八九十]{1,2}、)/m, '$1\n');
	// a document site's heading "…报告5篇" before the report's own title on its line: the report's title
	// (…the whole document on that line too: the title then "一、…")
	s = s.replace(/^[ \t]*[^\n]{2,40}报告\d{1,2}篇[ \t]+(?=[^\n]{6,80}?(?:评价报告|自评报告|自评表|评价表)(?:[ \t]*$|[ \t]+[一二三四五六七八九十]{1,2}、))/m, '');
	// a findings label whose items run on after it ("存在问题:一是…;二是…" / "改进措施:一是…"): the label on a line of its own,
	// so its items take its kind
	// (…never where another label follows on the same line: its inline labels part the kinds)
	s = s.replace(
		/^([ \t]*(?:存在(?:的)?问题|主要问题|改进措施|整改措施|改进建议|意见建议|下一步(?:工作)?(?:措施|打算|计划)?)[:：])[ \t]*(?=一是)([^\n]*)/gm,
		(m: string, label: string, rest: string) => (/(?:问题|措施|建议|打算|计划)[:：]/.test(rest) ? m : `${label}\n${rest}`)
	);
	// a PDF page's number printed before the first line of the page, that line a heading or a numbered item ("5 (三)存在的
	// 问题。", "4 2.效益指标。"): no part of it
	s = s.replace(
		/^\d{1,3}[ \t]+(?=[（(][一二三四五六七八九十]{1,2}[)）][\u4e00-\u9fff]|[一二三四五六七八九十]{1,2}、[\u4e00-\u9fff]|\d{1,2}[.、](?!\d)[\u4e00-\u9fff])/gm,
		''
	);
	// a page's publisher before the title on its first line ("某街道办事处: 某街道2018年度…绩效评价报告"): the title
	s = s.replace(
		/^([ \t]*)[\u4e00-\u9fff]{2,30}(?:办事处|人民政府|政府|局|中心|委员会|办公室)[:：][ \t]+(?=[^\n]{6,80}(?:评价报告|自评报告|自评表|评价表)[ \t]*$)/m,
		(m: string, lead: string, at: number) => (at < 300 ? lead : m)
	);
	// a form's 总分 / 合计 cell alone on its line, its figures after blank lines ("总分" / "" / "100 79.6"): one row
	s = s.replace(/^([ \t]*(?:总分|合计|总计)[ \t]*)\n(?:[ \t]*\n){1,4}[ \t]*(100(?:\.0+)?[ \t]+\d{1,3}(?:\.\d{1,2})?)[ \t]*$/gm, '$1\t$2');
	// a report's title with its publication date after it on one line ("…绩效自评报告 2023-03-16"): the date on a line of its own
	s = s.replace(/^([^\n]{6,80}(?:评价报告|自评报告|自评表|评价表))[ \t]+((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})[ \t]*$/m, '$1\n$2');
	// a book's or a compilation's section number before the report's title on the first line ("6.3 某街道…绩效自评报告"): the
	// title is the report's, the number the book's
	s = s.replace(/^(\s*)\d{1,2}(?:\.\d{1,2}){1,3}[ \t]+(?=[^\n]{4,80}(?:评价报告|自评报告|自评表|评价表)[ \t]*(?:\n|$))/, '$1');
	s = previewChunks(s);
	// an indicator table printed as "label:value" lines: a tab header and tab rows
	s = kvGridToTabs(s);
	// a web table copied cell by cell, each further cell on an indented line after a bar: tab rows
	if (/\n[ \t]{2,}\|[ \t]/.test(s)) s = indentedBarRows(s);
	// a county's 财政预算支出项目绩效目标自评表 on one line: its project and funds on tab lines after it
	if (/项目主管单\s?位/.test(s)) s = rubricForms(s);
	// the standard form on one line with its cells scrambled (label after value, figures in blocks): tab rows
	if (s.includes('三级指标') && /年初预算\s?数/.test(s)) s = scrambledForms(s);
	// the standard form as a PDF's text layer gives it (cells parted by spaces, wrapped cells): tab rows
	if (/[≥≤＞＜=][ \t]*\d/.test(s) && /一[ ]*级/.test(s)) s = pdfFormTables(s);
	// a table laid out in columns by runs of spaces (a PDF's text layout): tab rows, split header cells joined
	if (/[≥≤＞＜][ \t]+\d/.test(s)) s = wordSpacedRows(s);
	s = layoutGridToTabs(s.split('\n')).join('\n');
	if (/(?:^|\n)[ \t]*序号[ \t]*(?:\t|\|)/.test(s)) s = serialColumn(s);
	// a heading's weight wrapped onto the next line, before that line's text ("(一)数量指标" / "(20分) 1.某某:年度目标…"): the
	// weight closes the heading, the text keeps its own line
	if (/\n[ \t]*[（(]\d{1,3}(?:\.\d)?分[)）]/.test(s))
		s = s.replace(
			/^([ \t]*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）]|\d{1,2}[.、．])[^\n，,。；;：:]{2,16}?(?:指标|执行率|得分|评分))[ \t]*\n[ \t]*([（(]\d{1,3}(?:\.\d)?分[)）])[ \t]*(?:\n|(?=\S))/gm,
			(_m, h: string, w: string) => `${h}${w}\n`
		);
	s = figureBreaks(s);
	s = despace(s);
	s = s.replace(SPACED_YEAR, (_m, a, b, c, d, y, du) => `${a}${b}${c}${d}${y}${du ?? ''}`);
	// a Word export's footnote references after a figure or a word ("实际91%[3]，…", "2715株②；"): no part of the text
	if (s.includes('[')) s = s.replace(/(?<=[\u4e00-\u9fff%\d])\[\d{1,2}\](?=[，。；、,;:：\s]|$)/gm, '');
	if (/[①-⑳]/.test(s)) s = s.replace(/(?<=[\u4e00-\u9fff%\d])[①-⑳](?=[，。；、,;:：\s]|$)/gm, '');
	// PDF text: a space after the decimal point ("346. 4万元"), and 。 read as "o" after a percent ("97.83%o")
	s = s.replace(/(?<=\d)\. (?=\d{1,4} ?(?:万|元|亿|%))/g, '.').replace(/%o(?=[\u4e00-\u9fff\s\d]|$)/gm, '%。');
	// a text that stops its sentences with "." (a PDF's text layer, no "。" at all): the stops after words and figures are "。"
	// (never between digits, never a list's "1." or a heading's "一.")
	// (…or uses "." far more often than "。", twice as often and three more: a text layer that kept a few of its stops)
	{
		const STOP = /(?<=[\u4e00-\u9fff%％)）])(?<![一二三四五六七八九十])\.(?=[ \t]*(?:\n|$)|[ \t]*[\u4e00-\u9fff])/g;
		const dots = s.match(STOP)?.length ?? 0;
		if (dots >= 3 + 2 * (s.match(/。/g)?.length ?? 0)) s = s.replace(STOP, '。');
	}
	// the last characters of a wrapped sentence alone on the next line ("…种植户增收受到影" / "响。", "实际完成 3200" / "亩。"):
	// the sentence's end, after a long line that stopped mid-sentence at a comma's clause (never after a heading)
	s = s.replace(
		/^([^\n]*[，,、][^\n]*[^\s。；;：:！？!?\t|])[ \t]*\n[ \t]*((?!无|暂无)[\u4e00-\u9fff%]{1,3}[。；;])[ \t]*(?=\n|$)/gm,
		(m, a: string, b: string) => (a.trim().length >= 15 ? a + b : m)
	);
	// a grid row's target cell wrapped before its unit ("… 储备饲草料 ≥2400" / "吨 2460 吨 20 20"): the unit closes the target
	s = s.replace(/([≥≤＞＜>=<][ \t]*\d[\d,.]*)[ \t]*\n[ \t]*([\u4e00-\u9fff]{1,3}|%)(?=[ \t]+\d)/g, '$1$2');
	// …and the result's unit parted from its figure by the same layout ("≥2400吨 2460 吨 20 20"): the target's unit again
	s = s.replace(/([≥≤＞＜>=<][ \t]*\d[\d,.]*([\u4e00-\u9fff]{1,3})[ \t]+\d[\d,.]*)[ \t]+\2(?=[ \t]|$)/gm, '$1$2');
	// page furniture between two lines (a breadcrumb under a site name): nothing joins across it
	const furniture = new Set<number>();
	const pageBreaks = new Set<number>();
	// a form whose rows were exported right to left: each row in order again
	const inLines = s.includes('|') ? reversedRows(s.split('\n')) : s.split('\n');
	const rawLines = inLines.map((l, k) => {
		// characters lost to a wrong encoding before a line ("?????一、项目概况", "??(一)…"): no text
		if (l.charCodeAt(0) === 63 || l.charCodeAt(0) === 0xfffd) l = l.replace(/^[?\uFFFD]+(?=\S)/, '');
		if (l.length <= 160 && (FURNITURE.test(l.trim()) || FURNITURE.test(l.replace(/\s+/g, '')) || FURNITURE_BOX.test(l.replace(/\s+/g, '')))) {
			// a page number is a page break, which may fall inside a sentence ("…实际" / "—12—" / "67.2%。"); other furniture
			// (a breadcrumb under a site name) separates what is around it
			if (PAGE_NUMBER.test(l.replace(/\s+/g, ''))) pageBreaks.add(k);
			else if (/\S/.test(l)) furniture.add(k);
			return '';
		}
		// a cell per line closed by " |" (a table exported line by line): the pipe is no text
		if (/^\s*\|\s*$/.test(l)) return '';
		if (/\S\s*\|\s*$/.test(l) && l.indexOf('|') === l.lastIndexOf('|')) l = l.replace(/\s*\|\s*$/, '');
		// cells separated by " | " inside a line (a table copied from a page or a PDF): tabs, like Markdown rows
		if (l.charCodeAt(0) !== 124 && (l.match(/\|/g)?.length ?? 0) >= 2) l = pipeRow(l);
		// one bar after a form's label cell ("项目名称|某项目"): a tab
		else if (l.includes('|')) l = l.replace(/^(\s*[\u4e00-\u9fff（）()]{2,12})\s*\|\s*(?=\S)(?!.*\|)/, '$1\t');
		if (l.includes('#')) l = l.replace(/^\s*#{1,6}\s+/, '');
		// a bullet before a label ("▶ 产出指标:…", "·产出指标——…"): no text
		if (/^\s*[▶►▸■◆●★]/.test(l)) l = l.replace(/^\s*[▶►▸■◆●★]\s*/, '');
		// (a dot before a sentence only: "·产出指标——…，…"; a dot before a menu's item, "• 研究报告>", is the page's)
		else if (/^\s*[·•]\s*[\u4e00-\u9fff][^\n]{6,}?[：:，,。；;—]/.test(l)) l = l.replace(/^\s*[·•]\s*/, '');
		// (marks inside a word are noise, "专**业"; Markdown's bold marks come in pairs; a lone "**" opening a name is a mask,
		// "**河县": it stays)
		if (l.includes('**')) {
			l = l.replace(/(?<=[\u4e00-\u9fff])\*\*(?=[\u4e00-\u9fff])/g, '');
			if ((l.match(/\*\*/g)?.length ?? 0) % 2 === 0) l = l.replace(/\*\*/g, '');
		}
		if (l.includes('__')) l = l.replace(/__/g, '');
		l = l.trimEnd();
		if (l.charCodeAt(0) === 32) l = l.replace(/^ +/, '');
		return l.charCodeAt(0) === 124 ? markdownRow(l) : l;
	});
	pageCaptions(rawLines, furniture);
	runningHeaders(rawLines, pageBreaks);
	// an article's section numbers on their own line ("03" over "绩效目标完成情况", a WeChat layout): "三、" headings
	for (let k = 0; k < rawLines.length; k++) {
		const m = /^\s*0([1-9])\s*$/.exec(rawLines[k]);
		if (!m) continue;
		let n = k + 1;
		while (n < rawLines.length && rawLines[n].trim() === '') n++;
		const title = rawLines[n]?.trim() ?? '';
		if (title.length < 2 || title.length > 20 || /[，,。；;:：\d]/.test(title)) continue;
		rawLines[k] = '';
		rawLines[n] = `${CN_DIGITS[Number(m[1]) - 1]}、${title}`;
	}
	// a table whose cells came out column by column: rows again
	const columnRows = fieldBlocksToRows(columnsToRows(rawLines));
	const transposed = columnRows !== rawLines;
	// …and a small table written row by row, one cell a line (its rows take no part in guessing the wrap width)
	const byRows = cellLinesToRows(columnRows);
	const cellRows = new Set<number>();
	if (byRows !== columnRows) for (let k = 0; k < byRows.length; k++) if (byRows[k] !== columnRows[k]) cellRows.add(k);
	// (the page's lines as they were, for the layout guesses below: rawLines is rewritten in place)
	const layoutLines = cellRows.size ? spaceGridToTabs(columnRows.slice()) : null;
	// …and a table whose cells are separated by single spaces: tab rows
	const tabbed = spaceGridToTabs(byRows);
	if (tabbed !== rawLines) for (let k = 0; k < rawLines.length; k++) rawLines[k] = tabbed[k];
	// a table's header row printed again after a page break, right under the table's rows: the table goes on
	let header: string | null = null;
	let prevRow = '';
	for (let k = 0; k < rawLines.length; k++) {
		const l = rawLines[k].trim();
		if (!l) continue;
		const isHeader = /一级指标/.test(l) && /三级指标|指标值/.test(l) && /[\t|]/.test(l);
		if (isHeader && l === header && (prevRow.match(/[\t|]/g)?.length ?? 0) >= 3 && prevRow !== header) {
			rawLines[k] = '';
			furniture.add(k);
			continue;
		}
		if (isHeader) header = l;
		// a new form (its title, its 项目名称 or funds rows) starts its own table: its header is no repeat
		else if (/自评表|评价表|项目名称|预算执行情况|年度资金总额|资金总额/.test(l)) header = null;
		prevRow = l;
	}
	// Gaps: blank lines between two text lines. In double-spaced PDF extractions almost every line is
	// followed by a blank line, so a blank line there is no paragraph break; punctuation decides instead.
	const nonBlank = rawLines.filter((l) => l.trim() !== '');
	// (the spacing, the wrap width and the cell mode are those of the lines before a row-by-row table was put back in
	// rows: its cells' lines and blank lines are the page's layout, not the rows')
	const layout = layoutLines ?? rawLines;
	const before = layoutLines ? layout.filter((l) => l.trim() !== '') : nonBlank;
	let followedByBlank = 0;
	for (let i = 0; i + 1 < layout.length; i++) if (layout[i].trim() !== '' && layout[i + 1].trim() === '') followedByBlank++;
	const doubleSpaced = before.length >= 6 && followedByBlank >= before.length * 0.6;
	const width = wrapWidth(before);
	// A grid flattened one cell per line: short lines are cells, never wrapped prose or title parts.
	const cellMode =
		transposed ||
		before.some((l) => /^(一级指标|二级指标|三级指标|年度指标值|实际完成值)$/.test(l.trim())) ||
		before.filter((l) => /^(项目名称|自评分数|自评得分|自评等级|评价等级|评价得分|债券资金|预算数|执行数|实际支出|全年预算数|全年执行数)$/.test(l.trim()))
			.length >= 3;
	const full = width === Infinity ? Infinity : Math.max(cellMode ? 24 : 12, Math.floor(width * 0.8));

	// A paragraph ends in sentence punctuation: test its last character only (a `$` regex on the growing
	// paragraph would rescan it for every line).
	const ends = (l: string) => TERMINAL_CHARS.has(l.charCodeAt(l.length - 1));
	let lastTab: boolean | null = null;
	const paras: string[] = [];
	let cur: string | null = null;
	let gap = 0;
	let inPreamble = true;
	let lastPhys = '';
	let crossed = false;
	let paged = false;
	for (let k = 0; k < rawLines.length; k++) {
		const line = rawLines[k];
		const t = /\S/.test(line) ? line : '';
		if (t === '') {
			gap++;
			if (furniture.has(k)) crossed = true;
			if (pageBreaks.has(k)) paged = true;
			continue;
		}
		if (cur !== null) {
			const softGap = gap === 0 || ((doubleSpaced || paged) && gap <= 3);
			const prevLen = lastPhys.length;
			const isTitleJoin =
				inPreamble &&
				!crossed &&
				!cellMode &&
				!/(报告\d{0,2}|自评表|评价表|(?:自评|评价)结果|通知|公告|公示|通报|[）)])$/.test(lastPhys) &&
				!/(?:来源|日期|时间|作者|浏览|阅读|点击|关键词|关键字|主题词|摘\s?要|文件名|文档名称?)\s*[:：]/.test(lastPhys) &&
				!/\.(?:docx?|pdf|wps|xlsx?)$/i.test(lastPhys) &&
				!BREADCRUMB.test(lastPhys) &&
				!BREADCRUMB.test(t) &&
				!/^[^，。]{1,12}[：:]/.test(t) &&
				!CJK_GAP.test(lastPhys) &&
				!CJK_GAP.test(t) &&
				!YEAR_LINE.test(lastPhys) &&
				!YEAR_LINE.test(t) &&
				!/^附件/.test(lastPhys) &&
				// (a portal's date line, "今天是:2021年06月18日", stands alone)
				!/^今天是/.test(lastPhys) &&
				// (two lines that each name a year are two headings, a page's and the report's, not one title wrapped)
				!(/(?:19|20)\d{2}\s*年/.test(lastPhys) && /(?:19|20)\d{2}\s*年/.test(t)) &&
				// (a cover's mark of who printed the form, "某区财政局制", closes the cover)
				!/(?:局|厅|部|委员会|办公室)(?:印?制|监制)$/.test(lastPhys) &&
				// (an essay site's collection heading, "…报告6篇", and its item headings, "…报告篇1", stand alone)
				!/\d{1,3}篇[)）]?$/.test(lastPhys) &&
				!/篇\s*\d{1,2}$/.test(t) &&
				// (a news item's first sentence under its headline, "今年以来,该镇…", "近日,…", is no second half of a title)
				!/^(?:今年以来|近日|日前|近期|目前|截至目前|\d{1,2}月\d{1,2}日)[，,]/.test(t) &&
				lastPhys.length >= 6 &&
				!/\t/.test(t);
			// a title (no sentence punctuation) ends its line ("…绩效自评报告(X项目)"); only a bracketed subtitle joins it
			const titleEnd = TITLE_END.test(lastPhys) && lastPhys.length <= 80 && !/[，,。；;]/.test(lastPhys) && !/^[(（]/.test(t);
			let tTab: boolean | null = null;
			const join =
				(softGap || (isTitleJoin && gap <= 1)) &&
				!titleEnd &&
				!PORTAL_LABEL.test(lastPhys) &&
				// (a page's date-and-source line, "日期:2024-05-20 16:10  来源:某局", is furniture of its own, never the head of the title)
				!/^(?:发布)?(?:日期|时间)[:：]\s*(?:19|20)\d{2}[-/年.][^\n]{0,40}来源[:：]/.test(lastPhys) &&
				!PORTAL_LABEL.test(t) &&
				// a breadcrumb ("政务公开 > 财政 > 财政专题 > …") is a line of its own, even in a double-spaced page
				!(BREADCRUMB.test(lastPhys) && /[>＞»›]/.test(lastPhys) && (lastPhys.match(/[>＞»›]/g)?.length ?? 0) >= 2) &&
				!letterhead(lastPhys, t) &&
				// a whole title of its own (a place, a year, the report word) is no second half of the line above (a photo's caption)
				!(inPreamble && WHOLE_TITLE.test(t) && t.length >= 16) &&
				// a heading in brackets on its own line ("【存在问题】") is no start of its text
				!/^【[^】\n]{2,16}】$/.test(lastPhys) &&
				// …nor a level's label with its verdict, "产出指标全部完成" (a feature's sub-heading)
				!/^(?:产出|效益|效果|满意度|成本)指标[\u4e00-\u9fff]{2,8}$/.test(lastPhys) &&
				!/^(?:财政|部门预算)?(?:项目支出|部门整体支出)绩效(?:自评|评价)表/.test(t) &&
				!ends(lastPhys) &&
				// (a line cut after a comma, or before the figure its last word states — "全年实际支出" / "60.8万元,…" — is a wrap
				// whatever its length)
				(prevLen >= full ||
					isTitleJoin ||
					(softGap &&
						!inPreamble &&
						(/[，,、]$/.test(lastPhys) ||
							(/[\u4e00-\u9fff]$/.test(lastPhys) && /^\d[\d,]*(?:\.\d+)?(?:万元|亿元|元|%)[，,。；;]/.test(t)) ||
							// (…or between a figure and its unit: "实际完成 46.2" / "万平方米。")
							(/[，,：:]/.test(lastPhys) && /[\u4e00-\u9fff]\s?\d[\d,]*(?:\.\d+)?$/.test(lastPhys) && FIGURE_UNIT_CUT.test(t))))) &&
				!BLOCK_START.test(t) &&
				!SECTION_LABEL.test(t) &&
				!HEADER_LABEL.test(t) &&
				!HEADER_CELL.test(t) &&
				!/^[\d.,%\s]+$/.test(t) &&
				// (a cover's "label: value" line, "预 算 编 码:  150207", "来源:办公室", is a cell of its own, not the rest of a
				// long line above that ends without a comma; a wrapped list's "次数：54次、…" goes on its line)
				!(/^[\u4e00-\u9fff（）() ]{2,14}[:：][ \t]*\S/.test(t) && !/[，,、。；;]/.test(t) && t.length <= 60 && !/[，,、：:；;]$/.test(lastPhys)) &&
				// (a page's title parted by underscores, "站名_栏目_文章名", stands alone; so does a document number that opens the
				// preamble's next line, "某水评〔2022〕5号《…》")
				!/^[^_\s]{2,40}(?:_[^_\s]{2,40}){2,}$/.test(lastPhys) &&
				// (…and so does a heading that names a report in book-title marks, "引言:某镇《…自评报告》解读")
				!(inPreamble && /》(?:解读|全文)?$/.test(lastPhys) && !/[，,。；;]/.test(lastPhys)) &&
				// (…nor an attachment's name in book-title marks, "附件:《…自评报告》", above the signature)
				!/^附\s*件\s*\d{0,2}\s*[:：]\s*《[^《》]{4,80}》$/.test(lastPhys) &&
				!(inPreamble && /^[\u4e00-\u9fff]{1,10}[〔\[［]\d{4}[〕\]］]\s?\d{1,4}\s?号/.test(t)) &&
				!(tTab = tabular(t)) &&
				!(lastTab ??= tabular(lastPhys));
			lastTab = tTab;
			if (join) {
				const a = cur[cur.length - 1];
				const b = t[0];
				cur += /[A-Za-z]/.test(a) && /[A-Za-z]/.test(b) ? ' ' + t : t;
			} else {
				paras.push(cur);
				paras.push(gap > 0 && (!doubleSpaced || ends(lastPhys)) ? '\n' : '');
				cur = t;
			}
		} else {
			cur = t;
			lastTab = null;
		}
		lastPhys = t;
		// (a portal's bullet list of page fields, "• 索引号" / "• 发布机构", is furniture above the title, no start of the body)
		if (
			BLOCK_START.test(t) &&
			!/^[-*•·]\s*(?:索引号|发布机构|文号|发布日期|成文日期|时效性|主题分类|组配分类|信息来源|公开方式|公开范围|生成日期|[\u4e00-\u9fff]{2,20}(?:人民政府|办事处|局|委员会))\s*$/.test(
				t
			)
		)
			inPreamble = false;
		gap = 0;
		crossed = false;
		paged = false;
	}
	if (cur !== null) paras.push(cur);
	// paras alternates text and separators ('' → single newline, '\n' → blank line)
	let text = '';
	for (let i = 0; i < paras.length; i += 2) {
		text += paras[i];
		if (i + 1 < paras.length) text += '\n' + paras[i + 1];
	}
	text = text.replace(/[ \t]{2,}(?=\S)/g, (m) => (m.includes('\t') ? '\t' : '  ')).trim();
	// an indicator table whose level columns come after the indicator's name: the level cells first, as the readers expect
	if (/三级指标|指标名称/.test(text) && /一级指标/.test(text)) text = levelsFirst(text.split('\n')).join('\n');
	// a document flattened into long lines: its sections start again on their own line ("…。六、改进措施一是…")
	if (/[^\n]{80}/.test(text)) text = text.split('\n').map(unflatten).join('\n');
	return { text, converted, warnings };
}
