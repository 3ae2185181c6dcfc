/** Example queries for this domain, shown in the console's library; each runs on the shipped tables as written. */

/** One example: a stable id, a title in both languages, the SQL. */
export interface ExampleQuery {
	id: string;
	zh: string;
	en: string;
	sql: string;
}

/** The example library, in the order shown. */
export const EXAMPLES: ExampleQuery[] = [
	{
		id: 'streets-under-90-2022',
		zh: '2022 年执行率低于 90% 的街道及其报告的问题',
		en: 'Streets that executed under 90% in 2022, and the problems they reported',
		sql: `-- 街道执行率 = 该街道 2022 年各报告实际支出之和 ÷ 预算之和
WITH s AS (
  SELECT district, street, sum(actual_wan) / sum(budget_wan) AS execution_rate
  FROM reports
  WHERE year = 2022 AND street IS NOT NULL
    AND budget_wan IS NOT NULL AND actual_wan IS NOT NULL
  GROUP BY district, street
  HAVING sum(actual_wan) / sum(budget_wan) < 0.9
),
p AS (
  SELECT r.district, r.street, f.theme, f.text
  FROM findings f JOIN reports r USING (report_id)
  WHERE r.year = 2022 AND f.kind = '问题'
)
SELECT s.district, s.street, round(s.execution_rate, 4) AS execution_rate, p.theme, p.text AS problem
FROM s LEFT JOIN p ON p.district = s.district AND p.street = s.street
ORDER BY s.execution_rate, s.district, s.street, p.theme, p.text`
	},
	{
		id: 'execution-by-district',
		zh: '各区预算执行率',
		en: 'Execution rate by district',
		sql: `SELECT district,
       count(*) AS reports,
       sum(budget_wan) AS budget_wan,
       sum(actual_wan) AS actual_wan,
       round(sum(actual_wan) / sum(budget_wan), 4) AS execution_rate
FROM reports
WHERE budget_wan IS NOT NULL AND actual_wan IS NOT NULL
GROUP BY district
ORDER BY execution_rate`
	},
	{
		id: 'self-vs-department',
		zh: '单位自评与部门评价得分对比',
		en: 'Self-evaluation vs department-evaluation scores',
		sql: `SELECT district, street, year,
       max(score) FILTER (WHERE evaluation_type = '单位自评') AS self_score,
       max(score) FILTER (WHERE evaluation_type = '部门评价') AS dept_score,
       dept_score - self_score AS gap
FROM reports
GROUP BY district, street, year
HAVING self_score IS NOT NULL AND dept_score IS NOT NULL
ORDER BY gap, district, street, year`
	},
	{
		id: 'problems-by-theme',
		zh: '反复出现的问题（按主题）',
		en: 'Recurring problems by theme',
		sql: `SELECT theme,
       count(DISTINCT report_id) AS reports,
       count(*) AS findings,
       min(text) AS example
FROM findings
WHERE kind = '问题'
GROUP BY theme
ORDER BY reports DESC, findings DESC, theme`
	},
	{
		id: 'indicators-below-target',
		zh: '未达到目标值的指标',
		en: 'Indicators below target',
		sql: `SELECT r.district, r.street, r.year, i.level1, i.name,
       i.target_text, i.actual_text, i.target_value, i.actual_value
FROM indicators i JOIN reports r USING (report_id)
WHERE i.achieved = false
ORDER BY r.year, r.district, r.street, i.name`
	},
	{
		id: 'grades-by-year',
		zh: '各年度评价等级分布',
		en: 'Grades by year',
		sql: `PIVOT (SELECT year, grade FROM reports WHERE grade IS NOT NULL)
ON grade IN ('优', '良', '中', '差')
USING count(*)
GROUP BY year
ORDER BY year`
	}
];

/** The example with `id`, if any. */
export function exampleById(id: string): ExampleQuery | undefined {
	return EXAMPLES.find((e) => e.id === id);
}
