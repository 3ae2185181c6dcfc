/** The demonstration-data banner: what the view in front of the reader holds, not the whole dataset. Pure. */
import { reportWhere, type Filters } from '../queries/filters';

/** Synthetic and user-added reports under the filters (browser views: main.reports has user_data there). */
export function bannerQuery(f: Filters): string {
	return `SELECT count(*) FILTER (WHERE r.synthetic)::INTEGER AS synthetic, count(*) FILTER (WHERE r.user_data)::INTEGER AS mine FROM reports r WHERE ${reportWhere(f)}`;
}

export interface BannerCounts {
	synthetic: number;
	mine: number;
}

/** What the banner says: nothing, the synthetic count, a count still coming (n null), and the user's own reports. */
export type Banner = { show: false } | { show: true; n: number | null; mine: number };

/**
 * `whole`: synthetic reports in the whole shipped dataset (prerendered); `narrowed`: a filter is on or the user has
 * added rows, so the whole count is not this view's; `counts`: the view's, once the browser database answered.
 */
export function bannerFor(whole: number, narrowed: boolean, counts: BannerCounts | null, source: Filters['source']): Banner {
	if (source === 'real') return { show: false };
	if (!narrowed) return whole > 0 ? { show: true, n: whole, mine: 0 } : { show: false };
	if (!counts) return whole > 0 && source !== 'user' ? { show: true, n: null, mine: 0 } : { show: false };
	return counts.synthetic > 0 || counts.mine > 0 ? { show: true, n: counts.synthetic, mine: counts.mine } : { show: false };
}
