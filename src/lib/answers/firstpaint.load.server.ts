/** The first-paint figures block of a prerendered page (answers/firstpaint.server.ts) on the build's dataset. */
import { buildConnector } from '../db/dataset.server';
import { localeFromPath } from '../i18n/path';
import { shippedDataVersion } from '../public/version.server';
import { pageFirstPaint, type FirstPaintPage } from './firstpaint.server';

/** The block for page `p` at `url` (its language from the path), or null when the page embeds none. */
export async function firstPaintFor(url: URL, p: FirstPaintPage): Promise<string | null> {
	return pageFirstPaint(await buildConnector(), shippedDataVersion().version, p, localeFromPath(url.pathname));
}
