import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { declinedAnswers, resolveMerge } from '../../src/domain/exchange/merge';
import {
  createBackup,
  importAsNew,
  mergeCandidates,
  restorePreview,
  exportAssessment,
  planMergeInto,
  prepareImport,
} from '../../src/services/exchange-service';
import { CURRENT_CHECKS } from '../../src/storage/questionnaires-repo';
import { makeAnswer, makeAssessment, T0 } from '../builders/assessment';
import { dumpStore } from '../builders/exchange';
import { fixtureText, fullFeature } from '../builders/questionnaire';
import { testStore, type TestStore } from '../builders/store';

let store: TestStore;
let n = 0;
async function fresh(): Promise<TestStore> {
  const s = testStore(`exchange-${++n}`);
  await s.open();
  return s;
}
beforeEach(async () => {
  store = await fresh();
  await store.questionnaires.import(fixtureText('full-feature.json'), 'full.json', T0, []);
});
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

const fixture = (name: string) => readFileSync(`tests/fixtures/exchange/${name}`, 'utf8');

describe('files of every released version stay importable', () => {
  it.each([
    ['assessment-v1.json', undefined],
    ['assessment-v1-encrypted.json', 'fixture passphrase'],
  ])('%s', async (name, passphrase) => {
    const prepared = await prepareImport(store, fixture(name), { passphrase });
    expect(prepared.kind).toBe('assessment');
    if (prepared.kind !== 'assessment') return;
    await store.exchange.importAsNew(prepared.file, 'imported', 'Imported', T0);
    expect((await store.answers.list('imported')).map((a) => a.questionId)).toEqual([
      'bio.authority',
      'bio.has-bsl3',
      'bio.labs',
      'ops.risk-lab',
    ]);
    expect((await store.review.list('imported')).map((e) => e.kind)).toEqual(['tier']);
    expect((await store.plans.get('imported'))?.edits['bio.authority.l4']?.title).toBe(
      'Inspect every laboratory yearly',
    );
  });

  it('backup-v1.json restores everything', async () => {
    const target = await fresh();
    // What the device kept of its own copy's check goes: the backup's text is checked afresh.
    await target.db.questionnaireChecks.put({
      id: 'test-full',
      version: '2.1.0',
      fileName: 'old.json',
      by: CURRENT_CHECKS,
      layout: 'parts',
      value: JSON.stringify({ id: 'test-full', version: '2.1.0', title: { en: 'Old copy' }, areas: [] }),
      needs: {},
      warnings: [],
    });
    const prepared = await prepareImport(target, fixture('backup-v1.json'));
    expect(prepared.kind).toBe('backup');
    if (prepared.kind !== 'backup') return;
    await target.exchange.restore(prepared.backup, prepared.refs);
    expect((await target.assessments.list()).assessments.map((a) => a.id)).toEqual(['fixture-v1']);
    expect((await target.questionnaires.list()).map((q) => q.id)).toEqual(['test-full']);
    expect((await target.questionnaires.load('test-full', '2.1.0'))?.result).toMatchObject({
      status: 'success',
      value: { title: fullFeature().title },
    });
    target.db.close();
    await target.db.delete();
  });
});

describe('two agencies and an expert', () => {
  it('export whole or by area, encrypted; import as new; merge with a conflict resolved by choice; no duplicate review entries', async () => {
    await store.assessments.create(makeAssessment());
    await store.answers.save([
      makeAnswer({ questionId: 'bio.authority', value: 2, updatedAt: T0 + 10, author: 'MoH' }),
      makeAnswer({ questionId: 'ops.staff', value: 40, updatedAt: T0 + 10, author: 'MES' }),
    ]);
    await store.review.append({
      id: 'rv1',
      assessmentId: 'a1',
      at: T0 + 20,
      reviewer: 'Expert',
      kind: 'comment',
      indicatorId: 'bio.authority',
      text: 'Check the decree',
    });

    // Agency B works on a copy of the file on its own laptop.
    const laptop = await fresh();
    await laptop.questionnaires.import(fixtureText('full-feature.json'), 'full.json', T0, []);
    const whole = await prepareImport(
      laptop,
      await exportAssessment(store, 'a1', { now: T0 + 30, passphrase: 'team secret' }),
      { passphrase: 'team secret' },
    );
    expect(whole.kind).toBe('assessment');
    if (whole.kind !== 'assessment') return;
    await laptop.exchange.importAsNew(whole.file, 'a1', 'From the NFP', T0 + 40);
    await laptop.answers.save([
      makeAnswer({ questionId: 'bio.authority', value: 3, updatedAt: T0 + 50, author: 'Agency B' }),
      makeAnswer({ questionId: 'bio.transport', value: 'partly', updatedAt: T0 + 50, author: 'Agency B' }),
    ]);
    const back = await exportAssessment(laptop, 'a1', { now: T0 + 60, areaIds: ['bio'] });
    expect(JSON.parse(back)).toMatchObject({
      scope: { kind: 'areas', areaIds: ['bio'] },
      reviewLog: [],
      plan: null,
    });

    // The NFP merges it back.
    const prepared = await prepareImport(store, back);
    if (prepared.kind !== 'assessment') throw new Error(prepared.kind);
    const plan = await planMergeInto(store, 'a1', prepared.file, prepared.available);
    expect(plan.added.map((a) => a.questionId)).toEqual(['bio.transport']);
    expect(
      plan.conflicts.map((c) => [
        c.questionId,
        c.local.value,
        c.incoming.value,
        c.incoming.author,
        c.suggested,
      ]),
    ).toEqual([['bio.authority', 2, 3, 'Agency B', 'incoming']]);
    const before = await dumpStore(store);
    await store.exchange.merge(
      'a1',
      plan,
      resolveMerge(plan, new Map([['bio.authority', 'local']])),
      T0 + 70,
    );
    expect(await dumpStore(store)).not.toBe(before);
    const merged = new Map((await store.answers.list('a1')).map((a) => [a.questionId, a]));
    expect([
      merged.get('bio.authority')?.value,
      merged.get('bio.transport')?.value,
      merged.get('ops.staff')?.value,
    ]).toEqual([2, 'partly', 40]);

    // The expert's comment travels and is not duplicated when it comes back.
    const again = await prepareImport(store, await exportAssessment(laptop, 'a1', { now: T0 + 80 }));
    if (again.kind !== 'assessment') throw new Error(again.kind);
    const second = await planMergeInto(store, 'a1', again.file, again.available);
    await store.exchange.merge('a1', second, resolveMerge(second, new Map()), T0 + 90);
    expect((await store.review.list('a1')).filter((e) => e.kind === 'comment')).toHaveLength(1);
    laptop.db.close();
    await laptop.db.delete();
  });

  it('backs up and restores everything, replacing what was there', async () => {
    await store.assessments.create(makeAssessment());
    await store.answers.save([makeAnswer({ questionId: 'bio.authority', value: 4 })]);
    const backup = await createBackup(store, { now: T0 + 100, passphrase: 'backup pass' });
    // Only saving the file counts as a backup: making it does not.
    expect((await store.settings.get()).lastBackupAt).toBeUndefined();
    const target = await fresh();
    await target.assessments.create(makeAssessment({ id: 'to-be-replaced' }));
    await target.answers.save([makeAnswer({ assessmentId: 'to-be-replaced', questionId: 'bio.authority' })]);
    const prepared = await prepareImport(target, backup, { passphrase: 'backup pass' });
    if (prepared.kind !== 'backup') throw new Error(prepared.kind);
    expect(await restorePreview(target, prepared.backup)).toEqual([
      { kind: 'deleted', id: 'to-be-replaced', title: makeAssessment().title, answers: 1 },
    ]);
    await target.exchange.restore(prepared.backup, prepared.refs);
    expect((await target.assessments.list()).assessments.map((a) => a.id)).toEqual(['a1']);
    expect((await target.answers.list('a1'))[0]?.value).toBe(4);
    target.db.close();
    await target.db.delete();
  });

  it('keeps the id of a file imported as new, so the later file of the same assessment merges back into it', async () => {
    await store.assessments.create(makeAssessment());
    await store.answers.save([makeAnswer({ questionId: 'bio.authority', value: 2 })]);
    // An agency's laptop imports the coordinator's file as a new assessment, and answers.
    const laptop = await fresh();
    await laptop.questionnaires.import(fixtureText('full-feature.json'), 'full.json', T0, []);
    const sent = await prepareImport(laptop, await exportAssessment(store, 'a1', { now: T0 + 10 }));
    if (sent.kind !== 'assessment') throw new Error(sent.kind);
    expect(await importAsNew(laptop, sent.file, T0 + 20)).toBe('a1');
    await laptop.answers.save([makeAnswer({ questionId: 'bio.authority', value: 4, updatedAt: T0 + 30 })]);
    // Imported twice on one device, the copy takes a new id and remembers the file's.
    const twice = await importAsNew(laptop, sent.file, T0 + 40);
    expect(twice).not.toBe('a1');
    expect((await laptop.assessments.get(twice))?.aliases).toEqual(['a1']);

    // Back at the coordinator's, the file's own assessment is offered first, also for the copy.
    await store.assessments.create(makeAssessment({ id: 'other', title: 'Other', updatedAt: T0 + 100 }));
    const { assessments } = await store.assessments.list();
    const copy = await prepareImport(store, await exportAssessment(laptop, twice, { now: T0 + 50 }));
    if (copy.kind !== 'assessment') throw new Error(copy.kind);
    expect(mergeCandidates(assessments, copy.file).map((a) => a.id)).toEqual(['a1', 'other']);
    const back = await prepareImport(store, await exportAssessment(laptop, 'a1', { now: T0 + 50 }));
    if (back.kind !== 'assessment') throw new Error(back.kind);
    expect(mergeCandidates(assessments, back.file).map((a) => a.id)).toEqual(['a1', 'other']);

    // Declining the file's answer once: merging the same file again does not ask again.
    const plan = await planMergeInto(store, 'a1', back.file, back.available);
    expect(plan.conflicts.map((c) => c.questionId)).toEqual(['bio.authority']);
    const choices = new Map([['bio.authority', 'local' as const]]);
    await store.exchange.merge(
      'a1',
      plan,
      resolveMerge(plan, choices),
      T0 + 60,
      declinedAnswers(plan, choices),
    );
    const again = await planMergeInto(store, 'a1', back.file, back.available);
    expect(again.conflicts).toEqual([]);
    expect(again.declinedBefore).toBe(1);
    laptop.db.close();
    await laptop.db.delete();
  });
});
