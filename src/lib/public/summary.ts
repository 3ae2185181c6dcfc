/** Plain-language summary sentences (zh / en) from the dashboard's query rows. Pure. */
import type { ExecByDistrictRow, GradeMixRow, KpiRow, YearRow } from '../queries';
import { formatCount, formatPercent, formatScore, formatWan } from '../format';
import { translate, translateValue, type Locale } from '../i18n/translate';

/** The rows a summary is written from (all for the same filters). */
export interface SummaryInput {
	kpi: KpiRow | undefined;
	years: YearRow[];
	districts: ExecByDistrictRow[];
	gradeMix: GradeMixRow[];
}

const GRADES = ['优', '良', '中', '差'];

/** The most recent year with at least one report, or null. */
export function latestYear(years: YearRow[]): YearRow | null {
	return years.filter((y) => y.reports > 0).reduce<YearRow | null>((a, b) => (a && a.year >= b.year ? a : b), null);
}

/** Districts with a known execution rate, highest and lowest (null unless two districts differ in rate, to one decimal). */
export function rateExtremes(rows: ExecByDistrictRow[]): { best: ExecByDistrictRow; worst: ExecByDistrictRow } | null {
	const known = rows.filter((r) => r.execution_rate != null && Number.isFinite(r.execution_rate));
	if (known.length < 2) return null;
	const sorted = [...known].sort((a, b) => b.execution_rate! - a.execution_rate! || a.district.localeCompare(b.district));
	const [best, worst] = [sorted[0], sorted[sorted.length - 1]];
	// Rates shown as equal (e.g. 100.0% and 100.0%) make no "highest / lowest" sentence.
	if (Math.round(best.execution_rate! * 1000) === Math.round(worst.execution_rate! * 1000)) return null;
	return { best, worst };
}

/**
 * Summary sentences in the given locale: overall coverage, the latest year, district extremes, scores and grades.
 * `place` writes a district's name as the page does (English pages: "Baiyun District (白云区)"); the name itself without it.
 */
export function summarySentences(input: SummaryInput, l: Locale, place: (name: string) => string = (n) => n): string[] {
	const { kpi, years, districts, gradeMix } = input;
	if (!kpi || kpi.reports === 0) return [translate(l, 'summary.none')];
	const out: string[] = [];
	const known = years.filter((y) => y.reports > 0).map((y) => y.year);
	const span =
		known.length === 0
			? '—'
			: Math.min(...known) === Math.max(...known)
				? translate(l, 'summary.yearOne', { year: known[0] })
				: translate(l, 'summary.yearRange', { from: Math.min(...known), to: Math.max(...known) });
	let overall = translate(l, 'summary.overall', { n: formatCount(kpi.reports, l), districts: formatCount(districts.length, l), years: span });
	if (kpi.synthetic_reports > 0) overall += (l === 'en' ? ' ' : '') + translate(l, 'summary.overallSynthetic', { n: formatCount(kpi.synthetic_reports, l) });
	out.push(overall);

	const last = latestYear(years);
	if (last) {
		const money = last.budget_wan != null && last.actual_wan != null;
		out.push(
			money
				? translate(l, 'summary.year', {
						year: last.year,
						n: formatCount(last.reports, l),
						budget: formatWan(last.budget_wan, l),
						actual: formatWan(last.actual_wan, l),
						rate: formatPercent(last.execution_rate, l)
					})
				: translate(l, 'summary.yearNoMoney', { year: last.year, n: formatCount(last.reports, l) })
		);
	}

	const ext = rateExtremes(districts);
	if (ext && ext.best.district !== ext.worst.district) {
		out.push(
			translate(l, 'summary.extremes', {
				best: place(ext.best.district),
				bestRate: formatPercent(ext.best.execution_rate, l),
				worst: place(ext.worst.district),
				worstRate: formatPercent(ext.worst.execution_rate, l)
			})
		);
	}

	if (kpi.scored_reports > 0) {
		let s = translate(l, 'summary.scores', { n: formatCount(kpi.scored_reports, l), mean: formatScore(kpi.mean_score, l) });
		const graded = GRADES.map((g) => gradeMix.find((m) => m.grade === g)).filter((m): m is GradeMixRow => !!m && m.n > 0);
		if (graded.length) {
			const sep = l === 'en' ? ', ' : '、';
			const list = graded.map((m) => translate(l, 'summary.gradeItem', { grade: translateValue(l, m.grade), n: formatCount(m.n, l) })).join(sep);
			s += (l === 'en' ? ' ' : '') + translate(l, 'summary.grades', { list });
		}
		out.push(s);
	}
	return out;
}
