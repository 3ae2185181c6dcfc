/** Choosing what a one-page district briefing shows. Pure. */
import type { FindingListRow, FindingThemeRow } from '../queries';

/** A problem theme with its count and a few example sentences. */
export interface ProblemGroup {
	theme: string;
	n: number;
	examples: FindingListRow[];
}

/**
 * The most frequent problem themes (kind 问题), each with up to `perTheme` distinct sentences from `findings`
 * (in the order given: newest first), at most `maxThemes` themes; themes without sentences are skipped.
 */
export function topProblems(themes: FindingThemeRow[], findings: FindingListRow[], maxThemes = 4, perTheme = 2): ProblemGroup[] {
	const ranked = themes.filter((t) => t.kind === '问题').sort((a, b) => b.n - a.n || a.theme.localeCompare(b.theme));
	const out: ProblemGroup[] = [];
	for (const t of ranked) {
		if (out.length >= maxThemes) break;
		const seen = new Set<string>();
		const examples: FindingListRow[] = [];
		for (const f of findings) {
			if (f.kind !== '问题' || f.theme !== t.theme || seen.has(f.text)) continue;
			seen.add(f.text);
			examples.push(f);
			if (examples.length >= perTheme) break;
		}
		if (examples.length) out.push({ theme: t.theme, n: t.n, examples });
	}
	return out;
}
