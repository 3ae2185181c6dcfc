/** browserDb(): one engine however often start() is called, clear errors, retry after failure (engine faked). */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const engine = vi.hoisted(() => ({ created: 0, statements: [] as string[], registered: [] as string[], failAttach: false }));

vi.mock('@duckdb/duckdb-wasm', () => {
	class AsyncDuckDB {
		constructor() {
			engine.created++;
		}
		async instantiate() {}
		async open() {}
		async registerFileBuffer(name: string) {
			engine.registered.push(name);
		}
		async terminate() {}
		async connect() {
			return {
				async query(sql: string) {
					engine.statements.push(sql);
					if (engine.failAttach && sql.startsWith('ATTACH')) throw new Error('IO Error: not a database');
					// An empty Arrow-like table.
					return { schema: { fields: [] }, numRows: 0, getChildAt: () => null };
				},
				async close() {}
			};
		}
	}
	return {
		AsyncDuckDB,
		VoidLogger: class {},
		selectBundle: async (b: { eh: { mainModule: string; mainWorker: string } }) => b.eh
	};
});

class FakeWorker {
	constructor(public url: string) {}
	terminate() {}
}

beforeEach(() => {
	vi.resetModules();
	Object.assign(engine, { created: 0, statements: [], registered: [], failAttach: false });
	vi.stubGlobal('Worker', FakeWorker);
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => new Response(new Uint8Array([1, 2, 3])))
	);
});

describe('browserDb', () => {
	it('is a singleton whose start() opens the engine once', async () => {
		const { browserDb } = await import('./wasm');
		const a = browserDb();
		a.start();
		a.start();
		browserDb().start();
		expect(browserDb()).toBe(a);
		await a.ready;
		expect(engine.created).toBe(1);
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(vi.mocked(fetch).mock.calls[0][0]).toBe('/data/dataset.duckdb');
		expect(engine.registered).toEqual(['dataset.duckdb']);
		expect(engine.statements.slice(0, 3)).toEqual([
			'SET autoinstall_known_extensions = false',
			'SET autoload_known_extensions = false',
			'ATTACH \'dataset.duckdb\' AS "ds" (READ_ONLY)'
		]);
		// Nothing in the fake file, so every table is created empty in main.
		expect(engine.statements.filter((s) => s.startsWith('CREATE TABLE main.'))).toHaveLength(9);
		expect(performance.getEntriesByName('db-ready', 'mark')).toHaveLength(1);
	});

	it('does nothing until start()', async () => {
		const { browserDb } = await import('./wasm');
		browserDb();
		await new Promise((r) => setTimeout(r, 10));
		expect(engine.created).toBe(0);
		expect(fetch).not.toHaveBeenCalled();
	});

	it('rejects with the URL and status when the dataset cannot be fetched, and retries afresh', async () => {
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response('nope', { status: 404 }))
		);
		const { browserDb } = await import('./wasm');
		const a = browserDb();
		a.start();
		await expect(a.ready).rejects.toThrow('数据加载失败 / failed to load the dataset: /data/dataset.duckdb 404');
		const b = browserDb();
		expect(b).not.toBe(a);
		vi.stubGlobal(
			'fetch',
			vi.fn(async () => new Response(new Uint8Array([1])))
		);
		b.start();
		await expect(b.ready).resolves.toBeDefined();
	});

	it('rejects with a clear message when the engine cannot attach the file', async () => {
		engine.failAttach = true;
		const { browserDb } = await import('./wasm');
		const a = browserDb();
		a.start();
		await expect(a.ready).rejects.toThrow(/数据库初始化失败 \/ failed to start the database: .*not a database/);
	});
});
