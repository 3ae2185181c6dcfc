import { describe, expect, it } from 'vitest';
import { splitLines } from '../structure';
import { parseScoreLines } from './score-lines';

type Row = [name: string, level1: string, level2: string | null, weight: number, points: number | null, target: string | null, actual: string | null];

// Per-indicator score lines of key evaluations and older frames (invented wording, hand-read values).
const CASES: [what: string, text: string, want: Row[], warning?: string][] = [
	[
		'parenthesised 分值 and 得分 under a 决策 heading',
		'（一）决策指标\n1.立项依据充分性（分值3分，得分3分）',
		[['立项依据充分性', '决策', null, 3, 3, null, null]]
	],
	['"：分值…，得分…" under a 过程 heading', '（二）过程指标\n资金使用合规性：分值5分，得分4分', [['资金使用合规性', '过程', null, 5, 4, null, null]]],
	[
		'older 投入 frame: target and actual in the line',
		'（一）投入指标分析\n2.资金到位率（分值 4 分）：目标值100%，实际100%，得 4 分。',
		[['资金到位率', '决策', null, 4, 4, '100%', '100%']],
		'投入 → 决策'
	],
	[
		'a line wrapped before its unit and points',
		'（三）产出指标\n1.宣传活动场次（分值 6 分）：目标值≥12\n\n场，实际13场，得 6 分。',
		[['宣传活动场次', '产出', null, 6, 6, '≥12场', '13场']]
	],
	[
		'a level-1 subtotal is no indicator; a level-2 line sets the level-2',
		'（三）产出指标\n产出指标（分值40分，得分36分）\n数量指标（分值20分，得分18分）\n1.培训班期数（分值10分，得分9分）',
		[['培训班期数', '产出', '数量', 10, 9, null, null]]
	],
	['no level heading above: no row', '1.立项依据充分性（分值3分，得分3分）', []]
];

describe('parseScoreLines', () => {
	it.each(CASES)('%s', (_, text, want, warning) => {
		const warnings = new Set<string>();
		const claimed = new Set<number>();
		const rows = parseScoreLines(splitLines(text), warnings, claimed);
		expect(rows.map((r) => [r.name, r.level1, r.level2, r.weight, r.points, r.target_text, r.actual_text])).toEqual(want);
		if (warning) expect([...warnings].join()).toContain(warning);
		expect(claimed.size).toBeGreaterThanOrEqual(want.length);
	});
});
