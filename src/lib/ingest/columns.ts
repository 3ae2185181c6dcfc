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

/** A "key:value" field of a system export ("三级指标:受益人口", "全年预算数:75.30"). */
const FIELD = /^\s*([\u4e00-\u9fff()（）]{2,14})\s*[:：]\s*(.*?)\s*$/;
const IND_FIELDS: [key: string, re: RegExp][] = [
	['一级指标', /^一级指标$/],
	['二级指标', /^二级指标$/],
	['三级指标', /^(?:三级指标|指标名称)$/],
	['年度指标值', /^(?:年度指标值|指标值|目标值)$/],
	['实际完成值', /^(?:实际完成值|完成值|实际值)$/],
	['分值', /^(?:分值|权重)$/],
	['得分', /^得分$/]
];
const FUND_FIELDS: [key: string, re: RegExp][] = [
	['年初预算数', /^年初预算数$/],
	['全年预算数', /^(?:全年预算数|调整后预算数)$/],
	['全年执行数', /^全年执行数$/],
	['分值', /^执行率分值$/],
	['执行率', /^(?:执行率|预算执行率)$/],
	['得分', /^执行率得分$/]
];

/**
 * A system export that writes each indicator as a block of "key:value" lines ("一级指标:产出指标" … "得分:20",
 * blocks parted by a rule or a 序号 line) and the funds as fields ("全年预算数:75.30" under "(单位:万元)"):
 * the blocks become a tab table and the fields one funds row. A block without a name, target and result
 * is left as it is.
 */
export function fieldBlocksToRows(lines: string[]): string[] {
	if (lines.filter((l) => /^\s*三级指标\s*[:：]/.test(l)).length < 2) return lines;
	const out = lines.slice();
	// the indicator blocks
	const blocks: { at: number[]; v: Map<string, string> }[] = [];
	let cur: { at: number[]; v: Map<string, string> } | null = null;
	for (let k = 0; k < out.length; k++) {
		const m = FIELD.exec(out[k]);
		const key = m ? IND_FIELDS.find(([, re]) => re.test(m[1]))?.[0] : undefined;
		if (m && key) {
			if (!cur || cur.v.has(key)) blocks.push((cur = { at: [], v: new Map() }));
			cur.v.set(key, m[2]);
			cur.at.push(k);
		} else if (m && /^(?:序号|偏差原因分析及改进措施|偏差原因)$/.test(m[1])) {
			if (cur) cur.at.push(k);
		} else if (/^\s*[-—=_]{6,}\s*$/.test(out[k])) {
			if (cur) cur.at.push(k);
		} else if (out[k].trim() !== '') cur = null;
	}
	const full = blocks.filter((b) => b.v.get('三级指标') && b.v.get('年度指标值') !== undefined && b.v.get('实际完成值') !== undefined);
	if (full.length >= 2) {
		const keys = IND_FIELDS.map(([k]) => k).filter((k) => full.every((b) => b.v.has(k)));
		const rows = [keys.join('\t'), ...full.map((b) => keys.map((k) => b.v.get(k) || '—').join('\t'))];
		const used = full.flatMap((b) => b.at).sort((a, b) => a - b);
		for (const k of used) out[k] = '';
		// the rows take the places of the blocks' first lines (the blocks hold more lines than there are rows)
		rows.forEach((r, n) => (out[used[n]] = r));
	}
	// the funds fields
	const fund = new Map<string, { k: number; v: string }>();
	for (let k = 0; k < out.length; k++) {
		const m = FIELD.exec(out[k]);
		const key = m ? FUND_FIELDS.find(([, re]) => re.test(m[1]))?.[0] : undefined;
		if (m && key && !fund.has(key) && /^\d[\d,.]*%?$/.test(m[2])) fund.set(key, { k, v: m[2] });
	}
	if (fund.has('全年执行数') && (fund.has('全年预算数') || fund.has('年初预算数'))) {
		const keys = FUND_FIELDS.map(([k]) => k).filter((k) => fund.has(k));
		const at = Math.min(...keys.map((k) => fund.get(k)!.k));
		for (const k of keys) out[fund.get(k)!.k] = '';
		out[at] = ['项目资金', ...keys].join('\t');
		// the row goes on the next line that was a field (every field line was blanked)
		const next = keys.map((k) => fund.get(k)!.k).filter((k) => k > at)[0] ?? at;
		out[next] = ['年度资金总额', ...keys.map((k) => fund.get(k)!.v)].join('\t');
	}
	return out;
}

/** A column header of a small target/result table written one cell per line. */
const ROW_HEADS: [key: string, re: RegExp][] = [
	// (not 三级指标: a form's standard header one cell per line is the grid reader's own)
	['三级指标', /^(?:指标|指标名称|绩效指标|考核指标|主要指标)$/],
	['年度指标值', /^(?:年度目标|年度目标值|年度指标值|目标值|指标值|计划目标|计划值|预期目标)$/],
	['实际完成值', /^(?:实际完成|实际完成值|完成值|实际值|完成情况|实际完成情况)$/],
	['分值', /^(?:分值|权重)$/],
	['得分', /^得分$/]
];

/**
 * A small table written row by row, one cell per line ("指标" / "年度目标" / "实际完成" / "保种核心群存栏" / "≥220匹" /
 * "236匹" / …): rows of tab cells again, so the grid reader reads it. Only under a header of a name, a target and a
 * result column, and only as long as each row's target holds a figure; blank lines between cells are passed over.
 */
export function cellLinesToRows(lines: string[]): string[] {
	let out: string[] | null = null;
	for (let i = 0; i < lines.length; i++) {
		const head: { key: string; k: number }[] = [];
		let k = i;
		for (; k < lines.length && head.length < ROW_HEADS.length; k++) {
			const t = lines[k].trim();
			if (!t) continue;
			const h = ROW_HEADS.find(([key, re]) => re.test(t) && !head.some((x) => x.key === key));
			if (!h) break;
			head.push({ key: h[0], k });
		}
		const keys = head.map((h) => h.key);
		if (head.length < 3 || keys[0] !== '三级指标' || !keys.includes('年度指标值') || !keys.includes('实际完成值')) continue;
		// the cells after the header, blank lines passed over, until a heading, a tab row or a sentence
		const cells: { t: string; k: number }[] = [];
		let end = k;
		for (; end < lines.length; end++) {
			const t = lines[end].trim();
			if (!t) continue;
			if (/[\t|]/.test(t) || /^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]/.test(t) || /[。；;]$/.test(t) || t.length > 40) break;
			cells.push({ t, k: end });
		}
		const n = head.length;
		const target = keys.indexOf('年度指标值');
		const rows: string[][] = [];
		for (let r = 0; r + n <= cells.length; r += n) {
			const row = cells.slice(r, r + n).map((c) => c.t);
			// (a row out of step puts a figure where the name goes)
			if (!/\d/.test(row[target]) || /^[\d.%≥≤<>=]/.test(row[0])) break;
			rows.push(row);
		}
		if (rows.length < 2) continue;
		out ??= lines.slice();
		const used = cells.slice(0, rows.length * n);
		for (const h of head) out[h.k] = '';
		for (const c of used) out[c.k] = '';
		out[head[0].k] = keys.join('\t');
		rows.forEach((row, r) => (out![used[r * n].k] = row.join('\t')));
		i = used[used.length - 1].k;
	}
	return out ?? lines;
}
