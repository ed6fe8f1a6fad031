import { useTranslation } from 'react-i18next';
import { LIMITS } from '../domain/limits';
import type { LoadIssue } from '../domain/load-result';

/**
 * Problems found in a file, each with its path: the first ones, then how many more. A hostile file
 * may bring thousands; drawing them all would freeze the page and help no one.
 */
export function IssueList({ intro, issues }: { intro?: string; issues: LoadIssue[] }) {
  const { t } = useTranslation();
  const shown = issues.slice(0, LIMITS.issues.shown);
  return (
    <div>
      {intro && <p className="error">{intro}</p>}
      <ul className="issues">
        {shown.map((issue, i) => (
          <li key={i} className={issue.severity}>
            {t('catalogue.issueAt', { path: issue.path, message: issue.message })}
          </li>
        ))}
        {issues.length > shown.length && (
          <li className="muted">{t('common.andMore', { count: issues.length - shown.length })}</li>
        )}
      </ul>
    </div>
  );
}
