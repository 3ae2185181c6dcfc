import { describe, expect, it } from 'vitest';
import { EditorState } from '@codemirror/state';
import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { columnCompletion, functionCompletion } from './editor';

const at = (doc: string, explicit = false) => new CompletionContext(EditorState.create({ doc }), doc.length, explicit);
const labels = (r: CompletionResult | null | Promise<CompletionResult | null>) => (r as CompletionResult | null)?.options.map((o) => o.label) ?? null;

describe('completion sources', () => {
	const cols = () => [{ label: 'execution_rate', type: 'property', detail: 'DOUBLE · reports' }];
	it('columns without a table prefix, but not after a dot', () => {
		expect(labels(columnCompletion(cols)(at('SELECT exec')))).toEqual(['execution_rate']);
		expect(labels(columnCompletion(cols)(at('SELECT r.exec')))).toBeNull();
		expect(labels(columnCompletion(cols)(at('SELECT ')))).toBeNull();
	});
	it('no columns where only a table can stand (FROM rep → the table reports, not report_id)', () => {
		const c = () => [{ label: 'report_id', type: 'property', detail: 'VARCHAR · reports' }];
		for (const doc of ['SELECT * FROM rep', 'select 1 from\n  rep', 'SELECT * FROM reports r JOIN rep', 'DESCRIBE rep'])
			expect(labels(columnCompletion(c)(at(doc))), doc).toBeNull();
		expect(labels(columnCompletion(c)(at('SELECT * FROM reports WHERE rep')))).toEqual(['report_id']);
	});
	it('functions, from where the word starts', () => {
		const r = functionCompletion(at('SELECT quantile_c')) as CompletionResult;
		expect(r.from).toBe(7);
		expect(r.options.map((o) => o.label)).toContain('quantile_cont');
		expect(r.options.map((o) => o.label)).not.toContain('read_csv');
	});
});
