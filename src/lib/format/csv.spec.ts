import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { fileSlug, toCsv } from './csv';

describe('toCsv', () => {
	const cols = [
		{ key: 'district', label: '区' },
		{ key: 'rate', label: '执行率' }
	];
	it('starts with a BOM, uses CRLF and raw values', () => {
		expect(
			toCsv(cols, [
				{ district: '海珠区', rate: 0.987 },
				{ district: '白云区', rate: null }
			])
		).toBe('\uFEFF区,执行率\r\n海珠区,0.987\r\n白云区,\r\n');
	});
	const cases: [unknown, string][] = [
		['a,b', '"a,b"'],
		['say "hi"', '"say ""hi"""'],
		['line\nbreak', '"line\nbreak"'],
		['=SUM(A1)', `"'=SUM(A1)"`],
		['+1', `"'+1"`],
		['@cmd', `"'@cmd"`],
		['\tx', `"'\tx"`],
		[-5, '-5'],
		[Number.NaN, ''],
		[true, 'true']
	];
	it.each(cases)('cell %j → %s', (v, out) => expect(toCsv([{ key: 'x', label: 'x' }], [{ x: v }])).toBe(`\uFEFFx\r\n${out}\r\n`));
	it('formula-looking text reads back as text with its apostrophe; numbers never change', () => {
		const csv = toCsv([{ key: 'x', label: 'x' }], [{ x: '=HYPERLINK("http://x")' }, { x: '-3' }, { x: -3 }]);
		expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([['x'], [`'=HYPERLINK("http://x")`], ["'-3"], ['-3']]);
	});
	it('slugs titles', () => {
		expect(fileSlug('区 × 年度：预算执行率')).toBe('区-年度-预算执行率');
		expect(fileSlug('///')).toBe('chart');
	});
});
