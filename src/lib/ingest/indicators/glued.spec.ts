import { describe, expect, it } from 'vitest';
import { cuts } from './glued';

// Digit runs left when a table lost its cell borders, and every way to read them as number cells.
const CASES: [run: string, maxParts: number, want: string[][]][] = [
	['100100', 2, [['100100'], ['100', '100'], ['10010', '0']]],
	['50%5', 2, [['50%', '5']]],
	['05', 2, [['0', '5']]],
	['0.50', 1, [['0.50']]],
	['1,234.5', 1, [['1234.5']]],
	['12.5.5', 1, []],
	['9'.repeat(400), 6, []],
	['年度', 2, []]
];

describe('cuts of a glued digit run', () => {
	it.each(CASES)('%s into at most %i parts', (run, maxParts, want) => {
		expect(cuts(run, maxParts)).toEqual(want);
	});

	it('never cuts a part with a leading zero or a percent sign inside', () => {
		for (const parts of cuts('202010100.00%10', 6)) {
			expect(parts.join('')).toBe('202010100.00%10');
			for (const p of parts) expect(p).toMatch(/^(?:0|[1-9]\d*)(?:\.\d+)?%?$/);
		}
	});
});
