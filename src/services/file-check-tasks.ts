import { capIssues } from '../domain/limits';
import { loadQuestionnaire, type QuestionnaireLoadResult } from '../domain/questionnaire/load-questionnaire';
import { MAX_EXCHANGE_FILE_BYTES, readChosenFile } from './file-text';
import { readExchangeFile as read, type ReadResult } from './read-exchange-file';

/**
 * The heavy checks of files that come in (parsing, shapes, every record), run where they cannot
 * freeze the page (a worker, see file-checks.ts). Results keep a bounded number of issues.
 */
export function checkQuestionnaireText(text: string): QuestionnaireLoadResult {
  const result = loadQuestionnaire(text);
  return result.status === 'success' ? result : { ...result, issues: capIssues(result.issues) };
}

/** Reads an assessment or backup file, from its text or as chosen (then its bytes are decoded here too). */
export async function readExchangeFile(input: string | Blob, passphrase?: string): Promise<ReadResult> {
  let text = input;
  if (typeof text !== 'string') {
    const chosen = await readChosenFile(text, MAX_EXCHANGE_FILE_BYTES, 'an encrypted backup');
    if (!chosen.ok) return { kind: 'failure', issues: [chosen.issue] };
    text = chosen.text;
  }
  const result = await read(text, passphrase);
  return result.kind === 'failure' ? { kind: 'failure', issues: capIssues(result.issues) } : result;
}
