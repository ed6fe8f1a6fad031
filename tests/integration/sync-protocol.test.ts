// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/domain/assessment/answer';
import {
  answerConflictsOf,
  readSyncDocument,
  settleConflict,
  syncDatabaseName,
} from '../../src/domain/sync/sync-documents';
import { makeAnswer, T0 } from '../builders/assessment';
import {
  answerDocuments,
  createAssessmentDatabase,
  localReplica,
  remoteReplica,
  signIn,
  startCouchServer,
  type CouchServer,
  type Replica,
} from '../builders/couch-server';

// The assessment's documents through the CouchDB replication protocol, against PouchDB Server
// started here on 127.0.0.1 (in memory, an ephemeral port): what two devices replicate, how a
// conflict looks and is settled on both, what the gate refuses, and who the server lets in.
let server: CouchServer;
let db: string;
let cookie: string;
const remote = (): Replica => remoteReplica(`${server.url}/${db}`, cookie);

beforeAll(async () => {
  server = await startCouchServer();
  db = syncDatabaseName('a1');
  for (const name of ['moh.focal', 'outsider'])
    await server.admin('PUT', `/_users/org.couchdb.user:${name}`, {
      name,
      password: 'correct horse battery',
      roles: [],
      type: 'user',
    });
  expect(await createAssessmentDatabase(server, db, { names: ['moh.focal'] })).toBe(201);
  cookie = (await signIn(server.url, 'moh.focal', 'correct horse battery')).cookie!;
});
afterAll(() => server?.stop());

const answerOf = async (replica: Replica, questionId: string) => {
  const doc = await replica.get(`answer:${questionId}`, { conflicts: true });
  const read = readSyncDocument(doc, 'a1');
  if (!read.ok || read.item.kind !== 'answer') throw new Error(JSON.stringify(read));
  return { doc, answer: read.item.record };
};

describe('sync documents through a CouchDB-protocol server', () => {
  it('signs in with a session cookie, and refuses a wrong password and a non-member with the server’s reason', async () => {
    expect(cookie).toMatch(/^AuthSession=/);
    const wrong = await signIn(server.url, 'moh.focal', 'wrong');
    expect([wrong.status, wrong.reason, wrong.cookie]).toEqual([
      401,
      'Name or password is incorrect.',
      undefined,
    ]);
    const outsider = await signIn(server.url, 'outsider', 'correct horse battery');
    expect(outsider.status).toBe(200);
    const refused = await fetch(`${server.url}/${db}`, { headers: { cookie: outsider.cookie! } });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { reason: string }).reason).toBe(
      'You are not authorized to access this db.',
    );
    expect((await fetch(`${server.url}/${db}`)).status).toBe(401);
  });

  it('brings one device’s records to the other, every one through the gate', async () => {
    const nfp = localReplica();
    const moh = localReplica();
    const answers: AnswerRecord[] = [
      makeAnswer({ questionId: 'gov.national-team', value: 'yes', comment: 'Decree 214' }),
      makeAnswer({ questionId: 'bio.inventory', value: 3, author: 'MoH focal point' }),
    ];
    await nfp.bulkDocs(answerDocuments(answers));
    await nfp.replicate.to(remote());
    await moh.replicate.from(remote());
    const { rows } = await moh.allDocs({ include_docs: true });
    const read = rows.map((r) => readSyncDocument(r.doc, 'a1'));
    expect(read.every((r) => r.ok)).toBe(true);
    expect((await answerOf(moh, 'bio.inventory')).answer).toEqual(answers[1]);
  });

  it('shows the same answer edited on two devices as a conflict on both, and settles it on both', async () => {
    const [nfp, moh] = [localReplica(), localReplica()];
    await nfp.replicate.from(remote());
    await moh.replicate.from(remote());
    // Both change the same answer while apart.
    const first = await answerOf(nfp, 'bio.inventory');
    await nfp.put({ ...first.doc, record: { ...first.answer, value: 2, author: 'NFP', updatedAt: T0 + 10 } });
    const second = await answerOf(moh, 'bio.inventory');
    await moh.put({
      ...second.doc,
      record: { ...second.answer, value: 4, author: 'MoH', updatedAt: T0 + 20 },
    });
    for (const device of [nfp, moh]) await device.replicate.to(remote());
    for (const device of [nfp, moh]) await device.replicate.from(remote());
    // Each device sees one winner and the other revision: neither is taken silently.
    const seen = [];
    for (const device of [nfp, moh]) {
      const { doc, answer } = await answerOf(device, 'bio.inventory');
      expect(doc._conflicts).toHaveLength(1);
      const other = readSyncDocument(
        await device.get('answer:bio.inventory', { rev: doc._conflicts![0] }),
        'a1',
      );
      if (!other.ok || other.item.kind !== 'answer') throw new Error('unreadable revision');
      const [conflict] = answerConflictsOf(answer, [other.item.record]);
      seen.push([conflict!.local.value, conflict!.incoming.value].sort());
    }
    expect(seen).toEqual([
      [2, 4],
      [2, 4],
    ]);
    // NFP chooses MoH's 4 with a note; after replication both have one revision, holding it.
    const { doc, answer } = await answerOf(nfp, 'bio.inventory');
    const chosen = { ...answer, value: 4, author: 'NFP', updatedAt: T0 + 30 };
    await nfp.bulkDocs(
      settleConflict(doc._id as string, doc._rev, doc._conflicts!, { kind: 'answer', record: chosen }),
    );
    await nfp.replicate.to(remote());
    await moh.replicate.from(remote());
    for (const device of [nfp, moh]) {
      const settled = await answerOf(device, 'bio.inventory');
      expect(settled.doc._conflicts ?? []).toEqual([]);
      expect(settled.answer.value).toBe(4);
    }
  });

  it('refuses a malformed document put on the server by hand, saying which document and what is wrong', async () => {
    const res = await fetch(`${server.url}/${db}/answer:bio.hand-made`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ kind: 'answer', record: { questionId: 'bio.hand-made', value: 1 } }),
    });
    expect(res.status).toBe(201);
    const device = localReplica();
    await device.replicate.from(remote());
    const read = readSyncDocument(await device.get('answer:bio.hand-made'), 'a1');
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.issues.map((i) => `${i.path} ${i.message}`)).toEqual([
        '$.record.assessmentId document answer:bio.hand-made: is required',
        '$.record.updatedAt document answer:bio.hand-made: is required',
        '$.record.author document answer:bio.hand-made: is required',
      ]);
  });
});
