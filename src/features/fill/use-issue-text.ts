import type { AnswerIssue } from '../../domain/validation/validate-answer';
import { useText } from '../../shared/use-localized';
import { useFill } from './session-context';

/** Words for an answer issue: the file's own message if it has one, else the app's. */
export function useIssueText() {
  const { t, questionnaire } = useFill();
  const text = useText(questionnaire.defaultLanguage);
  return (issue: AnswerIssue, columnTitle?: string) => {
    const base = issue.message
      ? text(issue.message)
      : t(`fill.issue.${issue.code}`, {
          ...issue.params,
          special: issue.params?.special ? t(`fill.special.${String(issue.params.special)}`) : undefined,
        });
    if (issue.row === undefined) return base;
    return t('fill.issue.inCell', { row: issue.row + 1, column: columnTitle ?? issue.column, message: base });
  };
}
