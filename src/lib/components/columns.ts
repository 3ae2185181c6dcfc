import { filters } from '../state/filters.svelte';
import { reportHref } from '../corrections/links.svelte';
import { formatCount, formatPercent, formatScore, formatWanPlain, formatYuan } from '../format';
import { locale, localisePath, t, tv } from '../i18n';
import type { Column } from './types';
import { hasPlaceNames, placeName } from '../places/names';
import { MEASURES, type MeasureFormat, type MeasureId } from '../queries/measures';

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
	const formats: Record<MeasureFormat, (v: unknown) => string> = { count, wan, percent: pct, score };
	// A measure's column (queries/measures.ts): its heading and number format are the measure's.
	const m = (key: string, id: MeasureId, extra: Partial<Column<AnyRow>> = {}): Column<AnyRow> =>
		c(key, t(MEASURES[id].label), { num: true, format: formats[MEASURES[id].format], ...extra });
	const drop = { district: null, street: null };
	return {
		district: c('district', t('col.district'), {
			href: (r) => (r.district ? filters.href(`/districts/${encodeURIComponent(r.district)}`, drop) : null),
			format: place,
			...also(t('col.district'))
		}),
		districtPlain: c('district', t('col.district'), { format: place, ...also(t('col.district')) }),
		// A province's and a city's rows link their place page (/places/省/市), as the overview's bars do.
		province: c('province', t('col.province'), {
			href: (r) => (r.province ? localisePath(`/places/${encodeURIComponent(r.province)}`, l) : null),
			format: place,
			...also(t('col.province'))
		}),
		city: c('city', t('col.city'), {
			href: (r) => (r.province && r.city ? localisePath(`/places/${encodeURIComponent(r.province)}/${encodeURIComponent(r.city)}`, l) : null),
			format: place,
			...also(t('col.city'))
		}),
		street: c('street', t('col.street'), {
			href: (r) => (r.street ? filters.href(`/streets/${encodeURIComponent(r.street)}`, drop) : null),
			format: (v) => (v == null ? t('common.districtLevel') : placeName(String(v))),
			...also(t('col.street'))
		}),
		year: c('year', t('col.year')),
		reports: m('reports', 'reports'),
		n: c('n', t('col.n'), { num: true, format: count }),
		budget: m('budget_wan', 'budget_wan', { csvLabel: t('col.budgetRaw') }),
		actual: m('actual_wan', 'actual_wan', { csvLabel: t('col.actualRaw') }),
		executionRate: m('execution_rate', 'execution_rate'),
		executionRateStated: c('execution_rate_stated', t('col.executionRateStated'), { num: true, format: pct }),
		meanScore: m('mean_score', 'mean_score'),
		score: c('score', t('col.score'), { num: true, format: score }),
		grade: c('grade', t('col.grade'), { format: val }),
		min: m('min', 'score_min'),
		q1: m('q1', 'score_q1'),
		median: m('median', 'score_median'),
		q3: m('q3', 'score_q3'),
		max: m('max', 'score_max'),
		level1: c('level1', t('col.level1'), { format: val }),
		level2: c('level2', t('col.level2'), { format: val }),
		name: c('name', t('col.name')),
		total: m('total', 'indicators'),
		achieved: m('achieved', 'achieved'),
		notAchieved: m('not_achieved', 'not_achieved'),
		unknown: m('unknown', 'unknown'),
		withTarget: m('with_target', 'with_target'),
		achievedRate: m('achieved_rate', 'achieved_rate'),
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
		selfScore: m('self_score', 'self_score'),
		deptScore: m('dept_score', 'dept_score'),
		financeScore: m('finance_score', 'finance_score'),
		warnings: c('warnings', t('col.warnings'), { num: true, format: (v) => (v ? formatCount(String(v).split(/;\s*/).filter(Boolean).length, l) : '') }),
		item: c('item', t('col.item')),
		amountYuan: c('amount_yuan', t('col.amountYuan'), { num: true, format: (v) => formatYuan(v as number, l) })
	};
}
