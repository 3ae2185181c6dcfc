import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { compareExpected, type Expected } from './expected';
import { layoutOf, scoreFixture, type ExpectedDoc } from './fixture-eval';

const root = join(import.meta.dirname, '../../..');
const dir = join(root, 'test/extract/real');
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.expected.json')) : [];

describe('extract() on the five real reports against hand-written expectations', () => {
	it('has expectation files', () => expect(files.length).toBeGreaterThanOrEqual(5));
	it.each(files)('%s', (f) => {
		const exp = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected;
		const text = readFileSync(join(root, 'data/reports', exp.source_file), 'utf8');
		const r = extract({ text, sourceFile: exp.source_file });
		if (!r.ok) throw new Error(r.reason);
		const c = compareExpected(r.value, exp);
		expect(c.failures).toEqual([]);
		expect(r.value.indicators.length).toBeGreaterThanOrEqual(exp.indicators_min);
		// every evidence span points into the normalised text
		for (const i of r.value.indicators) {
			expect(i.evidence_start).not.toBeNull();
			expect(i.evidence_end!).toBeGreaterThan(i.evidence_start!);
			expect(i.evidence_end!).toBeLessThanOrEqual(r.value.source.text.length);
		}
	});
});

describe('the five real reports scored field by field as every fixture set is (npm run eval:extract)', () => {
	it.each(files)('%s: every field correct (all of them, as the extraction issue requires)', (f) => {
		const exp = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ExpectedDoc;
		const src = (Array.isArray(exp) ? exp[0] : exp).source_file;
		const r = extract({ text: readFileSync(join(root, 'data/reports', src), 'utf8'), sourceFile: src });
		const off = scoreFixture(f, layoutOf(f, 'real'), exp, r).filter((x) => x.outcome !== 'correct');
		expect(off.map((x) => `${x.field}: ${JSON.stringify(x.expected)} → ${JSON.stringify(x.got)}`)).toEqual([]);
	});
});
