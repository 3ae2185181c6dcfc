import { describe, expect, it } from 'vitest';
import { streetTilesOption, tileLayout, tileOrder, TILES_WIDTH } from './tiles';
import { renderSvg } from '../charts/ssr';
import { englishLabel, englishPlace } from './english';
import { mapShortEn, mapShortZh } from './short';
import { PLACE_NO_DATA, type PlaceMapItem } from './map';

const item = (name: string, execution_rate: number | null, reports = 2): PlaceMapItem => ({ name, label: name, reports, execution_rate, mean_score: 90 });

describe('tileLayout', () => {
	it.each([
		[1, 1, 1],
		[4, 4, 1],
		[5, 3, 2],
		[9, 3, 3],
		[16, 4, 4],
		[22, 5, 5],
		[31, 6, 6]
	])('%i tiles → %i columns, %i rows', (n, cols, rows) => expect(tileLayout(n)).toMatchObject({ cols, rows }));
	it('is tall enough for the legend with one row', () => expect(tileLayout(2).height).toBeGreaterThanOrEqual(120));
});

describe('tileOrder', () => {
	it.each([
		['highest rate first', [item('乙镇', 0.8), item('甲街道', 0.95)], ['甲街道', '乙镇']],
		['places without a rate last', [item('甲街道', null), item('乙镇', 0.5)], ['乙镇', '甲街道']],
		['ties by name', [item('乙镇', 0.9), item('甲街道', 0.9)], ['乙镇', '甲街道'].sort((a, b) => a.localeCompare(b))]
	])('%s', (_, items, want) => expect(tileOrder(items).map((i) => i.name)).toEqual(want));
});

describe('streetTilesOption', () => {
	const streets = [item('石门街道', 0.935), item('京溪街道', 0.99), item('太和镇', null), item('钟落潭镇', 0.7)];
	it.each([
		['zh', (n: string) => mapShortZh(n), ['京溪', '石门', '钟落潭', '太和']],
		['en', (n: string) => mapShortEn(englishPlace(n, 'street')), ['Jingxi', 'Shimen', 'Zhongluotan', 'Taihe']]
	] as const)('tiles in rate order with short %s labels and the Chinese name as item name', (locale, short, labels) => {
		const o = streetTilesOption(streets, short, { locale, ink: '#000' }) as any;
		const [known, none] = o.series;
		const cells = (d: { name: string; value: number[] }[]) => d.map((x) => [x.name, x.value.slice(0, 2)]);
		expect(cells(known.data)).toEqual([
			['京溪街道', [0, 0]],
			['石门街道', [1, 0]],
			['钟落潭镇', [2, 0]]
		]);
		// No rate: last, in its own series painted the maps' "no data" grey by a hidden visualMap.
		expect(cells(none.data)).toEqual([['太和镇', [3, 0]]]);
		expect(o.visualMap.map((v: { seriesIndex: number }) => v.seriesIndex)).toEqual([0, 1]);
		expect(o.visualMap[1].inRange.color).toEqual([PLACE_NO_DATA, PLACE_NO_DATA]);
		expect([...known.data, ...none.data].map((d: { name: string }) => known.label.formatter({ name: d.name }).split('\n')[0])).toEqual(labels);
	});
	it('tooltip and description carry the page label ("Shimen Subdistrict (石门街道)")', () => {
		const en = streets.map((s) => ({ ...s, label: englishLabel(s.name, 'street') }));
		const o = streetTilesOption(en, (n) => mapShortEn(englishPlace(n, 'street')), { locale: 'en', ink: '#000' }) as any;
		expect(o.tooltip.formatter({ name: '石门街道' })).toContain('Shimen Subdistrict (石门街道)');
		expect(o.aria.label.description).toContain('Jingxi Subdistrict (京溪街道) 99.0%');
		expect(o.aria.label.description).toContain('tile grid');
	});
	it.each([
		['京溪街道', '#ffffff'],
		['钟落潭镇', '#111111'],
		['太和镇', '#1f2328']
	])('label ink of %s: %s (white on the dark steps, dark on the light ones and on grey)', (name, ink) => {
		const o = streetTilesOption(streets, mapShortZh, { locale: 'zh', ink: '#000' }) as any;
		expect([...o.series[0].data, ...o.series[1].data].find((d: { name: string }) => d.name === name).label.color).toBe(ink);
	});
	it('renders to SVG on the server with every label', () => {
		const { height } = tileLayout(streets.length);
		const svg = renderSvg(streetTilesOption(streets, mapShortZh, { locale: 'zh', ink: '#000' }), TILES_WIDTH, height);
		expect(svg.startsWith('<svg')).toBe(true);
		for (const s of ['京溪', '石门', '钟落潭', '太和']) expect(svg).toContain(s);
	});
});
