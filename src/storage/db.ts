import Dexie, { type Table } from 'dexie';
import type { AnswerRecord } from '../domain/assessment/answer';
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

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Rows are `unknown` until they pass the restore step (see restore.ts). */
export class NapDatabase extends Dexie {
  assessments!: Table<unknown, string>;
  answers!: Table<AnswerRecord, [string, string]>;
  questionnaires!: Table<StoredQuestionnaire, [string, string]>;
  settings!: Table<SettingRow, string>;
  reviewLog!: Table<unknown, string>;
  plans!: Table<unknown, string>;

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
