import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// A nineteenth held-out set (test/extract/heldout19), 20 fixtures from 20 provinces, written by someone who neither read nor ran
// the extractor. First measured untouched in session 12: 77.4% correct, 22 wrong, no wrong place, two of its three non-reports
// rejected; 79.2% at the end of that session on rules written for other sets. Developed on in session 13 (its texts read): 97.0%,
// 9 wrong (among them conventions the sets disagree on: full-width title brackets, ‰ values, a verb kept in an actual text),
// no wrong place, all three non-reports rejected. 宝山区 (Shanghai's or Shuangyashan's) stays unresolved with a check: the text
// names no city.
fixtureSetSpec('heldout19', 'extract() on a nineteenth held-out set of reports', { fixtures: 20, provinces: 20, correct: 0.975, wrong: 6 });
