import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A twenty-fifth held-out set (test/extract/heldout25), 18 fixtures from 15 provinces, written blind in session 14. Measured
// untouched on arrival: 87.8% correct, 21 wrong (one a place: a placeholder city, corrected in the expected file), none of its
// three non-reports rejected. Developed on in session 14: 92.3%, 9 wrong, no wrong place, all three non-reports rejected.
// Session 27 lowered the floor by one field: a town's government the text writes with its city ("中卫市沙坡头区文昌镇人民政府")
// is now named so, as seven other sets' writers name such units; this set's writer left the city out.
fixtureSetSpec('heldout25', 'extract() on a twenty-fifth held-out set of reports', { fixtures: 18, provinces: 15, correct: 0.93, wrong: 8 });
