import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A thirty-ninth held-out set (test/extract/heldout39), 18 fixtures from 13 provinces, written blind in session 17 against the
// code of that session's start and measured before its texts were read: 91.2% correct (7 wrong, no wrong place, two of four
// non-reports rejected); developed on in session 17 (96.3%, 2 wrong, all rejected).
fixtureSetSpec('heldout39', 'extract() on a thirty-ninth held-out set of reports', {
	fixtures: 18,
	provinces: 13,
	correct: 0.98,
	wrong: 0
});
