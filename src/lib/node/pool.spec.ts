import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../ingest/types';
import type { FileJob } from './extract-file';
import { extractInOrder } from './pool';

const real = readdirSync('data/reports')
	.sort()
	.map((f) => resolve('data/reports', f));
const jobs: FileJob[] = [...real, resolve('data/reports/missing.txt'), ...real].map((file, id) => ({ id, file, city: '广州市' }));

async function collect(workers: number): Promise<ExtractResult[]> {
	const out: ExtractResult[] = [];
	for await (const r of extractInOrder(jobs, { workers, ahead: 3 })) out.push(r);
	return out;
}

const summary = (r: ExtractResult) => (r.ok ? `${r.value.source.source_file} ${r.value.report.report_id}` : `✗ ${r.reason}`);

describe('extractInOrder', () => {
	it('yields one result per job in job order, in process and on two worker threads alike', async () => {
		const inProcess = await collect(1);
		const threaded = await collect(2);
		expect(inProcess.map(summary)).toEqual(threaded.map(summary));
		expect(inProcess.map((r) => (r.ok ? r.value.source.source_file : null))).toEqual([
			...real.map((f) => f.split('/').pop()),
			null,
			...real.map((f) => f.split('/').pop())
		]);
		expect(summary(inProcess[5])).toMatch(/^✗ cannot read file \(ENOENT\)$/);
		expect(JSON.stringify(threaded[0])).toBe(JSON.stringify(inProcess[0]));
	});

	it('the same file gives the same report_id whichever worker thread extracts it', async () => {
		const r = await collect(2);
		const id = (x: ExtractResult) => (x.ok ? x.value.report.report_id : '');
		for (let i = 0; i < real.length; i++) expect(id(r[i + real.length + 1]), real[i]).toBe(id(r[i]));
	});
});
