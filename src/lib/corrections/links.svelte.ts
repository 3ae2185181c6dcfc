/**
 * Links to report pages. A report uploaded on /data has no prerendered page: its page is the client-side one,
 * /reports/view?id=…; the ids of the uploaded reports are read from the browser database whenever the user's
 * rows change. Small on purpose: every page with a report link loads it.
 */
import { filters } from '../state/filters.svelte';
import { userConnector, userData } from '../userdata/runtime.svelte';
import { userTable } from '../userdata/views';

class UserReports {
	/** report_ids of the reports uploaded on /data. */
	ids: Set<string> = $state.raw(new Set());
	#version = -1;

	/** Re-reads the ids once the database is open and whenever the user's rows changed since. */
	async refresh(): Promise<void> {
		const v = userData.version;
		if (userData.status !== 'ready' || v === this.#version) return;
		this.#version = v;
		try {
			const c = await userConnector();
			this.ids = new Set((await c.query(`SELECT report_id FROM ${userTable('reports')}`)).map((r) => String(r.report_id)));
		} catch {
			// links then lead to the prerendered path; the error page sends an uploaded report on
		}
	}
}

/** The uploaded reports of this browser. */
export const userReports = new UserReports();

/** Link to the client-side page of a report (any id), in the current language, keeping the filters. */
export function viewHref(id: string): string {
	const h = filters.href('/reports/view');
	return `${h}${h.includes('?') ? '&' : '?'}id=${encodeURIComponent(id)}`;
}

/**
 * Link to a report's page in the current language, keeping the filters: an uploaded report has a client-side
 * page (/reports/view?id=…), a shipped one its prerendered page.
 */
export function reportHref(id: string): string {
	return userReports.ids.has(id) ? viewHref(id) : filters.href(`/reports/${encodeURIComponent(id)}`);
}
