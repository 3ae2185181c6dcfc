import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from './filters';
import { reviewQueueQuery } from './reports';
import { fixtureDatabase } from '../../../test/unit/db/fixture';

describe('reviewQueueQuery', () => {
	const db = fixtureDatabase('q-review');
	it('lists reports with error or warning checks: kept-out values first, then the largest budgets; never info-only ones', async () => {
		const rows = await db().query(reviewQueueQuery(DEFAULT_FILTERS));
		// r4 has an error; r5 (budget 80) and r6 (no budget) warnings; r1 has only an info note
		expect(rows.map((r) => [r.report_id, r.errors, r.warnings, r.codes])).toEqual([
			['r4', 1, 0, 'out_of_range'],
			['r5', 0, 1, 'rate_mismatch'],
			['r6', 0, 2, 'budget_missing,place_ambiguous']
		]);
	});
	it('keeps the dashboard filters', async () => {
		const rows = await db().query(reviewQueueQuery({ ...DEFAULT_FILTERS, yearFrom: 2023 }));
		expect(rows.map((r) => r.report_id)).toEqual(['r5', 'r6']);
	});
});
