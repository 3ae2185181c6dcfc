/**
 * Documents that evaluate several projects: a unit's report with a section per project, several 自评表
 * in one file, or a list table of projects (项目名称 | 资金 | 已支出 | 自评分数 | 等级). Each project
 * becomes a report of its own; the parts of the text that belong to it are its segments.
 */
import type { Line } from './structure';
import { parseArabic } from './numbers';
import { titleProject } from './fields';

/** One project of a document: its name (if read) and the ranges of text that belong to it. */
export interface ProjectPart {
	name: string | null;
	segments: [number, number][];
	/** The part's own title line, when the document holds several whole reports one after another. */
	title?: { value: string; start: number; end: number };
	/** Figures a list table states for the project directly (万元, points, grade word). */
	listed?: { budget: number | null; actual: number | null; score: number | null; grade: string | null; rate?: number | null; start: number; end: number };
}

/** A project-like name at the start of a numbered item or heading: "高原特色农业新品种试验示范经费". */
const PROJECT_NAME = /^((?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff“”"（）()]{4,36}?(?:经费|项目|工程|资金|补助|补贴|专项))(?=[。：:，,\s]|$)/;

/** Figures that make a part a project's own evaluation, not a mention. */
const HAS_FIGURES = /(?:预算|支出|执行数|得分|评分|万元|元)/;

/**
 * Sections per project: numbered items or headings that start with a project name, grouped by name
 * (a project described in 项目概况 and evaluated under 绩效目标完成情况 is one project). Two or more
 * names, each with figures, make a multi-project document; otherwise none.
 */
export function narrativeProjects(lines: Line[]): ProjectPart[] {
	const byName = new Map<string, ProjectPart>();
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		if (l.rank < 2) continue;
		const m = PROJECT_NAME.exec(l.body.trim());
		if (!m || /^(?:本|该|此|上述|各|全部|所有)/.test(m[1])) continue;
		let end = l.end;
		for (let j = i + 1; j < lines.length; j++) {
			const r = lines[j].rank;
			if (r > 0 && r <= l.rank) break;
			end = lines[j].end;
		}
		const name = m[1];
		const p = byName.get(name) ?? { name, segments: [] };
		p.segments.push([l.start, end]);
		byName.set(name, p);
	}
	// a short name inside a longer one is that project ("花境提升项目" under 存在的问题 is "人民路沿线花境提升项目")
	const parts: ProjectPart[] = [];
	for (const p of byName.values()) {
		const long = [...byName.values()].find((q) => q !== p && q.name!.length > p.name!.length && q.name!.includes(p.name!));
		if (long) long.segments.push(...p.segments);
		else parts.push(p);
	}
	for (const p of parts) p.segments.sort((a, b) => a[0] - b[0]);
	return parts.length >= 2 ? parts : [];
}

/** Whether each part states figures of its own (checked on the text). */
export function withFigures(text: string, parts: ProjectPart[]): ProjectPart[] {
	const ok = parts.filter((p) => p.listed || p.segments.some(([a, b]) => HAS_FIGURES.test(text.slice(a, b))));
	return ok.length >= 2 && ok.length === parts.length ? parts : [];
}

const LIST_COL: [RegExp, 'name' | 'budget' | 'actual' | 'score' | 'grade' | 'rate' | 'other'][] = [
	[/^项目名称$/, 'name'],
	[/^(?:债券资金|预算资金|预算数|资金总额|项目资金|安排资金|下达资金|全年预算数)|^预算(?:[（(](?:万元|元|亿元)[)）])?$/, 'budget'],
	[/(?:已支出|支出数|执行数|实际支出)|^支出(?:[（(](?:万元|元|亿元)[)）])?$/, 'actual'],
	[/^(?:自评分数|自评得分|评价得分|得分|评分|分数)$/, 'score'],
	[/^(?:预算)?执行率(?:[(（]%[)）])?$/, 'rate'],
	[/^(?:自评等级|评价等级|等级|绩效等级)$/, 'grade']
];

/**
 * A list table of projects flattened one cell per line (or tab cells): a header run that starts with
 * 项目名称 and names a score or money column, then rows of as many cells. Money in the unit the table
 * states (单位:亿元 / 万元 / 元), converted to 万元.
 */
export function listTableProjects(text: string, lines: Line[]): ProjectPart[] {
	const cells: { t: string; start: number; end: number }[] = [];
	for (const l of lines) {
		for (const c of l.text.split('\t')) {
			const t = c.trim();
			if (!t) continue;
			const at = l.start + l.text.indexOf(c);
			cells.push({ t, start: at, end: at + c.length });
		}
	}
	for (let i = 0; i < cells.length; i++) {
		if (!/^项目名称$/.test(cells[i].t)) continue;
		const cols: string[] = [];
		let j = i;
		for (; j < cells.length && cols.length < 10; j++) {
			const k = LIST_COL.find(([re]) => re.test(cells[j].t))?.[1] ?? (j > i && cells[j].t.length <= 8 && !/\d/.test(cells[j].t) ? 'other' : null);
			if (!k) break;
			cols.push(k);
		}
		if (!cols.includes('score') && !(cols.includes('budget') && cols.includes('actual'))) continue;
		if (cols.length < 3) continue;
		const before = text.slice(Math.max(0, cells[i].start - 300), cells[i].start);
		// (the unit the table states above it, or in its money header: "预算（万元）")
		const headUnit = cells
			.slice(i, j)
			.map((c) => /[（(](亿元|万元|元)[)）]$/.exec(c.t)?.[1])
			.find(Boolean);
		const unit = /单位[:：]\s*(亿元|万元|元)/.exec(before)?.[1] ?? headUnit ?? '万元';
		const scale = unit === '亿元' ? 1e4 : unit === '元' ? 1e-4 : 1;
		const parts: ProjectPart[] = [];
		// a 序号 column before 项目名称: each row opens with its number ("1\t农村供水工程…\t286.00…")
		const numbered = i > 0 && /^序号$/.test(cells[i - 1].t);
		for (let r = j; r + cols.length <= cells.length; r += cols.length) {
			if (numbered && /^\d{1,3}$/.test(cells[r].t)) r++;
			if (r + cols.length > cells.length) break;
			const row = cells.slice(r, r + cols.length);
			const get = (k: string) => row[cols.indexOf(k)]?.t ?? null;
			const name = get('name');
			if (!name || !/[\u4e00-\u9fff]{4}/.test(name) || /^(?:合计|总计|小计)/.test(name)) break;
			const money = (k: string) => {
				const v = get(k);
				const n = v ? parseArabic(v.replace(/[万亿]?元$/, '')) : null;
				return n === null ? null : Number((n * scale).toPrecision(12));
			};
			const sc = get('score');
			const score = sc && /^\d{1,3}(?:\.\d+)?$/.test(sc) ? Number(sc) : null;
			if (cols.includes('score') && (score === null || score > 100)) return [];
			// a row that does not read as one project's figures means the columns are not what they seem
			const b = money('budget');
			const a = money('actual');
			if ((cols.includes('budget') && b === null) || (cols.includes('actual') && a === null) || (b !== null && a !== null && a > b * 3)) return [];
			const g = get('grade');
			if (cols.includes('grade') && !(g && /^(优秀?|良好?|中等?|合格|差|较差|不合格)$/.test(g))) return [];
			parts.push({
				name,
				segments: [[row[0].start, row[row.length - 1].end]],
				listed: {
					budget: money('budget'),
					actual: money('actual'),
					score,
					grade: get('grade'),
					rate: rateCell(get('rate')),
					start: row[0].start,
					end: row[row.length - 1].end
				}
			});
		}
		if (parts.length >= 2) return parts;
	}
	return [];
}

/** A rate cell as a fraction ("97.71%" → 0.9771, "97.71" → 0.9771), null when it is no rate. */
function rateCell(v: string | null): number | null {
	const m = v ? /^(\d{1,3}(?:\.\d+)?)%?$/.exec(v) : null;
	if (!m) return null;
	const n = Number(m[1]);
	return n > 0 && n <= 300 ? Number((n / 100).toPrecision(12)) : null;
}

/** The text with the given ranges blanked (same length, so offsets stay valid). */
export function mask(text: string, ranges: [number, number][]): string {
	if (ranges.length === 0) return text;
	let out = '';
	let at = 0;
	for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
		if (a < at) continue;
		out += text.slice(at, a) + text.slice(a, b).replace(/[^\n]/g, ' ');
		at = b;
	}
	return out + text.slice(at);
}

/** Only the given ranges of the text, the rest blanked (same length). */
export function keep(text: string, ranges: [number, number][]): string {
	const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
	const gaps: [number, number][] = [];
	let at = 0;
	for (const [a, b] of sorted) {
		if (a > at) gaps.push([at, a]);
		at = Math.max(at, b);
	}
	gaps.push([at, text.length]);
	return mask(text, gaps);
}

/** A report's title on a line of its own: "2023年X项目部门评价报告", "部门整体支出绩效评价报告". */
const PART_TITLE =
	/^(?:20\d{2}\s*年度?\s*)?[\u4e00-\u9fff“”"（）()、]{2,20}?(?:20\d{2}\s*年度?)?[\u4e00-\u9fff“”"（）()、]{2,50}?(?:绩效(?:自评|评价)报告|评价报告|自评报告)$/;
/** A numbered heading that opens one evaluation among several: "一、住房保障绩效自评". */
const PART_HEADING = /^([\u4e00-\u9fff“”"（）()、]{2,30}?)(?:资金)?绩效(?:自评|评价)(?:情况|报告|结果)?$/;
/** A score stated in a part: "自评得分92分", "综合得分 92.6 分", "得分为87.5". */
const PART_SCORE = /(?:得分|评分|自评分)\s*(?:为|是|[:：])?\s*\d{1,3}(?:\.\d+)?/;

/** The project a part title names, or null for a bare kind ("项目支出绩效评价报告"). */
export function partName(title: string): string | null {
	const t = title
		.replace(/\s+/g, '')
		.replace(/^20\d{2}年度?/, '')
		.replace(/(?:部门|项目支出|财政|单位)?(?:绩效)?(?:自评|评价|自评价)(?:情况|报告|结果)?$/, '')
		.replace(/绩效$/, '');
	return t.length >= 2 && !/^(?:项目支出|项目|部门|单位)$/.test(t) ? t : null;
}

/**
 * Several whole reports in one document, one after another: each opens with its own title line
 * ("部门整体支出绩效评价报告" … "项目支出绩效评价报告") or a numbered heading naming its evaluation
 * ("一、住房保障绩效自评" … "二、城镇老旧小区改造绩效自评"), and each states a score of its own. A title with
 * no score after it (the document's own title) opens no part; two parts naming the same project are one.
 */
/**
 * A report's title as an attachment opens it: "附件2:某镇2023年度X项目绩效自评报告.doc 某镇2023年度X项目绩效自评报告"
 * (the label, the file's name, then the title) gives the title; any other line is returned as it is.
 */
export function attachmentTitle(t: string): string {
	const m = /^附件\s*\d{0,2}\s*[:：]?\s*(.+?)\.(?:docx?|pdf|wps)\s+(.+)$/.exec(t);
	return m && m[1].trim() === m[2].trim() ? m[2].trim() : t;
}

export function reportParts(text: string, lines: Line[]): ProjectPart[] {
	const starts: { at: number; name: string | null; title?: ProjectPart['title'] }[] = [];
	for (const l of lines) {
		const t = attachmentTitle(l.text.trim());
		if ((l.rank === 0 || t !== l.text.trim()) && t.length <= 60 && !/[，。；,]/.test(t) && PART_TITLE.test(t)) {
			const at = l.start + l.text.indexOf(t);
			const title = {
				value: t.replace(/(?<=\d)\s+(?=[年度])|(?<=[\u4e00-\u9fff])\s+(?=\d)|(?<=\d)\s+(?=[\u4e00-\u9fff])/g, ''),
				start: at,
				end: at + t.length
			};
			// the project the title names after its place, year and unit ("某镇2023年度X项目绩效自评报告" → X项目)
			starts.push({ at, name: (/\d/.test(title.value) ? titleProject(title)?.value : null) ?? partName(t), title });
		} else if (l.rank === 1) {
			const body = l.body.trim().replace(/[。.：:]$/, '');
			const m = PART_HEADING.exec(body);
			if (m) starts.push({ at: l.start, name: partName(m[0]) });
			// "一、森林防灭火专项经费": a top-level heading that is a project's name and nothing else
			else if (PROJECT_NAME.exec(body)?.[1] === body && !/^(?:本|该|此|上述|各|全部|所有|项目)/.test(body)) starts.push({ at: l.start, name: body });
		}
	}
	const parts: ProjectPart[] = [];
	starts.forEach((s, k) => {
		const end = k + 1 < starts.length ? starts[k + 1].at : text.length;
		const body = text.slice(s.at, end);
		if (PART_SCORE.test(body) && HAS_FIGURES.test(body)) parts.push({ name: s.name, segments: [[s.at, end]], title: s.title });
		// a title with no score of its own (the document's title above the first part) opens no part
		else if (parts.length) parts[parts.length - 1].segments[0][1] = end;
	});
	const names = parts.map((p) => p.name ?? p.title?.value ?? '');
	if (parts.length < 2 || new Set(names).size < names.length) return [];
	return parts;
}

/** "项目一：", "项目2:", "【项目一】", "第一个项目：" opening a paragraph on one project of a unit's self-evaluation. */
const PROJECT_LABEL =
	/^(?:项目\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[:：]|[【[〔]项目\s*([一二三四五六七八九十]{1,3}|\d{1,2})[】\]〕]\s*[:：]?|第\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*个?项目\s*[:：])\s*/;

/**
 * Where a document's closing block starts: its last lines after a blank line, each short and without a sentence's
 * punctuation (the unit's name and a date: "三江县民族宗教事务局" / "2025年3月21日"); the text's end when there is none.
 */
export function signatureStart(text: string, from: number): number {
	const tail = text.slice(from).replace(/\s+$/, '');
	const blank = tail.lastIndexOf('\n\n');
	if (blank < 0) return text.length;
	const block = tail.slice(blank + 2).split('\n');
	if (block.length > 4 || block.some((l) => l.trim().length > 40 || /[，,。；;：:]/.test(l))) return text.length;
	return from + blank + 1;
}

/** The project a labelled paragraph names: its document number, its fund's name before "-" and a closing 资金 dropped. */
export function labelledName(rest: string): string | null {
	let t = rest.replace(/^[\u4e00-\u9fff]{1,8}[〔［\[(（]\d{4}[〕］\])）]\s*\d{1,4}\s*号\s*/, '');
	t = t.split(/[，,。；;：:]/)[0];
	if (t.includes('-')) t = t.slice(t.lastIndexOf('-') + 1);
	t = t.replace(/(?<=项目)资金$/, '').trim();
	return t.length >= 4 && t.length <= 50 ? t : null;
}

/**
 * A unit's self-evaluation summarised project by project in labelled paragraphs ("项目一：…", "项目二：…"):
 * two or more, each with figures, each its own report. A paragraph runs to the next label; the last one
 * to the end of its line (the signature below belongs to the document). A label opening a numbered heading
 * ("二、项目一：城区照明设施维护费") opens a section: it runs to the next heading of its rank or above. A bracketed
 * label ("【项目一】…") runs to the next label, the last to the document's closing block.
 */
export function labelledProjects(text: string, lines: Line[]): ProjectPart[] {
	const at = lines
		.map((l, i) => {
			const m = PROJECT_LABEL.exec(l.text.trim());
			if (m) return { l, i, rest: l.text.trim().slice(m[0].length), heading: false, bracket: m[2] !== undefined };
			const h = l.rank > 0 ? PROJECT_LABEL.exec(l.body.trim()) : null;
			return h && l.body.trim().length - h[0].length <= 40 ? { l, i, rest: l.body.trim().slice(h[0].length), heading: true, bracket: false } : null;
		})
		.filter((x) => x !== null);
	if (at.length < 2) return [];
	const parts = at.map((x, k): ProjectPart => {
		const start = x.l.start + x.l.text.indexOf(x.l.text.trim());
		let end = k + 1 < at.length ? at[k + 1].l.start : x.l.end;
		// "项目二:某某项目" alone on its line, its numbered paragraphs below: the last runs over those paragraphs
		// and stops at the first unnumbered line (the closing words and signature belong to the document)
		if (!x.heading && k + 1 === at.length && x.rest.length <= 40 && !/[\d，,。；;]/.test(x.rest)) {
			let j = x.i + 1;
			while (j < lines.length && lines[j].text.trim() === '') j++;
			if (j < lines.length && lines[j].rank > 0) {
				while (j < lines.length && (lines[j].rank > 0 || lines[j].text.trim() === '')) j++;
				end = j < lines.length ? lines[j].start : text.length;
			}
		}
		// "【项目二】某某项目" over its own bulleted lines: the last runs to the document's closing block (unit and date)
		if (x.bracket && k + 1 === at.length) end = Math.max(x.l.end, signatureStart(text, x.l.end));
		if (x.heading && k + 1 === at.length) {
			end = text.length;
			for (let j = x.i + 1; j < lines.length; j++)
				if (lines[j].rank > 0 && lines[j].rank <= x.l.rank) {
					end = lines[j].start;
					break;
				}
		}
		return { name: labelledName(x.rest), segments: [[start, end]] };
	});
	return withFigures(text, parts);
}

/** A heading of a final-accounts document that opens its performance part: "第四部分 2023年度部门绩效评价情况",
 * "四、预算绩效情况说明", "(三)预算绩效管理工作开展情况", "八、绩效评价结果等情况说明". */
const EVAL_PART = /^(?:(?:19|20)\d{2}年度?)?[\u4e00-\u9fff]{0,10}?绩效(?:评价|自评|管理|情况)[\u4e00-\u9fff]{0,12}$/;

/**
 * The evaluation part of a 部门决算 (final accounts) published with its performance results: from the heading of
 * that part to the next heading of its rank or above. Only it evaluates; the accounts around it (收入支出总计,
 * 财政拨款支出, 机关运行经费, 车辆) are background, never the evaluated budget, spend or indicators. Of several such
 * headings the outermost is taken, its last occurrence (an earlier one is the table of contents' line). Null for any
 * other document.
 */
export function accountsEvaluationPart(text: string, lines: Line[]): ProjectPart | null {
	// a final-accounts document (not a report whose page sits under a 预决算 breadcrumb), with no evaluation report of its own inside
	const head = text.slice(0, 600);
	if (!/(?:部门|单位|年度)决算|决算公开/.test(head) || /绩效(?:自评|评价)报告|自评报告|评价报告/.test(head)) return null;
	if (lines.some((l) => l.rank === 0 && l.text.trim().length <= 60 && /(?:绩效(?:自评|评价)报告|自评报告|评价报告)$/.test(l.text.trim()))) return null;
	const heads = lines.filter((l) => l.rank > 0 && l.body.trim().length <= 40 && EVAL_PART.test(l.body.trim().replace(/\s+/g, '')));
	if (heads.length === 0) return null;
	// a part of the document ("第四部分 …绩效评价情况", the last of its mentions: the 目录 names it first) runs to the
	// next part, over its own "一、" headings
	const PART = /^\s*第[一二三四五六七八九十]{1,3}[章部分]/;
	const parts = heads.filter((l) => PART.test(l.text));
	const top = Math.min(...heads.map((l) => l.rank));
	const at = parts.length ? parts[parts.length - 1] : heads.filter((l) => l.rank === top).pop()!;
	const i = lines.indexOf(at);
	let end = text.length;
	const isPart = PART.test(at.text);
	for (let j = i + 1; j < lines.length; j++)
		if (isPart ? PART.test(lines[j].text) : lines[j].rank > 0 && lines[j].rank <= at.rank) {
			end = lines[j].start;
			break;
		}
	return { name: null, segments: [[at.start, end]] };
}
