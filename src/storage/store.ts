import { useLiveQuery } from 'dexie-react-hooks';
import { browserJournal, type AnswerJournal } from './answer-journal';
import { answersRepo } from './answers-repo';
import { assessmentsRepo } from './assessments-repo';
import { NapDatabase } from './db';
import type { exchangeRepo } from './exchange-repo';
import { lazyRepo } from './lazy-repo';
import type { monitoringRepo } from './monitoring-repo';
import type { plansRepo } from './plans-repo';
import { CURRENT_CHECKS, questionnairesRepo, type QuestionnaireCheck } from './questionnaires-repo';
import type { reviewRepo } from './review-repo';
import { settingsRepo } from './settings-repo';
import type { syncRepo } from './sync-repo';
import { toStorageError } from './storage-error';

/** Everything the UI may do with stored data, as named handlers. */
export interface StoreOptions {
  /** How a questionnaire's text is checked (the app: in a worker; tests: in place). */
  checkQuestionnaire?: QuestionnaireCheck;
}

export function createStore(
  db: NapDatabase = new NapDatabase(),
  journal: AnswerJournal = browserJournal(),
  options: StoreOptions = {},
) {
  const answers = answersRepo(db);
  const assessments = assessmentsRepo(db);
  /** Writes what closed or reloaded tabs left in the journal, for assessments still on the device. */
  const replayJournal = async () => {
    const entries = journal.entries();
    if (entries.length === 0) return;
    const ids = new Set((await assessments.list()).assessments.map((a) => a.id));
    for (const entry of entries) {
      try {
        await answers.save(entry.records.filter((r) => ids.has(r.assessmentId)));
        journal.forget(entry);
      } catch {
        // Kept for the next start (e.g. the disk is full now); the app opens all the same.
      }
    }
  };
  let opening: Promise<void> | undefined;
  return {
    assessments,
    answers,
    /** This tab's synchronous copy of edits not yet written (see AnswerJournal). */
    unwritten: {
      keep: (records: Parameters<AnswerJournal['keep']>[0]) => journal.keep(records),
      /** Every tab's unwritten edits go: a restore replaces what they were made on. */
      forgetAll: () => journal.entries().forEach((entry) => journal.forget(entry)),
    },
    questionnaires: questionnairesRepo(db, CURRENT_CHECKS, options.checkQuestionnaire),
    settings: settingsRepo(db),
    // The review log, plan edits, plan cycle and exchange: loaded with the first screen that uses them.
    review: lazyRepo<ReturnType<typeof reviewRepo>>(
      () => import('./review-repo').then((m) => m.reviewRepo(db)),
      { list: 'async', append: 'async', watch: 'watch' },
    ),
    plans: lazyRepo<ReturnType<typeof plansRepo>>(() => import('./plans-repo').then((m) => m.plansRepo(db)), {
      get: 'async',
      save: 'async',
      watch: 'watch',
    }),
    monitoring: lazyRepo<ReturnType<typeof monitoringRepo>>(
      () => import('./monitoring-repo').then((m) => m.monitoringRepo(db)),
      { list: 'async', adopt: 'async', append: 'async', watch: 'watch' },
    ),
    exchange: lazyRepo<ReturnType<typeof exchangeRepo>>(
      () => import('./exchange-repo').then((m) => m.exchangeRepo(db)),
      {
        gather: 'async',
        importAsNew: 'async',
        moveToVersion: 'async',
        declined: 'async',
        merge: 'async',
        everything: 'async',
        restore: 'async',
      },
    ),
    /** The records as sync sees them: loaded only for an assessment that syncs (a chunk of its own). */
    sync: (): Promise<ReturnType<typeof syncRepo>> => import('./sync-repo').then((m) => m.syncRepo(db)),
    /**
     * Opens the database once, and first writes what earlier tabs left unwritten; fails with a
     * StorageError when IndexedDB is unavailable (e.g. some private windows).
     */
    open(): Promise<void> {
      opening ??= (async () => {
        try {
          await db.open();
        } catch (error) {
          opening = undefined;
          throw toStorageError(error);
        }
        await replayJournal();
      })();
      return opening;
    },
  };
}

export type Store = ReturnType<typeof createStore>;

/** Re-renders when the stored data a query reads changes, in this tab or another. */
export const useLive = useLiveQuery;
