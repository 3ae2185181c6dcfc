import { buildConnector } from '$lib/db/dataset.server';
import { cachedTableXlsx, fileSize, readDictionary } from '$lib/public/opendata.server';
import { openDataZip, packageJson } from '$lib/public/bundle.server';

const DIR = 'static/data';

/** Every table with its files and sizes (XLSX built here and reused by the download endpoint), and the dictionary. */
export async function load() {
	const dict = readDictionary(DIR);
	const db = await buildConnector();
	const tables = [];
	for (const t of dict.tables) {
		const xlsx = await cachedTableXlsx(db, t);
		tables.push({
			name: t.name,
			zh: t.zh,
			en: t.en,
			rows: t.rows,
			columns: t.columns,
			csv: t.files.csv ? { file: t.files.csv, size: fileSize(DIR, t.files.csv) } : null,
			parquet: t.files.parquet ? { file: t.files.parquet, size: fileSize(DIR, t.files.parquet) } : null,
			xlsx: { file: `${t.name}.xlsx`, size: xlsx.byteLength }
		});
	}
	// The bulk files (written by /data/open-data.zip and /data/datapackage.json at build time): their sizes for the links.
	const bulk = { zip: openDataZip(DIR).byteLength, datapackage: Buffer.byteLength(packageJson(DIR)) };
	return { tables, bulk, generation: dict.generation ?? null };
}
