import { useLiveQuery } from 'dexie-react-hooks';
import { answersRepo } from './answers-repo';
import { assessmentsRepo } from './assessments-repo';
import { NapDatabase } from './db';
import { exchangeRepo } from './exchange-repo';
import { plansRepo } from './plans-repo';
import { questionnairesRepo } from './questionnaires-repo';
import { reviewRepo } from './review-repo';
import { settingsRepo } from './settings-repo';
import { toStorageError } from './storage-error';

/** Everything the UI may do with stored data, as named handlers. */
export function createStore(db: NapDatabase = new NapDatabase()) {
  return {
    db,
    assessments: assessmentsRepo(db),
    answers: answersRepo(db),
    questionnaires: questionnairesRepo(db),
    settings: settingsRepo(db),
    review: reviewRepo(db),
    plans: plansRepo(db),
    exchange: exchangeRepo(db),
    /** Opens the database; fails with a StorageError when IndexedDB is unavailable (e.g. some private windows). */
    async open(): Promise<void> {
      try {
        await db.open();
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}

export type Store = ReturnType<typeof createStore>;

/** Re-renders when the stored data a query reads changes, in this tab or another. */
export const useLive = useLiveQuery;
