import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A fifty-fourth held-out set (test/extract/heldout54), 18 fixtures, written blind early in session 21 and measured
// the moment it landed, before its texts were read: 96.3% correct with the code of that moment (1 wrong; no wrong
// place; all four non-reports rejected; 96.1% with the code of the session's start, which rejected three). Its
// aggregate figure alone (no text or miss read) showed that a commit of session 21 cost it 10 fields; the commit was
// redone (see the README). Developed on in session 22 (its texts read): 97.2%, 2 wrong, all four non-reports
// rejected.
fixtureSetSpec('heldout54', 'extract() on a fifty-fourth held-out set of reports', {
	fixtures: 18,
	provinces: 14,
	correct: 0.97,
	wrong: 1
});
