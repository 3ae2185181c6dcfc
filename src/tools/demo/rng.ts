/** A small seeded random source (mulberry32) with the draws the generator needs. */
export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [lo, hi] inclusive. */
	int(lo: number, hi: number): number;
	/** Uniform in [lo, hi). */
	float(lo: number, hi: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	/** One element, uniformly. */
	pick<T>(items: readonly T[]): T;
	/** One element, with the given weights. */
	weighted<T>(items: readonly (readonly [T, number])[]): T;
	/** k distinct elements in random order (k capped at items.length). */
	sample<T>(items: readonly T[], k: number): T[];
}

/** Mixes two integers into a 32-bit seed, so document i of seed s has its own stream. */
export function mixSeed(a: number, b: number): number {
	let h = (Math.imul(a | 0, 0x9e3779b1) ^ Math.imul((b | 0) + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x21f0aaad) >>> 0;
	h = Math.imul(h ^ (h >>> 15), 0x735a2d97) >>> 0;
	return (h ^ (h >>> 15)) >>> 0;
}

/** Creates a deterministic random source from a 32-bit seed. */
export function createRng(seed: number): Rng {
	let s = seed >>> 0;
	const next = (): number => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
	return {
		next,
		int,
		float: (lo, hi) => lo + next() * (hi - lo),
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		weighted: (items) => {
			const total = items.reduce((a, [, w]) => a + w, 0);
			let r = next() * total;
			for (const [v, w] of items) {
				r -= w;
				if (r < 0) return v;
			}
			return items[items.length - 1][0];
		},
		sample: (items, k) => {
			const a = items.slice();
			const n = Math.min(k, a.length);
			for (let i = 0; i < n; i++) {
				const j = i + Math.floor(next() * (a.length - i));
				[a[i], a[j]] = [a[j], a[i]];
			}
			return a.slice(0, n);
		}
	};
}
