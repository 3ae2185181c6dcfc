/** Whether an uploaded district name is a real county-level unit (official divisions, the whole country). */
import { divisions } from '../ingest/divisions';

let names: Set<string> | null = null;

/** True when `name` is the official name of a district, county, county-level city or banner anywhere in China. */
export function isKnownDistrict(name: string): boolean {
	if (!names) {
		names = new Set();
		for (const n of divisions().nodes) if (n.level === 'district') names.add(n.name);
	}
	return names.has(name.trim());
}
