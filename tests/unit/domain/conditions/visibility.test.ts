import { describe, expect, it } from 'vitest';
import type { AnswerState } from '../../../../src/domain/assessment/answer';
import { computeVisibility } from '../../../../src/domain/conditions/visibility';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import { answers, fullFeature } from '../../../../tests/builders/questionnaire';

const index = indexQuestionnaire(fullFeature());

const visibilityCases: [string, Record<string, AnswerState>, string[], string[]][] = [
  [
    'nothing answered: conditional group, area and questions hidden',
    {},
    ['bio.authority', 'bio.has-bsl3', 'bio.transport', 'bio.treaties'],
    ['bio.labs', 'bio.inventory', 'bio.bwc-date', 'ops.staff'],
  ],
  ['"yes" shows the group', { 'bio.has-bsl3': { value: 'yes' } }, ['bio.labs', 'bio.inventory'], []],
  [
    '"no" hides the group and the transport question',
    { 'bio.has-bsl3': { value: 'no' } },
    [],
    ['bio.labs', 'bio.transport'],
  ],
  [
    '"don\'t know" keeps the group hidden',
    { 'bio.has-bsl3': { special: 'dontKnow' } },
    ['bio.transport'],
    ['bio.labs'],
  ],
  ['includes shows the date', { 'bio.treaties': { value: ['bwc'] } }, ['bio.bwc-date'], []],
  [
    'the area shows once its condition holds',
    { 'bio.authority': { value: 2 } },
    ['ops.staff', 'ops.notes', 'ops.lead'],
    ['ops.code'],
  ],
  [
    'all-condition',
    { 'bio.authority': { value: 3 }, 'ops.staff': { value: 12 } },
    ['ops.code', 'ops.notes'],
    [],
  ],
  ['any-condition false', { 'bio.authority': { value: 4 }, 'ops.staff': { value: 0 } }, [], ['ops.notes']],
];

describe('computeVisibility', () => {
  it.each(visibilityCases)('%s', (_name, given, shown, hidden) => {
    const v = computeVisibility(index, answers(given));
    for (const id of shown) expect(v.questions.has(id), id).toBe(true);
    for (const id of hidden) expect(v.questions.has(id), id).toBe(false);
  });

  it('cascades: a hidden question reads as unanswered to later conditions', () => {
    // ops.staff answered 12 makes ops.code visible, until the ops area is hidden again.
    const given = answers({ 'ops.staff': { value: 12 } });
    const v = computeVisibility(index, given);
    expect(v.containers.has('ops')).toBe(false);
    expect(v.questions.has('ops.code')).toBe(false);
  });
});
