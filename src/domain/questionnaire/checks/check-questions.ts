import type { Question, ValidationRule } from '../schema';
import { isScorableKind } from '../scoring-levels';
import { YES_PARTLY_NO } from '../vocabulary';
import type { CheckContext, Path } from './context';

const RULE_KINDS: Record<ValidationRule['rule'], Question['kind'][] | 'all'> = {
  required: 'all',
  range: ['number', 'date'],
  length: ['shortText', 'longText'],
  pattern: ['shortText', 'longText'],
  count: ['multipleChoice', 'table', 'agency'],
};

/** Levels 1–5, each exactly once: the capacity scale and the risk scales share this rule. */
export function checkFiveLevels(
  ctx: CheckContext,
  levels: { level: number }[],
  path: Path,
  what: string,
): void {
  const seen = new Set<number>();
  levels.forEach((l, i) => {
    if (seen.has(l.level)) ctx.error([...path, i, 'level'], `level ${l.level} is described twice`);
    seen.add(l.level);
  });
  for (let level = 1; level <= 5; level++)
    if (!seen.has(level)) ctx.error(path, `level ${level} has no ${what}`);
}

function checkScoring(ctx: CheckContext, question: Question, path: Path): void {
  const scoring = question.scoring;
  if (!scoring) return;
  const at = [...path, 'scoring'];
  if (!isScorableKind(question.kind)) {
    ctx.error(
      at,
      `a ${question.kind} question cannot be scored; score capacity, singleChoice or yesPartlyNo questions`,
    );
    return;
  }
  if (question.kind === 'capacity') {
    if (scoring.levels)
      ctx.error([...at, 'levels'], 'a capacity question is scored by its own level; remove "levels"');
    return;
  }
  const keys = question.kind === 'singleChoice' ? question.options.map((o) => o.id) : [...YES_PARTLY_NO];
  if (!scoring.levels) {
    ctx.error(at, `"levels" must map each answer (${keys.join(', ')}) to a capacity level or null`);
    return;
  }
  for (const key of Object.keys(scoring.levels))
    if (!keys.includes(key)) ctx.error([...at, 'levels', key], `"${key}" is not an answer of this question`);
  for (const key of keys)
    if (!Object.hasOwn(scoring.levels, key))
      ctx.error([...at, 'levels'], `answer "${key}" has no level (use null if it is not scored)`);
}

function checkValidation(ctx: CheckContext, question: Question, path: Path): void {
  question.validation.forEach((rule, i) => {
    const at = [...path, 'validation', i];
    const kinds = RULE_KINDS[rule.rule];
    if (kinds !== 'all' && !kinds.includes(question.kind)) {
      ctx.error([...at, 'rule'], `"${rule.rule}" does not apply to a ${question.kind} question`);
      return;
    }
    if (rule.rule === 'range') {
      const wanted = question.kind === 'date' ? 'string' : 'number';
      for (const bound of ['min', 'max'] as const) {
        const v = rule[bound];
        if (v !== undefined && typeof v !== wanted)
          ctx.error(
            [...at, bound],
            question.kind === 'date' ? 'must be a date "YYYY-MM-DD" or "today"' : 'must be a number',
          );
      }
    }
    if (
      (rule.rule === 'range' || rule.rule === 'length' || rule.rule === 'count') &&
      rule.min !== undefined &&
      rule.max !== undefined &&
      rule.min !== 'today' &&
      rule.max !== 'today' &&
      rule.min > rule.max
    )
      ctx.error(at, `min (${rule.min}) is greater than max (${rule.max})`);
    // Patterns are checked, once, in check-limits.ts (valid and safe to run).
  });
}

export function checkQuestions(ctx: CheckContext): void {
  const hasRisk = ctx.index.questions.some((e) => e.question.kind === 'risk');
  if (hasRisk && !ctx.q.riskScales)
    ctx.error([], 'risk questions need "riskScales" (likelihood and impact, levels 1–5)');
  if (ctx.q.riskScales) {
    checkFiveLevels(ctx, ctx.q.riskScales.likelihood, ['riskScales', 'likelihood'], 'label');
    checkFiveLevels(ctx, ctx.q.riskScales.impact, ['riskScales', 'impact'], 'label');
  }
  for (const { question, path } of ctx.index.questions) {
    if (question.kind === 'capacity')
      checkFiveLevels(ctx, question.levels, [...path, 'levels'], 'descriptor');
    checkScoring(ctx, question, path);
    checkValidation(ctx, question, path);
  }
}
