import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A sixty-fifth held-out set (test/extract/heldout65), 18 fixtures, written blind in session 22 and measured the
// moment it landed, before its texts were read: 98.2% correct with the code of that moment (1 wrong, a non-report
// read as a report; no wrong place; three of four non-reports rejected; 88.4% and 9 wrong with the code of the
// session's start). Kept untouched through session 22, developed on in session 23.
fixtureSetSpec('heldout65', 'extract() on a sixty-fifth held-out set of reports', {
	fixtures: 18,
	provinces: 15,
	correct: 0.99,
	wrong: 0
});
