/** buildConnector(): one native connector per process over <cwd>/static/data; a failed open is retried. */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kpiQuery } from '../../../src/lib/queries/overview';
import { DEFAULT_FILTERS } from '../../../src/lib/queries/filters';
import { writeFixture } from './fixture';

const project = join(tmpdir(), `e-project-${process.pid}`);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('buildConnector', () => {
	it('resolves static/data from process.cwd(), memoises, and retries after a failure', async () => {
		mkdirSync(project, { recursive: true });
		vi.spyOn(process, 'cwd').mockReturnValue(project);
		const { buildConnector } = await import('../../../src/lib/db/dataset.server');

		await expect(buildConnector()).rejects.toThrow(`data directory not found: ${join(project, 'static/data')}`);

		await writeFixture(join(project, 'static/data'));
		const a = buildConnector();
		expect(buildConnector()).toBe(a);
		const db = await a;
		const [k] = await db.query<{ reports: number }>(kpiQuery(DEFAULT_FILTERS));
		expect(k.reports).toBe(9);
		await db.close();
		vi.restoreAllMocks();
	});
});
