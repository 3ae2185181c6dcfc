import { describe, expect, it } from 'vitest';
import { isWebUrl } from './url';

describe('isWebUrl', () => {
	it.each(['https://www.gz.gov.cn/zwgk/a.html', 'http://example.org', 'https://a.example/路径?q=1#x'])('accepts %s', (u) => expect(isWebUrl(u)).toBe(true));
	it.each([
		null,
		undefined,
		'',
		'www.gz.gov.cn/a',
		'javascript:alert(1)',
		'JAVASCRIPT:alert(1)',
		'data:text/html,<script>',
		'file:///etc/passwd',
		'/reports/x',
		'https://',
		'ftp://x.example/a'
	])('refuses %s', (u) => expect(isWebUrl(u)).toBe(false));
});
