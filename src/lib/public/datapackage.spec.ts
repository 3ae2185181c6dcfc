/**
 * The Frictionless datapackage.json validated against the open-data tables the ingest wrote (static/data): every CSV is a
 * resource, every column of every CSV is a field in the same order with a Chinese and an English description, and
 * every value parses as its field's type. The ZIP holds exactly the package and the CSVs it names, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildDataPackage, openDataZip } from './bundle.server';
import { dataPackage, fieldType } from './datapackage';
import { parseCsv } from '../userdata/csv';

const DIR = 'static/data';
const have = existsSync(join(DIR, 'dictionary.json'));

const VALID: Record<string, (v: string) => boolean> = {
	string: () => true,
	integer: (v) => /^-?\d+$/.test(v),
	number: (v) => /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(v) || v === 'NaN' || /^-?inf(inity)?$/i.test(v),
	boolean: (v) => v === 'true' || v === 'false',
	date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
	datetime: (v) => !Number.isNaN(Date.parse(v)),
	any: () => true
};

describe('fieldType', () => {
	it('maps DuckDB types to Frictionless types', () => {
		expect(['VARCHAR', 'INTEGER', 'BIGINT', 'DOUBLE', 'DECIMAL(18,3)', 'BOOLEAN', 'DATE', 'TIMESTAMP WITH TIME ZONE', 'STRUCT(a INT)'].map(fieldType)).toEqual([
			'string',
			'integer',
			'integer',
			'number',
			'number',
			'boolean',
			'date',
			'datetime',
			'any'
		]);
	});
});

describe('dataPackage', () => {
	it('keeps both languages and leaves out tables without a CSV', () => {
		const p = dataPackage({
			generation: { synthetic_reports: 3 },
			tables: [
				{
					name: 'a',
					zh: '甲表',
					en: 'Table A',
					rows: 1,
					files: { csv: 'a.csv' },
					columns: [{ name: 'x', type: 'INTEGER', required: true, zh: '编号', en: 'Id' }]
				},
				{ name: 'b', zh: '乙', en: 'B', rows: 0, files: { parquet: 'b.parquet' }, columns: [] }
			]
		});
		expect(p.profile).toBe('tabular-data-package');
		expect(p.description_zh).toMatch(/3 份合成/);
		expect(p.description_en).toMatch(/3 generated/);
		expect(p.resources.map((r) => r.name)).toEqual(['a']);
		expect(p.resources[0].schema.fields[0]).toMatchObject({
			name: 'x',
			type: 'integer',
			description: '编号 / Id',
			description_zh: '编号',
			description_en: 'Id',
			constraints: { required: true }
		});
	});
});

describe.skipIf(!have)('datapackage.json against static/data', () => {
	const pkg = have ? buildDataPackage(DIR) : null!;

	it('lists every CSV in static/data, each once, with a valid resource name', () => {
		const csvs = readdirSync(DIR)
			.filter((f) => f.endsWith('.csv'))
			.sort();
		expect(pkg.resources.map((r) => r.path).sort()).toEqual(csvs);
		for (const r of pkg.resources) expect(r.name).toMatch(/^[a-z0-9._-]+$/);
		expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
	});

	for (const r of have ? buildDataPackage(DIR).resources : []) {
		it(`${r.name}: every column described in zh and en, values of the declared types`, () => {
			const text = readFileSync(join(DIR, r.path), 'utf8').replace(/^\uFEFF/, '');
			const csv = parseCsv(r.path, text, ',', undefined, 10_000_000);
			expect(csv.problems).toEqual([]);
			expect(r.schema.fields.map((f) => f.name)).toEqual(csv.header);
			expect(csv.data.length).toBe(r.rows);
			for (const f of r.schema.fields) {
				expect(f.description_zh, `${r.name}.${f.name} zh`).toMatch(/[\u4e00-\u9fff]/);
				expect(f.description_en, `${r.name}.${f.name} en`).toMatch(/[A-Za-z]/);
				expect(f.type).not.toBe('any');
			}
			r.schema.fields.forEach((f, i) => {
				const bad = csv.data.map((row) => row[i] ?? '').filter((v) => v !== '' && !VALID[f.type](v));
				expect(bad.slice(0, 3), `${r.name}.${f.name} (${f.type})`).toEqual([]);
				if (f.constraints?.required) expect(csv.data.filter((row) => (row[i] ?? '') === '').length, `${r.name}.${f.name} required`).toBe(0);
			});
		});
	}

	it('open-data.zip holds datapackage.json and the CSVs it names, byte for byte', () => {
		const files = unzipSync(openDataZip(DIR));
		expect(Object.keys(files).sort()).toEqual(['datapackage.json', ...pkg.resources.map((r) => r.path)].sort());
		expect(JSON.parse(strFromU8(files['datapackage.json']))).toEqual(JSON.parse(JSON.stringify(pkg)));
		for (const r of pkg.resources) expect(Buffer.from(files[r.path]).equals(readFileSync(join(DIR, r.path)))).toBe(true);
	});
});
