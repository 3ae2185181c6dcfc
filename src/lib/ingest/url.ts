/**
 * True for an absolute http:// or https:// address. Addresses from manifests and uploaded tables are
 * untrusted: only these become links (never javascript:, data: or a local path).
 */
export function isWebUrl(s: string | null | undefined): s is string {
	if (!s) return false;
	try {
		const u = new URL(s);
		return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
	} catch {
		return false;
	}
}
