import { LIMITS, megabytes } from '../limits';
import { resultOf, type LoadIssue, type LoadResult } from '../load-result';
import { parseJson } from '../parse-json';
import { zodIssuesToLoadIssues } from '../zod-issues';
import { checkActions } from './checks/check-actions';
import { checkChanges } from './checks/check-changes';
import { checkConditions } from './checks/check-conditions';
import { checkIds } from './checks/check-ids';
import { checkBounds, checkSize } from './checks/check-limits';
import { checkLinks } from './checks/check-links';
import { checkQuestions } from './checks/check-questions';
import { checkTexts } from './checks/check-texts';
import { makeContext } from './checks/context';
import { questionnaireSchema, type Questionnaire } from './schema';
import { indexQuestionnaire } from './questionnaire-index';

export type QuestionnaireLoadResult = LoadResult<Questionnaire>;

/** Validates shape, then meaning. Never throws. */
export function loadQuestionnaireValue(value: unknown): QuestionnaireLoadResult {
  const parsed = questionnaireSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { status: 'failure', issues: zodIssuesToLoadIssues(parsed.error.issues) };
  const questionnaire = parsed.data;
  const issues: LoadIssue[] = [];
  const ctx = makeContext(questionnaire, indexQuestionnaire(questionnaire), issues);
  if (!checkSize(ctx)) return { status: 'failure', issues };
  checkIds(ctx);
  checkTexts(ctx);
  checkConditions(ctx);
  checkQuestions(ctx);
  checkActions(ctx);
  checkLinks(ctx);
  checkChanges(ctx);
  checkBounds(ctx);
  return resultOf(questionnaire, issues);
}

/** Loads a questionnaire file's text. */
export function loadQuestionnaire(text: string): QuestionnaireLoadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.fileBytes.questionnaire)
    return {
      status: 'failure',
      issues: [
        {
          severity: 'error',
          path: '$',
          message: `the file is too large (${megabytes(bytes)}; the limit for a questionnaire is ${megabytes(LIMITS.fileBytes.questionnaire)})`,
        },
      ],
    };
  const json = parseJson(text);
  if (!json.ok) return { status: 'failure', issues: [json.issue] };
  return loadQuestionnaireValue(json.value);
}
