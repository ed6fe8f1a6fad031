import { resultOf, type LoadIssue } from '../domain/load-result';
import type { QuestionnaireLoadResult } from '../domain/questionnaire/load-questionnaire';
import {
  areasToOpen,
  assembleQuestionnaire,
  splitQuestionnaire,
} from '../domain/questionnaire/questionnaire-parts';
import type { Action, AreaItem, Questionnaire } from '../domain/questionnaire/schema';
import type { CheckedQuestionnaire, NapDatabase, QuestionnairePart, StoredQuestionnaire } from './db';
import { toStorageError } from './storage-error';

export type ImportOutcome =
  | { status: 'imported'; questionnaire: Questionnaire; warnings: LoadIssue[] }
  | { status: 'unchanged'; questionnaire: Questionnaire }
  | { status: 'invalid'; issues: LoadIssue[] }
  | { status: 'conflict'; id: string; version: string };

/** Same content means the same validated value, whatever the file's spacing. */
const canonical = (q: Questionnaire) => JSON.stringify(q);

/** The outline of a kept check, when these same checks made it in parts and it reads back whole. */
export function keptOutline(
  checked: CheckedQuestionnaire | undefined,
  checks: string,
): Questionnaire | undefined {
  if (checked?.by !== checks || checked.layout !== 'parts') return undefined;
  try {
    const value = JSON.parse(checked.value) as Questionnaire;
    if (value.id === checked.id && value.version === checked.version && Array.isArray(value.areas))
      return value;
  } catch {
    // Damaged: the text is checked instead.
  }
  return undefined;
}

const areaPart = (areaId: string) => `area:${areaId}`;
const ACTIONS = 'actions';

/** Lets the page handle input between two pieces of work (reading a large questionnaire after the first paint). */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The kept parts read back: undefined unless each was made by the same checks and parses. Each part
 * is parsed in a task of its own, so that reading a questionnaire of thousands of questions never
 * holds the page for more than one area's worth.
 */
async function readParts(
  rows: (QuestionnairePart | undefined)[],
  by: string,
): Promise<Map<string, unknown> | undefined> {
  const out = new Map<string, unknown>();
  for (const [i, row] of rows.entries()) {
    if (row?.by !== by) return undefined;
    if (i > 0) await yieldToPage();
    try {
      out.set(row.part, JSON.parse(row.value));
    } catch {
      return undefined;
    }
  }
  return out;
}

/** The rows that keep a check's outcome: its outline, then each area's items and the actions. */
function checkOutcome(
  row: StoredQuestionnaire,
  result: QuestionnaireLoadResult,
  by: string,
): { check: CheckedQuestionnaire; parts: QuestionnairePart[] } | undefined {
  if (result.status === 'failure') return undefined;
  const { id, version, fileName } = row;
  const split = splitQuestionnaire(result.value);
  const part = (name: string, value: unknown): QuestionnairePart => ({
    id,
    version,
    part: name,
    by,
    value: JSON.stringify(value),
  });
  return {
    check: {
      id,
      version,
      fileName,
      by,
      layout: 'parts',
      value: canonical(split.outline),
      needs: split.needs,
      warnings: result.issues,
    },
    parts: [
      ...[...split.items].map(([areaId, items]) => part(areaPart(areaId), items)),
      part(ACTIONS, split.actions),
    ],
  };
}

/** What opening one area read: the questionnaire with that area's items and those it needs. */
export interface OpenedQuestionnaire {
  fileName: string;
  /** Areas not read have no items (nor the actions), unless `complete`. */
  questionnaire: Questionnaire;
  complete: boolean;
  warnings: LoadIssue[];
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
  /** Writes the rows of a check's outcome in place of any earlier ones, in the caller's transaction or its own. */
  const keep = (outcome: NonNullable<ReturnType<typeof checkOutcome>>) =>
    db.transaction('rw', db.questionnaireChecks, db.questionnaireParts, async () => {
      const { id, version } = outcome.check;
      await db.questionnaireParts.where('[id+version]').equals([id, version]).delete();
      await db.questionnaireParts.bulkPut(outcome.parts);
      await db.questionnaireChecks.put(outcome.check);
    });
  /** Checks a stored text in full and keeps the outcome; failing to keep it loses nothing. */
  const checkAndKeep = async (row: StoredQuestionnaire): Promise<QuestionnaireLoadResult> => {
    const result = await check(row.text);
    const outcome = checkOutcome(row, result, checks);
    if (outcome) await keep(outcome).catch(() => undefined);
    return result;
  };
  /** The items of these areas (and the actions, when asked) as these checks kept them, else undefined. */
  const keptItems = async (checked: CheckedQuestionnaire, areaIds: string[], withActions: boolean) => {
    const names = [...areaIds.map(areaPart), ...(withActions ? [ACTIONS] : [])];
    const parts = await readParts(
      await db.questionnaireParts.bulkGet(names.map((n) => [checked.id, checked.version, n])),
      checks,
    );
    return (
      parts && {
        items: new Map(areaIds.map((a) => [a, parts.get(areaPart(a)) as AreaItem[]])),
        actions: parts.get(ACTIONS) as Action[] | undefined,
      }
    );
  };
  /**
   * The whole questionnaire from its kept parts, when they are all there and made by these checks;
   * without its action catalogue when `withActions` is false.
   */
  const keptWhole = async (
    checked: CheckedQuestionnaire | undefined,
    withActions = true,
  ): Promise<QuestionnaireLoadResult | undefined> => {
    const outline = keptOutline(checked, checks);
    if (!checked || !outline) return undefined;
    const kept = await keptItems(
      checked,
      outline.areas.map((a) => a.id),
      withActions,
    );
    return kept && resultOf(assembleQuestionnaire(outline, kept.items, kept.actions), checked.warnings);
  };
  /** The restore step of a stored questionnaire: the kept outcome of these checks, else a full check. */
  const restore = async (row: StoredQuestionnaire): Promise<QuestionnaireLoadResult> =>
    (await keptWhole(await db.questionnaireChecks.get([row.id, row.version]))) ?? checkAndKeep(row);
  return {
    list: (): Promise<StoredQuestionnaire[]> => db.questionnaires.toArray(),
    get: (id: string, version: string): Promise<StoredQuestionnaire | undefined> =>
      db.questionnaires.get([id, version]),
    /** The id and version of each stored questionnaire (without reading their texts). */
    refs: () => db.questionnaires.toCollection().primaryKeys(),
    /**
     * A stored questionnaire, ready to use: reads only the kept outcome of its check when there is a
     * current one, else the text. Undefined when it is not stored. With `withActions` false, the
     * kept action catalogue is not read (what filling in needs; after a full check it is there).
     */
    async load(
      id: string,
      version: string,
      { withActions = true }: { withActions?: boolean } = {},
    ): Promise<{ fileName: string; result: QuestionnaireLoadResult } | undefined> {
      const checked = await db.questionnaireChecks.get([id, version]);
      const kept = await keptWhole(checked, withActions);
      if (checked && kept) return { fileName: checked.fileName, result: kept };
      const row = await db.questionnaires.get([id, version]);
      return row && { fileName: row.fileName, result: await checkAndKeep(row) };
    },

    /**
     * What opening one area needs (the area, or the first when it is not there): the outline, the
     * items of that area and of the areas its conditions need, nothing else. Without a current kept
     * check the text is checked in full (and kept) and the whole questionnaire returned. Undefined
     * when it is not stored or does not pass its checks.
     */
    async open(id: string, version: string, areaId?: string): Promise<OpenedQuestionnaire | undefined> {
      const checked = await db.questionnaireChecks.get([id, version]);
      const outline = keptOutline(checked, checks);
      const area = outline?.areas.find((a) => a.id === areaId) ?? outline?.areas[0];
      const kept = checked && area && (await keptItems(checked, areasToOpen(checked.needs, area.id), false));
      if (checked && outline && kept)
        return {
          fileName: checked.fileName,
          questionnaire: assembleQuestionnaire(outline, kept.items),
          complete: false,
          warnings: checked.warnings,
        };
      const row = await db.questionnaires.get([id, version]);
      if (!row) return undefined;
      const result = await checkAndKeep(row);
      return result.status === 'failure'
        ? undefined
        : { fileName: row.fileName, questionnaire: result.value, complete: true, warnings: result.issues };
    },

    /**
     * The items of one area as the current check kept them, reading that area's part only; undefined
     * when there is no current kept check (then `load` checks the text) or no such area.
     */
    async areaItems(id: string, version: string, areaId: string): Promise<AreaItem[] | undefined> {
      const checked = await db.questionnaireChecks.get([id, version]);
      if (!checked || !keptOutline(checked, checks)?.areas.some((a) => a.id === areaId)) return undefined;
      return (await keptItems(checked, [areaId], false))?.items.get(areaId);
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
        await db.transaction(
          'rw',
          db.questionnaires,
          db.questionnaireChecks,
          db.questionnaireParts,
          async () => {
            await db.questionnaires.add(row);
            await keep(checkOutcome(row, result, checks)!);
          },
        );
      } catch (error) {
        throw toStorageError(error);
      }
      return { status: 'imported', questionnaire: q, warnings: result.issues };
    },
  };
}
