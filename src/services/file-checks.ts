import { wrap } from 'comlink';
import type { QuestionnaireLoadResult } from '../domain/questionnaire/load-questionnaire';
import type { ReadResult } from './read-exchange-file';

export interface FileChecks {
  checkQuestionnaireText(text: string): Promise<QuestionnaireLoadResult>;
  /** From the file's text, or from the file as chosen (read and decoded off the page too). */
  readExchangeFile(input: string | Blob, passphrase?: string): Promise<ReadResult>;
}

let checks: Promise<FileChecks> | undefined;

/**
 * The file checks: in a Web Worker in the browser, so that parsing and checking a file — even a
 * hostile one of 25 MB with 200,000 problems — never blocks the page; loaded only when a file comes
 * in. Where there are no workers (tests, the command line) they run in place.
 */
export function fileChecks(): Promise<FileChecks> {
  checks ??= typeof Worker === 'function' && typeof window === 'object' ? inWorker() : inPlace();
  return checks;
}

function inWorker(): Promise<FileChecks> {
  const worker = new Worker(new URL('./file-check.worker.ts', import.meta.url), { type: 'module' });
  return Promise.resolve(wrap<FileChecks>(worker));
}

async function inPlace(): Promise<FileChecks> {
  const tasks = await import('./file-check-tasks');
  return {
    checkQuestionnaireText: (text) => Promise.resolve(tasks.checkQuestionnaireText(text)),
    readExchangeFile: (input, passphrase) => tasks.readExchangeFile(input, passphrase),
  };
}
