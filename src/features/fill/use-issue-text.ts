import type { AnswerIssue } from '../../domain/validation/validate-answer';
import { useText } from '../../ui/use-text';
import { useFill } from './session-context';
import { useUiLanguage } from '../../ui/ui-language';
import { formatIsoDate, formatNumber } from '../../i18n/format';

/** Words for an answer issue: the file's own message if it has one, else the app's. */
export function useIssueText() {
  const { t, questionnaire } = useFill();
  const language = useUiLanguage();
  const text = useText(questionnaire.defaultLanguage);
  return (issue: AnswerIssue, columnTitle?: string) => {
    // Date bounds read as the UI language writes dates; numbers likewise.
    const params = Object.fromEntries(
      Object.entries(issue.params ?? {}).map(([k, v]) => [
        k,
        typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
          ? formatIsoDate(v, language)
          : typeof v === 'number'
            ? formatNumber(v, language)
            : v,
      ]),
    );
    const base = issue.message
      ? text(issue.message)
      : t(`fill.issue.${issue.code}`, {
          ...params,
          special: issue.params?.special ? t(`fill.special.${String(issue.params.special)}`) : undefined,
        });
    if (issue.row === undefined) return base;
    return t('fill.issue.inCell', { row: issue.row + 1, column: columnTitle ?? issue.column, message: base });
  };
}
