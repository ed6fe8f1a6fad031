import { version as appVersion } from '../../package.json';
import { resultOf, type LoadIssue } from '../domain/load-result';
import { loadQuestionnaire, type QuestionnaireLoadResult } from '../domain/questionnaire/load-questionnaire';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { CheckedQuestionnaire, NapDatabase, StoredQuestionnaire } from './db';
import { toStorageError } from './storage-error';

export type ImportOutcome =
  | { status: 'imported'; questionnaire: Questionnaire; warnings: LoadIssue[] }
  | { status: 'unchanged'; questionnaire: Questionnaire }
  | { status: 'invalid'; issues: LoadIssue[] }
  | { status: 'conflict'; id: string; version: string };

/** Same content means the same validated value, whatever the file's spacing. */
const canonical = (q: Questionnaire) => JSON.stringify(q);

function checkedOutcome(result: QuestionnaireLoadResult, by: string): CheckedQuestionnaire | undefined {
  if (result.status === 'failure') return undefined;
  return { by, value: canonical(result.value), warnings: result.issues };
}

/**
 * The restore step of a stored questionnaire: the outcome kept by these same checks when there is
 * one (a JSON parse), else the full check of the text. `stale` says the kept outcome should be renewed.
 */
export function restoreQuestionnaire(
  row: StoredQuestionnaire,
  checks: string,
): { result: QuestionnaireLoadResult; stale: boolean } {
  if (row.checked?.by === checks) {
    try {
      const value = JSON.parse(row.checked.value) as Questionnaire;
      if (value.id === row.id && value.version === row.version)
        return { result: resultOf(value, row.checked.warnings), stale: false };
    } catch {
      // A damaged kept outcome: check the text instead.
    }
  }
  return { result: loadQuestionnaire(row.text), stale: true };
}

/** `checks` names the questionnaire checks in force: the app version, unless a test sets another. */
export function questionnairesRepo(db: NapDatabase, checks: string = appVersion) {
  /** Restores a stored row and keeps a fresh check's outcome; failing to keep it loses nothing. */
  const restore = async (row: StoredQuestionnaire): Promise<QuestionnaireLoadResult> => {
    const { result, stale } = restoreQuestionnaire(row, checks);
    const checked = stale ? checkedOutcome(result, checks) : undefined;
    if (checked) await db.questionnaires.update([row.id, row.version], { checked }).catch(() => undefined);
    return result;
  };
  return {
    list: (): Promise<StoredQuestionnaire[]> => db.questionnaires.toArray(),
    get: (id: string, version: string): Promise<StoredQuestionnaire | undefined> =>
      db.questionnaires.get([id, version]),
    /** A stored row's validated value, or why it cannot be used (see restoreQuestionnaire). */
    restore,
    /**
     * Validates and stores a questionnaire file. `others` are questionnaires already known elsewhere
     * (bundled with the app): an id and version may only ever name one content.
     */
    async import(
      text: string,
      fileName: string,
      now: number,
      others: Questionnaire[],
    ): Promise<ImportOutcome> {
      const result = loadQuestionnaire(text);
      if (result.status === 'failure') return { status: 'invalid', issues: result.issues };
      const q = result.value;
      const storedRow = await db.questionnaires.get([q.id, q.version]);
      const stored = storedRow ? restoreQuestionnaire(storedRow, checks).result : undefined;
      const known = [...others, ...(stored && stored.status !== 'failure' ? [stored.value] : [])].filter(
        (o) => o.id === q.id && o.version === q.version,
      );
      if (known.some((o) => canonical(o) !== canonical(q)))
        return { status: 'conflict', id: q.id, version: q.version };
      if (known.length > 0) return { status: 'unchanged', questionnaire: q };
      try {
        await db.questionnaires.add({
          id: q.id,
          version: q.version,
          text,
          importedAt: now,
          fileName,
          checked: checkedOutcome(result, checks),
        });
      } catch (error) {
        throw toStorageError(error);
      }
      return { status: 'imported', questionnaire: q, warnings: result.issues };
    },
  };
}
