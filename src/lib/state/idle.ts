/**
 * Runs `fn` when the browser is next idle (requestIdleCallback), at the latest after `timeout` ms if one is
 * given; a 200 ms timer where the browser lacks idle callbacks. Returns a function that cancels it.
 */
export function onIdle(fn: () => void, timeout?: number): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(fn, timeout === undefined ? undefined : { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(fn, Math.min(timeout ?? 200, 200));
	return () => clearTimeout(id);
}
