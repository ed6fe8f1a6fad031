import type { FieldErrors, Resolver } from 'react-hook-form';
import type { AnswerState } from '../../domain/assessment/answer';
import type { Question } from '../../domain/questionnaire/schema';
import {
  validateAnswer,
  type AnswerIssue,
  type ValidationContext,
} from '../../domain/validation/validate-answer';
import { fieldName } from './field-names';

export type AreaValues = Record<string, AnswerState | undefined>;

/**
 * react-hook-form validation from the questionnaire: each shown question's answer is checked by the
 * domain rules (zod value schemas plus the file's validation rules). Issues travel in `types`. Only
 * the questions react-hook-form names are checked (the one changed, as someone types), all of them
 * when it names none.
 */
export function answerResolver(
  questions: Question[],
  isVisible: (id: string) => boolean,
  ctx: () => ValidationContext,
): Resolver<AreaValues> {
  return (values, _context, options) => {
    const errors: FieldErrors<AreaValues> = {};
    const named = options.names && new Set(options.names.map((name) => name.split('.')[0]));
    const context = ctx();
    for (const q of questions) {
      if (named && !named.has(fieldName(q.id))) continue;
      if (!isVisible(q.id)) continue;
      const issues = validateAnswer(q, values[fieldName(q.id)], context);
      if (issues.length > 0)
        errors[fieldName(q.id)] = {
          type: issues[0]!.code,
          types: Object.fromEntries(issues.map((issue, i) => [String(i), JSON.stringify(issue)])),
        };
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
}

export function issuesOf(error: { types?: Record<string, unknown> } | undefined): AnswerIssue[] {
  if (!error?.types) return [];
  return Object.values(error.types).flatMap((v) =>
    typeof v === 'string' ? [JSON.parse(v) as AnswerIssue] : [],
  );
}
