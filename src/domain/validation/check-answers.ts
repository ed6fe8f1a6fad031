import { computeVisibility } from '../conditions/visibility';
import type { LoadIssue } from '../load-result';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import { validateAnswer, type ValidationContext } from './validate-answer';
import type { AnswerMap } from '../assessment/answer';

/** Checks a set of answers against a questionnaire: known questions, valid values, answers to shown questions. */
export function checkAnswers(
  index: QuestionnaireIndex,
  answers: AnswerMap,
  ctx: ValidationContext,
): LoadIssue[] {
  const issues: LoadIssue[] = [];
  const visibility = computeVisibility(index, answers);
  for (const [id, state] of answers) {
    const entry = index.byId.get(id);
    const path = `$.answers[${JSON.stringify(id)}]`;
    if (!entry) {
      issues.push({ severity: 'error', path, message: `unknown question "${id}"` });
      continue;
    }
    for (const issue of validateAnswer(entry.question, state, ctx))
      issues.push({
        severity: 'error',
        path: issue.row === undefined ? path : `${path}.value[${issue.row}].cells.${issue.column ?? ''}`,
        message: `${issue.code}${issue.params ? ` ${JSON.stringify(issue.params)}` : ''}`,
      });
    if (!visibility.questions.has(id))
      issues.push({
        severity: 'warning',
        path,
        message: 'answers a question that is hidden by its conditions',
      });
  }
  return issues;
}
