import Dexie, { type Table } from 'dexie';
import type { AnswerRecord } from '../domain/assessment/answer';
import type { LoadIssue } from '../domain/load-result';
import { checkVersionHistory, STORAGE_VERSIONS } from './versions';

export const DATABASE_NAME = 'cbrn-nap-builder';

/** A questionnaire file imported by the user, kept as its text so it loads offline exactly as imported. */
export interface StoredQuestionnaire {
  id: string;
  version: string;
  text: string;
  importedAt: number;
  fileName: string;
}

/**
 * Checking a questionnaire of a thousand questions takes a noticeable moment; its outcome is kept
 * (apart from the text) and reused while the checks are the same (the same build of the app), so
 * opening an assessment does not check 4 MB again. Another build checks afresh. It is kept in parts,
 * so that opening an area reads the outline and that area, not the whole questionnaire.
 */
export interface CheckedQuestionnaire {
  id: string;
  version: string;
  fileName: string;
  /** The checks that made it: the app's version and build (see CURRENT_CHECKS). */
  by: string;
  /**
   * Kept in parts (see QuestionnaireParts): `value` is the outline and each area's items and the
   * action catalogue are rows of `questionnaireParts` made by the same checks. Rows kept whole by
   * an earlier version of the app have no layout and are checked afresh.
   */
  layout: 'parts';
  /** The validated questionnaire's outline as JSON. */
  value: string;
  /** Per area, the other areas its conditions need (see areaNeeds). */
  needs: Record<string, string[]>;
  warnings: LoadIssue[];
}

/** One part of a checked questionnaire: `area:<id>` (its items as JSON) or `actions`. */
export interface QuestionnairePart {
  id: string;
  version: string;
  part: string;
  /** The checks that made it: must be those of its outline. */
  by: string;
  value: string;
}

/** One answer of a merged file that the user declined (see answerSignature). */
export interface DeclinedAnswer {
  assessmentId: string;
  signature: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Rows are `unknown` until they pass the restore step (see restore.ts). */
export class NapDatabase extends Dexie {
  assessments!: Table<unknown, string>;
  answers!: Table<AnswerRecord, [string, string]>;
  questionnaires!: Table<StoredQuestionnaire, [string, string]>;
  questionnaireChecks!: Table<CheckedQuestionnaire, [string, string]>;
  questionnaireParts!: Table<QuestionnairePart, [string, string, string]>;
  settings!: Table<SettingRow, string>;
  reviewLog!: Table<unknown, string>;
  plans!: Table<unknown, string>;
  declinedAnswers!: Table<DeclinedAnswer, [string, string]>;
  adoptedPlans!: Table<unknown, [string, number]>;
  monitoring!: Table<unknown, string>;
  answerHistory!: Table<AnswerRecord, [string, string, number]>;

  constructor(name = DATABASE_NAME) {
    super(name);
    const problems = checkVersionHistory(STORAGE_VERSIONS);
    if (problems.length > 0) throw new Error(`storage versions are out of order: ${problems.join('; ')}`);
    for (const v of STORAGE_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      const migrate = v.migrate;
      if (migrate)
        version.upgrade(async (tx) => {
          for (const [table, fn] of Object.entries(migrate))
            await tx
              .table(table)
              .toCollection()
              .modify((row, ref) => void (ref.value = fn(row)));
        });
    }
  }
}
