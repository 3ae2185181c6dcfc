/** A highlighted range of the source text: [start, end) with an id the UI refers to. */
export interface EvidenceRange {
	id: string;
	start: number;
	end: number;
}

/** A run of source text and the ranges covering it. */
export interface Segment {
	text: string;
	start: number;
	ids: string[];
}

/**
 * Cuts `text` at every range boundary so each segment is covered by a fixed set of ranges.
 * Ranges outside the text are clipped; empty or inverted ones are ignored.
 */
export function segments(text: string, ranges: EvidenceRange[]): Segment[] {
	const ok = ranges
		.map((r) => ({ id: r.id, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
		.filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start);
	const cuts = new Set<number>([0, text.length]);
	for (const r of ok) cuts.add(r.start).add(r.end);
	const points = [...cuts].sort((a, b) => a - b);
	const out: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const [a, b] = [points[i], points[i + 1]];
		if (b <= a) continue;
		out.push({ text: text.slice(a, b), start: a, ids: ok.filter((r) => r.start <= a && r.end >= b).map((r) => r.id) });
	}
	return out;
}

const SENTENCE_END = /[。；;！？!?\n]/;

/** The sentence around offset `i`: from after the previous sentence end to the next one (inclusive). */
export function sentenceAt(text: string, i: number, len = 1): [number, number] {
	let s = i;
	while (s > 0 && !SENTENCE_END.test(text[s - 1])) s--;
	let e = i + len;
	while (e < text.length && !SENTENCE_END.test(text[e - 1] ?? '')) e++;
	return [s, Math.min(e, text.length)];
}

function trim(n: number, digits: number): string {
	return n.toFixed(digits).replace(/\.?0+$/, '');
}

/** Ways a report may write a figure, most specific first. */
export function figureSpellings(kind: 'wan' | 'rate' | 'score' | 'int', v: number): string[] {
	const out = new Set<string>();
	if (kind === 'wan') {
		for (const d of [4, 2, 1, 0]) out.add(`${trim(v, d)}万`);
		const yuan = v * 10_000;
		out.add(`${yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}元`);
		out.add(`${trim(yuan, 2)}元`);
		out.add(`${trim(yuan, 2)}`);
	} else if (kind === 'rate') {
		for (const d of [2, 1, 0]) out.add(`${trim(v * 100, d)}%`);
		for (const d of [2, 1, 0]) out.add(`${trim(v * 100, d)}％`);
	} else if (kind === 'score') {
		for (const d of [2, 1, 0]) out.add(`${trim(v, d)}分`);
	} else out.add(String(v));
	return [...out];
}

/**
 * Finds the sentence stating a report-level figure by searching for how it may be written
 * (the dataset stores offsets only for indicators, expenditures and findings). Null if not found.
 */
export function locateFigure(text: string, kind: 'wan' | 'rate' | 'score' | 'int', v: number | null, near?: RegExp): [number, number] | null {
	if (v == null || !Number.isFinite(v)) return null;
	let fallback: [number, number] | null = null;
	for (const s of figureSpellings(kind, v)) {
		let from = 0;
		for (;;) {
			const i = text.indexOf(s, from);
			if (i < 0) break;
			// A match must not be the tail of a longer number ("112.5万" is not "12.5万").
			const before = text[i - 1] ?? '';
			if (!/[\d.,]/.test(before)) {
				const range = sentenceAt(text, i, s.length);
				if (!near || near.test(text.slice(range[0], range[1]))) return range;
				fallback ??= range;
			}
			from = i + 1;
		}
	}
	return fallback;
}
