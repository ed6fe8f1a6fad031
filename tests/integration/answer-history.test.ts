import { afterEach, describe, expect, it } from 'vitest';
import { SITTING_MS } from '../../src/domain/assessment/answer-history';
import { STORAGE_VERSIONS } from '../../src/storage/versions';
import { makeAnswer, makeAssessment, T0 } from '../builders/assessment';
import { fixtureText } from '../builders/questionnaire';
import { testStore, type TestStore } from '../builders/store';

let n = 0;
const opened: TestStore[] = [];
async function fresh(): Promise<TestStore> {
  const s = testStore(`history-${++n}`);
  await s.open();
  await s.questionnaires.import(fixtureText('full-feature.json'), 'full.json', T0, []);
  await s.assessments.create(makeAssessment());
  opened.push(s);
  return s;
}
afterEach(async () => {
  for (const s of opened.splice(0)) {
    s.db.close();
    await s.db.delete();
  }
});

const answer = (value: number, at: number, author = 'A. Asanova') =>
  makeAnswer({ questionId: 'bio.authority', value, updatedAt: at, author });

describe('the earlier values of an answer', () => {
  it('keeps the value of each sitting, not each save while typing, the latest first', async () => {
    const store = await fresh();
    await store.answers.save([answer(2, T0)]);
    await store.answers.save([answer(3, T0 + SITTING_MS)]);
    await store.answers.save([answer(4, T0 + SITTING_MS + 1000)]);
    await store.answers.save([answer(5, T0 + 3 * SITTING_MS, 'B. Bekov')]);
    expect((await store.answers.history('a1', 'bio.authority')).map((r) => [r.value, r.author])).toEqual([
      [4, 'A. Asanova'],
      [2, 'A. Asanova'],
    ]);
    expect((await store.answers.list('a1')).map((r) => r.value)).toEqual([5]);
  });

  it('keeps the value a merge replaces, and forgets them all with the assessment', async () => {
    const store = await fresh();
    await store.answers.save([answer(2, T0)]);
    const local = (await store.answers.list('a1'))[0]!;
    const incoming = answer(4, T0 + 1000, 'MoH focal point');
    await store.exchange.merge(
      'a1',
      {
        added: [],
        unchanged: 0,
        declinedBefore: 0,
        conflicts: [{ questionId: 'bio.authority', local, incoming, suggested: 'incoming', hidden: false }],
        reviewLog: [],
        newReviewEntries: 0,
        newAgencies: [],
        monitoring: { adopted: [], added: [], conflicts: [] },
      },
      [incoming],
      T0 + 2000,
    );
    expect((await store.answers.history('a1', 'bio.authority')).map((r) => r.value)).toEqual([2]);
    await store.assessments.remove('a1');
    expect(await store.db.answerHistory.count()).toBe(0);
  });

  it('upgrades a version-6 database, keeping its answers, with no earlier values yet', async () => {
    const name = `history-legacy-${++n}`;
    const { default: Dexie } = await import('dexie');
    const v6 = new Dexie(name);
    for (const v of STORAGE_VERSIONS.filter((x) => x.version <= 6)) v6.version(v.version).stores(v.stores);
    await v6.open();
    await v6.table('assessments').add(makeAssessment({ id: 'old' }));
    await v6.table('answers').add(makeAnswer({ assessmentId: 'old', questionId: 'bio.authority', value: 3 }));
    v6.close();
    const upgraded = testStore(name);
    opened.push(upgraded);
    await upgraded.open();
    expect(upgraded.db.verno).toBe(STORAGE_VERSIONS.at(-1)!.version);
    expect((await upgraded.answers.list('old')).map((a) => a.value)).toEqual([3]);
    expect(await upgraded.answers.history('old', 'bio.authority')).toEqual([]);
    await upgraded.answers.save([
      makeAnswer({
        assessmentId: 'old',
        questionId: 'bio.authority',
        value: 4,
        updatedAt: T0 + SITTING_MS,
        author: 'B',
      }),
    ]);
    expect((await upgraded.answers.history('old', 'bio.authority')).map((a) => a.value)).toEqual([3]);
  });
});
