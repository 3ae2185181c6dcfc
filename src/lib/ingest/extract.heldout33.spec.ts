import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A thirty-third held-out set (test/extract/heldout33), 18 fixtures from 15 provinces, written blind in session 15: 82.5%
// correct on arrival, 88.1% under the ruler of session 16 (a level the text does not state is null, as in every other set; see
// its README), developed on in session 16 (93.2%, 3 wrong, no wrong place, all four non-reports rejected).
fixtureSetSpec('heldout33', 'extract() on a thirty-third held-out set of reports', {
	fixtures: 18,
	provinces: 15,
	correct: 0.96,
	wrong: 4
});
