/**
 * Large synthetic datasets generated directly as tables, in native DuckDB SQL (no documents):
 * hash-based pseudo-random numbers over range(N), so 10⁶ reports and ~2×10⁷ indicator rows take
 * minutes on two cores. Consistent with SCHEMA.md and 财预〔2020〕10号's grade bands; all synthetic.
 */
import places from '../demo/guangzhou.json';
import { guangzhouCity, wholeCountry, type CityData } from '../demo/nationwide';
import {
	BENEFIT_INDICATORS,
	DISTRICT_ITEMS,
	FINDINGS,
	OUTPUT_INDICATORS,
	PRACTICES,
	PROCESS_INDICATORS,
	PROJECTS,
	QUAL_TARGETS,
	SATISFACTION_INDICATORS,
	STREET_ITEMS
} from '../demo/banks';
import { str } from '../../lib/queries/sql';
import { createTableSql } from '../../lib/schema/tables';

/** What to generate. */
export interface TableGenOptions {
	/** Number of reports (≥ 0). */
	reports: number;
	/** Seed: the same seed and N give the same rows. */
	seed: number;
	/** First fiscal year (default 2019); years run over six years from it. */
	firstYear?: number;
	/** Spread reports over every city of the country (src/tools/demo/nationwide.ts); default Guangzhou. */
	nationwide?: boolean;
}

/** The detail tables the generator creates (SCHEMA.md names), in the connection's current schema. */
export const GENERATED_TABLES = ['reports', 'indicators', 'expenditures', 'findings', 'sources', 'divisions'] as const;

const lit = (v: string | number | null) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : str(v));
const values = (rows: (string | number | null)[][]) => rows.map((r) => `(${r.map(lit).join(', ')})`).join(', ');

interface Place {
	province: string;
	city: string;
	district: string;
	district_code: string;
	street: string | null;
	code: string;
}

/** Every unit a synthetic report can belong to: each street/town, and one district-level unit per district. */
export function placeList(cities: readonly CityData[] = [guangzhouCity()]): Place[] {
	const out: Place[] = [];
	for (const c of cities)
		for (const d of c.districts) {
			const at = { province: c.province, city: c.city, district: d.name, district_code: d.code };
			out.push({ ...at, street: null, code: d.code });
			for (const [code, name] of d.streets) out.push({ ...at, street: name, code });
		}
	return out;
}

/** divisions rows of the generated places: provinces and cities (nationwide), districts, streets. */
function divisionRows(cities: readonly CityData[], nationwide: boolean): (string | null)[][] {
	if (!nationwide)
		return [
			[places.city.code, places.city.name, 'city', null],
			...places.districts.flatMap((d) => [[d.code, d.name, 'district', places.city.code], ...d.streets.map(([c, s]) => [c, s, 'street', d.code])])
		];
	const rows = new Map<string, (string | null)[]>();
	for (const c of cities) {
		rows.set(c.provinceCode, [c.provinceCode, c.province, 'province', null]);
		if (c.cityCode !== c.provinceCode) rows.set(c.cityCode, [c.cityCode, c.city, 'city', c.provinceCode]);
		for (const d of c.districts) {
			rows.set(d.code, [d.code, d.name, 'district', c.cityCode]);
			for (const [code, name] of d.streets) rows.set(code, [code, name, 'street', d.code]);
		}
	}
	return [...rows.values()];
}

/** SQL statements that create the six tables (and scratch tables prefixed `_gen_`) in the current schema. */
export function generationSql(o: TableGenOptions): string[] {
	const n = Math.floor(o.reports);
	if (!Number.isFinite(n) || n < 0) throw new RangeError(`reports must be ≥ 0, got ${o.reports}`);
	if (!Number.isInteger(o.seed)) throw new RangeError(`seed must be an integer, got ${o.seed}`);
	const seed = o.seed;
	const y0 = o.firstYear ?? 2019;
	const cities = o.nationwide ? wholeCountry() : [guangzhouCity()];
	const pl = placeList(cities);
	const cat = [...OUTPUT_INDICATORS, ...BENEFIT_INDICATORS, ...SATISFACTION_INDICATORS, ...PROCESS_INDICATORS];
	const fcat: [string, string, string][] = [];
	for (const [theme, t] of Object.entries(FINDINGS)) {
		for (const p of t.problems) fcat.push(['问题', theme, p]);
		for (const s of t.suggestions) fcat.push(['建议', theme, s]);
	}
	for (const p of PRACTICES) fcat.push(['经验', '其他', p]);
	const list = (xs: readonly string[]) => `[${xs.map((x) => str(x)).join(', ')}]`;
	// u(i, k): uniform in [0, 1) from 53 bits of a seeded hash; one stream per k.
	const u = (i: string, k: number | string) => `((hash(${i}, ${typeof k === 'number' ? k : k}, ${seed}) >> 11)::DOUBLE / 9007199254740992.0)`;
	const pick = (xs: readonly string[], uexpr: string) => `${list(xs)}[1 + floor(${uexpr} * ${xs.length})::INTEGER]`;
	return [
		...GENERATED_TABLES.map((t) => `DROP TABLE IF EXISTS ${t}`),
		...GENERATED_TABLES.map((t) => createTableSql(t)),
		`CREATE OR REPLACE TABLE _gen_places AS SELECT * FROM (VALUES ${values(pl.map((p, k) => [k, p.province, p.city, p.district, p.district_code, p.street, p.code]))}) t(pid, province, city, district, district_code, street, code)`,
		`CREATE OR REPLACE TABLE _gen_cat AS SELECT * FROM (VALUES ${values(cat.map((c, k) => [k, c.level1, c.level2, c.name, c.kind, c.unit, c.range?.[0] ?? null, c.range?.[1] ?? null]))}) t(cid, level1, level2, name, kind, unit, lo, hi)`,
		`CREATE OR REPLACE TABLE _gen_fcat AS SELECT kind, theme, text, (row_number() OVER (PARTITION BY kind ORDER BY k) - 1)::INTEGER AS kidx, count(*) OVER (PARTITION BY kind) AS kn FROM (VALUES ${values(fcat.map((f, k) => [k, ...f]))}) t(k, kind, theme, text)`,
		// One row per report with every draw it needs; later tables join on i.
		`CREATE OR REPLACE TABLE _gen_r AS
		 WITH b AS (
		   SELECT i, ${u('i', 1)} AS u_year, ${u('i', 2)} AS u_place, ${u('i', 3)} AS u_type, ${u('i', 4)} AS u_budget,
		     ${u('i', 5)} AS u_band, ${u('i', 6)} AS u_rate, ${u('i', 7)} AS u_sband, ${u('i', 8)} AS u_score, ${u('i', 9)} AS u_nb,
		     ${u('i', 10)} AS u_na, ${u('i', 11)} AS u_stated, ${u('i', 12)} AS u_basis, ${u('i', 13)} AS u_party, ${u('i', 14)} AS u_proj,
		     ${u('i', 15)} AS u_nscore, ${u('i', 16)} AS u_unit, ${u('i', 17)} AS u_members
		   FROM range(${n}) t(i)
		 ), m AS (
		   SELECT b.*, p.province, p.city, p.district, p.district_code, p.street, p.code,
		     ${y0} + floor(u_year * 6)::INTEGER AS year,
		     CASE WHEN u_type < 0.70 THEN '单位自评' WHEN u_type < 0.88 THEN '部门评价' WHEN u_type < 0.98 THEN '财政评价' END AS evaluation_type,
		     round(5 * pow(200, u_budget), 2) AS budget_full,
		     CASE WHEN u_band < 0.80 THEN 0.85 + 0.15 * u_rate WHEN u_band < 0.95 THEN 0.60 + 0.25 * u_rate ELSE 0.30 + 0.30 * u_rate END AS rate,
		     CASE WHEN u_nscore < 0.05 THEN NULL
		          WHEN u_sband < 0.70 THEN round(90 + 10 * u_score, 1) WHEN u_sband < 0.90 THEN round(80 + 9.9 * u_score, 1)
		          WHEN u_sband < 0.98 THEN round(60 + 19.9 * u_score, 1) ELSE round(40 + 19.9 * u_score, 1) END AS score
		   FROM b JOIN _gen_places p ON p.pid = floor(b.u_place * ${pl.length})::INTEGER
		 ), money AS (
		   SELECT m.*,
		     CASE WHEN u_nb >= 0.03 THEN budget_full END AS budget_wan,
		     CASE WHEN u_na >= 0.03 THEN round(budget_full * rate, 2) END AS actual_wan
		   FROM m
		 ), named AS (
		   SELECT money.*,
		     CASE WHEN street IS NULL THEN 'district' ELSE 'street' END AS unit_level,
		     CASE WHEN street IS NULL THEN district || ${list(['直属机关工作委员会', '委组织部', '委社会工作部'])}[1 + floor(u_unit * 3)::INTEGER]
		          WHEN street LIKE '%街道' THEN street || '办事处' ELSE street || '人民政府' END AS unit,
		     CASE WHEN street IS NULL THEN ${pick(PROJECTS.jiguan, 'u_proj')} ELSE ${pick(PROJECTS.street, 'u_proj')} END AS project_name,
		     CASE WHEN budget_wan IS NULL OR actual_wan IS NULL OR u_stated < 0.6 THEN round(coalesce(actual_wan / budget_wan, rate), 4) END AS execution_rate_stated
		   FROM money
		 )
		 SELECT *,
		   coalesce(actual_wan / budget_wan, execution_rate_stated) AS execution_rate,
		   CASE WHEN score >= 90 THEN '优' WHEN score >= 80 THEN '良' WHEN score >= 60 THEN '中' WHEN score IS NOT NULL THEN '差'
		        WHEN u_basis < 0.6 THEN ${list(['优', '优', '良', '中'])}[1 + floor(u_members * 4)::INTEGER] END AS grade,
		   CASE WHEN score IS NOT NULL AND u_basis < 0.4 THEN 'stated' WHEN score IS NOT NULL THEN 'score' WHEN u_basis < 0.6 THEN 'stated' END AS grade_basis,
		   CASE WHEN u_party < 0.5 THEN 5 + floor(u_party * 120)::INTEGER END AS party_orgs,
		   concat(year, '年', unit, project_name, CASE WHEN evaluation_type = '单位自评' THEN '绩效自评报告' ELSE '绩效评价报告' END) AS title,
		   'synthetic-' || lpad(i::VARCHAR, 7, '0') || '.txt' AS source_file
		 FROM named`,
		`CREATE OR REPLACE TABLE _gen_r2 AS SELECT *,
		   concat(title, chr(10), '（合成演示数据，仅用于性能测试，编号 ', i, '，种子 ', ${seed}, '）', chr(10),
		     '项目预算数', coalesce(budget_wan::VARCHAR, '未载明'), '万元，实际支出', coalesce(actual_wan::VARCHAR, '未载明'), '万元；',
		     '综合得分', coalesce(score::VARCHAR, '未载明'), '分，评价等级', coalesce(grade, '未载明'), '。') AS text
		 FROM _gen_r`,
		`CREATE OR REPLACE TABLE _gen_r3 AS SELECT *, substr(sha256(text), 1, 16) AS report_id FROM _gen_r2`,
		`INSERT INTO reports BY NAME SELECT report_id, source_file, title, year, province, city, district, street,
		   code AS division_code, unit, unit_level, project_name, evaluation_type, budget_wan, actual_wan, execution_rate, execution_rate_stated,
		   score, grade, grade_basis, party_orgs,
		   CASE WHEN party_orgs IS NOT NULL THEN party_orgs * (8 + floor(u_members * 30)::INTEGER) END AS party_members,
		   true AS synthetic, NULL::VARCHAR AS warnings
		 FROM _gen_r3 ORDER BY year, province, city, district, street, report_id`,
		`INSERT INTO sources BY NAME SELECT report_id, source_file, sha256(text) AS sha256, text FROM _gen_r3 ORDER BY report_id`,
		// 18–22 distinct indicators per report: a window of the catalog starting at a per-report offset.
		`CREATE OR REPLACE TABLE _gen_i AS
		 SELECT r.i, r.report_id, s.seq, c.*, ${u('r.i * 64 + s.seq', 'c.cid + 100')} AS v, ${u('r.i * 64 + s.seq', 'c.cid + 200')} AS w, ${u('r.i * 64 + s.seq', 'c.cid + 300')} AS x
		 FROM (SELECT i, report_id, 18 + floor(${u('i', 20)} * 5)::INTEGER AS k, floor(${u('i', 21)} * ${cat.length})::INTEGER AS off FROM _gen_r3) r,
		   LATERAL (SELECT unnest(range(1, r.k + 1)) AS seq) s
		   JOIN _gen_cat c ON c.cid = (r.off + s.seq) % ${cat.length}`,
		`INSERT INTO indicators BY NAME
		 WITH t AS (
		   SELECT *,
		     CASE kind WHEN 'pct' THEN [0.85, 0.9, 0.95, 1.0][1 + floor(v * 4)::INTEGER]
		               WHEN 'count' THEN (lo + floor(v * (hi - lo + 1)))::DOUBLE WHEN 'zero' THEN 0.0 END AS tv
		   FROM _gen_i
		 ), a AS (
		   SELECT *,
		     CASE kind WHEN 'pct' THEN round(least(1.0, tv + (w - 0.12) * 0.12), 4)
		               WHEN 'count' THEN round(tv * (0.85 + 0.35 * w))
		               WHEN 'zero' THEN CASE WHEN w < 0.95 THEN 0.0 ELSE 1.0 END END AS av
		   FROM t
		 )
		 SELECT report_id, seq::INTEGER AS seq, level1, level2, name,
		   CASE kind WHEN 'pct' THEN '≥' || round(tv * 100)::INTEGER || '%' WHEN 'count' THEN '≥' || tv::INTEGER || coalesce(unit, '')
		             WHEN 'zero' THEN '=0' || coalesce(unit, '') ELSE ${pick(QUAL_TARGETS, 'v')} END AS target_text,
		   tv AS target_value,
		   CASE kind WHEN 'pct' THEN round(av * 100, 2) || '%' WHEN 'qual' THEN CASE WHEN w < 0.9 THEN '达成' ELSE '基本达成' END
		             ELSE av::INTEGER || coalesce(unit, '') END AS actual_text,
		   av AS actual_value, unit,
		   CASE WHEN x < 0.7 THEN [2.0, 3.0, 5.0, 10.0][1 + floor(x / 0.7 * 4)::INTEGER] END AS weight,
		   CASE WHEN x < 0.7 THEN [2.0, 3.0, 5.0, 10.0][1 + floor(x / 0.7 * 4)::INTEGER] *
		        CASE WHEN kind = 'zero' THEN (CASE WHEN av <= tv THEN 1.0 ELSE 0.5 END) WHEN av IS NULL OR av >= tv THEN 1.0 ELSE round(av / nullif(tv, 0), 2) END END AS points,
		   CASE WHEN kind = 'zero' THEN av <= tv WHEN av IS NOT NULL AND tv IS NOT NULL THEN av >= tv END AS achieved,
		   'table' AS origin, NULL::INTEGER AS evidence_start, NULL::INTEGER AS evidence_end
		 FROM a ORDER BY report_id, seq`,
		// 0–4 spending lines summing to the actual spend (in yuan, to the cent).
		`INSERT INTO expenditures BY NAME
		 WITH e AS (
		   SELECT r.report_id, r.actual_wan, r.unit_level, r.off, s.seq, 0.5 + ${u('r.i * 8 + s.seq', 400)} AS share
		   FROM (SELECT i, report_id, actual_wan, unit_level, floor(${u('i', 22)} * 5)::INTEGER AS k, floor(${u('i', 23)} * 13)::INTEGER AS off FROM _gen_r3 WHERE actual_wan IS NOT NULL) r,
		     LATERAL (SELECT unnest(range(1, r.k + 1)) AS seq) s
		 )
		 SELECT report_id, seq::INTEGER AS seq,
		   CASE WHEN unit_level = 'street' THEN ${list(STREET_ITEMS)}[1 + (off + seq) % ${STREET_ITEMS.length}] ELSE ${list(DISTRICT_ITEMS)}[1 + (off + seq) % ${DISTRICT_ITEMS.length}] END AS item,
		   round(actual_wan * 10000 * share / sum(share) OVER (PARTITION BY report_id), 2) AS amount_yuan,
		   NULL::INTEGER AS evidence_start, NULL::INTEGER AS evidence_end
		 FROM e ORDER BY report_id, seq`,
		`INSERT INTO findings BY NAME
		 WITH f AS (
		   SELECT r.report_id, s.seq, ${u('r.i * 8 + s.seq', 500)} AS uk, ${u('r.i * 8 + s.seq', 501)} AS ut
		   FROM (SELECT i, report_id, 1 + floor(${u('i', 24)} * 4)::INTEGER AS k FROM _gen_r3) r,
		     LATERAL (SELECT unnest(range(1, r.k + 1)) AS seq) s
		 ), k AS (
		   SELECT *, CASE WHEN uk < 0.55 THEN '问题' WHEN uk < 0.9 THEN '建议' ELSE '经验' END AS kind FROM f
		 )
		 SELECT k.report_id, k.seq::INTEGER AS seq, k.kind, c.text, c.theme, NULL::INTEGER AS evidence_start, NULL::INTEGER AS evidence_end
		 FROM k JOIN _gen_fcat c ON c.kind = k.kind AND c.kidx = floor(k.ut * c.kn)::INTEGER
		 ORDER BY report_id, seq`,
		`INSERT INTO divisions BY NAME
		 SELECT * FROM (VALUES ${values(divisionRows(cities, o.nationwide ?? false))}) t(code, name, level, parent_code) ORDER BY code`,
		'DROP TABLE _gen_i',
		'DROP TABLE _gen_r',
		'DROP TABLE _gen_r2',
		'DROP TABLE _gen_r3',
		'DROP TABLE _gen_places',
		'DROP TABLE _gen_cat',
		'DROP TABLE _gen_fcat'
	];
}
