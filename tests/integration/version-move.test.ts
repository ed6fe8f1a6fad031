import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleAssessmentSchema } from '../../src/domain/assessment/example';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import { reviewEntrySchema } from '../../src/domain/scoring/review';
import { openExample } from '../../src/features/assessments/create-example';
import type { AvailableQuestionnaire } from '../../src/services/questionnaire-registry';
import { nextVersion, previewMove } from '../../src/services/version-move-service';
import {
  exportAssessment,
  mergeCandidates,
  planMergeInto,
  prepareImport,
} from '../../src/services/exchange-service';
import { T0 } from '../builders/assessment';
import { dumpStore } from '../builders/exchange';
import { testStore, type TestStore } from '../builders/store';

function available(file: string): AvailableQuestionnaire {
  const loaded = loadQuestionnaire(readFileSync(`questionnaires/${file}`, 'utf8'));
  if (loaded.status === 'failure') throw new Error(file);
  return { questionnaire: loaded.value, index: indexQuestionnaire(loaded.value), source: 'bundled', file };
}
const v100 = available('cbrn-naq-1.0.0.json');
const v110 = available('cbrn-naq-1.1.0.json');
const example = readFileSync('questionnaires/cbrn-naq/1.0.0/example-assessment.json', 'utf8');

let store: TestStore;
let n = 0;
beforeEach(async () => {
  store = testStore(`move-${++n}`);
  await store.open();
});
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

const decision = (id: string, indicatorId: string) =>
  reviewEntrySchema.parse({
    id,
    assessmentId: 'ex',
    at: T0,
    reviewer: 'Dr R.',
    kind: 'tier',
    indicatorId,
    from: 'low',
    to: 'high',
    reason: 'Agreed at the workshop',
  });

describe('moving a stored assessment to questionnaire 1.1.0', () => {
  it('makes a new assessment on 1.1.0 with the carried answers, decisions and plan, and keeps the 1.0.0 one', async () => {
    await openExample(store, [example], 'ex', T0);
    await store.review.append(decision('d1', 'bsc.personnel-reliability'));
    await store.review.append(decision('d2', 'int.cwc-opcw'));
    const before = (await store.assessments.get('ex'))!;
    expect(nextVersion(before, [v100, v110])?.questionnaire.version).toBe('1.1.0');

    const moved = await previewMove(store, before, v100, v110, 'ex-110', T0 + 1000);
    expect([
      moved.move.carried.length,
      moved.move.setAside.length,
      moved.reviewLog.length,
      moved.left.decisions,
    ]).toEqual([166, 2, 1, 1]);
    await store.exchange.moveToVersion(moved);

    const after = (await store.assessments.get('ex-110'))!;
    expect(after.questionnaire).toEqual({ id: 'cbrn-naq', version: '1.1.0' });
    expect(after.movedFrom).toMatchObject({ assessmentId: 'ex', version: '1.0.0', at: T0 + 1000 });
    expect(after.movedFrom!.setAside.map((s) => [s.questionId, s.by])).toEqual(
      expect.arrayContaining([['int.cwc-opcw', ['chm.national-authority', 'chm.declarations']]]),
    );
    expect(await store.answers.list('ex-110')).toHaveLength(166);
    expect(
      (await store.review.list('ex-110')).map((e) => ('indicatorId' in e ? e.indicatorId : e.kind)),
    ).toEqual(['bsc.personnel-reliability']);
    // The 1.0.0 assessment is kept, whole, marked as moved; it offers no second move.
    const kept = (await store.assessments.get('ex'))!;
    expect(kept.movedTo).toEqual({ assessmentId: 'ex-110', version: '1.1.0', at: T0 + 1000 });
    expect(await store.answers.list('ex')).toHaveLength(168);
    expect(await store.review.list('ex')).toHaveLength(2);
    expect(nextVersion(kept, [v100, v110])).toBeUndefined();
  });

  it('carries the adopted plan and its monitoring to the moved assessment, the earlier one keeping its own', async () => {
    await openExample(store, [example], 'ex', T0);
    const adopted = {
      assessmentId: 'ex',
      version: 1,
      adoptedOn: '2026-03-20',
      adoptedBy: 'Cabinet of Ministers',
      recordedAt: T0,
      author: 'NC',
      startMonth: '2026-04',
      endMonth: '2031-03',
      horizon: 5 as const,
      objectives: [],
      actions: [
        {
          id: 'x1',
          number: 'A-1.1',
          title: 'X',
          areaId: 'gov',
          leadAgencyId: null,
          start: '2026-04',
          end: '2026-09',
          costLow: 0,
          costHigh: 50_000,
        },
      ],
    };
    await store.monitoring.adopt(adopted);
    const base = {
      assessmentId: 'ex',
      planVersion: 1,
      actionId: 'x1',
      asOf: '2026-06-30',
      progress: 20,
      author: 'NC',
    };
    await store.monitoring.append([
      { ...base, id: 'u1', status: 'onTrack', recordedAt: T0 + 1 },
      { ...base, id: 'u2', status: 'delayed', reason: 'late', recordedAt: T0 + 2 },
      { ...base, id: 'u3', status: 'delayed', reason: 'late', recordedAt: T0 + 3, resolves: ['u1', 'u2'] },
    ]);
    await store.exchange.moveToVersion(
      await previewMove(store, (await store.assessments.get('ex'))!, v100, v110, 'ex-110', T0 + 10),
    );
    const moved = await store.monitoring.list('ex-110');
    expect(moved.adopted.map((p) => [p.assessmentId, p.version, p.adoptedBy])).toEqual([
      ['ex-110', 1, 'Cabinet of Ministers'],
    ]);
    expect(moved.updates.map((u) => [u.id, u.assessmentId, u.resolves])).toEqual([
      ['ex-110:u1', 'ex-110', undefined],
      ['ex-110:u2', 'ex-110', undefined],
      ['ex-110:u3', 'ex-110', ['ex-110:u1', 'ex-110:u2']],
    ]);
    expect((await store.monitoring.list('ex')).updates.map((u) => u.id)).toEqual(['u1', 'u2', 'u3']);
  });

  it('changes nothing when the move cannot be written', async () => {
    await openExample(store, [example], 'ex', T0);
    const moved = await previewMove(store, (await store.assessments.get('ex'))!, v100, v110, 'ex', T0 + 1);
    const dump = await dumpStore(store);
    // The new id is taken (here: by the assessment itself): the transaction is refused as a whole.
    await expect(
      store.exchange.moveToVersion({ ...moved, kept: { ...moved.kept, id: 'ex' } }),
    ).rejects.toThrow();
    expect(await dumpStore(store)).toBe(dump);
  });

  it('refuses to move an assessment twice', async () => {
    await openExample(store, [example], 'ex', T0);
    const assessment = (await store.assessments.get('ex'))!;
    await store.exchange.moveToVersion(await previewMove(store, assessment, v100, v110, 'a2', T0 + 1));
    await expect(
      store.exchange.moveToVersion(await previewMove(store, assessment, v100, v110, 'a3', T0 + 2)),
    ).rejects.toThrow('was moved already');
    expect((await store.assessments.list()).assessments.map((a) => a.id).sort()).toEqual(['a2', 'ex']);
  });

  it('the shipped 1.1.0 example equals the stored 1.0.0 example moved, in every carried answer', async () => {
    await openExample(store, [example], 'ex', T0);
    const moved = await previewMove(store, (await store.assessments.get('ex'))!, v100, v110, 'm', T0);
    const shipped = exampleAssessmentSchema.parse(
      JSON.parse(readFileSync('questionnaires/cbrn-naq/1.1.0/example-assessment.json', 'utf8')),
    );
    for (const r of moved.answers)
      expect(shipped.answers[r.questionId]?.value, r.questionId).toEqual(r.value);
  });
});

describe('a 1.0.0 file merged into the assessment moved to 1.1.0', () => {
  it('moves its answers the same way: a later answer from another device comes in, a replaced question’s does not', async () => {
    await openExample(store, [example], 'ex', T0);
    // Another device exports the assessment on 1.0.0 after answering two questions anew…
    await store.answers.save([
      {
        assessmentId: 'ex',
        questionId: 'gov.budget',
        value: 4,
        updatedAt: T0 + 5000,
        author: 'Other device',
      },
      {
        assessmentId: 'ex',
        questionId: 'int.cwc-opcw',
        value: 5,
        updatedAt: T0 + 5000,
        author: 'Other device',
      },
    ]);
    const file = await exportAssessment(store, 'ex', { now: T0 + 6000 });
    await store.answers.save([
      {
        assessmentId: 'ex',
        questionId: 'gov.budget',
        value: 2,
        updatedAt: T0 + 7000,
        author: 'Timur Abdrakhmanov',
      },
    ]);
    // …while this device changed one of them again and moved the assessment to 1.1.0.
    await store.exchange.moveToVersion(
      await previewMove(store, (await store.assessments.get('ex'))!, v100, v110, 'm', T0 + 1),
    );
    const prepared = await prepareImport(store, file);
    if (prepared.kind !== 'assessment') throw new Error(JSON.stringify(prepared));
    expect(mergeCandidates((await store.assessments.list()).assessments, prepared.file)[0]?.id).toBe('ex');
    expect(
      mergeCandidates((await store.assessments.list()).assessments, prepared.file).map((a) => a.id),
    ).toContain('m');
    const plan = await planMergeInto(store, 'm', prepared.file, prepared.available);
    const touched = [...plan.added, ...plan.conflicts.map((c) => c.incoming)].map((r) => r.questionId);
    expect(touched).toContain('gov.budget');
    expect(touched).not.toContain('int.cwc-opcw');
  });
});
