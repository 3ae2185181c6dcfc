import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './idle';

describe('whenQuiet', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs once the pokes have stopped for the quiet time (then the next idle moment)', () => {
		const fn = vi.fn();
		const q = whenQuiet(fn, 300);
		q.poke();
		vi.advanceTimersByTime(250);
		q.poke(); // the reader changed another filter: wait again
		vi.advanceTimersByTime(250);
		expect(fn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(50 + 200); // quiet reached, then the idle fallback (Node has no requestIdleCallback)
		expect(fn).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(5000);
		expect(fn).toHaveBeenCalledTimes(1);
	});

	it('cancel drops a waiting run, in either phase', () => {
		const fn = vi.fn();
		const q = whenQuiet(fn, 300);
		q.poke();
		vi.advanceTimersByTime(100);
		q.cancel();
		q.poke();
		vi.advanceTimersByTime(350); // past the quiet time, waiting for idle
		q.cancel();
		vi.advanceTimersByTime(5000);
		expect(fn).not.toHaveBeenCalled();
	});
});
