// ESLint (flat config): JavaScript, TypeScript and Svelte 5, errors only. `npm run lint`.
// Style is Prettier's business (.prettierrc), not ESLint's: no formatting rules here.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/', 'bench/tmp/', 'test-results/', 'data/', '.data-versions/', 'src/tools/vite/**/*.d.ts']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		rules: {
			// Rows from SQL are untyped until page specs type them (issue 14 step 2).
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// Plain JS test helpers and CLI scripts load CommonJS builds on purpose (DuckDB-WASM's Node bindings).
			'@typescript-eslint/no-require-imports': 'off',
			// Control characters are matched on purpose (NUL, BOM, C0 controls in the extractor and guards).
			'no-control-regex': 'off',
			// SvelteKit resolves links with `base`; pages build hrefs from it.
			'svelte/no-navigation-without-resolve': 'off',
			// Worth a look, not a failure: style and refactoring hints (warnings are not errors here).
			'svelte/prefer-svelte-reactivity': 'warn',
			'preserve-caught-error': 'warn',
			'no-useless-assignment': 'warn',
			'no-useless-escape': 'warn',
			// Charts prerendered to SVG by our own renderer are inserted with {@html}; a new use should be looked at.
			'svelte/no-at-html-tags': 'warn'
		}
	}
);
