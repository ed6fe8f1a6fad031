import { describe, expect, it } from 'vitest';
import { assessmentSchema } from '../../../../src/domain/assessment/assessment';
import { carriedAnswers, reassess } from '../../../../src/domain/assessment/reassess';
import { makeAnswer, makeAssessment, T0 } from '../../../builders/assessment';

const DAY = 24 * 3600 * 1000;
const earlier = makeAssessment({
  aliases: ['other-device-id'],
  movedFrom: undefined,
  example: true,
});
const answers = [
  makeAnswer({ questionId: 'gov.a', value: 2, updatedAt: T0 + 10 * DAY, author: 'A. Asanova' }),
  makeAnswer({ questionId: 'gov.b', comment: 'Decree 214', updatedAt: T0 + 40 * DAY, author: 'B. Bekov' }),
  // A cleared answer is not carried; neither is another assessment's.
  makeAnswer({ questionId: 'gov.c', updatedAt: T0 + 50 * DAY }),
  makeAnswer({ questionId: 'gov.d', value: 3, assessmentId: 'elsewhere' }),
];
const NOW = T0 + 3 * 365 * DAY;

describe('a re-assessment started from an earlier assessment', () => {
  const { assessment, answers: carried } = reassess(earlier, answers, {
    id: 'a2',
    title: 'NAQ 2029',
    now: NOW,
  });

  it('keeps the country, questionnaire, horizon, marking and roster, under a new id and title', () => {
    expect(assessment).toMatchObject({
      id: 'a2',
      title: 'NAQ 2029',
      country: earlier.country,
      questionnaire: earlier.questionnaire,
      horizon: earlier.horizon,
      marking: earlier.marking,
      roster: earlier.roster,
      createdAt: NOW,
      example: false,
    });
    // Not the earlier one's other ids: files of that assessment do not merge into this one.
    expect(assessment.aliases).toBeUndefined();
    expect(assessmentSchema.safeParse(assessment).success).toBe(true);
  });

  it('carries the answers with their author and time, and says from which day they are', () => {
    expect(carried).toEqual([
      { ...answers[0], assessmentId: 'a2' },
      { ...answers[1], assessmentId: 'a2' },
    ]);
    expect(assessment.reassessmentOf).toEqual({
      assessmentId: 'a1',
      title: earlier.title,
      day: '2026-02-24',
      at: NOW,
      carried: ['gov.a', 'gov.b'],
    });
  });

  it.each([
    ['a carried answer as it came', 'gov.b', T0 + 40 * DAY, true],
    ['a carried answer confirmed or changed in the re-assessment', 'gov.b', NOW + 1, false],
    ['an answer first given in the re-assessment', 'gov.c', NOW + 1, false],
    ['a question never answered', 'gov.z', undefined, false],
  ])('shows %s (%s) as carried', (_, questionId, updatedAt, marked) => {
    expect(carriedAnswers(assessment.reassessmentOf!)(questionId, updatedAt)).toBe(marked);
  });

  it('starts from the earlier assessment’s last edit when it has no answers', () => {
    const empty = reassess(earlier, [], { id: 'a3', title: '', now: NOW });
    expect(empty.answers).toEqual([]);
    expect(empty.assessment.title).toBe(earlier.title);
    expect(empty.assessment.reassessmentOf).toMatchObject({ day: '2026-01-15', carried: [] });
  });

  it('never dates its start before the answers it carries (a device clock behind)', () => {
    const behind = reassess(earlier, answers, { id: 'a4', title: 'x', now: T0 });
    expect(behind.assessment.reassessmentOf!.at).toBe(T0 + 40 * DAY);
  });
});
