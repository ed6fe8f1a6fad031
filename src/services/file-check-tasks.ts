import { LIMITS } from '../domain/limits';
import type { LoadIssue } from '../domain/load-result';
import { loadQuestionnaire, type QuestionnaireLoadResult } from '../domain/questionnaire/load-questionnaire';
import { readExchangeFile as read, type ReadResult } from './read-exchange-file';

/**
 * The heavy checks of files that come in (parsing, shapes, every record), run where they cannot
 * freeze the page (a worker, see file-checks.ts). Results keep a bounded number of issues.
 */
export function capIssues(issues: LoadIssue[]): LoadIssue[] {
  const max = LIMITS.issues.kept;
  if (issues.length <= max) return issues;
  return [
    ...issues.slice(0, max),
    { severity: 'error', path: '$', message: `and ${issues.length - max} more problems not listed` },
  ];
}

export function checkQuestionnaireText(text: string): QuestionnaireLoadResult {
  const result = loadQuestionnaire(text);
  return result.status === 'success' ? result : { ...result, issues: capIssues(result.issues) };
}

export async function readExchangeFile(text: string, passphrase?: string): Promise<ReadResult> {
  const result = await read(text, passphrase);
  return result.kind === 'failure' ? { kind: 'failure', issues: capIssues(result.issues) } : result;
}
