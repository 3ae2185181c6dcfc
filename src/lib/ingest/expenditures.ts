/**
 * Itemised spending: "序号 资金用途 金额（元）" tables (rows may break over lines; 合计 is checked, not an
 * item) and prose lists ("主要用于：会务及展览服务费 42 万，…").
 */
import { parseArabic, scanQuantities } from './numbers';
import type { Line } from './structure';

/** One spending line before report_id / seq are attached. */
export interface RawExpenditure {
	item: string;
	amount_yuan: number | null;
	start: number;
	end: number;
}

const HEADER = /^序号[\s\t]*.{0,12}?(用途|项目|内容|事项|名称|明细).{0,12}?(金额|支出|费用|资金)/;
const TOTAL = /^(合计|总计|小计|共计)/;
const AMOUNT_TAIL = /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)?$/;

/** Drop spaces next to CJK characters (PDF-extraction artefacts), keep them between Latin words. */
export function tidyItem(s: string): string {
	return s
		.replace(/\s+/g, ' ')
		.replace(/ (?=[^A-Za-z0-9])|(?<=[^A-Za-z0-9]) /g, '')
		.replace(/(?<=\d) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=\d)/g, '')
		.trim();
}

/** Spending tables: header line, then rows "n item amount", possibly broken over lines. */
function tables(lines: Line[], warnings: string[]): RawExpenditure[] {
	const out: RawExpenditure[] = [];
	for (let i = 0; i < lines.length; i++) {
		const h = lines[i].text.replace(/\t/g, ' ');
		if (!HEADER.test(h)) continue;
		const mult = /万元/.test(h) ? 1e4 : 1;
		let expect = 1;
		let cur: { text: string; start: number; end: number } | null = null;
		const rows: { text: string; start: number; end: number }[] = [];
		let total: number | null = null;
		let j = i + 1;
		for (; j < lines.length && j < i + 400; j++) {
			const t = lines[j].text.replace(/\t/g, ' ').trim();
			if (!t) continue;
			if (TOTAL.test(t)) {
				const m = AMOUNT_TAIL.exec(t);
				if (m) total = (parseArabic(m[1]) ?? 0) * (m[2] === '万元' ? 1e4 : m[2] === '元' ? 1 : mult);
				j++;
				break;
			}
			const seq = new RegExp('^' + expect + '(?:\\s|$)').exec(t);
			const curDone = !cur || hasAmount(cur.text);
			if (seq && curDone) {
				if (cur) rows.push(cur);
				cur = { text: t, start: lines[j].start, end: lines[j].end };
				expect++;
			} else if (cur && !hasAmount(cur.text)) {
				cur.text += ' ' + t;
				cur.end = lines[j].end;
			} else break;
		}
		if (cur) rows.push(cur);
		let sum = 0;
		for (const r of rows) {
			const m = AMOUNT_TAIL.exec(r.text);
			const seqLen = /^\d+/.exec(r.text)![0].length;
			if (!m) continue;
			const amount = (parseArabic(m[1]) ?? 0) * (m[2] === '万元' ? 1e4 : m[2] === '元' ? 1 : mult);
			const item = tidyItem(r.text.slice(seqLen, m.index));
			if (!item) continue;
			sum += amount;
			out.push({ item, amount_yuan: round2(amount), start: r.start, end: r.end });
		}
		if (total !== null && rows.length && Math.abs(total - sum) > 0.5) {
			warnings.push(`支出明细合计 ${total} 元与各项之和 ${round2(sum)} 元不符 (itemised total differs from the sum of items)`);
		}
		i = j - 1;
	}
	return out;
}

/** Whether a row (starting with its 序号) already ends with its amount. */
function hasAmount(row: string): boolean {
	return AMOUNT_TAIL.test(row.replace(/^\d+\s*/, ''));
}

function round2(x: number): number {
	return Math.round(x * 100) / 100;
}

const PROSE_LEAD =
	/(?:主要|分别)?用于[:：]?|支出明细(?:如下|为)?[:：]|具体支出(?:如下)?[:：]|支出构成(?:为|如下)?[:：]|支出构成为(?=[\u4e00-\u9fff]{2,20}?\d)|其中[:：]|(?<=(?:支出|执行|使用|支付|拨付)(?:[^。；\n，,]|(?<=\d),(?=\d{3})){0,30}?[，,])\s*其中(?=[\u4e00-\u9fff])|(?<=(?:实际支出|已支出|支出|执行数|支付|拨付)[^。；\n]{0,40}?。)\s*其中[，,]?(?=[\u4e00-\u9fff])|(?:项目)?支出(?:包括|中)[:：,，]?|支出内容(?:为|包括|主要(?:为|是|包括))?[:：]|主要支出(?:为|包括)[:：]?|其中(?=[\u4e00-\u9fff]{2,30}[:：][\u4e00-\u9fff]{2,12}\d)/g;

/** A part of the budget itself ("年初预算", "年中追加", "结余"), no spending item. */
const BUDGET_PART = /^(?:年初|全年|年度|调整后)?预算(?:数|资金|金额)?$|^(?:年中|年内|年底)?(?:追加|调增|调减)(?:预算|资金)?$|^(?:结余|结转)(?:资金)?$/;

/** A budget category (基本支出 / 项目支出 …) is a classification of the spending, not an item of it. */
const CATEGORY = /^(?:基本支出|项目支出|人员经费|公用经费|人员支出|公用支出|工资福利支出|商品和服务支出|对个人和家庭的补助|资本性支出)(?:支出)?$/;

/** A funding source, not a spending item: 中央资金, 省级补助资金, 本级配套, 上级拨款. */
const FUND_SOURCE = /(?:中央|省|市|县|区|旗|本级|上级|自筹|地方|财政|衔接)[\u4e00-\u9fff]{0,8}?(?:资金|拨款|配套|补助)$|^(?:中央|省级|市级|县级|区级|本级)/;

/** Prose spending lists after 主要用于：, each part "item amount(万|万元|元)". */
function prose(text: string): RawExpenditure[] {
	const out: RawExpenditure[] = [];
	PROSE_LEAD.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = PROSE_LEAD.exec(text))) {
		const from = m.index + m[0].length;
		let to = text.indexOf('。', from);
		const nl = text.indexOf('\n', from);
		if (to < 0 || (nl >= 0 && nl < to)) to = nl >= 0 ? nl : text.length;
		if (to - from > 2000) continue;
		const seg = text.slice(from, to);
		const parts: RawExpenditure[] = [];
		let p = 0;
		// items part at ，； and at a 、 right after an amount ("走访慰问金51.6万元、临时帮扶资金19.8万元"; a 、 inside
		// an item, "春节、“七一”慰问", is no border)
		const re = /[，,；;、]/g;
		const cuts: number[] = [];
		let c: RegExpExecArray | null;
		while ((c = re.exec(seg))) {
			// a thousands separator ("1,026,000元") is no border
			if (c[0] === ',' && /\d$/.test(seg.slice(0, c.index)) && /^\d{3}(?!\d)/.test(seg.slice(c.index + 1))) continue;
			if (c[0] !== '、' || /\d\s*(?:万元|千元|万|元)$/.test(seg.slice(0, c.index))) cuts.push(c.index);
		}
		cuts.push(seg.length);
		for (const cut of cuts) {
			const part = seg.slice(p, cut);
			const found = scanQuantities(part);
			const last = found[found.length - 1];
			if (last && last.end >= part.trimEnd().length - 1) {
				const qq = last.q;
				if (qq.unit === '万元' || qq.unit === '千元' || qq.unit === '元') {
					const item = tidyItem(
						part
							.slice(0, last.index)
							.replace(/^[\s、]+/, '')
							// (a list's own number before the item, "(1)路面改造工程款…", "②设计费…")
							.replace(/^(?:[（(]\d{1,2}[)）]|\d{1,2}[.、．)）](?!\d)|[①-⑳])\s*/, '')
							// "其中某工程:监理费15万元,…;另一工程:监理费11.8万元": the work named before the colon is no part of the item
							.replace(/^[\u4e00-\u9fff]{2,30}[:：](?=[\u4e00-\u9fff])/, '')
							// ("浮筏材料补助人民币298,800.00元": the currency's name is no part of the item)
							.replace(/人民币$/, '')
							// (…nor 计 that ends a word: 设计, 统计, 会计, 审计)
							.replace(/(共计|合计|共|(?<![设统会审估核预])计|为|约)$/, '')
							// "部门预算项目支出实际支出34.92万元": the item, not the word for what was spent on it
							.replace(/(?<=[\u4e00-\u9fff]{2})(?:实际支出|实际使用|实际执行)$/, '')
					);
					if (item && item.length <= 60) {
						const yuan = qq.unit === '万元' ? qq.value * 1e4 : qq.unit === '千元' ? qq.value * 1e3 : qq.value;
						parts.push({ item, amount_yuan: round2(yuan), start: from + p, end: from + cut });
					}
				}
			}
			p = cut + 1;
		}
		// "其中：中央资金2140万元、省级资金1890万元…" says where the money came from, not what it was spent on
		// (…and "其中:年初预算…,年中追加…" the budget's parts, not what it was spent on)
		if (parts.length >= 2 && !parts.some((x) => FUND_SOURCE.test(x.item) || CATEGORY.test(x.item) || BUDGET_PART.test(x.item))) out.push(...parts);
	}
	return out;
}

/** All itemised spending in a report, tables first in text order, then prose lists. */
export function extractExpenditures(text: string, lines: Line[], warnings: string[]): RawExpenditure[] {
	const all = [...tables(lines, warnings), ...prose(text)];
	all.sort((a, b) => a.start - b.start);
	return all;
}

/**
 * A department's whole spending split into its two categories ("基本支出246.1万元,项目支出68.4万元") or its economic classes
 * ("工资福利支出…,商品和服务支出…,项目支出…"): the rows, only when they add up to what was spent (a split of the budget, or of
 * a part, adds up to something else).
 */
export function categorySplit(text: string, actualWan: number | null): RawExpenditure[] {
	if (actualWan === null || actualWan <= 0) return [];
	const re =
		/(基本支出|项目支出)(?:实际)?(?:支出|执行数?|决算数?)?(?:为|是|共|合计|[:：])?\s{0,2}(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s{0,2}(万元|元)/g;
	const found: { item: string; wan: number; start: number; end: number }[] = [];
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const v = Number(m[2].replace(/,/g, ''));
		found.push({ item: m[1], wan: m[3] === '万元' ? v : v / 1e4, start: m.index, end: m.index + m[0].length });
	}
	// …or a form's cells under "全年预算数 全年执行数" ("(1)基本支出 61.5 60.1 (2)项目支出 25 23.95"): each figure in the
	// form's 万元, the spend being whichever column adds up to what was spent
	// (…or three, "年初预算数 全年预算数 全年执行数": "| 其中:基本支出 | 198.40 | 198.40 | 196.35 |")
	const cells = /(基本支出|项目支出)[ \t]{0,2}(\d+(?:\.\d+)?)[ \t]{1,3}(\d+(?:\.\d+)?)(?:[ \t]{1,3}(\d+(?:\.\d+)?))?(?![\d.%])/g;
	while ((m = cells.exec(text))) {
		let from = m.index + m[1].length;
		const figs: { v: string; at: number }[] = [];
		for (const k of [2, 3, 4]) {
			if (m[k] === undefined) continue;
			const at = text.indexOf(m[k], from);
			figs.push({ v: m[k], at });
			from = at + m[k].length;
		}
		for (const f of figs.reverse()) found.push({ item: m[1], wan: Number(f.v), start: f.at, end: f.at + f.v.length });
	}
	// …or a cover's cells one a line ("其中:基本支出(万元)" / "268.91" / "项目支出(万元)" / "146.32"): in the label's unit, else in
	// the form's 万元
	const lines =
		/(?:^|\n)[ \t]*(?:其中[:：]?)?(基本支出|项目支出)(?:[（(](万元|元)[)）])?[ \t:：]*\n[ \t]*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]*(?=\n|$)/g;
	while ((m = lines.exec(text))) {
		const v = Number(m[3].replace(/,/g, ''));
		const at = m.index + m[0].lastIndexOf(m[3]);
		found.push({ item: m[1], wan: m[2] === '元' ? v / 1e4 : v, start: at, end: at + m[3].length });
	}
	// …or a form run into one line, one figure after each ("其中:基本支出 521.36 政府性基金预算 0 0 0 项目支出 98.45 年度总体目标")
	// (…or in a piped row, "其中:基本支出 | 392.46 | |", the row's end after it)
	const one = /(基本支出|项目支出)[ \t]{1,2}(?:\|[ \t]{0,2})?(\d+(?:\.\d+)?)(?=[ \t]+[\u4e00-\u9fff]|[ \t|]*(?:\n|$))/g;
	while ((m = one.exec(text))) {
		const at = m.index + m[0].lastIndexOf(m[2]);
		found.push({ item: m[1], wan: Number(m[2]), start: at, end: at + m[2].length });
	}
	const adds = (sum: number) => Math.abs(sum - actualWan) <= Math.max(0.011, actualWan * 0.0005);
	for (const a of found.filter((f) => f.item === '基本支出'))
		for (const b of found.filter((f) => f.item === '项目支出')) {
			if (Math.abs(a.start - b.start) > 160) continue;
			if (!adds(a.wan + b.wan)) continue;
			return [a, b].map((x) => ({ item: x.item, amount_yuan: round2(x.wan * 1e4), start: x.start, end: x.end }));
		}
	// …or by its economic classes, in one list ("其中工资福利支出98.6万元,商品和服务支出41.2万元,项目支出32.1万元"): every
	// class listed, when they add up to what was spent (人员经费 / 公用经费, the parts of 基本支出, count as classes when the list
	// runs on to 项目支出 and adds up: "其中人员经费131.62万元,公用经费24.73万元,项目支出65.00万元")
	const econ = [...text.matchAll(ECONOMIC_CLASS)].map((m) => {
		const v = Number(m[2].replace(/,/g, ''));
		return { item: m[1], wan: m[3] === '万元' ? v : v / 1e4, start: m.index!, end: m.index! + m[0].length };
	});
	for (let i = 0; i < econ.length; i++) {
		let sum = 0;
		for (let j = i; j < econ.length && (j === i || econ[j].start - econ[j - 1].end <= 4); j++) {
			sum += econ[j].wan;
			const run = econ.slice(i, j + 1);
			if (j > i && adds(sum) && new Set(run.map((x) => x.item)).size === run.length && run.some((x) => x.item !== '项目支出'))
				return run.map((x) => ({ item: x.item, amount_yuan: round2(x.wan * 1e4), start: x.start, end: x.end }));
		}
	}
	return [];
}

/** One economic class of a department's spending with its amount, in a list parted by commas ("商品和服务支出41.2万元,"). */
const ECONOMIC_CLASS =
	/(工资福利支出|商品和服务支出|对个人和家庭的补助(?:支出)?|资本性支出|人员经费|公用经费|项目支出)(?:为|[:：])?\s{0,2}(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s{0,2}(万元|元)/g;

/** A line that is only a list of spending items with their amounts ("游客服务设施维护46.50万元,保洁劳务26.76万元,宣传8.00万元。"). */
const ITEM = String.raw`[\u4e00-\u9fff“”（）()、]{2,20}?\d[\d,.]*(?:万元|元)`;
const ITEM_LINE = new RegExp(String.raw`^[ \t]*(?:${ITEM}[，,；;][ \t]*)+${ITEM}[。；;]?[ \t]*$`);

/**
 * Spending items listed on a line of their own, no lead words before them (under a heading "(二)资金使用情况"): the items,
 * only when they add up to what was spent.
 */
export function itemLine(text: string, actualWan: number | null): RawExpenditure[] {
	if (actualWan === null || actualWan <= 0) return [];
	for (const m of text.matchAll(/[^\n]+/g)) {
		if (!ITEM_LINE.test(m[0])) continue;
		let items = [...m[0].matchAll(/([\u4e00-\u9fff“”（）()、]{2,20}?)(\d[\d,.]*)(万元|元)/g)].map((x) => ({
			item: tidyItem(x[1]),
			yuan: Number(x[2].replace(/,/g, '')) * (x[3] === '万元' ? 1e4 : 1),
			start: m.index! + x.index!,
			end: m.index! + x.index! + x[0].length
		}));
		// (the items' own total closing the line, "…,合计39.9万元": no item)
		const last = items[items.length - 1];
		if (items.length >= 3 && /^(?:合计|共计|总计|小计)$/.test(last.item) && Math.abs(items.slice(0, -1).reduce((a, x) => a + x.yuan, 0) - last.yuan) < 1)
			items = items.slice(0, -1);
		if (items.some((x) => !Number.isFinite(x.yuan) || FUND_SOURCE.test(x.item) || CATEGORY.test(x.item))) continue;
		if (!fits(items, actualWan)) continue;
		return items.map((x) => ({ item: x.item, amount_yuan: round2(x.yuan), start: x.start, end: x.end }));
	}
	return [];
}

/**
 * A row of cells led by its label, each further cell an item with its amount ("支出明细 | 消防器材购置 182000元 | 值守人员补贴
 * 156000元 | …"): the items, only when they add up to what was spent.
 */
export function cellItemRow(text: string, actualWan: number | null): RawExpenditure[] {
	if (actualWan === null || actualWan <= 0) return [];
	for (const m of text.matchAll(/^[ \t]*(?:支出明细|支出构成|资金支出明细|资金使用明细|支出内容)[ \t]*[|\t][^\n]*$/gm)) {
		const items: { item: string; yuan: number; start: number; end: number }[] = [];
		let at = m.index!;
		let ok = true;
		for (const cell of m[0].split(/[|\t]/).slice(1)) {
			const c = cell.trim();
			const from = at + m[0].slice(at - m.index!).indexOf(cell);
			at = from + cell.length;
			if (!c) continue;
			const x = /^([\u4e00-\u9fff“”（）()、]{2,20}?)[ \t:：]*(\d[\d,]*(?:\.\d+)?)[ \t]*(万元|元)$/.exec(c);
			if (!x) {
				ok = false;
				break;
			}
			const s0 = from + cell.indexOf(c);
			items.push({ item: tidyItem(x[1]), yuan: Number(x[2].replace(/,/g, '')) * (x[3] === '万元' ? 1e4 : 1), start: s0, end: s0 + c.length });
		}
		if (!ok || items.length < 2 || items.some((x) => !Number.isFinite(x.yuan) || FUND_SOURCE.test(x.item) || CATEGORY.test(x.item))) continue;
		if (!fits(items, actualWan)) continue;
		return items.map((x) => ({ item: x.item, amount_yuan: round2(x.yuan), start: x.start, end: x.end }));
	}
	return [];
}

/** A list item of its own line: "- 清雪机械租赁:216,000元", "2.活动物资 12.6万元". */
const LIST_ITEM =
	/^[ \t]*(?:[-•·*][ \t]*|\d{1,2}[.、．][ \t]*|[（(]\d{1,2}[)）][ \t]*)?([\u4e00-\u9fff“”（）()、]{2,20}?)[:：]?[ \t]*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]*(万元|元)[。；;]?[ \t]*$/;
/** A money word that names the budget or the spending as a whole, no item of it. */
const WHOLE_MONEY = /预算|实际支出|执行|结余|结转|追加|到位|下达|拨付|合计|总计|小计|共计|资金总额/;
/** The lead of a sentence that lists what the money went on ("资金支出方面,…", "资金使用情况:…", "具体为:"). */
const SPENT_ON =
	/(?:资金|经费)(?:支出|使用)(?:方面|情况)?[:：,，]\s*|具体(?:为|如下)[:：]\s*|按支出(?:类别|内容|用途)[:：,，]\s*|(?<=(?:19|20)\d{2}\s*年度?)(?:共)?支付(?=[\u4e00-\u9fff])/g;

/** Whether items (in 元) add up to what was spent (万元), to the cent or one part in two thousand. */
function fits(items: { yuan: number }[], actualWan: number): boolean {
	const sum = items.reduce((a, x) => a + x.yuan, 0) / 1e4;
	return Math.abs(sum - actualWan) <= Math.max(0.011, actualWan * 0.0005);
}

function plainItem(item: string): boolean {
	return !!item && !WHOLE_MONEY.test(item) && !FUND_SOURCE.test(item) && !CATEGORY.test(item);
}

/**
 * Spending items listed one a line (a dash or number before each, "- 活动物资:126,000元"), or in the sentence after a lead
 * that says the money's use ("资金支出方面,助浴服务购买228,000元,助浴设备购置42,000元,…"): the items, only when they add up
 * to what was spent.
 */
export function listedItems(text: string, actualWan: number | null): RawExpenditure[] {
	if (actualWan === null || actualWan <= 0) return [];
	const amount = (v: string, unit: string) => Number(v.replace(/,/g, '')) * (unit === '万元' ? 1e4 : 1);
	// one a line: a run of two or more such lines
	let run: { item: string; yuan: number; start: number; end: number }[] = [];
	const lines = [...text.matchAll(/[^\n]*/g)];
	for (const m of [...lines, null]) {
		const x = m && LIST_ITEM.exec(m[0]);
		if (x && m) {
			run.push({ item: tidyItem(x[1]), yuan: amount(x[2], x[3]), start: m.index!, end: m.index! + m[0].length });
			continue;
		}
		if (m && m[0].trim() === '' && run.length) continue;
		if (run.length >= 2 && run.every((r) => plainItem(r.item) && Number.isFinite(r.yuan)) && fits(run, actualWan))
			return run.map((r) => ({ item: r.item, amount_yuan: round2(r.yuan), start: r.start, end: r.end }));
		run = [];
	}
	// in a sentence after a lead: its parts that end in an amount, a closing remark without one after them
	SPENT_ON.lastIndex = 0;
	for (let m: RegExpExecArray | null; (m = SPENT_ON.exec(text));) {
		const from = m.index + m[0].length;
		const stop = /[。\n]/.exec(text.slice(from));
		const seg = text.slice(from, stop ? from + stop.index : text.length);
		const items: { item: string; yuan: number; start: number; end: number }[] = [];
		let p = 0;
		let closed = false;
		for (const part of seg.split(/[，；;]|,(?!\d{3}(?!\d))/)) {
			const x = /^\s*([\u4e00-\u9fff“”（）()、]{2,20}?)[:：]?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万元|元)\s*$/.exec(part);
			// (the items' own total closes the list, "…,合计123,000元,结余27,000元": what follows it is no item)
			if (x && !closed && items.length >= 2 && /^(?:合计|共计|总计)$/.test(x[1])) break;
			if (x && !closed) items.push({ item: tidyItem(x[1]), yuan: amount(x[2], x[3]), start: from + p, end: from + p + part.length });
			else if (x || /\d/.test(part) || !items.length) {
				items.length = 0;
				break;
			} else closed = true;
			p += part.length + 1;
		}
		if (items.length >= 2 && items.every((r) => plainItem(r.item) && Number.isFinite(r.yuan)) && fits(items, actualWan))
			return items.map((r) => ({ item: r.item, amount_yuan: round2(r.yuan), start: r.start, end: r.end }));
	}
	return [];
}

/**
 * A spending table read one cell a line ("支出内容" / "实际支出数" / "备注" over "30227 委托业务费" / "312,000.00" / "示范基地
 * 技术服务" …): each item the line right above a line of a lone amount (an economic code before it dropped; a remark, a date
 * or a voucher's number after it passed over), up to the table's total or the next section; only when the items add up to what
 * was spent, in 元 or in 万元.
 */
export function cellColumnItems(text: string, actualWan: number | null): RawExpenditure[] {
	if (actualWan === null || actualWan <= 0) return [];
	const head = /(?:^|\n)[ \t]*支出内容[ \t|]*\n/.exec(text);
	if (!head) return [];
	const cells: { t: string; start: number; end: number }[] = [];
	const re = /[^\n]+/g;
	re.lastIndex = head.index + head[0].length;
	for (let m: RegExpExecArray | null; (m = re.exec(text));) {
		const t = m[0].replace(/[|｜]/g, ' ').trim();
		if (!t) continue;
		if (/^(?:[一二三四五六七八九十]{1,2}、|支出合计|合计|总计)/.test(t) || cells.length > 200) break;
		const at = m.index + m[0].indexOf(t.split(' ')[0]);
		cells.push({ t, start: at, end: m.index + m[0].length });
	}
	const items: { item: string; v: number; start: number; end: number }[] = [];
	for (let i = 1; i < cells.length; i++) {
		const amount = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/.exec(cells[i].t);
		if (!amount) continue;
		const name = /^(?:\d{3,6}\s*)?([\u4e00-\u9fff“”（）()、]{2,30})$/.exec(cells[i - 1].t);
		if (!name || /实际支出|支出数|金额|备注|凭证/.test(name[1])) continue;
		items.push({ item: tidyItem(name[1]), v: Number(amount[1].replace(/,/g, '')), start: cells[i - 1].start, end: cells[i].end });
	}
	if (items.length < 2 || !items.every((x) => plainItem(x.item))) return [];
	const sum = items.reduce((a, x) => a + x.v, 0);
	const close = (wan: number) => Math.abs(wan - actualWan) <= Math.max(0.011, actualWan * 0.0005);
	const mult = close(sum / 1e4) ? 1 : close(sum) ? 1e4 : 0;
	if (!mult) return [];
	return items.map((x) => ({ item: x.item, amount_yuan: round2(x.v * mult), start: x.start, end: x.end }));
}

/**
 * A spending table with a planned and a spent column ("支出内容(经济科目) | 计划支出数(万元) | 实际支出数(万元)", one item a
 * row, closed by 支出合计): each item with its spent cell, only when they add up to what was spent (in the header's unit, or
 * in 元 / 万元 when it names none).
 */
export function plannedSpentTable(text: string, actualWan: number | null): RawExpenditure[] {
	if (actualWan === null || actualWan <= 0) return [];
	const lines = /[^\n]*/g;
	let head: { cols: string[]; at: number } | null = null;
	const rows: { cells: string[]; start: number; end: number; line: string }[] = [];
	for (let m: RegExpExecArray | null; (m = lines.exec(text)); lines.lastIndex++) {
		const line = m[0];
		const cells = line.split(/[|\t]/).map((c) => c.trim());
		while (cells.length && cells[cells.length - 1] === '') cells.pop();
		if (!head) {
			const spent = cells.findIndex((c) => /^(?:实际支出|实际支出数|支出数|实际执行数|执行数)(?:[（(](?:万元|元)[)）])?$/.test(c));
			const named = cells.findIndex((c) => /^(?:支出内容|支出项目|支出明细|明细|经济科目|费用名称|项目内容)(?:[（(][\u4e00-\u9fff]{2,6}[)）])?$/.test(c));
			if (spent > named && named >= 0 && cells.some((c) => /计划|预算/.test(c))) head = { cols: cells, at: spent };
		} else {
			if (/^(?:支出合计|合计|总计|小计)/.test(cells[0] ?? '') || /^[一二三四五六七八九十]{1,2}、/.test(cells[0] ?? '') || rows.length > 60) break;
			if (cells.length === 0) continue;
			rows.push({ cells, start: m.index, end: m.index + line.length, line });
		}
		if (m.index + line.length >= text.length) break;
	}
	if (!head || rows.length < 2) return [];
	const items: { item: string; v: number; start: number; end: number }[] = [];
	for (const r of rows) {
		const name = /^[\u4e00-\u9fff“”（）()、]{2,30}$/.exec(r.cells[0] ?? '');
		const amount = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/.exec(r.cells[head.at] ?? '');
		if (!name || !amount) return [];
		items.push({ item: tidyItem(name[0]), v: Number(amount[1].replace(/,/g, '')), start: r.start + r.line.indexOf(name[0]), end: r.end });
	}
	if (!items.every((x) => plainItem(x.item))) return [];
	const sum = items.reduce((a, x) => a + x.v, 0);
	const close = (wan: number) => Math.abs(wan - actualWan) <= Math.max(0.011, actualWan * 0.0005);
	const unit = /万元/.test(head.cols[head.at]) ? 1e4 : /元/.test(head.cols[head.at]) ? 1 : 0;
	const mult = unit ? (close((sum * unit) / 1e4) ? unit : 0) : close(sum / 1e4) ? 1 : close(sum) ? 1e4 : 0;
	if (!mult) return [];
	return items.filter((x) => x.v > 0).map((x) => ({ item: x.item, amount_yuan: round2(x.v * mult), start: x.start, end: x.end }));
}
