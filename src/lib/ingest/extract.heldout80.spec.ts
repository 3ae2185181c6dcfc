import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// An eightieth held-out set (test/extract/heldout80), 18 fixtures, written blind in session 24 and measured the
// moment it landed, before its texts were read: 98.7% correct with the code of that moment (3dc99f9; 2 wrong, one
// of them a non-report read as a report; no wrong place; three of four non-reports rejected; 97.6% with the code
// of the session's start). Then developed on.
fixtureSetSpec('heldout80', 'extract() on an eightieth held-out set of reports', {
	fixtures: 18,
	provinces: 16,
	correct: 0.995,
	wrong: 1
});
