import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A hundred-and-sixth held-out set (test/extract/heldout106), 18 fixtures, written blind late in session 26 and measured
// the moment it landed, before its texts were read: 94.9% correct with the code of that moment (88fecf7; 5 wrong — a
// budget, two titles, two non-reports accepted — none a place; 94.6% with the code of the session's start, 1a9b326).
// Developed on in session 26.
fixtureSetSpec('heldout106', 'extract() on a hundred-and-sixth held-out set of reports', {
	fixtures: 18,
	provinces: 16,
	correct: 0.965,
	wrong: 1
});
