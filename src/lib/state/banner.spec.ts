import { describe, expect, it } from 'vitest';
import { bannerFor, bannerQuery } from './banner';
import { DEFAULT_FILTERS } from '../queries/filters';

describe('demonstration banner', () => {
	it.each([
		['whole dataset', 300, false, null, 'all', { show: true, n: 300, mine: 0 }],
		['real only', 300, true, { synthetic: 0, mine: 0 }, 'real', { show: false }],
		['2022 only, counting', 300, true, null, 'all', { show: true, n: null, mine: 0 }],
		['2022 only, counted', 300, true, { synthetic: 46, mine: 0 }, 'all', { show: true, n: 46, mine: 0 }],
		['only my data', 300, true, { synthetic: 0, mine: 2 }, 'user', { show: true, n: 0, mine: 2 }],
		['my data beside the demo', 300, true, { synthetic: 300, mine: 2 }, 'all', { show: true, n: 300, mine: 2 }],
		['a real-only build', 0, false, null, 'all', { show: false }],
		['a view without synthetic reports', 300, true, { synthetic: 0, mine: 0 }, 'all', { show: false }]
	] as const)('%s', (_, whole, narrowed, counts, source, want) => expect(bannerFor(whole, narrowed, counts, source)).toEqual(want));
	it('counts under the filters', () => expect(bannerQuery({ ...DEFAULT_FILTERS, yearFrom: 2022, yearTo: 2022 })).toMatch(/WHERE .*r\.year >= 2022/));
});
