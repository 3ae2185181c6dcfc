/** Build-time bulk open data: datapackage.json for the CSVs in static/data, and one ZIP of the CSVs with it. */
import { readFileSync, realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { dataPackage } from './datapackage';
import { readDictionary } from './opendata.server';
import { parseDataVersion } from './version';

/** The datapackage.json object for the dataset in `dir`, with its version and as-of date when it is a version folder. */
export function buildDataPackage(dir = 'static/data') {
	let folder: string | null = null;
	try {
		folder = basename(realpathSync(dir));
	} catch {
		folder = null;
	}
	const v = parseDataVersion(folder);
	return dataPackage(readDictionary(dir), { version: v.asOf ? v.version : null, asOf: v.asOf });
}

export const packageJson = (dir = 'static/data') => JSON.stringify(buildDataPackage(dir), null, 2) + '\n';

/** open-data.zip: datapackage.json and every table's CSV (the paths the package names), deflated. */
export function openDataZip(dir = 'static/data'): Uint8Array {
	const pkg = buildDataPackage(dir);
	const files: Record<string, Uint8Array> = { 'datapackage.json': strToU8(JSON.stringify(pkg, null, 2) + '\n') };
	for (const r of pkg.resources) files[r.path] = readFileSync(join(dir, r.path));
	return zipSync(files, { level: 6, mtime: pkg.created ? new Date(pkg.created) : new Date('2020-01-01T00:00:00Z') });
}
