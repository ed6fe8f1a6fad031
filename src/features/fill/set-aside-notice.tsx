import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useFill } from './session-context';

/**
 * Stored answers that do not fit the questionnaire (written by an older app or changed outside it):
 * named here with the reason, and never used for progress, priorities or the plan.
 */
export function SetAsideNotice() {
  const { t } = useTranslation();
  const { session } = useFill();
  // The list is replaced only when it changes: typing does not re-render this.
  const refused = useSyncExternalStore(session.subscribe, () => session.setAside());
  if (refused.length === 0) return null;
  return (
    <details className="warning-box" role="note" data-testid="set-aside">
      <summary>{t('fill.setAside', { count: refused.length })}</summary>
      <ul>
        {refused.slice(0, 50).map(({ record, reason }) => (
          <li key={record.questionId}>
            <code>{record.questionId}</code>: {reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
