/**
 * A 自评表 whose cells came out column by column (some PDF extractions walk a table down each column):
 * "三级指标" then every indicator's name, "年度指标值" then every target, … "得分" then every point. The
 * columns are put back into rows ("二级指标\t三级指标\t年度指标值\t…") so the grid reader reads them like any
 * tab table. Only when every column of the block has the same number of cells: a short column (merged
 * cells, a blank dropped) cannot be placed, so it is left out, or the whole block is left as it is.
 */

/** Headers of the indicator table's columns, in the order rows are written. */
const IND_COLS: [key: string, re: RegExp][] = [
	['一级指标', /^一级指标$/],
	['二级指标', /^二级指标$/],
	['三级指标', /^三级指标$/],
	['年度指标值', /^(?:年度指标值|指标值|年度目标值)$/],
	['实际完成值', /^(?:实际完成值|完成值|全年实际值|实际值)$/],
	['分值', /^分值$/],
	['得分', /^得分$/]
];
/** Headers of the funds table's columns. */
const FUND_COLS: [key: string, re: RegExp][] = [
	['年初预算数', /^年初预算数$/],
	['全年预算数', /^全年预算数$/],
	['全年执行数', /^全年执行数$/],
	['分值', /^分值$/],
	['执行率', /^执行率$/],
	['得分', /^得分$/]
];
/** A header that ends a column without being one we place (偏差原因, 总分, the next table's label). */
const STOP = /^(?:偏差原因|总分|合计|绩效指标|年度总体目标|预期目标|实际完成情况|项目资金|存在问题|改进措施|评价结论)/;
const FUND_ROWS = /^(?:年度资金总额|其中[:：]?\s*当年财政拨款|上年结转资金|其他资金)$/;

/** The level-1 group of a level-2 label, for a 一级指标 column whose merged cells cannot be placed. */
function level1Of(level2: string): string | null {
	if (/数量|质量|时效|成本/.test(level2)) return '产出指标';
	if (/经济效益|社会效益|生态效益|可持续/.test(level2)) return '效益指标';
	if (/满意度/.test(level2)) return '满意度指标';
	return null;
}

/** Read the columns that start at line i: header → its cells, until a line that is another header. */
function readColumns(lines: string[], i: number, cols: [string, RegExp][]): { cols: Map<string, string[]>; end: number } {
	const out = new Map<string, string[]>();
	let cur: string[] | null = null;
	let k = i;
	for (; k < lines.length; k++) {
		const t = lines[k].trim();
		if (!t) continue;
		if (/\t|\|/.test(t)) break;
		const head = cols.find(([, re]) => re.test(t));
		if (head) {
			if (out.has(head[0])) break;
			cur = [];
			out.set(head[0], cur);
			continue;
		}
		if (STOP.test(t) && out.size > 0) break;
		if (cur) cur.push(t);
		else break;
	}
	return { cols: out, end: k };
}

/** Rewrite column-by-column tables as tab rows; other text is returned unchanged. */
export function columnsToRows(lines: string[]): string[] {
	// only a text with one cell per line and both a 三级指标 and a 年度指标值 line alone
	if (!lines.some((l) => l.trim() === '三级指标') || !lines.some((l) => /^(?:年度指标值|指标值)$/.test(l.trim()))) return lines;
	const out = lines.slice();
	for (let i = 0; i < out.length; i++) {
		const t = out[i].trim();
		// the indicator table: 一级指标 / 二级指标 / 三级指标 … each followed by its cells
		if (/^(?:一级指标|二级指标|三级指标)$/.test(t)) {
			const { cols, end } = readColumns(out, i, IND_COLS);
			const names = cols.get('三级指标');
			const n = names?.length ?? 0;
			const need = ['年度指标值', '实际完成值'];
			if (n < 2 || !need.every((k) => cols.get(k)?.length === n)) continue;
			const keys = IND_COLS.map(([k]) => k).filter((k) => cols.get(k)?.length === n || (k === '一级指标' && cols.has('二级指标')));
			const rows = [keys.join('\t')];
			for (let r = 0; r < n; r++) {
				rows.push(
					keys
						.map((k) => {
							const col = cols.get(k)!;
							if (k === '一级指标' && col.length !== n) return level1Of(cols.get('二级指标')?.[r] ?? '') ?? '';
							return col[r];
						})
						.join('\t')
				);
			}
			out.splice(i, end - i, ...rows, ...Array(Math.max(0, end - i - rows.length)).fill(''));
			i += rows.length - 1;
			continue;
		}
		// the funds table: the row labels, then 年初预算数 / 全年预算数 / … each followed by one cell per row
		if (FUND_ROWS.test(t)) {
			let j = i;
			const labels: string[] = [];
			while (j < out.length && FUND_ROWS.test(out[j].trim())) labels.push(out[j++].trim());
			const { cols, end } = readColumns(out, j, FUND_COLS);
			const money = ['年初预算数', '全年预算数', '全年执行数'].filter((k) => cols.has(k));
			if (labels.length < 2 || money.length < 2 || !money.every((k) => cols.get(k)!.length === labels.length)) continue;
			const keys = FUND_COLS.map(([k]) => k).filter((k) => cols.has(k));
			const rows = [['项目资金', ...keys].join('\t')];
			// the short columns (分值, 执行率, 得分) hold the first rows' cells: a row takes a cell only if every short column has it
			for (let r = 0; r < labels.length; r++) rows.push([labels[r], ...keys.map((k) => cols.get(k)![r] ?? '—')].join('\t'));
			out.splice(i, end - i, ...rows, ...Array(Math.max(0, end - i - rows.length)).fill(''));
			i += rows.length - 1;
		}
	}
	return out;
}
