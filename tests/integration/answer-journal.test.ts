import { afterEach, describe, expect, it } from 'vitest';
import { AnswerJournal } from '../../src/storage/answer-journal';
import { NapDatabase } from '../../src/storage/db';
import { makeAnswer, makeAssessment, T0 } from '../builders/assessment';
import { memoryStorage } from '../builders/memory-storage';
import { testStore } from '../builders/store';

const names: string[] = [];
const database = () => {
  const name = `journal-${names.length}`;
  names.push(name);
  return new NapDatabase(name);
};
afterEach(async () => {
  for (const name of names.splice(0)) await new NapDatabase(name).delete();
});

describe('the journal of unwritten edits', () => {
  it('writes what a reloaded or closed tab left unwritten when the app opens again', async () => {
    const storage = memoryStorage();
    const first = testStore(database(), new AnswerJournal(storage, 'tab-1'));
    await first.open();
    await first.assessments.create(makeAssessment());
    await first.answers.save([makeAnswer({ questionId: 'bio.authority', value: 2, updatedAt: T0 + 1 })]);
    // The tab typed more, kept it in the journal, and was reloaded before writing it to IndexedDB.
    expect(
      first.unwritten.keep([
        makeAnswer({ questionId: 'bio.authority', value: 4, updatedAt: T0 + 50 }),
        makeAnswer({ questionId: 'ops.notes', value: 'Decree 214 of 2021', updatedAt: T0 + 60 }),
      ]),
    ).toBe(true);
    first.db.close();

    const second = testStore(first.db.name, new AnswerJournal(storage, 'tab-2'));
    await second.open();
    const answers = await second.answers.list('a1');
    expect(answers.map((a) => [a.questionId, a.value])).toEqual([
      ['bio.authority', 4],
      ['ops.notes', 'Decree 214 of 2021'],
    ]);
    expect(storage.entries.size).toBe(0);
    second.db.close();
  });

  it('never lets a journalled copy replace a newer stored answer, and drops edits of deleted assessments', async () => {
    const storage = memoryStorage();
    const store = testStore(database(), new AnswerJournal(storage, 'tab-1'));
    await store.open();
    await store.assessments.create(makeAssessment());
    await store.answers.save([makeAnswer({ questionId: 'bio.authority', value: 5, updatedAt: T0 + 100 })]);
    const left = new AnswerJournal(storage, 'old-tab');
    left.keep([
      makeAnswer({ questionId: 'bio.authority', value: 1, updatedAt: T0 + 10 }),
      makeAnswer({ assessmentId: 'gone', questionId: 'bio.authority', value: 3, updatedAt: T0 + 10 }),
    ]);
    const again = testStore(store.db, new AnswerJournal(storage, 'tab-2'));
    await again.open();
    expect((await again.answers.list('a1')).map((a) => a.value)).toEqual([5]);
    expect(await again.answers.list('gone')).toEqual([]);
    expect(storage.entries.size).toBe(0);
    store.db.close();
  });

  it('says when the browser refuses to keep the journal, and ignores entries it cannot read', () => {
    const storage = memoryStorage();
    const journal = new AnswerJournal(storage, 'tab');
    storage.full = true;
    expect(journal.keep([makeAnswer({ questionId: 'bio.authority', value: 1 })])).toBe(false);
    storage.full = false;
    storage.entries.set('cbrn-nap.unwritten-answers.broken', '{not json');
    storage.entries.set('cbrn-nap.unwritten-answers.odd', JSON.stringify([{ questionId: 1 }]));
    expect(journal.entries().map((e) => e.records)).toEqual([[], []]);
    expect(new AnswerJournal(undefined, 'tab').keep([])).toBe(false);
  });
});
