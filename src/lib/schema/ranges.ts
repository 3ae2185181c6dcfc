/**
 * What a value must be to make sense, shared by the ingest (a figure outside sense is kept out of the
 * row and recorded as a check) and uploads on /data (the row is refused with the same reason). Pure.
 */

/** Latest fiscal year a report can evaluate: next year (a budget year announced ahead). */
export function latestYear(): number {
	return new Date().getFullYear() + 1;
}

/** Columns holding a rate (fraction, 1.0 = 100%). */
export const RATE_COLUMNS = new Set(['reports.execution_rate', 'reports.execution_rate_stated']);
/** Columns that can never be negative. */
export const NON_NEGATIVE = new Set(['reports.budget_wan', 'reports.actual_wan', 'reports.party_orgs', 'reports.party_members', 'expenditures.amount_yuan']);
/** Largest budget or spend of one project a report can state, 万元 (一万亿元). */
export const MAX_WAN = 1e8;

/** Why a value is outside sense (in Chinese and English), or null when it is fine. Key: `table.column`. */
export function rangeProblem(key: string, n: number): { zh: string; en: string } | null {
	if (!Number.isFinite(n)) return { zh: '不是有限数值', en: 'not a finite number' };
	if (key === 'reports.year' && (n < 2000 || n > latestYear()))
		return { zh: `年度应在 2000–${latestYear()} 之间`, en: `year must be between 2000 and ${latestYear()}` };
	if (key === 'reports.score' && (n < 0 || n > 100)) return { zh: '得分应在 0–100 之间', en: 'score must be between 0 and 100' };
	if (RATE_COLUMNS.has(key) && (n < 0 || n > 2)) {
		return n > 2
			? {
					zh: `执行率应为小数（1.0 = 100%），${n} 可能是百分数，应写作 ${n / 100}`,
					en: `rate must be a fraction (1.0 = 100%): ${n} looks like a percent, write ${n / 100}`
				}
			: { zh: '执行率不能为负', en: 'rate must not be negative' };
	}
	if (NON_NEGATIVE.has(key) && n < 0) return { zh: '不能为负数', en: 'must not be negative' };
	if ((key === 'reports.budget_wan' || key === 'reports.actual_wan') && n > MAX_WAN)
		return { zh: `金额超过 ${MAX_WAN} 万元，不合常理`, en: `amount above ${MAX_WAN} (10,000 yuan) is not plausible` };
	return null;
}
