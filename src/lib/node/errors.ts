/** Errors the ingest CLI turns into one line on stderr (no stack trace). */

/** A usage error (bad flag, missing path, --out pointing at a file): the CLI exits 1 with a usage line. */
export class UsageError extends Error {}

/** The output cannot be written (another ingest holds the lock, a folder is not writable): exit 3, one line. */
export class OutputError extends Error {}

/** A reader stopped at one of its limits (LIMITS): the file is rejected with this message as the reason. */
export class LimitError extends Error {}
