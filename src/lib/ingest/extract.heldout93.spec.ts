import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A ninety-third held-out set (test/extract/heldout93), 18 fixtures, written blind in session 25 (seven reports after the
// layouts of sites no earlier set used) and measured the moment it landed, before its texts were read: 85.7% correct with
// the code of that moment (5adf4b8; 10 wrong: six titles, three indicators, one non-report accepted; no wrong place; 3 of
// 4 non-reports rejected; 85.7% with the code of the session's start). Then developed on (89.0%; a report whose page calls its content "仅为示例整理" is rejected as a
// made-up example, a reading the writer did not share).
fixtureSetSpec('heldout93', 'extract() on a ninety-third held-out set of reports', {
	fixtures: 18,
	provinces: 15,
	correct: 0.889,
	wrong: 6
});
