import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A sixty-fourth held-out set (test/extract/heldout64), 18 fixtures, written blind in session 22 and measured the
// moment it landed, before its texts were read: 97.9% correct with the code of that moment (6 wrong, three of them
// non-reports read as reports; no wrong place; one of four non-reports rejected; 94.9% and 13 wrong with the code of
// the session's start). Kept untouched through session 22, developed on in session 23.
fixtureSetSpec('heldout64', 'extract() on a sixty-fourth held-out set of reports', {
	fixtures: 18,
	provinces: 16,
	correct: 0.995,
	wrong: 1
});
