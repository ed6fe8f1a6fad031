import { describe, expect, it } from 'vitest';
import { keepsAsEarlier, SITTING_MS } from '../../../../src/domain/assessment/answer-history';
import { makeAnswer, T0 } from '../../../builders/assessment';

const stored = makeAnswer({ questionId: 'q', value: 2, author: 'A. Asanova', updatedAt: T0 });
const next = (over: object) => makeAnswer({ questionId: 'q', value: 3, author: 'A. Asanova', ...over });

describe('which replaced values are kept as earlier values', () => {
  it.each([
    ['nothing stored yet', undefined, next({ updatedAt: T0 + SITTING_MS }), false],
    ['a value of another sitting (same person, later)', stored, next({ updatedAt: T0 + SITTING_MS }), true],
    ['a value of the same sitting (saved while typing)', stored, next({ updatedAt: T0 + 1500 }), false],
    [
      'a value by someone else, however soon',
      stored,
      next({ updatedAt: T0 + 1500, author: 'B. Bekov' }),
      true,
    ],
    ['the same content again (confirmed)', stored, next({ value: 2, updatedAt: T0 + SITTING_MS }), false],
    [
      'a blank stored value',
      makeAnswer({ questionId: 'q', updatedAt: T0 }),
      next({ updatedAt: T0 + SITTING_MS }),
      false,
    ],
    ['a stored value newer than the one offered', stored, next({ updatedAt: T0 - 1 }), false],
    [
      'a changed comment only',
      stored,
      next({ value: 2, comment: 'Decree 214', updatedAt: T0 + SITTING_MS }),
      true,
    ],
  ])('%s: %s', (_, old, replacing, kept) => {
    expect(keepsAsEarlier(old, replacing)).toBe(kept);
  });
});
