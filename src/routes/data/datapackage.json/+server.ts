import { packageJson } from '$lib/public/bundle.server';

export const prerender = true;

/** Frictionless datapackage.json beside the CSVs in /data/ (resource paths are relative to it), written at build time. */
export function GET() {
	return new Response(packageJson(), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
