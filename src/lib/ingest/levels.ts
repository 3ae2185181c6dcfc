/**
 * Indicator levels: labels as reports write them (数量指标, 社会效益, 产出方面, 投入 …) mapped to the
 * schema's level1 / level2 vocabulary.
 */

/** Level-2 label → its level-1. */
export const LEVEL2_PARENT: Record<string, string> = {
	数量: '产出',
	质量: '产出',
	时效: '产出',
	成本: '产出',
	经济效益: '效益',
	社会效益: '效益',
	生态效益: '效益',
	可持续影响: '效益',
	服务对象满意度: '满意度',
	项目立项: '决策',
	立项: '决策',
	绩效目标: '决策',
	资金投入: '决策',
	资金管理: '过程',
	资金落实: '过程',
	组织实施: '过程',
	财务管理: '过程',
	业务管理: '过程',
	项目管理: '过程'
};

/** Normalise a level-2 label ("数量指标" → 数量, "产出数量" → 数量, "可持续效益指标" → 可持续影响, "成本效益" → 成本, a clipped "社会" → 社会效益); null if not one. */
export function level2Of(label: string): string | null {
	// ("产出数量", "产出质量": the level-2 named with its level-1 before it; "项目完成数量": with what it counts)
	const t = label
		.replace(/\s+/g, '')
		.replace(/(指标|方面|情况)$/, '')
		.replace(/^(?:产出|(?:项目)?完成)(?=数量|质量|时效|成本)/, '');
	if (/^成本/.test(t)) return '成本';
	if (/^数量/.test(t)) return '数量';
	if (/^质量/.test(t)) return '质量';
	if (/^时效/.test(t)) return '时效';
	if (/^经济效益/.test(t)) return '经济效益';
	if (/^社会效益/.test(t)) return '社会效益';
	if (/^生态效益/.test(t)) return '生态效益';
	if (/^可持续/.test(t)) return '可持续影响';
	if (t === '服务对象满意度') return '服务对象满意度';
	// a grid's level cell clipped to two characters ("社会", "服务"): the label it stands for
	if (t === '社会' || t === '经济' || t === '生态') return t + '效益';
	if (t === '服务' || t === '服务对象') return '服务对象满意度';
	if (/^(项目立项|立项|绩效目标|资金投入|资金管理|资金落实|组织实施|财务管理|业务管理|项目管理)$/.test(t)) return t;
	return null;
}

/** Normalise a level-1 label; 投入 → 决策 and 效果 → 效益 (older scheme) are reported through `mapped`. */
export function level1Of(label: string): { level1: string; mapped: string | null } | null {
	// ("项目产出", "项目效益": a report's own heading over its figures)
	const t = label
		.replace(/\s+/g, '')
		.replace(/(指标|方面|情况|分析|类)$/, '')
		.replace(/^项目(?=产出|效益|效果)/, '');
	if (/^产出/.test(t)) return { level1: '产出', mapped: null };
	if (/^效益/.test(t)) return { level1: '效益', mapped: null };
	if (/^满意度?$|^满意度/.test(t)) return { level1: '满意度', mapped: null };
	if (/^决策/.test(t)) return { level1: '决策', mapped: null };
	if (/^过程/.test(t)) return { level1: '过程', mapped: null };
	if (/^投入/.test(t)) return { level1: '决策', mapped: '投入 → 决策' };
	if (/^效果/.test(t)) return { level1: '效益', mapped: '效果 → 效益' };
	return null;
}

/**
 * A level-1 label with its level-2 beside it ("产出指标(数量指标)", "产出指标(数量)", "产出指标—数量指标"): both levels, or
 * null when the first names no level 1 or the second no level 2.
 */
export function pairedLevels(first: string, second: string): { level1: string; level2: string } | null {
	const a = levelsOf(first);
	const b = levelsOf(/指标$/.test(second) ? second : `${second}指标`);
	return a?.level1 && !a.level2 && b?.level2 ? { level1: a.level1, level2: b.level2 } : null;
}

/** Level pair for a label that may be either level (a level-2 label brings its level-1). */
export function levelsOf(label: string): { level1: string | null; level2: string | null; mapped: string | null } | null {
	const l2 = level2Of(label);
	if (l2) return { level1: LEVEL2_PARENT[l2] ?? null, level2: l2, mapped: null };
	const l1 = level1Of(label);
	if (l1) return { level1: l1.level1, level2: null, mapped: l1.mapped };
	return null;
}
