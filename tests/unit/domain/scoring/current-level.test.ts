import { describe, expect, it } from 'vitest';
import type { AnswerState } from '../../../../src/domain/assessment/answer';
import { computeVisibility } from '../../../../src/domain/conditions/visibility';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import { currentLevel, scoreIndicators, summariseAreas } from '../../../../src/domain/scoring/current-level';
import { answers, fullFeature } from '../../../../tests/builders/questionnaire';

const index = indexQuestionnaire(fullFeature());

const question = (id: string) => index.byId.get(id)!.question;

describe('currentLevel: "don\'t know", no answer and hidden are never level 1', () => {
  it.each<[string, string, AnswerState | undefined, boolean, unknown]>([
    ['capacity level', 'bio.authority', { value: 3 }, true, { assessed: true, level: 3 }],
    ['capacity level 1', 'bio.authority', { value: 1 }, true, { assessed: true, level: 1 }],
    [
      '"don\'t know"',
      'bio.authority',
      { special: 'dontKnow' },
      true,
      { assessed: false, reason: 'dontKnow' },
    ],
    [
      '"don\'t know" over a kept value',
      'bio.authority',
      { value: 4, special: 'dontKnow' },
      true,
      { assessed: false, reason: 'dontKnow' },
    ],
    [
      '"not applicable"',
      'bio.transport',
      { special: 'notApplicable' },
      true,
      { assessed: false, reason: 'notApplicable' },
    ],
    ['no answer', 'bio.authority', undefined, true, { assessed: false, reason: 'unanswered' }],
    [
      'a comment only',
      'bio.authority',
      { comment: 'ask MoH' },
      true,
      { assessed: false, reason: 'unanswered' },
    ],
    ['hidden question', 'bio.inventory', { value: 'paper' }, false, { assessed: false, reason: 'hidden' }],
    [
      'out-of-scale stored value',
      'bio.authority',
      { value: 7 },
      true,
      { assessed: false, reason: 'unanswered' },
    ],
    ['choice mapped to a level', 'bio.inventory', { value: 'paper' }, true, { assessed: true, level: 3 }],
    [
      'choice mapped to null',
      'bio.inventory',
      { value: 'other' },
      true,
      { assessed: false, reason: 'unscoredOption' },
    ],
    ['yes/partly/no mapped', 'bio.transport', { value: 'partly' }, true, { assessed: true, level: 2 }],
    ['"no" mapped to level 1', 'bio.transport', { value: 'no' }, true, { assessed: true, level: 1 }],
  ])('%s', (_name, id, state, visible, expected) => {
    expect(currentLevel(question(id), state, visible)).toEqual(expected);
  });
});

describe('area summaries', () => {
  it('give mean, minimum and the share assessed, leaving "not applicable" and hidden out of the share', () => {
    const a = answers({
      'bio.authority': { value: 4 },
      'bio.has-bsl3': { value: 'no' },
      'bio.transport': { special: 'notApplicable' },
    });
    const [bio] = summariseAreas(['bio'], scoreIndicators(index, a, computeVisibility(index, a)));
    expect(bio).toEqual({ areaId: 'bio', indicators: 3, assessed: 1, assessedShare: 1, mean: 4, min: 4 });
  });

  it('count "don\'t know" as applicable but not assessed', () => {
    const a = answers({
      'bio.authority': { value: 2 },
      'bio.has-bsl3': { value: 'yes' },
      'bio.inventory': { special: 'dontKnow' },
      'bio.transport': { value: 'yes' },
    });
    const [bio] = summariseAreas(['bio'], scoreIndicators(index, a, computeVisibility(index, a)));
    expect(bio).toMatchObject({ assessed: 2, assessedShare: 2 / 3, mean: 3, min: 2 });
  });
});
