import type { AnswerRecord } from './answer';
import { isBlank } from './answer';
import type { Assessment } from './assessment';
import { isoDay } from '../validation/today';

export interface Reassessment {
  assessment: Assessment;
  /** The earlier answers, as they were (value, author, time): the marks say they are not yet confirmed. */
  answers: AnswerRecord[];
}

/**
 * A new assessment of the same country, started from an earlier one: the same questionnaire, profile
 * and roster, and its answers as the starting point. Each carried answer keeps its author and time, so
 * that it shows as "from <day>" until someone confirms or changes it (a newer record). The review log,
 * the plan and its monitoring stay with the earlier assessment: the new one is reviewed and planned anew. Pure.
 */
export function reassess(
  earlier: Assessment,
  answers: readonly AnswerRecord[],
  next: { id: string; title: string; now: number },
): Reassessment {
  const carried = answers.filter((a) => a.assessmentId === earlier.id && !isBlank(a));
  const last = carried.reduce((m, a) => Math.max(m, a.updatedAt), 0) || earlier.updatedAt;
  const { title, country, horizon, marking, roster, questionnaire } = earlier;
  return {
    assessment: {
      title: next.title || title,
      country,
      horizon,
      marking,
      roster: roster.map((a) => ({ ...a })),
      questionnaire,
      id: next.id,
      createdAt: next.now,
      updatedAt: next.now,
      example: false,
      reassessmentOf: {
        assessmentId: earlier.id,
        title,
        day: isoDay(last),
        // Never before the carried answers: a record newer than this is one made in the re-assessment.
        at: Math.max(next.now, last),
        carried: carried.map((a) => a.questionId),
      },
    },
    answers: carried.map((a) => ({ ...a, assessmentId: next.id })),
  };
}

/**
 * Which answers of a re-assessment still show as carried: those carried whose record is not newer
 * than its start (no one has confirmed or changed them since).
 */
export function carriedAnswers(
  from: NonNullable<Assessment['reassessmentOf']>,
): (questionId: string, updatedAt: number | undefined) => boolean {
  const ids = new Set(from.carried);
  return (questionId, updatedAt) => ids.has(questionId) && (updatedAt ?? 0) <= from.at;
}
