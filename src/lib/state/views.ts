/**
 * Saved views: a named set of filters on a page, kept in this browser (localStorage) and opened as an ordinary link whose
 * URL carries the filters (so a saved view can be shared by copying its link). Pure apart from the Storage passed in.
 */
export interface SavedView {
	name: string;
	/** App-relative page path without language prefix and without base (e.g. '/districts'). */
	path: string;
	/** The filters as the URL query (serialiseFilters), '' for none. */
	query: string;
	saved: string;
}

export const VIEWS_KEY = 'pei.savedViews.v1';
const MAX_VIEWS = 50;

/** The saved views in `storage`, newest first; a missing or malformed entry reads as none. */
export function readViews(storage: Pick<Storage, 'getItem'> | null): SavedView[] {
	try {
		const v = JSON.parse(storage?.getItem(VIEWS_KEY) ?? '[]');
		if (!Array.isArray(v)) return [];
		return v.filter((x) => x && typeof x.name === 'string' && typeof x.path === 'string' && typeof x.query === 'string' && x.path.startsWith('/'));
	} catch {
		return [];
	}
}

/** Saves `view` (a view of the same name is replaced) and returns the new list. */
export function saveView(storage: Pick<Storage, 'getItem' | 'setItem'>, view: Omit<SavedView, 'saved'>, now = new Date()): SavedView[] {
	const name = view.name.trim().slice(0, 80);
	if (!name) return readViews(storage);
	const list = [{ ...view, name, saved: now.toISOString() }, ...readViews(storage).filter((v) => v.name !== name)].slice(0, MAX_VIEWS);
	storage.setItem(VIEWS_KEY, JSON.stringify(list));
	return list;
}

/** Deletes the view named `name` and returns the new list. */
export function deleteView(storage: Pick<Storage, 'getItem' | 'setItem'>, name: string): SavedView[] {
	const list = readViews(storage).filter((v) => v.name !== name);
	storage.setItem(VIEWS_KEY, JSON.stringify(list));
	return list;
}
