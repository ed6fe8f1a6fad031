import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adoptPlan } from '../../src/domain/monitoring/adopted-plan';
import { conflictKey, resolveMonitoringMerge } from '../../src/domain/monitoring/merge-monitoring';
import { statusAsOf, type MonitoringUpdate } from '../../src/domain/monitoring/monitoring';
import { resolveMerge } from '../../src/domain/exchange/merge';
import {
  createBackup,
  exportAssessment,
  planMergeInto,
  prepareImport,
} from '../../src/services/exchange-service';
import { STORAGE_VERSIONS } from '../../src/storage/versions';
import { makeAnswer, makeAssessment, T0 } from '../builders/assessment';
import { makePlanWithStructure } from '../builders/plan';
import { fixtureText } from '../builders/questionnaire';
import { testStore, type TestStore } from '../builders/store';

let n = 0;
const opened: TestStore[] = [];
async function fresh(): Promise<TestStore> {
  const s = testStore(`monitoring-${++n}`);
  await s.open();
  await s.questionnaires.import(fixtureText('full-feature.json'), 'full.json', T0, []);
  opened.push(s);
  return s;
}
afterEach(async () => {
  for (const s of opened.splice(0)) {
    s.db.close();
    await s.db.delete();
  }
});

const { plan, structure } = makePlanWithStructure();
const adopted = adoptPlan('a1', plan, structure.objectives, undefined, [], {
  adoptedOn: '2026-03-20',
  adoptedBy: 'Cabinet of Ministers',
  reference: 'Decree No. 214',
  author: 'National coordinator',
  now: T0,
});
const [first, second] = adopted.actions;
const update = (
  u: Partial<MonitoringUpdate> & Pick<MonitoringUpdate, 'id' | 'actionId' | 'status'>,
): MonitoringUpdate => ({
  assessmentId: 'a1',
  planVersion: 1,
  asOf: '2026-06-30',
  progress: u.status === 'done' ? 100 : 30,
  author: 'National coordinator',
  recordedAt: T0 + 100,
  ...u,
});

let coordinator: TestStore;
beforeEach(async () => {
  coordinator = await fresh();
  await coordinator.assessments.create(makeAssessment());
  await coordinator.answers.save([makeAnswer({ questionId: 'bio.authority', value: 2 })]);
  await coordinator.monitoring.adopt(adopted);
});

describe('the plan cycle in storage', () => {
  it('keeps adopted versions frozen and updates append-only; refuses an update without its reason, writing none of the batch', async () => {
    await expect(coordinator.monitoring.adopt(adopted)).rejects.toThrow();
    await coordinator.monitoring.append([update({ id: 'u1', actionId: first!.id, status: 'onTrack' })]);
    await expect(
      coordinator.monitoring.append([
        update({ id: 'u2', actionId: second!.id, status: 'onTrack' }),
        update({ id: 'u3', actionId: first!.id, status: 'delayed' }),
      ]),
    ).rejects.toThrow('a delayed action needs a reason');
    const records = await coordinator.monitoring.list('a1');
    expect(records.adopted.map((p) => [p.version, p.adoptedBy, p.actions.length])).toEqual([
      [1, 'Cabinet of Ministers', adopted.actions.length],
    ]);
    expect(records.updates.map((u) => u.id)).toEqual(['u1']);
    // Removing the assessment takes its plan cycle with it.
    await coordinator.assessments.remove('a1');
    expect(await coordinator.monitoring.list('a1')).toEqual({ adopted: [], updates: [] });
  });

  it('upgrades a version-5 database to the current one, keeping its data, with an empty plan cycle', async () => {
    const name = `monitoring-legacy-${++n}`;
    const { default: Dexie } = await import('dexie');
    const v5 = new Dexie(name);
    for (const v of STORAGE_VERSIONS.filter((x) => x.version <= 5)) v5.version(v.version).stores(v.stores);
    await v5.open();
    await v5.table('assessments').add(makeAssessment({ id: 'old' }));
    await v5.table('answers').add(makeAnswer({ assessmentId: 'old', questionId: 'bio.authority', value: 3 }));
    await v5.table('reviewLog').add({
      id: 'r1',
      assessmentId: 'old',
      at: T0,
      reviewer: 'E',
      kind: 'comment',
      indicatorId: 'bio.authority',
      text: 'ok',
    });
    v5.close();
    const upgraded = testStore(name);
    opened.push(upgraded);
    await upgraded.open();
    expect(upgraded.db.verno).toBe(STORAGE_VERSIONS.at(-1)!.version);
    expect((await upgraded.answers.list('old')).map((a) => a.value)).toEqual([3]);
    expect((await upgraded.review.list('old')).map((e) => e.id)).toEqual(['r1']);
    expect(await upgraded.monitoring.list('old')).toEqual({ adopted: [], updates: [] });
    await upgraded.monitoring.append([
      update({ id: 'x', assessmentId: 'old', actionId: first!.id, status: 'onTrack' }),
    ]);
    expect((await upgraded.monitoring.list('old')).updates).toHaveLength(1);
  });
});

describe('a re-assessment in storage', () => {
  it('starts from the earlier assessment: its answers as they were, none of its plan cycle; the earlier one unchanged', async () => {
    await coordinator.monitoring.append([update({ id: 'u1', actionId: first!.id, status: 'done' })]);
    const id = await coordinator.assessments.reassess('a1', { id: 'a2', title: 'NAQ 2029', now: T0 + 1000 });
    expect(id).toBe('a2');
    const later = (await coordinator.assessments.get('a2'))!;
    expect(later).toMatchObject({
      title: 'NAQ 2029',
      roster: makeAssessment().roster,
      reassessmentOf: { assessmentId: 'a1', day: '2026-01-15', carried: ['bio.authority'] },
    });
    expect(await coordinator.answers.list('a2')).toEqual([
      makeAnswer({ assessmentId: 'a2', questionId: 'bio.authority', value: 2 }),
    ]);
    // The plan cycle stays with the assessment it belongs to; the new one is reviewed and planned anew.
    expect(await coordinator.monitoring.list('a2')).toEqual({ adopted: [], updates: [] });
    expect((await coordinator.monitoring.list('a1')).updates).toHaveLength(1);
    expect(await coordinator.answers.list('a1')).toHaveLength(1);
    // It travels in files like any assessment, its origin with it.
    const file = JSON.parse(await exportAssessment(coordinator, 'a2', { now: T0 })) as {
      assessment: { reassessmentOf?: unknown };
    };
    expect(file.assessment.reassessmentOf).toMatchObject({ assessmentId: 'a1' });
  });

  it('refuses to start from an assessment that is not there, and writes nothing', async () => {
    await expect(
      coordinator.assessments.reassess('missing', { id: 'a3', title: 'x', now: T0 }),
    ).rejects.toThrow('assessment missing cannot be read');
    expect(await coordinator.assessments.get('a3')).toBeUndefined();
  });
});

describe('monitoring between a coordinator and an agency', () => {
  it('travels in format-2 files and merges; two reports of one action for one quarter are a conflict, settled once for every copy', async () => {
    await coordinator.monitoring.append([update({ id: 'c1', actionId: first!.id, status: 'onTrack' })]);
    const file = JSON.parse(await exportAssessment(coordinator, 'a1', { now: T0 + 200 }));
    expect(file.formatVersion).toBe(2);
    expect(file.monitoring.updates.map((u: MonitoringUpdate) => u.id)).toEqual(['c1']);

    // The Ministry of Health reports on its own copy: the same action, the same quarter, another story.
    const agency = await fresh();
    const imported = await prepareImport(agency, JSON.stringify(file));
    if (imported.kind !== 'assessment') throw new Error(imported.kind);
    await agency.exchange.importAsNew(imported.file, 'a1', 'From the coordinator', T0 + 210);
    await agency.monitoring.append([
      update({
        id: 'm1',
        actionId: first!.id,
        status: 'delayed',
        reason: 'The laboratory is not ready',
        author: 'MoH',
        recordedAt: T0 + 300,
      }),
      update({ id: 'm2', actionId: second!.id, status: 'done', author: 'MoH', recordedAt: T0 + 300 }),
    ]);
    // Meanwhile the coordinator records another action.
    await coordinator.monitoring.append([
      update({ id: 'c2', actionId: second!.id, status: 'done', recordedAt: T0 + 250 }),
    ]);

    const back = await prepareImport(coordinator, await exportAssessment(agency, 'a1', { now: T0 + 400 }));
    if (back.kind !== 'assessment' || !back.available) throw new Error('not importable');
    const merge = await planMergeInto(coordinator, 'a1', back.file, back.available);
    expect(merge.monitoring.added.map((u) => u.id)).toEqual(['m1', 'm2']);
    // m2 says what c2 says: not a conflict. m1 and c1 differ.
    expect(merge.monitoring.conflicts.map((c) => [c.actionId, c.local.id, c.incoming.id])).toEqual([
      [first!.id, 'c1', 'm1'],
    ]);
    const settled = resolveMonitoringMerge(
      merge.monitoring,
      new Map([[conflictKey(merge.monitoring.conflicts[0]!), 'incoming']]),
      {
        author: 'National coordinator',
        now: T0 + 500,
        newId: () => 's1',
      },
    );
    await coordinator.exchange.merge('a1', merge, resolveMerge(merge, new Map()), T0 + 500, [], {
      adopted: [],
      updates: settled,
    });
    const after = await coordinator.monitoring.list('a1');
    expect(statusAsOf(after.updates, '2026-06-30').get(first!.id)).toMatchObject({
      id: 's1',
      status: 'delayed',
      resolves: ['c1', 'm1'],
    });

    // The agency merges the coordinator's file: the choice travels, nothing to decide again.
    const again = await prepareImport(agency, await exportAssessment(coordinator, 'a1', { now: T0 + 600 }));
    if (again.kind !== 'assessment' || !again.available) throw new Error('not importable');
    const second2 = await planMergeInto(agency, 'a1', again.file, again.available);
    expect(second2.monitoring.conflicts).toEqual([]);
    // c1 came with the first file; the coordinator's c2 and the settling s1 are new there.
    expect(second2.monitoring.added.map((u) => u.id).sort()).toEqual(['c2', 's1']);
  });

  it('refuses a file whose update reports on an action the adopted plan does not hold, naming the field', async () => {
    const file = JSON.parse(await exportAssessment(coordinator, 'a1', { now: T0 + 200 }));
    file.monitoring.updates.push(update({ id: 'bad', actionId: 'no-such-action', status: 'onTrack' }));
    const before = await coordinator.monitoring.list('a1');
    const prepared = await prepareImport(coordinator, JSON.stringify(file));
    expect(prepared.kind).toBe('failure');
    expect(JSON.stringify(prepared)).toContain('$.monitoring.updates[0].actionId');
    expect(JSON.stringify(prepared)).toContain('action \\"no-such-action\\" is not in plan version 1');
    expect(await coordinator.monitoring.list('a1')).toEqual(before);
  });

  it('a backup carries the plan cycle, and restoring it brings it back', async () => {
    await coordinator.monitoring.append([update({ id: 'c1', actionId: first!.id, status: 'onTrack' })]);
    const backup = await createBackup(coordinator, { now: T0 + 700 });
    const device = await fresh();
    const prepared = await prepareImport(device, backup);
    if (prepared.kind !== 'backup') throw new Error(prepared.kind);
    await device.exchange.restore(prepared.backup, prepared.refs);
    expect(await device.monitoring.list('a1')).toEqual(await coordinator.monitoring.list('a1'));
  });
});
