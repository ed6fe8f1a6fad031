import { resultOf, type LoadIssue } from '../domain/load-result';
import type { QuestionnaireLoadResult } from '../domain/questionnaire/load-questionnaire';
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

/** The kept outcome of a check, when these same checks made it and it reads back whole. */
export function keptCheck(
  checked: CheckedQuestionnaire | undefined,
  checks: string,
): QuestionnaireLoadResult | undefined {
  if (checked?.by !== checks) return undefined;
  try {
    const value = JSON.parse(checked.value) as Questionnaire;
    if (value.id === checked.id && value.version === checked.version)
      return resultOf(value, checked.warnings);
  } catch {
    // Damaged: the text is checked instead.
  }
  return undefined;
}

function checkOutcome(
  row: StoredQuestionnaire,
  result: QuestionnaireLoadResult,
  by: string,
): CheckedQuestionnaire | undefined {
  if (result.status === 'failure') return undefined;
  const { id, version, fileName } = row;
  return { id, version, fileName, by, value: canonical(result.value), warnings: result.issues };
}

/**
 * The questionnaire checks in force: this build of the app (a new build may check differently even
 * under the same version number, so its kept outcomes are not trusted by the next).
 */
export const CURRENT_CHECKS = typeof __BUILD_ID__ === 'string' ? `build ${__BUILD_ID__}` : 'unbuilt';

/** Checks a questionnaire file's text in full (the app runs it in a worker: see services/file-checks). */
export type QuestionnaireCheck = (text: string) => Promise<QuestionnaireLoadResult>;

/** The loader itself, loaded when first needed: for tests and the command line. */
export const checkInPlace: QuestionnaireCheck = async (text) =>
  (await import('../domain/questionnaire/load-questionnaire')).loadQuestionnaire(text);

/**
 * `checks` names the questionnaire checks in force (see CURRENT_CHECKS; a test may set another);
 * `check` runs them.
 */
export function questionnairesRepo(
  db: NapDatabase,
  checks: string = CURRENT_CHECKS,
  check: QuestionnaireCheck = checkInPlace,
) {
  /** Checks a stored text in full and keeps the outcome; failing to keep it loses nothing. */
  const checkAndKeep = async (row: StoredQuestionnaire): Promise<QuestionnaireLoadResult> => {
    const result = await check(row.text);
    const outcome = checkOutcome(row, result, checks);
    if (outcome) await db.questionnaireChecks.put(outcome).catch(() => undefined);
    return result;
  };
  /** The restore step of a stored questionnaire: the kept outcome of these checks, else a full check. */
  const restore = async (row: StoredQuestionnaire): Promise<QuestionnaireLoadResult> =>
    keptCheck(await db.questionnaireChecks.get([row.id, row.version]), checks) ?? checkAndKeep(row);
  return {
    list: (): Promise<StoredQuestionnaire[]> => db.questionnaires.toArray(),
    get: (id: string, version: string): Promise<StoredQuestionnaire | undefined> =>
      db.questionnaires.get([id, version]),
    /** The id and version of each stored questionnaire (without reading their texts). */
    refs: () => db.questionnaires.toCollection().primaryKeys(),
    /**
     * A stored questionnaire, ready to use: reads only the kept outcome of its check when there is a
     * current one, else the text. Undefined when it is not stored.
     */
    async load(
      id: string,
      version: string,
    ): Promise<{ fileName: string; result: QuestionnaireLoadResult } | undefined> {
      const checked = await db.questionnaireChecks.get([id, version]);
      const kept = keptCheck(checked, checks);
      if (checked && kept) return { fileName: checked.fileName, result: kept };
      const row = await db.questionnaires.get([id, version]);
      return row && { fileName: row.fileName, result: await checkAndKeep(row) };
    },

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
      const result = await check(text);
      if (result.status === 'failure') return { status: 'invalid', issues: result.issues };
      const q = result.value;
      const storedRow = await db.questionnaires.get([q.id, q.version]);
      const stored = storedRow ? await restore(storedRow) : undefined;
      const known = [...others, ...(stored && stored.status !== 'failure' ? [stored.value] : [])].filter(
        (o) => o.id === q.id && o.version === q.version,
      );
      if (known.some((o) => canonical(o) !== canonical(q)))
        return { status: 'conflict', id: q.id, version: q.version };
      if (known.length > 0) return { status: 'unchanged', questionnaire: q };
      try {
        const row = { id: q.id, version: q.version, text, importedAt: now, fileName };
        await db.transaction('rw', db.questionnaires, db.questionnaireChecks, async () => {
          await db.questionnaires.add(row);
          await db.questionnaireChecks.put(checkOutcome(row, result, checks)!);
        });
      } catch (error) {
        throw toStorageError(error);
      }
      return { status: 'imported', questionnaire: q, warnings: result.issues };
    },
  };
}
