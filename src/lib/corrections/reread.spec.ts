import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { reportTextToRows } from '../userdata/report';
import { extract } from '../ingest/extract';
import { reread } from './reread';

const DIR = 'data/reports';
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt') || f.endsWith('.md'));

describe('an uploaded report read again from its kept source text', () => {
	it.each(files)('%s: the same report id, checks and evidence as when it was uploaded', async (f) => {
		const text = readFileSync(join(DIR, f), 'utf8');
		const up = reportTextToRows(f, text, 'ab'.repeat(32));
		expect(up.ok).toBe(true);
		if (!up.ok) return;
		const first = extract({ text, sourceFile: f });
		if (!first.ok) throw new Error(first.reason);
		for (const [i, x] of [first.value, ...(first.value.more ?? [])].entries()) {
			const kept = up.rows.sources![i];
			const again = await reread(String(kept.text), String(kept.report_id), f);
			expect(again?.checks).toEqual(x.checks);
			expect(Object.fromEntries(again!.evidence.map((e) => [e.field, [e.evidence_start, e.evidence_end]]))).toEqual(x.evidence);
		}
	});
	it('a text that no longer gives the report: null', async () => {
		expect(await reread('这不是报告', 'ffff000000000000')).toBe(null);
	});
});
