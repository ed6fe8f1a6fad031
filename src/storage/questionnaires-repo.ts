import type { LoadIssue } from '../domain/load-result';
import { loadQuestionnaire } from '../domain/questionnaire/load-questionnaire';
import type { Questionnaire } from '../domain/questionnaire/schema';
import type { NapDatabase, StoredQuestionnaire } from './db';
import { toStorageError } from './storage-error';

export type ImportOutcome =
  | { status: 'imported'; questionnaire: Questionnaire; warnings: LoadIssue[] }
  | { status: 'unchanged'; questionnaire: Questionnaire }
  | { status: 'invalid'; issues: LoadIssue[] }
  | { status: 'conflict'; id: string; version: string };

/** Same content means the same validated value, whatever the file's spacing. */
const canonical = (q: Questionnaire) => JSON.stringify(q);

export function questionnairesRepo(db: NapDatabase) {
  return {
    list: (): Promise<StoredQuestionnaire[]> => db.questionnaires.toArray(),
    get: (id: string, version: string): Promise<StoredQuestionnaire | undefined> =>
      db.questionnaires.get([id, version]),

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
      const stored = storedRow ? loadQuestionnaire(storedRow.text) : undefined;
      const known = [...others, ...(stored && stored.status !== 'failure' ? [stored.value] : [])].filter(
        (o) => o.id === q.id && o.version === q.version,
      );
      if (known.some((o) => canonical(o) !== canonical(q)))
        return { status: 'conflict', id: q.id, version: q.version };
      if (known.length > 0) return { status: 'unchanged', questionnaire: q };
      try {
        await db.questionnaires.add({ id: q.id, version: q.version, text, importedAt: now, fileName });
      } catch (error) {
        throw toStorageError(error);
      }
      return { status: 'imported', questionnaire: q, warnings: result.issues };
    },
  };
}
