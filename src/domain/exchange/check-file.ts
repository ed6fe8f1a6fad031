import { checkAnswers } from '../validation/check-answers';
import type { LoadIssue } from '../load-result';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import { isoDay } from '../validation/today';
import type { AssessmentFile } from './assessment-file';

/** Checks an assessment file against the questionnaire it names: every answer must fit a known question. */
export function checkFileAgainstQuestionnaire(
  file: AssessmentFile,
  index: QuestionnaireIndex,
  now: number,
): LoadIssue[] {
  const answers = new Map(file.answers.map((a) => [a.questionId, a]));
  const agencyIds = new Set(file.assessment.roster.map((a) => a.id));
  const position = new Map(file.answers.map((a, i) => [a.questionId, i]));
  // Errors only: an answer kept for a question hidden by other answers is normal.
  return checkAnswers(index, answers, { agencyIds, today: isoDay(now) })
    .filter((i) => i.severity === 'error')
    .map((i) => {
      const id = /^\$\.answers\["(.+?)"\]/.exec(i.path)?.[1];
      return id !== undefined
        ? { ...i, path: i.path.replace(`["${id}"]`, `[${position.get(id) ?? '?'}]`) }
        : i;
    });
}
