import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../../../src/domain/assessment/answer';
import { computeVisibility } from '../../../../src/domain/conditions/visibility';
import {
  answerSignature,
  declinedAnswers,
  planMerge,
  resolveMerge,
} from '../../../../src/domain/exchange/merge';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import { reviewEntrySchema } from '../../../../src/domain/scoring/review';
import { makeAnswer, T0 } from '../../../../tests/builders/assessment';
import { ROSTER } from '../../../../tests/builders/fill';
import { fullFeature } from '../../../../tests/builders/questionnaire';

const index = indexQuestionnaire(fullFeature());
const visibility = (m: Map<string, AnswerRecord>) => computeVisibility(index, m);
const a = (questionId: string, value: unknown, at = 0, extra: Partial<AnswerRecord> = {}) =>
  makeAnswer({ questionId, value, updatedAt: T0 + at, ...extra });
const merge = (local: AnswerRecord[], incoming: AnswerRecord[]) =>
  planMerge(
    { answers: local, reviewLog: [], roster: ROSTER },
    { answers: incoming, reviewLog: [], roster: ROSTER },
    visibility,
  );

describe('planMerge', () => {
  it.each<
    [
      string,
      AnswerRecord[],
      AnswerRecord[],
      { added: string[]; unchanged: number; conflicts: [string, string][] },
    ]
  >([
    [
      'the same answer on both sides',
      [a('bio.authority', 3)],
      [a('bio.authority', 3, 500)],
      { added: [], unchanged: 1, conflicts: [] },
    ],
    [
      'the same answer with other spacing in the comment',
      [a('bio.authority', 3, 0, { comment: 'ok ' })],
      [a('bio.authority', 3, 0, { comment: 'ok' })],
      { added: [], unchanged: 1, conflicts: [] },
    ],
    [
      'an answer only in the file',
      [],
      [a('bio.authority', 3)],
      { added: ['bio.authority'], unchanged: 0, conflicts: [] },
    ],
    [
      'an answer only on this device',
      [a('bio.authority', 3)],
      [],
      { added: [], unchanged: 0, conflicts: [] },
    ],
    [
      'a blank record only in the file adds nothing',
      [],
      [a('bio.authority', undefined)],
      { added: [], unchanged: 0, conflicts: [] },
    ],
    [
      'the file newer with another value: a conflict, the file preselected',
      [a('bio.authority', 3, 0)],
      [a('bio.authority', 4, 100)],
      { added: [], unchanged: 0, conflicts: [['bio.authority', 'incoming']] },
    ],
    [
      'this device newer: a conflict, this device preselected',
      [a('bio.authority', 3, 200)],
      [a('bio.authority', 4, 100)],
      { added: [], unchanged: 0, conflicts: [['bio.authority', 'local']] },
    ],
    [
      '"don\'t know" against a level',
      [a('bio.authority', undefined, 0, { special: 'dontKnow' })],
      [a('bio.authority', 2, 50)],
      { added: [], unchanged: 0, conflicts: [['bio.authority', 'incoming']] },
    ],
    [
      'deleted here, changed there',
      [a('bio.authority', undefined, 300)],
      [a('bio.authority', 4, 100)],
      { added: [], unchanged: 0, conflicts: [['bio.authority', 'local']] },
    ],
    [
      'only the evidence differs',
      [a('bio.authority', 3, 0, { evidence: 'Decree 12' })],
      [a('bio.authority', 3, 10, { evidence: 'Decree 12 of 2024' })],
      { added: [], unchanged: 0, conflicts: [['bio.authority', 'incoming']] },
    ],
  ])('%s', (_name, local, incoming, expected) => {
    const plan = merge(local, incoming);
    expect({
      added: plan.added.map((x) => x.questionId),
      unchanged: plan.unchanged,
      conflicts: plan.conflicts.map((c) => [c.questionId, c.suggested]),
    }).toEqual(expected);
  });

  it('marks conflicts on questions hidden by the merged answers', () => {
    const plan = merge(
      [a('bio.has-bsl3', 'no', 100), a('bio.inventory', 'paper')],
      [a('bio.has-bsl3', 'no', 100), a('bio.inventory', 'electronic', 50)],
    );
    expect(plan.conflicts.map((c) => [c.questionId, c.hidden])).toEqual([['bio.inventory', true]]);
  });

  it('writes the added answers and the chosen sides only', () => {
    const plan = merge(
      [a('bio.authority', 3, 0), a('bio.transport', 'yes', 0)],
      [a('bio.authority', 4, 100), a('bio.transport', 'no', 100), a('ops.staff', 12)],
    );
    const written = resolveMerge(plan, new Map([['bio.transport', 'local']]));
    expect(written.map((r) => [r.questionId, r.value])).toEqual([
      ['ops.staff', 12],
      ['bio.authority', 4],
    ]);
  });

  it('makes an older incoming answer the user chose the newest record', () => {
    const plan = merge([a('bio.authority', 3, 500)], [a('bio.authority', 4, 100, { author: 'Agency B' })]);
    const [written] = resolveMerge(plan, new Map([['bio.authority', 'incoming']]));
    expect(written).toMatchObject({ value: 4, author: 'Agency B', updatedAt: T0 + 501 });
  });

  it('merges review logs without duplicates and lists new agencies', () => {
    const entry = (id: string, at: number) =>
      reviewEntrySchema.parse({
        id,
        assessmentId: 'a1',
        at: T0 + at,
        reviewer: 'R',
        kind: 'comment',
        indicatorId: 'bio.authority',
        text: id,
      });
    const plan = planMerge(
      { answers: [], reviewLog: [entry('e1', 1), entry('e2', 2)], roster: ROSTER },
      {
        answers: [],
        reviewLog: [entry('e2', 2), entry('e3', 3)],
        roster: [
          ...ROSTER,
          { id: 'mes', name: 'Ministry of Emergencies', acronym: 'MES', role: '', focalPerson: '' },
        ],
      },
      visibility,
    );
    expect(plan.reviewLog.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect(plan.newReviewEntries).toBe(1);
    expect(plan.newAgencies.map((x) => x.id)).toEqual(['mes']);
  });

  it('does not ask again about an answer of the file declined in an earlier merge', () => {
    const incoming = [a('bio.authority', 4, 100, { author: 'Agency B' }), a('bio.transport', 'no', 100)];
    const first = merge([a('bio.authority', 3, 0), a('bio.transport', 'yes', 0)], incoming);
    const declined = declinedAnswers(first, new Map([['bio.authority', 'local']]));
    expect(declined.map((r) => r.questionId)).toEqual(['bio.authority']);
    const again = planMerge(
      { answers: [a('bio.authority', 3, 0), a('bio.transport', 'no', 100)], reviewLog: [], roster: ROSTER },
      { answers: incoming, reviewLog: [], roster: ROSTER },
      visibility,
      new Set(declined.map(answerSignature)),
    );
    expect(again.conflicts).toEqual([]);
    expect(again.declinedBefore).toBe(1);
    // A later, changed answer of the same question is a new decision.
    const changed = planMerge(
      { answers: [a('bio.authority', 3, 0)], reviewLog: [], roster: ROSTER },
      { answers: [a('bio.authority', 5, 200, { author: 'Agency B' })], reviewLog: [], roster: ROSTER },
      visibility,
      new Set(declined.map(answerSignature)),
    );
    expect(changed.conflicts.map((c) => c.questionId)).toEqual(['bio.authority']);
  });
});
