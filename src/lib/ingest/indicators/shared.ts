/**
 * Types and small helpers shared by the indicator passes (grid, score lines, narrative, declared).
 */
import type { IndicatorRow } from '../types';

/** One indicator before report_id / seq are attached. */
export interface RawIndicator extends Omit<IndicatorRow, 'report_id' | 'seq' | 'evidence_start' | 'evidence_end'> {
	start: number;
	end: number;
}

/** A figure with the offsets of the text that states it. */
export interface Span {
	value: number;
	start: number;
	end: number;
}

/** Figures a 自评表 states about the whole project: the funds row, the 总分 row and what the rows add up to. */
export interface GridFacts {
	/** 全年预算数 (else 年初预算数) of the 资金总额 row, in 万元. */
	budget?: Span;
	/** 全年执行数 of the 资金总额 row, in 万元. */
	actual?: Span;
	/** 执行率 as written in the funds row (fraction). */
	rate?: Span;
	/** 总分 row points: the total score. */
	score?: Span;
	/** 总分 row weight: the stated sum of all weights (usually 100). */
	totalWeight?: Span;
	/** The indicator rows' weights added up (with the funds row's 分值 when the total counts it). */
	weightSum?: number;
	/** 分值 / 得分 of the funds row (预算执行: 10 points = 10 × rate, capped). */
	execWeight?: Span;
	execPoints?: Span;
}

/** A doubt the grid reader leaves for the checks table. */
export interface GridCheck {
	code: 'grid_sum_mismatch';
	detail: string;
}

/** One table cell: its text and offsets in the normalised text (a reader with real cells gives its own). */
export interface Cell {
	text: string;
	start: number;
	end: number;
}

/** One 自评表 of a document: its funds table and indicator table (a document may hold one per project). */
export interface GridTable {
	rows: RawIndicator[];
	/** This table's own figures. */
	facts: GridFacts;
	/** Offsets of the table in the text. */
	start: number;
	end: number;
	/** The form's title line above the table ("部门预算项目支出绩效自评表(2023年度)"), when it has one. */
	title?: { value: string; start: number; end: number };
}

/** What the grid reader returns: all rows, the first table's figures, the checks, and each table apart. */
export interface GridResult {
	rows: RawIndicator[];
	facts: GridFacts;
	checks: GridCheck[];
	tables: GridTable[];
}

/** A cell as the grid reader sees it: squashed text, offsets and the row it came from. */
export interface Tok {
	t: string;
	start: number;
	end: number;
	row: number;
	/** The cell is known to be a row's reason (cut off the next row's name in glued text): it fits no other column. */
	reason?: true;
}

/** Remove whitespace (PDF-extraction spaces) from a short value or name. */
export function sq(s: string): string {
	return s.replace(/\s+/g, '');
}

/** An empty cell as tables write it (also a cell that was empty in the source). */
export const EMPTY_CELL = /^(?:|—+|－+|-+|–|\/|无|\\|\||——|\.)$/;

/** A number cell: "12", "12.5", "95.5%", "10分". */
export const NUM_CELL = /^[-+]?\d+(?:\.\d+)?%?分?$/;

/** The leading number of a cell ("10分" → 10), null if none. */
export function num(t: string): number | null {
	const m = /^[-+]?\d+(?:\.\d+)?/.exec(t.replace(/分$/, ''));
	return m ? Number(m[0]) : null;
}

/** Escape a string for a RegExp. */
export function esc(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The warning for a label of the older indicator scheme (投入 → 决策, 效果 → 效益). */
export function mappedWarning(mapped: string): string {
	return `旧版指标体系：${mapped} (older indicator scheme mapped: ${mapped === '投入 → 决策' ? 'input → decision' : 'effect → benefit'})`;
}

/**
 * Page furniture of a published web page: breadcrumbs, 索引号, 发布机构, dates, view counts, share and
 * print buttons, font-size switches. Such a line is never a field or an indicator.
 */
const FURNITURE = [
	/^(?:当前位置|您现在的位置|你的位置|您的位置|所在位置|位置)\s*[:：]/,
	/^首页\s*(?:[>＞»›→/]|&gt;)/,
	/(?:^|\s)(?:首页|主页)\s*(?:[>＞»›→]|&gt;)\s*\S+\s*(?:[>＞»›→]|&gt;)/,
	/^(?:索引号|发布机构|发文机关|发布日期|发文日期|成文日期|生成日期|公开日期|发布时间|归档时间|信息来源|来源|文号|发文字号|时效性|公开方式|公开范围|公开形式|公开目录|公开责任部门|主题分类|体裁分类|统一登记号|有效期|生效日期|浏览次数|浏览量|阅读次数|点击数|点击量|访问量|责任编辑|作者)\s*[:：]/,
	/分享到|字号\s*[:：]?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小|【\s*字体|字体\s*[:：]\s*[【\[]?\s*大|打印本页|关闭窗口|【\s*打印\s*】|【\s*关闭\s*】|扫一扫在手机|收藏本页|返回顶部|加入收藏|设为首页/,
	/^(?:【?\s*(?:打印|关闭|收藏|返回|分享)\s*】?\s*){1,6}$/
];

/** Whether a line is page furniture of a published web page (see FURNITURE). */
export function isFurniture(line: string): boolean {
	const t = line.trim();
	if (t.length === 0 || t.length > 200) return false;
	return FURNITURE.some((re) => re.test(t));
}

/**
 * A heading over background facts (the unit, its staff, the project's setting), not over what the
 * project did: 基本情况, 项目概况, 单位概况, 部门概况, 项目背景, 机构设置, 人员情况 …
 */
const BACKGROUND_TITLE = /(?:基本情况|基本概况|概况|概述|背景|背景资料|简介|机构设置|人员情况|人员编制|职能职责|主要职能|部门职责|单位职责)$/;
/** …unless it names performance, targets, money or implementation. */
const NOT_BACKGROUND = /绩效|评价|目标|指标|资金|预算|支出|经费使用|实施情况|完成|产出|效益/;

/** Whether a heading title opens a background section. */
export function isBackgroundTitle(title: string): boolean {
	const t = sq(title).replace(/[“”"《》（）()]/g, '');
	return t.length <= 30 && BACKGROUND_TITLE.test(t) && !NOT_BACKGROUND.test(t);
}
