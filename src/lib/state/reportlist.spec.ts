import { describe, expect, it } from 'vitest';
import { matchesSearch, parseListState, reportTextQuery, withListState } from './reportlist';

describe('/reports list state in the URL', () => {
	it.each([
		['', { q: '', sort: { key: null, dir: 'desc' } }],
		['q=%E5%85%9A%E5%BB%BA&sort=-budget_wan', { q: '党建', sort: { key: 'budget_wan', dir: 'desc' } }],
		['sort=year', { q: '', sort: { key: 'year', dir: 'asc' } }],
		['sort=1;drop', { q: '', sort: { key: null, dir: 'desc' } }]
	])('%s', (search, want) => expect(parseListState(new URLSearchParams(search))).toEqual(want));

	it.each([
		['district=白云区', { q: '宣传', sort: { key: 'score', dir: 'desc' as const } }, '?district=%E7%99%BD%E4%BA%91%E5%8C%BA&q=%E5%AE%A3%E4%BC%A0&sort=-score'],
		['q=old&sort=year', { q: ' ', sort: { key: null, dir: 'desc' as const } }, '']
	])('%s + %j', (search, s, want) => expect(withListState(search, s)).toBe(want));

	it('round-trips', () => {
		const s = { q: '资金 管理', sort: { key: 'execution_rate', dir: 'asc' as const } };
		expect(parseListState(new URLSearchParams(withListState('', s)))).toEqual(s);
	});
});

describe('search', () => {
	const row = { report_id: 'abc', title: '白云区党建经费', unit: null, project_name: null, district: '白云区', street: null } as never;
	it.each([
		['', new Set<string>(), true],
		['党建', new Set<string>(), true],
		['宣传栏', new Set<string>(), false],
		['宣传栏', new Set(['abc']), true]
	])('%s', (needle, ids, want) => expect(matchesSearch(row, needle, ids)).toBe(want));
	it('text search is literal and escaped', () =>
		expect(reportTextQuery("50%_'x")).toBe("SELECT report_id FROM sources WHERE strpos(lower(text), '50%_''x') > 0"));
});
