import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../domain/questionnaire/schema';
import { useText } from '../../ui/use-text';
import { useFill } from './session-context';
import { useIssueText } from './use-issue-text';

/** Unanswered required and invalid questions across all areas, each a link that jumps to it. */
export function OutstandingPanel({
  questionsById,
  hrefOf,
}: {
  questionsById: ReadonlyMap<string, Question>;
  hrefOf: (areaId: string, questionId: string) => string;
}) {
  const { t } = useTranslation();
  const { session, questionnaire, complete } = useFill();
  const text = useText(questionnaire.defaultLanguage);
  useSyncExternalStore(session.subscribeProgress, session.getProgressVersion);
  const issueText = useIssueText();
  const { outstanding } = session.progress();
  if (!complete) return <p className="all-clear muted">{t('fill.counting')}</p>;
  if (outstanding.length === 0) return <p className="all-clear">{t('fill.noOutstanding')}</p>;
  const required = outstanding.filter((o) => o.reason === 'required').length;
  return (
    <details className="outstanding">
      <summary>{t('fill.outstanding', { required, invalid: outstanding.length - required })}</summary>
      <ul>
        {outstanding.map((o) => {
          const q = questionsById.get(o.questionId);
          const title = q ? text(q.title) : o.questionId;
          return (
            <li key={o.questionId}>
              <a href={hrefOf(o.areaId, o.questionId)}>
                {q?.code ? `${q.code} ` : ''}
                {title}
              </a>{' '}
              <span className={o.reason === 'required' ? 'muted' : 'error'}>— {issueText(o.issues[0]!)}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
