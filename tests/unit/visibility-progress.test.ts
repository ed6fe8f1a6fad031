import { describe, expect, it } from 'vitest';
import type { AnswerState } from '../../src/domain/assessment/answer';
import { computeVisibility } from '../../src/domain/conditions/visibility';
import { indexQuestionnaire } from '../../src/domain/questionnaire/walk';
import { computeProgress } from '../../src/domain/validation/progress';
import { answers, fullFeature } from '../builders/questionnaire';

const index = indexQuestionnaire(fullFeature());
const ctx = { agencyIds: new Set(['moh', 'customs']), today: '2026-01-15' };

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

describe('computeProgress', () => {
  it('counts shown questions only, and lists required and invalid ones', () => {
    const given = answers({
      'bio.has-bsl3': { value: 'yes' },
      'bio.labs': { value: [{ id: 'r1', cells: { staff: 3 } }] },
      'bio.treaties': { special: 'dontKnow' },
      'bio.transport': { value: 'yes' },
    });
    const p = computeProgress(index, computeVisibility(index, given), given, ctx);
    const bio = p.areas.find((a) => a.areaId === 'bio')!;
    expect(bio).toEqual({
      areaId: 'bio',
      visible: true,
      total: 6,
      answered: 4,
      requiredMissing: 1,
      invalid: 1,
    });
    expect(p.areas.find((a) => a.areaId === 'ops')).toMatchObject({ visible: false, total: 0 });
    expect(p).toMatchObject({ total: 6, answered: 4, percent: 66 });
    expect(p.outstanding.map((o) => [o.questionId, o.reason])).toEqual([
      ['bio.authority', 'required'],
      ['bio.labs', 'invalid'],
    ]);
  });

  it('keeps hidden answers out of progress', () => {
    const given = answers({ 'bio.has-bsl3': { value: 'no' }, 'bio.inventory': { value: 'paper' } });
    const p = computeProgress(index, computeVisibility(index, given), given, ctx);
    // shown: bio.authority, bio.has-bsl3, bio.treaties (the group, transport and the BWC date are hidden)
    expect(p.areas[0]).toMatchObject({ total: 3, answered: 1 });
  });
});
