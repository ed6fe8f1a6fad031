import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { availableQuestionnaires } from '../../src/services/questionnaire-registry';
import type { CheckedQuestionnaire, StoredQuestionnaire } from '../../src/storage/db';
import { CURRENT_CHECKS, keptOutline, questionnairesRepo } from '../../src/storage/questionnaires-repo';
import { areasToOpen, splitQuestionnaire } from '../../src/domain/questionnaire/questionnaire-parts';
import { toStorageError } from '../../src/storage/storage-error';
import { checkVersionHistory, STORAGE_VERSIONS, type StorageVersion } from '../../src/storage/versions';
import { makeAnswer, makeAssessment, T0 } from '../builders/assessment';
import { fixtureText, fullFeature, mutatedFullFeature } from '../builders/questionnaire';
import { testStore, type TestStore } from '../builders/store';

let store: TestStore;
let n = 0;
beforeEach(async () => {
  store = testStore(`test-${++n}`);
  await store.open();
});
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

describe('assessments', () => {
  it('are created, listed newest first, renamed, duplicated with their answers and removed with them', async () => {
    await store.assessments.create(makeAssessment({ id: 'old', updatedAt: T0 }));
    await store.assessments.create(makeAssessment({ id: 'new', updatedAt: T0 + 1000 }));
    await store.answers.save([makeAnswer({ assessmentId: 'old', questionId: 'bio.authority', value: 3 })]);
    expect((await store.assessments.list()).assessments.map((a) => a.id)).toEqual(['new', 'old']);

    await store.assessments.updateProfile('old', { ...makeAssessment(), title: 'Renamed' }, T0 + 5000);
    expect(await store.assessments.get('old')).toMatchObject({ title: 'Renamed', updatedAt: T0 + 5000 });

    await store.assessments.duplicate('old', { id: 'copy', title: 'Copy', now: T0 + 6000 });
    expect(await store.answers.list('copy')).toEqual([
      makeAnswer({ assessmentId: 'copy', questionId: 'bio.authority', value: 3 }),
    ]);

    await store.assessments.remove('old');
    expect(await store.assessments.get('old')).toBeUndefined();
    expect(await store.answers.list('old')).toEqual([]);
    expect(await store.answers.list('copy')).toHaveLength(1);
  });

  it('restores old rows by filling defaults, and reports broken rows with a path instead of dropping them silently', async () => {
    const { example: _omit, ...withoutExample } = makeAssessment({ id: 'legacy' });
    await store.db.assessments.add(withoutExample);
    await store.db.assessments.add({ ...makeAssessment({ id: 'broken' }), horizon: 3 });
    const { assessments, broken } = await store.assessments.list();
    expect(assessments.map((a) => [a.id, a.example])).toEqual([['legacy', false]]);
    expect(broken).toEqual([{ id: 'broken', issues: [expect.objectContaining({ path: '$.horizon' })] }]);
  });
});

describe('answers', () => {
  it('are saved one record per question and never replace a newer answer with an older one', async () => {
    await store.assessments.create(makeAssessment());
    await store.answers.save([
      makeAnswer({ questionId: 'q1', value: 'new', updatedAt: T0 + 2000, author: 'tab B' }),
    ]);
    const outcome = await store.answers.save([
      makeAnswer({ questionId: 'q1', value: 'stale', updatedAt: T0 + 1000, author: 'tab A' }),
      makeAnswer({ questionId: 'q2', value: 'fresh', updatedAt: T0 + 1000, author: 'tab A' }),
    ]);
    expect(outcome.stale.map((r) => r.value)).toEqual(['new']);
    const stored = await store.answers.list('a1');
    expect(stored.map((r) => [r.questionId, r.value, r.author])).toEqual([
      ['q1', 'new', 'tab B'],
      ['q2', 'fresh', 'tab A'],
    ]);
    expect((await store.assessments.get('a1'))?.updatedAt).toBe(T0 + 2000);
  });

  it('are read by question for one area, and watched with all of them first and then only what changed', async () => {
    await store.assessments.create(makeAssessment());
    await store.answers.save([
      makeAnswer({ questionId: 'q1', value: 'one' }),
      makeAnswer({ questionId: 'q2', value: 'two' }),
    ]);
    expect((await store.answers.listOf('a1', ['q2', 'q9'])).map((r) => r.value)).toEqual(['two']);
    const calls: string[][] = [];
    const next = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
    const stop = store.answers.watchChanges(
      'a1',
      (records) => calls.push(records.map((r) => `${r.questionId}=${String(r.value)}`)),
      (error) => {
        throw error;
      },
      { quietMs: 10 },
    );
    await next();
    await store.answers.save([makeAnswer({ questionId: 'q2', value: 'changed', updatedAt: T0 + 1 })]);
    await next();
    // A row changed outside the app passes the restore step again: refused, so not passed on.
    await store.db.answers.put({ ...makeAnswer({ questionId: 'q1' }), updatedAt: 'yesterday' } as never);
    await next();
    stop();
    expect(calls).toEqual([['q1=one', 'q2=two'], ['q2=changed']]);
  });
});

describe('questionnaire import', () => {
  it('stores a valid file, recognises the same content, and refuses other content under the same id and version', async () => {
    const text = fixtureText('full-feature.json');
    expect(await store.questionnaires.import(text, 'full.json', T0, [])).toMatchObject({
      status: 'imported',
      warnings: [],
    });
    expect(
      await store.questionnaires.import(JSON.stringify(JSON.parse(text)), 'copy.json', T0, []),
    ).toMatchObject({ status: 'unchanged' });
    const other = mutatedFullFeature((q) => (q.title.en = 'Something else'));
    expect(await store.questionnaires.import(other, 'other.json', T0, [])).toEqual({
      status: 'conflict',
      id: 'test-full',
      version: '2.1.0',
    });
    const rows = await store.questionnaires.list();
    expect(rows.map((r) => [r.id, r.version, r.fileName])).toEqual([['test-full', '2.1.0', 'full.json']]);
  });

  it('refuses a file that conflicts with a bundled questionnaire', async () => {
    const other = mutatedFullFeature((q) => (q.title.en = 'Something else'));
    expect(await store.questionnaires.import(other, 'x.json', T0, [fullFeature()])).toMatchObject({
      status: 'conflict',
    });
    expect(await store.questionnaires.list()).toEqual([]);
  });

  it('lists the issues of an invalid file and stores nothing', async () => {
    const outcome = await store.questionnaires.import(
      mutatedFullFeature((q) => (q.actions[0].leadRole = 'army')),
      'bad.json',
      T0,
      [],
    );
    expect(outcome).toEqual({
      status: 'invalid',
      issues: [{ severity: 'error', path: '$.actions[0].leadRole', message: 'unknown agency role "army"' }],
    });
    expect(await store.questionnaires.list()).toEqual([]);
  });
});

describe('stored questionnaires', () => {
  const text = () => fixtureText('full-feature.json');
  const row = (over: Partial<StoredQuestionnaire> = {}): StoredQuestionnaire => ({
    id: 'test-full',
    version: '2.1.0',
    text: text(),
    importedAt: T0,
    fileName: 'full.json',
    ...over,
  });

  const parts = splitQuestionnaire(fullFeature());
  const check = (over: Partial<CheckedQuestionnaire> = {}): CheckedQuestionnaire => ({
    id: 'test-full',
    version: '2.1.0',
    fileName: 'full.json',
    by: CURRENT_CHECKS,
    layout: 'parts',
    value: JSON.stringify(parts.outline),
    needs: parts.needs,
    warnings: [],
    ...over,
  });
  // A kept value that differs from the text shows which of the two was used.
  const keptTitle = (title: string) => JSON.stringify({ ...parts.outline, title: { en: title } });
  const partNames = () => store.db.questionnaireParts.toCollection().primaryKeys();

  it('keep the outcome of their check on import in parts, and open from them alone while the checks are the same', async () => {
    await store.questionnaires.import(text(), 'full.json', T0, []);
    expect(await store.db.questionnaireChecks.toArray()).toEqual([check()]);
    expect((await partNames()).map((k) => k[2]).sort()).toEqual(
      [...fullFeature().areas.map((a) => `area:${a.id}`), 'actions'].sort(),
    );
    expect(await store.questionnaires.load('test-full', '2.1.0')).toEqual({
      fileName: 'full.json',
      result: { status: 'success', value: fullFeature(), issues: [] },
    });
    // Reassembled key for key: the same canonical JSON as the checked value.
    const loaded = (await store.questionnaires.load('test-full', '2.1.0'))?.result;
    expect(loaded?.status === 'success' && JSON.stringify(loaded.value)).toBe(JSON.stringify(fullFeature()));
    await store.db.questionnaireChecks.put(check({ value: keptTitle('Kept') }));
    expect(await store.questionnaires.load('test-full', '2.1.0')).toMatchObject({
      result: { value: { title: { en: 'Kept' } } },
    });
    expect(await availableQuestionnaires(store)).toContainEqual(
      expect.objectContaining({ questionnaire: expect.objectContaining({ title: { en: 'Kept' } }) }),
    );
    expect(await store.questionnaires.load('other', '1.0.0')).toBeUndefined();
  });

  it('open one area by reading its part and the parts its conditions need, nothing else', async () => {
    await store.questionnaires.import(text(), 'full.json', T0, []);
    const q = fullFeature();
    const [first, second] = q.areas;
    const opened = await store.questionnaires.open('test-full', '2.1.0', second!.id);
    expect(opened).toMatchObject({ fileName: 'full.json', complete: false, warnings: [] });
    const read = areasToOpen(parts.needs, second!.id);
    for (const area of opened!.questionnaire.areas)
      expect(area.items).toEqual(read.includes(area.id) ? q.areas.find((a) => a.id === area.id)!.items : []);
    expect(opened!.questionnaire.actions).toEqual([]);
    // An area not in the questionnaire opens the first.
    const fallback = await store.questionnaires.open('test-full', '2.1.0', 'no-such-area');
    expect(fallback!.questionnaire.areas[0]!.items).toEqual(first!.items);
    // A part missing or made by other checks: the text is checked in full, and its parts kept again.
    await store.db.questionnaireParts.delete(['test-full', '2.1.0', `area:${second!.id}`]);
    expect(await store.questionnaires.open('test-full', '2.1.0', second!.id)).toEqual({
      fileName: 'full.json',
      questionnaire: q,
      complete: true,
      warnings: [],
    });
    expect(await partNames()).toHaveLength(q.areas.length + 1);
    expect(await store.questionnaires.open('other', '1.0.0')).toBeUndefined();
  });

  it('are checked afresh from their text under other checks (another app version), which renews what is kept', async () => {
    await store.questionnaires.import(text(), 'full.json', T0, []);
    await store.db.questionnaireChecks.put(check({ value: keptTitle('Kept') }));
    const later = questionnairesRepo(store.db, 'next');
    expect(await later.load('test-full', '2.1.0')).toEqual({
      fileName: 'full.json',
      result: { status: 'success', value: fullFeature(), issues: [] },
    });
    expect(await store.db.questionnaireChecks.toArray()).toEqual([check({ by: 'next' })]);
    expect(new Set((await store.db.questionnaireParts.toArray()).map((p) => p.by))).toEqual(
      new Set(['next']),
    );
  });

  it('fall back to the text when what is kept is damaged, missing, kept whole by an older app or names another questionnaire', async () => {
    await store.db.questionnaires.add(row());
    const wholeByOlderApp = {
      ...check({ value: keptTitle('Whole') }),
      layout: undefined,
    } as unknown as CheckedQuestionnaire;
    for (const damaged of [
      undefined,
      wholeByOlderApp,
      check({ value: '{"id": "test-full", ' }),
      check({ value: JSON.stringify({ ...parts.outline, version: '9.9.9' }) }),
    ]) {
      await store.db.questionnaireChecks.clear();
      if (damaged) await store.db.questionnaireChecks.put(damaged);
      expect(keptOutline(damaged, CURRENT_CHECKS)).toBeUndefined();
      expect(await store.questionnaires.load('test-full', '2.1.0')).toEqual({
        fileName: 'full.json',
        result: { status: 'success', value: fullFeature(), issues: [] },
      });
      expect(await store.db.questionnaireChecks.toArray()).toEqual([check()]);
    }
    // A damaged part: the same.
    await store.db.questionnaireParts.update(['test-full', '2.1.0', 'actions'], { value: '[{' });
    expect((await store.questionnaires.load('test-full', '2.1.0'))?.result).toMatchObject({
      value: fullFeature(),
    });
    expect((await store.db.questionnaireParts.get(['test-full', '2.1.0', 'actions']))?.value).toBe(
      JSON.stringify(fullFeature().actions),
    );
  });

  it('report a stored text that no longer passes the checks, and keep nothing for it', async () => {
    await store.db.questionnaires.add(
      row({ text: mutatedFullFeature((q) => (q.actions[0].leadRole = 'army')) }),
    );
    expect(await store.questionnaires.load('test-full', '2.1.0')).toMatchObject({
      result: {
        status: 'failure',
        issues: [{ path: '$.actions[0].leadRole', message: 'unknown agency role "army"' }],
      },
    });
    expect(await store.db.questionnaireChecks.count()).toBe(0);
    expect(await store.db.questionnaireParts.count()).toBe(0);
  });
});

describe('settings', () => {
  it('have defaults and remember changes', async () => {
    expect(await store.settings.get()).toEqual({ authorName: '', authorAgency: '', reviewerName: '' });
    await store.settings.set({ authorName: 'A. Asanova' });
    expect(await store.settings.get()).toEqual({
      authorName: 'A. Asanova',
      authorAgency: '',
      reviewerName: '',
    });
  });
});

describe('storage versions', () => {
  it('the shipped history is in order', () => {
    expect(checkVersionHistory(STORAGE_VERSIONS)).toEqual([]);
  });

  it.each<[string, StorageVersion[], string[]]>([
    [
      'a version going back',
      [
        { version: 2, stores: {} },
        { version: 1, stores: {} },
      ],
      ['version 1 comes after 2: versions must increase'],
    ],
    [
      'a migration in the first version',
      [{ version: 1, stores: { a: 'id' }, migrate: { a: (r: unknown) => r } }],
      ['version 1: the first version has nothing to migrate from'],
    ],
    [
      'a migration of an unknown table',
      [
        { version: 1, stores: { a: 'id' } },
        { version: 2, stores: {}, migrate: { b: (r: unknown) => r } },
      ],
      ['version 2: migrates unknown table "b"'],
    ],
  ])('refuses %s', (_name, versions, problems) => {
    expect(checkVersionHistory(versions)).toEqual(problems);
  });
});

describe('storage errors', () => {
  it.each([
    [{ name: 'QuotaExceededError', message: 'full' }, 'quota'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' }, message: 'aborted' }, 'quota'],
    [{ name: 'UnknownError', message: 'Internal error opening backing store for indexedDB.open.' }, 'closed'],
    [
      {
        name: 'BulkError',
        message: '1 of 1 operations failed',
        failures: [{ name: 'QuotaExceededError', message: 'no space' }],
      },
      'quota',
    ],
    [{ name: 'MissingAPIError', message: 'no indexedDB' }, 'unavailable'],
    [{ name: 'OpenFailedError', message: 'blocked' }, 'unavailable'],
    [new Error('other'), 'failed'],
  ])('classifies %o as %s', (error, problem) => {
    expect(toStorageError(error).problem).toBe(problem);
  });
});

describe('the review log', () => {
  const base = { assessmentId: 'a1', at: T0, reviewer: 'Dr Expert', indicatorId: 'bio.authority' };
  const comment = { ...base, id: 'r1', kind: 'comment', text: 'Check the decree' } as const;
  const tier = (id: string, reason: string) =>
    ({ ...base, id, at: T0 + 1, kind: 'tier', from: 'low', to: 'high', reason }) as const;

  it('appends decisions, refuses an override without a reason, and goes with its assessment', async () => {
    await store.assessments.create(makeAssessment());
    await store.review.append(comment);
    await expect(store.review.append(tier('r2', ''))).rejects.toThrow('a reason is required');
    await store.review.append(tier('r3', 'Outbreaks every year'));
    expect((await store.review.list('a1')).map((e) => e.id)).toEqual(['r1', 'r3']);

    await store.assessments.duplicate('a1', { id: 'copy', title: 'Copy', now: T0 });
    expect((await store.review.list('copy')).map((e) => e.id)).toEqual(['copy:r1', 'copy:r3']);
    await store.assessments.remove('a1');
    expect(await store.review.list('a1')).toEqual([]);
  });

  it('opens a version-1 database and keeps its data when upgrading to the current version', async () => {
    const name = `legacy-${n}`;
    const { default: Dexie } = await import('dexie');
    const v1 = new Dexie(name);
    v1.version(1).stores(STORAGE_VERSIONS[0]!.stores);
    await v1.open();
    await v1.table('assessments').add(makeAssessment({ id: 'old' }));
    await v1.table('answers').add(makeAnswer({ assessmentId: 'old', questionId: 'q', value: 2 }));
    v1.close();

    const upgraded = testStore(name);
    await upgraded.open();
    expect(upgraded.db.verno).toBe(STORAGE_VERSIONS.at(-1)!.version);
    expect((await upgraded.assessments.get('old'))?.title).toBe(makeAssessment().title);
    expect(await upgraded.answers.list('old')).toHaveLength(1);
    expect(await upgraded.review.list('old')).toEqual([]);
    upgraded.db.close();
    await upgraded.db.delete();
  });
});
