/**
 * HTML → report text, for saved web pages (.html/.htm/.mhtml, a ".doc" or ".xls" that is really a page)
 * and for .docx (mammoth's HTML). Tables become one line per row with tab-separated cells (what the 自评表
 * grid reader reads: src/lib/ingest/indicators/grid.ts), row and column spans placed so cells stay in their
 * columns; a page keeps its article only: scripts, navigation, header and footer bars, breadcrumbs
 * (当前位置), 索引号 metadata boxes and link lists are dropped. Pure (htmlparser2 runs in the browser too).
 */
import { parseDocument } from 'htmlparser2';

/** The part of a domhandler node this module reads. */
interface Node {
	type: string;
	name?: string;
	attribs?: Record<string, string>;
	children?: Node[];
	data?: string;
	parent?: Node | null;
}

/** How to lay out the text. */
export interface HtmlTextOptions {
	/**
	 * 'page': a saved web page (boilerplate dropped, blocks one a line);
	 * 'docx': mammoth's HTML (every paragraph followed by a blank line, as mammoth's raw text gives it).
	 */
	mode?: 'page' | 'docx';
	/** Put a spanned cell's text in every row and column it spans (default true). */
	fillSpans?: boolean;
}

/** The text of a page and what was found in it. */
export interface HtmlText {
	text: string;
	/** The page's <title>, if any. */
	title: string | null;
	/** Data tables written as tab-separated rows. */
	tables: number;
}

const DROP_TAGS = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'iframe',
	'object',
	'embed',
	'svg',
	'canvas',
	'select',
	'option',
	'button',
	'input',
	'textarea',
	'link',
	'meta',
	'head',
	'map',
	'area',
	'audio',
	'video',
	'img'
]);
const PAGE_DROP_TAGS = new Set(['nav', 'aside']);
const BLOCK = new Set([
	'p',
	'div',
	'section',
	'article',
	'main',
	'header',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'li',
	'ul',
	'ol',
	'dl',
	'dt',
	'dd',
	'blockquote',
	'pre',
	'center',
	'address',
	'figure',
	'figcaption',
	'form',
	'fieldset',
	'legend',
	'body',
	'html',
	'hr',
	'caption',
	'table',
	'tbody',
	'thead',
	'tfoot',
	'tr'
]);
/** id/class words of page furniture (whole words, so 'content-header' is furniture but 'headline' is not). */
const FURNITURE =
	/(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|breadcrumbs?|crumbs?|footer|foot|topbar|top-bar|sidebar|side-bar|share|bdshare|copyright|friendlink|friend-link|qrcode|ewm|position|location|dqwz|bottom|header|site-header|toolbar|skip|login|search)(?:$|[\s_\d-])/i;
const WHERE = /^\s*(?:当前位置|您的位置|您现在的位置|您当前的位置|你的位置|你现在的位置|所在位置)\s*[：:]/;
const META_BOX = /索引号/;
const META_BOX_MORE = /发布机构|发文机关|成文日期|发布日期|主题分类|文号|公开方式|公开时间|信息来源|生成日期|公开范围/;
const SITE_FOOT = /主办单位|承办单位|版权所有|网站标识码|ICP备|公网安备|技术支持|网站地图|联系我们/;

const textOf = (n: Node): string => {
	if (n.type === 'text') return n.data ?? '';
	if (!n.children || (n.type !== 'tag' && n.type !== 'root')) return '';
	let s = '';
	for (const c of n.children) s += textOf(c);
	return s;
};
const compact = (s: string) => s.replace(/[\s\u00a0]+/g, '');

function linkText(n: Node): number {
	if (n.type === 'tag' && n.name === 'a') return compact(textOf(n)).length;
	let k = 0;
	for (const c of n.children ?? []) k += linkText(c);
	return k;
}
function countTag(n: Node, name: string): number {
	let k = n.type === 'tag' && n.name === name ? 1 : 0;
	for (const c of n.children ?? []) k += countTag(c, name);
	return k;
}

function remove(n: Node): void {
	const p = n.parent;
	if (!p?.children) return;
	const i = p.children.indexOf(n);
	if (i >= 0) p.children.splice(i, 1);
}

/** Drop what is never text, and on a page the furniture around the article. */
function prune(root: Node, page: boolean): void {
	const walk = (n: Node, inArticle: boolean) => {
		for (const c of [...(n.children ?? [])]) {
			if (c.type === 'comment' || c.type === 'directive' || c.type === 'script' || c.type === 'style' || c.type === 'cdata') {
				remove(c);
				continue;
			}
			if (c.type !== 'tag') continue;
			const name = c.name ?? '';
			if (DROP_TAGS.has(name)) {
				remove(c);
				continue;
			}
			if (page) {
				const art = inArticle || name === 'article' || name === 'main';
				if (PAGE_DROP_TAGS.has(name) || ((name === 'header' || name === 'footer') && !art)) {
					remove(c);
					continue;
				}
				const idc = `${c.attribs?.id ?? ''} ${c.attribs?.class ?? ''}`;
				if (name !== 'body' && name !== 'html' && FURNITURE.test(idc) && !hasArticleText(c)) {
					remove(c);
					continue;
				}
				walk(c, art);
			} else walk(c, inArticle);
		}
	};
	walk(root, false);
	if (!page) return;
	// smallest blocks that are a breadcrumb, an 索引号 box, the site's footer, or a list of links
	const blocks = (n: Node, out: Node[]) => {
		for (const c of n.children ?? []) {
			if (c.type !== 'tag') continue;
			blocks(c, out);
			if (BLOCK.has(c.name ?? '') || c.name === 'span' || c.name === 'td') out.push(c);
		}
		return out;
	};
	for (const b of blocks(root, [])) {
		if (!b.parent) continue;
		const t = textOf(b);
		const c = compact(t);
		if (c.length === 0) continue;
		if (WHERE.test(t) && c.length < 200) remove(b);
		else if (META_BOX.test(t) && META_BOX_MORE.test(t) && c.length < 600 && !/绩效|预算|得分/.test(t.replace(/主题分类[：:]?\s*\S{0,12}/g, ''))) remove(b);
		else if (SITE_FOOT.test(t) && c.length < 400 && !/绩效/.test(t)) remove(b);
		else if (b.name !== 'td' && b.name !== 'tr' && b.name !== 'span' && countTag(b, 'a') >= 3 && linkText(b) > 0.6 * c.length && c.length < 2000) remove(b);
	}
}

/** A block with the words of a report inside is never furniture, whatever its class says. */
function hasArticleText(n: Node): boolean {
	const t = textOf(n);
	return compact(t).length > 300 && /绩效|预算|评价|自评/.test(t);
}

/** A table that lays out a page (holds another table, or is one column) is read as blocks, not rows. */
function isLayoutTable(t: Node): boolean {
	const inner = (n: Node): boolean => (n.children ?? []).some((c) => c.type === 'tag' && (c.name === 'table' || inner(c)));
	if (inner(t)) return true;
	const rows = tableRows(t);
	return rows.every((r) => cellsOf(r).length <= 1);
}

function tableRows(t: Node): Node[] {
	const out: Node[] = [];
	const walk = (n: Node) => {
		for (const c of n.children ?? []) {
			if (c.type !== 'tag') continue;
			if (c.name === 'tr') out.push(c);
			else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') walk(c);
		}
	};
	walk(t);
	return out;
}
const cellsOf = (tr: Node) => (tr.children ?? []).filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));

/** One line of a cell: its text with every break and run of spaces as one space. */
function cellText(n: Node): string {
	return inlineText(n)
		.replace(/[\t\n\r\u00a0 ]+/g, ' ')
		.trim();
}

/** Text of inline content, with <br> and blocks as line breaks. */
function inlineText(n: Node): string {
	if (n.type === 'text') return (n.data ?? '').replace(/[\t\n\r ]+/g, ' ');
	if (n.type !== 'tag' && n.type !== 'root') return '';
	if (n.name === 'br') return '\n';
	let s = '';
	for (const c of n.children ?? []) s += inlineText(c);
	return BLOCK.has(n.name ?? '') ? `\n${s}\n` : s;
}

/** Rows of cells with spans placed: a cell spanning k columns or rows fills them (or leaves them empty). */
export function tableGrid(t: Node, fill: boolean): string[][] {
	const grid: (string | undefined)[][] = [];
	tableRows(t).forEach((tr, r) => {
		grid[r] ??= [];
		let col = 0;
		for (const td of cellsOf(tr)) {
			while (grid[r][col] !== undefined) col++;
			const text = cellText(td);
			const cs = Math.min(50, Math.max(1, parseInt(td.attribs?.colspan ?? '1', 10) || 1));
			const rs = Math.min(500, Math.max(1, parseInt(td.attribs?.rowspan ?? '1', 10) || 1));
			for (let dr = 0; dr < rs; dr++) {
				const row = (grid[r + dr] ??= []);
				for (let dc = 0; dc < cs; dc++) row[col + dc] = dr === 0 && dc === 0 ? text : fill ? text : '';
			}
			col += cs;
		}
	});
	return grid.map((row) => Array.from(row ?? [], (c) => c ?? ''));
}

/** Rows as tab-separated lines: trailing empty cells dropped, a row of equal spanned cells written once, empty rows left out. */
export function rowsToLines(rows: string[][]): string[] {
	const out: string[] = [];
	for (const row of rows) {
		let cells = row.map((c) => c.replace(/[\t\r\n]+/g, ' ').trim());
		while (cells.length && cells[cells.length - 1] === '') cells.pop();
		if (cells.length === 0) continue;
		// a title or note spanning the whole row: once, not once per column
		if (cells.length > 1 && cells.every((c) => c === cells[0])) cells = [cells[0]];
		out.push(cells.join('\t'));
	}
	return out;
}

/** The text of an HTML document as report text. */
export function htmlToText(html: string, options: HtmlTextOptions = {}): HtmlText {
	const mode = options.mode ?? 'page';
	const fill = options.fillSpans ?? true;
	const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as Node;
	const titleNode = findTag(doc, 'title');
	const title = titleNode ? textOf(titleNode).replace(/\s+/g, ' ').trim() || null : null;
	prune(doc, mode === 'page');
	const parts: string[] = [];
	let tables = 0;
	const para = mode === 'docx' ? '\n\n' : '\n';
	let line = '';
	const flush = () => {
		const l = line.replace(/[ \t\u00a0]+/g, ' ').replace(/^ | $/g, '');
		if (l !== '') parts.push(l + para);
		line = '';
	};
	const walk = (n: Node) => {
		if (n.type === 'text') {
			line += (n.data ?? '').replace(/[\t\n\r ]+/g, ' ');
			return;
		}
		if (n.type !== 'tag' && n.type !== 'root') return;
		const name = n.name ?? '';
		if (name === 'br') {
			flush();
			return;
		}
		if (name === 'pre') {
			flush();
			for (const l of textOf(n).split(/\r?\n/)) if (l.trim()) parts.push(l.replace(/\s+$/, '') + '\n');
			return;
		}
		if (name === 'table' && !isLayoutTable(n)) {
			flush();
			const lines = rowsToLines(tableGrid(n, fill));
			if (lines.length) {
				tables++;
				parts.push(lines.join('\n') + '\n' + (mode === 'docx' ? '\n' : ''));
			}
			return;
		}
		const block = BLOCK.has(name) || name === 'td' || name === 'th';
		if (block) flush();
		for (const c of n.children ?? []) walk(c);
		if (block) flush();
	};
	walk(doc);
	flush();
	let text = parts.join('');
	if (mode === 'page') {
		text = text.replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
		// a page whose heading lives only in <title> ("XX报告_某区人民政府网站"): the title's first part leads
		const head = title?.split(/\s*[_|｜]\s*|\s+-\s+/)[0]?.trim();
		if (head && head.length >= 6 && !compact(text).includes(compact(head))) text = `${head}\n${text}`;
	}
	return { text, title, tables };
}

function findTag(n: Node, name: string): Node | null {
	for (const c of n.children ?? []) {
		if (c.type === 'tag' && c.name === name) return c;
		const f = findTag(c, name);
		if (f) return f;
	}
	return null;
}

// ── bytes → HTML string ────────────────────────────────────────────────────────────────────────────

/** The charset a page declares in its first bytes (<meta charset> or http-equiv Content-Type), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
	let head = '';
	const n = Math.min(bytes.length, 4096);
	for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]);
	const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i) ?? head.match(/^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i);
	return m ? m[1].toLowerCase() : null;
}

/** A charset label as TextDecoder takes it (GB2312 and GBK pages decoded as GB18030, their superset). */
export function decoderLabel(charset: string): string {
	const c = charset.toLowerCase().replace(/^x-/, '');
	if (/^(?:gb2312|gbk|gb18030|cp936|ms936|euc-cn|windows-936|gb_2312-80)$/.test(c)) return 'gb18030';
	if (c === 'utf8') return 'utf-8';
	if (c === 'big5-hkscs' || c === 'cp950') return 'big5';
	return c;
}

/** Decode bytes with a label, or null when the label is unknown or the bytes are not valid in it. */
export function decodeAs(bytes: Uint8Array, label: string, fatal = false): string | null {
	try {
		return new TextDecoder(decoderLabel(label), { fatal }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * A page's bytes as a string: a BOM wins, then the declared charset, then UTF-8 if the bytes are valid
 * UTF-8, else GB18030 (a Chinese page that declares nothing).
 */
export function decodeHtml(bytes: Uint8Array): { html: string; charset: string } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { html: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { html: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be' };
	const declared = declaredCharset(bytes);
	if (declared) {
		const s = decodeAs(bytes, declared);
		if (s !== null) return { html: s, charset: decoderLabel(declared) };
	}
	const utf8 = decodeAs(bytes, 'utf-8', true);
	if (utf8 !== null) return { html: utf8, charset: 'utf-8' };
	return { html: new TextDecoder('gb18030').decode(bytes), charset: 'gb18030' };
}

// ── MHTML (.mht/.mhtml: a page saved as one MIME message) ──────────────────────────────────────────

/** The HTML part of an MHTML archive, decoded; or why there is none. */
export function mhtmlToHtml(bytes: Uint8Array): { ok: true; html: string; charset: string } | { ok: false; reason: string } {
	const raw = latin1(bytes);
	const top = splitHeaders(raw);
	if (!top) return { ok: false, reason: 'not an MHTML archive (no MIME headers)' };
	const type = top.headers['content-type'] ?? '';
	const parts: { headers: Record<string, string>; body: string }[] = [];
	const boundary = type.match(/boundary\s*=\s*"?([^";\r\n]+)"?/i)?.[1];
	if (/multipart\//i.test(type) && boundary) {
		for (const chunk of top.body.split('--' + boundary)) {
			if (/^--\s*$/.test(chunk) || chunk.trim() === '') continue;
			const p = splitHeaders(chunk.replace(/^\r?\n/, ''));
			if (p) parts.push(p);
		}
	} else parts.push(top);
	const html = parts.find((p) => /text\/html/i.test(p.headers['content-type'] ?? ''));
	if (!html) return { ok: false, reason: 'MHTML archive without an HTML part' };
	const enc = (html.headers['content-transfer-encoding'] ?? '').trim().toLowerCase();
	const body = enc === 'base64' ? base64Bytes(html.body) : enc === 'quoted-printable' ? quotedPrintable(html.body) : latin1Bytes(html.body);
	const cs = (html.headers['content-type'] ?? '').match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
	if (cs) {
		const s = decodeAs(body, cs);
		if (s !== null) return { ok: true, html: s, charset: decoderLabel(cs) };
	}
	const d = decodeHtml(body);
	return { ok: true, html: d.html, charset: d.charset };
}

function latin1(b: Uint8Array): string {
	let s = '';
	for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
	return s;
}
function latin1Bytes(s: string): Uint8Array {
	const b = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
	return b;
}
function splitHeaders(s: string): { headers: Record<string, string>; body: string } | null {
	const m = s.match(/\r?\n\r?\n/);
	if (!m || m.index === undefined) return null;
	const head = s.slice(0, m.index).replace(/\r?\n[ \t]+/g, ' ');
	const headers: Record<string, string> = {};
	for (const l of head.split(/\r?\n/)) {
		const i = l.indexOf(':');
		if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
	}
	if (Object.keys(headers).length === 0) return null;
	return { headers, body: s.slice(m.index + m[0].length) };
}
function quotedPrintable(s: string): Uint8Array {
	const t = s.replace(/=\r?\n/g, '');
	const out: number[] = [];
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i);
		if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(t.slice(i + 1, i + 3))) {
			out.push(parseInt(t.slice(i + 1, i + 3), 16));
			i += 2;
		} else out.push(c & 0xff);
	}
	return new Uint8Array(out);
}
function base64Bytes(s: string): Uint8Array {
	const bin = atob(s.replace(/[^A-Za-z0-9+/=]/g, ''));
	return latin1Bytes(bin);
}
