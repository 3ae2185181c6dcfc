import { fixtureSetSpec } from '../../../test/extract/fixture-set';

// Reports from 21 provinces written after the layouts of real published ones (test/extract/national/README.md),
// each with an expected file a person wrote by reading it.
fixtureSetSpec('national', 'extract() on reports from across the country', { fixtures: 30, provinces: 15, correct: 0.96, wrong: 5 });
