import { formatPath, type LoadIssue } from '../../load-result';
import type { Questionnaire } from '../schema';
import type { QuestionnaireIndex } from '../questionnaire-index';

export type Path = (string | number)[];

/** What every check reads, and where it reports. */
export interface CheckContext {
  q: Questionnaire;
  index: QuestionnaireIndex;
  error(path: Path, message: string): void;
  warn(path: Path, message: string): void;
}

export function makeContext(q: Questionnaire, index: QuestionnaireIndex, issues: LoadIssue[]): CheckContext {
  return {
    q,
    index,
    error: (path, message) => issues.push({ severity: 'error', path: formatPath(path), message }),
    warn: (path, message) => issues.push({ severity: 'warning', path: formatPath(path), message }),
  };
}
