import { describe, expect, it } from 'vitest';
import { ResultCache } from './cache';

describe('ResultCache', () => {
	const counting = () => {
		const calls: string[] = [];
		return { calls, exec: async (sql: string) => (calls.push(sql), [{ sql }]) };
	};

	it('answers a repeated statement of the same data version without running it again', async () => {
		const c = new ResultCache(4);
		const { calls, exec } = counting();
		const a = await c.get(1, 'SELECT 1', exec);
		expect(await c.get(1, 'SELECT 1', exec)).toBe(a);
		expect(calls).toEqual(['SELECT 1']);
		expect([c.hits, c.misses]).toEqual([1, 1]);
	});

	it('runs it again once the data version changed', async () => {
		const c = new ResultCache(4);
		const { calls, exec } = counting();
		await c.get(1, 'SELECT 1', exec);
		await c.get(2, 'SELECT 1', exec);
		expect(calls).toEqual(['SELECT 1', 'SELECT 1']);
	});

	it('drops the least recently used past its size', async () => {
		const c = new ResultCache(2);
		const { calls, exec } = counting();
		await c.get(1, 'a', exec);
		await c.get(1, 'b', exec);
		await c.get(1, 'a', exec); // a is now the most recent
		await c.get(1, 'c', exec); // drops b
		expect(c.size).toBe(2);
		await c.get(1, 'a', exec);
		await c.get(1, 'b', exec);
		expect(calls).toEqual(['a', 'b', 'c', 'b']);
	});

	it('keeps no failed result', async () => {
		const c = new ResultCache(2);
		let n = 0;
		const flaky = async () => {
			if (n++ === 0) throw new Error('boom');
			return [{ ok: true }];
		};
		await expect(c.get(1, 'x', flaky)).rejects.toThrow('boom');
		expect(await c.get(1, 'x', flaky)).toEqual([{ ok: true }]);
		expect(n).toBe(2);
	});

	it('keeps rows computed elsewhere (by the warm-up): the next get of that statement and version runs nothing', async () => {
		const c = new ResultCache(2);
		const { calls, exec } = counting();
		c.set(1, 'a', [{ warm: true }]);
		expect(await c.get(1, 'a', exec)).toEqual([{ warm: true }]);
		await c.get(2, 'a', exec); // another data version: runs
		expect(calls).toEqual(['a']);
		c.set(1, 'a', [{ other: true }]); // kept already: stays
		expect(await c.get(1, 'a', exec)).toEqual([{ warm: true }]);
		c.set(1, 'b', []);
		c.set(1, 'c', []); // past the size: the least recently used (version 2's a) goes
		expect(c.size).toBe(2);
	});
});
