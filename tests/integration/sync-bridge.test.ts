import { afterEach, describe, expect, it } from 'vitest';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import { gateSyncRecord } from '../../src/domain/sync/sync-gate';
import { recordContent } from '../../src/domain/sync/sync-decision';
import { syncPass, settleAnswer, type BridgeContext } from '../../src/services/sync/sync-bridge';
import type { Replica as BridgeReplica } from '../../src/services/sync/replica';
import { makeAnswer, makeAssessment, T0 } from '../builders/assessment';
import { localReplica, type Replica } from '../builders/couch-server';
import { fixtureText, fullFeature } from '../builders/questionnaire';
import { testStore, type TestStore } from '../builders/store';

// The bridge between two devices' stores and their replicas, the replicas replicated directly (the
// server's part is in sync-protocol.test.ts): what one device types reaches the other through both
// gates, the same answer typed on both is kept on both as a conflict until someone chooses, and
// nothing a gate refuses is written.
const questionnaire = fullFeature();
const index = indexQuestionnaire(questionnaire);
const context: BridgeContext = {
  assessmentId: 'a1',
  gate: (item) => gateSyncRecord(item, { assessment: makeAssessment(), questionnaire, index, adopted: [] }),
};

let n = 0;
const opened: TestStore[] = [];
interface Device {
  store: TestStore;
  replica: Replica;
  pass(): ReturnType<typeof syncPass>;
}
async function device(): Promise<Device> {
  const store = testStore(`sync-bridge-${++n}`);
  await store.open();
  await store.questionnaires.import(fixtureText('full-feature.json'), 'full.json', T0, []);
  await store.assessments.create(makeAssessment());
  opened.push(store);
  const replica = localReplica();
  return { store, replica, pass: () => syncPass(store, replica as unknown as BridgeReplica, context) };
}
afterEach(async () => {
  for (const s of opened.splice(0)) {
    s.db.close();
    await s.db.delete();
  }
});

/** Both replicas exchange what they have, as two devices do through the server. */
async function replicate(a: Device, b: Device) {
  await a.replica.replicate.to(b.replica);
  await b.replica.replicate.to(a.replica);
}
const valuesOf = async (d: Device) =>
  Object.fromEntries((await d.store.answers.list('a1')).map((r) => [r.questionId, [r.value, r.author]]));

describe('the sync bridge between the store and a replica', () => {
  it('brings what each device typed to the other, and a second pass has nothing to do', async () => {
    const [a, b] = [await device(), await device()];
    await a.store.answers.save([makeAnswer({ questionId: 'bio.authority', value: 2, author: 'MoH' })]);
    await b.store.answers.save([makeAnswer({ questionId: 'ops.code', value: 'KG-7', author: 'Customs' })]);
    expect((await a.pass()).pushed).toEqual(['assessment', 'answer:bio.authority']);
    expect((await b.pass()).pushed).toEqual(['assessment', 'answer:ops.code']);
    await replicate(a, b);
    const [pa, pb] = [await a.pass(), await b.pass()];
    expect(pa.pulled).toEqual(['answer:ops.code']);
    expect(pb.pulled).toEqual(['answer:bio.authority']);
    const both = { 'bio.authority': [2, 'MoH'], 'ops.code': ['KG-7', 'Customs'] };
    expect(await valuesOf(a)).toEqual(both);
    expect(await valuesOf(b)).toEqual(both);
    const again = await a.pass();
    expect([again.pushed, again.pulled, again.conflicts, again.refused]).toEqual([[], [], [], []]);
  });

  it('keeps the same answer typed on both devices as a conflict on both, and the choice settles it on both', async () => {
    const [a, b] = [await device(), await device()];
    await a.pass();
    await replicate(a, b);
    await b.pass();
    await a.store.answers.save([
      makeAnswer({ questionId: 'bio.authority', value: 2, author: 'MoH', updatedAt: T0 + 10 }),
    ]);
    await b.store.answers.save([
      makeAnswer({ questionId: 'bio.authority', value: 4, author: 'Customs', updatedAt: T0 + 20 }),
    ]);
    await a.pass();
    await b.pass();
    await replicate(a, b);
    const [ca, cb] = [(await a.pass()).conflicts, (await b.pass()).conflicts];
    for (const list of [ca, cb]) {
      expect(list).toHaveLength(1);
      expect(
        [list[0]!.conflict.local, list[0]!.conflict.incoming].map((r) => [r.value, r.author]).sort(),
      ).toEqual([
        [2, 'MoH'],
        [4, 'Customs'],
      ]);
      expect(list[0]!.conflict.suggested).toBe(list[0]!.conflict.local.value === 4 ? 'local' : 'incoming');
    }
    // Nothing was decided for them: each device still shows what it typed.
    expect((await valuesOf(a))['bio.authority']).toEqual([2, 'MoH']);
    expect((await valuesOf(b))['bio.authority']).toEqual([4, 'Customs']);

    const chosen = ca[0]!.conflict.local.value === 2 ? 'local' : 'incoming';
    await settleAnswer(a.replica as unknown as BridgeReplica, ca[0]!, chosen);
    await a.pass();
    await replicate(a, b);
    const [after, afterB] = [await a.pass(), await b.pass()];
    expect([after.conflicts, afterB.conflicts]).toEqual([[], []]);
    expect((await valuesOf(a))['bio.authority']).toEqual([2, 'MoH']);
    expect((await valuesOf(b))['bio.authority']).toEqual([2, 'MoH']);
    const doc = await b.replica.get('answer:bio.authority', { conflicts: true });
    expect(doc._conflicts ?? []).toEqual([]);
  });

  it('shows as a conflict an answer both devices held before they first synced', async () => {
    const [a, b] = [await device(), await device()];
    await a.store.answers.save([makeAnswer({ questionId: 'ops.staff', value: 12, author: 'MoH' })]);
    await b.store.answers.save([makeAnswer({ questionId: 'ops.staff', value: 15, author: 'Customs' })]);
    await a.pass();
    await replicate(a, b);
    const first = await b.pass();
    expect(first.pushed).toContain('answer:ops.staff');
    expect((await valuesOf(b))['ops.staff']).toEqual([15, 'Customs']);
    await replicate(a, b);
    expect((await a.pass()).conflicts.map((c) => c.conflict.questionId)).toEqual(['ops.staff']);
  });

  it('refuses a hand-made document and records the gates refuse, names them, and writes none of them', async () => {
    const [b] = [await device()];
    await b.pass();
    await b.replica.bulkDocs([
      { _id: 'answer:bio.authority', kind: 'answer', record: { questionId: 'bio.authority' } },
      {
        _id: 'answer:bio.nothing',
        kind: 'answer',
        record: makeAnswer({ questionId: 'bio.nothing', value: 1 }),
      },
      {
        _id: 'answer:ops.lead',
        kind: 'answer',
        record: makeAnswer({ questionId: 'ops.lead', value: 'ministry-of-magic' }),
      },
      {
        _id: 'answer:ops.staff',
        kind: 'answer',
        record: makeAnswer({ questionId: 'ops.staff', value: 3, assessmentId: 'other' }),
      },
    ]);
    const outcome = await b.pass();
    const messages = outcome.refused.flatMap((r) => r.issues.map((i) => `${i.path} ${i.message}`));
    expect(outcome.refused.map((r) => r.id).sort()).toEqual([
      'answer:bio.authority',
      'answer:bio.nothing',
      'answer:ops.lead',
      'answer:ops.staff',
    ]);
    expect(messages).toContain('$.record.assessmentId document answer:bio.authority: is required');
    expect(messages.join('\n')).toContain('no question "bio.nothing" in this questionnaire');
    expect(messages.join('\n')).toContain(
      'names agency "ministry-of-magic", which is not on the National Team roster',
    );
    expect(messages.join('\n')).toContain('belongs to assessment "other", not "a1"');
    expect(await b.store.answers.list('a1')).toEqual([]);
    expect(outcome.pulled).toEqual([]);
  });

  it('refuses a review decision that comes back changed, and keeps the one written', async () => {
    const [a] = [await device()];
    const entry = {
      id: 'r1',
      assessmentId: 'a1',
      at: T0,
      reviewer: 'Expert',
      kind: 'comment' as const,
      indicatorId: 'bio.authority',
      text: 'Checked with the ministry.',
    };
    await a.store.review.append(entry);
    await a.pass();
    const doc = await a.replica.get('review:r1');
    await a.replica.put({ ...doc, record: { ...entry, text: 'Changed afterwards.' } });
    const outcome = await a.pass();
    expect(outcome.refused[0]?.issues[0]?.message).toBe(
      'document review:r1: a review record is written once and cannot be changed',
    );
    expect(await a.store.review.list('a1')).toEqual([entry]);
  });

  it('leaves a record typed here after the pass read it, for the next pass to decide', async () => {
    const [a] = [await device()];
    const incoming = makeAnswer({ questionId: 'ops.code', value: 'from the server', updatedAt: T0 + 5 });
    await a.store.answers.save([makeAnswer({ questionId: 'ops.code', value: 'typed', updatedAt: T0 + 9 })]);
    const { skipped } = await (
      await a.store.sync()
    ).apply('a1', [{ item: { kind: 'answer', record: incoming }, seen: undefined }]);
    expect(skipped).toEqual(['answer:ops.code']);
    expect((await valuesOf(a))['ops.code']?.[0]).toBe('typed');
    expect(recordContent({ kind: 'answer', record: incoming })).toMatch(/^[0-9a-z]+$/);
  });

  it('calls the bridge back after every write to the assessment, a changed value too', async () => {
    const [a] = [await device()];
    let calls = 0;
    const stop = (await a.store.sync()).watch(
      'a1',
      () => calls++,
      (error) => {
        throw error;
      },
    );
    const settled = async (n: number) => {
      for (let i = 0; i < 50 && calls < n; i++) await new Promise((r) => setTimeout(r, 20));
      return calls;
    };
    expect(await settled(1)).toBe(1);
    await a.store.answers.save([makeAnswer({ questionId: 'ops.code', value: 'one', updatedAt: T0 + 1 })]);
    expect(await settled(2)).toBe(2);
    await a.store.answers.save([makeAnswer({ questionId: 'ops.code', value: 'two', updatedAt: T0 + 2 })]);
    expect(await settled(3)).toBe(3);
    stop();
  });
});
