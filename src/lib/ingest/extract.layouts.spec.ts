import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { compareExpected, type Expected } from './expected';

const dir = join(import.meta.dirname, '../../../test/extract/layouts');
const files = readdirSync(dir).filter((f) => f.endsWith('.expected.json'));

describe('extract() on hand-written layout fixtures (grid, cells, key evaluation, old frame, traditional)', () => {
	it('has the fixtures', () => expect(files.length).toBeGreaterThanOrEqual(5));
	it.each(files)('%s', (f) => {
		const exp = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected;
		const r = extract({ text: readFileSync(join(dir, exp.source_file), 'utf8'), sourceFile: exp.source_file });
		if (!r.ok) throw new Error(r.reason);
		expect(compareExpected(r.value, exp).failures).toEqual([]);
		// evidence of every report-level field lies inside the normalised text
		for (const [, [a, b]] of Object.entries(r.value.evidence)) {
			expect(a).toBeGreaterThanOrEqual(0);
			expect(b).toBeLessThanOrEqual(r.value.source.text.length);
		}
	});
});
