import { isBlank, type AnswerRecord } from './answer';

/** Edits by one person this close together are one sitting: only the value before the sitting is kept. */
export const SITTING_MS = 10 * 60 * 1000;

/**
 * Whether an answer's stored value is kept as an earlier value when `next` replaces it. Typing saves
 * every second or so; each of those saves is not an earlier value of its own, so a value replaced by
 * the same person within a sitting is not kept (the one before the sitting is). A blank is never kept. Pure.
 */
export function keepsAsEarlier(stored: AnswerRecord | undefined, next: AnswerRecord): stored is AnswerRecord {
  if (!stored || isBlank(stored) || stored.updatedAt >= next.updatedAt) return false;
  const sameContent =
    JSON.stringify([stored.value, stored.special, stored.comment, stored.evidence]) ===
    JSON.stringify([next.value, next.special, next.comment, next.evidence]);
  if (sameContent) return false;
  return !(stored.author === next.author && next.updatedAt - stored.updatedAt < SITTING_MS);
}
