import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A hundred-and-ninth held-out set (test/extract/heldout109), 18 fixtures, written blind early in session 27 and measured
// the moment it landed, before its texts were read: 91.3% correct with the code of that moment (69c8526; 8 wrong — two
// titles, a year, a project name, an indicator, a grade's basis, two non-reports accepted — none a place; the same with
// the code of the session's start, e016183). Developed on in session 27.
fixtureSetSpec('heldout109', 'extract() on a hundred-and-ninth held-out set of reports', {
	fixtures: 18,
	provinces: 15,
	correct: 0.99,
	wrong: 2
});
