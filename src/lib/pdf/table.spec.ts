/**
 * Tables from positioned text: hand-made pages of boxes (top-down coordinates, glyphs 10 units high,
 * an ideograph 10 wide, a digit or Latin letter 5), each with the lines a person reads on it.
 */
import { describe, expect, it } from 'vitest';
import { layoutText, type TextBox } from './table';

const width = (s: string) => [...s].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 5 : 10), 0);
/** A box of text whose left edge is x and top is y. */
const t = (text: string, x: number, y: number): TextBox => ({ text, x, y, w: width(text), h: 10 });

const cases: [string, TextBox[], string[]][] = [
	[
		'a row whose two cells wrap onto a second line: each cell one cell',
		[t('项目名', 0, 0), t('社区党建', 50, 0), t('称', 0, 14), t('工作经费', 50, 14)],
		['项目名称\t社区党建工作经费']
	],
	[
		'a header row over two lines, a one-line cell centred beside the wrapped ones',
		[t('年初预算', 0, 0), t('全年预', 50, 0), t('分值', 90, 7), t('数', 0, 14), t('算数', 50, 14), t('年度资金', 0, 40), t('120', 50, 40), t('10', 90, 40)],
		['年初预算数\t全年预算数\t分值', '年度资金\t120\t10']
	],
	[
		'ragged columns: right-aligned numbers at different left edges, a row with a cell missing',
		[
			t('三级指标', 0, 0),
			t('分值', 60, 0),
			t('得分', 100, 0),
			t('培训期数', 0, 24),
			t('20', 70, 24),
			t('18', 110, 24),
			t('满意度', 0, 48),
			t('5', 75, 48),
			t('4.5', 105, 48),
			t('总分', 0, 72),
			t('100', 105, 72)
		],
		['三级指标\t分值\t得分', '培训期数\t20\t18', '满意度\t5\t4.5', '总分\t100']
	],
	[
		'text, then a table, then text: paragraphs keep their lines, a heading is not joined to the line after it',
		[
			t('一、基本情况', 0, 0),
			t('本项目全年预算数120万元，执行数114万元，预算执行率95%，', 0, 20),
			t('自评得分93.5分。', 0, 34),
			t('项目名称', 0, 50),
			t('党建经费', 60, 50),
			t('预算数', 0, 74),
			t('120', 60, 74),
			t('二、绩效目标', 0, 100),
			t('全年开展活动56场。', 0, 114)
		],
		[
			'一、基本情况',
			'本项目全年预算数120万元，执行数114万元，预算执行率95%，',
			'自评得分93.5分。',
			'项目名称\t党建经费',
			'预算数\t120',
			'二、绩效目标',
			'全年开展活动56场。'
		]
	],
	[
		'a cell merged over two rows (a label centred between them) is filled into both',
		[t('产出指标', 0, 12), t('培训期数', 60, 0), t('20', 120, 0), t('活动场次', 60, 24), t('15', 120, 24)],
		['产出指标\t培训期数\t20', '产出指标\t活动场次\t15']
	],
	[
		'a two-line merged cell beside two rows of wrapped cells is filled into both',
		[
			t('培训期', 40, 0),
			t('20', 100, 7),
			t('部分党员', 130, 0),
			t('数', 40, 14),
			t('外出务工', 130, 14),
			t('数量', 0, 17),
			t('指标', 0, 31),
			t('活动场', 40, 34),
			t('15', 100, 41),
			t('次', 40, 48)
		],
		['数量指标\t培训期数\t20\t部分党员外出务工', '数量指标\t活动场次\t15']
	],
	[
		'a tight table (rows as close as lines): one-line rows are not joined',
		[
			t('指标', 0, 0),
			t('分值', 60, 0),
			t('得分', 100, 0),
			t('期数', 0, 14),
			t('20', 60, 14),
			t('18', 100, 14),
			t('场次', 0, 28),
			t('15', 60, 28),
			t('15', 100, 28)
		],
		['指标\t分值\t得分', '期数\t20\t18', '场次\t15\t15']
	],
	[
		'a cell wrapped over several lines under a table’s first column is one line',
		[t('自评等级', 0, 0), t('优', 60, 0), t('填报单位：', 0, 24), t('京溪街道办', 0, 38), t('事处', 0, 52)],
		['自评等级\t优', '填报单位：京溪街道办事处']
	],
	[
		'Latin words of a wrapped cell keep a space; items of one line with small gaps stay one cell',
		[t('Budget', 0, 0), t('execution', 35, 0), t('95%', 100, 0), t('rate', 0, 14)],
		['Budget execution rate\t95%']
	]
];

describe('layoutText', () => {
	it.each(cases)('%s', (_, boxes, want) => expect(layoutText(boxes)).toEqual(want));
	it('is the same whatever order the boxes come in', () => {
		const [, boxes, want] = cases[5];
		expect(layoutText([...boxes].reverse())).toEqual(want);
	});
	it('an empty page has no lines', () => expect(layoutText([t('  ', 0, 0)])).toEqual([]));
});

describe('layoutText on text set line by line', () => {
	it('a space item between words is kept as a space, not lost or taken for a cell gap', () => {
		expect(layoutText([t('一级指标', 0, 0), t(' ', 40, 0), t('二级指标', 43, 0), t(' ', 83, 0), t('5', 86, 0)])).toEqual(['一级指标 二级指标 5']);
	});
	it('evenly spaced lines with columns aligned by tabs: a long cell above a short one is not joined to it', () => {
		const rows = [
			['项目资金（万元）', '年初预算数', '全年预算数'],
			['年度资金总额', '86'],
			['其中：当年财政拨款', '86', '80'],
			['年度总体目标', '预期目标'],
			['一级指标', '二级指标', '分值']
		];
		const boxes = rows.flatMap((r, i) => r.map((c, k) => t(c, [0, 100, 160][k], i * 14)));
		expect(layoutText(boxes)).toEqual(rows.map((r) => r.join('\t')));
	});
});

describe('layoutText on a hostile page', () => {
	it('40,000 scattered pieces are laid out as lines (no table), in seconds at most', () => {
		const boxes = Array.from({ length: 40_000 }, (_, i) => t(`x${i}`, (i * 7919) % 500, (i * 104729) % 20_000));
		const t0 = performance.now();
		const lines = layoutText(boxes);
		expect(performance.now() - t0).toBeLessThan(3000);
		expect(lines.join('').replace(/\s/g, '').length).toBe(boxes.reduce((n, b) => n + b.text.length, 0));
	});
	it('4,000 pieces of a table page are still rebuilt as a table', () => {
		const boxes = Array.from({ length: 1000 }, (_, r) => [t(`指标${r}`, 0, r * 24), t('≥20期', 60, r * 24), t('20', 110, r * 24), t('18', 130, r * 24)]).flat();
		const t0 = performance.now();
		const lines = layoutText(boxes);
		expect(performance.now() - t0).toBeLessThan(5000);
		expect(lines.slice(0, 2)).toEqual(['指标0\t≥20期\t20\t18', '指标1\t≥20期\t20\t18']);
		expect(lines).toHaveLength(1000);
	});
});
