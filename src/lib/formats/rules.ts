/**
 * Ruling lines of a scanned page: long horizontal and vertical dark lines found on the page bitmap by
 * run-length projection, the borders of a ruled table (a scanned 自评表 is almost always ruled). Pure: a
 * {width, height, data} buffer of grey, RGB or RGBA pixels in, line segments out.
 *
 * 1. binarise: a pixel is dark under `threshold` (grey, or the mean of R, G and B);
 * 2. per row (per column for vertical lines), the dark pixels of `skew` rows above and below are taken
 *    together, so a line that drifts by a pixel or two over its length still gives one long run; runs of
 *    dark pixels broken by at most `gap` light ones are one run, and runs shorter than `minLength` are
 *    dropped (glyph strokes);
 * 3. runs of neighbouring rows that overlap are one segment (a thick line, a skewed one); a segment thicker
 *    than `maxThick` is a dark area (a shaded block, a photo), not a line;
 * 4. segments in one line (within 2 px across) with at most `bridge` pixels between them are one (a line worn
 *    through in places).
 */

/** A page bitmap: 1 (grey), 3 (RGB) or 4 (RGBA) bytes a pixel, rows top to bottom. */
export interface Bitmap {
	width: number;
	height: number;
	data: Uint8Array | Uint8ClampedArray;
}

/** A ruling line: `pos` across it (y of a horizontal line, x of a vertical one), `from`–`to` along it, `thick` in pixels. */
export interface Segment {
	pos: number;
	from: number;
	to: number;
	thick: number;
}

/** The page's horizontal and vertical ruling lines. */
export interface Rules {
	h: Segment[];
	v: Segment[];
}

export interface RuleOptions {
	/** Grey level under which a pixel is dark (default 160). */
	threshold?: number;
	/** Shortest line in pixels (default 1.5% of the page's longer side, at least 20: a vertical line of a one-line row). */
	minLength?: number;
	/** Drift across a line tolerated, in pixels on each side (default 2). */
	skew?: number;
	/** Light pixels bridged within a line (default 3: a broken scanned line). */
	gap?: number;
	/** Thickest line in pixels (default 8). */
	maxThick?: number;
	/** The longest break within a line, in pixels (default 12). */
	bridge?: number;
}

/** Dark pixels of a bitmap: 1 dark, 0 light. */
export function binarise(img: Bitmap, threshold = 160): Uint8Array {
	const n = img.width * img.height;
	const ch = Math.round(img.data.length / n);
	if (![1, 3, 4].includes(ch) || ch * n !== img.data.length)
		throw new Error(`bitmap of ${img.data.length} bytes is not ${img.width}×${img.height} grey, RGB or RGBA`);
	const out = new Uint8Array(n);
	const d = img.data;
	for (let i = 0, p = 0; i < n; i++, p += ch) {
		const grey = ch === 1 ? d[p] : (d[p] + d[p + 1] + d[p + 2]) / 3;
		// a transparent pixel is paper
		out[i] = grey < threshold && (ch !== 4 || d[p + 3] >= 128) ? 1 : 0;
	}
	return out;
}

/** The ruling lines of a page. */
export function findRules(img: Bitmap, options: RuleOptions = {}): Rules {
	const mask = binarise(img, options.threshold ?? 160);
	const o = {
		minLength: options.minLength ?? Math.max(20, Math.round(0.015 * Math.max(img.width, img.height))),
		skew: options.skew ?? 2,
		gap: options.gap ?? 3,
		maxThick: options.maxThick ?? 8
	};
	const { width: w, height: h } = img;
	const bridge = options.bridge ?? 12;
	return {
		h: joinBroken(
			linesAlong(w, h, (a, b) => mask[b * w + a], o),
			bridge
		),
		v: joinBroken(
			linesAlong(h, w, (a, b) => mask[a * w + b], o),
			bridge
		)
	};
}

/** Segments of one line (positions within 2 px) broken by at most `bridge` pixels, joined; sorted by position. */
export function joinBroken(segs: Segment[], bridge: number): Segment[] {
	const out: Segment[] = [];
	for (const s of [...segs].sort((x, y) => x.pos - y.pos || x.from - y.from)) {
		let k = out.length - 1;
		while (k >= 0 && !(s.from - out[k].to <= bridge && out[k].from - s.to <= bridge) && out[k].pos >= s.pos - 2) k--;
		const o = k >= 0 && out[k].pos >= s.pos - 2 ? out[k] : null;
		if (!o) {
			out.push({ ...s });
			continue;
		}
		const [a, b] = [o.to - o.from, s.to - s.from];
		o.pos = (o.pos * a + s.pos * b) / (a + b);
		[o.from, o.to, o.thick] = [Math.min(o.from, s.from), Math.max(o.to, s.to), Math.max(o.thick, s.thick)];
	}
	return out.sort((x, y) => x.pos - y.pos || x.from - y.from);
}

/**
 * Lines along the first axis (length `len`) at each position of the second (`across`): for horizontal
 * lines a = x, b = y; for vertical ones a = y, b = x.
 */
function linesAlong(len: number, across: number, dark: (a: number, b: number) => number, o: Required<Omit<RuleOptions, 'threshold' | 'bridge'>>): Segment[] {
	// per position across: how many of its row's pixels are dark, to skip rows with too few quickly
	const count = new Int32Array(across);
	for (let b = 0; b < across; b++) for (let a = 0; a < len; a++) count[b] += dark(a, b);
	const done: Segment[] = [];
	let open: { b0: number; b1: number; from: number; to: number }[] = [];
	const row = new Uint8Array(len);
	for (let b = 0; b < across; b++) {
		const runs: [number, number][] = [];
		let near = 0;
		for (let k = Math.max(0, b - o.skew); k <= Math.min(across - 1, b + o.skew); k++) near += count[k];
		if (near >= o.minLength) {
			row.fill(0);
			for (let k = Math.max(0, b - o.skew); k <= Math.min(across - 1, b + o.skew); k++) if (count[k] > 0) for (let a = 0; a < len; a++) row[a] |= dark(a, k);
			let start = -1;
			let last = -1;
			for (let a = 0; a <= len; a++) {
				if (a < len && row[a]) {
					if (start < 0) start = a;
					last = a;
				} else if (start >= 0 && (a === len || a - last > o.gap)) {
					if (last - start + 1 >= o.minLength) runs.push([start, last + 1]);
					start = -1;
				}
			}
		}
		// runs continue the open segments they overlap; the others close
		const next: typeof open = [];
		for (const [from, to] of runs) {
			const touching = open.filter((s) => Math.min(s.to, to) > Math.max(s.from, from));
			const seg = { b0: b, b1: b, from, to };
			for (const s of touching) {
				seg.b0 = Math.min(seg.b0, s.b0);
				seg.from = Math.min(seg.from, s.from);
				seg.to = Math.max(seg.to, s.to);
				open = open.filter((x) => x !== s);
			}
			const same = next.find((s) => Math.min(s.to, seg.to) > Math.max(s.from, seg.from));
			if (same) {
				same.b0 = Math.min(same.b0, seg.b0);
				same.from = Math.min(same.from, seg.from);
				same.to = Math.max(same.to, seg.to);
			} else next.push(seg);
		}
		for (const s of open) close(s);
		open = next;
	}
	for (const s of open) close(s);
	return done.sort((x, y) => x.pos - y.pos || x.from - y.from);

	function close(s: { b0: number; b1: number; from: number; to: number }): void {
		// the window of ±skew rows widens every line by 2·skew
		const thick = s.b1 - s.b0 + 1 - 2 * o.skew;
		if (thick > o.maxThick) return;
		done.push({ pos: (s.b0 + s.b1) / 2, from: s.from, to: s.to, thick: Math.max(1, thick) });
	}
}
