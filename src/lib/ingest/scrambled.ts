/**
 * The standard 项目支出绩效自评表 as some PDFs' text layers give it: the whole form on one line, its cells in the order
 * the PDF drew them rather than the table's — a label after its value ("某某事务中心 实施单位"), the funds figures
 * scattered ("150000.00 150000.00 6.50 … 97,500 … 10 65.00%"), every indicator's name, every level cell and every row's
 * figures in blocks of their own ("… 三级指标 … 分值 得分 >=3200株 3350株 20 20 =100% 100% 20 20 … 100 98.60 产出指标
 * 质量指标 … 修剪作业验收合格 率 …").
 *
 * Such a line is written again as the tab form the grid readers know — only where the form's own arithmetic holds
 * every piece in place:
 * - the funds row: 全年执行数 ÷ 全年预算数 is a rate the form writes, and the row's points are its weight times that rate;
 * - the indicator rows: the blocks of figures (target, result, weight, points) after the header, closed by the 总分 row,
 *   whose weights with the funds row's add up to its total and whose points add up to its score; the names, as many as
 *   the rows (a name wrapped at the column's width joined again), paired in order; the level-2 cells paired in order
 *   only when there are as many as rows.
 * Anything else stays as it was.
 */

import { percentTolerance } from './numbers';

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const FIG = new RegExp(`^${NUM}$`);
const PCT = new RegExp(`^(${NUM})%$`);
const num = (t: string) => Number(t.replace(/,/g, ''));

/** Header and label words of the form: never part of a name or a value. */
const FORM_WORDS = new Set([
	'项目名称',
	'主管部门',
	'实施单位',
	'项目资金',
	'(元)',
	'(万元)',
	'年初预算数',
	'全年预算数',
	'全年执行数',
	'分值',
	'执行率',
	'得分',
	'年度资金总额',
	'其中:当年财政拨款',
	'上年结转资金',
	'其他资金',
	'预期目标',
	'实际完成情况',
	'年度',
	'总体',
	'目标',
	'一级指标',
	'二级指标',
	'三级指标',
	'指标值',
	'实际',
	'完成值',
	'绩',
	'效',
	'指',
	'标',
	'总分',
	'偏差原因分析及',
	'改进措施'
]);

const LEVEL2: [string, string][] = [
	['数量指标', '产出指标'],
	['质量指标', '产出指标'],
	['时效指标', '产出指标'],
	['成本指标', '产出指标'],
	['经济效益指标', '效益指标'],
	['社会效益指标', '效益指标'],
	['生态效益指标', '效益指标'],
	['可持续影响指标', '效益指标'],
	['服务对象满意度指标', '满意度指标']
];
const LEVEL1 = new Set(['产出指标', '效益指标', '满意度指标', '成本指标']);
const UNIT_END = /(?:中心|局|站|所|院|馆|队|办公室|委员会|办事处|人民政府|政府)$/;

interface Row {
	target: string;
	actual: string;
	weight: number;
	points: number;
}

/** The funds row: 年初预算数, 全年预算数, 全年执行数, weight, rate, points, where the arithmetic holds. */
function funds(toks: string[], from: number, to: number): string[] | null {
	const head = toks.indexOf('年初预算数', from);
	if (head < 0 || head > to || toks[head + 1] !== '全年预算数' || toks[head + 2] !== '全年执行数') return null;
	const after = head + 6;
	if (!FIG.test(toks[after] ?? '') || !FIG.test(toks[after + 1] ?? '')) return null;
	const planned = num(toks[after]);
	const budget = num(toks[after + 1]);
	if (!(budget > 0)) return null;
	const figs = toks.slice(from, to).filter((t) => FIG.test(t));
	const rates = toks.slice(from, to).flatMap((t) => (PCT.exec(t) ? [num(PCT.exec(t)![1]) / 100] : []));
	for (const rate of rates)
		for (const a of figs) {
			const actual = num(a);
			// (a rate written to two decimals of a percent, rounded either way: 86.183% written 86.19%)
			if (Math.abs(actual / budget - rate) > 0.0001 + 1e-9) continue;
			for (const w of figs) {
				const weight = num(w);
				if (!(weight > 0 && weight <= 20 && Number.isInteger(weight))) continue;
				const p = figs.find((x) => Math.abs(num(x) - Math.min(weight, weight * rate)) < 0.006 && x !== a && x !== w);
				if (p === undefined) continue;
				return [String(planned), String(budget), String(actual), String(weight), `${(rate * 100).toFixed(2)}%`, String(num(p))];
			}
		}
	return null;
}

/** The indicator rows' figures after their header, up to the 总分 row: [rows, total weight, score, end]. */
function figureRows(toks: string[], at: number): { rows: Row[]; total: number; score: number; end: number } | null {
	const rows: Row[] = [];
	let i = at;
	let weights = 0;
	while (i + 1 < toks.length) {
		const [a, b, c, d] = toks.slice(i, i + 4);
		// the 总分 row: the total weight (the rows' and the funds row's) and the score
		if (FIG.test(a) && FIG.test(b) && rows.length >= 2 && num(a) > weights && num(a) <= 100 && num(b) <= num(a) && !(FIG.test(c ?? '') && FIG.test(d ?? '')))
			return { rows, total: num(a), score: num(b), end: i + 2 };
		if (c === undefined || d === undefined || !FIG.test(c) || !FIG.test(d) || num(d) > num(c) || FORM_WORDS.has(a) || FORM_WORDS.has(b)) return null;
		if (/^(?:产出|效益|满意度|成本)|指标$/.test(a) || /指标$/.test(b)) return null;
		rows.push({ target: a, actual: b, weight: num(c), points: num(d) });
		weights += num(c);
		i += 4;
	}
	return null;
}

/** The names, as many as the rows: pieces cut at the column's width joined to the piece after them. */
function names(pieces: string[], n: number): string[] | null {
	const width = Math.max(...pieces.map((p) => p.length));
	if (pieces.length === n) {
		// (as many pieces as rows, but one a name's cut-off end — a name missing elsewhere: no pairing can be trusted)
		const cutEnd = pieces.some((p, k) => k > 0 && pieces[k - 1].length === width && width >= 6 && p.length <= 3);
		return cutEnd || pieces.some((p) => p.length <= 2) ? null : pieces;
	}
	if (pieces.length < n || pieces.length > 2 * n) return null;
	const out: string[] = [];
	for (let k = 0; k < pieces.length; k++) {
		if (out.length && out[out.length - 1].length === width && pieces.length - k > n - out.length - 1 && pieces[k].length < width) {
			out[out.length - 1] += pieces[k];
			continue;
		}
		out.push(pieces[k]);
	}
	return out.length === n && out.every((p) => p.length > 2) ? out : null;
}

/**
 * The funds row found by its arithmetic alone, where the export scattered its labels too ("年初预算 数 48 … 全年预算数
 * 全年执行数 分值 执行率 得分 52 10 89% 8.9 46.28 …"): the one budget and spend whose quotient is a rate the form
 * writes, with a weight whose share of that rate is a figure the form writes (its points). Null unless exactly one
 * budget and spend fit.
 */
function fundsByArithmetic(toks: string[], from: number, to: number): string[] | null {
	const figs = [...new Set(toks.slice(from, to).filter((t) => FIG.test(t)))];
	const rates = [...new Set(toks.slice(from, to).filter((t) => PCT.test(t)))];
	const found = new Map<string, string[]>();
	for (const r of rates) {
		const rate = num(PCT.exec(r)![1]) / 100;
		// (the rate as written: to a whole percent, or to its decimals)
		const tol = percentTolerance(PCT.exec(r)![1]);
		for (const b of figs)
			for (const a of figs) {
				const [budget, actual] = [num(b), num(a)];
				if (a === b || !(budget > 0) || actual > budget || Math.abs(actual / budget - rate) > tol) continue;
				for (const w of figs) {
					const weight = num(w);
					if (w === a || w === b || !(weight > 0 && weight <= 20 && Number.isInteger(weight))) continue;
					const p = figs.find((x) => x !== a && x !== b && x !== w && Math.abs(num(x) - Math.min(weight, weight * rate)) < 0.051);
					if (p === undefined) continue;
					const rest = figs.filter((x) => x !== a && x !== b && x !== w && x !== p);
					const planned = rest.length === 1 ? String(num(rest[0])) : '';
					found.set(`${b}|${a}`, [planned, String(budget), String(actual), String(weight), `${(rate * 100).toFixed(2)}%`, String(num(p))]);
				}
			}
	}
	return found.size === 1 ? [...found.values()][0] : null;
}

/**
 * A form exported from a spreadsheet with its head cells scattered but its indicator rows in order, each row's name
 * (often "指标1:…") then its target, result, weight and points, closed by the 总分 row. Read only where the funds row
 * is settled by its arithmetic and the rows' weights and points with the funds row's add up to the 总分 row.
 */
function orderedRowsForm(line: string, toks: string[]): string[] | null {
	const close = toks.lastIndexOf('总分');
	const third = toks.indexOf('三级指标');
	if (close < 0 || third < 0 || third > close) return null;
	let h = toks.indexOf('得分', third);
	if (h < 0 || h > close) h = third;
	const rows: Row[] = [];
	const rowNames: string[] = [];
	let i = h + 1;
	while (i + 4 < close) {
		const [n, t, a, w, p] = toks.slice(i, i + 5);
		if (!/^(?:指标\d{1,2}[:：])?[\u4e00-\u9fff“”（）()、]{2,30}$/.test(n) || FORM_WORDS.has(n)) return null;
		if (!/\d/.test(t) || !/\d/.test(a) || !FIG.test(w) || !FIG.test(p) || num(p) > num(w)) return null;
		rowNames.push(n.replace(/^指标\d{1,2}[:：]/, ''));
		rows.push({ target: t, actual: a, weight: num(w), points: num(p) });
		i += 5;
	}
	if (i !== close || rows.length < 2 || !FIG.test(toks[close + 1] ?? '') || !FIG.test(toks[close + 2] ?? '')) return null;
	const [total, score] = [num(toks[close + 1]), num(toks[close + 2])];
	const first = toks.findIndex((t) => /^一级/.test(t));
	const money = fundsByArithmetic(toks, 0, first > 0 && first < h ? first : h);
	if (!money) return null;
	const weights = rows.reduce((s, r) => s + r.weight, 0) + Number(money[3]);
	const points = rows.reduce((s, r) => s + r.points, 0) + Number(money[5]);
	if (Math.abs(weights - total) > 1e-6 || Math.abs(points - score) > 0.0051) return null;
	return tabForm(
		line,
		toks,
		money,
		rows,
		rowNames,
		rows.map(() => ['', '']),
		total,
		score
	);
}

/** One scrambled form's line as tab lines, or null. */
export function scrambledForm(line: string): string[] | null {
	if (line.length < 200 || /[\t|]/.test(line)) return null;
	const toks = line.trim().split(/ +/);
	const first = toks.indexOf('一级指标');
	const third = toks.indexOf('三级指标');
	const close = toks.lastIndexOf('总分');
	if (first < 0 || third < first || close < third) return orderedRowsForm(line, toks);
	// the indicator header's last cells, then the blocks of figures at once
	const h = toks.indexOf('得分', third);
	if (h < 0 || toks[h - 1] !== '分值') return null;
	const body = figureRows(toks, h + 1);
	if (!body) return null;
	const money = funds(toks, 0, first);
	if (!money) return null;
	const { rows, total, score } = body;
	const weights = rows.reduce((s, r) => s + r.weight, 0) + Number(money[3]);
	const points = rows.reduce((s, r) => s + r.points, 0) + Number(money[5]);
	if (Math.abs(weights - total) > 1e-6 || Math.abs(points - score) > 0.0051) return null;
	// the names and level cells: what stands between the header's first cell and 总分, outside the figures
	const region = [...toks.slice(first, h + 1), ...toks.slice(body.end, close)];
	const pieces = region.filter((t) => !FORM_WORDS.has(t) && !LEVEL1.has(t) && !LEVEL2.some(([l]) => l === t) && /^[\u4e00-\u9fff（）()、]+$/.test(t));
	const named = names(pieces, rows.length);
	if (!named) return null;
	const level2 = region.filter((t) => LEVEL2.some(([l]) => l === t));
	const levels = level2.length === rows.length ? level2.map((l) => [LEVEL2.find(([x]) => x === l)![1], l]) : rows.map(() => ['', '']);
	return tabForm(line, toks, money, rows, named, levels, total, score);
}

/** The form written again as tab lines: its head cells, funds row, indicator rows and 总分 row. */
function tabForm(line: string, toks: string[], money: string[], rows: Row[], named: string[], levels: string[][], total: number, score: number): string[] {
	// the head cells: a value after its label, or before it when another label follows the label
	const word = (t: string) => !FORM_WORDS.has(t) && /^[\u4e00-\u9fff（）()]+$/.test(t) && !/年度|^[)）]|[(（]$/.test(t);
	const cell = (label: string): string | null => {
		const k = toks.indexOf(label);
		if (k < 0) return null;
		const after: string[] = [];
		for (let j = k + 1; j < toks.length && word(toks[j]) && after.length < 3; j++) after.push(toks[j]);
		if (after.length) return after.join('');
		const before: string[] = [];
		for (let j = k - 1; j >= 0 && word(toks[j]) && before.length < 3; j--) before.unshift(toks[j]);
		return before.length ? before.join('') : null;
	};
	const project = cell('项目名称');
	const owner = cell('主管部门');
	const doer = cell('实施单位');
	const title = /^(.*?(?:自评表|评价表)\s*[（(]\s*(?:19|20)\d{2}\s*年度?\s*[)）])/.exec(line.trim());
	const yuan = toks.includes('(元)');
	const out: string[] = [];
	if (title) out.push(title[1].replace(/\s+/g, ''));
	if (project) out.push(`项目名称\t${project}`);
	if (owner && UNIT_END.test(owner)) out.push(`主管部门\t${owner}`);
	if (doer && UNIT_END.test(doer)) out.push(`实施单位\t${doer}`);
	out.push(
		[`项目资金(${yuan ? '元' : '万元'})`, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].join('\t'),
		['年度资金总额', ...money].join('\t'),
		['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'].join('\t'),
		...rows.map((r, k) => [levels[k][0], levels[k][1], named[k], r.target, r.actual, r.weight, r.points].join('\t')),
		`总分\t${total}\t${score}`
	);
	return out;
}

/** Every scrambled form's line of a text written as tab lines. */
export function scrambledForms(s: string): string {
	if (!s.includes('三级指标') || !/年初预算\s?数/.test(s)) return s;
	let changed = false;
	const out = s.split('\n').flatMap((l) => {
		const form = scrambledForm(l);
		if (!form) return [l];
		changed = true;
		return form;
	});
	return changed ? out.join('\n') : s;
}
