import { describe, expect, it } from 'vitest';
import { checkSql, type RefusalCode } from './guard';

const REFUSED: [string, RefusalCode, string][] = [
	["ATTACH 'x.duckdb' AS y", 'attach', 'attach'],
	["AtTaCh 'x.duckdb'", 'attach', 'attach'],
	["/**/ATTACH 'x'", 'attach', 'attach'],
	["SELECT 1; attach 'x.db'", 'attach', 'attach'],
	['DETACH ds', 'attach', 'detach'],
	['INSTALL httpfs', 'extension', 'install'],
	['load httpfs', 'extension', 'load'],
	['FORCE INSTALL spatial', 'extension', 'install'],
	['UPDATE EXTENSIONS', 'extension', 'extensions'],
	["COPY reports TO 'out.csv'", 'copy', 'copy'],
	["copy mine FROM 'in.csv'", 'copy', 'copy'],
	["EXPORT DATABASE 'dir'", 'export', 'export'],
	["IMPORT DATABASE 'dir'", 'import', 'import'],
	['SET enable_external_access = true', 'config', 'enable_external_access'],
	['SET GLOBAL enable_external_access=true', 'config', 'enable_external_access'],
	['set "lock_configuration" = false', 'config', 'lock_configuration'],
	['RESET lock_configuration', 'config', 'lock_configuration'],
	["SET allowed_directories = ['/']", 'config', 'allowed_directories'],
	['PRAGMA enable_profiling', 'pragma', 'enable_profiling'],
	["CREATE SECRET (TYPE s3, KEY_ID 'k')", 'secret', 'secret'],
	['CREATE OR REPLACE PERSISTENT SECRET s (TYPE http)', 'secret', 'secret'],
	["SELECT * FROM read_csv('x.csv')", 'fileFunction', 'read_csv'],
	["SELECT * FROM READ_PARQUET ('https://example.com/a.parquet')", 'fileFunction', 'read_parquet'],
	["SELECT * FROM main.read_json_auto('a.json')", 'fileFunction', 'read_json_auto'],
	['SELECT * FROM "read_text"(\'/etc/passwd\')', 'fileFunction', 'read_text'],
	["SELECT * FROM glob('*')", 'fileFunction', 'glob'],
	["SELECT * FROM query('SELECT 1')", 'fileFunction', 'query'],
	["SELECT * FROM parquet_scan('a')", 'fileFunction', 'parquet_scan'],
	["SELECT * FROM 'https://example.com/x.parquet'", 'fileTable', 'https://example.com/x.parquet'],
	["FROM 'data.csv'", 'fileTable', 'data.csv'],
	["SELECT * FROM reports r, 'b.csv'", 'fileTable', 'b.csv'],
	["SELECT * FROM reports AS r, 'b.csv'", 'fileTable', 'b.csv'],
	['SELECT * FROM "data.csv"', 'fileTable', 'data.csv'],
	["SELECT * FROM reports JOIN 's3://b/k.parquet' USING (report_id)", 'fileTable', 's3://b/k.parquet'],
	["DESCRIBE 'x.csv'", 'fileTable', 'x.csv'],
	["SUMMARIZE 'x.parquet'", 'fileTable', 'x.parquet'],
	["CREATE TABLE mine AS FROM 'x.csv'", 'fileTable', 'x.csv'],
	["SELECT * FROM (SELECT * FROM 'x.csv')", 'fileTable', 'x.csv'],
	["EXPLAIN ANALYZE COPY reports TO 'x'", 'copy', 'copy'],
	["PREPARE p AS ATTACH 'x'", 'attach', 'attach'],
	['CREATE OR REPLACE VIEW reports AS SELECT 1', 'shipped', 'reports'],
	['create or replace table main.indicators as select 1', 'shipped', 'indicators'],
	['DROP VIEW main.reports', 'shipped', 'reports'],
	['DROP TABLE IF EXISTS mine, findings', 'shipped', 'findings'],
	['DROP SCHEMA main CASCADE', 'shipped', 'schema main'],
	['ALTER VIEW reports RENAME TO r2', 'shipped', 'reports'],
	["INSERT INTO reports (report_id) VALUES ('x')", 'shipped', 'reports'],
	['DELETE FROM indicators', 'shipped', 'indicators'],
	['UPDATE "findings" SET text = 1', 'shipped', 'findings'],
	['TRUNCATE sources', 'shipped', 'sources'],
	// The locked engine refuses every setting but schema and search_path (lockdown.spec.ts checks all of them).
	['SET threads = 2', 'config', 'threads'],
	["SET memory_limit = '8GB'", 'config', 'memory_limit'],
	["SET SESSION max_memory = '8GB'", 'config', 'max_memory'],
	['RESET worker_threads', 'config', 'worker_threads'],
	['SET preserve_insertion_order = false', 'config', 'preserve_insertion_order'],
	['SET arrow_large_buffer_size = true', 'config', 'arrow_large_buffer_size'],
	["SET GLOBAL search_path = 'mine'", 'config', 'search_path'],
	// A temp object named like a shipped table would silently take its place in every later query.
	['CREATE TEMP VIEW reports AS SELECT 1', 'shadow', 'reports'],
	['create temporary table "Findings" as select 1', 'shadow', 'findings'],
	['CREATE OR REPLACE TEMP VIEW indicators AS SELECT 1', 'shadow', 'indicators'],
	['CREATE TEMP TABLE IF NOT EXISTS sources (x INT)', 'shadow', 'sources'],
	['CREATE TABLE temp.reports AS SELECT 1', 'shadow', 'reports'],
	['CREATE VIEW temp.main.expenditures AS SELECT 1', 'shadow', 'expenditures'],
	['ALTER TABLE my_temp RENAME TO reports', 'shadow', 'reports'],
	['ALTER VIEW IF EXISTS temp.v RENAME TO main.divisions', 'shadow', 'divisions']
];

const ALLOWED = [
	'SELECT 1',
	"SELECT 'ATTACH x'",
	'-- ATTACH\nSELECT 1',
	'/* COPY */ SELECT 1',
	"/* nested /* */ ATTACH 'x' */ SELECT 1",
	"SELECT 'read_csv(' AS s",
	'SELECT "read_csv" FROM (SELECT 1 AS read_csv)',
	"SELECT a, 'x.csv' FROM (SELECT 1 AS a)",
	"SELECT $$ATTACH 'x'$$",
	"SELECT $tag$ ; ATTACH 'x' $tag$",
	"SELECT E'it\\'s; ATTACH x'",
	"SELECT 'it''s; ATTACH x'",
	'SELECT 1 -- ; ATTACH x',
	'SELECT count(*) FROM range(100000000) a, range(1000) b',
	'SET VARIABLE x = 1',
	'RESET VARIABLE x',
	"SET search_path = 'mine,main'",
	"SET SESSION schema = 'main'",
	'RESET search_path',
	'CREATE TEMP VIEW my_reports AS SELECT * FROM reports',
	'CREATE TEMP MACRO reports_of(d) AS TABLE SELECT * FROM reports WHERE district = d',
	'CREATE TABLE reports_2024 AS SELECT * FROM reports WHERE year = 2024',
	'ALTER TABLE mine2 RENAME TO my_reports',
	'ALTER TABLE mine2 RENAME COLUMN a TO reports',
	// The undo the console suggests for a temp object that hides a shipped table (shadow.ts).
	'DROP VIEW temp.main.reports',
	'DROP TABLE IF EXISTS temp.findings',
	"PRAGMA table_info('reports')",
	'CREATE TABLE mine AS SELECT * FROM reports',
	'CREATE OR REPLACE VIEW my_view AS SELECT * FROM reports',
	'DROP TABLE mine',
	'INSERT INTO mine SELECT * FROM reports',
	'UPDATE mine SET a = 1',
	'DELETE FROM mine',
	'SUMMARIZE reports',
	"SELECT * FROM reports WHERE district = 'x.csv'",
	"SELECT * FROM reports r JOIN findings f ON f.report_id = r.report_id WHERE f.text LIKE '%http://%'",
	'WITH t AS (SELECT * FROM reports) SELECT district, count(*) FROM t GROUP BY ALL',
	'SELECT "execution_rate" FROM reports',
	''
];

describe('checkSql', () => {
	it.each(REFUSED)('refuses %s', (sql, code, detail) => {
		const r = checkSql(sql);
		expect(r?.code).toBe(code);
		expect(r?.detail).toBe(detail);
	});

	it.each(ALLOWED.map((s) => [s]))('allows %s', (sql) => expect(checkSql(sql)).toBeNull());

	it('points at the offending token in the whole script', () => {
		const sql = "SELECT 1;\n-- note\nSELECT * FROM read_csv('x')";
		const r = checkSql(sql)!;
		expect(sql.slice(r.from, r.to)).toBe('read_csv');
	});
});
