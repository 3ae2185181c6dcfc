/** Sort orders shared by several builders (no user values here); the measures themselves are in measures.ts. */

/** Sort key putting 优 良 中 差 first, in that order, anything else after. */
export function gradeOrder(expr: string): string {
	return `CASE ${expr} WHEN '优' THEN 1 WHEN '良' THEN 2 WHEN '中' THEN 3 WHEN '差' THEN 4 ELSE 5 END`;
}

/** Sort key for level-1 indicators in the order of the standard framework. */
export function level1Order(expr: string): string {
	return `CASE ${expr} WHEN '决策' THEN 1 WHEN '过程' THEN 2 WHEN '产出' THEN 3 WHEN '效益' THEN 4 WHEN '满意度' THEN 5 ELSE 6 END`;
}
