/** The SQL literal helpers live below both db/ and queries/ (sqltext/sql.ts); builders import them from here too. */
export * from '../sqltext/sql';
