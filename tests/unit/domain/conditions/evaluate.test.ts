import { describe, expect, it } from 'vitest';
import type { AnswerState } from '../../../../src/domain/assessment/answer';
import { evaluateCondition } from '../../../../src/domain/conditions/evaluate';
import type { Condition } from '../../../../src/domain/questionnaire/condition';

const given = (answers: Record<string, AnswerState>) => (id: string) => answers[id];

const cases: [string, Condition, Record<string, AnswerState>, boolean][] = [
  ['equals a choice', { op: 'equals', question: 'q', value: 'yes' }, { q: { value: 'yes' } }, true],
  ['equals a different choice', { op: 'equals', question: 'q', value: 'yes' }, { q: { value: 'no' } }, false],
  ['equals on no answer', { op: 'equals', question: 'q', value: 'yes' }, {}, false],
  [
    'equals on "don\'t know"',
    { op: 'equals', question: 'q', value: 'yes' },
    { q: { value: 'yes', special: 'dontKnow' } },
    false,
  ],
  ['equals a number', { op: 'equals', question: 'q', value: 3 }, { q: { value: 3 } }, true],
  [
    'equals within a multiple choice',
    { op: 'equals', question: 'q', value: 'b' },
    { q: { value: ['a', 'b'] } },
    true,
  ],
  ['oneOf hit', { op: 'oneOf', question: 'q', values: ['yes', 'partly'] }, { q: { value: 'partly' } }, true],
  ['oneOf miss', { op: 'oneOf', question: 'q', values: ['yes', 'partly'] }, { q: { value: 'no' } }, false],
  ['includes hit', { op: 'includes', question: 'q', value: 'bwc' }, { q: { value: ['bwc', 'cwc'] } }, true],
  ['includes miss', { op: 'includes', question: 'q', value: 'npt' }, { q: { value: ['bwc'] } }, false],
  ['includes on a scalar', { op: 'includes', question: 'q', value: 'bwc' }, { q: { value: 'bwc' } }, false],
  ['gt true', { op: 'gt', question: 'q', value: 2 }, { q: { value: 3 } }, true],
  ['gt equal is false', { op: 'gt', question: 'q', value: 3 }, { q: { value: 3 } }, false],
  ['gte equal', { op: 'gte', question: 'q', value: 3 }, { q: { value: 3 } }, true],
  ['lt', { op: 'lt', question: 'q', value: 3 }, { q: { value: 2 } }, true],
  ['lte', { op: 'lte', question: 'q', value: 2 }, { q: { value: 3 } }, false],
  [
    'dates compare as dates',
    { op: 'lt', question: 'q', value: '2020-01-01' },
    { q: { value: '2019-12-31' } },
    true,
  ],
  ['comparison with no value is false', { op: 'lt', question: 'q', value: 3 }, {}, false],
  [
    'comparison of text with a number is false',
    { op: 'gt', question: 'q', value: 3 },
    { q: { value: '5' } },
    false,
  ],
  ['answered with a value', { op: 'answered', question: 'q' }, { q: { value: 'x' } }, true],
  [
    'answered with "not applicable"',
    { op: 'answered', question: 'q' },
    { q: { special: 'notApplicable' } },
    true,
  ],
  ['answered with blank text is false', { op: 'answered', question: 'q' }, { q: { value: '  ' } }, false],
  [
    'answered with a comment only is false',
    { op: 'answered', question: 'q' },
    { q: { comment: 'ask MoH' } },
    false,
  ],
  [
    'all true',
    {
      op: 'all',
      conditions: [
        { op: 'answered', question: 'a' },
        { op: 'answered', question: 'b' },
      ],
    },
    { a: { value: 1 }, b: { value: 2 } },
    true,
  ],
  [
    'all with one false',
    {
      op: 'all',
      conditions: [
        { op: 'answered', question: 'a' },
        { op: 'answered', question: 'b' },
      ],
    },
    { a: { value: 1 } },
    false,
  ],
  [
    'any with one true',
    {
      op: 'any',
      conditions: [
        { op: 'answered', question: 'a' },
        { op: 'answered', question: 'b' },
      ],
    },
    { b: { value: 2 } },
    true,
  ],
  [
    'not of a missing answer',
    { op: 'not', condition: { op: 'equals', question: 'q', value: 'no' } },
    {},
    true,
  ],
  [
    'nested',
    { op: 'not', condition: { op: 'any', conditions: [{ op: 'equals', question: 'q', value: 'no' }] } },
    { q: { value: 'no' } },
    false,
  ],
];

describe('evaluateCondition', () => {
  it.each(cases)('%s', (_name, condition, answers, expected) => {
    expect(evaluateCondition(condition, given(answers))).toBe(expected);
  });
});
