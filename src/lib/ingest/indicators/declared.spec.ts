import { describe, expect, it } from 'vitest';
import { declared, linkDeclared } from './declared';
import type { RawIndicator } from './shared';

// "…包括A、B 2 个三级指标，分值分别为 …": the names a report declares (invented wording).
const DECLARED: [string, { name: string; level1: string; weight: number | null }[]][] = [
	[
		'产出指标占40%，包括道路保洁面积、垃圾清运次数 2 个三级指标，分值分别为 25、15；',
		[
			{ name: '道路保洁面积', level1: '产出', weight: 25 },
			{ name: '垃圾清运次数', level1: '产出', weight: 15 }
		]
	],
	['效益指标包括群众投诉发生次数 1 个三级指标。', [{ name: '群众投诉发生次数', level1: '效益', weight: null }]],
	['本项目设置了若干指标。', []]
];

describe('declared', () => {
	it.each(DECLARED)('%s', (text, want) => expect(declared(text)).toEqual(want));
});

function prose(name: string, value: number, unit: string, start: number): RawIndicator {
	return {
		level1: null,
		level2: null,
		name,
		target_text: null,
		target_value: null,
		actual_text: `${value}${unit}`,
		actual_value: value,
		unit,
		weight: null,
		points: null,
		achieved: null,
		origin: 'narrative',
		start,
		end: start + 4
	};
}

describe('linkDeclared', () => {
	it('renames the prose figure a declared name describes, and reads "未发生" as 0', () => {
		const text = '产出指标包括垃圾清运次数 1 个三级指标，分值分别为 20；效益指标包括群众投诉发生次数 1 个三级指标。全年清运垃圾次数365次，未发生群众投诉。';
		const rows = linkDeclared(text, [prose('全年清运垃圾', 365, '次', 60)]);
		expect(rows.map((r) => [r.name, r.level1, r.actual_value, r.unit, r.weight])).toEqual([
			['垃圾清运次数', '产出', 365, '次', 20],
			['群众投诉发生次数', '效益', 0, '次', null]
		]);
	});

	it('leaves rows alone when nothing is declared', () => {
		const r = [prose('开展宣传活动', 12, '场', 0)];
		expect(linkDeclared('全年开展宣传活动12场。', r)).toBe(r);
	});
});
