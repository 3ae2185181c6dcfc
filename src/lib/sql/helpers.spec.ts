import { describe, expect, it } from 'vitest';
import { Bool, Decimal, Field, Float64, Int32, Int64, List, Utf8 } from 'apache-arrow';
import { HISTORY_KEY, addHistory, loadHistory, saveHistory, type HistoryEntry } from './history';
import { shareHref, sharedQuery, sharedRun, SHARE_MAX } from './share';
import { cellText, columnDigits, resultColumns, sortOrder, visibleWindow } from './grid';
import { defaultSpec, quickChartOption, QUICK_CHART_MAX } from './chart';

const mem = () => {
	const m = new Map<string, string>();
	return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), m };
};
const e = (sql: string, at: number): HistoryEntry => ({ sql, at, ok: true, rows: 1 });

describe('history', () => {
	it('newest first, deduplicated, bounded, round-trips through storage', () => {
		let h: HistoryEntry[] = [];
		h = addHistory(h, e('SELECT 1', 1));
		h = addHistory(h, e('SELECT 2', 2));
		h = addHistory(h, e('  SELECT 1 ', 3));
		expect(h.map((x) => [x.sql, x.at])).toEqual([
			['SELECT 1', 3],
			['SELECT 2', 2]
		]);
		expect(addHistory(h, e('SELECT 3', 4), 2).map((x) => x.sql)).toEqual(['SELECT 3', 'SELECT 1']);
		expect(addHistory(h, e('   ', 5))).toBe(h);
		const s = mem();
		saveHistory(s, h);
		expect(loadHistory(s)).toEqual(h);
	});
	it('unreadable storage is an empty history', () => {
		const s = mem();
		s.setItem(HISTORY_KEY, '{not json');
		expect(loadHistory(s)).toEqual([]);
		s.setItem(HISTORY_KEY, '[{"sql":1},{"sql":"ok","at":1,"ok":true,"rows":null}]');
		expect(loadHistory(s).map((x) => x.sql)).toEqual(['ok']);
	});
});

describe('share', () => {
	it.each([
		["SELECT * FROM reports WHERE district = '海珠区' -- & ? # %", 'zh'],
		['SELECT 1\n\tFROM x', 'en']
	] as const)('round-trips %j', (sql, lang) => {
		const href = shareHref('/base', sql, lang)!;
		const url = new URL(href, 'http://h');
		expect(url.pathname).toBe(lang === 'en' ? '/base/en/sql' : '/base/sql');
		expect(sharedQuery(url.searchParams)).toBe(sql);
		expect(url.searchParams.get('lang')).toBeNull();
	});
	it('refuses an over-long query and reads an empty one as none', () => {
		expect(shareHref('', 'x'.repeat(SHARE_MAX + 1))).toBeNull();
		// Run on open is the sharer's choice, carried as run=1; without a query there is nothing to run.
		const runs = new URL(shareHref('', 'SELECT 1', 'en', true)!, 'http://x');
		expect([sharedRun(runs.searchParams), sharedQuery(runs.searchParams)]).toEqual([true, 'SELECT 1']);
		expect(sharedRun(new URL(shareHref('', 'SELECT 1')!, 'http://x').searchParams)).toBe(false);
		expect(sharedRun(new URLSearchParams('run=1'))).toBe(false);
		expect(sharedQuery(new URLSearchParams('q=%20'))).toBeNull();
	});
});

describe('grid', () => {
	it('column types', () => {
		const cols = resultColumns([
			new Field('a', new Int32()),
			new Field('b', new Int64()),
			new Field('c', new Float64()),
			new Field('d', new Utf8()),
			new Field('e', new Bool()),
			new Field('f', new Decimal(2, 18, 128)),
			new Field('g', new List(new Field('item', new Utf8())))
		]);
		expect(cols.map((c) => [c.type, c.numeric])).toEqual([
			['INTEGER', true],
			['BIGINT', true],
			['DOUBLE', true],
			['VARCHAR', false],
			['BOOLEAN', false],
			['DECIMAL(18,2)', true],
			['VARCHAR[]', false]
		]);
	});
	it('sorts stably with nulls last both ways', () => {
		const rows = [{ v: 2 }, { v: null }, { v: 10 }, { v: 2 }, { v: 1 }];
		expect(sortOrder(rows, 'v', 'asc')).toEqual([4, 0, 3, 2, 1]);
		expect(sortOrder(rows, 'v', 'desc')).toEqual([2, 0, 3, 4, 1]);
		expect(sortOrder([{ s: '白云区' }, { s: '海珠区' }, { s: 'a' }], 's', 'asc').length).toBe(3);
	});
	it('visible window and cells', () => {
		expect(visibleWindow(0, 280, 28, 100000, 5)).toEqual([0, 15]);
		expect(visibleWindow(28 * 50000, 280, 28, 100000, 5)).toEqual([49995, 50015]);
		expect(visibleWindow(28 * 99999, 280, 28, 100000, 5)).toEqual([99994, 100000]);
		expect([cellText(null), cellText(1.5), cellText(['a']), cellText(true)]).toEqual(['NULL', '1.5', '["a"]', 'true']);
		// One column, one number of decimals: 97 beside 97.5 reads 97.0; nothing is rounded.
		const rows = [{ x: 97 }, { x: 97.5 }, { x: null }, { x: 0.125 }];
		expect(columnDigits(rows, 'x')).toBe(3);
		expect(rows.map((r) => cellText(r.x, columnDigits(rows, 'x')))).toEqual(['97.000', '97.500', 'NULL', '0.125']);
		expect([cellText(97, 1), cellText(1e21, 2), cellText(-3, 2), cellText('7', 2)]).toEqual(['97.0', '1e+21', '-3.00', '7']);
	});
});

describe('quick chart', () => {
	const cols = [
		{ name: 'district', type: 'VARCHAR', numeric: false },
		{ name: 'n', type: 'BIGINT', numeric: true },
		{ name: 'rate', type: 'DOUBLE', numeric: true }
	];
	const rows = [
		{ district: '海珠区', n: 3, rate: 0.8 },
		{ district: null, n: 1, rate: null }
	];
	it('guesses x and y', () => {
		expect(defaultSpec(cols)).toEqual({ kind: 'bar', x: 'district', y: 'n' });
		expect(defaultSpec(cols.slice(0, 1))).toBeNull();
	});
	it('bar, line, scatter, pie', () => {
		const bar = quickChartOption({ kind: 'bar', x: 'district', y: 'rate' }, rows) as any;
		expect(bar.xAxis.data).toEqual(['海珠区', 'NULL']);
		expect(bar.series[0]).toMatchObject({ type: 'bar', data: [0.8, null] });
		expect((quickChartOption({ kind: 'line', x: 'district', y: 'n' }, rows) as any).series[0].type).toBe('line');
		expect((quickChartOption({ kind: 'scatter', x: 'n', y: 'rate' }, rows) as any).series[0].data).toEqual([[3, 0.8]]);
		expect((quickChartOption({ kind: 'pie', x: 'district', y: 'n' }, rows) as any).series[0].data).toEqual([
			{ name: '海珠区', value: 3 },
			{ name: 'NULL', value: 1 }
		]);
		const many = Array.from({ length: QUICK_CHART_MAX + 10 }, (_, i) => ({ district: `d${i}`, n: i, rate: 0 }));
		expect((quickChartOption({ kind: 'bar', x: 'district', y: 'n' }, many) as any).series[0].data.length).toBe(QUICK_CHART_MAX);
	});
});
