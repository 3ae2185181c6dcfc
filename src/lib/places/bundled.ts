/**
 * Where the bundled dataset's reports come from (static/data): the one place product code names, for an example that
 * needs a real place (the CSV template's row on /data). Extraction assumes no city (node/ingest.ts DEFAULT_CITY).
 */
export const BUNDLED_PLACE = { province: '广东省', city: '广州市' } as const;
