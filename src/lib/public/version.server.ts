/** Build time: the shipped dataset's version (static/data is a link to its version folder). */
import { realpathSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDataVersion, type DataVersion } from './version';

/** The version folder static/data links to, or null (no dataset, or not a versioned folder). */
function versionFolder(): string | null {
	try {
		return basename(realpathSync('static/data'));
	} catch {
		return null;
	}
}

/** Version and "as of" date of the dataset the build reads. */
export function shippedDataVersion(): DataVersion {
	return parseDataVersion(versionFolder());
}
