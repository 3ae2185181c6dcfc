/**
 * Header cells of the two 自评表 tables: the indicator table (一级指标 二级指标 三级指标 [指标性质]
 * 年度指标值 [度量单位] 实际完成值 分值 得分 偏差原因) and the funds table (年初预算数 全年预算数 全年执行数
 * 分值 执行率 得分). A header cell split over two cells ("一级" / "指标", "年初" / "预算数") is joined.
 */
import type { Tok } from './shared';

/** A column of the indicator table. */
export type Col = 'l1' | 'l2' | 'name' | 'nature' | 'target' | 'unit' | 'actual' | 'weight' | 'points' | 'reason' | 'other';

/** A column of the funds table ('label' is the column holding row labels such as 年度资金总额). */
export type FundCol = 'label' | 'initial' | 'budget' | 'actual' | 'rate' | 'weight' | 'points' | 'other';

/** Strip "(A)", "（B/A）", "(10分)" and spaces from a header cell. */
function bare(h: string): string {
	return h
		.replace(/\s+/g, '')
		.replace(/[（(](?:分值|权重|分)[）)]$|[（(](?:[A-Za-z](?:\/[A-Za-z])?(?:[×*][\d.]+%?)?|[A-Za-z][×*][\d.]+|\d+(?:\.\d+)?分?(?:[×*][^)）]{1,8})?)[）)]$/, '');
}

/** The indicator-table column a header cell names, or null. */
export function colOf(h: string): Col | null {
	const t = bare(h);
	if (t.length === 0 || t.length > 16) return null;
	if (/^一级指标$/.test(t)) return 'l1';
	if (/^二级指标$/.test(t)) return 'l2';
	if (/^(?:三级指标|指标名称|绩效指标名称|具体指标|三级指标名称|考核内容)$/.test(t)) return 'name';
	if (/^(?:指标性质|指标方向|指标属性)$/.test(t)) return 'nature';
	if (/^(?:度量单位|计量单位|单位)$/.test(t)) return 'unit';
	if (/计算方法|评分标准|评价标准|评分方法|指标解释|指标说明|指标类型|数据来源|佐证|评分依据/.test(t)) return 'other';
	if (
		/^(?:(?:全年|年度)实际完成值|实际完成值|完成值|全年实际值|实际值|实际完成|完成情况|实际完成情况|全年完成值|年度完成值|实际达到值|实际完成指标值)$/.test(t)
	)
		return 'actual';
	if (/^(?:年度指标值|指标值|目标值|年度目标值|预期值|年度目标|预期目标值|计划值|年初目标值|年度计划值|标准值|绩效目标值)$/.test(t)) return 'target';
	if (/^(?:分值|权重|标准分|满分|指标分值|分数|权重分|指标权重)$/.test(t)) return 'weight';
	if (/^(?:得分|评分|自评得分|实际得分|评价得分|自评分|指标得分)$/.test(t)) return 'points';
	if (/偏差|原因|改进措施|^备注$|^说明$/.test(t)) return 'reason';
	return null;
}

/** The funds-table column a header cell names, or null. */
export function fundsColOf(h: string): FundCol | null {
	const raw = h.replace(/\s+/g, '');
	if (raw.length === 0 || raw.length > 20) return null;
	if (/^[（(](?:万元|元|亿元)[）)]$/.test(raw)) return 'label';
	if (
		/^(?:项目资金|资金情况|资金来源|资金类别|资金构成|预算资金|年度预算数|预算执行情况|预算执行|资金)(?:[（(](?:万元|元|亿元|\d+分)[）)]){0,2}$/.test(raw) &&
		/[（(]|^项目资金$|^资金情况$/.test(raw)
	)
		return 'label';
	const t = bare(raw).replace(/[（(](?:万元|元|亿元)[）)]/, '');
	if (/^年初预算(?:数|金额)?$/.test(t)) return 'initial';
	if (/^(?:全年预算数|全年预算|调整后预算数?|调整预算数?|预算调整数|年度预算数|预算数|预算金额|批复预算数?|全年预算金额|全年[（(]调整[）)]预算数)$/.test(t))
		return 'budget';
	if (/^(?:全年执行数|执行数|预算执行数|全年实际支出|实际支出数?|决算数|支出数|实际执行数|全年支出数|实际使用数|资金使用数|全年执行金额)$/.test(t))
		return 'actual';
	if (/^(?:执行率|预算执行率|资金执行率)$/.test(t)) return 'rate';
	if (/^(?:分值|权重|满分|执行率权重)$/.test(t)) return 'weight';
	if (/^(?:得分|评分|执行率得分)$/.test(t)) return 'points';
	if (/原因|计算方法|说明|备注/.test(t)) return 'other';
	return null;
}

/** Cells that may stand inside or before a header without being a column ("绩效指标", "(90分)"). */
const HEADER_NOISE = /^(?:绩效指标|年度绩效指标|年度绩效指标完成情况|绩效指标完成情况|年度绩效指标及完成情况)?(?:[（(]\d+(?:\.\d+)?分?[）)])?$/;

/** A header read from the cells at `from`: its columns, the cells it used and the index after it. */
export interface Header<C> {
	cols: C[];
	toks: Tok[];
	next: number;
}

/**
 * Read consecutive header cells from `from` (joining a cell split in two or three, skipping noise
 * cells), until a cell that is no header cell.
 */
export function readHeader<C extends string>(toks: Tok[], from: number, classify: (h: string) => C | null, noise: RegExp = HEADER_NOISE): Header<C> {
	const cols: C[] = [];
	const used: Tok[] = [];
	let k = from;
	while (k < toks.length) {
		const t = toks[k].t;
		let c = classify(t);
		let n = 1;
		for (let j = 2; !c && j <= 3 && k + j <= toks.length; j++) {
			const parts = toks.slice(k, k + j);
			if (parts.some((p) => p.t.length > 8 || p.t.length === 0)) break;
			c = classify(parts.map((p) => p.t).join(''));
			n = j;
		}
		if (!c) {
			// "绩效指标 | 年度指标值 | 实际完成值 | …": a table with no level columns names its indicators under 绩效指标
			if (
				cols.length === 0 &&
				/^(?:绩效指标|指标)$/.test(t.replace(/\s+/g, '')) &&
				k + 1 < toks.length &&
				classify(toks[k + 1].t) === ('target' as C) &&
				!toks.slice(k + 1, k + 14).some((x) => ['l1', 'l2', 'name'].includes(classify(x.t) as string))
			) {
				cols.push('name' as C);
				used.push(toks[k]);
				k++;
				continue;
			}
			if (t.length > 0 && noise.test(t) && cols.length === 0) {
				k++;
				continue;
			}
			// "… | 年度指标值 | 实际完成指标值 | 50": a 区域 form's score column headed by the weight of the table's part (its
			// rows' points add up to no more), before the first row's level cell
			if (
				cols.length >= 3 &&
				cols[cols.length - 1] === ('actual' as C) &&
				!cols.includes('points' as C) &&
				!cols.includes('weight' as C) &&
				/^\d{1,3}$/.test(t.trim()) &&
				Number(t) <= 100 &&
				k + 1 < toks.length &&
				/^(?:产出|效益|满意度|成本|效果)指标$/.test(toks[k + 1].t.replace(/\s+/g, ''))
			) {
				cols.push('points' as C);
				used.push(toks[k]);
				k++;
				continue;
			}
			break;
		}
		// "偏差原因分析" / "及改进措施": one reason column
		if (!(cols.length && cols[cols.length - 1] === c && (c === 'reason' || c === 'other'))) cols.push(c);
		for (let q = 0; q < n; q++) used.push(toks[k + q]);
		k += n;
	}
	return { cols, toks: used, next: k };
}

/** Whether cells come in trustworthy rows: the header's last row holds 3+ header cells and ends with it. */
export function endsRow(toks: Tok[], used: Tok[], next: number): boolean {
	if (used.length === 0) return false;
	const last = used[used.length - 1].row;
	return used.filter((u) => u.row === last).length >= 3 && (next >= toks.length || toks[next].row !== last);
}
