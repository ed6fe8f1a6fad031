import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findQuestionnaire } from '../../src/shared/questionnaire-registry';
import { NapDatabase } from '../../src/storage/db';
import { createStore, type Store } from '../../src/storage/store';
import { T0 } from '../builders/assessment';
import { fixtureText } from '../builders/questionnaire';

let store: Store;
beforeEach(async () => {
  store = createStore(new NapDatabase('registry'));
  await store.open();
  await store.questionnaires.import(fixtureText('full-feature.json'), 'full.json', T0, []);
});
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

describe('findQuestionnaire', () => {
  it.each([
    [{ id: 'cbrn-naq', version: '1.0.0' }, 'bundled', 'questionnaires/cbrn-naq-1.0.0.json'],
    [{ id: 'test-full', version: '2.1.0' }, 'imported', 'full.json'],
  ])('finds %j (%s) from its own file only', async (ref, source, file) => {
    const found = await findQuestionnaire(store, ref);
    expect(found).toMatchObject({ source, file, questionnaire: ref });
    expect(found?.index.questions.length).toBeGreaterThan(0);
  });

  it('says undefined for a questionnaire neither bundled nor imported', async () => {
    expect(await findQuestionnaire(store, { id: 'cbrn-naq', version: '9.9.9' })).toBeUndefined();
  });
});
