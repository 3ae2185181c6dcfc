import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type Filters } from '../queries/filters';
import type { FilterOptionRow } from '../queries/options';
import {
	ANSWER_DIMS,
	ANSWER_STATE_LIMIT,
	answerDim,
	answerIn,
	answerKey,
	answerStates,
	capStates,
	filterReportRows,
	placeAnswerStates,
	type AnswerPack
} from './states';

const F = (over: Partial<Filters> = {}): Filters => ({ ...DEFAULT_FILTERS, ...over });
const opt = (kind: FilterOptionRow['kind'], value: string, parent: string | null = null): FilterOptionRow => ({ kind, value, parent });
const OPTIONS = [
	opt('district', '海珠区'),
	opt('district', '白云区'),
	opt('street', '海幢街道', '海珠区'),
	opt('street', '石门街道', '白云区'),
	opt('year', '2022'),
	opt('year', '2023'),
	opt('evaluation_type', '单位自评'),
	opt('grade', '优'),
	opt('grade', '差')
];

describe('answerDim', () => {
	it('names the one dimension a state sets', () => {
		expect(answerDim(F({ district: '海珠区' }))).toBe('district');
		expect(answerDim(F({ street: '海幢街道' }))).toBe('street');
		expect(answerDim(F({ district: '海珠区', street: '海幢街道' }))).toBe('street');
		expect(answerDim(F({ yearFrom: 2022 }))).toBe('year');
		expect(answerDim(F({ yearTo: 2022 }))).toBe('year');
		expect(answerDim(F({ yearFrom: 2022, yearTo: 2023 }))).toBe('year');
		expect(answerDim(F({ evaluationType: '单位自评' }))).toBe('type');
		expect(answerDim(F({ grade: '优' }))).toBe('grade');
		expect(answerDim(F({ source: 'real' }))).toBe('source');
	});
	it('none for the unfiltered state, a combination, or the rows added in this browser', () => {
		expect(answerDim(DEFAULT_FILTERS)).toBeNull();
		expect(answerDim(F({ district: '海珠区', grade: '优' }))).toBeNull();
		expect(answerDim(F({ yearFrom: 2022, source: 'real' }))).toBeNull();
		expect(answerDim(F({ source: 'user' }))).toBeNull();
	});
});

describe('answerStates', () => {
	it('every state of each dimension, each in its own file', () => {
		const all = ANSWER_DIMS.map((d) => answerStates(OPTIONS, d));
		expect(all.map((s) => s.length)).toEqual([2, 4, 6, 1, 2, 2]);
		ANSWER_DIMS.forEach((d, i) => all[i].forEach((f) => expect(answerDim(f)).toBe(d)));
		expect(answerStates(OPTIONS, 'year').map(answerKey)).toEqual(['from=2022', 'to=2022', 'from=2022&to=2022', 'from=2023', 'to=2023', 'from=2023&to=2023']);
		expect(answerStates(OPTIONS, 'street').map(answerKey)).toEqual([
			'street=%E6%B5%B7%E5%B9%A2%E8%A1%97%E9%81%93',
			'district=%E6%B5%B7%E7%8F%A0%E5%8C%BA&street=%E6%B5%B7%E5%B9%A2%E8%A1%97%E9%81%93',
			'street=%E7%9F%B3%E9%97%A8%E8%A1%97%E9%81%93',
			'district=%E7%99%BD%E4%BA%91%E5%8C%BA&street=%E7%9F%B3%E9%97%A8%E8%A1%97%E9%81%93'
		]);
	});
});

describe('answerIn', () => {
	const pack: AnswerPack = {
		version: 'v1',
		page: 'overview',
		dim: 'street',
		states: { [answerKey(F({ street: 'S' }))]: { kpi: [{ reports: 3 }] } },
		same: { [answerKey(F({ district: 'D', street: 'S' }))]: answerKey(F({ street: 'S' })) }
	};
	it('finds a state, or the state it has the same rows as, and nothing else', () => {
		expect(answerIn(pack, F({ street: 'S' }))).toEqual({ kpi: [{ reports: 3 }] });
		expect(answerIn(pack, F({ district: 'D', street: 'S' }))).toEqual({ kpi: [{ reports: 3 }] });
		expect(answerIn(pack, F({ district: 'E', street: 'S' }))).toBeNull();
	});
});

describe('filterReportRows', () => {
	const rows = [
		{ id: 1, district: '海珠区', street: '海幢街道', year: 2022, evaluation_type: '单位自评', grade: '优', synthetic: false },
		{ id: 2, district: '海珠区', street: null, year: 2023, evaluation_type: null, grade: null, synthetic: true },
		{ id: 3, district: null, street: null, year: null, evaluation_type: '单位自评', grade: '差', synthetic: true }
	];
	const ids = (f: Partial<Filters>) => filterReportRows(rows, F(f))?.map((r) => r.id);
	it('keeps what the SQL keeps: NULL fails every condition, order kept', () => {
		expect(ids({})).toEqual([1, 2, 3]);
		expect(ids({ district: '海珠区' })).toEqual([1, 2]);
		expect(ids({ street: '海幢街道' })).toEqual([1]);
		expect(ids({ yearFrom: 2023 })).toEqual([2]);
		expect(ids({ yearTo: 2023 })).toEqual([1, 2]);
		expect(ids({ evaluationType: '单位自评', grade: '差' })).toEqual([3]);
		expect(ids({ source: 'real' })).toEqual([1]);
		expect(ids({ source: 'synthetic', district: '海珠区' })).toEqual([2]);
	});
	it('cannot tell the rows added in this browser', () => {
		expect(filterReportRows(rows, F({ source: 'user' }))).toBeNull();
	});
});

describe('capStates', () => {
	it('keeps every state up to the limit and none past it (a street file of the whole country)', () => {
		expect(capStates(answerStates(OPTIONS, 'street'))).toEqual({ states: answerStates(OPTIONS, 'street') });
		const streets = Array.from({ length: 6000 }, (_, k) => opt('street', `街道${k}`, `区${k % 3000}`));
		const all = answerStates(streets, 'street');
		expect(all.length).toBe(12000);
		expect(capStates(all)).toEqual({ states: [], skipped: 12000 });
		expect(capStates(placeAnswerStates([...streets, opt('year', '2022')], 'street', 'year')).states.length).toBeLessThanOrEqual(ANSWER_STATE_LIMIT);
		// A file without states answers nothing: those filters wait for the engine.
		const pack: AnswerPack = { version: null, page: 'overview', dim: 'street', states: {}, skipped: 12000 };
		expect(answerIn(pack, F({ street: '街道1' }))).toBeNull();
	});
});
