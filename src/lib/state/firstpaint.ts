/**
 * The first paint of a filtered link (issue 17): app.html's first-paint script marks the document
 * (`data-filters-pending`) before any prerendered figure is painted, because those figures are the unfiltered
 * state's; app.css hides every element marked `data-by-filters` behind a loading label while the mark is there. The
 * page's QueryView lifts it once the page shows its own state (the filter's figures, or its own loading state).
 */

/** The attribute app.html's first-paint script sets on <html>. */
export const PENDING_ATTR = 'data-filters-pending';

/** Whether the document still carries the first-paint mark (false outside the browser). */
export function firstPaintPending(): boolean {
	return typeof document !== 'undefined' && document.documentElement.hasAttribute(PENDING_ATTR);
}

/** Lifts the first-paint mark: the page now draws its own state. Marks 'first-paint-settled' once, for the bench and tests. */
export function settleFirstPaint(): void {
	if (!firstPaintPending()) return;
	document.documentElement.removeAttribute(PENDING_ATTR);
	// The first-paint script's aria-busy on <main> (data-fp-busy says it set it).
	for (const el of document.querySelectorAll('[data-fp-busy]')) {
		el.removeAttribute('aria-busy');
		el.removeAttribute('data-fp-busy');
	}
	performance.mark('first-paint-settled');
}
