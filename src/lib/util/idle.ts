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

/**
 * Runs `fn` in an idle period once `quiet` ms have passed since the last call of the returned `poke`
 * (the first call starts the wait): work that can wait while the reader is busy, such as redrawing what is
 * off screen while they change filter after filter. `cancel` drops it.
 */
export function whenQuiet(fn: () => void, quiet: number, timeout?: number): { poke: () => void; cancel: () => void } {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let cancelIdle: (() => void) | null = null;
	const cancel = () => {
		clearTimeout(timer);
		timer = undefined;
		cancelIdle?.();
		cancelIdle = null;
	};
	return {
		poke() {
			cancel();
			timer = setTimeout(() => {
				timer = undefined;
				cancelIdle = onIdle(() => {
					cancelIdle = null;
					fn();
				}, timeout);
			}, quiet);
		},
		cancel
	};
}
