declare global {
	namespace App {
		interface Locals {
			/** The page's first-paint figures block (answers/firstpaint.server.ts), written into <head> by hooks.server.ts. */
			firstPaint?: string | null;
		}
	}
}
export {};
