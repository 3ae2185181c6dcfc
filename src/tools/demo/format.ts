/** Number and text formatting used by the generator's layouts. */

/** Rounds to d decimals without binary noise (0.1 + 0.2 → 0.3). */
export function round(x: number, d: number): number {
	const f = 10 ** d;
	return Math.round(x * f + (x >= 0 ? 1e-9 : -1e-9)) / f;
}

/** Plain decimal with at most d decimals and no trailing zeros: 98.50 → "98.5". */
export function num(x: number, d = 6): string {
	return String(round(x, d));
}

/** Yuan with thousands separators and two decimals: 1234500 → "1,234,500.00". */
export function yuanText(yuan: number): string {
	const [int, frac] = round(yuan, 2).toFixed(2).split('.');
	return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + frac;
}

/** A fraction as a percent string: 0.9925 → "99.25%". */
export function pctText(fraction: number, d = 2): string {
	return num(fraction * 100, d) + '%';
}

const DIGITS = '零一二三四五六七八九';

/** A round count in Chinese numerals with 余: 200 → "二百余", 5000 → "五千余"; null if not d×100 or d×1000. */
export function chineseApprox(n: number): string | null {
	if (n >= 1000 && n < 10000 && n % 1000 === 0) return DIGITS[n / 1000] + '千余';
	if (n >= 100 && n < 1000 && n % 100 === 0) return DIGITS[n / 100] + '百余';
	return null;
}

/** ASCII digits and % to full width, as some Word exports write them. */
export function toFullWidth(text: string): string {
	return text.replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Hard-wraps one paragraph every `width` characters (never inside a run of digits), as PDF text comes out. */
export function hardWrap(line: string, width: number): string[] {
	const out: string[] = [];
	let rest = line;
	while (rest.length > width) {
		let cut = width;
		while (cut > width / 2 && /[0-9.,%]/.test(rest[cut - 1]) && /[0-9.,%]/.test(rest[cut])) cut--;
		// Typesetting keeps closing punctuation off the start of a line.
		while (cut < rest.length && /[，。；、：！？）”』」%]/.test(rest[cut])) cut++;
		if (cut >= rest.length) break;
		out.push(rest.slice(0, cut));
		rest = rest.slice(cut);
	}
	if (rest) out.push(rest);
	return out;
}

/** Splits a total into n integer parts that sum to it, none below 1, as near equal as possible. */
export function splitPoints(total: number, n: number): number[] {
	const base = Math.floor(total / n);
	const extra = total - base * n;
	return Array.from({ length: n }, (_, i) => base + (i < extra ? 1 : 0));
}
