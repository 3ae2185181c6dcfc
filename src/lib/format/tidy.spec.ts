import { describe, expect, it } from 'vitest';
import { tidyNumber, tidyRows } from './tidy';

describe('float noise', () => {
	it.each([
		[386.4800000000001, 386.48],
		[0.9278399999999999, 0.92784],
		[1249.6, 1249.6],
		[0.1 + 0.2, 0.3],
		[42, 42],
		[-0.30000000000000004, -0.3],
		[1 / 3, 0.333333333333],
		[NaN, NaN]
	])('%d → %d', (v, want) => expect(tidyNumber(v)).toBe(want));
	it('tidies rows, keeps text', () => expect(tidyRows([{ a: 386.4800000000001, b: '0.1000000000000001' }])).toEqual([{ a: 386.48, b: '0.1000000000000001' }]));
});
