import { describe, expect, it } from 'vitest';
import { shadowsFrom, type ShadowRow } from './shadow';

// current_schemas(true) as DuckDB-WASM returns it (lockdown.spec.ts runs the real catalog):
// temp.main, the set path, then the current database's main, system.main, pg_catalog.
const DEFAULT = ['main', 'main', 'main', 'pg_catalog'];
const USE_MINE = ['main', 'mine', 'main', 'main', 'pg_catalog'];
const AFTER_MAIN = ['main', 'main', 'mine', 'main', 'pg_catalog'];
const row = (db: string, schema: string, name: string, kind: 'table' | 'view', path: string[]): ShadowRow => ({ db, schema, name, kind, path, cur: 'memory' });
const shipped = (path: string[]) => ['reports', 'findings'].map((n) => row('memory', 'main', n, 'view', path));

describe('shadowsFrom', () => {
	it('nothing hidden: only the shipped views in main', () => {
		expect(shadowsFrom(shipped(DEFAULT))).toEqual([]);
	});

	it('a temp table or view of a shipped name, with the DROP that undoes it', () => {
		expect(shadowsFrom([...shipped(DEFAULT), row('temp', 'main', 'findings', 'table', DEFAULT), row('temp', 'main', 'reports', 'view', DEFAULT)])).toEqual([
			{ table: 'reports', by: 'temp.main.reports', undo: 'DROP VIEW temp.main.reports' },
			{ table: 'findings', by: 'temp.main.findings', undo: 'DROP TABLE temp.main.findings' }
		]);
	});

	it('a schema searched before main hides main (USE mine); searched after main it does not', () => {
		const mine = (path: string[]) => [...shipped(path), row('memory', 'mine', 'reports', 'table', path), row('memory', 'mine', 'findings', 'table', path)];
		expect(shadowsFrom(mine(USE_MINE))).toEqual([
			{ table: 'reports', by: 'mine.reports', undo: 'USE main' },
			{ table: 'findings', by: 'mine.findings', undo: 'USE main' }
		]);
		expect(shadowsFrom(mine(AFTER_MAIN))).toEqual([]);
		expect(shadowsFrom(mine(DEFAULT))).toEqual([]);
	});

	it('a schema not on the path hides nothing', () => {
		expect(shadowsFrom([...shipped(USE_MINE), row('memory', 'other', 'reports', 'table', USE_MINE)])).toEqual([]);
	});
});
