import { describe, expect, it } from 'vitest';
import { borneRisk, type Links, type Scenario } from '../../../../src/domain/scoring/risk';

const s = (
  questionId: string,
  hazard: 'C' | 'B' | 'R' | 'N',
  rating?: [number, number],
  category?: Scenario['category'],
): Scenario => ({
  questionId,
  hazard,
  category,
  rating: rating && { likelihood: rating[0], impact: rating[1] },
  rerated: false,
});

const all: Scenario[] = [
  s('pandemic', 'B', [4, 5], 'natural-outbreak'),
  s('theft', 'B', [2, 4], 'theft-diversion'),
  s('lab', 'B', [3, 3], 'accidental-release'),
  s('insider', 'N', undefined, 'theft-diversion'),
  s('plant', 'C', [2, 4], 'facility-accident'),
];

const links = (scoring: Links['scoring'], reviewed?: string[]): Links => ({ scoring, reviewed });

describe('borneRisk: from the scenarios an indicator mitigates', () => {
  it.each<[string, Links, 'max' | 'mean', unknown]>([
    [
      'linked scenarios only, not every scenario of its hazard (personnel reliability: theft, not pandemic)',
      links({ hazards: ['B'], scenarios: ['theft'] }),
      'max',
      { source: 'linked', value: 8, scenarios: ['theft'], unrated: [], considered: ['theft'] },
    ],
    [
      'the highest of several linked',
      links({ hazards: ['B'], scenarios: ['theft', 'lab'] }),
      'max',
      { source: 'linked', value: 9, scenarios: ['lab'], unrated: [], considered: ['theft', 'lab'] },
    ],
    [
      'the mean of several linked, by choice',
      links({ hazards: ['B'], scenarios: ['theft', 'lab'] }),
      'mean',
      {
        source: 'linked',
        value: 8.5,
        scenarios: ['theft', 'lab'],
        unrated: [],
        considered: ['theft', 'lab'],
      },
    ],
    [
      'kinds of scenario within its hazards (theft of a pathogen, not of nuclear material)',
      links({ hazards: ['B'], scenarioCategories: ['theft-diversion'] }),
      'max',
      { source: 'linked', value: 8, scenarios: ['theft'], unrated: [], considered: ['theft'] },
    ],
    [
      'the hazard-class rule as the fallback where no link is given',
      links({ hazards: ['B'] }),
      'max',
      {
        source: 'fallback',
        value: 20,
        scenarios: ['pandemic'],
        unrated: [],
        considered: ['pandemic', 'theft', 'lab'],
      },
    ],
    [
      'a linked scenario left unrated: listed, never assumed',
      links({ hazards: ['B', 'N'], scenarios: ['theft', 'insider'] }),
      'max',
      {
        source: 'linked',
        value: 8,
        scenarios: ['theft'],
        unrated: ['insider'],
        considered: ['theft', 'insider'],
      },
    ],
    [
      'no linked scenario rated: risk not assessed (0, not 9)',
      links({ hazards: ['N'], scenarios: ['insider'] }),
      'max',
      { source: 'notAssessed', value: 0, scenarios: [], unrated: ['insider'], considered: ['insider'] },
    ],
    [
      'no scenario of its hazards at all: not assessed',
      links({ hazards: ['R'] }),
      'max',
      { source: 'notAssessed', value: 0, scenarios: [], unrated: [], considered: [] },
    ],
    [
      "a reviewer's choice of drivers over the questionnaire's links",
      links({ hazards: ['B'], scenarios: ['theft'] }, ['pandemic']),
      'max',
      { source: 'reviewed', value: 20, scenarios: ['pandemic'], unrated: [], considered: ['pandemic'] },
    ],
  ])('takes %s', (_name, given, rule, expected) => {
    expect(borneRisk(given, all, rule)).toEqual(expected);
  });
});
