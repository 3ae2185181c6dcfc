/** Messages between the page and the upload workers. */
import type { Prepared } from './prepare';

/** Page → worker: one file to check. */
export interface CheckRequest {
	id: number;
	name: string;
	bytes: Uint8Array;
	existingIds: string[];
}

/** Worker → page: progress, the prepared file, or a crash. */
export type CheckReply =
	{ id: number; type: 'progress'; share: number } | { id: number; type: 'done'; prepared: Prepared } | { id: number; type: 'error'; message: string };
