import { describe, expect, it } from 'vitest';
import { parseDataVersion } from './version';

describe('data version', () => {
	it.each([
		['v20261204T215047163Z-12527', { version: 'v20261204T215047163Z-12527', asOf: '2026-12-04' }],
		['data', { version: 'data', asOf: null }],
		[null, { version: null, asOf: null }]
	])('%s', (folder, want) => expect(parseDataVersion(folder)).toEqual(want));
});
