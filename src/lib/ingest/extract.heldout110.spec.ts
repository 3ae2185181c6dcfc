import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A hundred-and-tenth held-out set (test/extract/heldout110), 18 fixtures, written blind in session 27 and measured the
// moment it landed, before its texts were read: 85.4% correct with the code of that moment (81ceb08; 13 wrong — units,
// project names, a budget, an indicator, a grade's basis, two non-reports accepted — none a place; 84.7% with the code of
// the session's start, e016183). Kept untouched.
fixtureSetSpec('heldout110', 'extract() on a hundred-and-tenth held-out set of reports', {
	fixtures: 18,
	provinces: 16,
	correct: 0.85,
	wrong: 13,
	unrejected: 2
});
