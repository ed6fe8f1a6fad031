import { useTranslation } from 'react-i18next';
import type { LoadIssue } from '../domain/load-result';

/** Problems found in a file, each with its path. */
export function IssueList({ intro, issues }: { intro?: string; issues: LoadIssue[] }) {
  const { t } = useTranslation();
  return (
    <div>
      {intro && <p className="error">{intro}</p>}
      <ul className="issues">
        {issues.map((issue, i) => (
          <li key={i} className={issue.severity}>
            {t('catalogue.issueAt', { path: issue.path, message: issue.message })}
          </li>
        ))}
      </ul>
    </div>
  );
}
