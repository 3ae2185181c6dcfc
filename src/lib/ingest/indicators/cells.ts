/**
 * What a cell of the indicator table is: a level label (产出指标, 数量指标(10分)), a 总分 row label, a
 * placeholder (指标2, ……), the end of the table (评价结论, 填报单位 …), or a value of a column.
 */
import { UNITS } from '../numbers';
import { level1Of, level2Of, LEVEL2_PARENT } from '../levels';
import { EMPTY_CELL } from './shared';
import type { Col } from './header';

/** A level label cell, with the section weight it states ("产出指标（50分）" → 50). */
export interface Label {
	level1: string | null;
	level2: string | null;
	/** Level-1 of the label itself (a level-2 label brings its parent). */
	isL1: boolean;
	weight: number | null;
	mapped: string | null;
}

const WEIGHT_SUFFIX = /[（(]\s*(\d+(?:\.\d+)?)\s*分?\s*[）)]$/;

/** The level label a cell is, or null ("(30分)" alone is a level-1 section whose name was lost). */
export function labelOf(t: string): Label | null {
	const wm = WEIGHT_SUFFIX.exec(t);
	const weight = wm ? Number(wm[1]) : null;
	// (a section's number before it, "一、产出指标", "(二)效益指标", is no part of the label)
	const rest = (wm ? t.slice(0, wm.index) : t).replace(
		/^(?:[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十]{1,2}[)）])\s*(?=[\u4e00-\u9fff])/,
		''
	);
	if (rest === '') return weight !== null ? { level1: null, level2: null, isL1: true, weight, mapped: null } : null;
	// "社会效益效益指标": a word doubled when the form was filled in
	const core = rest
		.replace(/等$/, '')
		.replace(/(?:指标|方面|类)$/, '')
		.replace(/(效益)\1/, '$1');
	if (L2_WORDS.test(core)) {
		const lv2 = level2Of(/^可持续/.test(core) ? '可持续影响' : core)!;
		return { level1: LEVEL2_PARENT[lv2] ?? null, level2: lv2, isL1: false, weight, mapped: null };
	}
	const l1 = L1_WORDS.exec(core);
	if (!l1) return null;
	// 项目决策 / 项目管理 / 项目产出 / 项目效益 (a frame that names its level-1 blocks after the project)
	const lv1 = level1Of(l1[1] === '管理' ? '过程' : l1[1])!;
	return { level1: lv1.level1, level2: null, isL1: true, weight, mapped: lv1.mapped };
}

/** Level-1 and level-2 labels as a whole cell (a name such as 质量合格率 or 效果明显 is no label). */
// (a narrow column clips them: "满意", "社会", "服务")
const L1_WORDS = /^(?:项目)?(产出|效益|满意度|满意|决策|过程|投入|效果|管理)$/;
const L2_WORDS =
	/^(?:数量|质量|时效|成本|成本效益|经济效益|社会效益|生态效益|经济|社会|生态|可持续影响?|可持续发展|可持续|服务对象满意度|服务|项目立项|立项|绩效目标|资金投入|资金管理|资金落实|组织实施|财务管理|业务管理|项目管理)$/;

/** Part of a label split over two cells ("经济效益" / "指标", "可持续影" / "响指标"): skipped. */
export const FRAGMENT = /^(?:[\u4e00-\u9fff]{0,2}指标|指标[:：]?)$/;

/** A placeholder row cell: "指标2", "指标2：", "……", "…", "指标1:/". */
export const PLACEHOLDER = /^(?:指标\s*\d+\s*[:：]?\s*(?:[—－\-/\\]+)?|…+|\.{3,}|。{3,}|——)$/;

/** "指标1:" / "指标1" before a name ("指标1:完成项目数量" → "完成项目数量"). */
export const NAME_PREFIX =
	/^(?:(?:指标|任务)\s*\d+\s*[:：、.]?\s*|(?:[一二三四五六七八九十]{1,3}|\d{1,2})、(?=[\u4e00-\u9fff])|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)](?=[\u4e00-\u9fff]))/;

/** The total row's label, with what is glued after it ("总分100100" → "100100"), or null. */
export function totalRest(t: string): string | null {
	const m = /^(?:合计得分|总分|合计|总计|综合得分|总得分|得分合计|分值合计|评分合计|总体得分|自评总分|总分值|自评得分合计|自评得分)[:：]?/.exec(t);
	if (!m) return null;
	const rest = t.slice(m[0].length).replace(/分$/, '');
	return rest === '' || /^[\d.]+$/.test(rest) ? rest : null;
}

/** A cell that ends the indicator table. */
export const TERMINATOR =
	/^(?:评价结论|其他需要说明|其他说明事项|存在问题|存在的问题|改进措施|整改措施|自评等级|自评结论|评价等级|等级[:：]|填报单位|填表单位|填报人|填表人|填报日期|项目负责人|财务负责人|单位负责人|联系人|联系电话|审核意见|主管部门意见|注[:：\d]|说明[:：]|备注[:：]|(?:说明|备注|注)$|年度总体目标|项目名称|主管部门|实施单位|项目支出绩效自评表)/;

const OPERATOR = /^(?:=|＝|═|﹦|≥|≤|>|<|＞|＜|>=|<=|≧|≦|正向|反向|定性|定量|大于等于|小于等于|等于|不低于|不高于|不少于|不多于)$/;
const UNIT_WORDS = new Set<string>([
	...UNITS,
	'公里',
	'千米',
	'米',
	'亩',
	'吨',
	'辆',
	'公顷',
	'立方米',
	'平方公里',
	'万人',
	'万元/个',
	'人/次',
	'百分比',
	'百分率',
	'km',
	'm',
	'm²',
	'㎡',
	'kg',
	't'
]);

/** Whether a cell can be the value of a column (EMPTY fits every column). */
export function fitsCol(c: Col, t: string, stream: boolean): boolean {
	if (EMPTY_CELL.test(t)) return true;
	switch (c) {
		case 'weight':
		case 'points': {
			if (!/^\d+(?:\.\d+)?分?$/.test(t)) return false;
			const v = Number(t.replace(/分$/, ''));
			return c === 'weight' ? v > 0 && v <= 100 : v <= 100;
		}
		case 'nature':
			return OPERATOR.test(t);
		case 'unit':
			// a unit word, one character (栋, 辆, 棵), or a compound (元/公里, 元/平方米)
			// "万页", "万人次": a unit counted in ten-thousands
			return (
				UNIT_WORDS.has(t) ||
				(/^万[\u4e00-\u9fff]{1,2}$/.test(t) && UNIT_WORDS.has(t.slice(1))) ||
				/^万[页册株棵件条]$/.test(t) ||
				(/^[\u4e00-\u9fff]$/.test(t) && !/^[是否无有好优良中差高低]$/.test(t)) ||
				/^(?:[\u4e00-\u9fff]{1,3}|%)\/(?:[\u4e00-\u9fff]{1,3}|[a-z²]{1,3})$/.test(t)
			);
		case 'reason':
		case 'other':
			// (in a stream of cells, a cell opened by a row's label, "任务2:…", is the next row's name)
			if (stream && /^(?:指标|任务)\s*\d+\s*[:：]/.test(t)) return false;
			return !stream || /[，,。；;、]/.test(t) || t.length > 14 || /^(?:0|无|正常|无偏差|达标|已完成|完成|未完成)$/.test(t);
		default:
			// (figures glued with their borders lost, "≥30022.532822.5", are several cells, no one value: a date is one)
			if (/^[≥≤=<>]?\d+\.\d+\.\d+(?:\.\d+)*%?$/.test(t) && !/^[≥≤=<>]?(?:19|20)\d{2}\.\d{1,2}\.\d{1,2}$/.test(t)) return false;
			return t.length <= 60 && !labelOf(t) && totalRest(t) === null && !PLACEHOLDER.test(t) && !TERMINATOR.test(t);
	}
}

/** Whether a cell reads like a value rather than the name of the next indicator. */
export function valueLike(t: string): boolean {
	// (a reason that opens with a count, "4家作坊因场地租赁到期退出", is a sentence: eight words or more after the figure)
	if (/^\d[\d.,]*[\u4e00-\u9fff，,、]{8,}/.test(t)) return false;
	return /^[-+]?\d/.test(t) || /^(?:=|＝|═|﹦|≥|≤|>|<|＞|＜|≧|≦)/.test(t);
}
