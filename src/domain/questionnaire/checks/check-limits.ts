import { isSafePattern } from 'redos-detector';
import { LIMITS } from '../../limits';
import type { Condition } from '../condition';
import type { CheckContext, Path } from './context';

const Q = LIMITS.questionnaire;

/**
 * Size limits, checked before anything else so that no later check or screen works on a hostile
 * size; returns false when the questionnaire is too large to check further.
 */
export function checkSize(ctx: CheckContext): boolean {
  const { index } = ctx;
  if (index.questions.length > Q.questions) {
    ctx.error([], `has ${index.questions.length} questions; a questionnaire may have at most ${Q.questions}`);
    return false;
  }
  let fits = true;
  ctx.q.areas.forEach((area, i) => {
    const count = index.questions.filter((e) => e.areaIndex === i).length;
    if (count > Q.questionsPerArea) {
      ctx.error(
        ['areas', i],
        `has ${count} questions; an area may have at most ${Q.questionsPerArea} (split it)`,
      );
      fits = false;
    }
  });
  return fits;
}

function depthOf(condition: Condition): number {
  switch (condition.op) {
    case 'all':
    case 'any':
      return 1 + Math.max(0, ...condition.conditions.map(depthOf));
    case 'not':
      return 1 + depthOf(condition.condition);
    default:
      return 1;
  }
}

/**
 * Patterns a validation can run in linear time (a pattern that can backtrack catastrophically would
 * freeze the screen on a matching answer), and conditions of a bounded depth.
 */
export function checkBounds(ctx: CheckContext): void {
  const { index } = ctx;
  let patterns = 0;
  for (const { question, path } of index.questions) {
    question.validation.forEach((rule, i) => {
      if (rule.rule !== 'pattern') return;
      const at: Path = [...path, 'validation', i, 'pattern'];
      if (++patterns > Q.patterns) {
        if (patterns === Q.patterns + 1)
          ctx.error(at, `more than ${Q.patterns} patterns in one questionnaire`);
        return;
      }
      const problem = patternProblem(rule.pattern);
      if (problem) ctx.error(at, problem);
    });
  }
  const conditions = [
    ...index.containers.map((c) => ({ condition: c.condition, path: c.path })),
    ...index.questions.map((e) => ({ condition: e.question.condition, path: e.path })),
  ];
  for (const { condition, path } of conditions)
    if (condition && depthOf(condition) > Q.conditionDepth)
      ctx.error(
        [...path, 'condition'],
        `nests conditions ${depthOf(condition)} deep; at most ${Q.conditionDepth}`,
      );
}

/** Why a pattern is refused, if it is: not a valid expression, or one that can backtrack without bound. */
export function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'is not a valid regular expression';
  }
  // A bounded, deterministic analysis: a pattern it cannot prove safe within it is refused too.
  const verdict = isSafePattern(pattern, { unicode: true, maxSteps: 2000 });
  if (verdict.safe) return undefined;
  return verdict.error === 'hitMaxSteps' || verdict.error === 'timedOut'
    ? 'is too complex to prove it cannot backtrack without bound; simplify it'
    : 'can backtrack catastrophically (a repeated part can match the same text in several ways, e.g. "(a+)+" or "(a|aa)+"); rewrite it so that each character can match in only one way';
}
