/**
 * The text path of the grid reader: find where a 自评表 starts in the normalised lines, cut its lines
 * into cells (tabs, pipes, runs of spaces, single spaces, or one cell per line) and hand the rows of
 * cells to the one grid reader (grid.ts). The lines it used are claimed: no other pass reads them.
 */
import { isHeading, type Line } from '../structure';
import { UNITS, unitPattern } from '../numbers';
import { colOf, fundsColOf } from './header';
import { readGridToks } from './grid';
import { sq, type GridResult, type GridTable, type Tok } from './shared';

/** Words that can open a table header (a quick test before cutting a line into cells). */
const HEAD_WORDS =
	/三级指标|指标名称|一级指标|^\s*绩效指标\s*[\t|]\s*(?:年度)?(?:指标值|目标值)|二级指标|^一级$|年初预算|全年预算|全年执行|预算执行数|调整后预算|执行数|预算数|^年初$|^全年$/;

/** The cells of one line: its separator decides (tabs, pipes, 2+ spaces, else single spaces). */
export function lineCells(l: Line, onePerLine: boolean): { text: string; start: number; end: number }[] {
	const text = l.text;
	if (/^[\s|:：-]*-[\s|:：-]*$/.test(text) && text.includes('|')) return []; // |---|---| separator row
	if (text.includes('|')) {
		if (/^\s*\|?\s*$/.test(text) || /^\s*\|\s*\|\s*$/.test(text)) return [{ text: '', start: l.start, end: l.end }];
		if (!text.includes('\t')) return pipeCells(l);
	}
	const re = text.includes('\t') ? /[^\t]+/g : onePerLine ? /.+/g : /\S+(?: \S+)*/g;
	const out: { text: string; start: number; end: number }[] = [];
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const t = m[0].trim();
		if (!t) continue;
		const at = l.start + m.index + (m[0].length - m[0].trimStart().length);
		// a chunk between runs of 2+ spaces holds several cells when single spaces part longer pieces;
		// a word spaced out letter by letter ("绩 效 指 标") is one cell
		if (re.source !== '.+' && !text.includes('\t') && / /.test(t) && !/^\S(?: \S)+$/.test(t)) {
			const one = /\S+/g;
			let p: RegExpExecArray | null;
			while ((p = one.exec(t))) out.push({ text: p[0], start: at + p.index, end: at + p.index + p[0].length });
		} else out.push({ text: t, start: at, end: at + t.length });
	}
	return splitGluedNames(out);
}

/** "126户指标2:新建设施": a cell that runs into the next row's "指标2:" label (a line joined to the next). */
function splitGluedNames(cells: { text: string; start: number; end: number }[]): { text: string; start: number; end: number }[] {
	if (!cells.some((c) => /\S指标\s*\d{1,2}\s*[:：]/.test(c.text))) return cells;
	return cells.flatMap((c) => {
		const m = /\S(?=指标\s*\d{1,2}\s*[:：])/.exec(c.text);
		if (!m) return [c];
		const cut = m.index + 1;
		return [
			{ text: c.text.slice(0, cut), start: c.start, end: c.start + cut },
			{ text: c.text.slice(cut), start: c.start + cut, end: c.end }
		];
	});
}

/** "| a | b |", "a |", "| | x": cells between pipes; an empty cell between two pipes is kept as ''. */
function pipeCells(l: Line): { text: string; start: number; end: number }[] {
	const text = l.text;
	const out: { text: string; start: number; end: number }[] = [];
	let from = 0;
	const bounds: [number, number][] = [];
	for (let i = 0; i <= text.length; i++) {
		if (i === text.length || text[i] === '|') {
			bounds.push([from, i]);
			from = i + 1;
		}
	}
	bounds.forEach(([a, b], i) => {
		const t = text.slice(a, b).trim();
		const outer = i === 0 || i === bounds.length - 1;
		if (t || !outer) out.push({ text: t, start: l.start + a, end: l.start + b });
	});
	// "| 20 | 20 | ||": empty cells at the end of a row are padding (an export's merged columns), not cells
	// that could shift the next row
	while (out.length > 1 && out[out.length - 1].text === '') out.pop();
	return out;
}

/**
 * Words a table is made of, for a line whose cell borders were all lost ("…绩效指标一级指标二级指标
 * 三级指标分值年度指标值…产出指标(50分)数量指标整治沟渠长度15≥3.2公里3.4公里15…").
 */
const VOCAB = [
	'绩效指标',
	'一级指标',
	'二级指标',
	'三级指标',
	'指标名称',
	'指标性质',
	'度量单位',
	'年度指标值',
	'年度目标',
	'实际完成',
	'年初目标值',
	'全年实际值',
	'全年完成值',
	'实际完成值',
	'完成值',
	'指标值',
	'分值',
	'指标权重(分)',
	'指标权重',
	'指标得分(分)',
	'指标得分',
	'计量单位',
	'权重',
	'得分',
	'偏差原因分析及改进措施',
	'未完成原因及拟采取的改进措施',
	'未完成原因和改进措施',
	'未完成原因分析',
	'原因',
	'项目资金(万元)',
	'项目资金(元)',
	'资金情况(万元)',
	'年初预算数',
	'全年预算数(A)',
	'全年预算数',
	'全年执行数(B)',
	'全年执行数',
	'执行率(B/A)',
	'执行率',
	'年度资金总额:',
	'年度资金总额',
	'年度总金额',
	'全年(调整)预算数',
	'执行率权重',
	'执行率得分',
	'年度财政资金总额',
	'预算数',
	'执行数',
	'得分计算方法',
	'其中:',
	'本年财政拨款',
	'当年财政拨款',
	'上年结转资金',
	'其他资金',
	'年度总体目标完成情况综述',
	'年度总体目标',
	'年初设定目标',
	'全年实际完成情况',
	'产出指标',
	'效益指标',
	'效果指标',
	'满意度指标',
	'数量指标',
	'质量指标',
	'时效指标',
	'成本指标',
	'经济效益指标',
	'社会效益指标',
	'生态效益指标',
	'可持续影响指标',
	'服务对象满意度指标',
	'自评得分',
	'总分',
	'合计',
	'说明',
	'注:',
	'……'
].sort((a, b) => b.length - a.length);

const SCORING_NOTE = /(?:完成值|实际值|实际完成值)(?:达到|大于|小于|等于|≥|≤)[^。\n]{0,80}?(?:记满分|记分|分值上限|不得分)[^。\n]{0,60}?。/g;

const HEAD_NOTE = /^[（(](?:[A-Za-z](?:\/[A-Za-z])?|\d+(?:\.\d+)?分(?:[*×][^)）]{1,8})?)[)）]/;

/** What closes a figure's cell in glued text: the units the number parser knows ("只", "口", "座" …), 万 with a measure word. */
const VALUE_UNIT = new RegExp(
	'^(?:千米|万(?:株|只|头|羽|亩|人次|人|户|册|件|吨|公斤|千克|平方米|立方米|米|尾|棵)|' +
		[...UNITS]
			// (not 分, a score's own word after a weight; nor words that open a next cell's name: 站, 部, 队, 位)
			.filter((u) => !['分', '站', '部', '队', '位'].includes(u))
			.sort((a, b) => b.length - a.length)
			.map((u) => (u === '年' ? '年(?![初度])' : unitPattern(u)))
			.join('|') +
		')'
);

/**
 * The cells of lines whose borders were lost: table words, values (a cell ends after % or a unit) and
 * the text between. The lines are read as one (a page marker "2、" of a document site is dropped).
 */
export function gluedCells(ls: Line[], doc = ''): { text: string; start: number; end: number; reason?: true }[] {
	// spaces inside words ("绩 效 指 标", "满意 度指 标") are no borders: read the text without them
	const pos: number[] = [];
	// …but a space between two figures is ("1650元 5 5" is 1650元 | 5 | 5, never 55): where one was dropped
	const breaks = new Set<number>();
	let t = '';
	ls.forEach((l) => {
		// a page marker of a document site ("3、90%完成值…") is no cell, on the first line too
		const skip = /^\s*\d{1,2}、/.exec(l.text)?.[0].length ?? 0;
		let gap = false;
		for (let i = skip; i < l.text.length; i++) {
			if (/\s/.test(l.text[i])) {
				gap = t.length > 0;
				continue;
			}
			if (gap && /\d/.test(l.text[i])) breaks.add(t.length);
			gap = false;
			t += l.text[i];
			pos.push(l.start + i);
		}
	});
	const out: { text: string; start: number; end: number }[] = [];
	const push = (a: number, b: number) => b > a && out.push({ text: t.slice(a, b), start: pos[a], end: pos[b - 1] + 1 });
	// a scoring-method cell ("完成值达到指标值，记满分；未达到…按B/A*该指标分值记分。") is text, though it names table words
	const prose: [number, number][] = [...t.matchAll(SCORING_NOTE)].map((m) => [m.index!, m.index! + m[0].length]);
	let i = 0;
	let textFrom = -1;
	while (i < t.length) {
		const inProse = prose.find(([a, b]) => i >= a && i < b);
		if (inProse) {
			if (textFrom >= 0) push(textFrom, i);
			push(inProse[0] > i ? i : inProse[0], inProse[1]);
			textFrom = -1;
			i = inProse[1];
			continue;
		}
		const rest = t.slice(i, i + 40);
		// ("执行率得分" is one header cell only after "执行率权重": "…执行率 得分" with its spaces dropped is two)
		const word = VOCAB.find((w) => rest.startsWith(w) && (w !== '执行率得分' || t.slice(0, i).endsWith('执行率权重')));
		// a row's label number ("任务1:", "指标2：") is part of its name, and an operator in words opens the value after it
		// ("不少于26000人次", "95%以上")
		// (…and so is a figure right after such a label: "任务2:65岁以上老年人…")
		const label =
			!word &&
			((/^\d{1,2}[:：]/.test(rest) && /(?:任务|指标|目标)$/.test(t.slice(Math.max(0, i - 2), i))) ||
				/(?:任务|指标|目标)\d{1,2}[:：]$/.test(t.slice(Math.max(0, i - 6), i)));
		const op = !word && !label ? (/^(?:不少于|不低于|不高于|不超过|不大于|不小于|大于等于|小于等于)(?=[≥≤=<>]?\d)/.exec(rest)?.[0] ?? '') : '';
		let num = !word && !label && /^[≥≤=<>]?\d/.test(rest.slice(op.length)) ? op + /^[≥≤=<>]?[\d.,]+/.exec(rest.slice(op.length))![0] : null;
		if (num) for (let k = 1; k < num.length; k++) if (breaks.has(i + k)) num = num.slice(0, k);
		if (!word && !num) {
			if (textFrom < 0) textFrom = i;
			i += label ? (/^[\d.]+/.exec(rest)?.[0].length ?? 1) : 1;
			continue;
		}
		if (textFrom >= 0) push(textFrom, i);
		textFrom = -1;
		let n = word ? word.length : num!.length;
		// a header word's note: "(50分)", "(A)", "(B/A)", "(10分*执行率)"
		const note = word ? HEAD_NOTE.exec(t.slice(i + n)) : null;
		if (note) n += note[0].length;
		// "服务对象满意度指标(10分)" with a section's weight stands for its level-1 section 满意度指标 too
		if (word === '服务对象满意度指标' && note && /分/.test(note[0])) out.push({ text: '满意度指标', start: pos[i], end: pos[i] });
		// (…never at a row's points, after its result and its bare weight, where a reason runs on: "4.6万元10 7人工费上涨" is
		// 7 | 人工费上涨)
		const atPoints =
			num !== null &&
			/^\d{1,2}(?:\.\d{1,2})?$/.test(num) &&
			/^\d{1,3}(?:\.\d{1,2})?$/.test(out[out.length - 1]?.text ?? '') &&
			/\d(?:%|[\u4e00-\u9fff]{1,4})$/.test(out[out.length - 2]?.text ?? '') &&
			Number(num) <= Number(out[out.length - 1].text) &&
			/^[\u4e00-\u9fff]{3}/.test(t.slice(i + n));
		if (num && !atPoints) n += VALUE_UNIT.exec(t.slice(i + n))?.[0].length ?? 0;
		if (num) n += /^(?:及以上|及以下|以上|以下|以内)/.exec(t.slice(i + n))?.[0].length ?? 0;
		push(i, i + n);
		i += n;
	}
	if (textFrom >= 0) push(textFrom, t.length);
	return unitColumn(out, doc || t) ?? out.flatMap(doubled);
}

/** A figure cell of a glued stream: a number, with an operator in signs or words before it. */
const FIGURE_CELL = /^(?:不少于|不低于|不高于|不超过|不大于|不小于|大于等于|小于等于)?[≥≤=<>]?\d/;

/**
 * A glued table whose header has a unit column after the name ("指标名称计量单位指标性质指标值…说明"): each name cell
 * carries its unit at its end ("新造林面积亩", "成灾率‰") and is cut there. Where the header ends in a 说明 / 原因 column,
 * the text before a name is the row above's reason run into it ("春季干旱推迟作业林业有害生物成灾率‰"): the name is the
 * longest end of it the form names elsewhere (its goals: "林业有害生物成灾率控制在3‰以内"); without such a witness the cell
 * stays whole. Null when the header has no unit column after its name.
 */
function unitColumn(cells: { text: string; start: number; end: number }[], all: string): { text: string; start: number; end: number; reason?: true }[] | null {
	const h = cells.findIndex((c, k) => /^(?:指标名称|三级指标)$/.test(c.text) && /^(?:计量单位|度量单位)$/.test(cells[k + 1]?.text ?? ''));
	if (h < 0) return null;
	const reasonCol = cells.slice(h, h + 12).some((c) => /^(?:说明|原因|备注)$/.test(c.text) || /偏差原因|未完成原因/.test(c.text));
	const units = [...UNITS, '%', '‰', '万元', '元'].filter((u) => u.length <= 4).sort((a, b) => b.length - a.length);
	// the figure columns the header names (指标值, 指标权重, 全年完成值, 指标得分 …): a row has as many figure cells
	const figureCols = cells
		.slice(h + 2, h + 14)
		.filter((c) => /^(?:指标值|年度指标值|指标权重(?:\(分\))?|权重|分值|全年完成值|实际完成值|完成值|指标得分(?:\(分\))?|得分)$/.test(c.text)).length;
	const out: { text: string; start: number; end: number; reason?: true }[] = cells.slice(0, h + 2);
	for (let k = h + 2; k < cells.length; k++) {
		const c = cells[k];
		const next = cells[k + 1]?.text ?? '';
		const found = FIGURE_CELL.test(next) && !VOCAB.includes(c.text) ? units.find((x) => c.text.length > x.length + 1 && c.text.endsWith(x)) : undefined;
		// (a unit counted in ten-thousands: "万亩", "万人次")
		const u =
			found && /^[\u4e00-\u9fff]+$/.test(found) && c.text.slice(0, -found.length).endsWith('万') && c.text.length > found.length + 2 ? '万' + found : found;
		if (!u) {
			out.push(c);
			continue;
		}
		let name = c.text.slice(0, -u.length);
		let from = c.start;
		// (the row above's reason run into the name: cut where the form's other text names the indicator)
		const elsewhere = reasonCol && FIGURE_CELL.test(out[out.length - 1]?.text ?? '') ? all.replace(c.text, '') : null;
		if (elsewhere !== null && !elsewhere.includes(name)) {
			for (let i = 1; i <= name.length - 4; i++) {
				if (!elsewhere.includes(name.slice(i))) continue;
				out.push({ text: name.slice(0, i), start: c.start, end: c.start + i, reason: true });
				from = c.start + i;
				name = name.slice(i);
				break;
			}
		}
		// (a row with fewer figure cells than the header's columns has figures glued past telling apart, "≥50020.52020":
		// it is left out, never read as a target with the next row's name for its result)
		let figs = 0;
		while (figs < figureCols && FIGURE_CELL.test(cells[k + 1 + figs]?.text ?? '')) figs++;
		if (figureCols >= 3 && figs < figureCols) {
			k += figs;
			continue;
		}
		out.push({ text: name, start: from, end: c.end - u.length }, { text: u, start: c.end - u.length, end: c.end });
	}
	return out;
}

/** "粮食应急供应保障能力有效保障有效保障": a name, then a qualitative 指标值 and the same 完成值. */
function doubled(c: { text: string; start: number; end: number }): { text: string; start: number; end: number }[] {
	if (VOCAB.includes(c.text)) return [c];
	const same = /^([\u4e00-\u9fff]{2,8})\1$/.exec(c.text);
	if (same) {
		const x = same[1].length;
		return [
			{ text: same[1], start: c.start, end: c.start + x },
			{ text: same[1], start: c.start + x, end: c.end }
		];
	}
	const m = /^(.{2,}?)([\u4e00-\u9fff]{2,8})\2$/.exec(c.text);
	if (!m) return [c];
	const n = m[1].length;
	const x = m[2].length;
	const at = (k: number) => c.start + k; // offsets inside one line: spaces were not inside these words
	return [
		{ text: m[1], start: at(0), end: at(n) },
		{ text: m[2], start: at(n), end: at(n + x) },
		{ text: m[2], start: at(n + x), end: c.end }
	];
}

const HEAD_WORD = String.raw`(?:一级指标|二级指标|三级指标|年度指标值|年初预算数|全年(?:[（(]调整[)）])?预算数|全年执行数|执行率|年度资金总额|分值|得分|实际完成值|全年完成值|指标值|指标名称|权重|偏差原因)`;
/** Two table words side by side (a note in brackets between them), or a total with its figure. */
const ADJACENT_HEADS = new RegExp(String.raw`${HEAD_WORD}(?:[（(][^()（）]{0,10}[)）])?${HEAD_WORD}|总分\s?\d`);

/** Whether a line is a table whose cell borders were lost: table words run into each other. */
function glued(text: string): boolean {
	if (text.length < 60) return false;
	const chunks = text.split(/\s+/);
	if (
		chunks.some(
			(chunk) =>
				chunk.length >= 30 &&
				(((chunk.match(/一级指标|三级指标|年度指标值|全年预算数|全年执行数|执行率|年度资金总额|总分|分值|得分/g)?.length ?? 0) >= 2 &&
					// (table words run into each other, "全年执行数执行率", "总分100": prose naming them, "全年预算数为200万元,执行数为…", is no table)
					ADJACENT_HEADS.test(chunk)) ||
					// (…or a header run "指标名称计量单位指标性质指标值…": a name, a unit and a value column glued)
					/指标名称(?:计量|度量)单位指标性质指标值/.test(chunk))
		)
	)
		return true;
	// a whole form on one line whose cells keep single spaces only between figures and header words ("…年度资金总额64 64
	// 60.8 10 95% 9.5 … 产出指标数量指标改造棚舍面积≥2万平方米 2.1万平方米 22.5 22.5 …"): its header words are many and its
	// level words run into the indicator's name
	if (text.length < 200 || /[\t|]/.test(text)) return false;
	const heads = new Set(text.match(/一级指标|二级指标|三级指标|年初预算数|全年预算数|全年执行数|年度资金总额/g) ?? []);
	const runOn = chunks.filter((c) => /^(?:产出指标|效益指标|效果指标|满意度指标|年度资金总额|合计|总分)(?![\s(（:：])\S{2,}/.test(c)).length;
	return heads.size >= 4 && runOn >= 2;
}

/** Whether a line can be part of a table (cells, short text, or a long line of short cells). */
function tableLike(text: string): boolean {
	if (/\t|\|/.test(text) || / {2,}/.test(text) || text.length <= 40) return true;
	const parts = text.trim().split(/\s+/);
	return parts.length >= 4 && text.length / parts.length <= 16;
}

/** Whether a line opens a 自评表 header (a header cell among its cells). */
function opensGrid(l: Line): boolean {
	if (!HEAD_WORDS.test(l.text) || l.text.length > 20000) return false;
	if (glued(l.text)) return true;
	const cells = lineCells(l, false);
	const heads = cells.filter((c) => {
		const t = sq(c.text);
		return (
			colOf(t) === 'l1' ||
			colOf(t) === 'name' ||
			colOf(t) === 'l2' ||
			(fundsColOf(t) !== null && fundsColOf(t) !== 'label') ||
			t === '一级' ||
			t === '年初' ||
			t === '全年'
		);
	});
	// (…or a short table with no level columns: "指标名称 | 指标值 | 完成值", its name column beside a target and a result)
	const values = cells.filter((c) => colOf(sq(c.text)) === 'target' || colOf(sq(c.text)) === 'actual').length;
	return heads.length >= 2 || (heads.length === 1 && cells.length === 1) || (heads.length === 1 && colOf(sq(heads[0].text)) === 'name' && values >= 2);
}

/**
 * A header whose cells share one line, parted by spaces ("年初预算数 全年预算数(A) 全年执行数(B) 分值"): the form
 * keeps its rows, though most of its other lines hold one cell (labels, "指标2:", "……").
 */
function spacedHeader(l: Line): boolean {
	if (/[\t|]/.test(l.text)) return false;
	const cells = lineCells(l, false);
	return cells.length >= 4 && cells.filter((c) => colOf(sq(c.text)) !== null || (fundsColOf(sq(c.text)) ?? 'label') !== 'label').length >= 4;
}

/**
 * "绩效指标" / "指标值" / "完成值" one cell per line: a short indicator table with no 三级指标 header (a 部门整体
 * form), its first header naming the indicator column.
 */
function shortHeader(lines: Line[], i: number): boolean {
	if (!/^(?:绩效指标|指标名称)$/.test(lines[i].text.trim())) return false;
	const next = lines
		.slice(i + 1, i + 8)
		.map((l) => l.text.trim())
		.filter((t) => t !== '')
		.slice(0, 2);
	return next.length === 2 && colOf(sq(next[0])) === 'target' && colOf(sq(next[1])) === 'actual';
}

/** A line that is blank or holds only a funds-table label cell ("项目资金", "（元）", "预算执行情况(10分)"). */
function isLabelLine(l: Line): boolean {
	if (l.text.trim() === '') return true;
	const cells = lineCells(l, true);
	return cells.length === 1 && fundsColOf(sq(cells[0].text)) === 'label';
}

/** A line of cells whose last cell is a funds-table label with a money unit ("项目资金 (元)"). */
function endsWithLabel(l: Line): boolean {
	const cells = lineCells(l, false).filter((c) => c.text.trim() !== '');
	if (cells.length < 2) return false;
	const last = sq(cells[cells.length - 1].text);
	return fundsColOf(last) === 'label' && /[（(](?:万元|元|亿元)[）)]/.test(last);
}

/** The end (exclusive) of the table region that starts at line i. */
function regionEnd(lines: Line[], i: number): number {
	let last = i;
	let prose = 0;
	for (let j = i + 1; j < lines.length && j < i + 3000; j++) {
		const l = lines[j];
		if (l.text.trim() === '') continue;
		if (l.rank > 0 && l.rank <= 2 && isHeading(l) && !/\t|\|/.test(l.text)) break;
		if (tableLike(l.text)) {
			last = j;
			prose = 0;
		} else if (++prose > 3) break;
	}
	return last + 1;
}

/** The form's title line above its first table (within 40 lines, no section heading between), else `first`. */
function formStart(lines: Line[], first: number): number {
	for (let j = first - 1; j >= 0 && j >= first - 40; j--) {
		const l = lines[j];
		if (/自评表|评价表|评分表/.test(l.text) && l.text.length <= 60) return j;
		if (l.rank > 0 && l.rank <= 2 && isHeading(l)) break;
	}
	return first;
}

/** Parse every 自评表 in the lines (see module comment). */
export function parseGrids(lines: Line[], warnings: Set<string>, claimed: Set<number>): GridResult {
	const res: GridResult = { rows: [], facts: {}, checks: [], tables: [] };
	for (let i = 0; i < lines.length; i++) {
		if (claimed.has(i) || !(opensGrid(lines[i]) || shortHeader(lines, i))) continue;
		const end = regionEnd(lines, i);
		// (whether the table's cell borders were lost is the header line's matter, not that of the label lines above it)
		const lost = glued(lines[i].text);
		// the label cells above a header ("项目资金" / "（元）") carry the money unit
		for (let back = 0; back < 6 && i > 0 && !claimed.has(i - 1) && isLabelLine(lines[i - 1]); back++) i--;
		// …or the last cell of the line above ("… | 实施单位 | 某中学 | 项目资金 (元) |"), a form's rows run together
		if (i > 0 && !claimed.has(i - 1) && endsWithLabel(lines[i - 1])) i--;
		const nonBlank = lines.slice(i, end).filter((l) => l.text.trim() !== '');
		const single = nonBlank.filter((l) => !/[\t|]/.test(l.text) && !/\S\s+\S/.test(l.text.trim())).length;
		const onePerLine = nonBlank.length >= 6 && single >= nonBlank.length * 0.6 && !nonBlank.some(spacedHeader);
		const toks: Tok[] = [];
		// the form's money unit on a line of its own a little above ("单位:元", "金额单位：万元"): its cell opens the tokens
		for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
			const u = /^\s*(?:金额|资金)?单位\s*[:：]\s*(?:万元|亿元|元)\s*$/.exec(lines[j].text);
			if (!u) continue;
			toks.push({ t: sq(lines[j].text), start: lines[j].start, end: lines[j].end, row: j });
			break;
		}
		if (lost) {
			let j = i;
			for (const c of gluedCells(lines.slice(i, end), lines.map((l) => l.text).join('\n'))) {
				while (j + 1 < end && lines[j + 1].start <= c.start) j++;
				toks.push({ t: c.text, start: c.start, end: c.end, row: j, ...(c.reason ? { reason: true as const } : {}) });
			}
		} else for (let j = i; j < end; j++) for (const c of lineCells(lines[j], onePerLine)) toks.push({ t: sq(c.text), start: c.start, end: c.end, row: j });
		const r = readGridToks(toks, warnings);
		res.rows.push(...r.rows);
		res.checks.push(...r.checks);
		// each table owns its form from the form's title line down (项目名称, 实施单位 … sit above the tables)
		for (const t of r.tables) {
			const at = lines.findIndex((l) => l.end >= t.start);
			// the form's title on the table's own line, before it ("…自评表 (2023 年度) 项目名称 X 主管部门 … 年初预算数 …"): the line is the form's
			const own =
				at >= 0 &&
				lines[at].start < t.start &&
				/自评表|评价表/.test(lines[at].text.slice(0, t.start - lines[at].start)) &&
				lines[at].start >= (res.tables[res.tables.length - 1]?.end ?? 0);
			const fs = at >= 0 ? (own ? at : formStart(lines, at)) : -1;
			if (fs >= 0 && (fs < at || own) && lines[fs].start >= (res.tables[res.tables.length - 1]?.end ?? 0)) {
				t.start = lines[fs].start;
				const name = lines[fs].text.split(/[\t|]/)[0].trim();
				if (/自评表|评价表/.test(name) && name.length <= 60) {
					const s0 = lines[fs].start + lines[fs].text.indexOf(name);
					t.title = { value: name, start: s0, end: s0 + name.length };
					// the form's year on the line below its name ("(2023年度)") belongs to the title
					const y = /^\s*([(（]\s*(?:19|20)\d{2}\s*年度?\s*[)）])[\s|]*$/.exec(lines[fs + 1]?.text ?? '');
					if (/(?:自评表|评价表)$/.test(name) && y) {
						t.title.value += y[1].replace(/\s+/g, '').replace('（', '(').replace('）', ')');
						t.title.end = lines[fs + 1].start + lines[fs + 1].text.indexOf(y[1]) + y[1].length;
					}
				}
			}
			res.tables.push(t);
		}
		for (const [k, v] of Object.entries(r.facts)) if ((res.facts as Record<string, unknown>)[k] === undefined) (res.facts as Record<string, unknown>)[k] = v;
		// everything in the region was read; a table inside it was found there
		let first = end;
		let last = -1;
		for (const u of r.used) [first, last] = [Math.min(first, u.row), Math.max(last, u.row)];
		if (last < 0) {
			i = Math.max(i, end - 1);
			continue;
		}
		// the cells above the tables (项目名称, 年度目标, 实际完成情况 …) up to the form's title are the form's too
		first = formStart(lines, first);
		for (let j = first; j <= last; j++) claimed.add(j);
		i = Math.max(i, end - 1);
	}
	res.tables = pairTables(res.tables);
	return res;
}

/**
 * A funds table with no indicator rows followed by an indicator table with no funds figures is one form
 * whose two parts fell into separate regions (a page break between them): never two projects.
 */
function pairTables(tables: GridTable[]): GridTable[] {
	const out: GridTable[] = [];
	for (let k = 0; k < tables.length; k++) {
		const a = tables[k];
		const b = tables[k + 1];
		if (b && a.rows.length === 0 && a.facts.budget && b.rows.length > 0 && !b.facts.budget && !b.facts.actual) {
			out.push({ rows: b.rows, facts: { ...a.facts, ...b.facts }, start: a.start, end: b.end });
			k++;
		} else out.push(a);
	}
	return out;
}
