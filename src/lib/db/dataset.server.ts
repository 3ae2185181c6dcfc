/** Build-time (prerender) access to static/data: one native connector per process. */
import { openNodeConnector } from './node';
import type { Connector } from './connector';

let shared: Promise<Connector> | null = null;

/** The process-wide native connector over <project root>/static/data, opened on first use. */
export function buildConnector(): Promise<Connector> {
	if (!shared) {
		shared = openNodeConnector('static/data');
		// A failed open is not cached, so a later call (e.g. after the ingest wrote the files) retries.
		shared.catch(() => (shared = null));
	}
	return shared;
}
