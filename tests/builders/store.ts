import { AnswerJournal } from '../../src/storage/answer-journal';
import { NapDatabase } from '../../src/storage/db';
import { createStore, type Store } from '../../src/storage/store';

/** The store the UI gets, with its database beside it for tests that look at stored rows. */
export type TestStore = Store & { db: NapDatabase };

export function testStore(db: NapDatabase | string, journal?: AnswerJournal): TestStore {
  const database = typeof db === 'string' ? new NapDatabase(db) : db;
  return Object.assign(createStore(database, journal ?? new AnswerJournal(undefined, 'test')), {
    db: database,
  });
}
