import { filters } from '../state/filters.svelte';
import { reportHref } from '../corrections/links.svelte';
import { formatCount, formatPercent, formatScore, formatWanPlain, formatYuan } from '../format';
import { locale, t, tv } from '../i18n';
import type { Column } from './types';
import { hasPlaceNames, placeName } from '../places/names';

type AnyRow = Record<string, any>;

/** Column definitions shared by tables and CSV exports, labelled in the active locale. */
export function cols() {
	const l = locale.current;
	const count = (v: unknown) => formatCount(v as number, l);
	const pct = (v: unknown) => formatPercent(v as number, l);
	const score = (v: unknown) => formatScore(v as number, l);
	const wan = (v: unknown) => formatWanPlain(v as number, l);
	const val = (v: unknown) => tv(v as string);
	// Place names: "Baiyun District (白云区)" on English pages (the layout ships the labels), as they are in Chinese.
	const place = (v: unknown) => (v == null ? '—' : placeName(String(v)));
	// CSVs keep the Chinese name (the data's value) and add the English label beside it on English pages.
	const also = (label: string) => (hasPlaceNames() ? { csvAlso: { label: `${label} (English)`, value: (v: unknown) => placeName(String(v)) } } : {});
	const c = (key: string, label: string, extra: Partial<Column<AnyRow>> = {}): Column<AnyRow> => ({ key, label, ...extra });
	const drop = { district: null, street: null };
	return {
		district: c('district', t('col.district'), {
			href: (r) => (r.district ? filters.href(`/districts/${encodeURIComponent(r.district)}`, drop) : null),
			format: place,
			...also(t('col.district'))
		}),
		districtPlain: c('district', t('col.district'), { format: place, ...also(t('col.district')) }),
		street: c('street', t('col.street'), {
			href: (r) => (r.street ? filters.href(`/streets/${encodeURIComponent(r.street)}`, drop) : null),
			format: (v) => (v == null ? t('common.districtLevel') : placeName(String(v))),
			...also(t('col.street'))
		}),
		year: c('year', t('col.year')),
		reports: c('reports', t('col.reports'), { num: true, format: count }),
		n: c('n', t('col.n'), { num: true, format: count }),
		budget: c('budget_wan', t('col.budget'), { num: true, format: wan, csvLabel: t('col.budgetRaw') }),
		actual: c('actual_wan', t('col.actual'), { num: true, format: wan, csvLabel: t('col.actualRaw') }),
		executionRate: c('execution_rate', t('col.executionRate'), { num: true, format: pct }),
		executionRateStated: c('execution_rate_stated', t('col.executionRateStated'), { num: true, format: pct }),
		meanScore: c('mean_score', t('col.meanScore'), { num: true, format: score }),
		score: c('score', t('col.score'), { num: true, format: score }),
		grade: c('grade', t('col.grade'), { format: val }),
		min: c('min', t('col.min'), { num: true, format: score }),
		q1: c('q1', t('col.q1'), { num: true, format: score }),
		median: c('median', t('col.median'), { num: true, format: score }),
		q3: c('q3', t('col.q3'), { num: true, format: score }),
		max: c('max', t('col.max'), { num: true, format: score }),
		level1: c('level1', t('col.level1'), { format: val }),
		level2: c('level2', t('col.level2'), { format: val }),
		name: c('name', t('col.name')),
		total: c('total', t('col.total'), { num: true, format: count }),
		achieved: c('achieved', t('series.achieved'), { num: true, format: count }),
		notAchieved: c('not_achieved', t('series.notAchieved'), { num: true, format: count }),
		unknown: c('unknown', t('series.unknown'), { num: true, format: count }),
		withTarget: c('with_target', t('col.withTarget'), { num: true, format: count }),
		achievedRate: c('achieved_rate', t('col.achievedRate'), { num: true, format: pct }),
		theme: c('theme', t('col.theme'), { format: val }),
		kind: c('kind', t('col.kind'), { format: val }),
		text: c('text', t('col.text')),
		title: c('title', t('col.title'), {
			href: (r) => reportHref(r.report_id),
			format: (v, r) => String(v ?? r.project_name ?? r.report_id),
			synthetic: (r) => r.synthetic === true
		}),
		unit: c('unit', t('col.unit')),
		project: c('project_name', t('col.project')),
		evaluationType: c('evaluation_type', t('col.evaluationType'), { format: val }),
		selfScore: c('self_score', t('col.selfScore'), { num: true, format: score }),
		deptScore: c('dept_score', t('col.deptScore'), { num: true, format: score }),
		financeScore: c('finance_score', t('col.financeScore'), { num: true, format: score }),
		warnings: c('warnings', t('col.warnings'), { num: true, format: (v) => (v ? formatCount(String(v).split(/;\s*/).filter(Boolean).length, l) : '') }),
		item: c('item', t('col.item')),
		amountYuan: c('amount_yuan', t('col.amountYuan'), { num: true, format: (v) => formatYuan(v as number, l) })
	};
}
