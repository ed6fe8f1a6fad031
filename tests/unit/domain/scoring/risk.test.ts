import { describe, expect, it } from 'vitest';
import { defaultPriorityConfig } from '../../../../src/domain/scoring/config';
import { borneRisk, type ScenarioRisk } from '../../../../src/domain/scoring/risk';

const DEFAULT_PRIORITY_CONFIG = defaultPriorityConfig(5);

const profile: ScenarioRisk[] = [
  { questionId: 'lab', hazard: 'B', likelihood: 3, impact: 4, score: 12 },
  { questionId: 'outbreak', hazard: 'B', likelihood: 5, impact: 3, score: 15 },
  { questionId: 'plant', hazard: 'C', likelihood: 2, impact: 4, score: 8 },
];

describe('borneRisk', () => {
  it.each<[string, ('C' | 'B' | 'R' | 'N')[], 'max' | 'mean', unknown]>([
    [
      "the maximum over the hazard's scenarios",
      ['B'],
      'max',
      { value: 15, scenarios: ['outbreak'], assumed: false },
    ],
    [
      'the mean, when configured',
      ['B'],
      'mean',
      { value: 13.5, scenarios: ['lab', 'outbreak'], assumed: false },
    ],
    [
      'the maximum over several hazards',
      ['C', 'B'],
      'max',
      { value: 15, scenarios: ['outbreak'], assumed: false },
    ],
    ['only the hazards protected against', ['C'], 'max', { value: 8, scenarios: ['plant'], assumed: false }],
    [
      'the default when no scenario of the hazard is rated',
      ['N'],
      'max',
      { value: 9, scenarios: [], assumed: true },
    ],
  ])('takes %s', (_name, hazards, riskRule, expected) => {
    expect(borneRisk(hazards, profile, { ...DEFAULT_PRIORITY_CONFIG, riskRule })).toEqual(expected);
  });
});
