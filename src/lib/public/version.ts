/** The dataset's version and "as of" date, from the name of its version folder (vYYYYMMDDTHHMMSSmmmZ-pid). Pure. */

export interface DataVersion {
	/** The version folder's name, or null when the dataset is not a versioned folder. */
	version: string | null;
	/** The day the dataset was written (YYYY-MM-DD, UTC), or null. */
	asOf: string | null;
}

/** `v20261204T215047163Z-12527` → { version, asOf: '2026-12-04' }; any other name → version only. */
export function parseDataVersion(folder: string | null): DataVersion {
	if (!folder) return { version: null, asOf: null };
	const m = /^v(\d{4})(\d{2})(\d{2})T\d{6}\d*Z/.exec(folder);
	return { version: folder, asOf: m ? `${m[1]}-${m[2]}-${m[3]}` : null };
}
