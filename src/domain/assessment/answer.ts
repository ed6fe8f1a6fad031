import { z } from 'zod';

export const SPECIAL_ANSWERS = ['dontKnow', 'notApplicable'] as const;
export type SpecialAnswer = (typeof SPECIAL_ANSWERS)[number];

/** What a user gives for one question: a value, or "don't know"/"not applicable", with notes. */
export const answerStateSchema = z.strictObject({
  value: z.unknown().optional(),
  special: z.enum(SPECIAL_ANSWERS).optional(),
  comment: z.string().max(20_000).optional(),
  evidence: z.string().max(20_000).optional(),
});
export type AnswerState = z.infer<typeof answerStateSchema>;

/** An answer as stored and exchanged: one record per question, stamped with time and author. */
export const answerRecordSchema = answerStateSchema.extend({
  assessmentId: z.string().min(1),
  questionId: z.string().min(1),
  updatedAt: z.number().int().nonnegative(),
  author: z.string().max(200),
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

export type AnswerMap = ReadonlyMap<string, AnswerState>;

/** Empty text, an empty list and an unset value are "no value". */
export function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'object') {
    const risk = value as { likelihood?: unknown; impact?: unknown };
    if ('likelihood' in risk || 'impact' in risk)
      return risk.likelihood !== undefined && risk.impact !== undefined;
    return Object.keys(value).length > 0;
  }
  return true;
}

/** A question counts as answered with a value or with "don't know"/"not applicable". */
export function isAnswered(state: AnswerState | undefined): boolean {
  if (!state) return false;
  return state.special !== undefined || hasValue(state.value);
}

/** True when nothing at all was entered (no value, no special answer, no notes). */
export function isBlank(state: AnswerState | undefined): boolean {
  return !state || (!isAnswered(state) && !state.comment?.trim() && !state.evidence?.trim());
}
