import { hasValue, isAnswered, type AnswerState } from '../assessment/answer';
import type { Condition, ConditionValue } from '../questionnaire/condition';

/** Reads the answer of a question as conditions see it: undefined when hidden or unanswered. */
export type AnswerLookup = (questionId: string) => AnswerState | undefined;

function valueOf(state: AnswerState | undefined): unknown {
  if (!state || state.special !== undefined || !hasValue(state.value)) return undefined;
  return state.value;
}

function matches(actual: unknown, expected: ConditionValue): boolean {
  if (Array.isArray(actual)) return actual.includes(expected);
  return actual === expected;
}

function compare(actual: unknown, expected: number | string): number | undefined {
  if (typeof actual === 'number' && typeof expected === 'number') return actual - expected;
  if (typeof actual === 'string' && typeof expected === 'string')
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  return undefined;
}

/**
 * Evaluates a condition. "Don't know", "not applicable", no value and hidden questions all equal
 * "no value": comparisons with them are false, and `not` turns that into true.
 */
export function evaluateCondition(condition: Condition, lookup: AnswerLookup): boolean {
  switch (condition.op) {
    case 'all':
      return condition.conditions.every((c) => evaluateCondition(c, lookup));
    case 'any':
      return condition.conditions.some((c) => evaluateCondition(c, lookup));
    case 'not':
      return !evaluateCondition(condition.condition, lookup);
    case 'answered':
      return isAnswered(lookup(condition.question));
    case 'equals':
      return matches(valueOf(lookup(condition.question)), condition.value);
    case 'oneOf': {
      const actual = valueOf(lookup(condition.question));
      return condition.values.some((v) => matches(actual, v));
    }
    case 'includes': {
      const actual = valueOf(lookup(condition.question));
      return Array.isArray(actual) && actual.includes(condition.value);
    }
    default: {
      const diff = compare(valueOf(lookup(condition.question)), condition.value);
      if (diff === undefined) return false;
      if (condition.op === 'gt') return diff > 0;
      if (condition.op === 'gte') return diff >= 0;
      if (condition.op === 'lt') return diff < 0;
      return diff <= 0;
    }
  }
}
