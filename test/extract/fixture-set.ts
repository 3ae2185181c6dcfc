/**
 * The spec of one set of hand-written fixtures (test/extract/<set>/): every fixture's source extracted with no
 * --city hint and scored field by field; never a wrong place, the non-reports rejected, and floors under
 * today's figures (npm run eval:extract -- --fixtures test/extract/<set> prints them) that may only rise.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/ingest/extract';
import { PLACE_FIELDS, layoutOf, scoreFixture, tally, type ExpectedDoc, type FieldResult } from '../../src/lib/ingest/fixture-eval';

export interface FixtureSetFloors {
	fixtures: number;
	provinces: number;
	/** Least share of fields correct. */
	correct: number;
	/** Most wrong values. */
	wrong: number;
	/** Non-reports the extractor still reads as reports (known misses; 0 unless stated). */
	unrejected?: number;
}

export function fixtureSetSpec(set: string, title: string, floors: FixtureSetFloors): void {
	const dir = join(import.meta.dirname, set);
	const files = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort();
	const run = (f: string): FieldResult[] => {
		const exp = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ExpectedDoc;
		const src = (Array.isArray(exp) ? exp[0] : exp).source_file;
		return scoreFixture(f, layoutOf(f, set), exp, extract({ text: readFileSync(join(dir, src), 'utf8'), sourceFile: src }));
	};
	describe(title, () => {
		const all = files.flatMap(run);
		it(`has at least ${floors.fixtures} fixtures from at least ${floors.provinces} provinces`, () => {
			expect(files.length).toBeGreaterThanOrEqual(floors.fixtures);
			expect(new Set(files.map((f) => f.split('-')[0])).size).toBeGreaterThanOrEqual(floors.provinces);
		});
		it.each(files)('%s: never a wrong place (a blank with a check instead)', (f) => {
			const wrong = run(f).filter((r) => PLACE_FIELDS.has(r.field) && r.outcome === 'wrong');
			expect(wrong.map((r) => `${r.field}: ${JSON.stringify(r.expected)} → ${JSON.stringify(r.got)}`)).toEqual([]);
		});
		it(`rejects the texts that are no evaluation report${floors.unrejected ? ` (all but ${floors.unrejected})` : ''}`, () => {
			expect(all.filter((r) => r.field === 'rejected' && r.outcome !== 'correct').length).toBeLessThanOrEqual(floors.unrejected ?? 0);
		});
		it('keeps field accuracy and wrong values at least where they are (the goal is ≥ 95% correct)', () => {
			const t = tally(all);
			expect(t.correct / t.fields).toBeGreaterThanOrEqual(floors.correct);
			expect(t.wrong).toBeLessThanOrEqual(floors.wrong);
		});
	});
}
