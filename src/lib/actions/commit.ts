/**
 * A filter select applies its value once the user has settled on it: choosing with the mouse or Enter applies at
 * once; arrowing through a focused (closed) select — which fires `change` for every option passed in Chromium —
 * applies only after the arrows have rested SETTLE_MS, or on Enter or leaving the field. One query and one
 * history entry per choice, not one per option passed.
 */

/** Keys that step through a closed select's options. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** How long the arrows rest before the value they reached is applied (ms). */
export const SETTLE_MS = 700;

/** Whether a `change` came from stepping with the keyboard: a step key went down just before it. Pure. */
export function isStep(lastKey: string | null, lastKeyAt: number, now: number): boolean {
	return lastKey != null && STEP_KEYS.has(lastKey) && now - lastKeyAt < 250;
}

/** Svelte action: `use:commitSelect={(value) => …}` instead of `onchange`. */
export function commitSelect(node: HTMLSelectElement, apply: (value: string) => void) {
	let lastKey: string | null = null;
	let lastKeyAt = -Infinity;
	let pending: string | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const flush = () => {
		clearTimeout(timer);
		if (pending === null) return;
		const v = pending;
		pending = null;
		apply(v);
	};
	const onKey = (e: KeyboardEvent) => {
		lastKey = e.key;
		lastKeyAt = performance.now();
		if (e.key === 'Enter') flush();
	};
	const onChange = () => {
		if (isStep(lastKey, lastKeyAt, performance.now())) {
			pending = node.value;
			clearTimeout(timer);
			timer = setTimeout(flush, SETTLE_MS);
		} else {
			clearTimeout(timer);
			pending = null;
			apply(node.value);
		}
	};
	node.addEventListener('keydown', onKey);
	node.addEventListener('change', onChange);
	node.addEventListener('blur', flush);
	return {
		update(next: (value: string) => void) {
			apply = next;
		},
		destroy() {
			clearTimeout(timer);
			node.removeEventListener('keydown', onKey);
			node.removeEventListener('change', onChange);
			node.removeEventListener('blur', flush);
		}
	};
}
