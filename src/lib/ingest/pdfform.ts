/**
 * The standard 项目支出绩效自评表 as a PDF's text layer gives it: cells parted by single spaces, a figure apart from its
 * unit and its operator ("≥ 300 亩 312 亩 10 10", "95.5 %"), and every cell wider than its column wrapped onto the
 * next lines — a level cell ("产出指" / "标"), a name ("重楼种植面" / "积 ≥ 300 亩 …"), a header ("年初预" / "算数"),
 * a reason after the points ("部分农户观望," / "次年继续动员"). Some layouts print a level cell's last characters
 * under the row it opens ("产出 数量 某某 ≥ 45 人 48 人 10 10" / "指标 指标").
 *
 * Each table is written again as tab rows under a one-line header, so the grid readers meet the form they know:
 * - the funds table: its wrapped header in one line, its rows' cells parted by tabs ("95.5 %" one cell);
 * - the indicator table: each row whose figures end a line (operator, target, result, weight, points, reason) with
 *   the text since the row before it as its level cells and its name, the levels told apart by their names.
 *
 * Only space-parted tables are read so (no tab, no bar), and the indicator table only where two rows or more are read
 * and nothing between them is left over; anything else stays as it was.
 */
import { unitAlternation } from './numbers';

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const UNIT = `(?:%|‰|(?:万|亿)?(?:${unitAlternation()}))`;
/** A figure's unit in a row: a known unit, or any short word between two figures ("站次", "把"). */
const ROW_UNIT = `(?:${UNIT}|[\u4e00-\u9fff]{1,3})`;
/** A row's figures at its line's end: operator, target, unit, result, unit, weight, points, then a reason. */
const ROW_TAIL = new RegExp(
	String.raw`^(.*?)[ ]*([≥≤＞＜=<>]?)[ ]*(${NUM})[ ]*(${ROW_UNIT})?[ ]+(${NUM})[ ]*(${ROW_UNIT})?[ ]+(\d{1,2}(?:\.\d{1,2})?)[ ]+(\d{1,2}(?:\.\d{1,2})?)(?:[ ]+((?:\d{1,4}[ ]?)?[\u4e00-\u9fff][^\t|]*))?$`
);
/** A target's unit wrapped inside ("… ≥ 3.2 万立方" / "米 2.9 万立方米 10 8"): a known unit once its two parts are joined. */
function wrappedInside(l: string, next: string): boolean {
	const a = /\d[ ]*([\u4e00-\u9fff]{1,3})$/.exec(l);
	const b = /^[ ]*([\u4e00-\u9fff]{1,2})(?=[ ]+\d)/.exec(next);
	return !!a && !!b && UNIT_ONLY.test(a[1] + b[1]);
}
const UNIT_ONLY = new RegExp(`^${UNIT}$`);
/** A target wrapped before its unit ("… ≥ 4800" / "人 4620 人 15 10"). */
const WRAPPED_UNIT = new RegExp(`^(${UNIT})(?= +\\d)`);

type Level = { l1: string; l2?: string };
/** The level names of the standard form (a level-2 name with the level-1 it belongs to), longest first. */
const LEVEL2: [string, string][] = [
	['服务对象满意度', '满意度'],
	['生态环境成本', '成本'],
	['可持续影响', '效益'],
	['经济效益', '效益'],
	['社会效益', '效益'],
	['生态效益', '效益'],
	['经济成本', '成本'],
	['社会成本', '成本'],
	['满意度', '满意度'],
	['数量', '产出'],
	['质量', '产出'],
	['时效', '产出'],
	['成本', '产出']
];
const LEVEL1 = ['满意度', '产出', '效益', '成本'];

/** The text without its spaces and line breaks, and where they were (a cell's edge, for a level name without 指标). */
function compact(parts: string[]): { c: string; edges: Set<number> } {
	let c = '';
	const edges = new Set<number>();
	for (const p of parts) {
		for (const ch of p) {
			if (/\s/.test(ch)) edges.add(c.length);
			else c += ch;
		}
		edges.add(c.length);
	}
	return { c, edges };
}

/**
 * The level names at the start of a row's text and the name after them. A level name is taken with its 指标 (wherever
 * a line or a space parts it) or, written bare ("产出 数量 某某"), only up to a cell's edge; the level-1 cell of a
 * 满意度 row cut to "满意" counts before its level-2 cell. The last level-1 carries down rows that have none.
 */
export function splitLevels(parts: string[], last: Level | null): { level: Level | null; name: string } {
	const { c, edges } = compact(parts);
	let i = 0;
	// a level cell's last characters printed under the row before ("指标 指标"): no part of this row
	while (c.startsWith('指标', i) && !/\d/.test(c[i + 2] ?? '')) i += 2;
	const take = (names: string[]): string | null => {
		for (const n of names) {
			if (!c.startsWith(n, i)) continue;
			if (c.startsWith('指标', i + n.length)) {
				i += n.length + 2;
				return n;
			}
			if (edges.has(i + n.length) && i + n.length < c.length) {
				i += n.length;
				return n;
			}
		}
		return null;
	};
	let l1 = take(LEVEL1);
	if (!l1 && c.startsWith('满意', i) && edges.has(i + 2) && /^(?:满意度|服务对象满意度)/.test(c.slice(i + 2))) {
		l1 = '满意度';
		i += 2;
	}
	const l2 = take(LEVEL2.map(([n]) => n));
	// (the level cells' second lines after them, "满意度 服务对象满意度" / "指标 指标 某某满意", no part of the name)
	// (…not a name's own number, "指标1:某某")
	if (l1 || l2) while (c.startsWith('指标', i) && c.length > i + 2 && !/\d/.test(c[i + 2])) i += 2;
	let level = last;
	// a 成本 cell with no level-2 cell after it, under 产出 rows: the level-2 成本 of the older form
	if (l1 === '成本' && !l2 && last && last.l1 !== '成本') level = { l1: last.l1, l2: '成本' };
	else if (l1) level = { l1, l2: l2 ?? (last?.l1 === l1 ? last.l2 : undefined) };
	else if (l2) level = { l1: LEVEL2.find(([n]) => n === l2)![1], l2 };
	return { level, name: c.slice(i) };
}

const LABEL_START = /^[ ]*(?:产出|效益|满意|成本|数量|质量|时效|经济|社会|生态|可持续|服务对象)/;
const STOP = /^[ ]*(?:总分|合计|总计|自评结果|自评结论|评价结论|存在问题|主要问题|问题|改进措施|偏差大|项目负责人|填表人|说明|备注)/;
const PAGE = /第[ ]*\d{1,3}[ ]*页/;

/** The indicator table's header: from its 一级 cell to its 得分 cell (and a wrapped 偏差原因 cell), in order of the form. */
function indicatorHeader(lines: string[], k: number): { end: number; start: number; cells: string[]; caption: boolean; reasonWidth?: number } | null {
	if (!/一[ ]*级/.test(lines[k])) return null;
	// (the vertical caption printed as the first cell of each line, "绩 一级指 二级指 …" / "效 标 标 …" / "指 产出指标 …")
	const caption = /^[ ]*绩[ ]+(?=一[ ]*级)/.test(lines[k]);
	let start = k;
	// the table's vertical caption ("绩" / "效" / "指" / "标") above it
	while (start > 0 && /^[ ]*[绩效指标][ ]*$/.test(lines[start - 1])) start--;
	let end = k;
	let text = lines[k];
	while (!/得[ ]*分/.test(text) && end < k + 10 && end + 1 < lines.length) text += lines[++end];
	// a layout printing each cell's second line under the first ("一级 二级 三级指标 年度 实际 分值 得分" / "指标 指标 指标值 完成值")
	while (/^(?:[ ]*(?:指标值|指标|完成值|标值|成值|标|值))+[ ]*$/.test(lines[end + 1] ?? '')) text += lines[++end];
	if (caption && /^[ ]*效(?:[ ]+(?:指标值|指标|完成值|标值|成值|标|值|及改进措施|改进措施|原因分析))+[ ]*$/.test(lines[end + 1] ?? ''))
		text += lines[++end].replace(/^[ ]*效/, '');
	// (the reason's header cell wrapped under the row: "分值 得分" / "偏差原因分析" / "及改进措施")
	if (!/偏差/.test(text) && /^[ ]*偏差原因(?:分析)?(?:及|和)?(?:改进措施)?[ ]*$/.test(lines[end + 1] ?? '')) text += lines[++end];
	// (…or over three short lines: "偏差原因分" / "析及改进措" / "施")
	let reasonWidth: number | undefined;
	if (!/偏差/.test(text) && /^[ ]*偏差原?因?分?[ ]*$/.test(lines[end + 1] ?? '')) {
		reasonWidth = (lines[end + 1] ?? '').trim().length;
		let cellText = '';
		let e = end;
		while (e + 1 < lines.length && e < end + 4) {
			const next = cellText + lines[e + 1].replace(/\s+/g, '');
			if (!['偏差原因分析及改进措施', '偏差原因分析和改进措施'].some((w) => w.startsWith(next))) break;
			cellText = next;
			e++;
		}
		if (/^偏差原因分析(?:及|和)改进措施$/.test(cellText)) {
			text += cellText;
			end = e;
		}
	}
	const { c } = compact([text]);
	if (!/三级/.test(c) || !/分值/.test(c) || !/得分/.test(c)) return null;
	if (/偏差/.test(c) && !/改进措施/.test(c) && /^[ ]*(?:及|和)?改进措施[ ]*$|^[ ]*(?:原因)?分析(?:及|和)?改进措施[ ]*$/.test(lines[end + 1] ?? '')) end++;
	// (…or cut anywhere else, its rest on the next line: "偏差原因分析及改进" / "措施")
	else if (/偏差/.test(c) && !/改进措施/.test(c)) {
		const rest = c.slice(c.indexOf('偏差')) + (lines[end + 1] ?? '').replace(/\s+/g, '');
		if (/^偏差原因分析(?:及|和)改进措施$/.test(rest)) end++;
	}
	const cells = ['一级指标'];
	if (/二级/.test(c)) cells.push('二级指标');
	cells.push('三级指标');
	if (/指标值|年度指/.test(c)) cells.push('年度指标值');
	if (/完成值|实际完/.test(c)) cells.push('实际完成值');
	cells.push('分值', '得分');
	if (/偏差/.test(c)) cells.push('偏差原因分析及改进措施');
	if (cells.length !== (/二级/.test(c) ? 7 : 6) + (/偏差/.test(c) ? 1 : 0)) return null;
	return { start, end, cells, caption, reasonWidth };
}

const cell = (op: string, n: string, u: string | undefined) => `${op}${n}${u ?? ''}`;

/** The indicator table from its header to its 总分 row, as tab rows; null when it does not read whole. */
function indicatorRows(lines: string[], from: number, header: string[], leadCaption = false, reasonWidth?: number): { rows: string[]; end: number } | null {
	// (the caption's last characters opening the first rows' lines, "指 产出指标 …" / "标 质量指标 …": no part of them)
	// (…or all four opening the first rows' lines when the header line has none: "绩 产出指标 …" / "效 开展…" / "指 …" / "标 …")
	const marks = leadCaption ? ['指', '标'] : /^[ ]*绩[ ]+\S/.test(lines[from] ?? '') ? ['绩', '效', '指', '标'] : [];
	const rows: string[] = [];
	let buf: string[] = [];
	let level: Level | null = null;
	let reason: { row: number; text: string } | null = null;
	const hasReason = header.includes('偏差原因分析及改进措施');
	let k = from;
	// (inside the table's vertical caption, "绩" / "效 产出 数量指标 …" / "指 指标" / "标   日均供应早餐 …": its characters before
	// a row's cells are no part of them; a level cell's last character, "产出指" / "标 数量指", is)
	let caption = false;
	for (; k < lines.length; k++) {
		let l = lines[k];
		if (marks.length && new RegExp(`^[ ]*${marks[0]}[ ]+(?=\\S)`).test(l)) {
			l = l.replace(new RegExp(`^[ ]*${marks[0]}[ ]+`), '');
			marks.shift();
		}
		// (a lone 标 under a line ending in 指 is that level cell's last character: "满意度指" / "标")
		if (/^[ ]*[绩效指标][ ]*$/.test(l) && !(l.trim() === '标' && /指[ ]*$/.test(lines[k - 1] ?? ''))) {
			caption = true;
			continue;
		}
		if (caption && /^[ ]*[绩效指标](?=[ ]+\S)/.test(l)) l = l.replace(/^[ ]*[绩效指标]/, '');
		else if (l.trim()) caption = false;
		if (!l.trim()) continue;
		if (STOP.test(l)) break;
		// a table laid out by runs of spaces is a column layout, read by its own reader
		if (/\S[ ]{2,}\S/.test(l)) return null;
		if (PAGE.test(l) && l.length < 60) continue;
		// a target wrapped before its unit: the unit closes it
		const next = lines[k + 1];
		if (/[≥≤＞＜=<>][ ]*\d[\d,.]*$/.test(l) && next !== undefined && WRAPPED_UNIT.test(next.trim())) {
			l = `${l} ${next.trim()}`;
			k++;
		}
		// …or wrapped inside its unit, the target or the result or both ("≥ 5000 人" / "次" / "4620 人次 15 12", "≥ 400 人" /
		// "次" / "436 人" / "次 10 10"): the lines joined until the row's figures close it
		for (let guard = 0; guard < 4 && !ROW_TAIL.test(l) && /[≥≤＞＜=<>][ ]*\d/.test(l); guard++) {
			const n1 = lines[k + 1];
			if (n1 === undefined) break;
			if (/\d[\d,.]*[ ]*[\u4e00-\u9fff]{1,2}$/.test(l) && /^[ ]*[\u4e00-\u9fff]{1,2}(?:[ ]+\d[\d. ]*)?[ ]*$/.test(n1)) l = `${l}${n1.trim()}`;
			// (a unit cut inside, the row going on after it: "≥ 3.2 万立方" / "米 2.9 万立方米 10 8", "≥ 600 人" / "次 558 人次 10 8 某某")
			else if (wrappedInside(l, n1)) l = `${l}${n1.trim()}`;
			else if (/\d[\d,.]*[ ]*[\u4e00-\u9fff%]{1,3}$/.test(l) && /^[ ]*\d[\d,.]*[ ]*[\u4e00-\u9fff%]{0,2}(?:[ ]+\d.*)?$/.test(n1)) l = `${l} ${n1.trim()}`;
			else break;
			k++;
		}
		const m = ROW_TAIL.exec(l);
		if (!m || (!m[2] && !m[4] && !m[6])) {
			// a row whose figures this reader cannot take (a target in words, "好 好 10 10"): the table is not read whole
			if (/\d[ ]+\d{1,2}(?:\.\d{1,2})?$/.test(l)) return null;
			buf.push(l);
			if (buf.length > 9) return null;
			continue;
		}
		const [, head, op, target, tUnit, actual, aUnit, weight, points, why] = m;
		if (Number(points) > Number(weight)) return null;
		// the lines before the row: a wrapped reason of the row before (up to a line opening with a level name, or one
		// line after a reason cut at a comma), then this row's level cells and name
		if (reason) {
			const lead = buf.findIndex((b) => LABEL_START.test(b) || /^[ ]*指标/.test(b));
			// (a reason as wide as its column's header line was cut there: "农忙季节停" / "办两期" under a 5-wide "偏差原因分")
			const full = reasonWidth !== undefined && reason.text.length === reasonWidth && (buf[0]?.trim().length ?? 99) <= reasonWidth;
			const cut =
				lead >= 0 ? lead : !LABEL_START.test(head) && (/[，,、；;]$/.test(reason.text) || full) && buf.length ? 1 : LABEL_START.test(head) ? buf.length : 0;
			if (cut > 0) rows[reason.row] += buf.splice(0, cut).join('').replace(/\s+/g, '');
		}
		const { level: lv, name } = splitLevels([...buf, head], level);
		buf = [];
		// (a section's weight inside a level cell, "产出指标(40分)", is no part of a name)
		if (!lv || !name || name.length > 30 || /[(（]\d/.test(name)) return null;
		level = lv;
		const unit = tUnit ?? aUnit;
		const cells = [
			`${lv.l1}指标`,
			...(header.includes('二级指标') ? [lv.l2 ? `${lv.l2}指标` : ''] : []),
			name,
			cell(op, target, tUnit ?? (aUnit === '%' ? '%' : unit)),
			cell('', actual, aUnit ?? unit),
			weight,
			points
		];
		if (hasReason) cells.push(why ?? '');
		rows.push(cells.join('\t'));
		reason = why ? { row: rows.length - 1, text: why } : null;
	}
	// what is left before the 总分 row: level cells' last characters only, or a wrapped reason
	if (buf.length && !buf.every((b) => /^(?:度指|度|指标|指|标)+$/.test(b.replace(/[ ]+/g, '')))) {
		if (!reason) return null;
		rows[reason.row] += buf.join('').replace(/\s+/g, '');
	}
	return rows.length >= 2 ? { rows, end: k } : null;
}

/** The funds table's header, wrapped over lines ("项目资金" / "(万元) 年初预" / "算数 …"), in one line of cells. */
function fundsHeader(lines: string[], k: number): { end: number; cells: string[] } | null {
	if (!/^[ ]*项目资金/.test(lines[k])) return null;
	let end = k;
	let text = lines[k];
	while (!/得[ ]*分|执行率/.test(text) && end < k + 10 && end + 1 < lines.length) text += lines[++end];
	// a layout printing each cell's second line under the first ("项目资金 年初预 全年预 …" / "(万元) 算数 算数 行数")
	// (…or only their last character, "项目资金 年初预算 全年预算 全年执行 …" / "( 万元) 数 数 数")
	while (/^[ ]*(?:[(（][ ]*万?元[ ]*[)）]|算数|行数|预算数|执行数|数|[ ])+$/.test(lines[end + 1] ?? '')) text += lines[++end];
	const { c } = compact([text]);
	if (!/执行率/.test(c) || !/全年执|执行数/.test(c)) return null;
	// (a header on one line is read so only when its row writes a rate apart from its sign, "96.6 %")
	if (end === k && !/\d[ ]+%/.test(lines[k + 1] ?? '')) return null;
	const cells = [`项目资金${/万元/.test(c) ? '(万元)' : /元/.test(c) ? '(元)' : ''}`];
	if (/年初预/.test(c)) cells.push('年初预算数');
	if (/全年预/.test(c)) cells.push('全年预算数');
	cells.push('全年执行数');
	if (/分值/.test(c)) cells.push('分值');
	cells.push('执行率');
	if (/得分/.test(c)) cells.push('得分');
	return { end, cells };
}

const FUNDS_ROW = new RegExp(String.raw`^[ ]*([\u4e00-\u9fff][^\d\t|]{1,14}?)[ ]+((?:(?:${NUM}[ ]*%?|[—\-–/]+)(?:[ ]+|$)){3,7})$`);

/** Where a whole form run into one line parts into its rows: before its row labels and cell labels. */
const FORM_BREAK =
	/[ ](?=(?:项目名称|主管部门|实施单位|项目资金|年度资金总额|年度总体|自评结论|自评结果|评价结论|存在问题|改进措施|填表人|项目负责人)(?:[ ]|[:：]|$)|其中[:：]|一级指标[ ]二级|(?:总分|合计)[ ]\d)/g;
const ROW_END = new RegExp(
	String.raw`([≥≤＞＜=<>]?[ ]?${NUM}[ ]?${UNIT}?[ ]+${NUM}[ ]?${UNIT}?[ ]+\d{1,2}(?:\.\d{1,2})?[ ]+\d{1,2}(?:\.\d{1,2})?)(?=[ ]+[一-鿿])`,
	'g'
);

/**
 * A whole form run into one line of single spaces (a PDF's text layer that lost its line breaks, "大荔县…自评表 项目名称 … 总分 100
 * 93.6 自评结论 …"): a line per row again, parted before each row's label and after each indicator row's points.
 */
export function splitFormLine(line: string): string[] {
	const parts = line.replace(FORM_BREAK, '\n').split('\n');
	return parts.flatMap((p) => {
		const head = /^(?:绩效指标[ ])?一级指标[ ]二级指标[ ].*?[ ]得分(?=[ ])/.exec(p);
		if (!head) return [p];
		const rows = p.slice(head[0].length).trim().replace(ROW_END, '$1\n').split('\n');
		return [head[0], ...rows.map((r) => r.trim()).filter(Boolean)];
	});
}

/** The standard form's tables in a space-parted PDF text, written as tab rows under one-line headers. */
export function pdfFormTables(s: string): string {
	if (s.includes('\t') || !/[ ]/.test(s)) return s;
	const lines = s
		.split('\n')
		.flatMap((l) => (l.length >= 300 && /三级指标/.test(l) && /[≥≤=][ ]\d/.test(l) && !/[ ]{2}/.test(l.trim()) ? splitFormLine(l) : [l]));
	const out: string[] = [];
	let changed = false;
	for (let k = 0; k < lines.length; k++) {
		if (lines[k].includes('|')) {
			out.push(lines[k]);
			continue;
		}
		const fh = fundsHeader(lines, k);
		if (fh) {
			const rows: string[] = [];
			let n = fh.end + 1;
			for (; n < lines.length; n++) {
				const m = FUNDS_ROW.exec(lines[n]);
				if (!m) break;
				const figs = m[2]
					.trim()
					.replace(/(\d)[ ]+%/g, '$1%')
					.split(/[ ]+/);
				if (figs.length > fh.cells.length - 1) break;
				rows.push([m[1].replace(/[ ]+/g, ''), ...figs].join('\t'));
			}
			if (rows.length && /^年度资金总额|^资金总额|^合计/.test(rows[0])) {
				out.push(fh.cells.join('\t'), ...rows);
				k = n - 1;
				changed = true;
				continue;
			}
		}
		const ih = indicatorHeader(lines, k);
		if (ih) {
			const body = indicatorRows(lines, ih.end + 1, ih.cells, ih.caption, ih.reasonWidth);
			if (body) {
				out.splice(out.length - (k - ih.start), k - ih.start);
				out.push(ih.cells.join('\t'), ...body.rows);
				k = body.end - 1;
				changed = true;
				continue;
			}
		}
		out.push(lines[k]);
	}
	return changed ? formCells(out).join('\n') : s;
}

/** A label cell of the form, its value after a space: the form's head cells and its closing finding cells. */
const HEAD_CELL = /^[ ]*(主管部门|实施单位|项目单位|项目名称)[ ]+([^ \t|]{4,40})[ ]*$/;
const UNIT_TAIL = /(?:中心|政府|局|站|所|院|队|办公室|委员会|办事处|馆|项目)$/;
const FINDING_CELL = /^[ ]*(存在(?:的)?问题|主要问题|改进措施|整改措施|改进建议|偏差原因)[ ]+(?=[\u4e00-\u9fff“])/;

/**
 * The cells of a space-parted form outside its tables: a head cell's value wrapped onto the next line ("实施单位 某县某镇
 * 农业服" / "务中心") is one value, and a finding cell's label parted from its sentences by a space is a cell of its own
 * ("存在问题 部分农户…。" → "存在问题\t部分农户…。").
 */
function formCells(input: string[]): string[] {
	// (two head cells on one line, "主管部门 某县某局 实施单位 某县某某发展服" / "务中心": a line each, the second wrapped on)
	const lines = input.flatMap((l) => {
		const two = /^[ ]*(主管部门[ ]+[^ \t|]{4,40})[ ]+(实施单位[ ]+[^ \t|]{4,40})[ ]*$/.exec(l);
		return two ? [two[1], two[2]] : [l];
	});
	const out: string[] = [];
	for (let k = 0; k < lines.length; k++) {
		const l = lines[k];
		const head = HEAD_CELL.exec(l);
		const next = lines[k + 1]?.trim() ?? '';
		if (head && /^[\u4e00-\u9fff]{1,6}$/.test(next) && !UNIT_TAIL.test(head[2]) && UNIT_TAIL.test(head[2] + next)) {
			out.push(`${head[1]}\t${head[2]}${next}`);
			k++;
			continue;
		}
		// (…or parted by a space where the PDF broke the cell: "实施单位 某县某某产业发 展中心")
		const spaced = /^[ ]*(主管部门|实施单位|项目单位)[ ]+([\u4e00-\u9fff（）()]{4,30})[ ]([\u4e00-\u9fff]{1,6})[ ]*$/.exec(l);
		if (spaced && !UNIT_TAIL.test(spaced[2]) && UNIT_TAIL.test(spaced[2] + spaced[3])) {
			out.push(`${spaced[1]}\t${spaced[2]}${spaced[3]}`);
			continue;
		}
		const cell = FINDING_CELL.exec(l);
		out.push(cell ? l.replace(FINDING_CELL, `${cell[1]}\t`) : l);
	}
	return out;
}

/** A further cell of a web table copied cell by cell: an indented line opening with a bar ("        | 资金来源"). */
const BAR_CELL = /^[ \t]{2,}\|(?:[ \t]+(.*?))?[ \t]*$/;

/**
 * A web page's table copied cell by cell: a row's first cell opens a line, each further cell stands on an indented
 * line after a bar, a cell too wide for its column goes on on the next indented line ("        | 苗木补助发放" /
 * "       及时率"), and "| |" closes the row. Each row becomes one line of tab cells; a first cell that is the table's
 * vertical caption ("绩效" / "指标" before "一级指标") is no column.
 */
export function indentedBarRows(s: string): string {
	const lines = s.split('\n');
	if (lines.filter((l) => BAR_CELL.test(l)).length < 6) return s;
	const out: string[] = [];
	let changed = false;
	for (let k = 0; k < lines.length; k++) {
		const l = lines[k];
		if (!/^[^\s|]/.test(l)) {
			out.push(l);
			continue;
		}
		let j = k + 1;
		let first = l.trim();
		while (j < lines.length && j - k <= 3 && /^[ \t]+[^\s|]/.test(lines[j])) first += lines[j++].trim();
		if (j >= lines.length || !BAR_CELL.test(lines[j])) {
			out.push(l);
			continue;
		}
		const cells = [first];
		for (; j < lines.length; j++) {
			const m = BAR_CELL.exec(lines[j]);
			if (m) {
				const v = (m[1] ?? '').trim();
				if (v === '|') {
					j++;
					break;
				}
				cells.push(v.replace(/[ \t]*\|$/, ''));
				continue;
			}
			if (/^[ \t]+[^\s|]/.test(lines[j]) && cells.length > 1 && cells[cells.length - 1] !== '') {
				cells[cells.length - 1] += lines[j].trim();
				continue;
			}
			break;
		}
		while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
		if (cells.length < 3) {
			out.push(l);
			continue;
		}
		if (/^绩效指标$/.test(cells[0]) && cells[1] === '一级指标') cells.shift();
		out.push(cells.join('\t'));
		changed = true;
		k = j - 1;
	}
	return changed ? out.join('\n') : s;
}
