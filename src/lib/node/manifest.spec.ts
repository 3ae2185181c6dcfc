import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest';

describe('parseManifest', () => {
	it('reads every column, trims, and maps synthetic and year', () => {
		const csv =
			'\uFEFFsource_file,district,street,year,source_url,synthetic,unit,project_name,evaluation_type\n' +
			'a.txt, 海珠区 ,海幢街道,2023,https://x.example/a,是,海幢街道办事处,党建工作经费,单位自评\n' +
			'b.txt,,,,,false,,,\n';
		const m = parseManifest(csv, 'm.csv');
		expect(m.errors).toEqual([]);
		expect(m.entries).toEqual([
			{
				source_file: 'a.txt',
				district: '海珠区',
				street: '海幢街道',
				year: 2023,
				source_url: 'https://x.example/a',
				synthetic: true,
				unit: '海幢街道办事处',
				project_name: '党建工作经费',
				evaluation_type: '单位自评'
			},
			{ source_file: 'b.txt', synthetic: false }
		]);
	});

	it('names the row of each bad line and keeps the good ones', () => {
		const csv = 'source_file,year,synthetic,evaluation_type\na.txt,2023,,\n,2022,,\nc.txt,20x3,maybe,\nd.txt,,,自己评\na.txt,2021,,\n';
		const m = parseManifest(csv, 'm.csv');
		expect(m.entries.map((e) => e.source_file)).toEqual(['a.txt']);
		expect(m.errors).toEqual([
			{ row: 3, message: 'source_file is empty' },
			{ row: 4, message: 'year "20x3" is not a year (1990–2100); synthetic "maybe" is not true/false' },
			{ row: 5, message: 'evaluation_type "自己评" is not one of 单位自评 / 部门评价 / 财政评价' },
			{ row: 6, message: 'source_file "a.txt" already listed in row 2' }
		]);
	});

	it('rejects a manifest without a source_file column and warns on unknown columns', () => {
		expect(parseManifest('file,year\na.txt,2023\n', 'm.csv').errors).toEqual([{ row: null, message: 'no source_file column (header: file, year)' }]);
		expect(parseManifest('source_file,colour\na.txt,red\n', 'm.csv').warnings).toEqual(['m.csv: unknown column(s) ignored: colour']);
	});

	it('keeps only web addresses as source_url (they become links on the site)', () => {
		const csv = 'source_file,source_url\na.txt,javascript:alert(1)\nb.txt,www.gz.gov.cn/x\nc.txt,https://www.gz.gov.cn/c.html\n';
		const m = parseManifest(csv, 'm.csv');
		expect(m.entries).toEqual([{ source_file: 'c.txt', source_url: 'https://www.gz.gov.cn/c.html' }]);
		expect(m.errors).toEqual([
			{ row: 2, message: 'source_url "javascript:alert(1)" is not an http(s) address' },
			{ row: 3, message: 'source_url "www.gz.gov.cn/x" is not an http(s) address' }
		]);
	});
});
