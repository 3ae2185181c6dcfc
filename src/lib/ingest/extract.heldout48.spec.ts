import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A forty-eighth held-out set (test/extract/heldout48), 18 fixtures, written blind late in session 19 and measured the
// moment it landed, before its texts were read: 93.7% correct with the code of that moment (4 wrong, no wrong place,
// three of four non-reports rejected; 93.0% with the code of the session's start). Kept untouched through session 19;
// developed on in session 20. Session 26: one value wrong by convention, not by reading — a time bound's result written
// "实际平均4个工作日" is read as "4个工作日" (the project strips an average's word before a result, as heldout95's writer
// does); this set's writer kept "平均4个工作日". The value, 4, is the same.
fixtureSetSpec('heldout48', 'extract() on a forty-eighth held-out set of reports', {
	fixtures: 18,
	provinces: 14,
	correct: 0.995,
	wrong: 1
});
